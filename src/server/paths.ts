// Which files the server may show: the plan files the index lists, and nothing else. A request names
// a plan by its path relative to the served folder; every segment is decoded once and checked by the
// rule the listing follows (src/edge/plan-files.ts: no hidden file or folder, no templates/), no
// folder on the way may be a symlink (the listing does not follow them), and the resolved file must
// still lie inside the folder after symlinks are followed (realpath).

import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { isPlanFileName, isPlanPath, isSearchedFolder } from "../edge/plan-files.js";

/** Bounds, so that `kehoach serve /` cannot walk a whole disk. */
export const MAX_PLANS = 1000;
export const MAX_DIRS = 2000;

export interface PlanRef {
  /** Relative to the served folder, with "/" separators: "2024/quang-minh.yaml". */
  rel: string;
  /** Real absolute path, inside the served folder. */
  abs: string;
}

export function isInside(root: string, real: string): boolean {
  return real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * The plan a URL path names, or undefined (the caller answers 404). `rawPath` is the part of the
 * URL after the route prefix, still percent-encoded: "quang-minh-2024.yaml", "a%20b/c.yaml".
 */
export function resolvePlan(root: string, rawPath: string): PlanRef | undefined {
  const segments: string[] = [];
  for (const raw of rawPath.split("/")) {
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    // "" refuses absolute paths ("//etc/passwd") and doubled slashes; a decoded "/" or "\" is an
    // encoded separator smuggled inside one segment.
    if (seg === "" || seg === "." || seg === ".." || /[/\\\0]/.test(seg)) return undefined;
    segments.push(seg);
  }
  if (!isPlanPath(segments)) return undefined;
  let real: string;
  try {
    for (let i = 1; i < segments.length; i++) {
      if (!lstatSync(join(root, ...segments.slice(0, i))).isDirectory()) return undefined;
    }
    real = realpathSync(join(root, ...segments));
    if (!statSync(real).isFile()) return undefined;
  } catch {
    return undefined;
  }
  if (!isInside(root, real)) return undefined;
  return { rel: segments.join("/"), abs: real };
}

/** Every plan under the folder, sorted by path; symlinked folders are not followed. */
export function listPlans(root: string): PlanRef[] {
  const plans: PlanRef[] = [];
  let dirs = 0;
  const walk = (dir: string): void => {
    if (++dirs > MAX_DIRS) return;
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of entries) {
      if (plans.length >= MAX_PLANS) return;
      const path = join(dir, name);
      let st: ReturnType<typeof lstatSync>;
      try {
        st = lstatSync(path);
      } catch {
        continue;
      }
      if (st.isDirectory()) {
        if (isSearchedFolder(name)) walk(path);
      } else if (isPlanFileName(name) && (st.isFile() || st.isSymbolicLink())) {
        const ref = resolvePlan(
          root,
          relative(root, path).split(sep).map(encodeURIComponent).join("/"),
        );
        if (ref) plans.push(ref);
      }
    }
  };
  walk(root);
  return plans;
}
