// The write routes of the preview server: saving a plan from the editor, making a new plan from the
// sample or as next year's plan of another. A local server is still reachable from any page the
// official opens, so every write must come from this computer (loopback), carry the session's token
// (given only to this server's own pages), come from this server's own origin (Origin and
// Sec-Fetch-Site, when the browser sends them) and be JSON (which a page of another origin cannot
// send without a preflight this server never grants). Only plan files (.yaml, .yml) inside the served
// folder are written, after symlinks are followed; a write is atomic (temp file and rename), so a
// failed one leaves the old file as it was.

import { createHash, timingSafeEqual } from "node:crypto";
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { basename, dirname, extname, join, relative, sep } from "node:path";
import type { Request, Response } from "express";
import { loadStandards } from "../data/standards.js";
import { hasErrors, type Lang } from "../diagnostics/types.js";
import { localize } from "../edge/catalog.js";
import { isPlanPath } from "../edge/plan-files.js";
import { sampleOfYear } from "../edge/sample-plan.js";
import { writeAtomic } from "../edge/write.js";
import { nextName } from "../plan-next/names.js";
import { nextPlan } from "../plan-next/next-plan.js";
import { MAX_SPEC_BYTES } from "../spec/limits.js";
import { urlPath } from "./escape.js";
import type { UiMessage } from "./messages.js";
import { ui } from "./messages.js";
import { isInside, type PlanRef, resolvePlan } from "./paths.js";
import { isLoopback } from "./security.js";

/** The header that carries the session's token. */
export const TOKEN_HEADER = "x-kehoach-token";
/** A plan's text, JSON-escaped, plus the few other fields: bounded well before the JSON parser. */
export const MAX_BODY_BYTES = 2 * MAX_SPEC_BYTES + 4096;

export interface Refusal {
  status: number;
  key: UiMessage;
  params?: Record<string, string | number>;
}

