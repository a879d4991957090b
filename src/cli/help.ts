// Help texts, by command and language.

import type { Lang } from "../diagnostics/types.js";

const HELP: Record<string, Record<Lang, string>> = {
  main: {
    vi: `kehoach — soạn kế hoạch hành chính (KẾ HOẠCH) dưới dạng dữ liệu

Cách dùng:
  kehoach validate TỆP|THƯ_MỤC...    kiểm tra kế hoạch (YAML)
  kehoach render TỆP [tùy chọn]      tạo văn bản DOCX, PDF, HTML
  kehoach render THƯ_MỤC --out RA    tạo văn bản cho mọi kế hoạch trong thư mục
  kehoach serve [THƯ_MỤC]            xem trước trong trình duyệt, tự cập nhật khi sửa
  kehoach new --from TỆP --year NĂM  lập kế hoạch năm mới từ kế hoạch năm trước
  kehoach diff TỆP [--from REV]      so sánh hai phiên bản của kế hoạch (git)
  kehoach init [THƯ_MỤC] [--hooks]   tạo kho kế hoạch mới
  kehoach fix-encoding TỆP           chuyển tệp từ TCVN3, VNI, UTF-16 sang Unicode (UTF-8)
  kehoach help LỆNH                  trợ giúp về một lệnh và các tùy chọn của nó
  kehoach import TỆP --into KH.yaml  nhập số liệu từng đơn vị từ Excel (.xlsx) hoặc CSV
  kehoach schema [TỆP...] [--path]   lược đồ cho trình soạn thảo: đường dẫn, dòng đầu của kế hoạch

Tùy chọn chung:
  --lang vi|en     ngôn ngữ thông báo (mặc định: vi)
  --json           thông báo dạng JSON cho máy đọc
  --help, -h       trợ giúp; "kehoach help LỆNH" hoặc "kehoach LỆNH --help" cho từng lệnh
  --version, -v    phiên bản`,
    en: `kehoach — administrative plans (KẾ HOẠCH) as data

Usage:
  kehoach validate FILE|DIR...       check plans (YAML)
  kehoach render FILE [options]      produce DOCX, PDF, HTML documents
  kehoach render DIR --out OUT       the documents of every plan in a folder
  kehoach serve [DIR]                live preview in a browser, updated as you edit
  kehoach new --from FILE --year Y   next year's plan from this year's
  kehoach diff FILE [--from REV]     what changed between two versions of a plan (git)
  kehoach init [DIR] [--hooks]       start a plans repository
  kehoach fix-encoding FILE          convert a file from TCVN3, VNI, UTF-16 to Unicode (UTF-8)
  kehoach help COMMAND               help on a command and its options
  kehoach import FILE --into P.yaml  per-unit figures from Excel (.xlsx) or CSV into a plan
  kehoach schema [FILE...] [--path]  the schema for editors: its path, the plans' first line

Common options:
  --lang vi|en     language of messages (default: vi)
  --json           diagnostics as JSON for machines
  --help, -h       help; "kehoach help COMMAND" or "kehoach COMMAND --help" for each command
  --version, -v    version`,
  },
  validate: {
    vi: `kehoach validate TỆP|THƯ_MỤC...

Kiểm tra từng tệp kế hoạch: cú pháp YAML, các trường theo lược đồ, và tính nhất quán của số liệu.
Với một thư mục: mọi kế hoạch trong đó, như "kehoach render THƯ_MỤC" tìm (.yaml, .yml, cả thư mục
con, trừ templates/). Mã thoát: 0 hợp lệ, 1 có lỗi, 2 dùng lệnh sai.

  --strict       số liệu không khớp nhau (các phần cộng không bằng tổng, dòng tổng khác tổng các
                 đơn vị) là lỗi, không chỉ là cảnh báo
  --lang vi|en   ngôn ngữ thông báo
  --json         thông báo dạng JSON`,
    en: `kehoach validate FILE|DIR...

Checks each plan file: YAML syntax, fields against the schema, and consistency of the figures.
With a folder: every plan in it, as "kehoach render DIR" finds them (.yaml, .yml, subfolders too,
templates/ excepted). Exit status: 0 valid, 1 errors found, 2 usage error.

  --strict       figures that disagree (parts that do not add up, totals that differ from the
                 units' sum) are errors, not warnings
  --lang vi|en   language of messages
  --json         diagnostics as JSON`,
  },
  render: {
    vi: `kehoach render TỆP [--format docx,pdf,html,json,xlsx] [--out THƯ_MỤC] [--draft]
kehoach render THƯ_MỤC [--out RA] [...]

Tạo văn bản từ kế hoạch. Mặc định: {defaults} vào thư mục build/.
Với một thư mục: mọi tệp .yaml, .yml trong đó (cả thư mục con, trừ templates/), xử lý song song
trên mọi nhân máy, giữ nguyên cấu trúc thư mục trong RA. Kế hoạch lỗi không làm dừng các kế hoạch
khác (mã thoát 1 nếu có lỗi). Tệp chỉ được ghi khi nội dung thay đổi: chạy lại không đổi byte nào.

  --format LIST  các định dạng, cách nhau dấu phẩy: {formats} (json = mô hình văn bản; xlsx = các bảng, mỗi bảng một trang tính)
  --out DIR      thư mục ghi kết quả (mặc định: build)
  --draft        bản dự thảo: để trống số và ngày, thêm dấu "DỰ THẢO", đánh dấu số liệu không khớp
  --strict       số liệu không khớp nhau là lỗi: không tạo văn bản
  --lang vi|en   ngôn ngữ thông báo
  --json         thông báo dạng JSON`,
    en: `kehoach render FILE [--format docx,pdf,html,json,xlsx] [--out DIR] [--draft]
kehoach render DIR [--out OUT] [...]

Produces the documents of a plan. Default: {defaults} into build/.
With a folder: every .yaml, .yml file in it (subfolders too, templates/ excepted), on all cores,
keeping the folder structure under OUT. A failing plan does not stop the others (exit status 1 if
any failed). A file is written only when its content changes: a second run changes no byte.

  --format LIST  comma-separated formats: {formats} (json = the document model; xlsx = the tables, one sheet each)
  --out DIR      output folder (default: build)
  --draft        draft: blank number and day, "DỰ THẢO" mark, figures that disagree marked
  --strict       figures that disagree are errors: no document
  --lang vi|en   language of messages
  --json         diagnostics as JSON`,
  },
  serve: {
    vi: `kehoach serve [THƯ_MỤC] [--port 4173] [--host 127.0.0.1] [--open]

Máy chủ xem trước: mở trong trình duyệt danh sách các kế hoạch trong THƯ_MỤC (mặc định: plans)
và từng văn bản như khi in, kèm các lỗi cần sửa. Khi tệp kế hoạch, mẫu (templates/) hoặc dữ liệu
thay đổi, trang tự cập nhật. Tải DOCX, PDF ngay trên trang. Ctrl+C để dừng.

  --port N       cổng (mặc định: 4173; 0 = cổng trống bất kỳ)
  --host ĐỊA_CHỈ địa chỉ nghe (mặc định: 127.0.0.1, chỉ máy này xem được)
  --open         mở trình duyệt
  --lang vi|en   ngôn ngữ của các trang (trên trang: thêm ?lang=en)`,
    en: `kehoach serve [DIR] [--port 4173] [--host 127.0.0.1] [--open]

Preview server: shows in a browser the plans in DIR (default: plans) and each document as printed,
with the problems to fix. The page updates itself when a plan, a template (templates/) or a data
file changes. DOCX and PDF download from the page. Ctrl+C to stop.

  --port N       port (default: 4173; 0 = any free port)
  --host ADDR    address to listen on (default: 127.0.0.1, this machine only)
  --open         open a browser
  --lang vi|en   language of the pages (on a page: add ?lang=en)`,
  },
};

