import type { Look } from "./heading-look.js";

/** What a block handler knows besides its block. All lengths in twips. */
export interface Ctx {
  bodySize: number;
  /** Width between the margins of the section's page as it is read. */
  textWidth: number;
  /** Look of Heading1 … Heading4, index 0 for level 1. */
  headings: readonly Look[];
  /** The block is followed by the sign-off and short: keep it whole on the sign-off's page. */
  keepWithNext: boolean;
  /** The document's data tables as XML, in order: table.ts adds, package.ts puts them in place. */
  tables: string[];
}
