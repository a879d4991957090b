// loadSpecFile: files that are missing, too large, not UTF-8 — each a diagnostic, never an exception.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_SPEC_BYTES } from "../../src/spec/limits.js";
import { loadSpec, loadSpecFile } from "../../src/spec/load.js";
import { firstInvalidByte } from "../../src/spec/read-file.js";
import { BASE, where } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "kehoach-spec-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("loadSpecFile", () => {
  it("loads a valid plan, with the file name in every position", () => {
    const path = file("ok.yaml", BASE);
    const r = loadSpecFile(path);
    expect(r.diagnostics).toEqual([]);
    expect(r.spec?.kehoach).toBe(1);
    expect(r.locate(["archive"])?.file).toBe(path);
  });

  it("reports a missing file", () => {
    const path = join(dir, "khong-co.yaml");
    const r = loadSpecFile(path);
    expect(where(r.diagnostics)).toEqual([["spec.file-not-found", 1, 1]]);
    expect(r.diagnostics[0]?.params).toEqual({ file: path });
    expect(r.diagnostics[0]?.pos?.file).toBe(path);
    expect(r.text).toBe("");
    expect(r.locate(["document"])).toBeUndefined();
  });

  it("reports a folder", () => {
    expect(loadSpecFile(dir).diagnostics.map((d) => [d.code, d.params.reason])).toEqual([
      ["spec.file-unreadable", "EISDIR"],
    ]);
  });

  it("refuses a file over 2 MiB before reading it", () => {
    const path = file("big.yaml", `${BASE}# ${"x".repeat(MAX_SPEC_BYTES)}\n`);
    const r = loadSpecFile(path);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["spec.file-too-large"]);
    expect(r.diagnostics[0]?.params).toMatchObject({ limit: 2 * 1024 * 1024 });
  });

  it("refuses text over 2 MiB given directly", () => {
    const r = loadSpec(`${BASE}# ${"ư".repeat(MAX_SPEC_BYTES / 2)}\n`, "x.yaml");
    expect(r.diagnostics.map((d) => d.code)).toEqual(["spec.file-too-large"]);
  });

  it("reports bytes that are not UTF-8, with their position", () => {
    // "Quảng" in Windows-1258 is not UTF-8
    const bytes = Buffer.concat([
      Buffer.from("kehoach: 1\ndocument:\n  place: Qu"),
      Buffer.from([0xe3, 0x6e, 0x67]),
      Buffer.from("\n"),
    ]);
    const r = loadSpecFile(file("cp1258.yaml", bytes));
    expect(where(r.diagnostics)).toEqual([["spec.file-encoding", 3, 12]]);
    expect(r.diagnostics[0]?.params.detail).toBe("byte 0xE3");
  });

  it("reports UTF-16", () => {
    const r = loadSpecFile(file("utf16.yaml", Buffer.from(`\uFEFF${BASE}`, "utf16le")));
    expect(r.diagnostics.map((d) => [d.code, d.params.detail])).toEqual([
      ["spec.file-encoding", "UTF-16"],
    ]);
  });

  it("accepts a UTF-8 byte order mark", () => {
    const r = loadSpecFile(file("bom.yaml", `\uFEFF${BASE}`));
    expect(r.diagnostics).toEqual([]);
  });
});

describe("firstInvalidByte", () => {
  it.each([
    [[0x61, 0x62], 2],
    [[0xc3, 0xa0, 0x80], 2],
    [[0x61, 0xc0, 0x80], 1], // overlong
    [[0xe0, 0x80, 0x80], 0], // overlong
    [[0xed, 0xa0, 0x80], 0], // surrogate
    [[0xf0, 0x9f, 0x98, 0x80], 4],
    [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
    [[0xe1, 0xbb], 0], // cut short
  ])("%j → %i", (bytes, expected) => {
    expect(firstInvalidByte(Uint8Array.from(bytes))).toBe(expected);
  });
});
