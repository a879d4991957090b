// Closing sentence, Nơi nhận and the signature block.

import { dashLine, upperVi, withClosingMark } from "../format/index.js";
import type { RecipientSpec } from "../spec/types.js";
import { type Ctx, label } from "./context.js";
import { parseMarkup } from "./markup.js";
import type { Block, SignOff } from "./types.js";

export function closing(ctx: Ctx): Block[] {
  return parseMarkup(withClosingMark(ctx.spec.closing));
}

function recipientText(ctx: Ctx, r: RecipientSpec): string {
  if (typeof r === "string") return r.trim();
  let text = r.text.trim().replace(/[;.,]+$/u, "");
  if (r.report) text = label(ctx, "recipientReport", { text });
  if (r.execute) text = label(ctx, "recipientExecute", { text });
  return text;
}

/** "VT, LĐ": the archive line always starts with the văn thư (VT). */
export function archiveText(archive: string): string {
  const bare = archive.trim().replace(/[;.,]+$/u, "");
  return /^VT\b/u.test(bare) ? bare : `VT, ${bare}`;
}

export function signOff(ctx: Ctx): SignOff {
  const sig = ctx.spec.signature;
  const lines = ctx.spec.recipients.map((r) => dashLine(recipientText(ctx, r), false));
  lines.push(dashLine(label(ctx, "archive", { archive: archiveText(ctx.spec.archive) }), true));
  const title = upperVi(sig.title.trim());
  const signature: string[] = [];
  if (sig.authority && sig.on_behalf_of) {
    signature.push(
      label(ctx, "authorityLine", {
        authority: sig.authority,
        onBehalfOf: upperVi(sig.on_behalf_of.trim()),
      }),
      title,
    );
  } else if (sig.authority) {
    signature.push(`${sig.authority} ${title}`);
  } else {
    signature.push(title);
  }
  return {
    type: "signoff",
    recipients: { heading: label(ctx, "recipientsHeading"), lines },
    signature: { lines: signature, signer: sig.signer.trim() },
  };
}
