// End to end: the preview server driven by Debian's Chromium through playwright-core. An official
// opens the index, opens a plan, edits the YAML in another window (here: on disk), sees the change
// without reloading, breaks the YAML and sees the error with its line number above the last good
// rendering, fixes it, and downloads the DOCX and the PDF. A screenshot of the plan page is saved
// as test/artifacts/preview.png.
// (the functions given to page.evaluate run in the browser: the DOM's types)
/// <reference lib="dom" />
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server/listen.js";
import {
  EXAMPLES,
  hostileSummaryPlan,
  planDir,
  ROOT,
  removeDir,
  serve,
} from "../server/helpers.js";
import { CHROMIUM, HAVE_CHROMIUM, launchChromium } from "./chromium.js";

const ARTIFACTS = join(ROOT, "test", "artifacts");
const PLAN = "quang-minh-2024.yaml";
const SUMMARY = "Thực hiện công tác giảm nghèo và an sinh xã hội năm 2024";
const EDITED = `${SUMMARY} (bản sửa)`;
/** "Within a few seconds": generous, the machine is shared. */
const LIVE_WAIT_MS = 5_000;

if (!HAVE_CHROMIUM) {
  console.warn(
    `test/e2e/preview.test.ts skipped: ${CHROMIUM} not found (apt-get install chromium to run it)`,
  );
}

