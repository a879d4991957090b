// kehoach new as an official runs it: the file beside the old one, the year in its name, never over
// an existing file; then kehoach diff between the two years.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { nextName } from "../../src/cli/new-plan.js";
import { kehoach } from "../cli/run.js";

const dir = mkdtempSync(join(tmpdir(), "kehoach-new-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("kehoach new", () => {
  mkdirSync(join(dir, "plans"));
  mkdirSync(join(dir, "schemas"));
  copyFileSync("plans/quang-minh-2024.yaml", join(dir, "plans", "quang-minh-2024.yaml"));
  copyFileSync("schemas/plan.schema.json", join(dir, "schemas", "plan.schema.json"));

  it("writes next year's plan beside the old one and says what to do next", () => {
    const r = kehoach(["new", "--from", "plans/quang-minh-2024.yaml", "--year", "2025"], {}, dir);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Đã tạo plans/quang-minh-2025.yaml: kế hoạch 2025");
    expect(r.stdout).toContain("Số hộ đầu kỳ (cuối năm 2024): hộ nghèo 13, hộ cận nghèo 29.");
    expect(r.stdout).toContain('9 chỗ cần xem lại (tìm "XEM LẠI")');
    const text = readFileSync(join(dir, "plans", "quang-minh-2025.yaml"), "utf8");
    expect(text).toBe(readFileSync("test/golden/plan-next/quang-minh-2025.yaml", "utf8"));
    const v = kehoach(["validate", "plans/quang-minh-2025.yaml"], {}, dir);
    expect(v.status).toBe(0);
  });

  it("never overwrites, and prints to the terminal with --out -", () => {
    const again = kehoach(["new", "--from", "plans/quang-minh-2024.yaml"], {}, dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("plans/quang-minh-2025.yaml đã có");
    const out = kehoach(["new", "--from", "plans/quang-minh-2024.yaml", "--out", "-"], {}, dir);
    expect(out.status).toBe(0);
    expect(out.stdout).toBe(readFileSync(join(dir, "plans", "quang-minh-2025.yaml"), "utf8"));
  });

  it("points the schema line at the schema from wherever the new plan goes", () => {
    const r = kehoach(
      ["new", "--from", "plans/quang-minh-2024.yaml", "--out", "nam-sau/qm.yaml", "--json"],
      {},
      dir,
    );
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { file: string; period: unknown; reviews: number };
    expect(report).toMatchObject({ file: "nam-sau/qm.yaml", period: { from: 2025, to: 2025 } });
    const first = readFileSync(join(dir, "nam-sau", "qm.yaml"), "utf8").split("\n")[0];
    expect(first).toBe("# yaml-language-server: $schema=../schemas/plan.schema.json");
  });

  it("refuses a wrong year with a usage error, in English with --lang en", () => {
    const early = kehoach(
      ["new", "--from", "plans/quang-minh-2024.yaml", "--year", "2023", "--lang", "en"],
      {},
      dir,
    );
    expect(early.status).toBe(2);
    expect(early.stderr).toContain("must start after the old plan's period");
    expect(early.stderr).toContain("--year 2025");
    const bad = kehoach(["new", "--from", "plans/quang-minh-2024.yaml", "--year", "25"], {}, dir);
    expect(bad.status).toBe(2);
    const none = kehoach(["new"], {}, dir);
    expect(none.status).toBe(2);
    expect(existsSync(join(dir, "plans", "quang-minh-2023.yaml"))).toBe(false);
  });

  it("diff shows what changed from one year to the next", () => {
    const r = kehoach(
      ["diff", "plans/quang-minh-2024.yaml", "plans/quang-minh-2025.yaml"],
      {},
      dir,
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      '~ Trích yếu: "Thực hiện công tác giảm nghèo và an sinh xã hội năm 2024"',
    );
    expect(r.stdout).toContain("  ~ TDP Khả Lý Thượng: 1.011 hộ");
    expect(r.stdout).toContain("hộ nghèo: đầu kỳ 7 (0,69%) → 6 (0,59%); ra khỏi diện 1 → 0");
  });
});

describe("nextName", () => {
  it("moves the year in the file name, or adds one", () => {
    const y2025 = { from: 2025, to: 2025 };
    expect(nextName("plans/quang-minh-2024.yaml", y2025)).toBe("quang-minh-2025.yaml");
    expect(nextName("kh-2022-2025.yml", { from: 2026, to: 2029 })).toBe("kh-2026-2029.yml");
    expect(nextName("ke-hoach.yaml", y2025)).toBe("ke-hoach-2025.yaml");
  });
});
