// A local server is still a server: path traversal (plain, encoded, absolute, through a symlink),
// DNS rebinding (a foreign Host), methods other than reading, bodies, headers, escaping.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server/listen.js";
import { CSP } from "../../src/server/security.js";
import { hostileSummaryPlan, PLANS, planDir, rawGet, removeDir, serve } from "./helpers.js";

// A valid plan outside the served folder, right beside it: what a traversal would be after.
const outside = mkdtempSync(join(tmpdir(), "kehoach-outside-"));
let dir: string;
let server: RunningServer;
let port: number;

beforeAll(async () => {
  writeFileSync(join(outside, "secret.yaml"), readFileSync(join(PLANS, "pho-minh-2024.yaml")));
  dir = join(outside, "served");
  mkdirSync(dir);
  const copies = planDir();
  for (const f of readdirSync(copies)) writeFileSync(join(dir, f), readFileSync(join(copies, f)));
  removeDir(copies);
  symlinkSync(join(outside, "secret.yaml"), join(dir, "escape.yaml"));
  symlinkSync(outside, join(dir, "linked"));
  writeFileSync(join(dir, "hostile.yaml"), hostileSummaryPlan());
  writeFileSync(
    join(dir, "hostile-key.yaml"),
    `${readFileSync(join(PLANS, "pho-minh-2024.yaml"), "utf8")}\n"<img src=x onerror=alert(1)>": "{{x}} <script>alert(2)</script>"\n`,
  );
  server = await serve(dir);
  port = server.port;
});

afterAll(async () => {
  await server.close();
  removeDir(outside);
});

describe("paths", () => {
  it("serves a plan inside the folder (the control case)", async () => {
    expect((await rawGet(port, "/plan/pho-minh-2024.yaml")).status).toBe(200);
  });

  it.each([
    "/plan/../secret.yaml",
    "/plan/../../etc/passwd",
    "/../secret.yaml",
    "/plan/%2e%2e/secret.yaml",
    "/plan/%2E%2E/secret.yaml",
    "/plan/..%2fsecret.yaml",
    "/plan/..%2Fsecret.yaml",
    "/plan/%2e%2e%2fsecret.yaml",
    "/plan/..%5csecret.yaml",
    "/plan/%252e%252e/secret.yaml",
    "/plan/./pho-minh-2024.yaml",
    "/plan/pho-minh-2024.yaml%00.yaml",
    `/plan/${encodeURIComponent(join(outside, "secret.yaml"))}`,
    `/plan/${join(outside, "secret.yaml")}`,
    "/plan//etc/passwd",
    "/plan/%2Fetc%2Fpasswd",
    "//etc/passwd",
    "/events/plan/..%2fsecret.yaml",
    "/download/docx/..%2fsecret.yaml",
    "/download/pdf/../secret.yaml",
    "/_/fonts/..%2f..%2fpackage.json",
    "/_/css/..%2f..%2fpackage.json",
    "/package.json",
  ])("404 for %s", async (path) => {
    const res = await rawGet(port, path);
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toContain("Phổ Minh");
  });

  it("404 for a symlink leading out of the folder, file or folder", async () => {
    for (const path of [
      "/plan/escape.yaml",
      "/plan/linked/secret.yaml",
      "/download/docx/escape.yaml",
      "/events/plan/escape.yaml",
    ]) {
      expect((await rawGet(port, path)).status, path).toBe(404);
    }
    const index = (await rawGet(port, "/")).body.toString();
    expect(index).not.toContain("escape.yaml");
    expect(index).not.toContain("secret.yaml");
  });
});

