// Closing sentence, Nơi nhận and the signature block.

import type { Block, SignOff } from "../document/types.js";
import { dashLine, upperVi, withClosingMark } from "../format/index.js";
import type { RecipientSpec, SignatureSpec } from "../spec/types.js";
import { type Ctx, label } from "./context.js";
import { parseMarkup } from "./markup.js";

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
  return {
    type: "signoff",
    recipients: { heading: label(ctx, "recipientsHeading"), lines },
    signature: { lines: signatureLines(ctx, sig), signer: sig.signer.trim() },
  };
}

const upper = (s: string | undefined): string | undefined => {
  const t = s?.trim();
  return t ? upperVi(t) : undefined;
};

/**
 * The signature's lines above the space for the signature (Nghị định 30/2020, Phụ lục I):
 * - the head in his own name: "GIÁM ĐỐC";
 * - TM.: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" (the collective in on_behalf_of, or in collective);
 * - KT., TL., TUQ.: "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC", under "TM. ỦY BAN NHÂN DÂN" when a collective is
 *   given (the three lines of a committee's deputy);
 * - Q.: "Q. CHỦ TỊCH" alone: the acting head signs with the head's title, his own is not printed
 *   (src/spec/signature-checks.ts warns when one is written).
 * The spec stage makes sure the lines needed are there: KT., Q., TL., TUQ. name whom they sign for.
 */
export function signatureLines(ctx: Ctx, sig: SignatureSpec): string[] {
  const title = upper(sig.title);
  const behalf = upper(sig.on_behalf_of);
  const collective = upper(sig.collective);
  const out: string[] = [];
  const authorityLine = (authority: string, onBehalfOf: string) =>
    label(ctx, "authorityLine", { authority, onBehalfOf });
  const tm = (body: string) => label(ctx, "collectiveLine", { collective: body });
  switch (sig.authority) {
    case undefined:
      if (collective) out.push(tm(collective));
      break;
    case "TM.": {
      const body = behalf ?? collective;
      if (body) out.push(authorityLine(sig.authority, body));
      break;
    }
    default:
      if (collective) out.push(tm(collective));
      // Without whom it signs for (an error of the spec stage) the authority goes before the title.
      if (behalf) out.push(authorityLine(sig.authority, behalf));
      else if (title) return [...out, authorityLine(sig.authority, title)];
      if (sig.authority === "Q.") return out;
  }
  if (title) out.push(title);
  return out;
}
