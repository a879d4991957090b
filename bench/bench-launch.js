// Issue 15, point 4: what starting kehoach costs, by the way it is run. `npx kehoach` (the README's
// way before) looks the package tree up on every call; `kehoach` put on PATH by `npm link` (the
// README's way now) is a link to bin/kehoach.js, run through its #! line at once. Measured on
// --version, which does nothing else, in turn so that a shared machine's drift touches both alike.
// The link is made here, in the bench's folder, as npm link makes it in the global one.
import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";

export default async function benchLaunch({ bin, work, record, skip, timePair }) {
  const link = join(work, "global-bin", "kehoach");
  try {
    mkdirSync(join(work, "global-bin"), { recursive: true });
    symlinkSync(bin, link);
  } catch {
    skip("kehoach --version through a link like npm link's (no symbolic links here)");
    return;
  }
  const pair = timePair(["npx", ["kehoach", "--version"]], [link, ["--version"]]);
  record("npx kehoach --version (whole process, median)", pair?.a ?? null);
  record("kehoach --version, linked by npm link (whole process, median)", pair?.b ?? null, 250);
  if (pair) record("npx kehoach costs more than kehoach by", pair.a - pair.b);
}
