// Debian's Chromium for the end-to-end tests, through playwright-core: where it is, and a headless
// browser started the one way every e2e file starts it.
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";

/** Debian's Chromium; KEHOACH_CHROMIUM may name another build of it. */
export const CHROMIUM = process.env.KEHOACH_CHROMIUM ?? "/usr/bin/chromium";
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

/** A headless Chromium that reaches for nothing on the network by itself. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
