// The file name of next year's plan: `kehoach new` writes it there, and so does the preview
// server's index when an official asks for next year's plan.

import { basename, extname } from "node:path";

/**
 * quang-minh-2024.yaml → quang-minh-2025.yaml, kh-2022-2025.yaml → kh-2026-2029.yaml; a name
 * without a year gets one: ke-hoach.yaml → ke-hoach-2025.yaml.
 */
export function nextName(source: string, period: { from: number; to: number }): string {
  const ext = extname(source) || ".yaml";
  const stem = basename(source, extname(source));
  const range = /(?<!\d)\d{4}-\d{4}(?!\d)/.exec(stem);
  if (range && period.from !== period.to) {
    const i = range.index;
    return `${stem.slice(0, i)}${period.from}-${period.to}${stem.slice(i + 9)}${ext}`;
  }
  const years = [...stem.matchAll(/(?<!\d)(\d{4})(?!\d)/g)];
  const last = years[years.length - 1];
  if (!last || last.index === undefined) return `${stem}-${period.from}${ext}`;
  return `${stem.slice(0, last.index)}${period.from}${stem.slice(last.index + 4)}${ext}`;
}
