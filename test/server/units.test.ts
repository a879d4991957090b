// The small pieces of the server on their own: path resolution, Host parsing, the YAML excerpt, the
// file-name header, the watcher's debounce.
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contentDisposition } from "../../src/server/downloads.js";
import { esc } from "../../src/server/escape.js";
import { codeContext, query } from "../../src/server/pages.js";
import { listPlans, resolvePlan } from "../../src/server/paths.js";
import { allowedHostNames, isLoopback, splitHost } from "../../src/server/security.js";
import { watchTrees } from "../../src/server/watch.js";
import { removeDir } from "./helpers.js";

const base = realpathSync(mkdtempSync(join(tmpdir(), "kehoach-units-")));
const root = join(base, "root");
mkdirSync(join(root, "sub", "templates"), { recursive: true });
writeFileSync(join(root, "a.yaml"), "kehoach: 1\n");
writeFileSync(join(root, "sub", "b c.yml"), "kehoach: 1\n");
writeFileSync(join(root, "sub", "templates", "labels.yaml"), "motto: x\n");
writeFileSync(join(root, "notes.txt"), "x");
writeFileSync(join(base, "outside.yaml"), "kehoach: 1\n");
symlinkSync(join(base, "outside.yaml"), join(root, "out.yaml"));
symlinkSync(join(root, "a.yaml"), join(root, "alias.yaml"));

afterAll(() => removeDir(base));

describe("paths", () => {
  it("resolves plans inside the folder, decoding each segment once", () => {
    expect(resolvePlan(root, "a.yaml")).toEqual({ rel: "a.yaml", abs: join(root, "a.yaml") });
    expect(resolvePlan(root, "sub/b%20c.yml")?.rel).toBe("sub/b c.yml");
    expect(resolvePlan(root, "alias.yaml")?.abs).toBe(join(root, "a.yaml"));
  });

  it("refuses traversal, separators inside a segment, other files and symlinks out", () => {
    for (const raw of [
      "../outside.yaml",
      "%2e%2e/outside.yaml",
      "..%2foutside.yaml",
      "sub/..%5c..%5coutside.yaml",
      "/a.yaml",
      "sub//b%20c.yml",
      "notes.txt",
      "out.yaml",
      "missing.yaml",
      "%E0%A4%A.yaml",
      "sub",
      "",
    ]) {
      expect(resolvePlan(root, raw), raw).toBeUndefined();
    }
  });

  it("lists plans recursively, without templates folders or symlinks out", () => {
    expect(listPlans(root).map((p) => p.rel)).toEqual(["a.yaml", "alias.yaml", "sub/b c.yml"]);
  });
});

describe("hosts", () => {
  it("splits Host headers and knows loopback addresses", () => {
    expect(splitHost("localhost:4173")).toEqual({ name: "localhost", port: "4173" });
    expect(splitHost("[::1]:80")).toEqual({ name: "[::1]", port: "80" });
    expect(splitHost("Example.com")).toEqual({ name: "example.com", port: "" });
    expect(splitHost("a:b:c")).toBeUndefined();
    expect(splitHost("")).toBeUndefined();
    for (const h of ["127.0.0.1", "localhost", "::1", "[::1]", "127.1.2.3"]) {
      expect(isLoopback(h), h).toBe(true);
    }
    for (const h of ["0.0.0.0", "192.168.1.2", "::", "example.com"]) {
      expect(isLoopback(h), h).toBe(false);
    }
    expect(allowedHostNames("127.0.0.1")).toEqual(new Set(["localhost", "127.0.0.1", "[::1]"]));
    expect(allowedHostNames("192.168.1.5").has("192.168.1.5")).toBe(true);
  });
});

describe("page parts", () => {
  it("shows the YAML lines around a position, escaped, with a caret", () => {
    const text = "a: 1\nb: <script>\nc: 3\nd: 4\ne: 5\nf: 6\n";
    const html = codeContext(text, 2, 4);
    expect(html).toContain(
      '<span class="kh-hit"><span class="kh-ln">2</span>b: &lt;script&gt;</span>',
    );
    expect(html).toContain('<span class="kh-caret"><span class="kh-ln"></span>   ^</span>');
    expect(html).toContain(">4</span>d: 4");
    expect(html).not.toContain("e: 5");
    expect(codeContext(text, 99, 1)).toBe("");
  });

  it("escapes text and builds queries that keep language and draft", () => {
    expect(esc(`<a href="x">'&'</a>\u0001`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;\uFFFD",
    );
    expect(query({ lang: "vi", langInUrl: false, draft: "plan" })).toBe("");
    expect(query({ lang: "en", langInUrl: true, draft: "on" })).toBe("?lang=en&draft=1");
    expect(query({ lang: "vi", langInUrl: false, draft: "on" }, { lang: "en" })).toBe(
      "?lang=en&draft=1",
    );
  });

  it("names a download in ASCII and in UTF-8", () => {
    expect(contentDisposition("kế-hoạch đợt 1.pdf")).toBe(
      "attachment; filename=\"ke-hoach_dot_1.pdf\"; filename*=UTF-8''k%E1%BA%BF-ho%E1%BA%A1ch%20%C4%91%E1%BB%A3t%201.pdf",
    );
  });
});

describe("watcher", () => {
  it("reports a burst of writes once, new folders included", async () => {
    const dir = join(base, "watched");
    mkdirSync(dir);
    const batches: string[][] = [];
    let resolveFirst: () => void = () => {};
    const first = new Promise<void>((r) => {
      resolveFirst = r;
    });
    const w = watchTrees(
      [dir],
      (paths) => {
        batches.push([...paths]);
        resolveFirst();
      },
      { quietMs: 50, maxWaitMs: 2000 },
    );
    try {
      const file = join(dir, "p.yaml");
      writeFileSync(file, "a");
      writeFileSync(file, "ab");
      writeFileSync(file, "abc");
      await first;
      expect(batches).toHaveLength(1);
      expect(batches[0]).toContain(file);

      // a folder created after the start is watched too
      mkdirSync(join(dir, "new"));
      await expect.poll(() => batches.length, { timeout: 5000 }).toBe(2);
      writeFileSync(join(dir, "new", "q.yaml"), "x");
      await expect
        .poll(() => batches.flat().includes(join(dir, "new", "q.yaml")), { timeout: 5000 })
        .toBe(true);
    } finally {
      w.close();
    }
  });
});
