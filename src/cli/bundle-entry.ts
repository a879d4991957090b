// What the one-file bundle (scripts/bundle.mjs) exposes to bin/kehoach.js and to the cache builder.
export { main } from "./main.js";
export { warmUp } from "./warm.js";
