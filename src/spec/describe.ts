// Words for JSON types and for the values an official wrote, in both languages: they go into the
// params of a diagnostic (want_vi / want_en, got_vi / got_en) because they are part of the sentence.

const TYPE_WORDS: Record<string, [vi: string, en: string]> = {
  string: ["một chuỗi chữ", "a text"],
  number: ["một số", "a number"],
  integer: ["một số nguyên", "a whole number"],
  boolean: ["true hoặc false", "true or false"],
  object: ["một nhóm khóa: giá trị", "a mapping of keys to values"],
  array: ["một danh sách (mỗi mục một dòng “- ”)", "a list (one “- ” line per item)"],
  null: ["để trống", "empty"],
};

export interface Words {
  vi: string;
  en: string;
}

/** "string,object" (ajv's params.type) → "một chuỗi chữ hoặc một nhóm khóa: giá trị". */
export function describeTypes(types: string): Words {
  const words = types.split(",").map((t) => TYPE_WORDS[t] ?? [t, t]);
  return {
    vi: words.map((w) => w[0]).join(" hoặc "),
    en: words.map((w) => w[1]).join(" or "),
  };
}

const MAX_SHOWN = 40;

export function shortText(s: string): string {
  const oneLine = s.replace(/\s+/g, " ").trim();
  return oneLine.length > MAX_SHOWN ? `${oneLine.slice(0, MAX_SHOWN - 1)}…` : oneLine;
}

/** A value as written, for a message: "17", "\"mười bảy\"", "true". */
export function showValue(v: unknown): string {
  if (typeof v === "string") return `"${shortText(v)}"`;
  if (v === null || v === undefined) return "null";
  if (typeof v === "object") return Array.isArray(v) ? "[…]" : "{…}";
  return String(v);
}

/** What was found instead: chuỗi "mười bảy" / the text "mười bảy". */
export function describeValue(v: unknown): Words {
  if (typeof v === "string") {
    const s = `"${shortText(v)}"`;
    return { vi: `chuỗi ${s}`, en: `the text ${s}` };
  }
  if (typeof v === "number") {
    if (Number.isNaN(v)) return { vi: "giá trị NaN", en: "NaN" };
    if (!Number.isFinite(v)) return { vi: "số vô cực", en: "an infinite number" };
    return { vi: `số ${v}`, en: `the number ${v}` };
  }
  if (typeof v === "boolean") return { vi: `giá trị ${v}`, en: String(v) };
  if (v === null || v === undefined) return { vi: "giá trị rỗng", en: "an empty value" };
  if (Array.isArray(v)) return { vi: "một danh sách", en: "a list" };
  return { vi: "một nhóm khóa", en: "a mapping" };
}
