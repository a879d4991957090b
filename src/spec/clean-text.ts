// Clean text: what pasting from Word, Zalo or a web page leaves in a string that no official meant,
// removed in one place, right after parsing (yaml-walk.ts calls cleanString on every string and every
// key), so that every stage sees the same clean text. Each kind of change is told to the official
// once per file (an informational diagnostic at its first place, with the number of places), so
// nothing changes behind their back.
//
// - NFC: letters with their marks composed ("e" + U+0301 → "é"), as every stage compares them.
// - Control characters (C0 but tab and line feed, DEL, C1): never text; they would reach the
//   terminal and the documents' metadata. Removed.
// - Invisible characters: zero-width space, joiners, word joiner, a byte order mark inside text,
//   direction marks and overrides. Removed.
// - Soft hyphens (U+00AD): Word's hidden hyphenation points, printed by PDF viewers as a visible "-"
//   ("Phòng Kinh-tế"). Removed: kehoach breaks lines itself.
// - Unusual spaces (no-break U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000): a plain space.
//   No no-break space of a plan is meant as one: kehoach puts its own where the layout needs them
//   (the blanks of a draft, words the PDF must keep on one line; see src/format/date.ts BLANK and
//   src/render/pdf/line-breaks.ts).
// - Spaces and tabs at the start or end of a string: trimmed (a blank string becomes "", which the
//   schema refuses where text is required).

export const CLEAN_KINDS = ["nfc", "control", "invisible", "soft-hyphen", "space", "trim"] as const;
export type CleanKind = (typeof CLEAN_KINDS)[number];

/** What one kind of character is, as a pattern (global, for replace) and what it becomes. */
/** The unusual spaces: one list for the cleaning and for where a value's spaces are found. */
const ODD_SPACES = "\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000";

const RULES: readonly { kind: CleanKind; chars: RegExp; to: string }[] = [
  { kind: "control", chars: controls(), to: "" },
  { kind: "invisible", chars: /[\u200b-\u200f\u2060\ufeff\u202a-\u202e\u2066-\u2069]/g, to: "" },
  { kind: "soft-hyphen", chars: /\u00ad/g, to: "" },
  { kind: "space", chars: new RegExp(`[${ODD_SPACES}]`, "g"), to: " " },
];

/** C0 but tab and line feed, DEL, C1; built from codes, as the lint forbids them in a pattern. */
function controls(): RegExp {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, "0")}`;
  return new RegExp(`[${hex(0)}-${hex(8)}${hex(0x0b)}-${hex(0x1f)}${hex(0x7f)}-${hex(0x9f)}]`, "g");
}

const EDGE_SPACES = /^[ \t]+|[ \t]+$/g;

export interface Cleaned {
  value: string;
  /** Each kind of change made, with the first character it concerned (a code point, for the message). */
  changes: { kind: CleanKind; char?: number }[];
}

/**
 * A string cleaned. A key keeps its control characters: no key kehoach knows has one, so the key is
 * refused by name, its control characters shown escaped ("\u001b"), rather than silently mended.
 */
export function cleanString(s: string, isKey = false): Cleaned {
  const changes: Cleaned["changes"] = [];
  let value = s.normalize("NFC");
  if (value !== s) changes.push({ kind: "nfc" });
  for (const { kind, chars, to } of RULES) {
    if (isKey && kind === "control") continue;
    chars.lastIndex = 0;
    const m = chars.exec(value);
    if (!m) continue;
    changes.push({ kind, char: m[0].codePointAt(0) ?? 0 });
    value = value.replace(chars, to);
  }
  const trimmed = value.replace(EDGE_SPACES, "");
  // a blank text is no text: the schema says so, no note needed
  if (trimmed !== value && trimmed !== "") changes.push({ kind: "trim" });
  return { value: trimmed, changes };
}

/** Spaces at the start of a value as written (after its opening quote), or at its end. */
const SPACE = `[ \\t${ODD_SPACES}]`;
const LEADING = new RegExp(`^["']?(?=${SPACE})`);
const TRAILING = new RegExp(`${SPACE}+["']?$`);

/** Where in the source the change of a kind is seen: the offset of its first character in `source`. */
export function changeOffset(kind: CleanKind, source: string): number | undefined {
  if (kind === "trim") return LEADING.exec(source)?.[0].length ?? TRAILING.exec(source)?.index;
  const rule = RULES.find((r) => r.kind === kind);
  if (!rule) return undefined;
  rule.chars.lastIndex = 0;
  return rule.chars.exec(source)?.index;
}

/** U+00A0 */
export function codePointName(c: number): string {
  return `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** First offset where a text and its NFC form differ; undefined when it is NFC already. */
export function firstNonNfc(text: string, nfc: string): number | undefined {
  if (text === nfc) return undefined;
  let i = 0;
  while (i < text.length && text[i] === nfc[i]) i++;
  return i; // the letter the marks are composed with
}
