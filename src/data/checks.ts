// The shape checks of the package's own data files (data/standards, data/administration.yaml). A
// malformed file is the developer's mistake, not the official's: it throws, naming the file and place.

export function fail(where: string, what: string): never {
  throw new Error(`${where}: ${what}`);
}

export function record(v: unknown, where: string, at: string): Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v))
    fail(where, `${at} must be a mapping`);
  return v as Record<string, unknown>;
}

export function allowKeys(
  obj: Record<string, unknown>,
  where: string,
  at: string,
  keys: string[],
): void {
  for (const k of Object.keys(obj)) {
    if (!keys.includes(k)) fail(where, `unknown key "${k}" in ${at}`);
  }
}

export function text(v: unknown, where: string, at: string): string {
  if (typeof v !== "string" || v.trim() === "") fail(where, `${at} must be a non-empty string`);
  return v.normalize("NFC");
}

export function texts(v: unknown, where: string, at: string): string[] {
  if (!Array.isArray(v)) fail(where, `${at} must be a list`);
  return v.map((x, i) => text(x, where, `${at}[${i}]`));
}

export function ident(v: unknown, where: string, at: string): string {
  // Ids are keys of plain objects in the figures, so none may shadow Object.prototype.
  if (typeof v !== "string" || !/^[a-z0-9][a-z0-9_-]*$/.test(v) || v in Object.prototype) {
    fail(where, `${at} must be an id of lower-case letters, digits, "_" or "-"`);
  }
  return v;
}

export function int(v: unknown, where: string, at: string): number {
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) {
    fail(where, `${at} must be a non-negative integer`);
  }
  return v;
}
