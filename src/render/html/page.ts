// Page geometry of a section, in millimetres, for the screen (padding) and for print (@page).

import type { PageSection, PageSetup } from "../../document/types.js";
import { PAGE_MM, turnedMargins } from "../../layout/rules.js";

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A landscape section turns the portrait margins with the sheet (rules.ts says how). */
export function sectionMargins(page: PageSetup, orientation: PageSection["orientation"]): Margins {
  const m = page.margins;
  const turned = orientation === "portrait" ? m : turnedMargins(m);
  return { top: turned.top, right: turned.right, bottom: turned.bottom, left: turned.left };
}

/** Width between the margins, in millimetres. */
export function textWidthMm(page: PageSetup, orientation: PageSection["orientation"]): number {
  const m = sectionMargins(page, orientation);
  return sectionSizeMm(orientation).width - m.left - m.right;
}

export function sectionSizeMm(orientation: PageSection["orientation"]): {
  width: number;
  height: number;
} {
  return orientation === "portrait"
    ? { width: PAGE_MM.width, height: PAGE_MM.height }
    : { width: PAGE_MM.height, height: PAGE_MM.width };
}

/** CSS shorthand order: top right bottom left. */
export function marginsCss(m: Margins): string {
  return `${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm`;
}

/** The named page (CSS `page`) of the section at this index. */
export function pageName(index: number): string {
  return `kh-section-${index + 1}`;
}

/**
 * Print page numbers in HTML come from @page margin boxes, which count the whole document: they can
 * neither restart in an appendix nor hide on the first page of a later section. Sections that need
 * either get no number in HTML print (the PDF and DOCX outputs do it properly).
 */
export function printsPageNumbers(section: PageSection, index: number): boolean {
  const p = section.pageNumbers;
  if (!p.show) return false;
  if (index === 0) return p.restartAt === undefined || p.restartAt === 1;
  return p.restartAt === undefined && p.showOnFirstPage;
}
