// End to end in Debian's Chromium (playwright-core): the page view of the preview shows as many
// pages as the PDF has, for every example plan (pdfLayout(model).pageCount, the layout the PDF is
// drawn from); the toggle switches views and is remembered; a CSV dropped on the workspace brings
// its figures into the editor (unsaved) with the report, and a bad cell is named.
// (the functions given to page.evaluate run in the browser: the DOM's types)
/// <reference lib="dom" />
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import { pdfLayout } from "../../src/render/pdf/definition.js";
import type { RunningServer } from "../../src/server/listen.js";
import { EXAMPLES, PLANS, planDir, ROOT, removeDir, serve } from "../server/helpers.js";
import { CHROMIUM, HAVE_CHROMIUM, launchChromium } from "./chromium.js";

const HAVE_CLIENT = existsSync(join(ROOT, "dist", "client", "editor.js"));
const WAIT_MS = 10_000;
const SUMMARY = "Thực hiện công tác giảm nghèo và an sinh xã hội năm 2024";

if (!HAVE_CHROMIUM) console.warn(`test/e2e/pages.test.ts skipped: ${CHROMIUM} not found`);

describe.skipIf(!HAVE_CHROMIUM || !HAVE_CLIENT)("the page view and the drop import", () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    dir = planDir("kehoach-pages-");
    server = await serve(dir);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(msg.text());
    });
    page.on("pageerror", (err) => problems.push(err.message));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) removeDir(dir);
  });

  it("starts in the continuous view; the toggle shows the pages and is remembered", async () => {
    await page.goto(`${server.url}plan/quang-minh-2024.yaml`);
    await page.evaluate(() => localStorage.removeItem("kehoach.view"));
    await page.reload();
    // one document in the page: the continuous one, the page view inert in its template
    expect(await page.locator("main.document").count()).toBe(1);
    expect(await page.locator("main.document section.page").count()).toBe(2);
    expect(await page.locator(".sheet").count()).toBe(0);
    await page.click("[data-kh-view-toggle]");
    expect(await page.locator("main.document").count()).toBe(1);
    expect(await page.locator("main.document.paged .sheet").count()).toBe(11);
    expect(await page.locator("section.page").count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem("kehoach.view"))).toBe("pages");
    await page.reload();
    expect(await page.locator("main.document.paged .sheet").count()).toBe(11);
    expect(await page.locator("[data-kh-view-toggle]").getAttribute("aria-pressed")).toBe("true");
  });

  for (const file of EXAMPLES) {
    it(`shows as many pages as the PDF: ${file}`, async () => {
      const model = runPipeline(join(PLANS, file)).model;
      if (!model) throw new Error(`${file} has no model`);
      const layout = pdfLayout(model);
      await page.goto(`${server.url}plan/${file}`);
      const sheets = page.locator("main.document.paged .sheet");
      expect(await sheets.count()).toBe(layout.pageCount);
      // the page numbers the PDF prints: none on page 1, the body's from 2 on
      expect(await sheets.nth(0).locator(".pg-number").count()).toBe(0);
      expect(await sheets.nth(1).locator(".pg-number").textContent()).toBe("2");
      // landscape appendix pages are turned: wider boxes (a long table grows its box: whole)
      const portrait = await sheets.nth(0).boundingBox();
      expect(portrait && portrait.height > portrait.width).toBe(true);
      const landscape = model.sections.findIndex((s) => s.orientation === "landscape");
      if (landscape >= 0) {
        const first = layout.blockPages[landscape]?.[0]?.[0] ?? 0;
        const box = await sheets.nth(first - 1).boundingBox();
        expect(box && portrait && box.width > portrait.width * 1.3).toBe(true);
        expect(await sheets.nth(first - 1).getAttribute("class")).toContain("landscape");
      }
      // the signature block is in the page the PDF has it on
      const signPage =
        layout.blockPages[0]?.[
          model.sections[0]?.children.findIndex((b) => b.type === "signoff") ?? -1
        ]?.[0];
      expect(await page.locator(".sheet.has-signoff").getAttribute("data-page")).toBe(
        String(signPage),
      );
    });
  }

  it("stays in the page view when the plan changes on disk (live update)", async () => {
    const file = join(dir, "quang-minh-2024.yaml");
    const text = readFileSync(file, "utf8");
    await page.goto(`${server.url}plan/quang-minh-2024.yaml`);
    expect(await page.locator("main.document.paged").count()).toBe(1);
    writeFileSync(file, text.replace(SUMMARY, `${SUMMARY} (sửa trên đĩa)`));
    await page.waitForFunction(
      () =>
        document
          .querySelector("main.document.paged .t-title-summary")
          ?.textContent?.endsWith("(sửa trên đĩa)"),
      undefined,
      { timeout: WAIT_MS },
    );
    expect(await page.locator("section.page").count()).toBe(0);
    // the README's picture: a page boundary inside a block, and the next page's number
    const end = page.locator(".pg-end").first();
    await end.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 200));
    mkdirSync(join(ROOT, "docs"), { recursive: true });
    await page.screenshot({ path: join(ROOT, "docs", "page-view.png") });
    writeFileSync(file, text);
  });

  it("switches back to the continuous view", async () => {
    await page.click("[data-kh-view-toggle]");
    expect(await page.locator(".sheet").count()).toBe(0);
    expect(await page.locator("main.document section.page").count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => localStorage.getItem("kehoach.view"))).toBe("flow");
  });

  const dropCsv = async (csv: string, name: string) => {
    const data = await page.evaluateHandle(
      ([text, fileName]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text ?? ""], fileName ?? "x.csv", { type: "text/csv" }));
        return dt;
      },
      [csv, name],
    );
    await page.dispatchEvent(".kh-ws-main", "dragover", { dataTransfer: data });
    await page.dispatchEvent(".kh-ws-main", "drop", { dataTransfer: data });
  };
  const editorText = () =>
    page.evaluate(() =>
      (
        window as unknown as { khEditor: { state: { doc: { toString(): string } } } }
      ).khEditor.state.doc.toString(),
    );

  it("takes the figures of a dropped CSV into the editor, unsaved, with the report", async () => {
    const file = join(dir, "quang-minh-2024.yaml");
    const before = readFileSync(file, "utf8");
    await page.goto(`${server.url}edit/quang-minh-2024.yaml`);
    await page.waitForSelector("body.kh-ws-ready .cm-content");
    await dropCsv(
      'Tên đơn vị,Tổng số hộ,Hộ nghèo,Hộ cận nghèo\nTDP Khả Lý Thượng,"1.020",6,15\n',
      "so-lieu.csv",
    );
    const box = page.locator("#kh-ws-import");
    await box.waitFor({ state: "visible", timeout: WAIT_MS });
    expect(await box.locator("h2").textContent()).toContain("so-lieu.csv");
    expect((await box.locator(".kh-import-report li").allTextContents()).join("\n")).toMatch(
      /TDP Khả Lý Thượng/,
    );
    const text = await editorText();
    expect(text).toContain("households: 1020");
    expect(text).toContain("poor: { households: 6, exits: 1 }");
    expect(await page.locator("#kh-ws-state").textContent()).toBe("Chưa lưu");
    expect(readFileSync(file, "utf8")).toBe(before);
    // the document beside follows the new figures
    await page.waitForFunction(
      () => document.querySelector("#kh-ws-doc")?.textContent?.includes("1.020"),
      undefined,
      { timeout: WAIT_MS },
    );
  });

  it("names the bad cell of a dropped CSV and leaves the text as it was", async () => {
    const before = await editorText();
    await dropCsv("Tên đơn vị,Tổng số hộ,Hộ cận nghèo\nTDP Khả Lý Hạ,494,hai\n", "sai.csv");
    const box = page.locator("#kh-ws-import.kh-import-bad");
    await box.waitFor({ state: "visible", timeout: WAIT_MS });
    expect((await box.locator(".kh-import-problems li").allTextContents()).join("\n")).toMatch(
      /C2/,
    );
    expect(await editorText()).toBe(before);
  });

  it("takes a dropped workbook (.xlsx) too, bad cells named by sheet and cell as Excel writes them", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Biểu 1");
    ws.addRow(["Tên đơn vị", "Tổng số hộ", "Hộ cận nghèo"]);
    ws.addRow(["TDP Đông Long", 805, 3]);
    ws.addRow(["TDP Khả Lý Hạ", 494, "hai"]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer()).toString("base64");
    const before = await editorText();
    const drop = (b64: string, name: string) =>
      page.evaluateHandle(
        ([data, fileName]) => {
          const raw = atob(data ?? "");
          const arr = new Uint8Array(raw.length);
          for (let i = 0; i < raw.length; i++) arr[i] = raw.charCodeAt(i);
          const dt = new DataTransfer();
          dt.items.add(new File([arr], fileName ?? "x.xlsx"));
          return dt;
        },
        [b64, name],
      );
    const dt = await drop(bytes, "so-lieu.xlsx");
    await page.dispatchEvent(".kh-ws-main", "drop", { dataTransfer: dt });
    const problems = page.locator("#kh-ws-import.kh-import-bad .kh-import-problems li");
    await expect
      .poll(async () => (await problems.allTextContents()).join("\n"), { timeout: WAIT_MS })
      .toContain("'Biểu 1'!C3");
    expect(await editorText()).toBe(before);

    ws.getCell("C3").value = 2;
    const good = Buffer.from(await wb.xlsx.writeBuffer()).toString("base64");
    await page.dispatchEvent(".kh-ws-main", "drop", {
      dataTransfer: await drop(good, "so-lieu.xlsx"),
    });
    await expect.poll(() => editorText(), { timeout: WAIT_MS }).toContain("households: 805");
    expect(await page.locator("#kh-ws-import.kh-import-bad").count()).toBe(0);
  });

  it("threw nothing and broke no Content-Security-Policy rule", () => {
    expect(problems.join("\n")).toBe("");
  });
});
