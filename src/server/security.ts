// A local server is still a server: any web page the official opens could try to reach it. Every
// response carries a strict policy; a request is refused when its Host is not this server (a
// DNS-rebinding page would send its own name), when it is not a read, or when it carries a body.

import { networkInterfaces } from "node:os";
import type { NextFunction, Request, Response } from "express";

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CSP,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
};

export const MAX_URL_LENGTH = 4096;

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"];

export function isLoopback(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, "");
  return h === "localhost" || h === "::1" || /^127(\.\d{1,3}){3}$/.test(h);
}

export function isWildcard(host: string): boolean {
  return host === "0.0.0.0" || host === "::" || host === "[::]";
}

/** Host names (without port) a request may carry: loopback names, the bound host, and for a
 * wildcard bind the machine's own addresses. */
export function allowedHostNames(boundHost: string): Set<string> {
  const names = new Set(LOOPBACK_NAMES);
  names.add(bracket(boundHost.toLowerCase()));
  if (isWildcard(boundHost)) {
    for (const list of Object.values(networkInterfaces())) {
      for (const a of list ?? []) names.add(bracket(a.address.toLowerCase()));
    }
  }
  return names;
}

function bracket(host: string): string {
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

/** Splits "name:port" / "[v6]:port"; the port is "" when absent. */
export function splitHost(header: string): { name: string; port: string } | undefined {
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/i.exec(header.trim());
  if (!m) return undefined;
  return { name: (m[1] ?? "").toLowerCase(), port: m[2] ?? "" };
}

export interface Guards {
  names: Set<string>;
  /** Whether a request is for a write route (write.ts): a POST with a body, checked there. */
  isWrite?: (req: Request) => boolean;
  refuse: (req: Request, res: Response, status: number, reason: RefuseReason) => void;
}

export type RefuseReason = "host" | "method" | "too-large";

export function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
  next();
}

export function guard(g: Guards) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const refusal = refusalOf(req, g.names, g.isWrite?.(req) ?? false);
    if (!refusal) {
      next();
      return;
    }
    if (refusal.status === 405) res.setHeader("Allow", "GET, HEAD");
    g.refuse(req, res, refusal.status, refusal.reason);
  };
}

function refusalOf(
  req: Request,
  names: Set<string>,
  write: boolean,
): { status: number; reason: RefuseReason } | undefined {
  const host = splitHost(req.headers.host ?? "");
  const port = String(req.socket.localPort ?? "");
  const portOk = host !== undefined && (host.port === port || (host.port === "" && port === "80"));
  if (!host || !portOk || !names.has(host.name)) return { status: 403, reason: "host" };
  if ((req.originalUrl ?? req.url).length > MAX_URL_LENGTH) {
    return { status: 414, reason: "too-large" };
  }
  // a write route checks the rest itself: token, origin, size (write.ts)
  if (write && req.method === "POST") return undefined;
  if (req.method !== "GET" && req.method !== "HEAD") return { status: 405, reason: "method" };
  const length = req.headers["content-length"];
  if ((length !== undefined && length !== "0") || req.headers["transfer-encoding"] !== undefined) {
    return { status: 413, reason: "too-large" };
  }
  return undefined;
}
