// One model PageSection → one docx section: page size and turned margins, and its own page-number
// headers. Every section defines its headers, even empty ones, because a Word section without them
// inherits the previous section's, which is how landscape appendices usually lose their numbers.

import {
  type FileChild,
  Header,
  type ISectionOptions,
  NumberFormat,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from "docx";
import type { Block, PageSection, PageSetup } from "../../document/types.js";
import { keptWithSignOff } from "../../layout/rules.js";
import { spacerBefore } from "../../layout/word-tables.js";
import { renderBlock } from "./blocks.js";
import type { Ctx } from "./context.js";
import type { Look } from "./heading-look.js";
import { geometryOf } from "./page.js";
import { STYLE } from "./style-ids.js";

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.pageHeader,
        children: [new TextRun({ children: [PageNumber.CURRENT] })],
      }),
    ],
  });
}

function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({ style: STYLE.pageHeader })] });
}

function headersOf(section: PageSection): Pick<ISectionOptions, "headers"> & {
  titlePage: boolean;
} {
  const numbers = section.pageNumbers;
  if (!numbers.show) return { titlePage: false, headers: { default: emptyHeader() } };
  if (numbers.showOnFirstPage)
    return { titlePage: false, headers: { default: pageNumberHeader() } };
  return { titlePage: true, headers: { default: pageNumberHeader(), first: emptyHeader() } };
}

export function renderSection(
  section: PageSection,
  page: PageSetup,
  headings: readonly Look[],
  tables: string[],
): ISectionOptions {
  const geometry = geometryOf(page, section.orientation);
  const { titlePage, headers } = headersOf(section);
  const children: FileChild[] = [];
  const blocks: readonly Block[] = section.children;
  blocks.forEach((block, i) => {
    const ctx: Ctx = {
      bodySize: page.fontSize,
      textWidth: geometry.textWidth,
      headings,
      keepWithNext: keptWithSignOff(block, blocks[i + 1]),
      tables,
    };
    // Word joins two adjacent tables into one: a small paragraph parts them.
    if (spacerBefore(blocks, i)) children.push(new Paragraph({ style: STYLE.spacer }));
    children.push(...renderBlock(block, ctx));
  });
  if (children.length === 0) children.push(new Paragraph({}));
  const restart = section.pageNumbers.restartAt;
  return {
    properties: {
      titlePage,
      page: {
        size: {
          width: geometry.width,
          height: geometry.height,
          orientation:
            section.orientation === "landscape"
              ? PageOrientation.LANDSCAPE
              : PageOrientation.PORTRAIT,
        },
        margin: { ...geometry.margins, header: geometry.header, footer: geometry.header },
        pageNumbers: {
          formatType: NumberFormat.DECIMAL,
          ...(restart === undefined ? {} : { start: Math.max(0, Math.trunc(restart)) }),
        },
      },
    },
    headers,
    children,
  };
}