/** Why a write request is refused, or undefined when it may go on (its body still to be read). */
export function writeRefusal(req: Request, token: string): Refusal | undefined {
  const remote = (req.socket.remoteAddress ?? "").replace(/^::ffff:/, "");
  if (!isLoopback(remote)) return { status: 403, key: "write.remote" };
  const given = req.headers[TOKEN_HEADER];
  if (typeof given !== "string" || !sameSecret(given, token)) {
    return { status: 403, key: "write.token" };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${req.headers.host ?? ""}`) {
    return { status: 403, key: "write.origin" };
  }
  const site = req.headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin") return { status: 403, key: "write.origin" };
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") return { status: 415, key: "write.type" };
  const length = Number(req.headers["content-length"] ?? 0);
  if (length > MAX_BODY_BYTES) {
    return { status: 413, key: "write.too-large", params: { max: MAX_SPEC_BYTES } };
  }
  return undefined;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The JSON body, read up to the limit (then the connection is dropped): "too-large" or "bad" else. */
export function readJson(req: Request): Promise<{ value: unknown } | "too-large" | "bad"> {
  return new Promise((done) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY_BYTES) chunks.push(c);
      else {
        done("too-large");
        req.pause();
      }
    });
    req.on("error", () => done("bad"));
    req.on("end", () => {
      if (size > MAX_BODY_BYTES) return;
      try {
        done({ value: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
      } catch {
        done("bad");
      }
    });
  });
}

/** The version of a file's content: what the editor opened, compared before a save. */
export function versionOf(content: Buffer | string): string {
  return createHash("sha256").update(content).digest("hex").slice(0, 20);
}

export function readVersioned(abs: string): { text: string; version: string } {
  const bytes = readFileSync(abs);
  return { text: bytes.toString("utf8"), version: versionOf(bytes) };
}

export type SaveResult =
  | { status: 200; body: { version: string } }
  | { status: 409; body: { conflict: true; theirs: string; version: string } }
  | { status: number; body: { error: string } };

/**
 * Saves `text` over the plan when the file on disk is still the version the editor based it on
 * (`base`); else answers with the disk's text and version, for the official to choose. Keeping
 * one's own text is a save based on the version shown in that choice.
 */
export function savePlan(root: string, ref: PlanRef, body: unknown, lang: Lang): SaveResult {
  if (!isRecord(body) || typeof body.text !== "string" || typeof body.base !== "string") {
    return { status: 400, body: { error: ui(lang, "write.bad-body") } };
  }
  if (Buffer.byteLength(body.text, "utf8") > MAX_SPEC_BYTES) {
    return { status: 413, body: { error: ui(lang, "write.too-large", { max: MAX_SPEC_BYTES }) } };
  }
  if (!writable(root, ref.abs)) return { status: 403, body: { error: ui(lang, "write.not-plan") } };
  const disk = readVersioned(ref.abs);
  if (disk.version !== body.base) {
    return { status: 409, body: { conflict: true, theirs: disk.text, version: disk.version } };
  }
  try {
    writeAtomic(ref.abs, body.text);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { status: 500, body: { error: ui(lang, "ws.save-failed", { reason }) } };
  }
  return { status: 200, body: { version: versionOf(body.text) } };
}

/** A plan file (by its extension) whose real path and real folder lie inside the served folder. */
function writable(root: string, abs: string): boolean {
  try {
    const real = realpathSync(abs);
    return (
      isInside(root, real) &&
      isInside(root, realpathSync(dirname(abs))) &&
      isPlanPath(relative(root, real).split(sep))
    );
  } catch {
    return false;
  }
}

export type CreateResult =
  | { status: 201; body: { rel: string; url: string } }
  | { status: number; body: { error: string; url?: string } };

/**
 * A new plan in the served folder: the sample of this year ({kind: "sample"}), or next year's plan
 * of a plan of the folder ({kind: "next", from: "quang-minh-2024.yaml"}). Never over a file.
 */
export function createPlan(
  root: string,
  body: unknown,
  opts: { lang: Lang; dataDir: string; year?: number },
): CreateResult {
  const { lang } = opts;
  if (!isRecord(body)) return { status: 400, body: { error: ui(lang, "write.bad-body") } };
  if (body.kind === "sample") {
    const sample = sampleOfYear({
      dataDir: opts.dataDir,
      ...(opts.year === undefined ? {} : { year: opts.year }),
    });
    return write(root, freeName(root, basename(sample.path)), sample.text, lang);
  }
  if (body.kind === "next" && typeof body.from === "string") {
    const ref = resolvePlan(root, body.from.split("/").map(encodeURIComponent).join("/"));
    if (!ref) return { status: 403, body: { error: ui(lang, "write.not-plan") } };
    const { text } = readVersioned(ref.abs);
    const result = nextPlan(text, { file: ref.rel, standards: loadStandards(opts.dataDir) });
    if (result.text === undefined || !result.period || hasErrors(result.diagnostics)) {
      const first = result.diagnostics.find((d) => d.severity === "error");
      const reason = first ? localize(first, lang).message : "";
      return {
        status: 422,
        body: { error: ui(lang, "create.source-invalid", { file: ref.rel, reason }) },
      };
    }
    const target = join(dirname(ref.abs), nextName(ref.abs, result.period));
    if (existsSync(target)) {
      const rel = relPath(root, target);
      return {
        status: 409,
        body: { error: ui(lang, "create.exists", { file: rel }), url: urlPath("/edit", rel) },
      };
    }
    return write(root, target, result.text, lang);
  }
  return { status: 400, body: { error: ui(lang, "write.bad-body") } };
}

function write(root: string, target: string, text: string, lang: Lang): CreateResult {
  let real: string;
  try {
    real = join(realpathSync(dirname(target)), basename(target));
  } catch {
    return { status: 403, body: { error: ui(lang, "write.not-plan") } };
  }
  if (!isInside(root, real) || !isPlanPath(relative(root, real).split(sep)) || existsSync(real)) {
    return { status: 403, body: { error: ui(lang, "write.not-plan") } };
  }
  writeAtomic(real, text);
  const rel = relPath(root, real);
  return { status: 201, body: { rel, url: urlPath("/edit", rel) } };
}

/** "ke-hoach-mau-2026.yaml", else "ke-hoach-mau-2026-2.yaml", …: a name no file has. */
function freeName(root: string, name: string): string {
  const ext = extname(name);
  const stem = name.slice(0, -ext.length);
  for (let n = 1; ; n++) {
    const candidate = join(root, n === 1 ? name : `${stem}-${n}${ext}`);
    if (!existsSync(candidate)) return candidate;
  }
}

function relPath(root: string, abs: string): string {
  return relative(root, abs).split(sep).join("/");
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function sendJson(res: Response, status: number, body: unknown): void {
  res.status(status);
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.send(JSON.stringify(body));
}
