// Messages of the model stage, by diagnostic code, in Vietnamese and English.
// Placeholders {name} are filled from the diagnostic's params.

import type { MessageTable } from "../diagnostics/types.js";

export const MODEL_MESSAGES: MessageTable = {
  "model.template-missing": {
    vi: 'Không có mẫu "{template}".',
    en: 'There is no template "{template}".',
    hintVi:
      "Kiểm tra tên mẫu (tinh-hinh, thieu-hut, phan-loai, kinh-phi, chuan-ngheo …) hoặc đặt tệp {template}.hbs vào thư mục templates/ cạnh kế hoạch.",
    hintEn:
      "Check the template name (tinh-hinh, thieu-hut, phan-loai, kinh-phi, chuan-ngheo …) or put a file {template}.hbs in the templates/ folder beside the plan.",
  },
  "model.template-syntax": {
    vi: 'Mẫu "{template}" viết sai cú pháp ({file}): {message}',
    en: 'Template "{template}" has a syntax error ({file}): {message}',
    hintVi: "Sửa tệp mẫu: mỗi {{#if}}, {{#each}} phải có {{/if}}, {{/each}} tương ứng.",
    hintEn: "Fix the template file: every {{#if}} and {{#each}} needs its {{/if}} or {{/each}}.",
  },
  "model.template-failed": {
    vi: 'Không dựng được đoạn văn từ mẫu "{template}" ({file}): {message}',
    en: 'Template "{template}" failed ({file}): {message}',
    hintVi:
      "Mẫu dùng một giá trị không có. Xem đầu tệp mẫu gốc để biết các giá trị được cung cấp; đoạn này bị bỏ qua.",
    hintEn:
      "The template uses a value that does not exist. The comment at the top of the built-in template lists the values it gets; the block was left out.",
  },
  "model.templates-folder": {
    vi: 'Không có thư mục mẫu "{folder}" (khóa templates, tính từ thư mục chứa tệp kế hoạch).',
    en: 'There is no template folder "{folder}" (key templates, relative to the plan\'s folder).',
    hintVi: "Tạo thư mục đó và đặt các tệp .hbs, labels.yaml vào, hoặc sửa đường dẫn.",
    hintEn: "Create the folder and put its .hbs and labels.yaml files in it, or correct the path.",
  },
  "model.template-unknown-value": {
    vi: '{file}:{line}:{col}: mẫu "{template}" dùng giá trị "{name}" không có.',
    en: '{file}:{line}:{col}: template "{template}" uses "{name}", which does not exist.',
    hintVi:
      "Sửa tên giá trị trong tệp mẫu. Các giá trị một mẫu được dùng: docs/template-context.md (hoặc lệnh kehoach templates). Đoạn này bị bỏ qua.",
    hintEn:
      "Correct the value's name in the template. The values a template gets: docs/template-context.md (or kehoach templates). The block was left out.",
  },
  "model.labels-invalid": {
    vi: "Tệp nhãn {file} không đọc được: {message}",
    en: "The labels file {file} cannot be read: {message}",
    hintVi: 'Mỗi dòng của labels.yaml có dạng  tên: "văn bản" (xem templates/labels.yaml gốc).',
    hintEn:
      'Each entry of labels.yaml reads  name: "text" (see the built-in templates/labels.yaml).',
  },
  "model.label-missing": {
    vi: 'Thiếu nhãn "{label}" trong labels.yaml.',
    en: 'The label "{label}" is missing from labels.yaml.',
    hintVi: "Khôi phục nhãn này trong templates/labels.yaml của kehoach.",
    hintEn: "Restore this label in kehoach's templates/labels.yaml.",
  },
  "model.label-failed": {
    vi: 'Nhãn "{label}" ({file}) không dựng được: {message}',
    en: 'The label "{label}" ({file}) failed: {message}',
    hintVi: "Nhãn dùng một giá trị không có; xem chú thích trong templates/labels.yaml gốc.",
    hintEn:
      "The label uses a value that does not exist; see the comments in the built-in templates/labels.yaml.",
  },
  "model.no-statistics": {
    vi: "{what} cần số liệu thống kê nhưng kế hoạch không có mục statistics.",
    en: "{what} needs figures, but the plan has no statistics.",
    hintVi: "Thêm mục statistics (số liệu theo đơn vị hoặc tổng số) hoặc bỏ khối này.",
    hintEn: "Add a statistics section (figures per unit, or totals) or remove this block.",
  },
  "model.unknown-group": {
    vi: 'Không có nhóm "{group}" trong số liệu.',
    en: 'There is no group "{group}" in the statistics.',
    hintVi:
      "Dùng một mã nhóm đã khai báo trong statistics.groups (khi có chuẩn nghèo mà không khai thì có poor, near_poor).",
    hintEn:
      "Use a group id declared in statistics.groups (with a poverty standard and no groups: poor, near_poor).",
  },
  "model.unknown-breakdown": {
    vi: 'Không có cách phân loại "{breakdown}" trong số liệu.',
    en: 'There is no breakdown "{breakdown}" in the statistics.',
    hintVi: "Dùng một mã đã khai báo trong statistics.breakdowns.",
    hintEn: "Use an id declared in statistics.breakdowns.",
  },
  "model.unknown-target": {
    vi: 'Không có chỉ tiêu "{target}".',
    en: 'There is no target "{target}".',
    hintVi: "Dùng một mã chỉ tiêu đã khai báo trong targets.",
    hintEn: "Use a target id declared in targets.",
  },
  "model.target-figures-missing": {
    vi: 'Chưa tính được số liệu của chỉ tiêu "{target}"; chỉ tiêu này bị bỏ qua.',
    en: 'The figures of target "{target}" were not computed; the target was left out.',
    hintVi: "Chỉ tiêu tính từ số liệu cần mục statistics với nhóm tương ứng.",
    hintEn: "A target computed from the figures needs statistics with the group it names.",
  },
  "model.template-needs": {
    vi: 'Mẫu "{template}" cần khai báo {field}.',
    en: 'Template "{template}" needs a {field}.',
    hintVi:
      "Ví dụ: { template: tinh-hinh, group: poor } hoặc { template: phan-loai, breakdown: <mã> }.",
    hintEn:
      "For example { template: tinh-hinh, group: poor } or { template: phan-loai, breakdown: <id> }.",
  },
  "model.no-budget": {
    vi: 'Mẫu "{template}" cần mục budget (kinh phí) nhưng kế hoạch không có.',
    en: 'Template "{template}" needs a budget, but the plan has none.',
    hintVi: "Thêm mục budget với các nguồn vốn (sources) hoặc bỏ khối này.",
    hintEn: "Add a budget with its sources, or remove this block.",
  },
  "model.no-deprivation": {
    vi: "Không có số liệu thiếu hụt dịch vụ xã hội cơ bản của {group}.",
    en: "No deprivation counts were recorded for {group}.",
    hintVi:
      "Ghi số hộ thiếu hụt theo từng chỉ số của chuẩn nghèo trong statistics (deprivation; cần statistics.standard) hoặc bỏ khối này.",
    hintEn:
      "Record deprived households per indicator in the statistics (deprivation) or remove this block.",
  },
  "model.no-standard": {
    vi: 'Mẫu "{template}" nêu chuẩn nghèo áp dụng, nhưng số liệu thống kê không có chuẩn nghèo (statistics.standard).',
    en: 'Template "{template}" states the poverty standard, but the statistics name none (statistics.standard).',
    hintVi:
      "Ghi statistics.standard (ví dụ nd-07-2021) nếu đây là số liệu hộ nghèo, hoặc bỏ khối này.",
    hintEn:
      "Set statistics.standard (e.g. nd-07-2021) if these are poverty figures, or remove this block.",
  },
  "model.no-assignments": {
    vi: "Mục này có assignments: true nhưng kế hoạch không phân công cơ quan nào.",
    en: "This section has assignments: true but the plan assigns no agency.",
    hintVi:
      "Thêm danh sách assignments (cơ quan, vai trò, nhiệm vụ), hoặc giao nhiệm vụ (tasks) cho các cơ quan khai ở agencies, hoặc bỏ assignments: true.",
    hintEn:
      "Add the assignments list (agency, role, tasks), or tasks led by agencies declared in agencies, or remove assignments: true.",
  },
  "model.no-reporting": {
    vi: "Mục này có reporting: true nhưng kế hoạch không có chế độ báo cáo.",
    en: "This section has reporting: true but the plan has no reporting regime.",
    hintVi: "Thêm mục reporting hoặc bỏ reporting: true.",
    hintEn: "Add a reporting section or remove reporting: true.",
  },
  "model.placed-tasks": {
    vi: 'Có nhiệm vụ (tasks) chưa được đặt vào mục nào nên được in ở mục "{number} {title}".',
    en: 'Some tasks are placed in no section, so they are printed in "{number} {title}".',
    hintVi:
      "Muốn đặt ở chỗ khác: thêm khối { tasks: all } (hoặc { tasks: [mã nhiệm vụ, mã nhóm] }) vào nội dung một mục, hoặc thêm phụ lục có bảng { generate: tasks }.",
    hintEn:
      "To place them elsewhere, add a block { tasks: all } (or { tasks: [ids] }) to a section, or an appendix with the table { generate: tasks }.",
  },
  "model.placed-budget": {
    vi: 'Kinh phí (budget) chưa được đặt vào mục nào nên được in thành mục "{number} {title}".',
    en: 'The budget is placed in no section, so it is printed as "{number} {title}".',
    hintVi: "Muốn đặt ở chỗ khác: thêm khối { template: kinh-phi } vào nội dung của mục đó.",
    hintEn:
      "To place it elsewhere, add the block { template: kinh-phi } to that section's content.",
  },
  "model.placed-assignments": {
    vi: 'Phân công (assignments) chưa được đặt vào mục nào nên được in thành mục "{number} {title}" ở cuối kế hoạch.',
    en: 'The assignments are placed in no section, so they are printed as "{number} {title}" at the end of the plan.',
    hintVi: "Muốn đặt ở chỗ khác: ghi assignments: true ở mục tổ chức thực hiện.",
    hintEn: "To place them elsewhere, write assignments: true on the implementation section.",
  },
  "model.placed-reporting": {
    vi: 'Chế độ báo cáo (reporting) chưa được đặt vào mục nào nên được in thành mục "{number} {title}".',
    en: 'The reporting regime is placed in no section, so it is printed as "{number} {title}".',
    hintVi: "Muốn đặt ở chỗ khác: ghi reporting: true ở mục cần đặt.",
    hintEn: "To place it elsewhere, write reporting: true on that section.",
  },
  "model.empty-section": {
    vi: "Mục “{heading}” trống: không có nội dung, mục con, phân công hay chế độ báo cáo.",
    en: "Section “{heading}” is empty: no content, subsections, assignments or reporting.",
    hintVi:
      "Viết nội dung của mục (content), thêm mục con (sections), hoặc xóa mục này nếu không cần.",
    hintEn: "Write the section's content, add subsections (sections), or delete the section.",
  },
  "model.table-total-inexact": {
    vi: "Không tính được chính xác dòng tổng của cột {column}: tổng có quá nhiều chữ số (máy chỉ tính chính xác được khoảng 15 chữ số), nên sẽ in ra một số khác với tổng thật.",
    en: "The total of column {column} cannot be computed exactly: it has too many digits (only about 15 digits are exact), so a number other than the true sum would be printed.",
    hintVi:
      "Kiểm tra các số trong cột (có thể bị gõ thừa chữ số); ghi theo đơn vị lớn hơn (triệu đồng, tỷ đồng) hoặc làm tròn phần thập phân.",
    hintEn:
      "Check the column's numbers (a digit may have been typed twice); write them in a larger unit or round the decimals.",
  },
  "model.table-widths": {
    vi: "Bảng có {columns} cột nhưng widths khai báo {given} độ rộng; độ rộng cột được tự chọn.",
    en: "The table has {columns} columns but widths gives {given}; the widths were chosen automatically.",
    hintVi: "Ghi một độ rộng cho mỗi cột.",
    hintEn: "Give one width per column.",
  },
  "model.table-number-ambiguous": {
    vi: "Ô {value} ở cột {column} có hai cách hiểu: {whole_vi} (dấu “{sep}” ngăn cách hàng nghìn) hoặc {decimal_vi} (số thập phân).",
    en: "Cell {value} in column {column} reads two ways: {whole_en} (“{sep}” separating thousands) or {decimal_en} (a decimal).",
    hintVi:
      "Ghi {whole} nếu là {words_vi} (in ra “{whole_vi}”), hoặc {decimal} nếu là số thập phân (in ra “{decimal_vi}”), không có dấu ngoặc kép. Trong tệp kế hoạch, số viết liền, không có dấu ngăn cách hàng nghìn, phần thập phân đứng sau dấu chấm; khi in, kehoach tự viết theo kiểu Việt Nam.",
    hintEn:
      "Write {whole} if you mean {words_en} (printed “{whole_vi}”), or {decimal} if you mean the decimal (printed “{decimal_vi}”), without quotes. A plan file writes numbers without thousands separators, with a decimal point; kehoach prints them the Vietnamese way.",
  },
  "model.table-number-grouped": {
    vi: 'Ô "{value}" ở cột {column} là một số viết có dấu ngăn cách hàng nghìn, nên được đọc là chữ, không phải số.',
    en: 'Cell "{value}" in column {column} is a number written with thousands separators, so it is read as text, not a number.',
    hintVi:
      "Ghi {fix}, không có dấu ngoặc kép: trong tệp kế hoạch, số viết liền, phần thập phân (nếu có) đứng sau dấu chấm; khi in, kehoach tự viết “{fix_vi}”.",
    hintEn:
      "Write {fix}, without quotes: a plan file writes numbers without separators, decimals (if any) after a dot; kehoach prints “{fix_vi}”.",
  },
  "model.table-number-text": {
    vi: 'Ô "{value}" ở cột {column} là chữ, không phải số, nên dòng “{total}” không cộng ô này.',
    en: 'Cell "{value}" in column {column} is text, not a number, so the “{total}” row leaves it out.',
    hintVi:
      "Ghi {fix}, không có dấu ngoặc kép (phần thập phân đứng sau dấu chấm); khi in, kehoach tự viết “{fix_vi}”.",
    hintEn: "Write {fix}, without quotes (decimals after a dot); kehoach prints “{fix_vi}”.",
  },
  "model.table-text-in-total": {
    vi: 'Ô "{value}" ở cột {column} không phải là số, nên dòng “{total}” không cộng ô này.',
    en: 'Cell "{value}" in column {column} is not a number, so the “{total}” row leaves it out.',
    hintVi:
      "Nếu ô này là một số liệu, chỉ ghi con số (ví dụ 50, không kèm chữ hay đơn vị). Nếu không có số liệu, để trống hoặc ghi “-”.",
    hintEn:
      "If the cell is a figure, write the number alone (e.g. 50, no words or unit). If there is no figure, leave it empty or write “-”.",
  },
  "model.internal": {
    vi: "Lỗi nội bộ của kehoach khi dựng khối này: {message}",
    en: "kehoach failed on this block (internal error): {message}",
    hintVi: "Khối này bị bỏ qua. Xin báo lỗi cho người bảo trì kehoach, kèm tệp kế hoạch.",
    hintEn:
      "The block was left out. Please report this to kehoach's maintainers with the plan file.",
  },
  "model.unknown-appendix": {
    vi: 'Không có phụ lục mã "{appendix}" (các mã đã khai báo: {known}).',
    en: 'There is no appendix with id "{appendix}" (ids declared: {known}).',
    hintVi:
      "Ghi id: {appendix} cho phụ lục cần dẫn trong appendices, hoặc sửa mã trong khối { appendix: … }.",
    hintEn:
      "Give the appendix id: {appendix} under appendices, or correct the id in the { appendix: … } block.",
  },
  "model.unknown-appendix-suggest": {
    vi: 'Không có phụ lục mã "{appendix}". Có phải là "{suggestion}"?',
    en: 'There is no appendix with id "{appendix}". Did you mean "{suggestion}"?',
    hintVi: "Sửa thành { appendix: {suggestion} }.",
    hintEn: "Write { appendix: {suggestion} }.",
  },
  "model.appendix-unreferenced": {
    vi: "Nội dung kế hoạch không dẫn tới {label} “{title}”.",
    en: "The text of the plan never refers to {label} “{title}”.",
    hintVi:
      "Nghị định 30/2020 yêu cầu nội dung văn bản dẫn tới từng phụ lục: ghi “{label}” trong câu liên quan, hoặc đặt id cho phụ lục và thêm khối { appendix: <id> } (in “(Chi tiết tại {label} kèm theo Kế hoạch này)”).",
    hintEn:
      "Nghị định 30/2020 asks the text to refer to each appendix: name “{label}” in the sentence concerned, or give the appendix an id and add a block { appendix: <id> } (prints “(Chi tiết tại {label} kèm theo Kế hoạch này)”).",
  },
};
