// The mistakes officials make when they write a plan by hand (issue 15), one row each: the plan as
// written, where the message points, the message and hint in Vietnamese and English, and how to fix
// it. test/spec/mistakes.test.ts checks each row (the message, and that the fix makes the plan
// valid); the rows marked `readme` are the README's section "Lỗi thường gặp", which the same test
// compares with this table (UPDATE=1 rewrites the section).

import { BASE, plan } from "./helpers.js";

export interface Mistake {
  /** Short name of the mistake, in Vietnamese and English. */
  vi: string;
  en: string;
  /** The plan as the official wrote it. */
  text: string;
  /** The one diagnostic expected: its code and where it points (line, col). */
  code: string;
  line: number;
  col: number;
  /** Message and hint, in Vietnamese and English, exactly. */
  message: [vi: string, en: string];
  hint: [vi: string, en: string];
  /**
   * The fix: by default the corrected line the diagnostic carries (params.fixedLine) replaces its
   * line; else the given text replaces `from` with `to` (for fixes an official chooses, e.g. a name).
   */
  fix?: { from: string; to: string };
  /** Its place in the README's "Lỗi thường gặp" (1 to 10), with the lines shown as wrong and right. */
  readme?: number;
}

/** Figures for the number and unit mistakes: a statistics block from line 17 on. */
function stats(units: string): string {
  return `statistics:\n  baseline_year: 2023\n  standard: nd-07-2021\n  units:\n${units}`;
}

const UNIT_A = "    - name: Tổ dân phố 1\n      households: 1011\n      groups: {}\n";
const UNIT_B = "    - name: Tổ dân phố 2\n      households: 850\n      groups: {}\n";

