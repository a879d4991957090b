// The atomic write lives in src/edge/write.ts: the preview server saves plans with it too.
export { sweepStale, writeAtomic } from "../edge/write.js";
