// The two old Vietnamese encodings still met in documents typed before Unicode, as data, and the one
// reading of text written in them. Both were font encodings: the letters of the .VnTime (TCVN3, also
// called ABC, TCVN 5712:1993 VN3) or VNI-Times (VNI-Windows) fonts sit on the codes of Windows-1252
// letters, so a text copied out of such a document, or a file saved by such a program, shows as
// Latin letters: "Chuyển đổi số năm" is "ChuyÓn ®æi sè n¨m" in TCVN3 and "Chuyeån ñoåi soá naêm" in VNI.
// Used by src/spec (detection, an error naming the encoding) and by `kehoach fix-encoding`.

import { isVietnameseSyllable, TONE_MARKS } from "./syllable.js";

export const LEGACY_ENCODINGS = ["TCVN3", "VNI"] as const;
export type LegacyEncoding = (typeof LEGACY_ENCODINGS)[number];

/**
 * TCVN3 (VN3): one code per letter, lower case only (capitals were set with the .VnTimeH fonts,
 * which draw the same codes as capitals). Each row: the letter without tone, then its codes plain,
 * with huyền, hỏi, ngã, sắc, nặng; an ASCII letter stands for itself.
 */
const TCVN3_ROWS: readonly (readonly [string, string])[] = [
  ["a", "aµ¶·¸¹"],
  ["ă", "¨»¼½¾Æ"],
  ["â", "©ÇÈÉÊË"],
  ["e", "eÌÎÏÐÑ"],
  ["ê", "ªÒÓÔÕÖ"],
  ["i", "i×ØÜÝÞ"],
  ["o", "oßáâãä"],
  ["ô", "«åæçèé"],
  ["ơ", "¬êëìíî"],
  ["u", "uïñòóô"],
  ["ư", "\u00adõö÷øù"],
  ["y", "yúûüýþ"],
];
/** The other letters of TCVN3: đ and the seven capitals it has. */
const TCVN3_LETTERS: readonly (readonly [string, string])[] = [
  ["đ", "®"],
  ["Ă", "¡"],
  ["Â", "¢"],
  ["Ê", "£"],
  ["Ô", "¤"],
  ["Ơ", "¥"],
  ["Ư", "¦"],
  ["Đ", "§"],
];

/**
 * VNI-Windows: a base letter followed by a mark code, or one code. Each row: the letter without
 * tone, then its spellings plain, with huyền, hỏi, ngã, sắc, nặng; capitals are the same codes in
 * capitals ("AÙ" is "Á", "Ñ" is "Đ").
 */
const VNI_ROWS: readonly (readonly [string, readonly string[]])[] = [
  ["a", ["a", "aø", "aû", "aõ", "aù", "aï"]],
  ["ă", ["aê", "aè", "aú", "aü", "aé", "aë"]],
  ["â", ["aâ", "aà", "aå", "aã", "aá", "aä"]],
  ["e", ["e", "eø", "eû", "eõ", "eù", "eï"]],
  ["ê", ["eâ", "eà", "eå", "eã", "eá", "eä"]],
  ["i", ["i", "ì", "æ", "ó", "í", "ò"]],
  ["o", ["o", "oø", "oû", "oõ", "où", "oï"]],
  ["ô", ["oâ", "oà", "oå", "oã", "oá", "oä"]],
  ["ơ", ["ô", "ôø", "ôû", "ôõ", "ôù", "ôï"]],
  ["u", ["u", "uø", "uû", "uõ", "uù", "uï"]],
  ["ư", ["ö", "öø", "öû", "öõ", "öù", "öï"]],
  ["y", ["y", "yø", "yû", "yõ", "yù", "î"]],
  ["đ", ["ñ"]],
];

type Table = ReadonlyMap<string, string>;

function withTone(letter: string, tone: number): string {
  return tone === 0 ? letter : `${letter}${TONE_MARKS[tone - 1]}`.normalize("NFC");
}

function tcvn3Table(): Table {
  const t = new Map<string, string>();
  for (const [letter, codes] of TCVN3_ROWS) {
    [...codes].forEach((code, tone) => {
      if (code !== letter) t.set(code, withTone(letter, tone));
    });
  }
  for (const [letter, code] of TCVN3_LETTERS) t.set(code, letter);
  return t;
}

function vniTable(): Table {
  const t = new Map<string, string>();
  for (const [letter, spellings] of VNI_ROWS) {
    spellings.forEach((s, tone) => {
      if (s === letter) return;
      const lower = withTone(letter, tone);
      const upper = lower.toUpperCase();
      t.set(s, lower);
      t.set(s.toUpperCase(), upper);
      // a capital base with a small mark ("Aù"): the capital letter
      if (s.length === 2) t.set(`${s[0]?.toUpperCase()}${s[1]}`, upper);
    });
  }
  return t;
}

const TABLES: Record<LegacyEncoding, Table> = { TCVN3: tcvn3Table(), VNI: vniTable() };

/**
 * One word read in a legacy encoding: every code of the table replaced, the rest kept. TCVN3 has no
 * capitals with tones: they were its small codes set in a capital font (.VnTimeH), so a word whose
 * Latin letters are capitals ("HO¹CH"), or any word of a line in capitals (`capitals`), is read in
 * capitals ("HOẠCH").
 */