export const MISTAKES: Mistake[] = [
  {
    vi: "Mục danh sách thụt lề ít hơn một dấu cách",
    en: "A list item indented one space too little",
    text: plan({ 14: "recipients:\n  - Như trên\n - UBND thị xã Việt Yên" }),
    readme: 1,

    code: "spec.yaml-indent-less",
    line: 16,
    col: 2,
    message: [
      "Dòng này thụt lề 1 dấu cách, ít hơn các dòng cùng cấp (2 dấu cách, như dòng 15), nên bị hiểu sai cấp.",
      "This line is indented 1 space(s), less than the lines of its level (2 spaces, as on line 15), so it is read at the wrong level.",
    ],
    hint: [
      "Thụt lề đúng 2 dấu cách cho thẳng cột với dòng 15. Các dòng cùng cấp phải thẳng cột với nhau; mục con thụt vào sâu hơn mục cha.",
      "Indent it by 2 spaces to line up with line 15. Lines of one level line up; children are indented more than their parent.",
    ],
  },
  {
    vi: "Khóa trong mục danh sách thụt lề ít hơn một dấu cách",
    en: "A key of a list item indented one space too little",
    text: plan({ 12: "  - title: Mục tiêu\n   content: [Giảm tỷ lệ hộ nghèo]" }),

    code: "spec.yaml-indent-less",
    line: 13,
    col: 4,
    message: [
      "Dòng này thụt lề 3 dấu cách, ít hơn các dòng cùng cấp (4 dấu cách, như dòng 12), nên bị hiểu sai cấp.",
      "This line is indented 3 space(s), less than the lines of its level (4 spaces, as on line 12), so it is read at the wrong level.",
    ],
    hint: [
      "Thụt lề đúng 4 dấu cách cho thẳng cột với dòng 12. Các dòng cùng cấp phải thẳng cột với nhau; mục con thụt vào sâu hơn mục cha.",
      "Indent it by 4 spaces to line up with line 12. Lines of one level line up; children are indented more than their parent.",
    ],
  },
  {
    vi: "Mục đầu danh sách thụt lề lệch so với các mục sau",
    en: "The first list item out of line with the items after it",
    text: plan({ 14: 'recipients:\n   - Như trên\n  - UBND thị xã Việt Yên\n  - "Lưu: VT"' }),

    code: "spec.yaml-indent-more",
    line: 15,
    col: 3,
    message: [
      "Dòng này thụt lề 3 dấu cách, sâu hơn các dòng cùng cấp (2 dấu cách, như dòng 16), mà dòng trên nó không mở ra mục con nào.",
      "This line is indented 3 space(s), more than the lines of its level (2 spaces, as on line 16), though the line above opens nothing under it.",
    ],
    hint: [
      "Thụt lề đúng 2 dấu cách cho thẳng cột với dòng 16. Chỉ thụt sâu hơn khi dòng trên kết thúc bằng “khóa:” (không có giá trị) hoặc là một dòng “- ”.",
      "Indent it by 2 spaces to line up with line 16. Indent more only under a line ending with “key:” (no value) or a “- ” line.",
    ],
  },
  {
    vi: "Dòng thụt lề sâu hơn các dòng cùng cấp",
    en: "A line indented more than its siblings",
    text: plan({ 6: "    symbol: KH-UBND" }),
    readme: 2,

    code: "spec.yaml-indent-more",
    line: 6,
    col: 3,
    message: [
      "Dòng này thụt lề 4 dấu cách, sâu hơn các dòng cùng cấp (2 dấu cách, như dòng 3), mà dòng trên nó không mở ra mục con nào.",
      "This line is indented 4 space(s), more than the lines of its level (2 spaces, as on line 3), though the line above opens nothing under it.",
    ],
    hint: [
      "Thụt lề đúng 2 dấu cách cho thẳng cột với dòng 3. Chỉ thụt sâu hơn khi dòng trên kết thúc bằng “khóa:” (không có giá trị) hoặc là một dòng “- ”.",
      "Indent it by 2 spaces to line up with line 3. Indent more only under a line ending with “key:” (no value) or a “- ” line.",
    ],
  },
  {
    vi: "Mục danh sách thụt lề sâu hơn mục trên nó",
    en: "A list item indented more than the item above",
    text: plan({ 14: "recipients:\n  - Như trên\n   - UBND thị xã Việt Yên" }),

    code: "spec.yaml-continued-item",
    line: 16,
    col: 4,
    message: [
      "Dòng “- ” này thụt lề sâu hơn mục ở dòng 15, nên bị nối vào chữ của mục đó thay vì thành một mục mới.",
      "This “- ” line is indented more than the item on line 15, so it is joined to that item's text instead of being a new item.",
    ],
    hint: [
      "Thụt lề 2 dấu cách, thẳng cột với dấu “-” của dòng 15: - UBND thị xã Việt Yên. Nếu đây đúng là phần tiếp của chữ, đặt cả đoạn trong ngoặc kép.",
      "Indent it by 2 spaces, in line with the “-” of line 15: - UBND thị xã Việt Yên. If it does continue the text, put the whole text in double quotes.",
    ],
  },
  {
    vi: "Dòng tiếp theo của một đoạn văn dài thụt lề thiếu",
    en: "The next line of a long text indented too little",
    text: plan({
      13: "closing: >-\n  Trên đây là Kế hoạch thực hiện công tác\ngiảm nghèo năm 2024",
    }),
    code: "spec.yaml-indent-less",
    line: 15,
    col: 1,
    message: [
      "Dòng này thụt lề 0 dấu cách, ít hơn các dòng cùng cấp (2 dấu cách, như dòng 14), nên bị hiểu sai cấp.",
      "This line is indented 0 space(s), less than the lines of its level (2 spaces, as on line 14), so it is read at the wrong level.",
    ],
    hint: [
      "Thụt lề đúng 2 dấu cách cho thẳng cột với dòng 14. Các dòng cùng cấp phải thẳng cột với nhau; mục con thụt vào sâu hơn mục cha.",
      "Indent it by 2 spaces to line up with line 14. Lines of one level line up; children are indented more than their parent.",
    ],
  },
  {
    vi: "Khóa đầu tiên của một mục không được thụt lề",
    en: "The first key of a part not indented",
    text: plan({ 3: "issuing_body: Ủy ban nhân dân phường Quảng Minh" }),
    code: "spec.yaml-indent-less",
    line: 3,
    col: 1,
    message: [
      "Dòng này thụt lề 0 dấu cách, ít hơn các dòng cùng cấp (2 dấu cách, như dòng 4), nên bị hiểu sai cấp.",
      "This line is indented 0 space(s), less than the lines of its level (2 spaces, as on line 4), so it is read at the wrong level.",
    ],
    hint: [
      "Thụt lề đúng 2 dấu cách cho thẳng cột với dòng 4. Các dòng cùng cấp phải thẳng cột với nhau; mục con thụt vào sâu hơn mục cha.",
      "Indent it by 2 spaces to line up with line 4. Lines of one level line up; children are indented more than their parent.",
    ],
  },
  {
    vi: "Dòng “- ” dưới một giá trị chữ",
    en: "A “- ” line under a text value",
    text: plan({ 13: "closing: Trên đây là Kế hoạch thực hiện công tác\n  - giảm nghèo năm 2024" }),
    code: "spec.yaml-continued-text",
    line: 14,
    col: 3,
    message: [
      "Dòng “- ” này nằm dưới một giá trị chữ (dòng 13), nên bị nối vào chữ đó, kể cả dấu “-”, chứ không thành một mục danh sách.",
      "This “- ” line stands under a text value (line 13), so it is joined to that text, dash and all, instead of being a list item.",
    ],
    hint: [
      "Nếu đây là phần tiếp của chữ, bỏ dấu “-”: giảm nghèo năm 2024. Nếu muốn giữ dấu gạch trong chữ, đặt cả đoạn trong ngoặc kép; nếu cần một danh sách, viết mỗi mục một dòng “- ” dưới một khóa không có giá trị.",
      "If it continues the text, drop the dash: giảm nghèo năm 2024. To keep the dash in the text, put the whole text in double quotes; for a list, write one “- ” line per item under a key with no value.",
    ],
  },
  {
    vi: "Thụt lề bằng phím Tab",
    en: "Indentation with the Tab key",
    text: plan({ 5: "\tlocality: Quảng Minh" }),

    code: "spec.yaml-tab",
    line: 5,
    col: 1,
    message: ["Dùng ký tự Tab để thụt lề.", "A tab is used for indentation."],
    hint: [
      "YAML chỉ chấp nhận dấu cách để thụt lề: thay các ký tự Tab bằng dấu cách, thẳng cột với các dòng cùng cấp: locality: Quảng Minh",
      "YAML accepts only spaces for indentation: replace the tabs with spaces, in line with the lines of the same level: locality: Quảng Minh",
    ],
  },
  {
    vi: "Lẫn Tab và dấu cách khi thụt lề",
    en: "Tabs and spaces mixed in the indentation",
    text: plan({ 5: " \tlocality: Quảng Minh" }),

    code: "spec.yaml-tab",
    line: 5,
    col: 2,
    message: ["Dùng ký tự Tab để thụt lề.", "A tab is used for indentation."],
    hint: [
      "YAML chỉ chấp nhận dấu cách để thụt lề: thay các ký tự Tab bằng dấu cách, thẳng cột với các dòng cùng cấp: locality: Quảng Minh",
      "YAML accepts only spaces for indentation: replace the tabs with spaces, in line with the lines of the same level: locality: Quảng Minh",
    ],
  },
  {
    vi: "Dấu cách không ngắt (dán từ Word) ở đầu dòng",
    en: "A non-breaking space (pasted from Word) in the indentation",
    text: plan({ 5: "\u00a0 locality: Quảng Minh" }),
    readme: 4,

    code: "spec.yaml-odd-space-indent",
    line: 5,
    col: 1,
    message: [
      "Đầu dòng có một ký tự trông như dấu cách nhưng không phải dấu cách thường (U+00A0 NBSP, hay gặp khi dán từ Word, Zalo, trang web), nên thụt lề của dòng bị hiểu sai.",
      "The indentation holds a character that looks like a space but is not a plain space (U+00A0 NBSP, common in text pasted from Word, Zalo or web pages), so the line's level is misread.",
    ],
    hint: [
      "Xóa các khoảng trắng ở đầu dòng và gõ lại bằng phím cách: locality: Quảng Minh",
      "Delete the blanks at the start of the line and type them again with the space bar: locality: Quảng Minh",
    ],
  },
  {
    vi: "Dấu cách không ngắt sau dấu hai chấm",
    en: "A non-breaking space after the colon",
    text: plan({ 5: "  locality:\u00a0Quảng Minh" }),

    code: "spec.yaml-odd-space-colon",
    line: 5,
    col: 12,
    message: [
      "Sau dấu hai chấm của khóa có một ký tự trông như dấu cách nhưng không phải dấu cách thường (U+00A0 NBSP, hay gặp khi dán từ Word, Zalo, trang web), nên dòng không được hiểu là “khóa: giá trị”.",
      "After the key's colon stands a character that looks like a space but is not a plain space (U+00A0 NBSP, common in text pasted from Word, Zalo or web pages), so the line is not read as “key: value”.",
    ],
    hint: [
      "Xóa khoảng trắng sau dấu hai chấm và gõ lại bằng phím cách: locality: Quảng Minh",
      "Delete the blank after the colon and type it again with the space bar: locality: Quảng Minh",
    ],
  },
  {
    vi: "Dấu cách không ngắt sau dấu gạch đầu dòng",
    en: "A non-breaking space after the dash",
    text: plan({ 14: "recipients:\n  -\u00a0Như trên" }),

    code: "spec.yaml-odd-space-dash",
    line: 15,
    col: 4,
    message: [
      "Sau dấu “-” có một ký tự trông như dấu cách nhưng không phải dấu cách thường (U+00A0 NBSP, hay gặp khi dán từ Word, Zalo, trang web), nên dòng không được hiểu là một mục của danh sách.",
      "After the “-” stands a character that looks like a space but is not a plain space (U+00A0 NBSP, common in text pasted from Word, Zalo or web pages), so the line is not read as a list item.",
    ],
    hint: [
      "Xóa khoảng trắng sau dấu “-” và gõ lại bằng phím cách: - Như trên",
      "Delete the blank after the “-” and type it again with the space bar: - Như trên",
    ],
  },
  {
    vi: "Dòng chữ trong danh sách có dấu hai chấm",
    en: "A list item of text with a colon in it",
    text: plan({ 12: "  - title: Mục tiêu\n    content:\n      - Trong đó: các hộ sau" }),
    readme: 5,

    code: "spec.colon-in-text",
    line: 14,
    col: 9,
    message: [
      'Dòng này là chữ có dấu hai chấm, nên bị hiểu là khóa "Trong đó" với một giá trị.',
      'This line is text with a colon in it, so it is read as a key "Trong đó" with a value.',
    ],
    hint: [
      'Đặt cả dòng chữ trong ngoặc kép: - "Trong đó: các hộ sau"',
      'Put the whole text in double quotes: - "Trong đó: các hộ sau"',
    ],
  },
  {
    vi: "Dòng “Lưu: VT” ghi trong nơi nhận",
    en: "The “Lưu: VT” line written among the recipients",
    text: plan({ 14: "recipients:\n  - Như trên\n  - Lưu: VT, VHXH", 15: "archive: VT" }),
    code: "spec.archive-in-recipients",
    line: 16,
    col: 5,
    message: [
      "Dòng “Lưu: …” của nơi nhận không ghi trong recipients: kehoach tự in dòng này từ khóa archive.",
      "The “Lưu: …” line of the recipients is not written in recipients: kehoach prints it from the key archive.",
    ],
    hint: [
      "Xóa dòng này khỏi recipients và ghi ở cấp ngoài cùng: archive: VT, VHXH (in ra “- Lưu: …”).",
      "Delete this line from recipients and write at the top level: archive: VT, VHXH (printed “- Lưu: …”).",
    ],
    fix: { from: "\n  - Lưu: VT, VHXH\narchive: VT", to: "\narchive: VT, VHXH" },
  },
  {
    vi: "Dấu phẩy trong tên nơi nhận ở giữa cặp ngoặc { }",
    en: "A comma in a recipient's name inside { }",
    text: plan({
      14: "recipients:\n  - Như trên\n  - { text: Các phòng, ban, đơn vị, execute: true }",
    }),
    code: "spec.comma-in-flow",
    line: 16,
    col: 24,
    message: [
      'Trong cặp ngoặc { }, dấu phẩy ngăn cách các khóa, nên chữ "ban" sau dấu phẩy bị hiểu là một khóa mới.',
      'Inside { } a comma separates keys, so the text "ban" after the comma is read as a new key.',
    ],
    hint: [
      'Đặt cả giá trị có dấu phẩy trong ngoặc kép: - { text: "Các phòng, ban, đơn vị", execute: true }',
      'Put the whole value with its commas in double quotes: - { text: "Các phòng, ban, đơn vị", execute: true }',
    ],
  },
  {
    vi: "Giá trị có dấu hai chấm ở giữa",
    en: "A value with a colon inside",
    text: plan({ 9: "  summary: Kế hoạch: giảm nghèo năm 2024" }),

    code: "spec.yaml-colon-in-value",
    line: 9,
    col: 12,
    message: [
      "Giá trị có dấu hai chấm (“: ” ở giữa hoặc “:” ở cuối dòng) nên bị hiểu nhầm là một khóa mới.",
      "The value contains a colon (“: ” inside or “:” at the end) and is read as a new key.",
    ],
    hint: [
      'Đặt cả giá trị trong ngoặc kép: summary: "Kế hoạch: giảm nghèo năm 2024"',
      'Put the whole value in double quotes: summary: "Kế hoạch: giảm nghèo năm 2024"',
    ],
  },
  {
    vi: "Dấu phẩy trong chữ ở giữa cặp ngoặc { }",
    en: "A comma in text inside { }",
    text: plan({
      10: "  period: 2024\n  legal_bases:\n    - { kind: Nghị định, number: 07/2021/NĐ-CP, date: 2021-01-27, issuer: Chính phủ, about: quy định chuẩn nghèo, cận nghèo }",
    }),
    readme: 6,

    code: "spec.comma-in-flow",
    line: 12,
    col: 115,
    message: [
      'Trong cặp ngoặc { }, dấu phẩy ngăn cách các khóa, nên chữ "cận nghèo" sau dấu phẩy bị hiểu là một khóa mới.',
      'Inside { } a comma separates keys, so the text "cận nghèo" after the comma is read as a new key.',
    ],
    hint: [
      'Đặt cả giá trị có dấu phẩy trong ngoặc kép: - { kind: Nghị định, number: 07/2021/NĐ-CP, date: 2021-01-27, issuer: Chính phủ, about: "quy định chuẩn nghèo, cận nghèo" }',
      'Put the whole value with its commas in double quotes: - { kind: Nghị định, number: 07/2021/NĐ-CP, date: 2021-01-27, issuer: Chính phủ, about: "quy định chuẩn nghèo, cận nghèo" }',
    ],
  },
  {
    vi: "Chữ bắt đầu bằng dấu &",
    en: "Text starting with &",
    text: plan({ 14: "recipients:\n  - Như trên\n  - &Các ngành liên quan" }),
    readme: 8,

    code: "spec.yaml-anchor",
    line: 16,
    col: 5,
    message: [
      "Giá trị bắt đầu bằng “&Các”: trong YAML, “&” ở đầu giá trị là một neo (anchor) và bị bỏ khỏi chữ, nên “&Các” sẽ không được in ra.",
      "The value starts with “&Các”: in YAML a “&” at the start of a value is an anchor and is dropped from the text, so “&Các” would not be printed.",
    ],
    hint: [
      'Đặt cả giá trị trong ngoặc kép: - "&Các ngành liên quan". (Neo & và bí danh * là công cụ của người lập trình; kế hoạch chỉ chấp nhận neo khi có bí danh * dùng đến nó.)',
      'Put the whole value in double quotes: - "&Các ngành liên quan". (Anchors & and aliases * are a programmer\'s tool; a plan accepts an anchor only when an alias * uses it.)',
    ],
  },
  {
    vi: "Chữ bắt đầu bằng dấu *",
    en: "Text starting with *",
    text: plan({ 14: "recipients:\n  - Như trên\n  - *Các ngành liên quan" }),

    code: "spec.yaml-needs-quotes",
    line: 16,
    col: 5,
    message: [
      "Giá trị bắt đầu bằng ký tự “*” phải được đặt trong ngoặc kép.",
      "A value starting with “*” must be put in double quotes.",
    ],
    hint: [
      'Trong YAML, “*” ở đầu giá trị có nghĩa riêng. Đặt cả giá trị trong ngoặc kép: - "*Các ngành liên quan" (chữ đậm, nghiêng vẫn giữ nguyên).',
      'In YAML “*” at the start of a value has a meaning of its own. Quote the whole value: - "*Các ngành liên quan" (bold and italics are kept).',
    ],
  },
  {
    vi: "Ngoặc kép cong “ ” của Word",
    en: "Word's curly quotes “ ”",
    text: plan({ 13: "closing: “Trên đây là Kế hoạch thực hiện công tác giảm nghèo năm 2024”" }),
    readme: 7,

    code: "spec.yaml-curly-quotes",
    line: 13,
    col: 10,
    message: [
      'Giá trị được đặt trong ngoặc kép cong “ ” (kiểu Word); YAML chỉ hiểu ngoặc kép thẳng ", nên ngoặc cong bị in ra như chữ hoặc làm hỏng dòng.',
      'The value is in curly quotes “ ” (as Word types them); YAML only knows straight quotes ", so the curly ones are printed as text or break the line.',
    ],
    hint: [
      'Thay bằng ngoặc kép thẳng: closing: "Trên đây là Kế hoạch thực hiện công tác giảm nghèo năm 2024". Nếu muốn in cả ngoặc cong, đặt cả giá trị trong ngoặc kép thẳng bên ngoài: "“…”".',
      'Use straight quotes: closing: "Trên đây là Kế hoạch thực hiện công tác giảm nghèo năm 2024". To print the curly quotes themselves, put the whole value inside straight quotes: "“…”".',
    ],
  },
  {
    vi: "Ngoặc kép cong làm hỏng dòng",
    en: "Curly quotes that break the line",
    text: plan({ 9: "  summary: “Kế hoạch: giảm nghèo năm 2024”" }),

    code: "spec.yaml-curly-quotes",
    line: 9,
    col: 12,
    message: [
      'Giá trị được đặt trong ngoặc kép cong “ ” (kiểu Word); YAML chỉ hiểu ngoặc kép thẳng ", nên ngoặc cong bị in ra như chữ hoặc làm hỏng dòng.',
      'The value is in curly quotes “ ” (as Word types them); YAML only knows straight quotes ", so the curly ones are printed as text or break the line.',
    ],
    hint: [
      'Thay bằng ngoặc kép thẳng: summary: "Kế hoạch: giảm nghèo năm 2024". Nếu muốn in cả ngoặc cong, đặt cả giá trị trong ngoặc kép thẳng bên ngoài: "“…”".',
      'Use straight quotes: summary: "Kế hoạch: giảm nghèo năm 2024". To print the curly quotes themselves, put the whole value inside straight quotes: "“…”".',
    ],
  },
  {
    vi: "Số đếm có dấu %",
    en: "A count with a % sign",
    text: plan({}, stats(UNIT_A.replace("1011", "7%"))),

    code: "spec.count-percent",
    line: 22,
    col: 19,
    message: [
      '"households" là số đếm (số nguyên), không phải tỷ lệ, nhưng nhận được "7%".',
      '"households" is a count (a whole number), not a rate, but got "7%".',
    ],
    hint: [
      "Bỏ dấu %: households: 7 nếu 7 là số lượng đếm được (ví dụ số hộ). Nếu 7% là tỷ lệ, ghi số lượng thay cho tỷ lệ: kehoach tự tính tỷ lệ phần trăm từ các số đếm.",
      "Drop the % sign: households: 7 if 7 is the count itself (e.g. households). If 7% is a rate, write the count instead: kehoach computes the rates from the counts.",
    ],
  },
  {
    vi: "Số có dấu phẩy ngăn cách hàng nghìn (kiểu Excel)",
    en: "A number with a thousands comma (Excel style)",
    text: plan({}, stats(UNIT_A.replace("1011", "1,011"))),
    readme: 9,

    code: "spec.count-thousands",
    line: 22,
    col: 19,
    message: [
      '"households" là số nguyên (số đếm), nên 1,011 chỉ có thể là một nghìn không trăm mười một viết có dấu ngăn cách hàng nghìn: trong tệp kế hoạch phải ghi 1011.',
      '"households" is a whole number (a count), so 1,011 can only mean one thousand eleven, written with a thousands separator: the plan file needs 1011.',
    ],
    hint: [
      "Ghi 1011, viết liền, không có dấu chấm hay dấu phẩy: households: 1011. Khi in, kehoach tự viết “1.011”.",
      "Write 1011, without a dot or a comma: households: 1011. kehoach prints “1.011”.",
    ],
  },
  {
    vi: "Số có dấu chấm ngăn cách hàng nghìn",
    en: "A number with a thousands dot",
    text: plan({}, stats(UNIT_A.replace("1011", "1.011"))),

    code: "spec.count-thousands",
    line: 22,
    col: 19,
    message: [
      '"households" là số nguyên (số đếm), nên 1.011 chỉ có thể là một nghìn không trăm mười một viết có dấu ngăn cách hàng nghìn: trong tệp kế hoạch phải ghi 1011.',
      '"households" is a whole number (a count), so 1.011 can only mean one thousand eleven, written with a thousands separator: the plan file needs 1011.',
    ],
    hint: [
      "Ghi 1011, viết liền, không có dấu chấm hay dấu phẩy: households: 1011. Khi in, kehoach tự viết “1.011”.",
      "Write 1011, without a dot or a comma: households: 1011. kehoach prints “1.011”.",
    ],
  },
  {
    vi: "Số có dấu phẩy ngăn cách hàng nghìn trong cặp ngoặc { }",
    en: "A number with thousands commas inside { }",
    text: plan({}, "budget:\n  sources:\n    - { name: Ngân sách phường, amount: 350,000,000 }\n"),
    code: "spec.number-comma-in-flow",
    line: 19,
    col: 41,
    message: [
      "Trong cặp ngoặc { }, dấu phẩy ngăn cách các khóa, nên số 350,000,000 bị cắt làm nhiều phần.",
      "Inside { } a comma separates keys, so the number 350,000,000 is cut into pieces.",
    ],
    hint: [
      "Ghi số liền, không có dấu phẩy hay dấu chấm ngăn cách hàng nghìn: - { name: Ngân sách phường, amount: 350000000 }. Khi in, kehoach tự viết theo kiểu Việt Nam.",
      "Write the number without thousands separators: - { name: Ngân sách phường, amount: 350000000 }. kehoach prints it the Vietnamese way.",
    ],
  },
  {
    vi: "Tên khóa viết bằng tiếng Việt",
    en: "A key written in Vietnamese",
    text: plan({ 9: "  trích_yếu: Thực hiện công tác giảm nghèo năm 2024" }),
    readme: 10,

    code: "spec.vietnamese-key",
    line: 9,
    col: 3,
    message: [
      'Khóa "trích_yếu" là tên tiếng Việt của khóa "summary": trong tệp kế hoạch, các khóa viết bằng tiếng Anh.',
      'Key "trích_yếu" is the Vietnamese name of the key "summary": a plan file writes its keys in English.',
    ],
    hint: [
      "Sửa thành: summary: Thực hiện công tác giảm nghèo năm 2024",
      "Change it to: summary: Thực hiện công tác giảm nghèo năm 2024",
    ],
  },
  {
    vi: "Tên khóa tiếng Việt có dấu cách",
    en: "A Vietnamese key with spaces",
    text: plan({ 14: "nơi nhận: [Như trên]" }),

    code: "spec.vietnamese-key",
    line: 14,
    col: 1,
    message: [
      'Khóa "nơi nhận" là tên tiếng Việt của khóa "recipients": trong tệp kế hoạch, các khóa viết bằng tiếng Anh.',
      'Key "nơi nhận" is the Vietnamese name of the key "recipients": a plan file writes its keys in English.',
    ],
    hint: ["Sửa thành: recipients: [Như trên]", "Change it to: recipients: [Như trên]"],
  },
  {
    vi: "Tên khóa tiếng Việt không dấu",
    en: "A Vietnamese key without tone marks",
    text: plan({ 16: "signature: { title: Chủ tịch, nguoi ky: Nguyễn Văn An }" }),

    code: "spec.vietnamese-key",
    line: 16,
    col: 31,
    message: [
      'Khóa "nguoi ky" là tên tiếng Việt của khóa "signer": trong tệp kế hoạch, các khóa viết bằng tiếng Anh.',
      'Key "nguoi ky" is the Vietnamese name of the key "signer": a plan file writes its keys in English.',
    ],
    hint: [
      "Sửa thành: signature: { title: Chủ tịch, signer: Nguyễn Văn An }",
      "Change it to: signature: { title: Chủ tịch, signer: Nguyễn Văn An }",
    ],
  },
  {
    vi: "Căn cứ viết bằng tiếng Việt",
    en: "The legal bases under their Vietnamese name",
    text: plan({ 10: "  period: 2024\n  căn cứ:\n    - Luật Tổ chức chính quyền địa phương" }),

    code: "spec.vietnamese-key",
    line: 11,
    col: 3,
    message: [
      'Khóa "căn cứ" là tên tiếng Việt của khóa "legal_bases": trong tệp kế hoạch, các khóa viết bằng tiếng Anh.',
      'Key "căn cứ" is the Vietnamese name of the key "legal_bases": a plan file writes its keys in English.',
    ],
    hint: ["Sửa thành: legal_bases:", "Change it to: legal_bases:"],
  },
  {
    vi: "Khóa viết sai chính tả",
    en: "A misspelt key",
    text: plan({ 5: "  localty: Quảng Minh" }),
    fix: { from: "localty", to: "locality" },

    code: "spec.unknown-key-suggest",
    line: 5,
    col: 3,
    message: [
      'Khóa "localty" không hợp lệ ở đây. Có phải ý bạn là "locality"?',
      'Key "localty" is not allowed here. Did you mean "locality"?',
    ],
    hint: [
      'Sửa thành "locality". Các khóa được phép ở đây: parent_body, issuing_body, issuing_body_short, unit_kind, locality, number, symbol, place, date, summary, period, draft, legal_bases, implements, lead_in.',
      'Change it to "locality". Allowed keys here: parent_body, issuing_body, issuing_body_short, unit_kind, locality, number, symbol, place, date, summary, period, draft, legal_bases, implements, lead_in.',
    ],
  },
  {
    vi: "Khóa viết sai chính tả, bên cạnh khóa đúng",
    en: "A misspelt key beside the right one",
    text: plan({ 5: "  locality: Quảng Minh\n  localty: Quảng Minh" }),
    fix: { from: "  localty: Quảng Minh\n", to: "" },

    code: "spec.unknown-key-written",
    line: 6,
    col: 3,
    message: [
      'Khóa "localty" không hợp lệ ở đây. Có phải ý bạn là "locality"? Khóa "locality" đã có ở dòng 5.',
      'Key "localty" is not allowed here. Did you mean "locality"? Key "locality" is already written on line 5.',
    ],
    hint: [
      'Mỗi khóa chỉ ghi một lần: xóa dòng này nếu thừa, hoặc gộp nội dung vào "locality" ở dòng 5.',
      'A key is written once: delete this line if it is a leftover, or merge it into "locality" on line 5.',
    ],
  },
  {
    vi: "Khóa viết sai chính tả, lại đặt ở cấp ngoài cùng",
    en: "A misspelt key, at the top level",
    text: plan({ 5: null }, "localty: Quảng Minh\n"),
    code: "spec.unknown-key-elsewhere",
    line: 16,
    col: 1,
    message: [
      'Khóa "localty" không hợp lệ ở đây. Có phải ý bạn là "locality"? Khóa "locality" thuộc mục "document", không đặt ở cấp ngoài cùng.',
      'Key "localty" is not allowed here. Did you mean "locality"? Key "locality" belongs in "document", not at the top level.',
    ],
    hint: [
      'Chuyển dòng này vào trong mục document (thụt lề thẳng cột với các khóa khác của document) và ghi khóa là "locality".',
      'Move this line into document (indented like the other keys of document) and write the key as "locality".',
    ],
    fix: { from: plan({ 5: null }, "localty: Quảng Minh\n"), to: BASE },
  },
  {
    vi: "Khóa đặt ở cấp ngoài cùng thay vì trong mục của nó",
    en: "A key at the top level instead of in its part",
    text: plan({ 5: null }, "locality: Quảng Minh\n"),
    code: "spec.key-misplaced",
    line: 16,
    col: 1,
    message: [
      'Khóa "locality" thuộc mục "document", không đặt ở cấp ngoài cùng.',
      'Key "locality" belongs in "document", not at the top level.',
    ],
    hint: [
      "Chuyển dòng này vào trong mục document (thụt lề thẳng cột với các khóa khác của document).",
      "Move this line into document (indented like the other keys of document).",
    ],
    fix: { from: plan({ 5: null }, "locality: Quảng Minh\n"), to: BASE },
  },
  {
    vi: "Hai đơn vị trùng tên",
    en: "Two units with the same name",
    text: plan({}, stats(UNIT_A + UNIT_A)),
    fix: { from: UNIT_A + UNIT_A, to: UNIT_A + UNIT_B },
    readme: 3,

    code: "spec.duplicate-unit",
    line: 24,
    col: 13,
    message: [
      'Đơn vị "Tổ dân phố 1" đã có ở plan.yaml:21:13: mỗi đơn vị chỉ được ghi một lần trong danh sách units.',
      'Unit "Tổ dân phố 1" is already listed at plan.yaml:21:13: each unit may appear only once in units.',
    ],
    hint: [
      "Gộp số liệu của hai dòng vào một (dòng 21), hoặc sửa tên cho đúng nếu đây là một đơn vị khác.",
      "Merge the two entries' figures into one (line 21), or correct the name if this is another unit.",
    ],
  },
];
