// Class names shared by the markup and the stylesheet. Text styles are named after their key in
// TEXT (src/layout/rules.ts): `parentBody` is `.t-parent-body`.

import type { RowKind } from "../../document/types.js";
import type { TEXT } from "../../layout/rules.js";

export type TextKey = keyof typeof TEXT & string;

export function textClass(key: TextKey): string {
  return `t-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

export const ROW_TEXT: Readonly<Record<RowKind, TextKey>> = {
  header: "tableHeader",
  index: "tableIndex",
  body: "tableBody",
  total: "tableTotal",
};
