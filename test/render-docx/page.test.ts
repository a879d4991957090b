// Page setup: A4 in twips, margins converted to the nearest twip, landscape sections turned,
// page numbers in the header with none on the first page, each appendix restarting at 1.

import { describe, expect, it } from "vitest";
import type { DocumentModel } from "../../src/document/types.js";
import { sampleModel } from "../fixtures/sample-model.js";
import { attr, elements, part, render, style, text, twip } from "./helpers.js";

async function sections(model: DocumentModel) {
  const parts = await render(model);
  const document = part(parts, "word/document.xml");
  const rels = part(parts, "word/_rels/document.xml.rels");
  const target = (id: string | undefined) =>
    new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  const headerOf = (sectPr: string, type: string) => {
    const ref = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(sectPr);
    const file = target(ref?.[1]);
    return file === undefined ? undefined : part(parts, `word/${file}`);
  };
  return { parts, sectPrs: elements(document, "w:sectPr"), headerOf };
}

describe("renderDocx page setup", () => {
  it("writes A4 portrait with the plan's margins to the nearest twip", async () => {
    const { sectPrs } = await sections(sampleModel());
    const body = sectPrs[0] as string;
    expect(attr(body, "w:pgSz", "w:w")).toBe("11906");
    expect(attr(body, "w:pgSz", "w:h")).toBe("16838");
    expect(attr(body, "w:pgSz", "w:orient")).toBe("portrait");
    expect(attr(body, "w:pgMar", "w:top")).toBe("1134");
    expect(attr(body, "w:pgMar", "w:bottom")).toBe("1134");
    expect(attr(body, "w:pgMar", "w:left")).toBe("1701");
    expect(attr(body, "w:pgMar", "w:right")).toBe("850");
  });

  it("rounds odd margins to the nearest twip, not down", async () => {
    const model = sampleModel();
    model.page.margins = { top: 25, bottom: 22.5, left: 35, right: 17 };
    const { sectPrs } = await sections(model);
    const body = sectPrs[0] as string;
    expect(attr(body, "w:pgMar", "w:top")).toBe(String(twip(25))); // 1417.32 → 1417
    expect(attr(body, "w:pgMar", "w:bottom")).toBe(String(twip(22.5))); // 1275.6 → 1276
    expect(attr(body, "w:pgMar", "w:left")).toBe("1984"); // 1984.25
    expect(attr(body, "w:pgMar", "w:right")).toBe("964"); // 963.78 → 964, floor would give 963
  });

  it("turns a landscape section's page and margins", async () => {
    const { sectPrs } = await sections(sampleModel());
    const appendix = sectPrs[1] as string;
    expect(attr(appendix, "w:pgSz", "w:w")).toBe("16838");
    expect(attr(appendix, "w:pgSz", "w:h")).toBe("11906");
    expect(attr(appendix, "w:pgSz", "w:orient")).toBe("landscape");
    // The binding edge (portrait left, 30 mm) becomes the top.
    expect(attr(appendix, "w:pgMar", "w:top")).toBe("1701");
    expect(attr(appendix, "w:pgMar", "w:bottom")).toBe("850");
    expect(attr(appendix, "w:pgMar", "w:left")).toBe("1134");
    expect(attr(appendix, "w:pgMar", "w:right")).toBe("1134");
  });

  it("puts a centred PAGE field in the default header and an empty first-page header", async () => {
    const { parts, sectPrs, headerOf } = await sections(sampleModel());
    const body = sectPrs[0] as string;
    expect(body).toContain("<w:titlePg/>");
    const main = headerOf(body, "default") as string;
    expect(main).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(main).toContain('<w:pStyle w:val="Header"/>');
    const first = headerOf(body, "first") as string;
    expect(first).not.toContain("PAGE");
    expect(text(first)).toBe("");
    const header = style(part(parts, "word/styles.xml"), "Header");
    expect(header).toContain('<w:jc w:val="center"/>');
    expect(header).toMatch(/<w:sz w:val="2[68]"\/>/); // 13–14 pt
  });

  it("gives each landscape appendix its own page numbers, restarting at 1", async () => {
    const { sectPrs, headerOf } = await sections(sampleModel());
    const appendix = sectPrs[1] as string;
    expect(attr(appendix, "w:pgNumType", "w:start")).toBe("1");
    expect(appendix).toContain("<w:titlePg/>");
    expect(headerOf(appendix, "default")).toMatch(/PAGE/);
    expect(headerOf(appendix, "first")).not.toMatch(/PAGE/);
    // The body continues its numbering: no restart.
    expect(attr(sectPrs[0] as string, "w:pgNumType", "w:start")).toBeUndefined();
  });

  it("defines empty headers for a section without page numbers, so none are inherited", async () => {
    const model = sampleModel();
    const appendix = model.sections[1];
    if (!appendix) throw new Error("no appendix");
    appendix.pageNumbers = { show: false, showOnFirstPage: false };
    const { sectPrs, headerOf } = await sections(model);
    const last = sectPrs[1] as string;
    expect(last).not.toContain("<w:titlePg/>");
    expect(headerOf(last, "default")).not.toMatch(/PAGE/);
  });

  it("numbers the first page too when the model asks", async () => {
    const model = sampleModel();
    const first = model.sections[0];
    if (!first) throw new Error("no body");
    first.pageNumbers = { show: true, showOnFirstPage: true };
    const { sectPrs, headerOf } = await sections(model);
    const body = sectPrs[0] as string;
    expect(body).not.toContain("<w:titlePg/>");
    expect(headerOf(body, "default")).toMatch(/PAGE/);
  });

  it("gives the paragraph carrying a section break the small Spacer style", async () => {
    const { parts } = await sections(sampleModel());
    const document = part(parts, "word/document.xml");
    const breaks = [...document.matchAll(/<w:p><w:pPr>(<w:pStyle w:val="(\w+)"\/>)?<w:sectPr>/g)];
    expect(breaks.length).toBe(1);
    expect(breaks[0]?.[2]).toBe("Spacer");
  });
});
