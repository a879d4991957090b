// Text widths and line counts in the four Tinos faces, for the few sizes pdfmake cannot work out by
// itself (the header's columns, the motto's rule, how tall a table row will be).

import { type FontSet, tinosFonts } from "./fonts.js";
import { type FontMetrics, fontMetrics } from "./metrics.js";

export interface Face {
  bold?: boolean;
  italics?: boolean;
}

export interface Measure {
  width(text: string, size: number, face?: Face): number;
  /** Lines `text` takes in `room` points, wrapping at spaces as pdfmake does, long words cut. */
  lines(text: string, size: number, room: number, face?: Face): number;
  /** Height of one line at `size` with pdfmake's lineHeight `factor`. */
  lineHeight(size: number, factor?: number): number;
  /** Distance from the top of a line to its baseline at `size`. */
  ascent(size: number): number;
  /** A line's height at `size` times pdfmake's lineHeight `factor`, exactly as pdfmake has it. */
  pdfLine(size: number, factor: number): number;
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
    lines(text, size, room, face) {
      let lines = 0;
      for (const paragraph of text.split("\n")) {
        let used = 0;
        let count = 1;
        const space = width(" ", size, face);
        for (const word of paragraph.split(" ")) {
          const w = width(word, size, face);
          if (w > room) {
            // A word wider than the line: pdfmake cuts it at the edge, line after line.
            if (used > 0) count++;
            count += Math.ceil(w / room) - 1;
            used = w - (Math.ceil(w / room) - 1) * room;
          } else if (used === 0) {
            used = w;
          } else if (used + space + w <= room) {
            used += space + w;
          } else {
            count++;
            used = w;
          }
        }
        lines += count;
      }
      return lines;
    },
    lineHeight: (size, factor = 1) => size * metricsOf().lineHeight * factor,
    ascent: (size) => size * metricsOf().ascender,
    pdfLine: (size, factor) => metricsOf().pdfLineHeight(size) * factor,
  };
}
