// The README's tour of the spec is a real plan: it must stay valid as the spec evolves.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { runPipeline } from "../src/pipeline.js";

it("the README's example plan validates and renders its computed rate", () => {
  const readme = readFileSync("README.md", "utf8");
  const yaml = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(yaml).toBeDefined();
  const dir = mkdtempSync(join(tmpdir(), "kehoach-readme-"));
  const file = join(dir, "tour.yaml");
  writeFileSync(file, yaml ?? "");
  const result = runPipeline(file);
  rmSync(dir, { recursive: true, force: true });
  expect(result.diagnostics).toEqual([]);
  expect(JSON.stringify(result.model)).toContain("giảm còn 0,59%");
});

it("the README runs kehoach as a command on PATH (npm link), said in Vietnamese first", () => {
  const readme = readFileSync("README.md", "utf8");
  const setup = readme.slice(
    readme.indexOf("## Cài đặt và dùng"),
    readme.indexOf("## The command line"),
  );
  const steps = /```sh\n([\s\S]*?)```/.exec(setup)?.[1]?.trim().split("\n");
  // npm ci, then npm link once, then kehoach itself: npx resolves the package tree at every call
  expect(steps).toEqual([
    "npm ci",
    "npm link --ignore-scripts",
    "kehoach render plans/quang-minh-2024.yaml",
  ]);
  const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { bin: Record<string, string> };
  expect(pkg.bin.kehoach).toBe("bin/kehoach.js"); // what npm link puts on PATH
  const vi = setup.indexOf("`npm link` chỉ chạy một lần");
  const en = setup.indexOf("`npm link` is run once");
  expect(vi).toBeGreaterThan(0);
  expect(en).toBeGreaterThan(vi);
  expect(setup).toContain("npm run bench");
});

it("the README tells the page view and the drop import, in Vietnamese first", () => {
  const readme = readFileSync("README.md", "utf8");
  const part = readme.slice(
    readme.indexOf("## Soạn thảo trong trình duyệt"),
    readme.indexOf("## Nhập số liệu từ Excel"),
  );
  const vi = part.indexOf("**Xem theo trang.**");
  const en = part.indexOf("**Page view.**");
  expect(vi).toBeGreaterThan(0);
  expect(en).toBeGreaterThan(vi);
  // the marker the page view draws is the one the README names
  expect(part).toContain("— hết trang N —");
  const drop = part.indexOf("**Thả tệp Excel để nhập số liệu.**");
  expect(drop).toBeGreaterThan(0);
  expect(part.indexOf("**Drop import:**")).toBeGreaterThan(drop);
});
