// kehoach import and render --format xlsx as an official runs them (the built CLI in dist/).
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { kehoach } from "../cli/run.js";

const dir = mkdtempSync(join(tmpdir(), "kehoach-import-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const plan = join(dir, "quang-minh-2024.yaml");
copyFileSync("plans/quang-minh-2024.yaml", plan);
const original = readFileSync(plan, "utf8");

describe("kehoach import", () => {
  it("refuses a table with a bad cell, names it, and leaves the plan alone", () => {
    const csv = join(dir, "bad.csv");
    writeFileSync(csv, "Tên đơn vị,Tổng số hộ,Hộ cận nghèo\nTDP Kẽ,254,bốn\n");
    const r = kehoach(["import", csv, "--into", plan], {}, dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("bad.csv, ô bad!C2 (cột “Hộ cận nghèo”): “bốn” không phải số đếm.");
    expect(r.stderr).toContain("không thay đổi gì vì tệp số liệu còn lỗi");
    expect(readFileSync(plan, "utf8")).toBe(original);
  });

  it("merges a good table and reports in English with --lang en", () => {
    const csv = join(dir, "good.csv");
    writeFileSync(csv, "Tên đơn vị,Tổng số hộ,Hộ cận nghèo\nTDP Kẽ,254,5\n");
    const r = kehoach(["import", csv, "--into", plan, "--lang", "en"], {}, dir);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('  ~ TDP Kẽ (cell good!A2): households in "hộ cận nghèo" 4 → 5');
    expect(r.stdout).toContain(
      '  Σ Totals (statistics.totals): households in "hộ cận nghèo" 44 → 45',
    );
    expect(readFileSync(plan, "utf8")).toBe(
      original
        .replace(
          "near_poor: { households: 4, exits: 1 }\n  totals",
          "near_poor: { households: 5, exits: 1 }\n  totals",
        )
        .replace(
          "      near_poor:\n        households: 44",
          "      near_poor:\n        households: 45",
        ),
    );
  });

  it("answers in JSON with --json, and writes nothing when nothing changes", () => {
    const csv = join(dir, "good.csv");
    const r = kehoach(["import", csv, "--into", plan, "--json"], {}, dir);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      ok: boolean;
      written: boolean;
      report: { units: unknown[] };
    };
    expect(out).toMatchObject({ ok: true, written: false });
    expect(out.report.units).toEqual([
      { name: "TDP Kẽ", status: "unchanged", cell: "good!A2", changes: [] },
    ]);
  });

  it("renders the tables to a workbook", () => {
    const r = kehoach(["render", plan, "--format", "xlsx", "--out", dir], {}, dir);
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, "quang-minh-2024.xlsx"))).toBe(true);
  });
});
