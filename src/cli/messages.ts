// What the command line says to officials, in Vietnamese and English.

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
  "usage.bad-option": {
    vi: '{reason}. Xem "kehoach {command} --help".',
    en: '{reason}. See "kehoach {command} --help".',
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
