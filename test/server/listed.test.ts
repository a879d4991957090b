// Issue 15, point 7: the preview served dot-files, dot-folders and templates/ YAML by URL although
// the index hid them. One rule (src/edge/plan-files.ts) now decides both: a path is served by every
// route exactly when the index lists it.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPlanPath } from "../../src/edge/plan-files.js";
import type { RunningServer } from "../../src/server/listen.js";
import { listPlans } from "../../src/server/paths.js";
import { PLANS, planDir, rawGet, removeDir, serve } from "./helpers.js";

const LISTED = ["2024/xa.yaml", "Hoa.YML", "quang-minh-2024.yaml"];
const HIDDEN = [
  ".hidden.yaml",
  ".git/plan.yaml",
  ".cu/ban-cu.yaml",
  "2024/.nhap.yaml",
  "2024/.nhap/ke-hoach.yaml",
  "templates/labels.yaml",
  "templates/plan.yaml",
  "2024/templates/labels.yaml",
  "node_modules/x/plan.yaml",
  // a folder reached through a symlink: the listing does not follow it
  "lien-ket/xa.yaml",
];

let dir: string;
let server: RunningServer;

beforeAll(async () => {
  dir = planDir();
  const plan = readFileSync(join(PLANS, "pho-minh-2024.yaml"));
  for (const rel of [...LISTED, ...HIDDEN]) {
    if (rel.startsWith("lien-ket/")) continue;
    mkdirSync(join(dir, rel, ".."), { recursive: true });
    writeFileSync(join(dir, rel), plan);
  }
  symlinkSync(join(dir, "2024"), join(dir, "lien-ket"));
  server = await serve(dir);
});

afterAll(async () => {
  await server.close();
  removeDir(dir);
});

const url = (rel: string) => rel.split("/").map(encodeURIComponent).join("/");

describe("one rule for the index and the URLs", () => {
  it("the index lists the plans and none of the hidden files", async () => {
    const listed = listPlans(dir).map((p) => p.rel);
    for (const rel of LISTED) expect(listed).toContain(rel);
    for (const rel of HIDDEN) expect(listed).not.toContain(rel);
    const index = (await rawGet(server.port, "/")).body.toString("utf8");
    for (const rel of LISTED) expect(index).toContain(`>${rel}</a>`);
    for (const rel of HIDDEN) expect(index).not.toContain(rel);
  });

  it("the rule says the same by name", () => {
    for (const rel of LISTED) expect(isPlanPath(rel.split("/")), rel).toBe(true);
    for (const rel of HIDDEN.filter((r) => !r.startsWith("lien-ket/"))) {
      expect(isPlanPath(rel.split("/")), rel).toBe(false);
    }
  });

  it.each(HIDDEN)("%s is served by no route (404, nothing rendered)", async (rel) => {
    for (const route of ["/plan/", "/events/plan/", "/download/docx/", "/download/pdf/"]) {
      const res = await rawGet(server.port, `${route}${url(rel)}`);
      expect(res.status, `${route}${rel}`).toBe(404);
    }
    expect(server.preview.downloads.rendering).toBe(0);
  });

  it("every plan the index lists is served", async () => {
    for (const ref of listPlans(dir)) {
      const res = await rawGet(server.port, `/plan/${url(ref.rel)}`);
      expect(res.status, ref.rel).toBe(200);
      const events = await rawGet(server.port, `/events/plan/${url(ref.rel)}`, {}, "HEAD");
      expect(events.status, ref.rel).toBe(200);
    }
  });
});
