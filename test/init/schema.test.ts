// kehoach schema: a plan copied to another folder gets its first line back, pointing at the
// repository's schema from where it now lies; --path says where the schema is.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { withSchemaLine } from "../../src/cli/schema.js";
import { kehoach } from "../cli/run.js";

const dir = realpathSync(mkdtempSync(join(tmpdir(), "kehoach-schema-")));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("kehoach schema", () => {
  mkdirSync(join(dir, "schemas"));
  mkdirSync(join(dir, "plans", "2025", "phuong"), { recursive: true });
  copyFileSync("schemas/plan.schema.json", join(dir, "schemas", "plan.schema.json"));
  const original = readFileSync("plans/quang-minh-2024.yaml", "utf8");
  const moved = join(dir, "plans", "2025", "phuong", "quang-minh.yaml");
  writeFileSync(moved, original);

  it("points a moved plan's first line at the repository's schema, the rest untouched", () => {
    const r = kehoach(["schema", "plans/2025/phuong/quang-minh.yaml"], {}, dir);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      "plans/2025/phuong/quang-minh.yaml: $schema=../../../schemas/plan.schema.json\n",
    );
    const text = readFileSync(moved, "utf8");
    expect(text.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../../../schemas/plan.schema.json",
    );
    expect(text.slice(text.indexOf("\n"))).toBe(original.slice(original.indexOf("\n")));
    const again = kehoach(["schema", "plans/2025/phuong/quang-minh.yaml"], {}, dir);
    expect(again.stdout).toContain("(đã đúng)");
  });

  it("--path prints the repository's schema", () => {
    const r = kehoach(["schema", "--path"], {}, join(dir, "plans"));
    expect(r.stdout.trim()).toBe(join(dir, "schemas", "plan.schema.json"));
  });

  it("adds the line to a plan that has none, after a byte-order mark", () => {
    expect(withSchemaLine("\uFEFFkehoach: 1\n", "./s.json")).toBe(
      "\uFEFF# yaml-language-server: $schema=./s.json\nkehoach: 1\n",
    );
    expect(
      withSchemaLine("# yaml-language-server: $schema=old.json\r\nkehoach: 1\r\n", "new.json"),
    ).toBe("# yaml-language-server: $schema=new.json\r\nkehoach: 1\r\n");
  });
});
