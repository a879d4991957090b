// Build step 3 of 3: V8's code cache of each file of dist/bundle/, taken after a warm-up run so that
// it holds the bytecode of every function a command compiles, not only the top level. A chunk the
// warm-up does not load (serve, diff…) is cached by bin/kehoach.js after its first use; a cache made
// by another Node (or for another bundle) is rejected by V8 and costs only a normal compile.
import { join, resolve } from "node:path";
import { bundleLoader } from "../bin/bundle-loader.js";

const root = resolve(import.meta.dirname, "..");
const dir = join(root, "dist", "bundle");
const loader = bundleLoader(dir);
await loader.load(join(dir, "kehoach.cjs")).warmUp(root);
loader.saveCaches(true);
