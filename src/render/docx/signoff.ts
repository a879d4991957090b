// Nơi nhận on the left, level with the signature block on the right, in one borderless row that
// cannot split, so the recipients, the titles, the room for signature and seal and the signer's name
// stay on one page.

import { Paragraph, type Table } from "docx";
import { SIGNOFF } from "../../layout/rules.js";
import type { SignOff } from "../../model/types.js";
import type { Ctx } from "./context.js";
import { textRuns } from "./inline.js";
import { borderlessTable } from "./layout-table.js";
import { STYLE } from "./style-ids.js";

export function signOff(block: SignOff, ctx: Ctx): Table[] {
  const left = Math.round(ctx.textWidth * SIGNOFF.leftShare);
  const recipients = [
    new Paragraph({ style: STYLE.recipientsHeading, children: textRuns(block.recipients.heading) }),
    ...block.recipients.lines.map(
      (line) => new Paragraph({ style: STYLE.recipient, children: textRuns(line) }),
    ),
  ];
  const signature = [
    ...block.signature.lines.map(
      (line) => new Paragraph({ style: STYLE.signatureLine, children: textRuns(line) }),
    ),
    new Paragraph({ style: STYLE.signer, children: textRuns(block.signature.signer) }),
  ];
  return [borderlessTable([left, ctx.textWidth - left], [[recipients, signature]])];
}
