// Nơi nhận on the left, level with the signature block on the right, in one borderless row that
// cannot split, so the recipients, the titles, the room for signature and seal and the signer's name
// stay on one page.

import { Paragraph, type Table } from "docx";
import type { SignOff } from "../../document/types.js";
import { SPACING, signOffColumnsTwips } from "../../layout/rules.js";
import type { Ctx } from "./context.js";
import { textRuns } from "./inline.js";
import { borderlessTable } from "./layout-table.js";
import { STYLE } from "./style-ids.js";
import { ptToTwip } from "./units.js";

/** The space above the sign-off, on the first line of each column (a table has no space of its own). */
const before = { spacing: { before: ptToTwip(SPACING.signOffBeforePt) } };

export function signOff(block: SignOff, ctx: Ctx): Table[] {
  const [left, right] = signOffColumnsTwips(ctx.textWidth);
  const recipients = [
    new Paragraph({
      style: STYLE.recipientsHeading,
      ...before,
      children: textRuns(block.recipients.heading),
    }),
    ...block.recipients.lines.map(
      (line) => new Paragraph({ style: STYLE.recipient, children: textRuns(line) }),
    ),
  ];
  const signature = [
    ...block.signature.lines.map(
      (line, i) =>
        new Paragraph({
          style: STYLE.signatureLine,
          ...(i === 0 ? before : {}),
          children: textRuns(line),
        }),
    ),
    new Paragraph({ style: STYLE.signer, children: textRuns(block.signature.signer) }),
  ];
  return [borderlessTable([left, right], [[recipients, signature]])];
}
