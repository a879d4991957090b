// A plan's mapping keys become own data properties, "__proto__" too: plain assignment would set the
// object's prototype instead.

export function setOwn(out: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}
