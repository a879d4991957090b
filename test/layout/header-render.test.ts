// The header's body lines are decided once in the model: DOCX, PDF and HTML print exactly those lines,
// with explicit breaks between them, and the metadata gets the name on one line.

import { describe, expect, it } from "vitest";
import type { HeaderBlock } from "../../src/document/types.js";
import { renderHtml } from "../../src/render/html/index.js";
import { pdfDefinition } from "../../src/render/pdf/definition.js";
import { sampleModel } from "../fixtures/sample-model.js";
import { elements, part, render, text } from "../render-docx/helpers.js";

const PARENT = ["ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH"];
const ISSUING = ["SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"];

function model() {
  const m = sampleModel();
  const header = m.sections[0]?.children.find((b): b is HeaderBlock => b.type === "header");
  if (!header) throw new Error("no header");
  header.parentBody = [...PARENT];
  header.issuingBody = [...ISSUING];
  m.meta.author = "Sở Nông nghiệp và Môi trường";
  return m;
}

/** Every string of the PDF's layout tree, depth first. */
function texts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) texts(n, out);
  else if (node && typeof node === "object") {
    const o = node as Record<string, unknown>;
    if (typeof o.text === "string") out.push(o.text);
    for (const [k, v] of Object.entries(o))
      if (k !== "text" || typeof v !== "string") texts(v, out);
  }
  return out;
}

describe("header body lines in every renderer", () => {
  it("DOCX: one paragraph per body, its lines joined by <w:br/>", async () => {
    const parts = await render(model());
    const xml = part(parts, "word/document.xml");
    const header = elements(xml, "w:tbl")[0] ?? "";
    const paras = elements(header, "w:p").filter((p) => /ParentBody|IssuingBody/.test(p));
    expect(paras).toHaveLength(2);
    expect(paras.map((p) => (p.match(/<w:br\/>/g) ?? []).length)).toEqual([1, 1]);
    expect(paras.map(text)).toEqual([PARENT.join(""), ISSUING.join("")]);
    expect(part(parts, "docProps/core.xml")).toContain(
      "<dc:creator>Sở Nông nghiệp và Môi trường</dc:creator>",
    );
  });

  it("PDF: each given line a line of its own; the author on one line", () => {
    const def = pdfDefinition(model());
    const all = texts(def.sections);
    expect(all.join("|")).toContain(PARENT.join("|"));
    expect(all.join("|")).toContain(ISSUING.join("|"));
    expect(def.info?.author).toBe("Sở Nông nghiệp và Môi trường");
  });

  it("HTML: the lines joined by <br>; the author meta on one line", () => {
    const html = renderHtml(model());
    expect(html).toContain(`<p class="t-parent-body">${PARENT.join("<br>")}</p>`);
    expect(html).toContain(`<p class="t-issuing-body">${ISSUING.join("<br>")}</p>`);
    expect(html).toContain('<meta name="author" content="Sở Nông nghiệp và Môi trường">');
  });
});
