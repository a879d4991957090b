// End to end: the workspace (/edit/<plan>) in Debian's Chromium through playwright-core. The
// official types in the editor and the document beside it follows; types an error, sees it
// underlined and listed, clicks it and lands on its line; saves with Ctrl+S; saves again after the
// file changed on disk and is offered the choice; makes a new plan from the index. The screenshot
// of the README (docs/workspace.png) is taken here.
// (the functions given to page.evaluate run in the browser: the DOM's types)
/// <reference lib="dom" />
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server/listen.js";
import { planDir, ROOT, removeDir, serve } from "../server/helpers.js";
import { CHROMIUM, HAVE_CHROMIUM, launchChromium } from "./chromium.js";

const HAVE_CLIENT = existsSync(join(ROOT, "dist", "client", "editor.js"));
const PLAN = "quang-minh-2024.yaml";
const SUMMARY = "Thực hiện công tác giảm nghèo và an sinh xã hội năm 2024";
const WAIT_MS = 10_000;

if (!HAVE_CHROMIUM) console.warn(`test/e2e/workspace.test.ts skipped: ${CHROMIUM} not found`);
if (!HAVE_CLIENT) console.warn("test/e2e/workspace.test.ts skipped: run npm run build first");

interface EditorHandle {
  state: {
    doc: { toString(): string; lineAt(pos: number): { number: number } };
    selection: { main: { head: number } };
  };
  dispatch(spec: unknown): void;
  focus(): void;
}

