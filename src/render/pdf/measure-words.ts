// pdfmake measures a paragraph word by word, and for every word asks its style lookup twenty-two
// questions (font, size, colour, decoration, link…) and its document for the font: some 90,000
// lookups for a plan of 4,000 words, a fifth of a cold render. A word's answer to each question is
// its own value when it has one, else what its `style` and the style stack say, and the words of a
// paragraph share both: so the stack is asked once per distinct `style` in the paragraph, and the
// font once per face. Everything else (widths, cuts, the order fonts are first provided in) is done
// as pdfmake does it. Installed once per process; if a pdfmake release moves TextInlines.measure,
// nothing is replaced (a test compares the PDF bytes with and without).

import { prototypeOf, replaceMethod } from "../patch.js";

type Lookup = (item: object, stack: unknown, property: string, fallback: unknown) => unknown;

interface Font {
  lineHeight(size: number): number;
}

interface Word {
  text: string;
  style?: unknown;
  section?: unknown;
  font?: unknown;
  bold?: unknown;
  italics?: unknown;
  fontSize?: unknown;
  sup?: unknown;
  sub?: unknown;
  width?: number;
  height?: number;
  leadingCut?: number;
  leadingIndent?: number;
  trailingCut?: number;
  [key: string]: unknown;
}

interface Inlines {
  pdfDocument: { provideFont(font: unknown, bold: unknown, italics: unknown): Font };
  widthOfText(text: string, word: Word): number;
}

type Measure = (this: Inlines, array: Word[], stack: unknown) => Word[];

/** Every question measure() asks of a word's styles. */
const ASKED = [
  "font",
  "bold",
  "italics",
  "alignment",
  "fontSize",
  "fontFeatures",
  "characterSpacing",
  "color",
  "decoration",
  "decorationColor",
  "decorationStyle",
  "decorationThickness",
  "background",
  "link",
  "linkToPage",
  "linkToDestination",
  "noWrap",
  "opacity",
  "sup",
  "sub",
  "lineHeight",
  "preserveLeadingSpaces",
  "preserveTrailingSpaces",
] as const;
/** Each question's place in ASKED. */
const Q = Object.fromEntries(ASKED.map((p, i) => [p, i])) as {
  [P in (typeof ASKED)[number]]: number;
};

/**
 * Whether a UTF-16 code unit is one that a regular expression's `\s` matches: white space (tab,
 * vertical tab, form feed, space, no-break space, BOM, Unicode's space separators) and line
 * terminators.
 */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Installs the measuring on pdfmake's TextInlines class; `StyleContextStack.getStyleProperty` is
 * read at every call, so it answers as whatever lookup is installed. True when in place.
 */
export function measureWords(TextInlines: unknown, StyleContextStack: unknown): boolean {
  const Stack = StyleContextStack as { getStyleProperty?: Lookup } | undefined;
  if (typeof Stack?.getStyleProperty !== "function") return false;
  return replaceMethod<Measure>(
    prototypeOf(TextInlines),
    "measure",
    (original) =>
      function (this: Inlines, array: Word[], stack: unknown): Word[] {
        const lookup = Stack.getStyleProperty;
        if (!Array.isArray(array) || typeof lookup !== "function")
          return original.call(this, array, stack);
        return measure(this, array, stack, lookup);
      },
  );
}

