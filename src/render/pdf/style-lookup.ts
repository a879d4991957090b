// pdfmake asks its style stack some twenty properties of every word it measures (font, bold,
// size, colour, link…), and each question pushed the word's styles onto the stack, built two
// closures and a Set, walked the stack and popped: half of a warm render's measuring went there.
// The same walk is done here without touching the stack: the word itself, its own styles from the
// last, the stack from the top, then the default style, with a named style's `extends` followed as
// pdfmake follows them. What the stack alone answers is remembered until the stack is next pushed
// or popped: the words of a paragraph are measured against one stack. pdfmake's lookups are
// replaced once per process; if a pdfmake release moves them, nothing is replaced (a test compares
// the PDF bytes with and without).

import { prototypeOf, replaceMethod } from "../patch.js";

interface StyleStack {
  [ANSWERS]?: Map<string, unknown>;
  styleDictionary: Record<string, Record<string, unknown> | undefined>;
  defaultStyle?: Record<string, unknown>;
  styleOverrides: unknown[];
}

type StackMethod = (this: StyleStack, ...args: unknown[]) => unknown;

const ANSWERS = Symbol("kehoach.styleAnswers");

const isValue = (v: unknown): boolean => v !== undefined && v !== null;
const isString = (v: unknown): v is string | string => typeof v === "string" || v instanceof String;

/** Installs the lookups on pdfmake's StyleContextStack class; true when they are in place. */
export function fastStyleLookup(StyleContextStack: unknown): boolean {
  const Stack = StyleContextStack as Record<string, unknown> | undefined;
  const proto = prototypeOf(StyleContextStack) as Record<string, unknown> | undefined;
  // All or none: remembered answers are only right while push and pop forget them.
  const methods = [Stack?.getStyleProperty, proto?.getProperty, proto?.push, proto?.pop];
  if (!methods.every((m) => typeof m === "function")) return false;
  const forgetting = (original: StackMethod): StackMethod =>
    function (this: StyleStack, ...args: unknown[]) {
      this[ANSWERS] = undefined;
      return original.apply(this, args);
    };
  return [
    replaceMethod(Stack, "getStyleProperty", () => getStyleProperty),
    replaceMethod(
      proto,
      "getProperty",
      () =>
        function (this: StyleStack, property: string) {
          return stackValue(this, property);
        },
    ),
    replaceMethod(proto, "push", forgetting),
    replaceMethod(proto, "pop", forgetting),
  ].every(Boolean);
}

function getStyleProperty(
  item: Record<string, unknown>,
  stack: StyleStack | undefined,
  property: string,
  defaultValue: unknown,
): unknown {
  let value = item[property];
  if (isValue(value)) return value;
  if (!stack) return defaultValue;
  // pdfmake pushes a word's styles and the word itself, except for strings and sections.
  if (!isString(item) && item.section === undefined) {
    const style = item.style;
    if (Array.isArray(style)) {
      for (let i = style.length - 1; i >= 0; i--) {
        value = entryValue(stack, style[i], property);
        if (isValue(value)) return value;
      }
    } else if (style) {
      value = entryValue(stack, style, property);
      if (isValue(value)) return value;
    }
  }
  value = stackValue(stack, property);
  return isValue(value) ? value : defaultValue;
}

function stackValue(stack: StyleStack, property: string): unknown {
  let answers = stack[ANSWERS];
  if (answers === undefined) {
    answers = new Map();
    stack[ANSWERS] = answers;
  } else if (answers.has(property)) {
    return answers.get(property);
  }
  const value = walk(stack, property);
  answers.set(property, value);
  return value;
}

function walk(stack: StyleStack, property: string): unknown {
  const overrides = stack.styleOverrides;
  for (let i = overrides.length - 1; i >= 0; i--) {
    const value = entryValue(stack, overrides[i], property);
    if (isValue(value)) return value;
  }
  return stack.defaultStyle?.[property];
}

/** A stack entry is a style's name or an object of properties. */
function entryValue(stack: StyleStack, entry: unknown, property: string): unknown {
  if (isString(entry)) return namedValue(stack, String(entry), property, undefined);
  return (entry as Record<string, unknown>)[property];
}

function namedValue(
  stack: StyleStack,
  name: string,
  property: string,
  visited: Set<string> | undefined,
): unknown {
  if (visited?.has(name)) return undefined;
  const style = stack.styleDictionary[name];
  if (!style) return undefined;
  const value = style[property];
  if (isValue(value)) return value;
  if (!style.extends) return undefined;
  const seen = visited ?? new Set<string>();
  seen.add(name);
  const parents = Array.isArray(style.extends) ? style.extends : [style.extends];
  for (let i = parents.length - 1; i >= 0; i--) {
    const v = namedValue(stack, parents[i] as string, property, seen);
    if (isValue(v)) return v;
  }
  return undefined;
}
