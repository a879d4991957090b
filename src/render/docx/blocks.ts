// One handler per block type. The record is keyed by the model's BlockType, so a block type added
// to src/document/types.ts fails to compile here until it has a handler.

import type { FileChild } from "docx";
import type { Block, BlockType } from "../../document/types.js";
import type { Ctx } from "./context.js";
import { draftMark, headerBlock } from "./header-block.js";
import { signOff } from "./signoff.js";
import { table } from "./table.js";
import { heading, list, paragraph } from "./text.js";
import { appendixHeading, titleBlock } from "./title.js";

type Handlers = { [K in BlockType]: (block: Extract<Block, { type: K }>, ctx: Ctx) => FileChild[] };

const HANDLERS: Handlers = {
  header: headerBlock,
  "draft-mark": draftMark,
  title: titleBlock,
  heading,
  paragraph,
  list,
  table,
  signoff: signOff,
  "appendix-heading": appendixHeading,
};

export function renderBlock(block: Block, ctx: Ctx): FileChild[] {
  const handler = HANDLERS[block.type] as (block: Block, ctx: Ctx) => FileChild[];
  return handler(block, ctx);
}