describe("requests", () => {
  it("403 for a foreign Host header (DNS rebinding)", async () => {
    for (const host of ["evil.example", `evil.example:${port}`, `127.0.0.1:${port + 1}`]) {
      const res = await rawGet(port, "/", { Host: host });
      expect(res.status, host).toBe(403);
      expect(res.headers["content-security-policy"]).toBe(CSP);
    }
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `LOCALHOST:${port}`]) {
      expect((await rawGet(port, "/", { Host: host })).status, host).toBe(200);
    }
    // HTTP/1.0 without any Host header
    expect(await statusLine(port, "GET / HTTP/1.0\r\n\r\n")).toContain(" 403 ");
  });

  it("405 for anything but GET and HEAD", async () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"]) {
      const res = await rawGet(port, "/plan/pho-minh-2024.yaml", {}, method);
      expect(res.status, method).toBe(405);
      expect(res.headers.allow).toBe("GET, HEAD");
    }
    const head = await rawGet(port, "/plan/pho-minh-2024.yaml", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it("413 for a request with a body, 431 for huge headers, 414 for a huge URL", async () => {
    expect((await rawGet(port, "/", { "Content-Length": "0" })).status).toBe(200);
    const withBody = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body: "x" });
    expect(withBody.status).toBe(405);
    expect((await rawGet(port, "/", { "Content-Length": "5" })).status).toBe(413);
    expect((await rawGet(port, "/", { "X-Big": "a".repeat(20_000) })).status).toBe(431);
    expect((await rawGet(port, `/plan/${"a".repeat(5000)}.yaml`)).status).toBe(414);
  });

  it("sends the security headers on pages, assets, downloads and errors", async () => {
    for (const path of ["/", "/plan/pho-minh-2024.yaml", "/_/live.js", "/nope"]) {
      const res = await rawGet(port, path);
      expect(res.headers["content-security-policy"], path).toBe(CSP);
      expect(res.headers["x-content-type-options"], path).toBe("nosniff");
      expect(res.headers["referrer-policy"], path).toBe("no-referrer");
    }
    expect(CSP).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    );
  });
});

describe("escaping", () => {
  it("shows <script> and {{ from a plan as text, on the plan page and the index", async () => {
    const page = (await rawGet(port, "/plan/hostile.yaml")).body.toString();
    expect(page).toContain("Thử &lt;script&gt;alert(1)&lt;/script&gt; và {{x}} trong kế hoạch");
    expect(page).not.toContain("<script>alert");
    // our two script files (view.js, live.js), nothing from the plan
    expect(page.match(/<script/g)).toHaveLength(2);
    expect(page.match(/<script src="\/_\/(view|live)\.js\?v=[0-9a-f]+"/g)).toHaveLength(2);
    const index = (await rawGet(port, "/")).body.toString();
    expect(index).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(index).not.toContain("<script>alert");
  });

  it("escapes what a diagnostic quotes from the plan, and the YAML excerpt", async () => {
    const page = (await rawGet(port, "/plan/hostile-key.yaml")).body.toString();
    expect(page).toContain("kh-panel-bad");
    expect(page).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(page).not.toMatch(/<img src=x/);
    expect(page).not.toContain("<script>alert");
  });
});

describe("no endpoint writes files", () => {
  it("leaves the served folder as it was after every kind of request", async () => {
    const before = snapshot(dir);
    for (const path of [
      "/",
      "/plan/pho-minh-2024.yaml?draft=1",
      "/download/docx/pho-minh-2024.yaml",
      "/download/pdf/pho-minh-2024.yaml",
      "/plan/new.yaml",
    ]) {
      await rawGet(port, path);
    }
    await rawGet(port, "/plan/pho-minh-2024.yaml", {}, "PUT");
    expect(snapshot(dir)).toEqual(before);
  });
});

function statusLine(port: number, raw: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(raw));
    let data = "";
    socket.on("data", (c) => {
      data += c.toString("latin1");
    });
    socket.on("end", () => resolve(data.split("\r\n")[0] ?? ""));
    socket.on("error", reject);
  });
}

function snapshot(root: string): string[] {
  return readdirSync(root, { recursive: true })
    .map(String)
    .sort()
    .map((f) => {
      try {
        const st = statSync(join(root, f));
        return `${f} ${st.size} ${st.mtimeMs}`;
      } catch {
        return `${f} dangling`;
      }
    });
}
