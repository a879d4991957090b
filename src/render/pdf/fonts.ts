// Tinos (the metrics of Times New Roman), vendored as TrueType in data/fonts/tinos/ (Apache-2.0,
// its README says where the files come from): read once per process and kept in memory. Nothing
// is written anywhere. Nothing here is on the per-render path once loaded.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export type FontVariant = "normal" | "bold" | "italics" | "bolditalics";

export const FONT_VARIANTS: readonly FontVariant[] = ["normal", "bold", "italics", "bolditalics"];

/** The TrueType file of each variant in data/fonts/tinos/. */
export const TTF_FILES: Readonly<Record<FontVariant, string>> = {
  normal: "Tinos-Regular.ttf",
  bold: "Tinos-Bold.ttf",
  italics: "Tinos-Italic.ttf",
  bolditalics: "Tinos-BoldItalic.ttf",
};

export type FontSet = Readonly<Record<FontVariant, Uint8Array>>;

let loaded: FontSet | undefined;

export function ttfPath(variant: FontVariant): string {
  return fileURLToPath(new URL(`../../../data/fonts/tinos/${TTF_FILES[variant]}`, import.meta.url));
}

/** The four TrueType fonts, read on first use and kept for the life of the process. */
export function tinosFonts(): FontSet {
  if (!loaded) {
    const set = {} as Record<FontVariant, Uint8Array>;
    for (const v of FONT_VARIANTS) set[v] = readFileSync(ttfPath(v));
    loaded = set;
  }
  return loaded;
}
