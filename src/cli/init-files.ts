// What `kehoach init` writes: a small sample plan, the editor settings, .gitignore and the git
// pre-commit hook. Text only; init.ts decides where and never overwrites.

import type { Lang } from "../diagnostics/types.js";

export { samplePlan, samplePlanPath } from "../edge/sample-plan.js";

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
