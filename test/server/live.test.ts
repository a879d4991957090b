// Live updates over server-sent events: a change to the plan, to a template folder, a broken plan
// (the last good rendering stays under the errors), and the index.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STANDARDS_DIR } from "../../src/data/standards.js";
import { type RunningServer, startServer } from "../../src/server/listen.js";
import { nextEvent, PREVIEW_WORKER, planDir, RENDER_WORKER, removeDir, serve } from "./helpers.js";

let dir: string;
let server: RunningServer;
let base: string;
const PLAN = "quang-minh-2024.yaml";
const SUMMARY = "Thực hiện công tác giảm nghèo và an sinh xã hội năm 2024";

beforeAll(async () => {
  dir = planDir();
  server = await serve(dir);
  base = server.url.replace(/\/$/, "");
});

afterAll(async () => {
  await server.close();
  removeDir(dir);
});

const planFile = () => join(dir, PLAN);
const events = (q = "lang=vi&draft=plan") => `${base}/events/plan/${PLAN}?${q}`;

describe("live updates", () => {
  it("sends the current view at once, with the token of the page", async () => {
    const page = await (await fetch(`${base}/plan/${PLAN}`)).text();
    const token = /data-kh-token="([^"]+)"/.exec(page)?.[1];
    const first = await nextEvent(events(), () => true);
    expect(first.token).toBe(token);
    expect(first.body).toContain(SUMMARY);
    expect(first.css).toMatch(/^\/_\/css\/[0-9a-f]+\.css$/);
  });

  it("pushes the new rendering when the plan changes", async () => {
    const original = readFileSync(planFile(), "utf8");
    const changed = original.replace(SUMMARY, `${SUMMARY} (sửa lần 1)`);
    expect(changed).not.toBe(original);
    const msg = await nextEvent(events(), (m) => m.body.includes("(sửa lần 1)"), {
      onOpen: () => writeFileSync(planFile(), changed),
    });
    expect(msg.title).toContain("(sửa lần 1)");
    expect(msg.body).not.toContain("kh-stale");
  });

  it("keeps the last good rendering under the errors when the plan breaks, then recovers", async () => {
    const good = readFileSync(planFile(), "utf8");
    const lines = good.split("\n");
    const at = lines.findIndex((l) => l.startsWith("document:"));
    lines.splice(at + 1, 0, "  issuing_body: [unclosed");
    const broken = await nextEvent(events(), (m) => m.body.includes("kh-panel-bad"), {
      onOpen: () => writeFileSync(planFile(), lines.join("\n")),
    });
    expect(broken.body).toMatch(new RegExp(`${PLAN.replace(/\./g, "\\.")}:\\d+:\\d+`));
    expect(broken.body).toContain('<div class="kh-doc kh-stale">');
    expect(broken.body).toContain("(sửa lần 1)");
    expect(broken.body).toContain("bản hợp lệ gần nhất");
    // the error line, numbered, in the YAML excerpt
    expect(broken.body).toMatch(new RegExp(`<span class="kh-ln">\\s*${at + 2}</span>`));

    const fixed = await nextEvent(events(), (m) => !m.body.includes("kh-panel-bad"), {
      onOpen: () => writeFileSync(planFile(), good),
    });
    expect(fixed.body).toContain('<div class="kh-doc">');
  });

  it("pushes a change of a poverty standard's data file", async () => {
    // A data folder of its own: other tests read the package's data/standards meanwhile.
    const dataDir = mkdtempSync(join(tmpdir(), "kehoach-data-"));
    cpSync(STANDARDS_DIR, dataDir, { recursive: true });
    const own = await startServer({
      dir,
      dataDir,
      host: "127.0.0.1",
      port: 0,
      lang: "vi",
      renderWorker: { script: RENDER_WORKER },
      previewWorker: { script: PREVIEW_WORKER },
    });
    const ownEvents = `${own.url.replace(/\/$/, "")}/events/plan/${PLAN}?lang=vi&draft=plan`;
    const id = "thu-nghiem";
    const file = join(dataDir, `${id}.yaml`);
    const standard = readFileSync(join(STANDARDS_DIR, "nd-07-2021.yaml"), "utf8")
      .replace("id: nd-07-2021", `id: ${id}`)
      .replace("name: việc làm }", "name: việc làm (dữ liệu mới) }");
    const good = readFileSync(planFile(), "utf8");
    try {
      const unknown = await nextEvent(ownEvents, (m) => m.body.includes("kh-panel-bad"), {
        onOpen: () =>
          writeFileSync(planFile(), good.replace("standard: nd-07-2021", `standard: ${id}`)),
      });
      expect(unknown.body).toContain(id);
      const msg = await nextEvent(ownEvents, (m) => m.body.includes("việc làm (dữ liệu mới)"), {
        onOpen: () => {
          // renamed into place: a reader never sees half a data file
          writeFileSync(`${file}.tmp`, standard);
          renameSync(`${file}.tmp`, file);
        },
      });
      expect(msg.body).not.toContain("kh-panel-bad");
    } finally {
      writeFileSync(planFile(), good);
      await own.close();
      removeDir(dataDir);
    }
  });

  it("pushes a change of a template folder beside the plans", async () => {
    const msg = await nextEvent(events(), (m) => m.body.includes("BẢN NHÁP THỬ"), {
      onOpen: () => {
        mkdirSync(join(dir, "templates"), { recursive: true });
        writeFileSync(join(dir, "templates", "labels.yaml"), "draftMark: BẢN NHÁP THỬ\n");
      },
    });
    expect(msg.body).toContain("BẢN NHÁP THỬ");
  });

  it("updates an open index when a plan appears", async () => {
    const msg = await nextEvent(
      `${base}/events/index?lang=vi`,
      (m) => m.body.includes("moi.yaml"),
      {
        onOpen: () => writeFileSync(join(dir, "moi.yaml"), readFileSync(planFile())),
      },
    );
    expect(msg.body).toContain('href="/plan/moi.yaml"');
  });
});
