import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { kehoach } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "kehoach-render-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("kehoach render", () => {
  it("writes the HTML and the document model as JSON", () => {
    const out = join(dir, "build");
    const r = kehoach([
      "render",
      "plans/quang-minh-2024.yaml",
      "--format",
      "html,json",
      "--out",
      out,
    ]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["quang-minh-2024.html", "quang-minh-2024.json"]);
    const html = readFileSync(join(out, "quang-minh-2024.html"), "utf8");
    for (const figure of [
      "0,69",
      "0,10",
      "0,59",
      "2.991",
      "0,57",
      "0,13",
      "0,43",
      "1,47",
      "0,50",
      "0,97",
    ]) {
      expect(html).toContain(`>${figure}<`);
    }
    expect(html).toContain("17,65%");
    const model = JSON.parse(readFileSync(join(out, "quang-minh-2024.json"), "utf8")) as {
      type: string;
    };
    expect(model.type).toBe("document");
  });

  it("writes nothing, and keeps a good earlier output, when the plan has errors", () => {
    const out = join(dir, "keep");
    const plan = join(dir, "plan.yaml");
    copyFileSync("plans/quang-minh-2024.yaml", plan);
    expect(kehoach(["render", plan, "--format", "html", "--out", out]).status).toBe(0);
    const good = readFileSync(join(out, "plan.html"), "utf8");
    writeFileSync(plan, `${readFileSync(plan, "utf8")}\nbogus_key: 1\n`);
    const r = kehoach(["render", plan, "--format", "html", "--out", out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("không tạo được văn bản");
    expect(readFileSync(join(out, "plan.html"), "utf8")).toBe(good);
    expect(readdirSync(out)).toEqual(["plan.html"]);
  });
});
