// `kehoach serve` as an official runs it (the built dist/, like test/cli): it starts, answers,
// stops cleanly on SIGTERM and SIGINT, and explains a port already in use.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, kehoach } from "../cli/run.js";
import { planDir, removeDir } from "./helpers.js";

let dir: string;

beforeAll(() => {
  dir = planDir();
});

afterAll(() => removeDir(dir));

interface Started {
  child: ChildProcess;
  url: string;
  output: () => { stdout: string; stderr: string };
  exited: Promise<number | null>;
}

function start(args: string[]): Promise<Started> {
  const child = spawn(process.execPath, [BIN, "serve", ...args], {
    env: { ...process.env, NO_COLOR: "", KEHOACH_LANG: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (c: Buffer) => {
      stdout += c.toString();
      const url = /(http:\/\/\S+\/)/.exec(stdout)?.[1];
      if (url) resolve({ child, url, output: () => ({ stdout, stderr }), exited });
    });
    child.stderr?.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    exited.then((code) => reject(new Error(`exited ${code}: ${stderr}`)));
  });
}

describe("kehoach serve", () => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`serves the folder and stops cleanly on ${signal}`, async () => {
      const s = await start([dir, "--port", "0"]);
      expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const res = await fetch(s.url);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("quang-minh-2024.yaml");
      // an open event stream must not keep the process alive
      const ac = new AbortController();
      const stream = await fetch(`${s.url}events/index`, { signal: ac.signal });
      expect(stream.status).toBe(200);
      s.child.kill(signal);
      expect(await s.exited).toBe(0);
      ac.abort();
      expect(s.output().stdout).toContain("Đã dừng máy chủ xem trước.");
    });
  }

  it("says which port is free when the one asked for is in use", async () => {
    const busy: Server = createServer();
    await new Promise<void>((r) => busy.listen(0, "127.0.0.1", () => r()));
    const address = busy.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      const r = kehoach(["serve", dir, "--port", String(port)]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`Cổng ${port} đang được một chương trình khác dùng`);
      expect(r.stderr).toMatch(/--port \d+/);
      const en = kehoach(["serve", dir, "--port", String(port), "--lang", "en"]);
      expect(en.stderr).toContain(`Port ${port} is used by another program`);
    } finally {
      busy.close();
    }
  });

  it("warns before listening on an address other than loopback", () => {
    // 192.0.2.1 (TEST-NET-1) belongs to no machine: the warning, then a clear failure to bind
    const r = kehoach(["serve", dir, "--host", "192.0.2.1", "--port", "0"]);
    expect(r.stderr).toContain("Cảnh báo: máy chủ xem trước nghe tại 192.0.2.1");
    expect(r.stderr).toContain("Không mở được máy chủ xem trước tại 192.0.2.1");
    expect(r.status).toBe(1);
  });

  it("explains a missing folder and a bad port, and has help", () => {
    const missing = kehoach(["serve", `${dir}/nope`]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("Không có thư mục");
    const badPort = kehoach(["serve", dir, "--port", "http"]);
    expect(badPort.status).toBe(2);
    expect(badPort.stderr).toContain('Cổng "http" không hợp lệ');
    const help = kehoach(["serve", "--help", "--lang", "en"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("kehoach serve [DIR] [--port 4173]");
  });
});
