// new and diff on statistics that are not about poverty: they speak of the plan's own unit of count
// (hồ sơ) and of decreases, never of households leaving poverty.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { kehoach } from "../cli/run.js";

const FIXTURE = "test/fixtures/chuyen-doi-so-2026.yaml";
const dir = mkdtempSync(join(tmpdir(), "kehoach-count-unit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a plan counted in hồ sơ", () => {
  it("diff names the unit of count, in both languages", () => {
    const after = join(dir, "sau.yaml");
    writeFileSync(
      after,
      readFileSync(FIXTURE, "utf8")
        .replace("households: 1200", "households: 1300")
        .replace("truc_tuyen: { households: 600,", "truc_tuyen: { households: 650,"),
    );
    const vi = kehoach(["diff", FIXTURE, after]);
    expect(vi.status).toBe(0);
    expect(vi.stdout).toContain("  ~ Tư pháp - Hộ tịch: 1.200 → 1.300 hồ sơ\n");
    expect(vi.stdout).not.toMatch(/ hộ\b|ra khỏi diện/u);
    const en = kehoach(["diff", FIXTURE, after, "--lang", "en"]);
    expect(en.stdout).toContain("  ~ Total: 2,000 → 2,100 hồ sơ\n");
    expect(en.stdout).not.toContain("households");
  });

  it("new asks for the new figures without speaking of households or poverty", () => {
    const r = kehoach(["new", "--from", FIXTURE, "--out", join(dir, "nam-sau.yaml")]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Số đầu kỳ (cuối năm 2026): hồ sơ trực tuyến 1600.");
    expect(r.stdout).toContain("ghi số dự kiến giảm (exits) hoặc tăng thêm (entries)");
    expect(r.stdout).not.toMatch(/hộ|ra khỏi diện/u);
  });
});
