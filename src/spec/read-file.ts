// Reading a plan file: size limit, missing file, bytes that are not UTF-8 (UTF-16 with or without a
// byte order mark, TCVN3 or VNI named as such: `kehoach fix-encoding` converts them). Never throws.

import { readFileSync, statSync } from "node:fs";
import type { Diagnostic } from "../diagnostics/types.js";
import { findLegacyText } from "../format/legacy-encodings.js";
import { specDiag } from "./diag.js";
import { MAX_SPEC_BYTES } from "./limits.js";

export type ReadResult = { text: string } | { diagnostic: Diagnostic };

export function readSpecText(file: string): ReadResult {
  const read = readSpecBytes(file);
  return "bytes" in read ? decodeUtf8(read.bytes, file) : read;
}

/**
 * A plan file's bytes, or why they cannot be read: not there, not a file, larger than `maxBytes`
 * (the size limit of a plan; `kehoach fix-encoding` allows twice that, for UTF-16). `file` names it
 * in diagnostics; `path`, when given, is where it is read from.
 */
export function readSpecBytes(
  file: string,
  opts: { maxBytes?: number; path?: string } = {},
): { bytes: Buffer } | { diagnostic: Diagnostic } {
  const maxBytes = opts.maxBytes ?? MAX_SPEC_BYTES;
  const path = opts.path ?? file;
  const start = { file, line: 1, col: 1 };
  let bytes: Buffer;
  try {
    const st = statSync(path);
    if (!st.isFile()) {
      return { diagnostic: specDiag("spec.file-unreadable", { file, reason: "EISDIR" }, start) };
    }
    if (st.size > maxBytes) return { diagnostic: tooLarge(file, st.size, maxBytes) };
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "EIO";
    const diagnostic =
      code === "ENOENT" || code === "ENOTDIR"
        ? specDiag("spec.file-not-found", { file }, start)
        : specDiag("spec.file-unreadable", { file, reason: code }, start);
    return { diagnostic };
  }
  // The file may have grown between stat and read.
  if (bytes.length > maxBytes) return { diagnostic: tooLarge(file, bytes.length, maxBytes) };
  return { bytes };
}

export function tooLarge(file: string, size: number, limit = MAX_SPEC_BYTES): Diagnostic {
  return specDiag(
    "spec.file-too-large",
    { file, size, limit, mib: limit / 1024 / 1024 },
    { file, line: 1, col: 1 },
  );
}

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function decodeUtf8(bytes: Uint8Array, file: string): ReadResult {
  const utf16 = utf16Kind(bytes);
  if (utf16) {
    return {
      diagnostic: specDiag(
        "spec.file-encoding",
        { file, detail: utf16 },
        { file, line: 1, col: 1 },
      ),
    };
  }
  try {
    const text = decoder.decode(bytes);
    const nul = text.indexOf("\u0000");
    if (nul >= 0)
      return { diagnostic: encodingAt(bytes, file, Buffer.byteLength(text.slice(0, nul))) };
    return { text };
  } catch {
    return {
      diagnostic: legacyFile(bytes, file) ?? encodingAt(bytes, file, firstInvalidByte(bytes)),
    };
  }
}

/**
 * "UTF-16" with a byte order mark; "UTF-16LE" or "UTF-16BE" without, told by its zero bytes: a YAML
 * plan is mostly ASCII (keys, indentation, digits), whose every other byte is zero in UTF-16, and
 * UTF-8 text has no zero byte at all.
 */
export function utf16Kind(bytes: Uint8Array): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return "UTF-16";
  }
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  // a few letters have a zero byte of their own (U+0100, U+0300, U+1E00 …)
  if (oddZeros >= pairs * 0.3 && evenZeros <= pairs * 0.02) return "UTF-16LE";
  if (evenZeros >= pairs * 0.3 && oddZeros <= pairs * 0.02) return "UTF-16BE";
  return undefined;
}

/** A file saved in TCVN3 or VNI: its bytes are the encoding's codes, read here as Latin-1. */
function legacyFile(bytes: Uint8Array, file: string): Diagnostic | undefined {
  return legacyText(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1"),
    file,
  );
}

/** Text in TCVN3 or VNI (a file saved so, or words pasted into a UTF-8 file): an error naming it. */
export function legacyText(text: string, file: string): Diagnostic | undefined {
  const found = findLegacyText(text);
  if (!found) return undefined;
  const { encoding, word, decoded } = found;
  return specDiag(
    "spec.legacy-encoding",
    { file, encoding, word, decoded },
    positionIn(text, found.offset, file),
  );
}

/** 1-based line and column of an offset of a text. */
export function positionIn(text: string, offset: number, file: string) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { file, line, col: offset - lineStart + 1 };
}

function encodingAt(bytes: Uint8Array, file: string, offset: number): Diagnostic {
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const col = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
  const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, "0");
  return specDiag("spec.file-encoding", { file, detail: `byte 0x${byte}` }, { file, line, col });
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidByte(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] ?? 0;
    let n = 0;
    let min = 0;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) [n, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [n, min] = [3, 0x10000];
    else return i;
    let cp = n === 0 ? c : c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (n >= 2 && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) return i;
    i += n + 1;
  }
  return b.length;
}
