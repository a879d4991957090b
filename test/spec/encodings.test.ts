// Files in other encodings than UTF-8 (issue 15, point 2): UTF-16 without a byte order mark named,
// TCVN3 and VNI found in a UTF-8 file or a file saved so, each an error offering `fix-encoding`.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { localize } from "../../src/edge/catalog.js";
import { loadSpecFile } from "../../src/spec/load.js";
import { utf16Kind } from "../../src/spec/read-file.js";
import { BASE, en, load, plan, vi, where } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "kehoach-enc-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const TCVN3_SUMMARY = "  summary: ChuyÓn ®æi sè n¨m 2026";
const VNI_SUMMARY = "  summary: Chuyeån ñoåi soá naêm 2026";

describe("UTF-16", () => {
  it.each([
    ["UTF-16LE", Buffer.from(BASE, "utf16le")],
    ["UTF-16BE", Buffer.from(BASE, "utf16le").swap16()],
    ["UTF-16", Buffer.from(`\uFEFF${BASE}`, "utf16le")],
  ])("%s is named", (kind, bytes) => {
    const r = loadSpecFile(file(`${kind}.yaml`, bytes));
    expect(r.diagnostics.map((d) => [d.code, d.params.detail])).toEqual([
      ["spec.file-encoding", kind],
    ]);
    const d = r.diagnostics[0];
    expect(vi(d)).toBe(`Tệp không được lưu theo bảng mã UTF-8 (${kind}).`);
    expect(en(d)).toBe(`The file is not UTF-8 text (${kind}).`);
    expect(localize(d as never, "vi").hint).toContain("kehoach fix-encoding");
  });

  it("UTF-8 text, even all Vietnamese, is not taken for UTF-16", () => {
    expect(utf16Kind(Buffer.from(BASE))).toBeUndefined();
    expect(utf16Kind(Buffer.from("Ủy ban nhân dân ".repeat(50)))).toBeUndefined();
    expect(utf16Kind(Buffer.from("Ủy ban nhân dân ".repeat(50), "utf16le"))).toBe("UTF-16LE");
  });
});

describe("TCVN3 and VNI pasted into a UTF-8 file", () => {
  it("TCVN3: an error at the first word, naming the encoding and the fix", () => {
    const r = load(plan({ 9: TCVN3_SUMMARY }));
    expect(where(r.diagnostics)).toEqual([["spec.legacy-encoding", 9, 12]]);
    const d = r.diagnostics[0];
    expect(vi(d)).toBe(
      "Chữ được gõ theo bảng mã cũ TCVN3, không phải Unicode: “ChuyÓn” là “Chuyển”.",
    );
    expect(en(d)).toBe(
      "The text is in the old TCVN3 encoding, not Unicode: “ChuyÓn” stands for “Chuyển”.",
    );
    expect(localize(d as never, "vi").hint).toBe(
      "Chuyển cả tệp sang Unicode bằng lệnh: kehoach fix-encoding plan.yaml (bản gốc được giữ lại trong tệp .bak). Sau đó đọc lại các dòng đã đổi mà lệnh liệt kê.",
    );
    expect(r.spec).toBeUndefined();
  });

  it("VNI", () => {
    const r = load(plan({ 9: VNI_SUMMARY }));
    expect(where(r.diagnostics)).toEqual([["spec.legacy-encoding", 9, 12]]);
    expect(r.diagnostics[0]?.params).toMatchObject({ encoding: "VNI", decoded: "Chuyển" });
  });

  it("the fix applied (the words in Unicode) makes the error go away", () => {
    expect(load(plan({ 9: "  summary: Chuyển đổi số năm 2026" })).diagnostics).toEqual([]);
  });
});

describe("a file saved in TCVN3 or VNI (not UTF-8)", () => {
  const saved = (summary: string) => Buffer.from(`kehoach: 1\ndocument:\n${summary}\n`, "latin1");

  it("TCVN3 bytes: the error names TCVN3 at its line and column", () => {
    const r = loadSpecFile(file("tcvn3.yaml", saved(TCVN3_SUMMARY)));
    expect(where(r.diagnostics)).toEqual([["spec.legacy-encoding", 3, 12]]);
    expect(r.diagnostics[0]?.params.encoding).toBe("TCVN3");
  });

  it("VNI bytes", () => {
    const r = loadSpecFile(file("vni.yaml", saved(VNI_SUMMARY)));
    expect(where(r.diagnostics)).toEqual([["spec.legacy-encoding", 3, 12]]);
    expect(r.diagnostics[0]?.params.encoding).toBe("VNI");
  });

  it("other bytes that are not UTF-8 keep their message", () => {
    const r = loadSpecFile(file("cp1258.yaml", Buffer.from([0x51, 0x75, 0xe3, 0x6e, 0x67, 0x0a])));
    expect(r.diagnostics.map((d) => [d.code, d.params.detail])).toEqual([
      ["spec.file-encoding", "byte 0xE3"],
    ]);
  });
});
