// Documents built to meet LibreOffice's layout at its edges, for the parity test: a heading at a
// page's foot where LibreOffice's first guess at the pages breaks (after 25 paragraphs in a small
// document), a closing list or a heading right before the sign-off.

import type { Block, DocumentModel, Table } from "../../src/document/types.js";
import { longModel } from "../render-pdf/models.js";

const text = (s: string) => [{ type: "text" as const, text: s }];
const para = (s: string): Block => ({ type: "paragraph", style: "body", content: text(s) });
const heading = (n: string, s: string): Block => ({
  type: "heading",
  level: 1,
  numbering: "roman",
  number: n,
  content: text(s),
});
const TWO_LINES =
  "Tổ chức đào tạo nghề cho lao động nông thôn, người nghèo, người khuyết tật, người có đất canh tác Nhà nước thu hồi.";
const SIGNOFF: Block = {
  type: "signoff",
  recipients: { heading: "Nơi nhận:", lines: ["- Như trên;", "- Lưu: VT."] },
  signature: { lines: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer: "Nguyễn Văn A" },
};

function document(children: Block[]): DocumentModel {
  return {
    type: "document",
    meta: {
      title: "Kế hoạch",
      author: "UBND",
      subject: "Kế hoạch",
      keywords: [],
      lang: "vi",
      date: "2024-02-22",
      draft: false,
    },
    page: { size: "A4", margins: { top: 20, bottom: 20, left: 30, right: 15 }, fontSize: 14 },
    sections: [
      {
        type: "section",
        orientation: "portrait",
        pageNumbers: { show: true, showOnFirstPage: false },
        children,
      },
    ],
  };
}

/** `n` paragraphs filling most of the first page: one line each, every fourth two lines. */
function filler(n: number): Block[] {
  return Array.from({ length: n }, (_, i) =>
    i % 4 === 3 ? para(`${i} ${TWO_LINES}`) : para(`Dòng ${i}.`),
  );
}

const HEADERS = [
  "TT",
  "Tên thôn",
  "Phương tiện",
  "Số hộ",
  "Hộ",
  "Trường học",
  "Cận",
  "Nghiêm trọng",
  "Nhà ở",
  "Y tế",
  "Nước",
  "Điện",
  "Vệ sinh",
  "Đất",
  "Ghi chú",
];

/**
 * A portrait table of 15 columns (issue 13, point 6): its proportional widths would wrap "10" in
 * the TT column as "1/0" and cut "Phương", "Trường", "Nghiêm" in the header; a heading follows it.
 */
export function fifteenColumnTable(rows = 12): Table {
  const cell = (s: string) => ({ content: text(s) });
  const body = Array.from({ length: rows }, (_, r) => ({
    kind: "body" as const,
    cells: HEADERS.map((_, c) =>
      cell(c === 0 ? String(r + 1) : c === 1 ? `Thôn ${r + 1}` : String(((r + 3) * (c + 7)) % 140)),
    ),
  }));
  return {
    type: "table",
    columns: HEADERS.map((_, c) => ({
      width: c === 0 ? 1 : c === 1 ? 3 : 2,
      align: c <= 1 ? ("center" as const) : ("right" as const),
    })),
    headerRows: 2,
    rows: [
      { kind: "header", cells: HEADERS.map(cell) },
      {
        kind: "index",
        cells: HEADERS.map((_, c) => cell(c === 0 ? "A" : c === 1 ? "B" : String(c - 1))),
      },
      ...body,
      {
        kind: "total",
        cells: [cell(""), cell("Cộng"), ...HEADERS.slice(2).map(() => cell("999"))],
      },
    ],
  };
}

export function edgeModels(): [string, () => DocumentModel][] {
  const closing = para("Trên đây là kế hoạch ngắn./.");
  return [
    [
      "a heading at a page's foot, the next paragraph guessed on the next page",
      () =>
        document([
          ...filler(24),
          heading("I.", "MỘT"),
          para(`${TWO_LINES} ${TWO_LINES}`),
          para("Kết."),
        ]),
    ],
    [
      "two headings and the sign-off, the guess breaking before the closing",
      () => document([...filler(23), heading("I.", "MỘT"), heading("1.", "Hai"), closing, SIGNOFF]),
    ],
    [
      "two headings and the sign-off, the guess breaking between the headings",
      () => document([...filler(24), heading("I.", "MỘT"), heading("1.", "Hai"), closing, SIGNOFF]),
    ],
    [
      "a heading right before the sign-off at a page's foot",
      () => document([...filler(24), heading("I.", "MỘT"), SIGNOFF]),
    ],
    [
      "a Sở's header under a two-line parent body, and a deputy's three-line signature",
      () => {
        const model = longModel(2);
        for (const b of model.sections[0]?.children ?? []) {
          if (b.type === "header") {
            b.parentBody = ["ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH"];
            b.issuingBody = ["SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"];
          }
          if (b.type === "signoff") {
            b.signature.lines = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"];
          }
        }
        return model;
      },
    ],
    [
      "the sample closing with a list",
      () => {
        const model = longModel(5);
        const body = model.sections[0]?.children ?? [];
        const at = body.findIndex((b) => b.type === "signoff");
        body.splice(at - 1, 1, {
          type: "list",
          marker: "-",
          items: [
            { content: text(`Mục một của danh sách kết thúc, ${TWO_LINES}`) },
            { content: text("Mục hai của danh sách kết thúc.") },
            { content: text("Mục ba, cuối cùng./.") },
          ],
        });
        return model;
      },
    ],
    [
      "a 15-column portrait table of 14 rows, a heading after it",
      () =>
        document([
          heading("I.", "MỘT"),
          para(TWO_LINES),
          fifteenColumnTable(14),
          heading("II.", "HAI"),
          para(TWO_LINES),
          ...filler(8),
          fifteenColumnTable(12),
          heading("III.", "BA"),
          para("Kết."),
        ]),
    ],
  ];
}
