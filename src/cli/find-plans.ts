// The plans under a folder, by src/edge/plan-files.ts's rule (the preview lists the same files):
// every .yaml and .yml file (any case), subfolders too, but not in templates/, node_modules/ or a
// hidden folder; a linked file counts, a linked folder is not followed. For `render DIR`,
// `validate DIR` and the pre-commit hook (which runs `validate` on the staged plans/ folder).

import { type Dirent, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Context } from "../edge/io.js";
import { isPlanFileName, isSearchedFolder } from "../edge/plan-files.js";
import { sayPlans } from "./messages-plans.js";

export interface Unreadable {
  /** The folder, relative to the one searched ("" for that folder itself). */
  dir: string;
  /** The system's error code: EACCES, EPERM, … */
  code: string;
}

export interface FoundPlans {
  /** Relative to the folder searched, with "/", sorted. */
  plans: string[];
  /** Folders that could not be read: their plans, if any, are missing from `plans`. */
  unreadable: Unreadable[];
}

/** The plans under dir; folders in `skip` (absolute, such as the output folder) are not searched. */
export function scanPlans(dir: string, skip: readonly string[] = []): FoundPlans {
  const plans: string[] = [];
  const unreadable: Unreadable[] = [];
  const skipped = new Set(skip.map((s) => resolve(s)));
  const walk = (abs: string, rel: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (err) {
      unreadable.push({ dir: rel, code: (err as NodeJS.ErrnoException).code ?? String(err) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const childAbs = join(abs, e.name);
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!isSearchedFolder(e.name) || skipped.has(resolve(childAbs))) continue;
        walk(childAbs, childRel);
      } else if ((e.isFile() || e.isSymbolicLink()) && isPlanFileName(e.name)) {
        plans.push(childRel);
      }
    }
  };
  walk(resolve(dir), "");
  return { plans, unreadable };
}

/** What `render DIR` and `validate DIR` say of a folder they could not read. */
export function unreadableMessage(
  ctx: Context,
  u: Unreadable,
  root: string,
  shown: (p: string) => string,
): string {
  const denied = u.code === "EACCES" || u.code === "EPERM";
  return sayPlans(ctx.lang, denied ? "batch.unreadable-denied" : "batch.unreadable", {
    dir: shown(join(root, u.dir)) || ".",
    root: shown(root) || ".",
    code: u.code,
  });
}
