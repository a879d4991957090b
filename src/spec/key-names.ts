// The Vietnamese names an official gives the keys of a plan: "trích yếu" for summary, "nơi nhận" for
// recipients. The one table of them: the loader suggests the English key when it meets one of these
// (with or without tone marks, with spaces or underscores), and test/spec/mistakes.test.ts and the
// README's "Lỗi thường gặp" use it too. A name may stand for keys of several places ("tiêu đề" is a
// section's title, "chức vụ" a signer's): the suggestion is the one allowed where it is written.

import { editDistance, fold } from "./did-you-mean.js";

export const VIETNAMESE_KEY_NAMES: Readonly<Record<string, readonly string[]>> = {
  kehoach: ["kế hoạch", "phiên bản"],
  document: ["văn bản", "thông tin văn bản", "thể thức"],
  parent_body: ["cơ quan chủ quản", "cơ quan cấp trên"],
  issuing_body: ["cơ quan ban hành", "tên cơ quan", "cơ quan"],
  issuing_body_short: ["tên viết tắt", "viết tắt"],
  unit_kind: ["loại đơn vị", "cấp hành chính"],
  locality: ["địa phương"],
  number: ["số", "số văn bản", "số kế hoạch"],
  symbol: ["ký hiệu", "số ký hiệu"],
  place: ["địa danh", "nơi ban hành"],
  date: ["ngày", "ngày ban hành", "ngày tháng"],
  summary: ["trích yếu", "trích yếu nội dung", "tóm tắt"],
  period: ["giai đoạn", "thời gian", "thời kỳ"],
  draft: ["dự thảo", "bản dự thảo"],
  legal_bases: ["căn cứ", "các căn cứ", "căn cứ pháp lý"],
  implements: ["thực hiện", "triển khai", "thực hiện văn bản"],
  lead_in: ["câu dẫn", "lời dẫn", "mở đầu"],
  closing: ["kết luận", "phần kết", "đoạn kết", "câu kết"],
  recipients: ["nơi nhận"],
  archive: ["lưu", "lưu trữ"],
  signature: ["chữ ký", "phần ký", "ký"],
  signer: ["người ký", "họ tên người ký", "họ tên"],
  title: ["tiêu đề", "tên mục", "chức vụ", "chức danh"],
  authority: ["thẩm quyền ký", "quyền ký"],
  on_behalf_of: ["ký thay cho", "thay mặt", "ký thay"],
  collective: ["tập thể"],
  sections: ["mục", "các mục", "phần", "các phần", "nội dung chính"],
  content: ["nội dung"],
  bullets: ["gạch đầu dòng", "các ý"],
  statistics: ["số liệu", "thống kê", "số liệu thống kê"],
  baseline_year: ["năm gốc", "năm cơ sở"],
  standard: ["chuẩn nghèo"],
  unit_label: ["tên gọi đơn vị"],
  units: ["đơn vị", "các đơn vị", "danh sách đơn vị"],
  name: ["tên", "tên đơn vị"],
  households: ["số hộ", "hộ"],
  persons: ["số khẩu", "nhân khẩu", "số người"],
  totals: ["tổng", "tổng cộng", "tổng số"],
  groups: ["nhóm", "các nhóm"],
  exits: ["thoát nghèo", "số hộ thoát nghèo"],
  entries: ["phát sinh", "số hộ phát sinh"],
  targets: ["chỉ tiêu", "các chỉ tiêu"],
  target: ["chỉ tiêu"],
  tasks: ["nhiệm vụ", "các nhiệm vụ"],
  agencies: ["cơ quan phối hợp", "các cơ quan"],
  agency: ["cơ quan chủ trì", "đơn vị chủ trì"],
  support: ["phối hợp", "đơn vị phối hợp"],
  assignments: ["phân công", "tổ chức thực hiện"],
  budget: ["kinh phí", "ngân sách"],
  reporting: ["báo cáo", "chế độ báo cáo"],
  deadline: ["thời hạn", "hạn", "thời gian hoàn thành"],
  appendices: ["phụ lục", "các phụ lục"],
  appendix: ["phụ lục"],
  table: ["bảng"],
  rows: ["dòng", "các dòng", "hàng"],
  header: ["tiêu đề bảng", "đầu bảng"],
  kind: ["loại", "loại văn bản"],
  issuer: ["cơ quan ban hành"],
  about: ["về việc", "trích yếu"],
  note: ["ghi chú"],
  rate: ["tỷ lệ", "tỉ lệ"],
  from: ["từ", "từ năm"],
  to: ["đến", "đến năm"],
  page: ["trang", "khổ giấy"],
  margins: ["lề", "căn lề"],
  font_size: ["cỡ chữ"],
  amount: ["số tiền"],
  source: ["nguồn", "nguồn kinh phí"],
  text: ["văn bản"],
  output: ["sản phẩm", "kết quả"],
};

/** Folded Vietnamese name → the keys it may stand for. */
const BY_NAME = new Map<string, string[]>();
for (const [key, names] of Object.entries(VIETNAMESE_KEY_NAMES)) {
  for (const name of names) {
    const f = fold(name);
    BY_NAME.set(f, [...(BY_NAME.get(f) ?? []), key]);
  }
}

/**
 * The English key among `allowed` that `word` names in Vietnamese, if any: exactly (ignoring case,
 * tone marks, spaces and underscores), or misspelt by one letter in a name of six letters or more.
 */
export function keyFromVietnamese(word: string, allowed: readonly string[]): string | undefined {
  const w = fold(word);
  const fits = (keys: readonly string[] | undefined) => keys?.find((k) => allowed.includes(k));
  const exact = fits(BY_NAME.get(w));
  if (exact || w.length < 6) return exact;
  for (const [name, keys] of BY_NAME) {
    if (name.length < 6 || editDistance(w, name) > 1) continue;
    const k = fits(keys);
    if (k) return k;
  }
  return undefined;
}