describe.skipIf(!HAVE_CHROMIUM)(
  HAVE_CHROMIUM ? "live preview in Chromium" : `live preview in Chromium (skipped: no ${CHROMIUM})`,
  () => {
    let dir: string;
    let server: RunningServer;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    const cspViolations: string[] = [];

    beforeAll(async () => {
      dir = planDir("kehoach-e2e-");
      server = await serve(dir);
      browser = await launchChromium();
      context = await browser.newContext({
        acceptDownloads: true,
        viewport: { width: 1280, height: 1000 },
      });
      page = await context.newPage();
      page.setDefaultTimeout(30_000);
      page.on("console", (msg) => {
        if (/Content.Security.Policy/i.test(msg.text())) cspViolations.push(msg.text());
      });
    }, 120_000);

    afterAll(async () => {
      await context?.close();
      await browser?.close();
      await server?.close();
      if (dir) removeDir(dir);
    });

    const planFile = () => join(dir, PLAN);

    it("opens the index and lists the plans with their status", async () => {
      await page.goto(server.url);
      await expect
        .poll(() => page.locator("table.kh-plans tbody tr").count())
        .toBe(EXAMPLES.length);
      expect(await page.locator(".kh-status.kh-ok").allTextContents()).toEqual(
        EXAMPLES.map(() => "hợp lệ"),
      );
    });

    it("opens a plan: the title, the appendix table, the Tinos font", async () => {
      await page.click(`a[href="/plan/${PLAN}"]`);
      await page.waitForURL(`**/plan/${PLAN}`);
      await expect.poll(() => page.locator("h1.t-title-kind").textContent()).toBe("KẾ HOẠCH");
      expect(await page.locator(".t-title-summary").textContent()).toBe(SUMMARY);
      const table = page.locator("section.page.landscape table.data").first();
      expect(await table.isVisible()).toBe(true);
      expect(await table.locator("tbody tr").count()).toBeGreaterThan(3);
      const fontsOk = await page.evaluate(async () => {
        await document.fonts.ready;
        return document.fonts.check('14pt "Tinos"');
      });
      expect(fontsOk).toBe(true);
      // A mark on the window: still there after the updates, so the page was never reloaded.
      await page.evaluate(() => {
        (window as unknown as { khMark: number }).khMark = 42;
      });
    });

    it("shows an edit of the YAML without reloading", async () => {
      writeFileSync(planFile(), readFileSync(planFile(), "utf8").replace(SUMMARY, EDITED));
      await page.waitForFunction(
        (text) => document.querySelector(".t-title-summary")?.textContent === text,
        EDITED,
        { timeout: LIVE_WAIT_MS },
      );
      expect(await page.evaluate(() => (window as unknown as { khMark?: number }).khMark)).toBe(42);
    });

    it("shows a broken YAML's error with its line number, the last good rendering below", async () => {
      const good = readFileSync(planFile(), "utf8");
      const lines = good.split("\n");
      const at = lines.findIndex((l) => l.startsWith("document:")) + 1;
      lines.splice(at, 0, "  issuing_body: [unclosed");
      writeFileSync(planFile(), lines.join("\n"));
      await page.waitForSelector(".kh-panel.kh-panel-bad", { timeout: LIVE_WAIT_MS });
      const where = await page.locator(".kh-diag .kh-where").first().textContent();
      expect(where).toMatch(new RegExp(`^${PLAN.replace(/\./g, "\\.")}:\\d+:\\d+$`));
      const lineNo = Number(where?.split(":")[1]);
      expect(lineNo).toBeGreaterThan(at);
      expect(await page.locator(".kh-frame .kh-hit .kh-ln").first().textContent()).toContain(
        String(lineNo),
      );
      expect(await page.locator(".kh-doc.kh-stale .t-title-summary").textContent()).toBe(EDITED);
      expect(await page.locator(".kh-doc.kh-stale table.data").first().isVisible()).toBe(true);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, "preview-error.png") });
      expect(await page.evaluate(() => (window as unknown as { khMark?: number }).khMark)).toBe(42);

      writeFileSync(planFile(), good);
      await page.waitForSelector(".kh-panel:not(.kh-panel-bad)", { timeout: LIVE_WAIT_MS });
      expect(await page.locator(".kh-doc.kh-stale").count()).toBe(0);
      expect(await page.locator(".t-title-summary").textContent()).toBe(EDITED);
      expect(await page.evaluate(() => (window as unknown as { khMark?: number }).khMark)).toBe(42);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(ARTIFACTS, "preview.png") });
    });

    it("downloads the DOCX and the PDF of the current version", async () => {
      const [docx] = await Promise.all([
        page.waitForEvent("download"),
        page.click("a.kh-btn[href^='/download/docx/']"),
      ]);
      expect(docx.suggestedFilename()).toBe("quang-minh-2024.docx");
      const docxBytes = readFileSync(await docx.path());
      expect(docxBytes.subarray(0, 4)).toEqual(Buffer.from("PK\x03\x04", "latin1"));
      const documentXml = unzipSync(docxBytes)["word/document.xml"];
      expect(documentXml).toBeDefined();
      expect(Buffer.from(documentXml ?? []).toString("utf8")).toContain("(bản sửa)");

      const [pdf] = await Promise.all([
        page.waitForEvent("download"),
        page.click("a.kh-btn[href^='/download/pdf/']"),
      ]);
      expect(pdf.suggestedFilename()).toBe("quang-minh-2024.pdf");
      const pdfBytes = readFileSync(await pdf.path());
      expect(pdfBytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(pdfBytes.subarray(-1024).toString("latin1")).toContain("%%EOF");
    });

    it("toggles the draft mark and speaks English", async () => {
      expect(await page.locator(".draft-mark").count()).toBe(1);
      await page.click("a.kh-btn.kh-on");
      await page.waitForURL(/draft=0/);
      expect(await page.locator(".draft-mark").count()).toBe(0);
      await page.click("a.kh-lang");
      await page.waitForURL(/lang=en/);
      expect(await page.locator("a.kh-btn[href^='/download/pdf/']").textContent()).toBe(
        "Download PDF",
      );
      expect(await page.locator(".draft-mark").count()).toBe(0);
    });

    it("shows a plan's <script> and {{ as text, and runs none of it", async () => {
      writeFileSync(join(dir, "hostile.yaml"), hostileSummaryPlan());
      const dialogs: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(`${server.url}plan/hostile.yaml`);
      expect(await page.locator(".t-title-summary").textContent()).toBe(
        "Thử <script>alert(1)</script> và {{x}} trong kế hoạch",
      );
      expect(await page.locator("main.document script").count()).toBe(0);
      expect(dialogs).toEqual([]);
    });

    it("ran no inline script and broke no Content-Security-Policy rule", () => {
      expect(cspViolations).toEqual([]);
    });
  },
);
