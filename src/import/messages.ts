// Messages of the Excel/CSV import (src/import), by diagnostic code, in Vietnamese and English. The
// cell is named as Excel names it ("Sheet1!C7") so the official finds it with Ctrl+G.

import type { MessageTable } from "../diagnostics/types.js";

const FIELDS_VI =
  "name (tên đơn vị), households (tổng số hộ), persons (tổng số khẩu), <mã nhóm>.households, <mã nhóm>.persons, <mã nhóm>.exits, <mã nhóm>.entries, <mã cách chia>.<mã phần>, skip (bỏ qua)";
const FIELDS_EN =
  "name, households, persons, <group>.households, <group>.persons, <group>.exits, <group>.entries, <breakdown>.<part>, skip";

export const IMPORT_MESSAGES: MessageTable = {
  "import.unreadable": {
    vi: "Không đọc được tệp {file} như một bảng tính Excel ({detail}).",
    en: "Cannot read {file} as an Excel workbook ({detail}).",
    hintVi: "Mở tệp bằng Excel và lưu lại dưới dạng Excel Workbook (.xlsx) hoặc CSV UTF-8 (.csv).",
    hintEn: "Open it in Excel and save it as an Excel Workbook (.xlsx) or as CSV UTF-8 (.csv).",
  },
  "import.not-utf8": {
    vi: "Tệp {file} không phải văn bản UTF-8, nên chữ tiếng Việt sẽ bị đọc sai.",
    en: "{file} is not UTF-8 text, so its Vietnamese letters would be misread.",
    hintVi:
      "Trong Excel chọn Lưu thành (Save As) → CSV UTF-8 (Comma delimited) (*.csv), hoặc lưu thành .xlsx.",
    hintEn: "In Excel choose Save As → CSV UTF-8 (Comma delimited) (*.csv), or save as .xlsx.",
  },
  "import.no-sheet": {
    vi: "Tệp {file} không có trang tính “{sheet}”. Các trang tính: {sheets}.",
    en: "{file} has no sheet “{sheet}”. Its sheets: {sheets}.",
    hintVi:
      "Ghi đúng tên trang tính sau --sheet, hoặc bỏ --sheet để đọc trang tính đầu tiên có bảng số liệu.",
    hintEn:
      "Give a sheet's exact name after --sheet, or leave --sheet out to read the first sheet with a table.",
  },
  "import.no-header": {
    vi: "Không tìm thấy dòng tiêu đề có cột tên đơn vị trong {file} (trang tính: {sheets}).",
    en: "No header row with a unit-name column in {file} (sheets: {sheets}).",
    hintVi:
      'Đặt tiêu đề cho cột tên là "Tên đơn vị" (hoặc "Đơn vị", "Thôn", "Tổ dân phố"…), hoặc chỉ rõ bằng --map "Tiêu đề cột tên=name".',
    hintEn:
      'Head the name column "Tên đơn vị" (or "Đơn vị", "Thôn", "Tổ dân phố"…), or say which it is with --map "Its heading=name".',
  },
  "import.no-figures": {
    vi: "{file}, trang tính {sheet}: không nhận ra cột số liệu nào (số hộ, số khẩu, hộ nghèo…).",
    en: "{file}, sheet {sheet}: no column of figures recognised (households, persons, poor households…).",
    hintVi: `Đặt tiêu đề như "Tổng số hộ", "Hộ nghèo", "Số khẩu", hoặc chỉ rõ bằng --map "Tiêu đề=trường". Các trường: ${FIELDS_VI}.`,
    hintEn: `Use headings such as "Tổng số hộ", "Hộ nghèo", "Số khẩu", or --map "Heading=field". Fields: ${FIELDS_EN}.`,
  },
  "import.no-units": {
    vi: "{file}, trang tính {sheet}: dưới dòng tiêu đề không có dòng đơn vị nào.",
    en: "{file}, sheet {sheet}: no unit rows under the header.",
  },
  "import.column-not-read": {
    vi: "{file}, ô {cell}: không đọc cột “{heading}” vì không rõ đó là số liệu gì.",
    en: "{file}, cell {cell}: column “{heading}” is not read: it is not clear which figure it holds.",
    hintVi: `Nếu cần đọc cột này, chỉ rõ bằng --map "{heading}=trường". Các trường: ${FIELDS_VI}.`,
    hintEn: `To read it, say which figure it is with --map "{heading}=field". Fields: ${FIELDS_EN}.`,
  },
  "import.columns-computed": {
    vi: "{file}: các cột tỷ lệ và số cuối kỳ không được đọc (ô {cells}): kehoach tự tính chúng từ số liệu.",
    en: "{file}: the rate and end-of-period columns are not read (cells {cells}): kehoach computes them from the figures.",
  },
  "import.column-twice": {
    vi: "{file}: cột “{heading}” (ô {cell}) và cột ở ô {other} cùng là số liệu {field}.",
    en: "{file}: column “{heading}” (cell {cell}) and the column at {other} both hold {field}.",
    hintVi: 'Bỏ một cột, hoặc chỉ rõ bằng --map, ví dụ --map "{heading}=skip".',
    hintEn: 'Remove one of them, or say which to read with --map, e.g. --map "{heading}=skip".',
  },
  "import.total-row": {
    vi: "{file}, ô {cell}: dòng “{name}” là dòng tổng, không được đọc: kehoach tự cộng số liệu các đơn vị.",
    en: "{file}, cell {cell}: row “{name}” is a totals row and is not read: kehoach adds up the units itself.",
  },
  "import.bad-cell": {
    vi: "{file}, ô {cell} (cột “{heading}”): “{value}” không phải số đếm.",
    en: "{file}, cell {cell} (column “{heading}”): “{value}” is not a count.",
    hintVi:
      "Ghi một số nguyên không âm, ví dụ 1011 hoặc 1.011; để trống nếu chưa có số liệu, ghi - hoặc 0 nếu không có.",
    hintEn:
      "Write a whole number, e.g. 1011 or 1.011; leave it empty if there is no figure, write - or 0 for none.",
  },
  "import.bad-cell-fraction": {
    vi: "{file}, ô {cell} (cột “{heading}”): “{value}” là số thập phân, không phải số đếm.",
    en: "{file}, cell {cell} (column “{heading}”): “{value}” has decimals; a count is a whole number.",
    hintVi:
      "Số đếm là số nguyên. Trong tiếng Việt dấu phẩy ngăn phần thập phân: 1,011 là một phẩy không mười một. Ghi 1011 hoặc 1.011.",
    hintEn:
      "Counts are whole numbers. In Vietnamese the comma marks decimals: 1,011 is one point zero one one. Write 1011 or 1.011.",
  },
  "import.bad-cell-fraction-en": {
    vi: "{file}, ô {cell} (cột “{heading}”): “{value}” là số thập phân, không phải số đếm.",
    en: "{file}, cell {cell} (column “{heading}”): “{value}” has decimals; a count is a whole number.",
    hintVi:
      "Tệp này ghi số theo kiểu tiếng Anh, dấu chấm ngăn phần thập phân: 1.011 là một phẩy không mười một. Ghi 1011 hoặc 1,011.",
    hintEn:
      "This file writes numbers the English way, the point marking decimals: 1.011 is one point zero one one. Write 1011 or 1,011.",
  },
  "import.english-numbers": {
    vi: "{file}: số trong tệp được ghi theo kiểu tiếng Anh (0.69; 1,011 là một nghìn không trăm mười một), nên được đọc theo cách đó.",
    en: "{file}: the numbers in the file are written the English way (0.69; 1,011 is one thousand and eleven) and are read so.",
  },
  "import.bad-cell-negative": {
    vi: "{file}, ô {cell} (cột “{heading}”): “{value}” là số âm, không phải số đếm.",
    en: "{file}, cell {cell} (column “{heading}”): “{value}” is negative; a count is not.",
    hintVi: "Ghi số hộ hoặc số khẩu, từ 0 trở lên.",
    hintEn: "Write the number of households or persons, 0 or more.",
  },
  "import.row-without-name": {
    vi: "{file}, ô {cell}: dòng có số liệu nhưng không có tên đơn vị nên không được đọc.",
    en: "{file}, cell {cell}: the row has figures but no unit name, so it is not read.",
    hintVi: "Ghi tên đơn vị vào ô này.",
    hintEn: "Write the unit's name in this cell.",
  },
  "import.duplicate-unit": {
    vi: "{file}: đơn vị “{name}” có hai dòng (ô {other} và ô {cell}).",
    en: "{file}: unit “{name}” has two rows (cells {other} and {cell}).",
    hintVi: "Mỗi đơn vị chỉ ghi một dòng: gộp hoặc xóa một dòng.",
    hintEn: "Give each unit one row: merge or delete one of them.",
  },
  "import.bad-map": {
    vi: "--map: không hiểu “{entry}”.",
    en: "--map: cannot read “{entry}”.",
    hintVi: `Viết "Tiêu đề cột=trường", các cặp cách nhau bằng dấu phẩy. Các trường: ${FIELDS_VI}; mã nhóm: {groups}.`,
    hintEn: `Write "Heading=field", pairs separated by commas. Fields: ${FIELDS_EN}; groups: {groups}.`,
  },
  "import.no-statistics": {
    vi: "Kế hoạch {plan} chưa có phần statistics để nhận số liệu.",
    en: "The plan {plan} has no statistics section to take the figures.",
    hintVi: "Thêm statistics: với baseline_year (năm của số liệu) rồi nhập lại.",
    hintEn: "Add statistics: with its baseline_year (the year of the figures), then import again.",
  },
  "import.units-inline": {
    vi: "Kế hoạch {plan}: statistics.units được viết trên một dòng ([ … ]), không thêm đơn vị vào được.",
    en: "The plan {plan}: statistics.units is written inline ([ … ]), so no unit can be added to it.",
    hintVi: 'Viết mỗi đơn vị một mục "- name: …" trên các dòng riêng.',
    hintEn: 'Write each unit as its own "- name: …" item.',
  },
  "import.plan-yaml": {
    vi: "Kế hoạch {plan} có lỗi cú pháp YAML ({detail}).",
    en: "The plan {plan} has a YAML syntax error ({detail}).",
    hintVi: "Sửa lỗi trước (kehoach validate {plan}) rồi nhập lại.",
    hintEn: "Fix it first (kehoach validate {plan}), then import again.",
  },
};
