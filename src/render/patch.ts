// How the PDF renderer changes a method of a library it uses (pdfmake, fontkit): issue 12 removes
// every caller (test/no-patches.test.ts lists those left). Once per process, and only
// where this release of the library has the method. A release that moves it leaves the library's own
// method in place, which is slower or looks a little different, never broken.

// biome-ignore lint/suspicious/noExplicitAny: the libraries' methods have every shape
type Method = (this: any, ...args: any[]) => any;

/**
 * Replaces `target[name]` with `wrap(original)`, unless done before in this process. False when
 * there is no such method (or reaching it threw); true when the replacement is in place.
 */
export function replaceMethod<M extends Method>(
  target: unknown,
  name: string,
  wrap: (original: M) => M,
): boolean {
  try {
    const holder = target as Record<PropertyKey, unknown> | undefined | null;
    if (!holder) return false;
    const original = holder[name];
    if (typeof original !== "function") return false;
    const done = Symbol.for(`kehoach.replaced.${name}`);
    if (holder[done]) return true;
    holder[name] = wrap(original as M);
    holder[done] = true;
    return true;
  } catch {
    return false;
  }
}

/** The prototype of a class, or of the objects `make` returns; undefined when that throws. */
export function prototypeOf(cls: unknown): object | undefined;
export function prototypeOf(make: () => unknown, fromInstance: true): object | undefined;
export function prototypeOf(x: unknown, fromInstance?: true): object | undefined {
  try {
    if (fromInstance) return Object.getPrototypeOf((x as () => unknown)()) ?? undefined;
    return (x as { prototype?: object } | undefined)?.prototype;
  } catch {
    return undefined;
  }
}
