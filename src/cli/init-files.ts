// What `kehoach init` writes: a small sample plan, the editor settings, .gitignore and the git
// pre-commit hook. Text only; init.ts decides where and never overwrites.

import type { Lang } from "../diagnostics/types.js";

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

export const GITIGNORE = `# Văn bản do kehoach tạo ra (kehoach render … --out build): tạo lại được bất cứ lúc nào.
build/
node_modules/
`;

export function vscodeSettings(schemaRef: string): string {
  return `${JSON.stringify(
    {
      "yaml.schemas": { [schemaRef]: ["plans/**/*.yaml", "plans/**/*.yml"] },
      "files.encoding": "utf8",
      "files.eol": "\n",
    },
    null,
    2,
  )}\n`;
}

/** A string for a POSIX shell, in single quotes. */
function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

const HOOK_TEXT = {
  vi: {
    head: "khi commit có thay đổi trong plans/ (kế hoạch, mẫu templates/), kiểm tra mọi kế hoạch trong plans/ như chúng sẽ được commit; còn lỗi thì không commit.",
    made: 'Tạo bởi "kehoach init --hooks". Bỏ qua một lần: git commit --no-verify',
    missing:
      "kehoach: không tìm thấy chương trình kehoach để kiểm tra kế hoạch (cài bằng npm, hoặc chạy git commit --no-verify).",
    refused:
      "kehoach: kế hoạch còn lỗi, commit bị từ chối. Sửa các lỗi ở trên rồi git add lại (hoặc git commit --no-verify để bỏ qua).",
  },
  en: {
    head: "when a commit changes plans/ (plans, templates/), validates every plan under plans/ as it will be committed; refuses the commit on errors.",
    made: 'Made by "kehoach init --hooks". To skip it once: git commit --no-verify',
    missing:
      "kehoach: the kehoach program was not found to validate the plans (install it with npm, or run git commit --no-verify).",
    refused:
      "kehoach: the plans have errors; commit refused. Fix the errors above and git add again (or git commit --no-verify to skip).",
  },
} as const;

/**
 * The pre-commit hook. When the commit changes anything under plans/ (a plan, a local template, a
 * deletion), it checks out the staged plans/ folder into a temporary folder and runs
 * `kehoach validate plans` there: every plan as `render DIR` finds them (any case of .yaml, .yml,
 * subfolders, templates/ excepted), each with the templates it will be rendered with, not the
 * working copy. File names pass NUL-separated (-z), so any name git can hold is checked. kehoach is
 * looked for in the repository's node_modules first (a version pinned by the project), then where
 * the kehoach that ran init lives (recorded now, with its node), then on PATH.
 */
export function preCommitHook(opts: { node: string; bin: string; lang: Lang }): string {
  const t = HOOK_TEXT[opts.lang];
  return `#!/bin/sh
# kehoach: ${t.head}
# ${t.made}
KEHOACH_NODE=${shellQuote(opts.node)}
KEHOACH_JS=${shellQuote(opts.bin)}

root=$(git rev-parse --show-toplevel) || exit 1
cd "$root" || exit 1

# nothing staged under plans/: nothing to check
git diff --cached --quiet -- plans && exit 0

run_kehoach() {
  if [ -x "$root/node_modules/.bin/kehoach" ]; then
    "$root/node_modules/.bin/kehoach" "$@"
  elif [ -f "$KEHOACH_JS" ]; then
    if [ -x "$KEHOACH_NODE" ]; then "$KEHOACH_NODE" "$KEHOACH_JS" "$@"; else node "$KEHOACH_JS" "$@"; fi
  elif command -v kehoach >/dev/null 2>&1; then
    kehoach "$@"
  else
    echo ${shellQuote(t.missing)} >&2
    return 3
  fi
}

tmp=$(mktemp -d "\${TMPDIR:-/tmp}/kehoach-hook.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM
git ls-files -z -- plans | git checkout-index -z --stdin --prefix="$tmp/" || exit 1
# every plan of plans/ deleted: nothing left to check
[ -d "$tmp/plans" ] || exit 0

(cd "$tmp" && run_kehoach validate plans)
status=$?
# 2: plans/ holds no plan any more (only templates, say): nothing to check
if [ "$status" -ne 0 ] && [ "$status" -ne 2 ]; then
  echo ${shellQuote(t.refused)} >&2
  exit 1
fi
exit 0
`;
}
