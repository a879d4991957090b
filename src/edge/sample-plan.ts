// The sample plan: what `kehoach init` writes, and what the preview server's index creates for an
// official who starts from nothing. Text only.

import { loadStandards, standardFor } from "../data/standards.js";

/**
 * The sample of a year (the current one unless said), with the poverty standard in force that
 * year, and where init puts it: what `kehoach init` and the preview's index both write.
 */
export function sampleOfYear(opts: { year?: number; dataDir?: string } = {}): {
  path: string;
  text: string;
} {
  const year = opts.year ?? new Date().getFullYear();
  const standard = standardFor(year, loadStandards(opts.dataDir))?.id ?? "nd-07-2021";
  return { path: samplePlanPath(year), text: samplePlan(year, standard) };
}

/** Where init puts the sample: plans/ke-hoach-mau-2026.yaml in 2026. */
export function samplePlanPath(year: number): string {
  return `plans/ke-hoach-mau-${year}.yaml`;
}

/**
 * A complete, valid plan of the given year, small enough to read in one sitting, every key explained:
 * a commune of the two-tier state, its offices as they exist since 1 July 2025, tasks with their lead
 * and supporting agencies, and the poverty standard in force that year.
 */
export function samplePlan(year: number, standard: string): string {
  return `# yaml-language-server: $schema=../schemas/plan.schema.json
#
# Kế hoạch mẫu do "kehoach init" tạo ra: sửa lại cho đơn vị của mình, hoặc chép thành tệp mới.
# Trình soạn thảo có tiện ích YAML (Red Hat) gợi ý các khóa và hiện mô tả tiếng Việt của từng khóa.
# Kiểm tra:  kehoach validate plans/ke-hoach-mau-${year}.yaml
# Tạo văn bản: kehoach render plans --out build   (DOCX và PDF trong build/)

kehoach: 1

document:
  issuing_body: Ủy ban nhân dân xã Bình An
  issuing_body_short: UBND xã Bình An
  unit_kind: xã
  locality: Bình An
  # Chưa có số: văn thư ghi số và ngày khi ban hành.
  symbol: KH-UBND
  place: Bình An
  date: ${year}
  draft: true
  summary: Thực hiện công tác giảm nghèo năm ${year}
  period: ${year}
  lead_in: >-
    Ủy ban nhân dân xã Bình An xây dựng Kế hoạch thực hiện công tác giảm nghèo năm ${year} như sau:

statistics:
  # Số hộ đầu kỳ là số hộ được công nhận cuối năm trước.
  baseline_year: ${year - 1}
  # Chuẩn nghèo áp dụng cho năm ${year} (xem thư mục data/standards của kehoach).
  standard: ${standard}
  unit_label: thôn
  # Chỉ ghi số hộ: mọi tỷ lệ và số cuối năm do kehoach tự tính.
  # exits = số hộ dự kiến ra khỏi diện trong năm; actual_end = số hộ thực tế cuối năm (khi có).
  units:
    - name: Thôn Đông
      households: 612
      groups:
        poor: { households: 9, exits: 3 }
        near_poor: { households: 21, exits: 5 }
    - name: Thôn Tây
      households: 487
      groups:
        poor: { households: 6, exits: 2 }
        near_poor: { households: 14, exits: 4 }
    - name: Thôn Nam
      households: 530
      groups:
        poor: { households: 4, exits: 1 }
        near_poor: { households: 11, exits: 3 }

targets:
  # Tỷ lệ cuối năm được tính từ số liệu ở trên: không ghi tay.
  - { id: ty_le_ngheo, type: rate_to, group: poor, lead: Cuối năm ${year} }
  - { id: ty_le_can_ngheo, type: rate_to, group: near_poor, lead: Cuối năm ${year} }
  - id: bhyt
    type: coverage
    percent: 100
    subject: hộ nghèo, hộ cận nghèo
    outcome: được cấp thẻ Bảo hiểm y tế

# Cơ quan, đơn vị: khai báo một lần, nhiệm vụ gọi theo mã (id).
agencies:
  - { id: kt, name: Phòng Kinh tế }
  - { id: vhxh, name: Phòng Văn hóa - Xã hội, short: Phòng VH-XH }
  - { id: vp, name: Văn phòng HĐND và UBND xã, short: Văn phòng }
  # directed: false: cơ quan không thuộc quyền điều hành của Ủy ban, viết "Đề nghị …".
  - { id: mttq, name: Ủy ban Mặt trận Tổ quốc Việt Nam xã, short: UBMTTQ xã, directed: false }

# Nhiệm vụ: cơ quan chủ trì (lead), phối hợp (support), thời hạn (deadline), sản phẩm (output).
# Thời hạn: 2026-06-30, 2026-06, "Quý II/2026", 2026, "thường xuyên", "hằng quý", "hằng năm".
tasks:
  - id: ra-soat
    content: Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo; phân tích nguyên nhân nghèo của từng hộ
    lead: kt
    support: [vhxh, mttq]
    deadline: Quý IV/${year}
    output: Danh sách hộ nghèo, hộ cận nghèo được phê duyệt
  - id: chinh-sach
    content: Thực hiện đầy đủ, kịp thời các chính sách hỗ trợ **hộ nghèo**, *hộ cận nghèo*
    lead: vhxh
    support: [kt]
    deadline: thường xuyên
    output: Báo cáo kết quả thực hiện chính sách
  - id: van-dong
    content: Vận động các nguồn lực giúp đỡ hộ nghèo sửa chữa nhà ở, phát triển sinh kế
    lead: mttq
    support: [kt]
    deadline: ${year}
    output: Báo cáo kết quả vận động

sections:
  # Các mục được đánh số I, 1, a) tự động.
  - title: Mục tiêu, chỉ tiêu
    content:
      - Thực hiện mục tiêu giảm nghèo bền vững, góp phần bảo đảm an sinh xã hội trên địa bàn xã.
      - { targets: all }
  - title: Tình hình hộ nghèo
    content:
      - { template: tinh-hinh, group: poor }
      - { template: tinh-hinh, group: near_poor }
  - title: Nhiệm vụ, giải pháp
    content:
      - { tasks: all }
      - Số liệu hộ nghèo, hộ cận nghèo theo từng thôn tại Phụ lục kèm theo Kế hoạch này.
  - title: Tổ chức thực hiện
    # Mỗi cơ quan thành một tiểu mục: nhiệm vụ chủ trì, phối hợp và các việc ghi ở assignments.
    assignments: true

assignments:
  - agency: kt
    tasks:
      - Tham mưu Ủy ban nhân dân xã triển khai thực hiện Kế hoạch; tổng hợp, báo cáo kết quả.

closing: Trên đây là Kế hoạch thực hiện công tác giảm nghèo năm ${year} của Ủy ban nhân dân xã Bình An

recipients:
  - { text: UBND tỉnh, report: true }
  - { text: Sở Nông nghiệp và Môi trường, report: true }
  - Các cơ quan, đơn vị, đoàn thể xã
  - Các thôn
archive: VT, KT

# Chữ ký: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".
signature:
  collective: Ủy ban nhân dân
  authority: KT.
  on_behalf_of: Chủ tịch
  title: Phó Chủ tịch
  signer: Nguyễn Văn An

appendices:
  - title: Kế hoạch giảm nghèo năm ${year}
    orientation: landscape
    table: { generate: poverty }
`;
}
