// What every block renderer needs to know about where it is being laid out.

import type { Geometry } from "./geometry.js";
import type { Measure } from "./measure.js";

export interface BlockContext {
  /** The plan's body size, 13 or 14 pt. */
  bodySize: number;
  /** The page the block is on (a landscape appendix is wider). */
  geometry: Geometry;
  measure: Measure;
}
