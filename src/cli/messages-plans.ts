// What `kehoach render DIR`, `new`, `diff` and `init` say to officials, in Vietnamese and English,
// and the diagnostics they add (codes "plans.*") with their hints.

import { interpolate } from "../diagnostics/localize.js";
import type { Lang } from "../diagnostics/types.js";

const TEXT = {
  // ------------------------------------------------------------ render DIR
  "batch.no-plans": {
    vi: "Không có tệp kế hoạch (.yaml, .yml) nào trong {dir}.",
    en: "No plan files (.yaml, .yml) in {dir}.",
  },
  "batch.line-wrote": {
    vi: "[{done}/{total}] {file}: đã ghi {written} tệp",
    en: "[{done}/{total}] {file}: wrote {written} file(s)",
  },
  "batch.line-same": {
    vi: "[{done}/{total}] {file}: không thay đổi",
    en: "[{done}/{total}] {file}: unchanged",
  },
  "batch.line-failed": {
    vi: "[{done}/{total}] {file}: LỖI",
    en: "[{done}/{total}] {file}: FAILED",
  },
  "batch.plan-failed": {
    vi: "{file}: không tạo được văn bản vì kế hoạch còn lỗi.",
    en: "{file}: no document written: the plan has errors.",
  },
  "batch.format-failed": {
    vi: "{file}: không tạo được tệp {format}: {reason}",
    en: "{file}: could not write the {format} file: {reason}",
  },
  "batch.crashed": {
    vi: "{file}: kehoach gặp lỗi nội bộ khi xử lý kế hoạch này: {reason}. Đây là lỗi của chương trình: hãy báo cho nhóm phát triển.",
    en: "{file}: kehoach hit an internal error on this plan: {reason}. This is a bug in the program: please report it.",
  },
  "batch.out-of-memory": {
    vi: "{file}: không tạo được văn bản vì kế hoạch cần nhiều bộ nhớ hơn mức {heapMb} MB dành cho mỗi luồng xử lý. Cách sửa: chạy lại với KEHOACH_WORKER_HEAP_MB=0 (bỏ giới hạn) hoặc một mức lớn hơn, hoặc tạo riêng tệp này: kehoach render {file}",
    en: "{file}: no document written: the plan needs more memory than the {heapMb} MB each worker may use. To fix: run again with KEHOACH_WORKER_HEAP_MB=0 (no limit) or a larger value, or render this file alone: kehoach render {file}",
  },
  "batch.summary": {
    vi: "{plans} kế hoạch: {ok} thành công, {failed} lỗi. {written} tệp được ghi, {unchanged} tệp không đổi, trong {out} ({seconds} giây).",
    en: "{plans} plan(s): {ok} succeeded, {failed} failed. {written} file(s) written, {unchanged} unchanged, in {out} ({seconds} s).",
  },
  "batch.unreadable": {
    vi: "{dir}: không đọc được thư mục này ({code}), nên các kế hoạch trong đó (nếu có) không được xử lý. Cách sửa: cho phép đọc thư mục này, hoặc chuyển nó ra khỏi {root}.",
    en: "{dir}: this folder could not be read ({code}), so the plans in it (if any) were left out. To fix: allow reading the folder, or move it out of {root}.",
  },
  "batch.unreadable-denied": {
    vi: "{dir}: không có quyền đọc thư mục này, nên các kế hoạch trong đó (nếu có) không được xử lý. Cách sửa: cho phép đọc thư mục này (chmod u+rx), hoặc chuyển nó ra khỏi {root}.",
    en: "{dir}: no permission to read this folder, so the plans in it (if any) were left out. To fix: allow reading the folder (chmod u+rx), or move it out of {root}.",
  },
  "batch.same-output": {
    vi: "{first} và {second} đều tạo ra {output}.*: không tạo văn bản nào cho hai kế hoạch này, vì tệp ghi sau sẽ đè lên tệp ghi trước. Cách sửa: đổi tên một trong hai tệp, hoặc xóa tệp thừa.",
    en: "{first} and {second} would both write {output}.*: no document was made for either, as the one written last would overwrite the other. To fix: rename one of the two files, or delete the one not needed.",
  },
  "batch.same-output-case": {
    vi: "{first} và {second} tạo ra {output}.* và {other}.*, chỉ khác nhau chữ hoa, chữ thường: trên Windows và macOS đó là một tệp, tệp ghi sau sẽ đè lên tệp ghi trước, nên không tạo văn bản nào cho hai kế hoạch này. Cách sửa: đổi tên một trong hai tệp, hoặc xóa tệp thừa.",
    en: "{first} and {second} would write {output}.* and {other}.*, which differ only in capitals: on Windows and macOS they are one file, the one written last overwriting the other, so no document was made for either. To fix: rename one of the two files, or delete the one not needed.",
  },
  "batch.warnings": {
    vi: '{warnings} cảnh báo: xem bằng "kehoach validate" từng tệp.',
    en: '{warnings} warning(s): see them with "kehoach validate" on each file.',
  },
  // ------------------------------------------------------------ new
  "new.no-from": {
    vi: "Hãy cho biết kế hoạch năm trước: kehoach new --from plans/quang-minh-2024.yaml --year 2025",
    en: "Give last year's plan: kehoach new --from plans/quang-minh-2024.yaml --year 2025",
  },
  "new.bad-year": {
    vi: 'Năm "{year}" không hợp lệ: ghi bốn chữ số, ví dụ --year 2025.',
    en: 'Year "{year}" is not valid: give four digits, for example --year 2025.',
  },
  "new.source-invalid": {
    vi: '{file}: kế hoạch năm trước còn lỗi nên chưa lập được kế hoạch mới. Sửa các lỗi trên (xem "kehoach validate {file}").',
    en: '{file}: last year\'s plan has errors, so no new plan was made. Fix the errors above (see "kehoach validate {file}").',
  },
  "new.exists": {
    vi: "{file} đã có: kehoach không ghi đè. Chọn tên khác bằng --out TỆP (hoặc --out - để in ra màn hình).",
    en: "{file} exists already: kehoach does not overwrite it. Choose another name with --out FILE (or --out - to print it).",
  },
  "new.wrote": {
    vi: "Đã tạo {file}: kế hoạch {period} (bản dự thảo, chưa có số và ngày).",
    en: "Wrote {file}: the plan for {period} (a draft, without number and day).",
  },
  "new.baseline": {
    vi: "Số hộ đầu kỳ (cuối năm {year}): {groups}.",
    en: "Starting households (end of {year}): {groups}.",
  },
  "new.reviews": {
    vi: '{n} chỗ cần xem lại (tìm "XEM LẠI"); ghi số hộ dự kiến ra khỏi diện (exits) của năm mới và các số liệu rà soát (tìm "NHẬP MỚI").',
    en: '{n} place(s) to review (search for "XEM LẠI"); enter the new year\'s expected exits and the survey figures (search for "NHẬP MỚI").',
  },
  "new.baseline-counts": {
    vi: "Số đầu kỳ (cuối năm {year}): {groups}.",
    en: "Starting figures (end of {year}): {groups}.",
  },
  "new.reviews-counts": {
    vi: '{n} chỗ cần xem lại (tìm "XEM LẠI"); ghi số dự kiến giảm (exits) hoặc tăng thêm (entries) của năm mới và các số liệu mới (tìm "NHẬP MỚI").',
    en: '{n} place(s) to review (search for "XEM LẠI"); enter the new year\'s expected decreases (exits) or increases (entries) and the new figures (search for "NHẬP MỚI").',
  },
  "new.reviews-plain": {
    vi: '{n} chỗ cần xem lại (tìm "XEM LẠI").',
    en: '{n} place(s) to review (search for "XEM LẠI").',
  },
  "new.warnings": {
    vi: '{n} cảnh báo cho đến khi điền đủ số liệu mới: "kehoach validate {file}" để xem.',
    en: '{n} warning(s) until the new figures are entered: "kehoach validate {file}" shows them.',
  },
  "new.warnings-plain": {
    vi: '{n} cảnh báo: "kehoach validate {file}" để xem.',
    en: '{n} warning(s): "kehoach validate {file}" shows them.',
  },
  "new.has-errors": {
    vi: "{file} đã được ghi nhưng còn lỗi: sửa các lỗi trên.",
    en: "{file} was written but has errors: fix the errors above.",
  },
  // ------------------------------------------------------------ diff
  "diff.usage": {
    vi: "Cách dùng: kehoach diff TỆP [--from REV] [--to REV], hoặc kehoach diff TỆP_CŨ TỆP_MỚI",
    en: "Usage: kehoach diff FILE [--from REV] [--to REV], or kehoach diff OLD_FILE NEW_FILE",
  },
  "diff.files-and-revs": {
    vi: "Với hai tệp thì không dùng --from, --to: kehoach diff TỆP_CŨ TỆP_MỚI",
    en: "Two files take no --from or --to: kehoach diff OLD_FILE NEW_FILE",
  },
  "diff.not-git": {
    vi: "{file} không nằm trong kho git nào. So sánh hai tệp: kehoach diff TỆP_CŨ TỆP_MỚI",
    en: "{file} is not in a git repository. To compare two files: kehoach diff OLD_FILE NEW_FILE",
  },
  "diff.not-in-rev": {
    vi: "Không lấy được {file} ở phiên bản {rev}: {reason}",
    en: "Could not read {file} at revision {rev}: {reason}",
  },
  "diff.side-invalid": {
    vi: "Không so sánh được: bản {label} của kế hoạch còn lỗi (xem ở trên).",
    en: "Cannot compare: version {label} of the plan has errors (see above).",
  },
  "diff.working-tree": { vi: "bản đang sửa", en: "working tree" },
  "diff.header": { vi: "So sánh {file}: {from} → {to}", en: "Comparing {file}: {from} → {to}" },
  "diff.header-files": { vi: "So sánh {from} → {to}", en: "Comparing {from} → {to}" },
  "diff.same": {
    vi: "Không có thay đổi nào về nội dung kế hoạch.",
    en: "No change to the plan's content.",
  },
  "diff.none": { vi: "(không có)", en: "(none)" },
  "diff.before": { vi: "trước:", en: "before:" },
  "diff.after": { vi: "sau:  ", en: "after: " },
  "diff.part.document": { vi: "Văn bản:", en: "Document:" },
  "diff.part.references": {
    vi: "Căn cứ, văn bản thực hiện, phụ lục:",
    en: "References and appendices:",
  },
  "diff.part.targets": { vi: "Chỉ tiêu:", en: "Targets:" },
  "diff.part.statistics": { vi: "Số liệu theo đơn vị:", en: "Figures per unit:" },
  "diff.part.assignments": { vi: "Phân công thực hiện:", en: "Assignments:" },
  "diff.part.recipients": { vi: "Nơi nhận:", en: "Recipients:" },
  "diff.part.signature": { vi: "Người ký:", en: "Signature:" },
  "diff.part.budget": { vi: "Kinh phí:", en: "Budget:" },
  "diff.part.sections": { vi: "Nội dung theo mục:", en: "Text by section:" },
  "diff.part-lead_in": { vi: "Lời dẫn", en: "Lead-in" },
  "diff.part-closing": { vi: "Câu kết thúc", en: "Closing sentence" },
  "diff.part-reporting": { vi: "Chế độ báo cáo", en: "Reporting" },
  "diff.totals": { vi: "Tổng cộng", en: "Total" },
  "diff.households": { vi: "{n} hộ", en: "{n} households" },
  /** a count in the plan's own unit ("1.200 hồ sơ"), which has no English name */
  "diff.count": { vi: "{n} {unit}", en: "{n} {unit}" },
  "diff.start": { vi: "đầu kỳ", en: "start" },
  "diff.exits": { vi: "ra khỏi diện", en: "exits" },
  "diff.exits-plain": { vi: "giảm", en: "decrease" },
  "diff.entries": { vi: "phát sinh", en: "entries" },
  "diff.end": { vi: "cuối kỳ", en: "end" },
  "diff.actual-end": { vi: "thực tế cuối kỳ", en: "actual end" },
  "diff.role-changed": { vi: "vai trò {before} → {after}", en: "role {before} → {after}" },
  "diff.tasks": { vi: "nhiệm vụ: {counts}", en: "tasks: {counts}" },
  "diff.task-count": { vi: "{n} đoạn nhiệm vụ", en: "{n} task paragraph(s)" },
  "diff.paragraphs-changed": { vi: "{n} đoạn sửa", en: "{n} paragraph(s) changed" },
  "diff.paragraphs-added": { vi: "{n} đoạn thêm", en: "{n} paragraph(s) added" },
  "diff.paragraphs-removed": { vi: "{n} đoạn bỏ", en: "{n} paragraph(s) removed" },
  "diff.renamed": { vi: 'đổi tên, trước là "{title}"', en: 'renamed from "{title}"' },
  "diff.section-added": { vi: "mục mới, {n} đoạn", en: "new section, {n} paragraph(s)" },
  "diff.section-removed": { vi: "bỏ mục, {n} đoạn", en: "section removed, {n} paragraph(s)" },
  "diff.part.agencies": { vi: "Cơ quan, đơn vị:", en: "Agencies:" },
  "diff.part.tasks": { vi: "Nhiệm vụ:", en: "Tasks:" },
  "diff.part.tables": { vi: "Bảng:", en: "Tables:" },
  "diff.task": {
    vi: "{content}; chủ trì: {lead}; thời hạn: {deadline}",
    en: "{content}; lead: {lead}; deadline: {deadline}",
  },
  "diff.appendix": { vi: 'Phụ lục{number} "{title}"', en: 'Appendix{number} "{title}"' },
  "diff.table-n": { vi: "bảng {n}", en: "table {n}" },
  "diff.row": { vi: "dòng {n}", en: "row {n}" },
  "diff.column": { vi: "cột {n}", en: "column {n}" },
  "diff.table-header": { vi: "tiêu đề", en: "header" },
  "diff.table-added": { vi: "bảng mới, {n} dòng", en: "new table, {n} row(s)" },
  "diff.table-removed": { vi: "bỏ bảng, {n} dòng", en: "table removed, {n} row(s)" },
  "diff.yes": { vi: "có", en: "yes" },
  "diff.no": { vi: "không", en: "no" },
  "agency.id": { vi: "Mã", en: "Id" },
  "agency.short": { vi: "Tên ngắn", en: "Short name" },
  "agency.directed": { vi: "Thuộc quyền chỉ đạo", en: "Directed by the issuer" },
  "task.content": { vi: "Nội dung", en: "Content" },
  "task.lead": { vi: "Chủ trì", en: "Lead" },
  "task.support": { vi: "Phối hợp", en: "Support" },
  "task.deadline": { vi: "Thời hạn", en: "Deadline" },
  "task.output": { vi: "Sản phẩm", en: "Output" },
  "task.cost": { vi: "Kinh phí", en: "Cost" },
  "task.source": { vi: "Nguồn kinh phí", en: "Source of funds" },
  "task.group": { vi: "Nhóm", en: "Group" },
  "field.issuing_body": { vi: "Cơ quan ban hành", en: "Issuing body" },
  "field.number": { vi: "Số", en: "Number" },
  "field.symbol": { vi: "Ký hiệu", en: "Symbol" },
  "field.place": { vi: "Địa danh", en: "Place" },
  "field.date": { vi: "Ngày ban hành", en: "Date" },
  "field.summary": { vi: "Trích yếu", en: "Summary" },
  "field.period": { vi: "Thời gian thực hiện", en: "Period" },
  "field.draft": { vi: "Dự thảo", en: "Draft" },
  "field.legal_bases": { vi: "Căn cứ", en: "Legal basis" },
  "field.implements": { vi: "Thực hiện", en: "Implements" },
  "field.appendices": { vi: "Phụ lục", en: "Appendix" },
  "field.recipients": { vi: "Nơi nhận", en: "Recipient" },
  "field.archive": { vi: "Lưu", en: "Archive" },
  "field.authority": { vi: "Thẩm quyền ký", en: "Authority" },
  "field.collective": { vi: "Tập thể (TM.)", en: "Collective (TM.)" },
  "field.on_behalf_of": { vi: "Ký thay cho", en: "On behalf of" },
  "field.title": { vi: "Chức vụ", en: "Title" },
  "field.signer": { vi: "Người ký", en: "Signer" },
  "field.total": { vi: "Tổng kinh phí", en: "Total" },
  "field.source": { vi: "Nguồn", en: "Source" },
  "role.chu_tri": { vi: "chủ trì", en: "lead" },
  "role.phoi_hop": { vi: "phối hợp", en: "support" },
  "role.de_nghi": { vi: "đề nghị", en: "requested" },
  // ------------------------------------------------------------ init
  "init.not-dir": {
    vi: "{dir} là một tệp, không phải thư mục.",
    en: "{dir} is a file, not a folder.",
  },
  "init.done": {
    vi: "Kho kế hoạch trong {dir}:",
    en: "Plans repository in {dir}:",
  },
  "init.created": { vi: "  đã tạo      {path}", en: "  created     {path}" },
  "init.kept": { vi: "  đã có, giữ  {path}", en: "  kept as is  {path}" },
  "init.inside-repo": {
    vi: "Thư mục đã nằm trong kho git {repo}: không tạo kho mới.",
    en: "The folder is inside the git repository {repo}: no new repository made.",
  },
  "init.no-git": {
    vi: "Máy chưa cài git nên chưa tạo kho git; cài git rồi chạy git init.",
    en: "git is not installed, so no repository was made; install git and run git init.",
  },
  "init.git-failed": {
    vi: "git init không thành công: {reason}",
    en: "git init failed: {reason}",
  },
  "init.hooks-no-git": {
    vi: "Không có kho git nên chưa cài hook kiểm tra trước khi commit.",
    en: "No git repository, so the pre-commit hook was not installed.",
  },
  "init.hook-exists": {
    vi: "{hook} đã có nên không cài hook của kehoach; muốn kiểm tra kế hoạch khi commit, thêm vào đó lệnh kehoach validate cho các tệp plans/*.yaml.",
    en: "{hook} exists already, so kehoach's hook was not installed; to validate plans on commit, make it run kehoach validate on the staged plans/*.yaml.",
  },
  "init.settings-kept": {
    vi: '.vscode/settings.json đã có: để trình soạn thảo gợi ý khóa, thêm vào đó "yaml.schemas": {"{schema}": ["plans/**/*.yaml"]}.',
    en: '.vscode/settings.json exists already: for key completion add "yaml.schemas": {"{schema}": ["plans/**/*.yaml"]} to it.',
  },
  "init.next": {
    vi: "Tiếp theo: mở thư mục bằng VS Code (cài tiện ích YAML của Red Hat), sửa {plan}, rồi chạy kehoach validate {plan} và kehoach render plans --out build.",
    en: "Next: open the folder in VS Code (with Red Hat's YAML extension), edit {plan}, then run kehoach validate {plan} and kehoach render plans --out build.",
  },
} as const satisfies Record<string, { vi: string; en: string }>;

export type PlansMessage = keyof typeof TEXT;

export function sayPlans(
  lang: Lang,
  key: PlansMessage,
  params: Record<string, string | number> = {},
): string {
  const entry = TEXT[key] as { vi: string; en: string } | undefined;
  return entry ? interpolate(entry[lang], params) : key;
}
