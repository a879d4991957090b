// The lines of the issuing body and the parent body in the header's left column, decided once for
// every renderer. Drafters break a body's name between its meaningful parts and never inside a place
// name: "ỦY BAN NHÂN DÂN" / "XÃ SƠN TRUNG", "SỞ NÔNG NGHIỆP" / "VÀ MÔI TRƯỜNG". The words that mark
// those parts are the data below; the breaker takes the lines that fit the column, then the
// fewest lines and best places to break (COST), then the most even lines. A name written with line breaks
// keeps exactly the lines written.

import { textWidthPt } from "./text-width.js";

/** Kinds of administrative unit, the first word of a place: a place name follows them. */
const UNIT_KINDS: readonly string[] = [
  "THÀNH PHỐ",
  "THỊ XÃ",
  "THỊ TRẤN",
  "ĐẶC KHU",
  "TỈNH",
  "HUYỆN",
  "QUẬN",
  "XÃ",
  "PHƯỜNG",
];

/** Phrases that start with a unit kind's word but are no unit: "PHÒNG VĂN HÓA - XÃ HỘI". */
const NOT_UNITS: readonly string[] = ["XÃ HỘI"];

/**
 * The head of a committee's name, always on its own line when the name goes on: "ỦY BAN NHÂN DÂN" /
 * "PHƯỜNG QUẢNG MINH", as every committee sets it.
 */
const HEADS_ALONE: readonly string[] = ["ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN"];

/** Heads after which a break is good (not required): "BAN CHỈ ĐẠO" / "CÁC CHƯƠNG TRÌNH …". */
const HEADS: readonly string[] = ["BAN CHỈ ĐẠO", "BAN QUẢN LÝ", "VĂN PHÒNG", "HỘI ĐỒNG"];

/** Phrases never broken although they hold punctuation: "PHÒNG, CHỐNG THIÊN TAI". */
const WHOLE: readonly string[] = ["PHÒNG, CHỐNG"];

/** Words a new part starts with: "SỞ NÔNG NGHIỆP" / "VÀ MÔI TRƯỜNG". */
const CONNECTORS: readonly string[] = ["VÀ", "CỦA", "VỀ", "THUỘC", "TRỰC THUỘC"];

/** What a break costs, by the place it falls. */
const COST = {
  /** Each line: fewer lines unless that means breaking a word group or a place. */
  line: 20,
  /** Before a unit (its kind and name): "VĂN PHÒNG HĐND VÀ UBND" / "XÃ SƠN TRUNG". */
  unit: 1,
  /** Before a connector: "SỞ NÔNG NGHIỆP" / "VÀ MÔI TRƯỜNG". */
  connector: 2,
  /** After a head such as "BAN CHỈ ĐẠO". */
  head: 2,
  /** After a comma or a dash. */
  punctuation: 4,
  /** Between two words of one part ("SỞ NÔNG / NGHIỆP"): worse than one more line. */
  word: 25,
  /** Between a unit's kind and its name ("THÀNH PHỐ" / "HỒ CHÍ MINH"), when nothing else fits. */
  kindName: 40,
  /** Inside a place name or a unit kind: only when the name cannot fit otherwise. */
  inside: 1000,
} as const;

/** Room kept spare at a line's end, as a share of the column: kerning and the renderers' rounding. */
const SLACK = 0.02;

export interface LineFont {
  size: number;
  bold: boolean;
}

/**
 * The lines of `name` (already in capitals) in `room` points. Line breaks written in the name are
 * kept as they are (each line trimmed, empty ones dropped); otherwise the name is broken as above.
 */
export function headerLines(name: string, room: number, font: LineFont): string[] {
  const written = name
    .split(/\r\n?|\n/u)
    .map((l) => l.trim().replace(/\s+/gu, " "))
    .filter((l) => l !== "");
  if (written.length !== 1) return written;
  return breakName(written[0] ?? "", room * (1 - SLACK), font);
}

