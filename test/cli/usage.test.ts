import { describe, expect, it } from "vitest";
import { kehoach } from "./run.js";

describe("usage", () => {
  it("prints help in Vietnamese, and in English with --lang en", () => {
    const vi = kehoach(["--help"]);
    expect(vi.status).toBe(0);
    expect(vi.stdout).toContain("kiểm tra kế hoạch");
    const en = kehoach(["--help", "--lang", "en"]);
    expect(en.stdout).toContain("check plans");
  });

  it("prints the version", () => {
    const r = kehoach(["--version"]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("exits 2 on a usage error, in the official's language, without a stack trace", () => {
    for (const args of [
      ["frobnicate"],
      ["validate"],
      ["render", "a.yaml", "--format", "odt"],
      ["validate", "--bogus", "x"],
    ]) {
      const r = kehoach(args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(kehoach(["frobnicate"]).stderr).toContain('Không có lệnh "frobnicate"');
    expect(kehoach(["frobnicate", "--lang", "en"]).stderr).toContain('No command "frobnicate"');
  });

  it("reports a missing file as a diagnostic, not a crash", () => {
    const r = kehoach(["validate", "plans/khong-co.yaml"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("plans/khong-co.yaml");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
