// Build step 3 of 3: V8's code cache of each file of dist/bundle/, taken after a warm-up run so that
// it holds the bytecode of every function a command compiles, not only the top level. The chunks the
// warm-up does not use (serve, diff…) are loaded too, so that each has its cache. Runs only read
// them (bin/bundle-loader.js); a cache made by another Node (or for another bundle) is rejected by
// V8 and costs only a normal compile.
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { bundleLoader } from "../bin/bundle-loader.js";

const root = resolve(import.meta.dirname, "..");
const dir = join(root, "dist", "bundle");
const loader = bundleLoader(dir);
await loader.load(join(dir, "kehoach.cjs")).warmUp(root);
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".cjs"))
  .sort()) {
  loader.load(join(dir, file));
}
loader.saveCaches();
