// writeAtomic: the file appears whole or not at all, and a good file is never lost to a failed write.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeAtomic } from "../../src/cli/write.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "kehoach-write-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("writeAtomic", () => {
  it("writes the file, creating its folder, and leaves no temporary file", () => {
    const target = join(dir, "out", "plan.docx");
    writeAtomic(target, "một");
    writeAtomic(target, new Uint8Array([104, 97, 105]));
    expect(readFileSync(target, "utf8")).toBe("hai");
    expect(readdirSync(join(dir, "out"))).toEqual(["plan.docx"]);
  });

  it("steps over temporary files left by a crashed run of the same pid", () => {
    const target = join(dir, "plan.pdf");
    for (let n = 1; n <= 50; n++) writeFileSync(join(dir, `.plan.pdf.${process.pid}.${n}.tmp`), "");
    writeAtomic(target, "ba");
    expect(readFileSync(target, "utf8")).toBe("ba");
  });

  it("keeps the good file when the new one cannot be put in its place", () => {
    const target = join(dir, "plan.html");
    mkdirSync(target); // a folder where the file should go: the rename fails
    writeFileSync(join(target, "keep"), "good");
    expect(() => writeAtomic(target, "new")).toThrow();
    expect(readFileSync(join(target, "keep"), "utf8")).toBe("good");
    expect(readdirSync(dir)).toEqual(["plan.html"]);
  });
});
