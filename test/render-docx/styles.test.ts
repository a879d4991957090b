// Styles: Times New Roman in all four font slots, sizes and bold/italic per role from rules.ts,
// real heading styles with outline levels and no colour, Vietnamese as the language.

import { describe, expect, it } from "vitest";
import { PARAGRAPH, sizeOf, TEXT } from "../../src/layout/rules.js";
import { sampleModel } from "../fixtures/sample-model.js";
import { elements, part, render, style, text } from "./helpers.js";

const parts = await render(sampleModel());
const styles = part(parts, "word/styles.xml");
const document = part(parts, "word/document.xml");

const halfPoints = (key: keyof typeof TEXT) => {
  const t = TEXT[key];
  if (!t) throw new Error(`no TEXT.${String(key)}`);
  return String(sizeOf(t, 14) * 2);
};

const FOUR_SLOTS =
  /<w:rFonts (?=[^>]*w:ascii="Times New Roman")(?=[^>]*w:hAnsi="Times New Roman")(?=[^>]*w:eastAsia="Times New Roman")(?=[^>]*w:cs="Times New Roman")[^>]*\/>/;

describe("renderDocx styles", () => {
  it("sets Times New Roman in all four slots, the body size and vi-VN on Normal and the defaults", () => {
    const normal = style(styles, "Normal");
    expect(normal).toMatch(FOUR_SLOTS);
    expect(normal).toContain('<w:sz w:val="28"/>');
    expect(normal).toContain('<w:lang w:val="vi-VN"/>');
    const defaults = elements(styles, "w:docDefaults")[0] as string;
    expect(defaults).toMatch(FOUR_SLOTS);
    expect(defaults).toContain('<w:lang w:val="vi-VN"/>');
  });

  it("makes Normal the body text: justified, 1.27 cm first line, 6 pt after, 1.15 lines", () => {
    const normal = style(styles, "Normal");
    expect(normal).toContain('<w:jc w:val="both"/>');
    expect(normal).toMatch(/<w:ind [^>]*w:firstLine="720"/);
    expect(normal).toMatch(/<w:spacing [^>]*w:after="120"/);
    const line = /<w:spacing [^>]*w:line="(\d+)"[^>]*w:lineRule="auto"/.exec(normal)?.[1];
    expect(Number(line)).toBe(Math.round(240 * PARAGRAPH.lineHeight));
    expect(Number(line)).toBeGreaterThanOrEqual(240);
    expect(Number(line)).toBeLessThanOrEqual(360);
  });

  it("turns widow and orphan control off, so the pages break as the PDF's do", () => {
    expect(style(styles, "Normal")).toContain('<w:widowControl w:val="false"/>');
    const defaults = elements(styles, "w:docDefaults")[0] as string;
    expect(defaults).toContain('<w:widowControl w:val="false"/>');
  });

  it("follows a 13 pt plan", async () => {
    const model = sampleModel();
    model.page.fontSize = 13;
    const s = part(await render(model), "word/styles.xml");
    expect(style(s, "Normal")).toContain('<w:sz w:val="26"/>');
  });

  it("defines Heading1–4 with outline levels 0–3, no colour, bold as the numbering says", () => {
    for (let level = 1; level <= 4; level++) {
      const h = style(styles, `Heading${level}`);
      expect(h).toContain(`<w:name w:val="heading ${level}"/>`);
      expect(h).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
      expect(h).toContain('<w:basedOn w:val="Normal"/>');
      expect(h).toContain("<w:keepNext/>");
      expect(h).not.toContain("<w:color");
      expect(h).not.toContain("<w:rFonts");
    }
    // I. and 1. are bold; level 3 is "2.1." once and "đ)" once: the tie goes to "2.1." (bold).
    expect(style(styles, "Heading1")).toContain("<w:b/>");
    expect(style(styles, "Heading2")).toContain("<w:b/>");
    expect(style(styles, "Heading3")).toContain("<w:b/>");
    expect(style(styles, "Heading4")).not.toContain("<w:b/>");
  });

  it("uses heading styles in the body, the number in the text, direct bold-off only for a) headings", () => {
    const paras = elements(document, "w:p");
    const withStyle = (id: string) => paras.filter((p) => p.includes(`<w:pStyle w:val="${id}"/>`));
    expect(withStyle("Heading1").length).toBe(2);
    expect(text(withStyle("Heading1")[0] as string)).toBe("I. MỤC TIÊU, CHỈ TIÊU");
    // The number and the title share one run.
    expect(elements(withStyle("Heading1")[0] as string, "w:r").length).toBe(1);
    const letter = withStyle("Heading3").find((p) => p.includes("đ) "));
    expect(letter).toContain('<w:b w:val="false"/>');
    const nested = withStyle("Heading3").find((p) => p.includes("2.1. "));
    expect(nested).not.toContain("<w:b");
  });

  it("gives each role a named style with the size and weight of rules.ts", () => {
    const roles: [string, keyof typeof TEXT, boolean, boolean][] = [
      ["ParentBody", "parentBody", false, false],
      ["IssuingBody", "issuingBody", true, false],
      ["DocNumber", "number", false, false],
      ["NationalTitle", "nationalTitle", true, false],
      ["Motto", "motto", true, false],
      ["PlaceDate", "placeDate", false, true],
      ["DraftMark", "draftMark", true, false],
      ["Title", "titleKind", true, false],
      ["Subtitle", "titleSummary", true, false],
      ["Basis", "basis", false, true],
      ["Note", "note", false, true],
      ["RecipientsHeading", "recipientsHeading", true, true],
      ["Recipient", "recipient", false, false],
      ["SignatureLine", "signatureLine", true, false],
      ["Signer", "signer", true, false],
      ["AppendixLabel", "appendixLabel", true, false],
      ["AppendixTitle", "appendixTitle", true, false],
      ["AppendixAttached", "appendixAttached", false, true],
      ["TableHeader", "tableHeader", true, false],
      ["TableIndex", "tableIndex", false, true],
      ["TableText", "tableBody", false, false],
      ["TableTotal", "tableTotal", true, false],
      ["Header", "pageNumber", false, false],
    ];
    for (const [id, key, bold, italic] of roles) {
      const s = style(styles, id);
      const size = /<w:sz w:val="(\d+)"\/>/.exec(s)?.[1] ?? "28"; // absent: Normal's
      expect(size, id).toBe(halfPoints(key));
      expect(s.includes("<w:b/>"), `${id} bold`).toBe(bold);
      expect(s.includes("<w:i/>"), `${id} italic`).toBe(italic);
      expect(s, id).not.toContain("<w:rFonts"); // inherited from Normal
    }
  });

  it("centres the header block, title, signature and appendix headings", () => {
    for (const id of [
      "ParentBody",
      "IssuingBody",
      "DocNumber",
      "NationalTitle",
      "Motto",
      "PlaceDate",
      "Title",
      "Subtitle",
      "SignatureLine",
      "Signer",
      "AppendixLabel",
      "AppendixTitle",
      "AppendixAttached",
    ]) {
      const s = style(styles, id);
      expect(s, id).toContain('<w:jc w:val="center"/>');
      expect(s, id).toMatch(/<w:ind [^>]*w:firstLine="0"/);
    }
  });

  it("lists each appendix in the navigation pane beside the level-1 headings", () => {
    expect(style(styles, "AppendixLabel")).toContain('<w:outlineLvl w:val="0"/>');
  });

  it("leaves room for signature and seal above the signer's name", () => {
    const before = /<w:spacing [^>]*w:before="(\d+)"/.exec(style(styles, "Signer"))?.[1];
    expect(Number(before)).toBeGreaterThanOrEqual(Math.round((20 * 1440) / 25.4));
  });

  it("indents lists with a hanging indent, one step per level", () => {
    const one = style(styles, "List");
    const two = style(styles, "List2");
    const left = (s: string) => Number(/<w:ind [^>]*w:left="(\d+)"/.exec(s)?.[1]);
    const hanging = (s: string) => Number(/<w:ind [^>]*w:hanging="(\d+)"/.exec(s)?.[1]);
    expect(left(one) - hanging(one)).toBe(720); // the marker at the body's first-line indent
    expect(left(two) - hanging(two)).toBe(left(one)); // "+" under the text of "-"
    const paras = elements(document, "w:p");
    const dash = paras.filter((p) => p.includes('<w:pStyle w:val="List"/>'));
    const plus = paras.filter((p) => p.includes('<w:pStyle w:val="List2"/>'));
    expect(dash.length).toBe(2);
    expect(plus.length).toBe(2);
    expect(dash[0]).toMatch(/<w:t[^>]*>-<\/w:t><w:tab\/>/);
    expect(plus[0]).toMatch(/<w:t[^>]*>\+<\/w:t><w:tab\/>/);
  });

  it("sets the theme fonts to Times New Roman", () => {
    const theme = part(parts, "word/theme/theme1.xml");
    expect(theme).toMatch(/<a:majorFont><a:latin typeface="Times New Roman"/);
    expect(theme).toMatch(/<a:minorFont><a:latin typeface="Times New Roman"/);
  });
});
