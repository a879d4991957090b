// kehoach fix-encoding FILE: a plan file converted to UTF-8 Unicode (NFC), its original kept beside
// it. What it converts is what loading a plan refuses by name (src/spec/read-file.ts): UTF-16 with
// or without a byte order mark, words typed in TCVN3 or VNI (pasted into a UTF-8 file, or the whole
// file saved so), a file saved in Windows-1258. The original is copied to FILE.bak (FILE.bak.1, … if
// that exists: a backup is never overwritten) before the file is replaced, atomically.

import { constants, copyFileSync, existsSync } from "node:fs";
import { resolve } from "node:path";
import { interpolate } from "../diagnostics/localize.js";
import type { Lang } from "../diagnostics/types.js";
import type { Context } from "../edge/io.js";
import {
  type ConvertedLine,
  convertLegacyText,
  findLegacyText,
} from "../format/legacy-encodings.js";
import { isVietnameseSyllable } from "../format/syllable.js";
import { MAX_SPEC_BYTES } from "../spec/limits.js";
import { firstInvalidByte, readSpecBytes, utf16Kind } from "../spec/read-file.js";
import { formatDiagnostic } from "./report.js";
import { writeAtomic } from "./write.js";

const TEXT = {
  converted: {
    vi: "Đã chuyển {file} từ {from} sang Unicode (UTF-8). Bản gốc được giữ trong {backup}.",
    en: "Converted {file} from {from} to Unicode (UTF-8). The original is kept in {backup}.",
  },
  line: { vi: "  dòng {line}: {after}", en: "  line {line}: {after}" },
  more: { vi: "  … và {count} dòng khác", en: "  … and {count} more line(s)" },
  next: {
    vi: "Đọc lại các dòng trên (chữ in hoa của bảng mã cũ có thể thành chữ thường), rồi chạy: kehoach validate {file}",
    en: "Read the lines above again (capitals of the old encoding may have become small letters), then run: kehoach validate {file}",
  },
  unchanged: {
    vi: "{file} đã là Unicode (UTF-8): không có gì phải chuyển.",
    en: "{file} is Unicode (UTF-8) already: nothing to convert.",
  },
  unknown: {
    vi: "Không nhận ra bảng mã của {file} (không phải UTF-8, UTF-16, TCVN3, VNI hay Windows-1258): tệp được giữ nguyên.",
    en: "The encoding of {file} is not recognised (not UTF-8, UTF-16, TCVN3, VNI or Windows-1258): the file is left as it is.",
  },
} as const;

function say(lang: Lang, key: keyof typeof TEXT, params: Record<string, string | number>): string {
  return interpolate(TEXT[key][lang], params);
}

/** How many changed lines are listed; the rest are counted. */
const SHOWN_LINES = 12;

interface Conversion {
  /** "UTF-16LE", "TCVN3", "VNI", "Windows-1258", "UTF-8 NFD" … */
  from: string;
  text: string;
  lines: ConvertedLine[];
}

export function fixEncodingCommand(ctx: Context, file: string): number {
  const path = resolve(ctx.io.cwd, file);
  const bytes = readBytes(ctx, path, file);
  if (!bytes) return 1;
  const conversion = convert(bytes);
  if (conversion === "unchanged") {
    report(ctx, { file, changed: false }, () => say(ctx.lang, "unchanged", { file }));
    return 0;
  }
  if (!conversion) {
    report(ctx, { file, changed: false, error: "unknown-encoding" }, () =>
      say(ctx.lang, "unknown", { file }),
    );
    return 1;
  }
  const backup = keepOriginal(path);
  writeAtomic(path, conversion.text);
  const shownBackup = file + backup.slice(path.length);
  report(
    ctx,
    { file, changed: true, from: conversion.from, backup: shownBackup, lines: conversion.lines },
    () => {
      const out = [
        say(ctx.lang, "converted", { file, from: conversion.from, backup: shownBackup }),
      ];
      for (const l of conversion.lines.slice(0, SHOWN_LINES)) {
        out.push(say(ctx.lang, "line", { line: l.line, after: l.after.trim() }));
      }
      const more = conversion.lines.length - SHOWN_LINES;
      if (more > 0) out.push(say(ctx.lang, "more", { count: more }));
      out.push(say(ctx.lang, "next", { file }));
      return out.join("\n");
    },
  );
  return 0;
}

function report(ctx: Context, json: object, text: () => string): void {
  ctx.io.out(ctx.json ? JSON.stringify(json, null, 2) : text());
}

/** The file's bytes (UTF-16 takes twice the bytes of the plan it holds), or undefined, said. */
function readBytes(ctx: Context, path: string, file: string): Buffer | undefined {
  const read = readSpecBytes(file, { path, maxBytes: 2 * MAX_SPEC_BYTES });
  if ("bytes" in read) return read.bytes;
  ctx.io.err(formatDiagnostic(read.diagnostic, ctx.lang, ctx.style));
  return undefined;
}

/** The file's text in Unicode, or "unchanged" when it is UTF-8 NFC without legacy words. */
export function convert(bytes: Uint8Array): Conversion | "unchanged" | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const utf16 = utf16Kind(bytes);
  if (utf16) {
    const le = utf16 === "UTF-16LE" || (utf16 === "UTF-16" && bytes[0] === 0xff);
    const text = new TextDecoder(le ? "utf-16le" : "utf-16be").decode(bytes);
    return unicode(text, utf16, true);
  }
  if (firstInvalidByte(bytes) >= bytes.length) {
    const text = buffer.toString("utf8");
    const result = unicode(text, "UTF-8", false);
    return result.text === text ? "unchanged" : result;
  }
  // not UTF-8: a file saved in TCVN3 or VNI (its codes read as Latin-1), or in Windows-1258
  const latin1 = buffer.toString("latin1");
  const legacy = findLegacyText(latin1);
  if (legacy) {
    const { text, lines } = convertLegacyText(latin1, legacy.encoding, true);
    return { from: legacy.encoding, text, lines };
  }
  const cp1258 = new TextDecoder("windows-1258").decode(bytes).normalize("NFC");
  if (readsAsVietnamese(cp1258)) return { from: "Windows-1258", text: cp1258, lines: [] };
  return undefined;
}

/** Unicode text (from UTF-8 or UTF-16): words pasted in TCVN3 or VNI converted, NFC. */
function unicode(text: string, from: string, changed: boolean): Conversion {
  const nfc = text.normalize("NFC");
  const legacy = findLegacyText(nfc);
  if (!legacy)
    return { from: changed || nfc === text ? from : `${from} NFD`, text: nfc, lines: [] };
  const converted = convertLegacyText(nfc, legacy.encoding, false);
  return { from: changed ? `${from}, ${legacy.encoding}` : legacy.encoding, ...converted };
}

/** Most words with a letter beyond ASCII are Vietnamese syllables. */
function readsAsVietnamese(text: string): boolean {
  let words = 0;
  let syllables = 0;
  for (const [word] of text.matchAll(/\p{L}+/gu)) {
    if (/^[A-Za-z]+$/.test(word)) continue;
    words++;
    if (isVietnameseSyllable(word)) syllables++;
  }
  return words > 0 && syllables >= words * 0.8;
}

/** The original copied to FILE.bak, or FILE.bak.1, .2 … : an earlier backup is never overwritten. */
function keepOriginal(path: string): string {
  for (let n = 0; ; n++) {
    const backup = n === 0 ? `${path}.bak` : `${path}.bak.${n}`;
    if (existsSync(backup)) continue;
    try {
      copyFileSync(path, backup, constants.COPYFILE_EXCL);
      return backup;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
  }
}