function measure(inlines: Inlines, array: Word[], stack: unknown, lookup: Lookup): Word[] {
  const first = array[0];
  if (first) {
    const leadingIndent = lookup(first, stack, "leadingIndent", 0) as number;
    if (leadingIndent) {
      first.leadingCut = -leadingIndent;
      first.leadingIndent = leadingIndent;
    }
  }
  const byStyle = new Map<unknown, unknown[]>();
  const fonts = new Map<unknown, Map<unknown, Map<unknown, Font>>>();
  for (const item of array) {
    const shared = sharedAnswers(item, stack, lookup, byStyle);
    // The word's own value, else its style's and the stack's, else pdfmake's default. Stores are
    // written out property by property, as pdfmake writes them: a store through a computed key
    // that is a different property each time is slower than all the lookups saved.
    const ask = (own: unknown, question: number, fallback: unknown): unknown => {
      if (own !== undefined && own !== null) return own;
      const value = shared
        ? shared[question]
        : lookup(item, stack, ASKED[question] as string, undefined);
      return value !== undefined && value !== null ? value : fallback;
    };
    const font = provide(
      inlines,
      fonts,
      ask(item.font, Q.font, "Roboto"),
      ask(item.bold, Q.bold, false),
      ask(item.italics, Q.italics, false),
    );
    item.font = font;
    item.alignment = ask(item.alignment, Q.alignment, "left");
    item.fontSize = ask(item.fontSize, Q.fontSize, 12);
    item.fontFeatures = ask(item.fontFeatures, Q.fontFeatures, null);
    item.characterSpacing = ask(item.characterSpacing, Q.characterSpacing, 0);
    item.color = ask(item.color, Q.color, "black");
    item.decoration = ask(item.decoration, Q.decoration, null);
    item.decorationColor = ask(item.decorationColor, Q.decorationColor, null);
    item.decorationStyle = ask(item.decorationStyle, Q.decorationStyle, null);
    item.decorationThickness = ask(item.decorationThickness, Q.decorationThickness, null);
    item.background = ask(item.background, Q.background, null);
    item.link = ask(item.link, Q.link, null);
    item.linkToPage = ask(item.linkToPage, Q.linkToPage, null);
    item.linkToDestination = ask(item.linkToDestination, Q.linkToDestination, null);
    item.noWrap = ask(item.noWrap, Q.noWrap, null);
    item.opacity = ask(item.opacity, Q.opacity, 1);
    item.sup = ask(item.sup, Q.sup, false);
    item.sub = ask(item.sub, Q.sub, false);
    if (item.sup || item.sub) item.fontSize = (item.fontSize as number) * 0.58;
    const lineHeight = ask(item.lineHeight, Q.lineHeight, 1) as number;
    item.width = inlines.widthOfText(item.text, item);
    item.height = font.lineHeight(item.fontSize as number) * lineHeight;
    if (!item.leadingCut) item.leadingCut = 0;
    const text = item.text;
    if (!ask(item.preserveLeadingSpaces, Q.preserveLeadingSpaces, false)) {
      // what pdfmake's /^(\s)+/ matches, without a regular expression per word
      let lead = 0;
      while (lead < text.length && isSpace(text.charCodeAt(lead))) lead++;
      if (lead > 0) item.leadingCut += inlines.widthOfText(text.slice(0, lead), item);
    }
    item.trailingCut = 0;
    if (!ask(item.preserveTrailingSpaces, Q.preserveTrailingSpaces, false)) {
      // and /(\s)+$/
      let from = text.length;
      while (from > 0 && isSpace(text.charCodeAt(from - 1))) from--;
      if (from < text.length) item.trailingCut = inlines.widthOfText(text.slice(from), item);
    }
  }
  return array;
}

/**
 * What the style stack and the word's `style` answer to every question, for all the words with
 * that `style` (undefined for a word that pdfmake does not push: a section).
 */
function sharedAnswers(
  item: Word,
  stack: unknown,
  lookup: Lookup,
  byStyle: Map<unknown, unknown[]>,
): unknown[] | undefined {
  if (item.section !== undefined) return undefined;
  let answers = byStyle.get(item.style);
  if (!answers) {
    // an array: stores through a computed key, a new one each time, are slow in cold code
    answers = new Array(ASKED.length);
    const probe = item.style === undefined ? {} : { style: item.style };
    for (let i = 0; i < ASKED.length; i++)
      answers[i] = lookup(probe, stack, ASKED[i] as string, undefined);
    byStyle.set(item.style, answers);
  }
  return answers;
}

function provide(
  inlines: Inlines,
  fonts: Map<unknown, Map<unknown, Map<unknown, Font>>>,
  name: unknown,
  bold: unknown,
  italics: unknown,
): Font {
  let byBold = fonts.get(name);
  if (!byBold) {
    byBold = new Map();
    fonts.set(name, byBold);
  }
  let byItalics = byBold.get(bold);
  if (!byItalics) {
    byItalics = new Map();
    byBold.set(bold, byItalics);
  }
  let font = byItalics.get(italics);
  if (!font) {
    font = inlines.pdfDocument.provideFont(name, bold, italics);
    byItalics.set(italics, font);
  }
  return font;
}
