// What the preview pages say, in Vietnamese and English. Diagnostics themselves are localized by
// src/edge/catalog.ts; these are only the words around them.

import { interpolate } from "../diagnostics/localize.js";
import type { Lang } from "../diagnostics/types.js";
import { EDITOR_TEXT } from "./editor-messages.js";

const TEXT = {
  ...EDITOR_TEXT,
  "app.name": { vi: "kehoach — xem trước", en: "kehoach — preview" },
  "index.title": { vi: "Các kế hoạch trong {dir}", en: "Plans in {dir}" },
  "index.empty": {
    vi: "Chưa có tệp kế hoạch (.yaml) nào trong thư mục này.",
    en: "No plan file (.yaml) in this folder yet.",
  },
  "index.col.plan": { vi: "Kế hoạch", en: "Plan" },
  "index.col.body": { vi: "Cơ quan ban hành", en: "Issuing body" },
  "index.col.period": { vi: "Kỳ", en: "Period" },
  "index.col.status": { vi: "Trạng thái", en: "Status" },
  "status.valid": { vi: "hợp lệ", en: "valid" },
  "status.errors": { vi: "{n} lỗi", en: "{n} error(s)" },
  "status.warnings": { vi: "{n} cảnh báo", en: "{n} warning(s)" },
  "status.crashed": { vi: "lỗi nội bộ", en: "internal error" },
  "severity.error": { vi: "lỗi", en: "error" },
  "severity.warning": { vi: "cảnh báo", en: "warning" },
  "severity.info": { vi: "lưu ý", en: "note" },
  hint: { vi: "Cách sửa", en: "Fix" },
  "plan.back": { vi: "← Danh sách kế hoạch", en: "← All plans" },
  "plan.download-docx": { vi: "Tải DOCX", en: "Download DOCX" },
  "plan.download-pdf": { vi: "Tải PDF", en: "Download PDF" },
  "plan.draft-on": { vi: "Dấu dự thảo: bật", en: "Draft mark: on" },
  "plan.draft-off": { vi: "Dấu dự thảo: tắt", en: "Draft mark: off" },
  "plan.draft-toggle": {
    vi: "Bấm để bật hoặc tắt dấu DỰ THẢO (để trống số và ngày)",
    en: "Click to switch the DỰ THẢO mark on or off (blank number and day)",
  },
  "plan.other-lang": { vi: "English", en: "Tiếng Việt" },
  "plan.diagnostics": { vi: "Kết quả kiểm tra", en: "Check results" },
  "plan.no-problem": { vi: "Kế hoạch hợp lệ, không có lưu ý nào.", en: "The plan is valid." },
  "plan.stale": {
    vi: "Kế hoạch đang có lỗi: bên dưới vẫn là bản hợp lệ gần nhất. Sửa các lỗi trên, trang sẽ tự cập nhật.",
    en: "The plan has errors: below is still the last valid version. Fix the errors above and the page updates itself.",
  },
  "plan.no-rendering": {
    vi: "Chưa có bản hợp lệ nào để hiển thị. Sửa các lỗi trên, trang sẽ tự cập nhật.",
    en: "No valid version to show yet. Fix the errors above and the page updates itself.",
  },
  "plan.crashed": {
    vi: "kehoach gặp lỗi nội bộ khi xử lý kế hoạch này: {reason}. Đây là lỗi của chương trình, không phải của kế hoạch: hãy báo cho nhóm phát triển.",
    en: "kehoach hit an internal error on this plan: {reason}. This is a bug in the program, not in the plan: please report it.",
  },
  "plan.disconnected": {
    vi: "Mất kết nối với máy chủ xem trước; đang thử kết nối lại…",
    en: "Lost the connection to the preview server; reconnecting…",
  },
  "plan.live": {
    vi: "Trang tự cập nhật khi tệp thay đổi.",
    en: "The page updates itself when the file changes.",
  },
  "download.invalid": {
    vi: "Kế hoạch {file} đang có lỗi nên chưa tạo được tệp {format}. Sửa các lỗi rồi tải lại.",
    en: "The plan {file} has errors, so no {format} file can be made yet. Fix them and download again.",
  },
  "download.disabled": {
    vi: "Kế hoạch đang có lỗi nên chưa tải {format} được: sửa các lỗi trước.",
    en: "The plan has errors, so no {format} yet: fix them first.",
  },
  "download.disabled-short": {
    vi: "Có lỗi: sửa xong mới tải được",
    en: "Errors: fix them to download",
  },
  "download.failed": {
    vi: "Không tạo được tệp {format}: {reason}",
    en: "Could not make the {format} file: {reason}",
  },
  "download.out-of-memory": {
    vi: "Không tạo được tệp {format} của {file}: văn bản cần nhiều bộ nhớ hơn mức {heapMb} MB dành cho việc tạo tệp (máy chủ xem trước vẫn chạy bình thường). Cách sửa: xem lại các con số rất lớn trong kế hoạch (colspan, rowspan, số dòng của bảng); nếu kế hoạch đúng là rất dài, tạo tệp bằng lệnh: kehoach render {path} --format {ext}, hoặc khởi động lại máy chủ với KEHOACH_WORKER_HEAP_MB lớn hơn {heapMb}.",
    en: "Could not make the {format} file of {file}: the document needs more memory than the {heapMb} MB set aside for making files (the preview server keeps running). To fix: check the plan for very large numbers (colspan, rowspan, rows of a table); if the plan really is that long, make the file with: kehoach render {path} --format {ext}, or restart the server with KEHOACH_WORKER_HEAP_MB above {heapMb}.",
  },
  "download.too-long": {
    vi: "Không tạo được tệp {format} của {file}: việc tạo tệp kéo dài quá {seconds} giây nên đã được dừng lại (máy chủ xem trước vẫn chạy bình thường). Cách sửa: xem lại các con số rất lớn trong kế hoạch (colspan, rowspan, số dòng của bảng); nếu kế hoạch đúng là rất dài, tạo tệp bằng lệnh: kehoach render {path} --format {ext}.",
    en: "Could not make the {format} file of {file}: making it took more than {seconds} seconds, so it was stopped (the preview server keeps running). To fix: check the plan for very large numbers (colspan, rowspan, rows of a table); if the plan really is that long, make the file with: kehoach render {path} --format {ext}.",
  },
  "error.not-found": { vi: "Không tìm thấy trang này.", en: "This page does not exist." },
  "error.forbidden-host": {
    vi: "Máy chủ xem trước chỉ trả lời địa chỉ của chính nó.",
    en: "The preview server answers only to its own address.",
  },
  "error.method": {
    vi: "Máy chủ xem trước chỉ cho phép xem (GET, HEAD).",
    en: "The preview server only allows reading (GET, HEAD).",
  },
  "error.too-large": { vi: "Yêu cầu quá lớn.", en: "Request too large." },
  "error.busy": {
    vi: "Quá nhiều trang đang mở; hãy đóng bớt.",
    en: "Too many pages are open; close some.",
  },
} as const satisfies Record<string, { vi: string; en: string }>;

export type UiMessage = keyof typeof TEXT;

/** Plain text (not escaped): callers escape it where it goes into HTML. */
export function ui(
  lang: Lang,
  key: UiMessage,
  params: Record<string, string | number> = {},
): string {
  return interpolate(TEXT[key][lang], params);
}
