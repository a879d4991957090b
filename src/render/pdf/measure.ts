// Text widths in the four Tinos faces, from the fonts' own advance widths: what the line breaking
// (line-breaks.ts) and the layout (flow.ts) measure text with.

import { type FontSet, tinosFonts } from "./fonts.js";
import { type FontMetrics, fontMetrics } from "./metrics.js";

export interface Face {
  bold?: boolean;
  italics?: boolean;
}

export interface Measure {
  width(text: string, size: number, face?: Face): number;
  /** Distance from the top of a line to its baseline at `size`. */
  ascent(size: number): number;
}

let cached: Measure | undefined;

export function tinosMeasure(): Measure {
  cached ??= measureOf(tinosFonts());
  return cached;
}

export function measureOf(fonts: FontSet): Measure {
  const faces: Record<string, FontMetrics> = {
    normal: fontMetrics(fonts.normal),
    bold: fontMetrics(fonts.bold),
    italics: fontMetrics(fonts.italics),
    bolditalics: fontMetrics(fonts.bolditalics),
  };
  const metricsOf = (face: Face = {}): FontMetrics =>
    faces[
      face.bold && face.italics
        ? "bolditalics"
        : face.bold
          ? "bold"
          : face.italics
            ? "italics"
            : "normal"
    ] as FontMetrics;
  const width = (text: string, size: number, face?: Face): number =>
    metricsOf(face).width(text, size);
  return {
    width,
    ascent: (size) => size * metricsOf().ascender,
  };
}
