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