const PLANS_HELP: Record<string, Record<Lang, string>> = {
  new: {
    vi: `kehoach new --from TỆP [--year NĂM] [--out TỆP_MỚI]

Lập kế hoạch năm mới từ kế hoạch năm trước, giữ nguyên các chú thích và thứ tự các khóa:
- số hộ đầu kỳ của từng đơn vị, nhóm hộ = số thực tế cuối năm (actual_end) nếu đã ghi, nếu không
  thì số dự kiến cuối năm; bỏ exits, entries để lập mới; bỏ nhân khẩu, phân loại và thiếu hụt của
  năm cũ (chú thích "NHẬP MỚI" nhắc nhập số rà soát mới); baseline_year = năm cuối của kế hoạch cũ;
- bỏ số văn bản, ngày = năm mới, draft: true; thời gian thực hiện lùi một kỳ (giai đoạn giữ độ dài);
- năm trong trích yếu, lời dẫn, câu kết, tên các mục, phụ lục được đổi sang năm mới;
- căn cứ, văn bản thực hiện, chỉ tiêu, nhiệm vụ được giữ, mỗi mục có chú thích "# XEM LẠI: …";
- thời hạn nhiệm vụ có ghi năm được chuyển sang năm mới (Quý II/2026 → Quý II/2027, 2026-06-30 →
  2027-06-30); "thường xuyên", "hằng tháng", "hằng quý", "hằng năm" giữ nguyên.
Mặc định NĂM là năm sau kế hoạch cũ, TỆP_MỚI nằm cạnh tệp cũ với năm mới trong tên
(quang-minh-2024.yaml → quang-minh-2025.yaml). Không ghi đè tệp đã có; --out - in ra màn hình.

  --lang vi|en   ngôn ngữ thông báo
  --json         kết quả dạng JSON`,
    en: `kehoach new --from FILE [--year YEAR] [--out NEW_FILE]

Makes next year's plan from this year's, keeping comments and the order of keys:
- each unit's and group's starting households = the actual end (actual_end) where recorded, else the
  planned end; exits and entries removed, to be planned anew; last year's persons, breakdowns and
  deprivation removed (a "NHẬP MỚI" comment asks for the new survey); baseline_year = the old end;
- number removed, date = the new year, draft: true; the period moves on (a range keeps its length);
- years in the summary, lead-in, closing, section and appendix titles move to the new ones;
- legal bases, implemented documents, targets and tasks kept, each under a "# XEM LẠI: …" comment;
- task deadlines that name a year move to the new one (Quý II/2026 → Quý II/2027, 2026-06-30 →
  2027-06-30); "thường xuyên", "hằng tháng", "hằng quý", "hằng năm" stay.
YEAR defaults to the year after the old plan; NEW_FILE sits beside the old one with the new year in
its name (quang-minh-2024.yaml → quang-minh-2025.yaml). Never overwrites; --out - prints it.

  --lang vi|en   language of messages
  --json         result as JSON`,
  },
  diff: {
    vi: `kehoach diff TỆP [--from REV] [--to REV]
kehoach diff TỆP_CŨ TỆP_MỚI

So sánh hai phiên bản của kế hoạch theo nội dung: chỉ tiêu (câu chữ trước, sau), số liệu từng đơn
vị (số hộ, tỷ lệ trước, sau), phân công (thêm, bỏ, sửa), cơ quan (thêm, bỏ, đổi tên), nhiệm vụ
(thêm, bỏ; nội dung, chủ trì, phối hợp, thời hạn, sản phẩm, kinh phí trước, sau), kinh phí, nơi
nhận, người ký, nội dung từng mục (số đoạn sửa, thêm, bỏ), các dòng của bảng tự lập (thêm, bỏ,
sửa từng ô). Mặc định so bản HEAD trong git với bản đang sửa.

  --from REV     phiên bản cũ (mặc định HEAD), ví dụ HEAD~1, một nhánh, một thẻ
  --to REV       phiên bản mới (mặc định: tệp đang sửa)
  --lang vi|en   ngôn ngữ
  --json         kết quả dạng JSON`,
    en: `kehoach diff FILE [--from REV] [--to REV]
kehoach diff OLD_FILE NEW_FILE

Compares two versions of a plan by content: targets (phrases before and after), figures per unit
(households and rates before and after), assignments (added, removed, reworded), agencies (added,
removed, renamed), tasks (added, removed; content, lead, supporters, deadline, output, cost before
and after), budget, recipients, signer, the text of each section (paragraphs changed, added,
removed), and the rows of free tables (added, removed, changed cell by cell). By default git's HEAD
against the working tree.

  --from REV     older version (default HEAD): HEAD~1, a branch, a tag
  --to REV       newer version (default: the working file)
  --lang vi|en   language
  --json         result as JSON`,
  },
  init: {
    vi: `kehoach init [THƯ_MỤC] [--hooks]

Tạo kho kế hoạch (mặc định: thư mục hiện tại): plans/ với một kế hoạch mẫu, schemas/ với lược đồ,
.vscode/settings.json để VS Code (tiện ích YAML) gợi ý khóa và mô tả tiếng Việt, .gitignore cho
build/, và git init nếu chưa có kho. Không ghi đè tệp nào đã có.

  --hooks        cài hook pre-commit: khi commit có thay đổi trong plans/ (kế hoạch, mẫu), kiểm
                 tra mọi kế hoạch trong plans/ như sẽ được commit; có lỗi thì từ chối commit
  --lang vi|en   ngôn ngữ`,
    en: `kehoach init [DIR] [--hooks]

Starts a plans repository (default: the current folder): plans/ with a sample plan, schemas/ with
the schema, .vscode/settings.json so that VS Code (YAML extension) completes keys and shows their
Vietnamese descriptions, .gitignore for build/, and git init if there is no repository. Never
overwrites a file.

  --hooks        install a pre-commit hook: when a commit changes plans/ (plans, templates), it
                 validates every plan under plans/ as committed, and refuses the commit on errors
  --lang vi|en   language`,
  },
  schema: {
    vi: `kehoach schema [--path] [TỆP...]

Lược đồ schemas/plan.schema.json giúp trình soạn thảo (VS Code với tiện ích YAML) gợi ý khóa, mẫu
nhập nhanh và báo lỗi bằng tiếng Việt; dòng đầu của kế hoạch trỏ tới nó:
  # yaml-language-server: $schema=../schemas/plan.schema.json
Đường dẫn này tính từ thư mục của kế hoạch, nên sai khi chép kế hoạch sang thư mục khác.

  (không có tệp), --path   in đường dẫn tới lược đồ: schemas/plan.schema.json của kho (do
                           kehoach init chép vào), hoặc lược đồ của kehoach
  TỆP...                   ghi lại dòng đầu của từng kế hoạch cho đúng với chỗ của nó
  --lang vi|en             ngôn ngữ`,
    en: `kehoach schema [--path] [FILE...]

The schema schemas/plan.schema.json lets editors (VS Code with the YAML extension) complete keys,
offer snippets and report errors in Vietnamese; a plan's first line points at it:
  # yaml-language-server: $schema=../schemas/plan.schema.json
The path is relative to the plan's folder, so it breaks when the plan is copied elsewhere.

  (no file), --path        print the path of the schema: the repository's schemas/plan.schema.json
                           (copied there by kehoach init), or kehoach's own
  FILE...                  write each plan's first line again, right for where the plan lies
  --lang vi|en             language`,
  },
  import: {
    vi: `kehoach import TỆP.xlsx|TỆP.csv --into KẾ_HOẠCH.yaml [--sheet TÊN] [--map "Tiêu đề=trường,..."]

Đọc số liệu từng đơn vị (tên đơn vị, tổng số hộ, số hộ và số khẩu từng nhóm, các phần của cách chia)
từ bảng Excel hoặc CSV và ghi vào statistics.units của kế hoạch, giữ nguyên chú thích và thứ tự khóa.
Nhận các tiêu đề cột thường dùng, có dấu hoặc không dấu: "Tên đơn vị", "Tổng số hộ", "Hộ nghèo",
"Hộ cận nghèo", "Số khẩu", "Khẩu nghèo"…, kể cả tiêu đề hai dòng ("Hộ nghèo" trên "Số hộ | Số khẩu").
Số ghi dạng 1.011 được đọc là một nghìn không trăm mười một. Ô không phải số đếm là lỗi (nêu ô, ví
dụ Sheet1!C7) và khi đó kế hoạch không bị thay đổi. Báo các đơn vị thêm mới, thay đổi, và các đơn vị
của kế hoạch không có trong tệp (giữ nguyên). Số tổng (statistics.totals) được cộng lại.

  --into TỆP     kế hoạch nhận số liệu (bắt buộc)
  --sheet TÊN    trang tính cần đọc (mặc định: trang đầu tiên có bảng số liệu)
  --map ...      tiêu đề khác: "Tiêu đề=trường", trường là name, households, persons,
                 <mã nhóm>.households|persons|exits|entries, <mã cách chia>.<mã phần>, hoặc skip
  --lang vi|en   ngôn ngữ thông báo
  --json         kết quả dạng JSON`,
    en: `kehoach import FILE.xlsx|FILE.csv --into PLAN.yaml [--sheet NAME] [--map "Heading=field,..."]

Reads per-unit figures (unit name, total households, households and persons of each group, the
parts of a breakdown) from an Excel or CSV table into the plan's statistics.units, keeping comments
and key order. Recognises the usual Vietnamese headings, with or without accents: "Tên đơn vị",
"Tổng số hộ", "Hộ nghèo", "Hộ cận nghèo", "Số khẩu", "Khẩu nghèo"…, also over two rows ("Hộ nghèo"
over "Số hộ | Số khẩu"). 1.011 reads as one thousand and eleven. A cell that is not a count is an
error naming it (e.g. Sheet1!C7), and the plan is then left unchanged. Reports units added, changed,
and the plan's units missing from the file (kept). Declared totals (statistics.totals) are re-added.

  --into FILE    the plan taking the figures (required)
  --sheet NAME   the sheet to read (default: the first with a table of units)
  --map ...      other headings: "Heading=field", field being name, households, persons,
                 <group>.households|persons|exits|entries, <breakdown>.<part>, or skip
  --lang vi|en   language of messages
  --json         result as JSON`,
  },
};

