// Issue 15, point 4: what starting kehoach costs, by the way it is run. `npx kehoach` (the README's
// way before) looks the package tree up on every call; `kehoach` put on PATH by `npm link` (the
// README's way now) runs bin/kehoach.js at once, as `node bin/kehoach.js` does. Both on --version,
// which does nothing else, in turn so that a shared machine's drift touches both alike.
import { spawnSync } from "node:child_process";
import { realpathSync } from "node:fs";

export default async function benchLaunch({ bin, record, skip, timePair, has }) {
  const pair = timePair(["npx", ["kehoach", "--version"]], ["node", [bin, "--version"]]);
  record("npx kehoach --version (whole process, median)", pair?.a ?? null);
  record(
    "node bin/kehoach.js --version, as kehoach on PATH runs (whole process, median)",
    pair?.b ?? null,
    250,
  );
  if (pair) record("npx kehoach costs more than kehoach by", pair.a - pair.b);
  // the linked command itself, when `npm link` was run for this checkout
  const onPath = has("kehoach")
    ? spawnSync("sh", ["-c", "command -v kehoach"], { encoding: "utf8" }).stdout.trim()
    : "";
  if (onPath && sameFile(onPath, bin)) {
    const linked = timePair(["kehoach", ["--version"]], ["npx", ["kehoach", "--version"]]);
    record("kehoach --version, linked by npm link (whole process, median)", linked?.a ?? null, 250);
  } else {
    skip("kehoach --version, linked by npm link (run npm link first)");
  }
}

function sameFile(a, b) {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}
