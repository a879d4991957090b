// A generated plan with many units, for the size and speed checks of the loader.

import { BASE } from "./helpers.js";

export function bigPlan(units: number): string {
  const out = [BASE, "statistics:", "  baseline_year: 2023", "  standard: nd-07-2021", "  units:"];
  for (let i = 1; i <= units; i++) {
    out.push(
      `    - name: Thôn số ${i}`,
      `      households: ${1000 + (i % 500)}`,
      `      persons: ${3600 + i}`,
      "      groups:",
      "        poor:",
      `          households: ${10 + (i % 7)}`,
      `          exits: ${i % 3}`,
      `          deprivation: { viec_lam: ${i % 5}, bao_hiem_y_te: 0, chat_luong_nha_o: ${i % 4} }`,
      `        near_poor: { households: ${20 + (i % 9)}, exits: ${i % 4} }`,
    );
  }
  return `${out.join("\n")}\n`;
}
