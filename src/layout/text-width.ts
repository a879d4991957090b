// Advance widths of Times New Roman's metric twin (Tinos, Liberation Serif) for the characters of a
// body's name and a summary line, so the model can decide the header's lines, and the length of the rule
// under the summary line, without a renderer. Font units (2048 to the em), read from Tinos 700 and
// 400 (@fontsource/tinos 4.5.9); test/layout/text-width.test.ts checks them against the font files.
// An accented letter is as wide as its base letter, with the horn (Ư, Ơ) its own; a character
// missing here counts as a wide capital, so an estimate errs on the long side.

const UNITS_PER_EM = 2048;

/** Width in font units → the characters of that width. */
type WidthGroups = Readonly<Record<number, string>>;

const BOLD: WidthGroups = {
  512: " ,.",
  569: "/'il",
  682: "-();:fjt!’",
  797: "Is",
  909: "cerz",
  1024: "J0123456789–agovxy?“”",
  1134: "ơ",
  1139: "Sbdhknpquđ",
  1229: "ư",
  1251: "FP",
  1366: "BELTZ",
  1479: "ACDNRUVXYĐw",
  1593: "GHKOQƠ",
  1630: "Ư",
  1706: "&m",
  1933: "M",
  2048: "W%",
};

const REGULAR: WidthGroups = {
  369: "'",
  512: " ,.",
  569: "/;:ijlt",
  682: "I-()fr!’",
  797: "Js",
  909: "acez?“”",
  1024: "0123456789–bdghknopquvxyđ",
  1083: "ơ",
  1110: "ư",
  1139: "FPS",
  1251: "ELTZ",
  1366: "BCR",
  1479: "ADGHKNOQUVXYĐƠw",
  1589: "Ư",
  1593: "&m",
  1706: "%",
  1821: "M",
  1933: "W",
};

function table(groups: WidthGroups): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  for (const [units, chars] of Object.entries(groups)) {
    for (const ch of chars) map.set(ch, Number(units));
  }
  return map;
}

const TABLES = { bold: table(BOLD), regular: table(REGULAR) } as const;
/** What an unknown character counts: a wide capital. */
const FALLBACK_UNITS = 1593;

/** The letter whose width a character has: accents dropped, the horn (Ư, Ơ) kept. */
function baseOf(ch: string): string {
  const parts = ch.normalize("NFD");
  const base = parts[0] ?? ch;
  return parts.includes("\u031b") ? `${base}\u031b`.normalize("NFC") : base;
}

/** Width in points of `text` at `size` points, bold or regular (kerning ignored). */
export function textWidthPt(text: string, size: number, bold: boolean): number {
  const widths = bold ? TABLES.bold : TABLES.regular;
  let units = 0;
  for (const ch of text.normalize("NFC")) {
    units += widths.get(ch) ?? widths.get(baseOf(ch)) ?? FALLBACK_UNITS;
  }
  return (units * size) / UNITS_PER_EM;
}

/** The characters the tables cover, with their widths: for the test against the font files. */
export function widthTable(bold: boolean): ReadonlyMap<string, number> {
  return bold ? TABLES.bold : TABLES.regular;
}
