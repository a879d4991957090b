// Help texts, by command and language.

import type { Lang } from "../diagnostics/types.js";

const HELP: Record<string, Record<Lang, string>> = {
  main: {
    vi: `kehoach — soạn kế hoạch hành chính (KẾ HOẠCH) dưới dạng dữ liệu

Cách dùng:
  kehoach validate TỆP...            kiểm tra kế hoạch (YAML)
  kehoach render TỆP [tùy chọn]      tạo văn bản DOCX, PDF, HTML
  kehoach serve [THƯ_MỤC]            xem trước trong trình duyệt, tự cập nhật khi sửa

Tùy chọn chung:
  --lang vi|en     ngôn ngữ thông báo (mặc định: vi)
  --json           thông báo dạng JSON cho máy đọc
  --help, -h       trợ giúp; "kehoach LỆNH --help" cho từng lệnh
  --version, -v    phiên bản`,
    en: `kehoach — administrative plans (KẾ HOẠCH) as data

Usage:
  kehoach validate FILE...           check plans (YAML)
  kehoach render FILE [options]      produce DOCX, PDF, HTML documents
  kehoach serve [DIR]                live preview in a browser, updated as you edit

Common options:
  --lang vi|en     language of messages (default: vi)
  --json           diagnostics as JSON for machines
  --help, -h       help; "kehoach COMMAND --help" for each command
  --version, -v    version`,
  },
  validate: {
    vi: `kehoach validate TỆP...

Kiểm tra từng tệp kế hoạch: cú pháp YAML, các trường theo lược đồ, và tính nhất quán của số liệu.
Mã thoát: 0 hợp lệ, 1 có lỗi, 2 dùng lệnh sai.

  --lang vi|en   ngôn ngữ thông báo
  --json         thông báo dạng JSON`,
    en: `kehoach validate FILE...

Checks each plan file: YAML syntax, fields against the schema, and consistency of the figures.
Exit status: 0 valid, 1 errors found, 2 usage error.

  --lang vi|en   language of messages
  --json         diagnostics as JSON`,
  },
  render: {
    vi: `kehoach render TỆP [--format docx,pdf,html,json] [--out THƯ_MỤC] [--draft]

Tạo văn bản từ kế hoạch. Mặc định: {defaults} vào thư mục build/.

  --format LIST  các định dạng, cách nhau dấu phẩy: {formats} (json = mô hình văn bản)
  --out DIR      thư mục ghi kết quả (mặc định: build)
  --draft        bản dự thảo: để trống số và ngày, thêm dấu "DỰ THẢO"
  --lang vi|en   ngôn ngữ thông báo
  --json         thông báo dạng JSON`,
    en: `kehoach render FILE [--format docx,pdf,html,json] [--out DIR] [--draft]

Produces the documents of a plan. Default: {defaults} into build/.

  --format LIST  comma-separated formats: {formats} (json = the document model)
  --out DIR      output folder (default: build)
  --draft        draft: blank number and day, "DỰ THẢO" mark
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

export function helpText(command: string, lang: Lang, params: Record<string, string> = {}): string {
  const text = (HELP[command] ?? HELP.main)?.[lang] ?? "";
  return text.replace(/\{(\w+)\}/g, (w, k: string) => params[k] ?? w);
}
