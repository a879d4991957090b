// Danh mục nhiệm vụ: TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn
// thành | Sản phẩm, then Kinh phí (and Nguồn kinh phí when any task names one) when any task has a
// cost. Each group is a bold row "I", "II" … spanning the table, its tasks numbered 1, 2 … under it;
// agencies by their short names; the costs' "Cộng" row from the exact sums of src/stats.

import type { Table, TableCell, TableColumn, TableRow } from "../../document/types.js";
import { capitalizeFirst, formatCount, toRoman } from "../../format/index.js";
import { type Ctx, label } from "../context.js";
import { parseInline } from "../markup.js";
import { agencyShort, allPieces, bareContent, deadlinePhrase } from "../tasks.js";
import { amount } from "../views.js";
import { headCell, textCell } from "./cells.js";

export function tasksTable(ctx: Ctx): Table {
  const pieces = allPieces(ctx.spec);
  const tasks = pieces.flatMap((p) => p.tasks);
  const figures = ctx.computed.tasks;
  const withCost = figures?.total !== null && figures?.total !== undefined;
  const withSource = withCost && tasks.some((t) => t.source !== undefined);
  const columns: TableColumn[] = [
    { width: 4, align: "center" },
    { width: withCost ? 26 : 30, align: "left" },
    { width: 13, align: "left" },
    { width: 15, align: "left" },
    { width: 11, align: "center" },
    { width: 13, align: "left" },
    ...(withCost ? [{ width: 11, align: "right" } as const] : []),
    ...(withSource ? [{ width: 11, align: "left" } as const] : []),
  ];
  const unit = ctx.computed.budget?.unit ?? ctx.spec.budget?.unit ?? "đồng";
  const header: TableRow = {
    kind: "header",
    cells: [
      headCell(label(ctx, "colIndex")),
      headCell(label(ctx, "colTaskContent")),
      headCell(label(ctx, "colTaskLead")),
      headCell(label(ctx, "colTaskSupport")),
      headCell(label(ctx, "colTaskDeadline")),
      headCell(label(ctx, "colTaskOutput")),
      ...(withCost ? [headCell(label(ctx, "colTaskCost", { unit }))] : []),
      ...(withSource ? [headCell(label(ctx, "colTaskSource"))] : []),
    ],
  };
  const rows: TableRow[] = [header];
  let group = 0;
  for (const piece of pieces) {
    if (piece.title !== undefined) {
      group += 1;
      rows.push({
        kind: "body",
        cells: [
          textCell(toRoman(group), { align: "center", bold: true }),
          {
            content: parseInline(piece.title),
            colSpan: columns.length - 1,
            align: "left",
            bold: true,
          },
        ],
      });
    }
    piece.tasks.forEach((t, i) => {
      const cells: TableCell[] = [
        textCell(formatCount(i + 1), { align: "center" }),
        { content: parseInline(bareContent(t.content)), align: "left" },
        textCell(agencyShort(ctx, t.lead), { align: "left" }),
        textCell((t.support ?? []).map((id) => agencyShort(ctx, id)).join(", "), {
          align: "left",
        }),
        textCell(capitalizeFirst(deadlinePhrase(t)), { align: "center" }),
        textCell(t.output?.trim() ?? "", { align: "left" }),
      ];
      if (withCost)
        cells.push(textCell(t.cost !== undefined ? amount(t.cost) : "", { align: "right" }));
      if (withSource) cells.push(textCell(t.source?.trim() ?? "", { align: "left" }));
      rows.push({ kind: "body", cells });
    });
  }
  if (withCost && figures?.total !== null && figures?.total !== undefined) {
    rows.push({
      kind: "total",
      cells: [
        textCell("", { align: "center" }),
        textCell(label(ctx, "totalRow"), { align: "left", bold: true, colSpan: 5 }),
        textCell(amount(figures.total), { align: "right", bold: true }),
        ...(withSource ? [textCell("", { align: "left" })] : []),
      ],
    });
  }
  return { type: "table", columns, headerRows: 1, rows };
}
