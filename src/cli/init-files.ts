// What `kehoach init` writes: a small sample plan, the editor settings, .gitignore and the git
// pre-commit hook. Text only; init.ts decides where and never overwrites.

import type { Lang } from "../diagnostics/types.js";

export const SAMPLE_PLAN_PATH = "plans/ke-hoach-mau-2025.yaml";

/** A complete, valid plan small enough to read in one sitting, every key explained. */
export const SAMPLE_PLAN = `# yaml-language-server: $schema=../schemas/plan.schema.json
#
# Kế hoạch mẫu do "kehoach init" tạo ra: sửa lại cho đơn vị của mình, hoặc chép thành tệp mới.
# Trình soạn thảo có tiện ích YAML (Red Hat) gợi ý các khóa và hiện mô tả tiếng Việt của từng khóa.
# Kiểm tra:  kehoach validate plans/ke-hoach-mau-2025.yaml
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
  date: 2025
  draft: true
  summary: Thực hiện công tác giảm nghèo năm 2025
  period: 2025
  lead_in: >-
    Ủy ban nhân dân xã Bình An xây dựng Kế hoạch thực hiện công tác giảm nghèo năm 2025 như sau:

statistics:
  # Số hộ đầu kỳ là số hộ được công nhận cuối năm trước.
  baseline_year: 2024
  standard: nd-07-2021
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
  - { id: ty_le_ngheo, type: rate_to, group: poor, lead: Cuối năm 2025 }
  - { id: ty_le_can_ngheo, type: rate_to, group: near_poor, lead: Cuối năm 2025 }
  - id: bhyt
    type: coverage
    percent: 100
    subject: hộ nghèo, hộ cận nghèo
    outcome: được cấp thẻ Bảo hiểm y tế

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
      # Câu dẫn tới phụ lục có id so-lieu: "(Chi tiết tại Phụ lục kèm theo Kế hoạch này)".
      - { appendix: so-lieu }
  - title: Nhiệm vụ, giải pháp
    content:
      - |-
        - Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo; phân tích nguyên nhân nghèo của từng hộ.
        - Thực hiện đầy đủ, kịp thời các chính sách hỗ trợ **hộ nghèo**, *hộ cận nghèo*.
  - title: Tổ chức thực hiện
    # Mỗi cơ quan ở mục assignments thành một tiểu mục.
    assignments: true

assignments:
  - agency: Công chức Văn hóa - Xã hội
    role: chu_tri
    tasks:
      - Chủ trì, tham mưu Ủy ban nhân dân xã triển khai thực hiện Kế hoạch; tổng hợp, báo cáo kết quả.
  - agency: Ủy ban Mặt trận Tổ quốc xã
    # de_nghi: cơ quan ngoài quyền điều hành của Ủy ban, viết "Đề nghị …".
    role: de_nghi
    tasks:
      - Phối hợp tuyên truyền, vận động các nguồn lực giúp đỡ hộ nghèo.

closing: Trên đây là Kế hoạch thực hiện công tác giảm nghèo năm 2025 của Ủy ban nhân dân xã Bình An

recipients:
  - { text: UBND tỉnh, report: true }
  - Các ngành, đoàn thể xã
  - Các thôn
archive: VT, VHXH

signature:
  authority: TM.
  on_behalf_of: Ủy ban nhân dân
  title: Chủ tịch
  signer: Nguyễn Văn An

appendices:
  - id: so-lieu
    title: Kế hoạch giảm nghèo năm 2025
    orientation: landscape
    table: { generate: poverty }
`;

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
    head: "kiểm tra các kế hoạch (plans/**.yaml) có trong commit; còn lỗi thì không commit.",
    made: 'Tạo bởi "kehoach init --hooks". Bỏ qua một lần: git commit --no-verify',
    missing:
      "kehoach: không tìm thấy chương trình kehoach để kiểm tra kế hoạch (cài bằng npm, hoặc chạy git commit --no-verify).",
    refused:
      "kehoach: kế hoạch còn lỗi, commit bị từ chối. Sửa các lỗi ở trên rồi git add lại (hoặc git commit --no-verify để bỏ qua).",
  },
  en: {
    head: "validates the plans (plans/**.yaml) staged for commit; refuses the commit on errors.",
    made: 'Made by "kehoach init --hooks". To skip it once: git commit --no-verify',
    missing:
      "kehoach: the kehoach program was not found to validate the plans (install it with npm, or run git commit --no-verify).",
    refused:
      "kehoach: the plans have errors; commit refused. Fix the errors above and git add again (or git commit --no-verify to skip).",
  },
} as const;

/**
 * The pre-commit hook. It validates the staged version of each plan (checked out with its folder's
 * templates into a temporary folder), not the working copy. kehoach is looked for in the repository's
 * node_modules first (a version pinned by the project), then where the kehoach that ran init lives
 * (recorded now, with its node), then on PATH.
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

staged=$(git -c core.quotePath=false diff --cached --name-only --diff-filter=ACMR -- 'plans/*.yaml' 'plans/*.yml')
[ -n "$staged" ] || exit 0

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
git ls-files -z -- plans | xargs -0 git checkout-index --prefix="$tmp/" -- || exit 1

set --
while IFS= read -r f; do
  [ -n "$f" ] && set -- "$@" "$f"
done <<EOF
$staged
EOF

if ! (cd "$tmp" && run_kehoach validate "$@"); then
  echo ${shellQuote(t.refused)} >&2
  exit 1
fi
exit 0
`;
}