export function decodeLegacyWord(word: string, encoding: LegacyEncoding, capitals = false): string {
  const table = TABLES[encoding];
  let out = "";
  for (let i = 0; i < word.length; ) {
    const two = table.get(word.slice(i, i + 2));
    if (two !== undefined && i + 1 < word.length) {
      out += two;
      i += 2;
      continue;
    }
    const c = word[i] ?? "";
    out += table.get(c) ?? c;
    i += 1;
  }
  if (encoding !== "TCVN3") return out;
  return capitals || inCapitals(word.replace(/[^A-Za-z]/g, "")) ? out.toUpperCase() : out;
}

/** Latin letters, at least two, all capitals. */
function inCapitals(ascii: string): boolean {
  return ascii.length >= 2 && ascii === ascii.toUpperCase();
}

/** Runs of letters and of the Windows-1252 codes the two encodings use (no-break space excepted). */
const WORD = /[\p{L}\p{M}\u00a1-\u00ff]+/gu;
const HAS_CODE = /[\u00a1-\u00ff]/;
/** A letter no legacy code stands for ("ư", "ạ", "đ"): the word it is in is Unicode. */
const UNICODE_LETTER = /[\u0100-\uffff]/;

/** A word that may be in a legacy encoding: codes of it, and no letter beyond them. */
function legacyWord(word: string): boolean {
  return HAS_CODE.test(word) && !UNICODE_LETTER.test(word);
}

/**
 * A word is evidence of an encoding when it is no Vietnamese syllable as written but one when read
 * in that encoding: "n¨m" (TCVN3 "năm"), "naêm" (VNI "năm"). A Vietnamese word ("và", "có", "hoá")
 * or a foreign one ("Müller", "café") never is, nor a sign standing alone.
 */
function evidence(word: string, encoding: LegacyEncoding): string | undefined {
  // a sign standing alone ("210 × 297", "§ 3", "½") is a sign
  if (!mayBeEvidence(word)) return undefined;
  return decodedSyllable(word, encoding);
}

function mayBeEvidence(word: string): boolean {
  return word.length >= 2 && legacyWord(word) && !isVietnameseSyllable(word);
}

function decodedSyllable(word: string, encoding: LegacyEncoding): string | undefined {
  const decoded = decodeLegacyWord(word, encoding);
  return decoded !== word && isVietnameseSyllable(decoded) ? decoded : undefined;
}

export interface LegacyText {
  encoding: LegacyEncoding;
  /** The first word of evidence: its offset in the text, as written and read. */
  offset: number;
  word: string;
  decoded: string;
  /** Words of evidence in the whole text. */
  words: number;
}

/** Fewer words of evidence than this in a whole file are taken for foreign words, not an encoding. */
const MIN_EVIDENCE = 2;

/** Text written in TCVN3 or VNI, found by its words; undefined for Unicode Vietnamese. Linear. */
export function findLegacyText(text: string): LegacyText | undefined {
  const found = new Map<LegacyEncoding, LegacyText>();
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (!mayBeEvidence(word)) continue;
    for (const encoding of LEGACY_ENCODINGS) {
      const decoded = decodedSyllable(word, encoding);
      if (decoded === undefined) continue;
      const f = found.get(encoding);
      if (f) f.words++;
      else found.set(encoding, { encoding, offset: m.index, word, decoded, words: 1 });
    }
  }
  let best: LegacyText | undefined;
  for (const f of found.values()) if (!best || f.words > best.words) best = f;
  return best && best.words >= MIN_EVIDENCE ? best : undefined;
}

export interface ConvertedLine {
  /** 1-based */
  line: number;
  before: string;
  after: string;
}

/**
 * The text with its legacy words read as Unicode, NFC. `everything`: the whole text is in the
 * encoding (a file that is not UTF-8); otherwise only the lines holding evidence are, and in them
 * the words of Latin letters and codes (a word with a Unicode Vietnamese letter is kept as is).
 */
export function convertLegacyText(
  text: string,
  encoding: LegacyEncoding,
  everything: boolean,
): { text: string; lines: ConvertedLine[] } {
  const lines: ConvertedLine[] = [];
  const out = text.split("\n").map((line, i) => {
    const words = [...line.matchAll(WORD)].filter((m) => legacyWord(m[0]));
    if (!everything && !words.some((m) => evidence(m[0], encoding) !== undefined)) return line;
    // "KÕ HO¹CH": a line whose old words are in capitals has "KÕ" in capitals too
    const capitals = inCapitals(words.map((m) => m[0].replace(/[^A-Za-z]/g, "")).join(""));
    let after = "";
    let from = 0;
    for (const m of words) {
      const decoded = decodeLegacyWord(m[0], encoding, capitals);
      // a Vietnamese word that would read as no word is left alone
      if (!everything && isVietnameseSyllable(m[0]) && !isVietnameseSyllable(decoded)) continue;
      after += line.slice(from, m.index) + decoded;
      from = m.index + m[0].length;
    }
    after = (after + line.slice(from)).normalize("NFC");
    if (after !== line) lines.push({ line: i + 1, before: line, after });
    return after;
  });
  return { text: out.join("\n"), lines };
}
