// Only for src/spec/yaml-fast.ts and its test, which are being deleted (issue 12): delete this file
// with them. Positions in YAML text live in src/yaml/positions.ts.

export type { SrcNode } from "../yaml/positions.js";
