// flow.ts decides the PDF's pages once and lays them out: the definition carries explicit page
// breaks where the rules move a node, and the pages laid out are the PDF's pages, for every example
// plan and the edge documents.

import { describe, expect, it } from "vitest";
import type { DocumentModel } from "../../src/document/types.js";
import { pdfLayout, renderLayout } from "../../src/render/pdf/index.js";
import { edgeModels } from "../parity/edge-models.js";
import { PLANS, planModel } from "../parity/tools.js";
import { bigTableModel, longModel, threeSectionModel } from "./models.js";

const pagesOf = (pdf: Uint8Array) =>
  (
    Buffer.from(pdf)
      .toString("latin1")
      .match(/\/Type \/Page\b/g) ?? []
  ).length;

/** The text of every node with an explicit page break, in order. */
function breaksOf(layout: ReturnType<typeof pdfLayout>): string[] {
  const out: string[] = [];
  const visit = (node: unknown): void => {
    if (typeof node !== "object" || node === null) return;
    const n = node as Record<string, unknown>;
    if (n.pageBreak === "before") out.push(JSON.stringify(n.lines ?? n.columns).slice(0, 200));
    for (const value of Object.values(n)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (typeof value === "object" && value !== null && !("getTime" in value)) visit(value);
    }
  };
  visit(layout.definition.sections);
  return out;
}

const DOCUMENTS: [string, () => DocumentModel][] = [
  ...PLANS.map((p): [string, () => DocumentModel] => [p, () => planModel(p)]),
  ...edgeModels(),
  ["a long plan (30 times the body)", () => longModel(30)],
  ["a table over many pages", () => bigTableModel(300)],
  ["three sections", () => threeSectionModel(3)],
];

describe("PDF pages decided once (flow.ts)", () => {
  it("marks the breaks the rules decide on the nodes", () => {
    const layout = pdfLayout(planModel("quang-minh-2024"));
    // the list item whose lone first line LibreOffice leaves at a page's foot goes over whole
    expect(breaksOf(layout)).toEqual([expect.stringContaining("Tổ chức đào tạo nghề")]);
  });

  it("moves a heading left at a page's foot to the next page, with what follows", () => {
    const [name, model] = edgeModels()[3] as [string, () => DocumentModel];
    expect(name).toMatch(/heading right before the sign-off at a page's foot/);
    const layout = pdfLayout(model());
    expect(breaksOf(layout)).toEqual([expect.stringContaining("MỘT")]);
    expect(layout.pageCount).toBe(2);
  });

  it.each(DOCUMENTS)("decides the PDF's pages: %s", async (_, model) => {
    const layout = pdfLayout(model());
    const pdf = await renderLayout(layout);
    expect(layout.pageCount).toBe(pagesOf(pdf));
    expect(layout.pages).toHaveLength(layout.pageCount);
  });

  it.each(PLANS)("tells the pages of every block, in order: %s", (plan) => {
    const model = planModel(plan);
    const layout = pdfLayout(model);
    const firsts: number[] = [];
    model.sections.forEach((section, s) => {
      section.children.forEach((block, b) => {
        const pages = layout.blockPages[s]?.[b] ?? [];
        expect(pages.length, `${block.type} ${s}/${b}`).toBeGreaterThan(0);
        firsts.push(pages[0] ?? 0);
      });
    });
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    expect(Math.max(...layout.blockPages.flat(2))).toBe(layout.pageCount);
  });

  it("stacks a long document in one pass: every page but the first opened by a node or a line", () => {
    const layout = pdfLayout(longModel(30));
    const pages = layout.nodePages.flat(2);
    // pages only grow node after node: the decision never went back further than a page
    const firsts = layout.nodePages.flatMap((section) => section.map((p) => p[0] ?? 0));
    for (let i = 1; i < firsts.length; i++) {
      if ((firsts[i] ?? 0) > 0 && (firsts[i - 1] ?? 0) > 0)
        expect(firsts[i]).toBeGreaterThanOrEqual(firsts[i - 1] ?? 0);
    }
    expect(Math.max(...pages)).toBe(layout.pageCount);
  });
});
