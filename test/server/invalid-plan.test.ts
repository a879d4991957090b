// Issue 14, point 7: what the preview shows of an invalid plan. The index still names its issuing
// body and period when those parts are well formed; the download buttons are disabled, with the
// reason; the excerpts of the YAML use monospace fonts that have every Vietnamese letter.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_CSS, MONO_FONTS } from "../../src/server/client.js";
import type { RunningServer } from "../../src/server/listen.js";
import { planDir, removeDir, serve } from "./helpers.js";

const PLAN = "quang-minh-2024.yaml";

describe("an invalid plan in the preview", () => {
  let dir: string;
  let server: RunningServer;

  beforeAll(async () => {
    dir = planDir("kehoach-invalid-");
    const text = readFileSync(join(dir, PLAN), "utf8");
    // an error far from the document part: the statistics say "many" households
    const broken = text.replace(/^(\s+households:) \d+$/m, "$1 nhiều");
    expect(broken).not.toBe(text);
    writeFileSync(join(dir, PLAN), broken);
    server = await serve(dir);
  });
  afterAll(async () => {
    await server?.close();
    removeDir(dir);
  });

  it("shows the body and period of an invalid plan on the index", async () => {
    const html = await (await fetch(server.url)).text();
    const row = html.split("<tr>").find((r) => r.includes(`href="/plan/${PLAN}"`)) ?? "";
    expect(row).toContain("kh-bad");
    expect(row).toContain("<td>Ủy ban nhân dân phường Quảng Minh</td>");
    expect(row).toContain("<td>2024</td>");
    expect(row).toContain("Thực hiện công tác giảm nghèo và an sinh xã hội năm 2024");
  });

  it("disables the download buttons, with the reason", async () => {
    const html = await (await fetch(`${server.url}plan/${PLAN}`)).text();
    expect(html).not.toContain(`href="/download/docx/${PLAN}"`);
    const disabled = html.match(
      /<button type="button" class="kh-btn kh-dl" disabled title="[^"]+"/g,
    );
    expect(disabled).toHaveLength(2);
    expect(disabled?.[0]).toContain("Kế hoạch đang có lỗi nên chưa tải DOCX được");
    expect(html).toContain(
      '<span class="kh-dl-why" id="kh-dl-why">Có lỗi: sửa xong mới tải được</span>',
    );
    // a valid plan keeps its links
    const valid = await (await fetch(`${server.url}plan/pho-minh-2024.yaml`)).text();
    expect(valid).toContain('href="/download/docx/pho-minh-2024.yaml"');
    expect(valid).not.toContain("kh-dl-why");
  });

  it("sets the excerpts in fonts with every Vietnamese letter, first in the list", () => {
    expect(MONO_FONTS.split(",")[0]).toBe('"Liberation Mono"');
    expect(MONO_FONTS).not.toContain("ui-monospace");
    expect(APP_CSS).toContain(`.kh-where, .kh-frame { font-family: ${MONO_FONTS}; }`);
    expect(APP_CSS).not.toMatch(/ui-monospace/);
  });
});