describe.skipIf(!HAVE_CHROMIUM || !HAVE_CLIENT)("the workspace in Chromium", () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const planFile = () => join(dir, PLAN);

  /** Puts the cursor just after the first occurrence of `text` in the editor. */
  const cursorAfter = (text: string) =>
    page.evaluate((t) => {
      const view = (window as unknown as { khEditor: EditorHandle }).khEditor;
      const at = view.state.doc.toString().indexOf(t);
      if (at < 0) throw new Error(`${t} not in the editor`);
      view.dispatch({ selection: { anchor: at + t.length } });
      view.focus();
    }, text);
  const editorText = () =>
    page.evaluate(() =>
      (window as unknown as { khEditor: EditorHandle }).khEditor.state.doc.toString(),
    );
  const cursorLine = () =>
    page.evaluate(() => {
      const { state } = (window as unknown as { khEditor: EditorHandle }).khEditor;
      return state.doc.lineAt(state.selection.main.head).number;
    });

  beforeAll(async () => {
    dir = planDir("kehoach-ws-");
    server = await serve(dir);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on("console", (msg) => {
      // the conflict is a 409 answer, which the browser logs
      if (msg.type() === "error" && !/status of 409/.test(msg.text())) problems.push(msg.text());
    });
    page.on("pageerror", (err) => problems.push(err.message));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) removeDir(dir);
  });

  it("opens the plan in the editor beside its document", async () => {
    await page.goto(`${server.url}edit/${PLAN}`);
    await page.waitForSelector("body.kh-ws-ready .cm-content");
    expect(await editorText()).toBe(readFileSync(planFile(), "utf8"));
    expect(await page.locator("#kh-ws-doc .t-title-summary").textContent()).toBe(SUMMARY);
    expect(await page.locator("#kh-ws-state").textContent()).toBe("Đã lưu");
    // YAML highlighting: keys and values in their own spans
    expect(await page.locator(".cm-content .cm-line span").count()).toBeGreaterThan(20);
  });

  it("updates the document as the official types, without saving", async () => {
    const before = readFileSync(planFile(), "utf8");
    await cursorAfter(`summary: ${SUMMARY}`);
    await page.keyboard.type(" (bản sửa)");
    await page.waitForFunction(
      (text) => document.querySelector("#kh-ws-doc .t-title-summary")?.textContent === text,
      `${SUMMARY} (bản sửa)`,
      { timeout: WAIT_MS },
    );
    expect(await page.locator("#kh-ws-state").textContent()).toBe("Chưa lưu");
    expect(readFileSync(planFile(), "utf8")).toBe(before);
  });

  it("completes keys from the plan schema", async () => {
    await cursorAfter("  issuing_body_short: UBND phường Quảng Minh");
    await page.keyboard.press("Enter");
    await page.keyboard.type("unit_k");
    await page.keyboard.press("Control+Space");
    const options = page.locator(".cm-tooltip-autocomplete li");
    await expect.poll(() => options.allTextContents(), { timeout: WAIT_MS }).toContain("unit_kind");
    await page.keyboard.press("Escape");
    // the line taken away again: the plan as it was
    await page.evaluate(() => {
      const view = (window as unknown as { khEditor: EditorHandle }).khEditor;
      const at = view.state.doc.toString().indexOf("\n  unit_k\n");
      view.dispatch({ changes: { from: at, to: at + "\n  unit_k".length } });
    });
    expect(await editorText()).not.toContain("unit_k\n");
    await page.waitForSelector("#kh-ws-list .kh-ws-ok", { timeout: WAIT_MS });
    // and the pointer on a key shows its description
    // (the line found again at each try: on a busy machine the editor may still be moving its lines
    // after the edit, and a pointer placed once can land on the line above; moved only when the line
    // did, since each move restarts the editor's hover delay)
    const key = page.locator(".cm-line", { hasText: "issuing_body_short:" }).first();
    let at = "";
    const pointAtKey = async () => {
      const box = await key.boundingBox();
      if (!box) throw new Error("no line issuing_body_short");
      const [x, y] = [box.x + 40, box.y + box.height / 2];
      if (`${x},${y}` !== at) await page.mouse.move(x, y);
      at = `${x},${y}`;
      return box;
    };
    await expect
      .poll(
        async () => {
          await pointAtKey();
          return page.locator(".kh-ws-hover").textContent();
        },
        { timeout: WAIT_MS },
      )
      .toContain("Tên viết tắt của cơ quan ban hành");
    const box = await pointAtKey();
    await page.mouse.move(box.x + 900, box.y + 400);
  });

  it("underlines and lists an error as it is typed; a click moves to its line", async () => {
    await cursorAfter("  period: 2024");
    await page.keyboard.type("x");
    const line = (await editorText()).split("\n").indexOf("  period: 2024x") + 1;
    const item = page.locator(`#kh-ws-list .kh-diag.kh-sev-error[data-line="${line}"]`).first();
    await item.waitFor({ timeout: WAIT_MS });
    await page.waitForSelector(".cm-lintRange-error", { timeout: WAIT_MS });
    expect(await page.locator(".cm-lintRange-error").first().textContent()).toContain("2024x");
    expect(await item.locator(".kh-msg").textContent()).toMatch(/năm|số/);
    expect(await page.locator("#kh-ws-status .kh-status").textContent()).toMatch(/lỗi/);
    // the last good document stays, marked stale; downloads are off, with the reason
    expect(await page.locator("#kh-ws-doc.kh-stale .t-title-summary").count()).toBe(1);
    expect(await page.locator("#kh-ws-downloads button[disabled]").count()).toBe(2);

    await cursorAfter("kehoach: 1");
    expect(await cursorLine()).not.toBe(line);
    await item.click();
    expect(await cursorLine()).toBe(line);
    mkdirSync(join(ROOT, "docs"), { recursive: true });
    await page.screenshot({ path: join(ROOT, "docs", "workspace.png") });

    await cursorAfter("  period: 2024x");
    await page.keyboard.press("Backspace");
    await page.waitForSelector("#kh-ws-list .kh-ws-ok", { timeout: WAIT_MS });
    expect(await page.locator(".cm-lintRange-error").count()).toBe(0);
    expect(await page.locator("#kh-ws-doc.kh-stale").count()).toBe(0);
  });

  it("saves with Ctrl+S: the file on disk has the change", async () => {
    await page.keyboard.press("Control+s");
    await expect.poll(() => page.locator("#kh-ws-state").textContent()).toBe("Đã lưu");
    const disk = readFileSync(planFile(), "utf8");
    expect(disk).toContain(`summary: ${SUMMARY} (bản sửa)`);
    expect(disk).toBe(await editorText());
  });

  it("offers the choice when the file changed on disk meanwhile, and loses nothing", async () => {
    await cursorAfter("(bản sửa");
    await page.keyboard.type(" của tôi");
    const theirs = readFileSync(planFile(), "utf8").replace("(bản sửa)", "(sửa ở nơi khác)");
    writeFileSync(planFile(), theirs);
    // told at once (the plan's event stream), asked at the save
    await expect
      .poll(() => page.locator("#kh-ws-state").textContent(), { timeout: WAIT_MS })
      .toMatch(/sửa ở nơi khác|changed elsewhere|vừa được sửa/);
    await page.click("#kh-ws-save");
    const dialog = page.locator("#kh-ws-conflict");
    await dialog.waitFor({ state: "visible", timeout: WAIT_MS });
    expect(readFileSync(planFile(), "utf8")).toBe(theirs);

    // show both: the disk's text beside, read only; the official's text still in the editor
    await dialog.locator('[data-choice="both"]').click();
    expect(await page.locator("#kh-ws-theirs").textContent()).toBe(theirs);
    expect(await editorText()).toContain("(bản sửa của tôi)");
    // keep mine: saved over the version that was shown
    await page.keyboard.press("Control+s");
    await expect.poll(() => page.locator("#kh-ws-state").textContent()).toBe("Đã lưu");
    expect(readFileSync(planFile(), "utf8")).toContain("(bản sửa của tôi)");

    // once more, taking theirs: Ctrl+Z brings the official's text back
    await cursorAfter("(bản sửa của tôi");
    await page.keyboard.type("!");
    const third = readFileSync(planFile(), "utf8").replace("của tôi", "của đồng nghiệp");
    writeFileSync(planFile(), third);
    await page.keyboard.press("Control+s");
    await dialog.waitFor({ state: "visible", timeout: WAIT_MS });
    await dialog.locator('[data-choice="theirs"]').click();
    expect(await editorText()).toBe(third);
    await page.keyboard.press("Control+z");
    const undone = await editorText();
    expect(undone.includes("(bản sửa của tôi!)"), undone.slice(0, 2000)).toBe(true);
  });

  it("takes a change made on disk when nothing is unsaved; autosaves when asked to", async () => {
    await page.keyboard.press("Control+s");
    await expect.poll(() => page.locator("#kh-ws-state").textContent()).toBe("Đã lưu");
    const disk = readFileSync(planFile(), "utf8").replace("(bản sửa của tôi!)", "(bản chung)");
    writeFileSync(planFile(), disk);
    await expect.poll(() => editorText(), { timeout: WAIT_MS }).toBe(disk);
    await page.waitForFunction(
      () =>
        document.querySelector("#kh-ws-doc .t-title-summary")?.textContent?.endsWith("(bản chung)"),
      undefined,
      { timeout: WAIT_MS },
    );

    await page.check("#kh-ws-autosave");
    await cursorAfter("(bản chung");
    await page.keyboard.type(" đã duyệt");
    await expect
      .poll(() => readFileSync(planFile(), "utf8"), { timeout: WAIT_MS })
      .toContain("(bản chung đã duyệt)");
    await expect.poll(() => page.locator("#kh-ws-state").textContent()).toBe("Đã lưu");
    await page.uncheck("#kh-ws-autosave");
  });

  it("makes a new plan from the sample on the index and opens it", async () => {
    await page.goto(server.url);
    await page.click('[data-kh-create="sample"]');
    await page.waitForURL(/\/edit\/ke-hoach-mau-\d{4}\.yaml$/);
    await page.waitForSelector("body.kh-ws-ready .cm-content");
    expect(await editorText()).toContain("kehoach: 1");
    expect(await page.locator("#kh-ws-status .kh-status").textContent()).toBe("hợp lệ");
  });

  it("broke no Content-Security-Policy rule and threw nothing", () => {
    expect(problems.join("\n")).toBe("");
  });
});
