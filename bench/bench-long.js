// Issue 12: a long plan costs time linear in its length. The body of quang-minh repeated to make a
// plan of about 30 pages and one of about 300; whole-process PDF of each, and the ratio of the two
// (≤ 10×, as ten times the pages may cost ten times the time).
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";

export default async function benchLong({ root, bin, work, record, skip, timeCommand, has }) {
  const plan = parse(readFileSync(join(root, "plans", "quang-minh-2024.yaml"), "utf8"));
  const made = {};
  for (const [name, times] of [
    ["short", 4],
    ["long", 40],
  ]) {
    const file = join(work, `long-${name}.yaml`);
    writeFileSync(
      file,
      stringify({ ...plan, sections: Array.from({ length: times }, () => plan.sections).flat() }),
    );
    const out = join(work, `long-${name}`);
    const ms = timeCommand("node", [bin, "render", file, "--format", "pdf", "--out", out], 2);
    const pdf = join(out, `long-${name}.pdf`);
    const pages = has("pdfinfo")
      ? /Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout)?.[1]
      : undefined;
    made[name] = ms;
    record(
      `kehoach render of quang-minh's body ×${times} (${pages ?? "?"} pages) --format pdf`,
      ms,
    );
  }
  if (made.short && made.long)
    record("ratio: ~300-page PDF / ~30-page PDF (whole process)", made.long / made.short, 10, "×");
  else skip("long-plan ratio not measured");
}
