// The write routes (src/server/write.ts, editor.ts) over HTTP: a save needs the session's token, the
// server's own origin, JSON, a plan file inside the folder and the version it was based on; every
// refusal leaves the file as it was. The preview of unsaved text writes nothing.
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server/listen.js";
import { versionOf } from "../../src/server/write.js";
import { planDir, removeDir, serve } from "./helpers.js";

const PLAN = "quang-minh-2024.yaml";
const SUMMARY = "Thực hiện công tác giảm nghèo và an sinh xã hội năm 2024";

interface Answer {
  status: number;
  json: Record<string, unknown>;
}

describe("write routes", () => {
  let dir: string;
  let outside: string;
  let server: RunningServer;
  let token: string;
  const file = () => join(dir, PLAN);

  /** A POST as written: no header added but Host and Content-Length. */
  const send = (path: string, body: string, headers: Record<string, string>): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const req = request(
        {
          host: "127.0.0.1",
          port: server.port,
          path,
          method: "POST",
          headers: {
            Host: `127.0.0.1:${server.port}`,
            "Content-Length": String(Buffer.byteLength(body)),
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            let json: Record<string, unknown> = {};
            try {
              json = JSON.parse(text);
            } catch {
              json = { raw: text };
            }
            resolve({ status: res.statusCode ?? 0, json });
          });
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  const own = (): Record<string, string> => ({
    "Content-Type": "application/json",
    "X-Kehoach-Token": token,
    Origin: `http://127.0.0.1:${server.port}`,
    "Sec-Fetch-Site": "same-origin",
  });
  const saveBody = (text: string, base = versionOf(readFileSync(file()))) =>
    JSON.stringify({ text, base });

  beforeAll(async () => {
    dir = planDir("kehoach-write-");
    outside = mkdtempSync(join(tmpdir(), "kehoach-outside-"));
    server = await serve(dir);
    const index = await (await fetch(server.url)).text();
    token = /<meta name="kh-token" content="([^"]+)">/.exec(index)?.[1] ?? "";
  });
  afterAll(async () => {
    await server?.close();
    removeDir(dir);
    removeDir(outside);
  });

  it("gives the index and the workspace the session's token, and no other page", async () => {
    expect(token.length).toBeGreaterThanOrEqual(32);
    const edit = await (await fetch(`${server.url}edit/${PLAN}`)).text();
    expect(edit).toContain(`content="${token}"`);
    const plan = await (await fetch(`${server.url}plan/${PLAN}`)).text();
    expect(plan).not.toContain(token);
    const en = await (await fetch(`${server.url}edit/${PLAN}?lang=en`)).text();
    expect(en).toContain("Save (Ctrl+S)");
    expect(edit).toContain("Lưu (Ctrl+S)");
  });

  it("refuses a save without the token, with a wrong one, or from another origin: file unchanged", async () => {
    const before = readFileSync(file(), "utf8");
    const changed = before.replace(SUMMARY, "Sửa bởi trang lạ");
    const cases: [Record<string, string>, number][] = [
      [{ ...own(), "X-Kehoach-Token": "" }, 403],
      [{ ...own(), "X-Kehoach-Token": `${token.slice(1)}x` }, 403],
      [{ ...own(), Origin: "http://evil.example" }, 403],
      [{ ...own(), Origin: "null" }, 403],
      [{ ...own(), "Sec-Fetch-Site": "cross-site" }, 403],
      [{ ...own(), "Sec-Fetch-Site": "same-site" }, 403],
      // a form or a "simple" fetch of another page can only send text/plain, urlencoded or multipart
      [{ ...own(), "Content-Type": "text/plain" }, 415],
    ];
    for (const [headers, status] of cases) {
      const res = await send(`/api/save/${PLAN}`, saveBody(changed), headers);
      expect(res.status, JSON.stringify(headers)).toBe(status);
      expect(typeof res.json.error).toBe("string");
    }
    const { "X-Kehoach-Token": _, ...noToken } = own();
    expect((await send(`/api/save/${PLAN}`, saveBody(changed), noToken)).status).toBe(403);
    expect(readFileSync(file(), "utf8")).toBe(before);
  });

  it("says why in the official's words", async () => {
    const res = await send(`/api/save/${PLAN}`, saveBody("x"), { ...own(), Origin: "http://a.b" });
    expect(res.json.error).toBe(
      "Yêu cầu ghi bị từ chối: chỉ trang của chính máy chủ này mới được ghi tệp.",
    );
  });

  it("saves with the token from the server's own page, atomically", async () => {
    const before = readFileSync(file(), "utf8");
    const text = before.replace(SUMMARY, `${SUMMARY} (đã lưu)`);
    const res = await send(`/api/save/${PLAN}`, saveBody(text), own());
    expect(res.status).toBe(200);
    expect(res.json.version).toBe(versionOf(text));
    expect(readFileSync(file(), "utf8")).toBe(text);
  });

  it("answers a save over a changed file with the disk's text, and writes nothing", async () => {
    const opened = readFileSync(file(), "utf8");
    const base = versionOf(opened);
    const theirs = opened.replace("(đã lưu)", "(sửa ở nơi khác)");
    writeFileSync(file(), theirs);
    const res = await send(`/api/save/${PLAN}`, saveBody(`${opened}# của tôi\n`, base), own());
    expect(res.status).toBe(409);
    expect(res.json).toMatchObject({ conflict: true, theirs, version: versionOf(theirs) });
    expect(readFileSync(file(), "utf8")).toBe(theirs);
    // keeping one's own: a save based on the version shown
    const mine = `${opened}# của tôi\n`;
    const again = await send(`/api/save/${PLAN}`, saveBody(mine, versionOf(theirs)), own());
    expect(again.status).toBe(200);
    expect(readFileSync(file(), "utf8")).toBe(mine);
  });

  it("writes only plan files inside the folder, symlinks followed, and not too large", async () => {
    writeFileSync(join(outside, "secret.yaml"), "kehoach: 1\n");
    symlinkSync(join(outside, "secret.yaml"), join(dir, "link.yaml"));
    writeFileSync(join(dir, "notes.txt"), "ghi chú\n");
    const body = (base: string) => JSON.stringify({ text: "bị ghi đè\n", base });
    for (const path of [
      "/api/save/link.yaml",
      "/api/save/notes.txt",
      "/api/save/..%2Foutside.yaml",
      "/api/save/%2e%2e/secret.yaml",
      "/api/save/missing.yaml",
    ]) {
      const res = await send(path, body(versionOf("kehoach: 1\n")), own());
      expect(res.status, path).toBe(404);
    }
    expect(readFileSync(join(outside, "secret.yaml"), "utf8")).toBe("kehoach: 1\n");
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("ghi chú\n");

    const before = readFileSync(file(), "utf8");
    const huge = "#".repeat(2 * 1024 * 1024 + 10);
    const res = await send(`/api/save/${PLAN}`, saveBody(huge), own());
    expect(res.status).toBe(413);
    // a body beyond any plan is refused before it is read
    const larger = await send(`/api/save/${PLAN}`, saveBody("#".repeat(5 * 1024 * 1024)), own());
    expect(larger.status).toBe(413);
    expect(readFileSync(file(), "utf8")).toBe(before);
  });

  it("previews unsaved text without writing it: diagnostics with their lines", async () => {
    const before = readFileSync(file(), "utf8");
    const broken = before.replace(/^ {2}period: 2024$/m, "  period: hai nghìn");
    const res = await send(`/api/preview/${PLAN}`, JSON.stringify({ text: broken }), own());
    expect(res.status).toBe(200);
    const marks = res.json.marks as { line: number; severity: string; message: string }[];
    const line = broken.split("\n").findIndex((l) => l.includes("hai nghìn")) + 1;
    expect(marks.some((m) => m.line === line && m.severity === "error")).toBe(true);
    expect(res.json.stale).toBe(true);
    expect(res.json.downloads).toContain("disabled");
    expect(readFileSync(file(), "utf8")).toBe(before);
    // and the preview route is a write route: the same checks
    const bad = await send(`/api/preview/${PLAN}`, JSON.stringify({ text: broken }), {
      ...own(),
      Origin: "http://evil.example",
    });
    expect(bad.status).toBe(403);
  });

  it("imports a dropped file's figures into the text given, writing nothing; refused like a save", async () => {
    const before = readFileSync(file(), "utf8");
    const csv = 'Tên đơn vị,Tổng số hộ,Hộ nghèo\nTDP Khả Lý Thượng,"1.020",6\n';
    const body = JSON.stringify({
      text: before,
      name: "so-lieu.csv",
      data: Buffer.from(csv).toString("base64"),
    });
    const res = await send(`/api/import/${PLAN}`, body, own());
    expect(res.status).toBe(200);
    expect(res.json.ok).toBe(true);
    expect(res.json.text).toContain("households: 1020");
    expect((res.json.report as string[]).join("\n")).toContain("TDP Khả Lý Thượng");
    expect(readFileSync(file(), "utf8")).toBe(before);

    const bad = JSON.stringify({
      text: before,
      name: "sai.csv",
      data: Buffer.from("Tên đơn vị,Tổng số hộ\nTDP Khả Lý Thượng,nhiều\n").toString("base64"),
    });
    const wrong = await send(`/api/import/${PLAN}`, bad, own());
    expect(wrong.json.ok).toBe(false);
    expect(wrong.json.text).toBe(before);
    expect((wrong.json.diagnostics as string[]).join("\n")).toMatch(/B2/);

    const refusals: [Record<string, string>, number][] = [
      [{ ...own(), "X-Kehoach-Token": "" }, 403],
      [{ ...own(), Origin: "http://evil.example" }, 403],
      [{ ...own(), "Sec-Fetch-Site": "cross-site" }, 403],
      [{ ...own(), "Content-Type": "text/plain" }, 415],
    ];
    for (const [headers, status] of refusals) {
      const r = await send(`/api/import/${PLAN}`, body, headers);
      expect(r.status, JSON.stringify(headers)).toBe(status);
      expect(r.json.text).toBeUndefined();
    }
    const { "X-Kehoach-Token": _, ...noToken } = own();
    expect((await send(`/api/import/${PLAN}`, body, noToken)).status).toBe(403);
    expect(readFileSync(file(), "utf8")).toBe(before);
  });

  it("makes a plan from the sample, and next year's plan of another, never over a file", async () => {
    const sample = await send("/api/new", JSON.stringify({ kind: "sample" }), own());
    expect(sample.status).toBe(201);
    const rel = String(sample.json.rel);
    expect(rel).toMatch(/^ke-hoach-mau-\d{4}\.yaml$/);
    expect(readFileSync(join(dir, rel), "utf8")).toContain("kehoach: 1");
    const second = await send("/api/new", JSON.stringify({ kind: "sample" }), own());
    expect(second.json.rel).toBe(rel.replace(".yaml", "-2.yaml"));

    const next = await send("/api/new", JSON.stringify({ kind: "next", from: PLAN }), own());
    expect(next.status).toBe(201);
    expect(next.json).toMatchObject({
      rel: "quang-minh-2025.yaml",
      url: "/edit/quang-minh-2025.yaml",
    });
    expect(readFileSync(join(dir, "quang-minh-2025.yaml"), "utf8")).toContain("period: 2025");
    const again = await send("/api/new", JSON.stringify({ kind: "next", from: PLAN }), own());
    expect(again.status).toBe(409);

    const { "X-Kehoach-Token": _, ...noToken } = own();
    const refused = await send("/api/new", JSON.stringify({ kind: "sample" }), noToken);
    expect(refused.status).toBe(403);
  });
});