/** The name on one line, for metadata (DOCX creator, PDF author, HTML meta): breaks become spaces. */
export function oneLine(name: string): string {
  return name
    .split(/\r\n?|\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .join(" ")
    .replace(/\s+/gu, " ");
}

function startsWith(words: readonly string[], at: number, phrase: string): boolean {
  const parts = phrase.split(" ");
  return parts.every((p, i) => words[at + i] === p);
}

function phraseAt(
  words: readonly string[],
  at: number,
  phrases: readonly string[],
): string | undefined {
  return phrases.find((p) => startsWith(words, at, p));
}

/**
 * The cost of breaking before each word (index 1 …), Infinity-free: a break that must be made has
 * cost 0 and `forced` set.
 */
function breakCosts(words: readonly string[]): { cost: number[]; forced: boolean[] } {
  const n = words.length;
  const cost = new Array<number>(n).fill(COST.word);
  const forced = new Array<boolean>(n).fill(false);
  let protectedUntil = 0;
  for (let i = 0; i < n; i++) {
    const prev = words[i - 1] ?? "";
    if (i > 0 && i >= protectedUntil && cost[i] !== COST.inside) {
      if (/[,;]$/u.test(prev) || prev === "-" || prev === "–") cost[i] = COST.punctuation;
      if (phraseAt(words, i, CONNECTORS)) cost[i] = COST.connector;
    }
    const whole = phraseAt(words, i, WHOLE);
    if (whole) {
      const end = i + whole.split(" ").length;
      for (let k = i + 1; k < end && k < n; k++) cost[k] = COST.inside;
    }
    const head = i === 0 ? phraseAt(words, 0, HEADS_ALONE) : undefined;
    if (head) {
      const end = head.split(" ").length;
      for (let k = 1; k < end; k++) cost[k] = COST.inside;
      if (end < n) forced[end] = true;
      i = end - 1;
      continue;
    }
    const other = phraseAt(words, i, HEADS);
    if (other && i === 0) {
      const end = other.split(" ").length;
      if (end < n) cost[end] = Math.min(cost[end] ?? COST.word, COST.head);
    }
    const kind = i >= protectedUntil ? phraseAt(words, i, UNIT_KINDS) : undefined;
    if (kind && !phraseAt(words, i, NOT_UNITS)) {
      const kindEnd = i + kind.split(" ").length;
      if (kindEnd >= n) continue;
      if (i > 0) cost[i] = COST.unit;
      for (let k = i + 1; k < kindEnd; k++) cost[k] = COST.inside;
      cost[kindEnd] = COST.kindName;
      // The place name runs to the end of the name, or to a connector or punctuation.
      let end = kindEnd + 1;
      while (end < n && !phraseAt(words, end, CONNECTORS) && !/[,;]$/u.test(words[end - 1] ?? "")) {
        cost[end] = COST.inside;
        end++;
      }
      protectedUntil = end;
    }
  }
  return { cost, forced };
}

function breakName(name: string, room: number, font: LineFont): string[] {
  const words = name.split(" ").filter((w) => w !== "");
  const n = words.length;
  if (n <= 1) return n === 0 ? [] : [name];
  const { cost, forced } = breakCosts(words);
  const width = (from: number, to: number) =>
    textWidthPt(words.slice(from, to).join(" "), font.size, font.bold);
  // best[i]: the best way to set words[i…]: [points past the room, cost of lines and breaks, widest].
  type Score = [number, number, number];
  const best: { score: Score; next: number }[] = new Array(n + 1);
  best[n] = { score: [0, 0, 0], next: n };
  const better = (a: Score, b: Score) => {
    for (let k = 0; k < a.length; k++) {
      if (Math.abs((a[k] ?? 0) - (b[k] ?? 0)) > 1e-9) return (a[k] ?? 0) < (b[k] ?? 0);
    }
    return false;
  };
  for (let i = n - 1; i >= 0; i--) {
    let chosen: { score: Score; next: number } | undefined;
    for (let j = i + 1; j <= n; j++) {
      // A forced break ends the line: it cannot run past it.
      if (j > i + 1 && forced[j - 1]) break;
      const rest = best[j];
      if (!rest) continue;
      const w = width(i, j);
      const over = Math.max(0, w - room);
      const breakCost = j < n ? (cost[j] ?? COST.word) : 0;
      const score: Score = [
        rest.score[0] + over,
        rest.score[1] + COST.line + (forced[j] ? 0 : breakCost),
        Math.max(rest.score[2], w),
      ];
      if (!chosen || better(score, chosen.score)) chosen = { score, next: j };
    }
    if (chosen) best[i] = chosen;
  }
  const lines: string[] = [];
  for (let i = 0; i < n; ) {
    const next = best[i]?.next ?? n;
    lines.push(words.slice(i, next).join(" "));
    i = next;
  }
  return lines;
}
