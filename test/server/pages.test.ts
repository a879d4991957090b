// The preview server over HTTP: index, plan page, stylesheet and fonts, downloads, diagnostics.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server/listen.js";
import { EXAMPLES, planDir, removeDir, serve } from "./helpers.js";

let dir: string;
let server: RunningServer;
let base: string;

beforeAll(async () => {
  dir = planDir();
  server = await serve(dir);
  base = server.url.replace(/\/$/, "");
});

afterAll(async () => {
  await server.close();
  removeDir(dir);
});

async function get(path: string): Promise<{ status: number; text: string; res: Response }> {
  const res = await fetch(base + path);
  return { status: res.status, text: await res.text(), res };
}

describe("index", () => {
  it("lists the example plans with status, period and issuing body", async () => {
    const { status, text } = await get("/");
    expect(status).toBe(200);
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(5);
    for (const f of EXAMPLES) expect(text).toContain(`href="/plan/${f}"`);
    expect(text.match(/kh-status kh-ok">hợp lệ</g)).toHaveLength(EXAMPLES.length);
    expect(text).toContain("Ủy ban nhân dân phường Quảng Minh");
    expect(text).toContain("Ủy ban nhân dân thành phố Long Khánh");
    expect(text).toContain("<td>2024</td>");
    expect(text).toContain("Các kế hoạch trong plans/");
  });

  it("speaks English with ?lang=en and keeps the language in its links", async () => {
    const { text } = await get("/?lang=en");
    expect(text).toContain('<html lang="en">');
    expect(text).toContain("Plans in plans/");
    expect(text.match(/>valid</g)).toHaveLength(EXAMPLES.length);
    expect(text).toContain('href="/plan/quang-minh-2024.yaml?lang=en"');
  });

  it("counts errors and warnings of a broken plan", async () => {
    writeFileSync(join(dir, "broken.yaml"), "kehoach: 1\ndocument: [\n");
    const { text } = await get("/");
    expect(text).toContain('href="/plan/broken.yaml"');
    expect(text).toMatch(/kh-status kh-bad">\d+ lỗi</);
  });
});

describe("plan page", () => {
  it("shows the rendering with an external stylesheet and the live script, no inline script", async () => {
    const { status, text, res } = await get("/plan/quang-minh-2024.yaml");
    expect(status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(text).toContain("KẾ HOẠCH");
    expect(text).toContain("Thực hiện công tác giảm nghèo và an sinh xã hội năm 2024");
    expect(text).toMatch(/<table class="data" id="tbl-1">/);
    expect(text).toContain('class="kh-panel"');
    expect(text).toContain('href="/download/docx/quang-minh-2024.yaml"');
    expect(text).toContain('href="/download/pdf/quang-minh-2024.yaml"');
    expect(text).not.toMatch(/<style/);
    const scripts = text.match(/<script[^>]*>/g) ?? [];
    // the view toggle's (in the head, not deferred: the remembered view from the first paint)
    // and the live updates'
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toMatch(/^<script src="\/_\/view\.js\?v=[0-9a-f]+">$/);
    expect(scripts[1]).toMatch(/^<script src="\/_\/live\.js\?v=[0-9a-f]+" defer>$/);
    expect(text).toContain(
      'data-kh-events="/events/plan/quang-minh-2024.yaml?lang=vi&amp;draft=plan"',
    );
  });

  it("serves the plan's stylesheet with the Tinos fonts, and the fonts themselves", async () => {
    const { text } = await get("/plan/quang-minh-2024.yaml");
    const href = /<link rel="stylesheet" href="([^"]+)" data-kh-doc>/.exec(text)?.[1];
    expect(href).toMatch(/^\/_\/css\/[0-9a-f]+\.css$/);
    const css = await get(href ?? "");
    expect(css.status).toBe(200);
    expect(css.res.headers.get("content-type")).toMatch(/^text\/css/);
    expect(css.text).toContain("@font-face");
    const fonts = [...css.text.matchAll(/url\("([^"]+\.woff)"\)/g)].map((m) => m[1] ?? "");
    expect(fonts).toHaveLength(4);
    for (const font of fonts) {
      const res = await fetch(base + font);
      expect(res.status, font).toBe(200);
      expect(res.headers.get("content-type")).toBe("font/woff");
      expect(
        Buffer.from(await res.arrayBuffer())
          .subarray(0, 4)
          .toString("latin1"),
      ).toBe("wOFF");
    }
    for (const asset of ["/_/app.css", "/_/live.js"]) expect((await get(asset)).status).toBe(200);
  });

  it("toggles the draft mark", async () => {
    const draft = await get("/plan/quang-minh-2024.yaml");
    expect(draft.text).toContain('<main class="document draft">');
    expect(draft.text).toContain('href="/plan/quang-minh-2024.yaml?draft=0"');
    const final = await get("/plan/quang-minh-2024.yaml?draft=0");
    expect(final.text).toContain('<main class="document">');
    expect(final.text).not.toContain("DỰ THẢO</span>");
    expect(final.text).toContain('href="/plan/quang-minh-2024.yaml?draft=1"');
    expect(final.text).toContain('href="/download/pdf/quang-minh-2024.yaml?draft=0"');
  });

  it("shows each diagnostic with file:line:col and the YAML lines around it", async () => {
    const text = [
      "kehoach: 1",
      "document:",
      "  issuing_body: Ủy ban nhân dân phường A",
      "  unit_kind: phường",
      "  bogus_key: 1",
      "  locality: A",
      "",
    ].join("\n");
    writeFileSync(join(dir, "diag.yaml"), text);
    const page = await get("/plan/diag.yaml");
    expect(page.status).toBe(200);
    expect(page.text).toContain("kh-panel kh-panel-bad");
    expect(page.text).toMatch(/<code class="kh-where">diag\.yaml:\d+:\d+<\/code>/);
    expect(page.text).toContain('<pre class="kh-frame">');
    expect(page.text).toContain("bogus_key");
    expect(page.text).toContain("Chưa có bản hợp lệ nào để hiển thị");
    const en = await get("/plan/diag.yaml?lang=en");
    expect(en.text).toContain("No valid version to show yet");
  });
});

describe("downloads", () => {
  it("returns a DOCX (zip) and a PDF, rendered on request and cached", async () => {
    const docx = await fetch(`${base}/download/docx/quang-minh-2024.yaml`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-type")).toContain("wordprocessingml");
    expect(docx.headers.get("content-disposition")).toContain('filename="quang-minh-2024.docx"');
    const docxBytes = Buffer.from(await docx.arrayBuffer());
    expect(docxBytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

    const pdf = await fetch(`${base}/download/pdf/quang-minh-2024.yaml`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const pdfBytes = Buffer.from(await pdf.arrayBuffer());
    expect(pdfBytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const again = Buffer.from(
      await (await fetch(`${base}/download/pdf/quang-minh-2024.yaml`)).arrayBuffer(),
    );
    expect(again.equals(pdfBytes)).toBe(true);
  });

  it("refuses to make a document of a plan with errors", async () => {
    writeFileSync(join(dir, "bad.yaml"), "kehoach: 1\n");
    const res = await fetch(`${base}/download/docx/bad.yaml`);
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("đang có lỗi");
  });
});
