// A short solid rule (under the issuing body, the motto, the summary line): an empty paragraph of
// the Rule style, whose bottom border is the line, indented on both sides so the border is exactly
// as long as asked and centred. A paragraph border survives every DOCX reader (LibreOffice included)
// and stays editable, unlike a drawn shape.

import { Paragraph } from "docx";
import { STYLE } from "./style-ids.js";

export function rule(lengthTwip: number, availableTwip: number, afterTwip = 0): Paragraph {
  const length = Math.min(Math.max(lengthTwip, 0), availableTwip);
  const side = Math.floor((availableTwip - length) / 2);
  return new Paragraph({
    style: STYLE.rule,
    indent: { left: side, right: availableTwip - length - side },
    ...(afterTwip > 0 ? { spacing: { after: afterTwip } } : {}),
  });
}
