import { describe, expect, it } from "vitest";
import type { Inline } from "../../src/document/types.js";
import { parseInline, parseMarkup } from "../../src/model/markup.js";
import { line } from "./helpers.js";

const t = (text: string, extra: { bold?: boolean; italic?: boolean } = {}): Inline => ({
  type: "text",
  text,
  ...extra,
});

describe("inline markup", () => {
  it.each<[string, Inline[]]>([
    ["plain text", [t("plain text")]],
    ["**bold** then", [t("bold", { bold: true }), t(" then")]],
    ["an *italic* word", [t("an "), t("italic", { italic: true }), t(" word")]],
    [
      "**bold *both* bold**",
      [
        t("bold ", { bold: true }),
        t("both", { bold: true, italic: true }),
        t(" bold", { bold: true }),
      ],
    ],
    ["5 \\* 3 = 15", [t("5 * 3 = 15")]],
    ["a lone * star", [t("a lone * star")]],
    ["**unclosed bold", [t("**unclosed bold")]],
    ["one\nline  with   spaces", [t("one line with spaces")]],
    ["(*trừ các trường hợp*).", [t("("), t("trừ các trường hợp", { italic: true }), t(").")]],
    ["\\\\ backslash", [t("\\ backslash")]],
    ["", []],
  ])("%j", (input, out) => {
    expect(parseInline(input)).toEqual(out);
  });

  it("keeps non-breaking blanks (a draft's gaps) as they are", () => {
    expect(parseInline("Số: \u00a0\u00a0\u00a0/KH")).toEqual([t("Số: \u00a0\u00a0\u00a0/KH")]);
  });
});

describe("block markup", () => {
  it.each<[string, string, string[]]>([
    ["one paragraph", "Một đoạn.", ["Một đoạn."]],
    ["wrapped lines join", "Một\nđoạn\n  dài.", ["Một đoạn dài."]],
    ["blank line splits", "Đoạn một.\n\nĐoạn hai.", ["Đoạn một.", "Đoạn hai."]],
    ["dash list", "- một;\n- hai.", ["- một;\n- hai."]],
    ["paragraph then list", "Trong đó:\n- một;\n- hai.", ["Trong đó:", "- một;\n- hai."]],
    ["sub-items", "- cha:\n+ con 1;\n+ con 2.", ["- cha:\n  + con 1;\n  + con 2."]],
    ["blank lines inside a list", "- một;\n\n- hai;\n\n+ con.", ["- một;\n- hai;\n  + con."]],
    ["wrapped item", "- một dòng\n  tiếp theo;\n- hai.", ["- một dòng tiếp theo;\n- hai."]],
    ["wrapped sub-item", "- cha:\n+ con\ntiếp.", ["- cha:\n  + con tiếp."]],
    ["text after blank ends the list", "- một.\n\nĐoạn sau.", ["- một.", "Đoạn sau."]],
    ["standalone plus list", "+ một;\n+ hai.", ["+ một;\n+ hai."]],
    ["escaped dash is text", "\\- không phải danh sách", ["- không phải danh sách"]],
    ["a dash without space is text", "-5% so với năm trước", ["-5% so với năm trước"]],
    ["CRLF", "Một.\r\n\r\nHai.", ["Một.", "Hai."]],
    ["empty", "", []],
    ["only blanks", "\n  \n", []],
  ])("%s", (_name, input, out) => {
    expect(parseMarkup(input).map(line)).toEqual(out);
  });

  it("gives paragraphs the style asked for", () => {
    const [p] = parseMarkup("Ghi chú.", "note");
    expect(p).toMatchObject({ type: "paragraph", style: "note" });
  });

  it("a plus list after a dash list stays under its last item; a new dash list does not merge a plus list", () => {
    const blocks = parseMarkup("+ lẻ;\n- một;\n+ con.");
    expect(blocks.map((b) => b.type)).toEqual(["list", "list"]);
    expect(blocks[0]).toMatchObject({ marker: "+" });
    expect(blocks[1]).toMatchObject({ marker: "-" });
  });
});