const FILE_HELP: Record<string, Record<Lang, string>> = {
  "fix-encoding": {
    vi: `kehoach fix-encoding TỆP

Chuyển tệp kế hoạch sang Unicode (UTF-8, dạng dựng sẵn NFC): chữ gõ theo bảng mã cũ TCVN3 (ABC,
phông .VnTime) hoặc VNI (phông VNI-Times), dán vào tệp hoặc cả tệp lưu theo bảng mã đó; tệp lưu
theo UTF-16 hoặc Windows-1258. Bản gốc được giữ trong TỆP.bak (không ghi đè bản .bak đã có). Lệnh
liệt kê các dòng đã đổi để đọc lại.

  --lang vi|en   ngôn ngữ
  --json         kết quả dạng JSON`,
    en: `kehoach fix-encoding FILE

Converts a plan file to Unicode (UTF-8, composed NFC): text typed in the old TCVN3 (ABC, .VnTime
fonts) or VNI (VNI-Times fonts) encodings, pasted into the file or the whole file saved so; a file
saved as UTF-16 or Windows-1258. The original is kept in FILE.bak (an existing .bak is never
overwritten). The lines changed are listed, to be read again.

  --lang vi|en   language
  --json         result as JSON`,
  },
};

export function helpText(command: string, lang: Lang, params: Record<string, string> = {}): string {
  const text =
    (HELP[command] ?? PLANS_HELP[command] ?? FILE_HELP[command] ?? HELP.main)?.[lang] ?? "";
  return text.replace(/\{(\w+)\}/g, (w, k: string) => params[k] ?? w);
}
