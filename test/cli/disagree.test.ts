// Figures that disagree are shown, not refused (issue 13, point 3), end to end on
// test/fixtures/plans/chua-khop-2024.yaml: a breakdown that does not add up in one village and a
// declared total one above the villages' sum.

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { POPPLER_MISSING, poppler } from "../render-pdf/poppler.js";
import { kehoach } from "./run.js";

const PLAN = "test/fixtures/plans/chua-khop-2024.yaml";
const dir = mkdtempSync(join(tmpdir(), "kehoach-disagree-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const NOTE = "Chưa khớp: các phần theo khả năng thoát nghèo cộng lại 8 hộ";

describe("a plan whose figures disagree", () => {
  it("validates with warnings; --strict makes them errors", () => {
    const loose = kehoach(["validate", PLAN]);
    expect(loose.status).toBe(0);
    expect(loose.stderr).toContain("cảnh báo: Tổng các phần của cách chia hộ nghèo");
    expect(loose.stderr).toContain("kehoach dùng 15");
    const strict = kehoach(["validate", "--strict", PLAN]);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain("lỗi: Tổng các phần của cách chia hộ nghèo");
  });

  it("render --draft exits 0 with a warning, and marks the figures in DOCX, PDF and HTML", () => {
    const out = join(dir, "draft");
    const r = kehoach(["render", PLAN, "--draft", "--format", "docx,pdf,html", "--out", out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("cảnh báo");

    const html = readFileSync(join(out, "chua-khop-2024.html"), "utf8");
    // the sentence of tinh-hinh: kehoach's 15, marked with both notes
    expect(html).toMatch(/có <mark class="disagrees" title="Chưa khớp: [^"]*">15<\/mark>/u);
    expect(html).toContain(`(${NOTE}`);
    // a target's figure, derived from the poor households, is marked too
    expect(html).toMatch(/số hộ nghèo giảm còn <mark class="disagrees"[^>]*>10<\/mark><small/u);

    const docx = unzipSync(readFileSync(join(out, "chua-khop-2024.docx")));
    const xml = new TextDecoder().decode(docx["word/document.xml"]);
    expect(xml).toMatch(/<w:highlight w:val="yellow"\/>(?:(?!<\/w:r>).)*<w:t[^>]*>09<\/w:t>/su);
    expect(xml).toContain(NOTE);

    if (POPPLER_MISSING) return;
    const text = poppler(
      "pdftotext",
      ["-raw", "FILE", "-"],
      readFileSync(join(out, "chua-khop-2024.pdf")),
    ).replace(/\s+/gu, " ");
    // highlighted as in the DOCX (test/render-pdf/definition.test.ts): the text is the HTML's
    expect(text).toContain(`có 15 (Chưa khớp:`);
    expect(text).toContain(NOTE);
  });

  it("render without --draft prints kehoach's figures, unmarked; --strict writes nothing", () => {
    const out = join(dir, "final");
    expect(kehoach(["render", PLAN, "--format", "html", "--out", out]).status).toBe(0);
    const html = readFileSync(join(out, "chua-khop-2024.html"), "utf8");
    expect(html).not.toContain("<mark");
    expect(html).toContain("có 15 hộ nghèo");
    const strict = kehoach([
      "render",
      PLAN,
      "--strict",
      "--format",
      "html",
      "--out",
      join(dir, "s"),
    ]);
    expect(strict.status).toBe(1);
  });
});
