// What the command line and `kehoach serve` say to officials, in Vietnamese and English.

import { interpolate } from "../diagnostics/localize.js";
import type { Lang } from "../diagnostics/types.js";

const TEXT = {
  "severity.error": { vi: "lỗi", en: "error" },
  "severity.warning": { vi: "cảnh báo", en: "warning" },
  "severity.info": { vi: "lưu ý", en: "note" },
  hint: { vi: "cách sửa", en: "fix" },
  "validate.ok": { vi: "{file}: hợp lệ", en: "{file}: valid" },
  "validate.bad": { vi: "{file}: không hợp lệ", en: "{file}: invalid" },
  summary: {
    vi: "{files} tệp: {errors} lỗi, {warnings} cảnh báo.",
    en: "{files} file(s): {errors} error(s), {warnings} warning(s).",
  },
  "render.wrote": { vi: "Đã ghi {path}", en: "Wrote {path}" },
  "render.failed": {
    vi: "{file}: không tạo được văn bản vì kế hoạch còn lỗi.",
    en: "{file}: no document written: the plan has errors.",
  },
  "render.own-input": {
    vi: "Không ghi {target}: đó chính là tệp kế hoạch {file} đang đọc, ghi vào sẽ mất kế hoạch. Cách sửa: chọn thư mục khác bằng --out, ví dụ --out build.",
    en: "Not writing {target}: it is the plan {file} itself, which would be lost. To fix: choose another folder with --out, for example --out build.",
  },
  "render.format-failed": {
    vi: "{file}: không tạo được tệp {format}: {reason}",
    en: "{file}: could not write the {format} file: {reason}",
  },
  "usage.unknown-command": {
    vi: 'Không có lệnh "{command}". Các lệnh: {commands}. Xem "kehoach --help".',
    en: 'No command "{command}". Commands: {commands}. See "kehoach --help".',
  },
  "usage.no-command": {
    vi: 'Hãy cho biết một lệnh: {commands}. Xem "kehoach --help".',
    en: 'Give a command: {commands}. See "kehoach --help".',
  },
  "usage.unknown-option": {
    vi: 'Không có tùy chọn "{option}". Các tùy chọn dùng được ở đây: {options}. Xem "{help}".',
    en: 'No option "{option}". The options that apply here: {options}. See "{help}".',
  },
  "usage.unknown-option-suggest": {
    vi: 'Không có tùy chọn "{option}". Có phải là "{suggestion}"? Xem "{help}".',
    en: 'No option "{option}". Did you mean "{suggestion}"? See "{help}".',
  },
  "usage.not-for-command": {
    vi: 'Lệnh {command} không dùng tùy chọn "{option}" (tùy chọn này dành cho lệnh: {takers}). Các tùy chọn của lệnh {command}: {options}. Xem "{help}".',
    en: 'The {command} command does not take "{option}" (it is an option of: {takers}). The options of {command}: {options}. See "{help}".',
  },
  "usage.needs-command": {
    vi: 'Tùy chọn "{option}" chỉ dùng sau một lệnh: {takers}. Xem "{help}".',
    en: 'The option "{option}" goes after a command: {takers}. See "{help}".',
  },
  "usage.needs-value": {
    vi: 'Tùy chọn "{option}" cần một giá trị ngay sau nó, ví dụ: {option} GIÁ_TRỊ. Xem "{help}".',
    en: 'The option "{option}" needs a value right after it, for example: {option} VALUE. See "{help}".',
  },
  "usage.no-value": {
    vi: 'Tùy chọn "{option}" không nhận giá trị ("{value}"): chỉ ghi {option}. Xem "{help}".',
    en: 'The option "{option}" takes no value ("{value}"): write just {option}. See "{help}".',
  },
  "usage.no-files": {
    vi: "Hãy cho biết tệp kế hoạch (.yaml). Ví dụ: kehoach {command} plans/quang-minh-2024.yaml",
    en: "Give a plan file (.yaml). Example: kehoach {command} plans/quang-minh-2024.yaml",
  },
  "usage.one-file": {
    vi: "Lệnh {command} nhận một tệp kế hoạch mỗi lần.",
    en: "The {command} command takes one plan file at a time.",
  },
  "usage.bad-format": {
    vi: 'Định dạng "{format}" không có. Chọn trong: {formats}.',
    en: 'No format "{format}". Choose among: {formats}.',
  },
  "usage.bad-lang": {
    vi: 'Ngôn ngữ "{lang}" không có. Chọn vi hoặc en.',
    en: 'No language "{lang}". Choose vi or en.',
  },
  "serve.listening": {
    vi: "Đang xem trước các kế hoạch trong {dir} tại {url} (Ctrl+C để dừng).",
    en: "Previewing the plans in {dir} at {url} (Ctrl+C to stop).",
  },
  "serve.stopped": { vi: "Đã dừng máy chủ xem trước.", en: "Preview server stopped." },
  "serve.no-dir": {
    vi: "Không có thư mục {dir}. Hãy cho biết thư mục chứa các tệp kế hoạch, ví dụ: kehoach serve plans",
    en: "No folder {dir}. Give the folder of the plan files, for example: kehoach serve plans",
  },
  "serve.one-dir": {
    vi: "Lệnh serve nhận một thư mục kế hoạch.",
    en: "The serve command takes one folder of plans.",
  },
  "serve.bad-port": {
    vi: 'Cổng "{port}" không hợp lệ: hãy cho một số từ 0 đến 65535, ví dụ --port 4173.',
    en: 'Port "{port}" is not valid: give a number from 0 to 65535, for example --port 4173.',
  },
  "serve.port-in-use": {
    vi: "Cổng {port} đang được một chương trình khác dùng. Cổng {free} đang trống: kehoach serve {dir} --port {free}",
    en: "Port {port} is used by another program. Port {free} is free: kehoach serve {dir} --port {free}",
  },
  "serve.port-in-use-none": {
    vi: "Cổng {port} đang được một chương trình khác dùng. Hãy chọn cổng khác bằng --port.",
    en: "Port {port} is used by another program. Choose another one with --port.",
  },
  "serve.cannot-listen": {
    vi: "Không mở được máy chủ xem trước tại {host}:{port}: {reason}",
    en: "Could not start the preview server at {host}:{port}: {reason}",
  },
  "serve.not-loopback": {
    vi: "Cảnh báo: máy chủ xem trước nghe tại {host}, nên các máy khác trong mạng cũng xem được các kế hoạch. Chỉ làm vậy trên mạng tin cậy; mặc định là 127.0.0.1 (chỉ máy này).",
    en: "Warning: the preview server listens on {host}, so other machines on the network can see the plans too. Do this only on a trusted network; the default is 127.0.0.1 (this machine only).",
  },
  "serve.open-failed": {
    vi: "Không mở được trình duyệt; hãy tự mở {url}",
    en: "Could not open a browser; open {url} yourself",
  },
  "internal.error": {
    vi: "kehoach gặp lỗi nội bộ: {reason}. Đây là lỗi của chương trình, không phải của kế hoạch: hãy báo cho nhóm phát triển (chạy lại với KEHOACH_DEBUG=1 để xem chi tiết).",
    en: "kehoach hit an internal error: {reason}. This is a bug in the program, not in the plan: please report it (run again with KEHOACH_DEBUG=1 for details).",
  },
} as const satisfies Record<string, { vi: string; en: string }>;

export type CliMessage = keyof typeof TEXT;

export function say(
  lang: Lang,
  key: CliMessage,
  params: Record<string, string | number> = {},
): string {
  return interpolate(TEXT[key][lang], params);
}
