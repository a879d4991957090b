// The atomic write lives in src/edge/write.ts: the preview server saves plans with it too.
export { writeAtomic } from "../edge/write.js";
