// kehoach import FILE.xlsx|FILE.csv --into PLAN.yaml [--sheet NAME] [--map "Heading=field,…"]: the
// per-unit figures of an official's table merged into the plan (src/import), the plan rewritten
// atomically only when something changed and nothing is wrong, then checked as `validate` would.

import { readFileSync, statSync } from "node:fs";
import { relative, resolve } from "node:path";
import { interpolate } from "../diagnostics/localize.js";
import { hasErrors, type Lang } from "../diagnostics/types.js";
import type { Context } from "../edge/io.js";
import { isFiguresFile } from "../import/grid.js";
import { importFigures } from "../import/index.js";
import { reportLines } from "../import/report.js";
import { runPipeline } from "../pipeline.js";
import { readSpecText } from "../spec/read-file.js";
import { formatDiagnostic, toJson } from "./report.js";
import { writeAtomic } from "./write.js";

export interface ImportCommandOptions {
  into?: string;
  sheet?: string;
  map?: string;
}

/** A workbook of household figures is small; a larger file is surely the wrong one. */
const MAX_TABLE_BYTES = 20 * 1024 * 1024;

const TEXT = {
  "no-file": {
    vi: "Hãy cho biết tệp số liệu (.xlsx hoặc .csv) và kế hoạch nhận số liệu. Ví dụ: kehoach import so-lieu.xlsx --into plans/quang-minh-2024.yaml",
    en: "Give the figures file (.xlsx or .csv) and the plan to take them. Example: kehoach import figures.xlsx --into plans/quang-minh-2024.yaml",
  },
  "one-file": {
    vi: "Lệnh import nhận một tệp số liệu mỗi lần.",
    en: "The import command takes one figures file at a time.",
  },
  "no-into": {
    vi: "Hãy cho biết kế hoạch nhận số liệu bằng --into, ví dụ: --into plans/quang-minh-2024.yaml",
    en: "Say which plan takes the figures with --into, for example: --into plans/quang-minh-2024.yaml",
  },
  "bad-type": {
    vi: "Không đọc được {file}: kehoach nhập số liệu từ tệp Excel (.xlsx) hoặc CSV (.csv). Tệp .xls cũ: mở bằng Excel và lưu thành .xlsx.",
    en: "Cannot read {file}: kehoach imports figures from Excel (.xlsx) or CSV (.csv) files. An old .xls file: open it in Excel and save it as .xlsx.",
  },
  unreadable: {
    vi: "Không đọc được tệp {file} ({reason}).",
    en: "Cannot read {file} ({reason}).",
  },
  "too-large": {
    vi: "Tệp {file} quá lớn ({size} byte): một bảng số liệu thường chỉ vài chục KB. Kiểm tra xem có chọn nhầm tệp không.",
    en: "{file} is too large ({size} bytes): a table of figures is usually a few tens of KB. Check that this is the right file.",
  },
  failed: {
    vi: "{plan}: không thay đổi gì vì tệp số liệu còn lỗi.",
    en: "{plan}: nothing changed: the figures file has errors.",
  },
  wrote: { vi: "Đã ghi số liệu vào {plan}.", en: "Wrote the figures into {plan}." },
  same: {
    vi: "{plan} đã có đúng các số liệu này: không ghi lại.",
    en: "{plan} already holds these figures: not rewritten.",
  },
  "now-invalid": {
    vi: "{plan} sau khi nhập còn lỗi (xem trên): sửa trong tệp kế hoạch hoặc trong bảng số liệu rồi nhập lại.",
    en: "{plan} has errors after the import (see above): fix them in the plan or in the table and import again.",
  },
} as const;

function say(lang: Lang, key: keyof typeof TEXT, params: Record<string, string | number> = {}) {
  return interpolate(TEXT[key][lang], params);
}

export async function importCommand(
  ctx: Context,
  files: readonly string[],
  opts: ImportCommandOptions,
): Promise<number> {
  const usage = (key: keyof typeof TEXT, params: Record<string, string> = {}) => {
    ctx.io.err(say(ctx.lang, key, params));
    return 2;
  };
  const [file] = files;
  if (file === undefined) return usage("no-file");
  if (files.length > 1) return usage("one-file");
  if (opts.into === undefined) return usage("no-into");
  if (!isFiguresFile(file)) return usage("bad-type", { file });

  let bytes: Buffer;
  try {
    const size = statSync(resolve(ctx.io.cwd, file)).size;
    if (size > MAX_TABLE_BYTES) {
      ctx.io.err(say(ctx.lang, "too-large", { file, size }));
      return 1;
    }
    bytes = readFileSync(resolve(ctx.io.cwd, file));
  } catch (err) {
    ctx.io.err(
      say(ctx.lang, "unreadable", { file, reason: (err as NodeJS.ErrnoException).code ?? "EIO" }),
    );
    return 1;
  }
  const planPath = resolve(ctx.io.cwd, opts.into);
  const plan = relative(ctx.io.cwd, planPath) || opts.into;
  const read = readSpecText(planPath);
  if ("diagnostic" in read) {
    ctx.io.err(formatDiagnostic(read.diagnostic, ctx.lang, ctx.style));
    return 1;
  }
  const result = await importFigures(read.text, bytes, file, {
    planFile: plan,
    ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
    ...(opts.map !== undefined ? { map: opts.map } : {}),
  });
  const failed = hasErrors(result.diagnostics) || !result.report;
  const changed = !failed && result.text !== read.text;
  if (changed) writeAtomic(planPath, result.text);
  const check = changed ? runPipeline(planPath) : undefined;
  const invalid = check !== undefined && hasErrors(check.diagnostics);

  if (ctx.json) {
    ctx.io.out(
      JSON.stringify(
        {
          file,
          plan,
          ok: !failed && !invalid,
          written: changed,
          report: result.report ?? null,
          diagnostics: toJson([...result.diagnostics, ...(check?.diagnostics ?? [])], ctx.lang),
        },
        null,
        2,
      ),
    );
    return failed || invalid ? 1 : 0;
  }
  for (const d of result.diagnostics) ctx.io.err(formatDiagnostic(d, ctx.lang, ctx.style));
  if (failed || !result.report) {
    ctx.io.err(say(ctx.lang, "failed", { plan }));
    return 1;
  }
  for (const line of reportLines(result.report, result.terms, ctx.lang)) ctx.io.out(line);
  ctx.io.out(say(ctx.lang, changed ? "wrote" : "same", { plan }));
  if (check && invalid) {
    for (const d of check.diagnostics.filter((x) => x.severity === "error")) {
      ctx.io.err(formatDiagnostic(d, ctx.lang, ctx.style, check.text));
    }
    ctx.io.err(say(ctx.lang, "now-invalid", { plan }));
    return 1;
  }
  return 0;
}
