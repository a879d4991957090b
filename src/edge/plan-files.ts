// Which files of a folder are plans, by name: the one rule for what the preview lists and what it
// serves (and for any other walk over a folder of plans). A plan is a .yaml or .yml file (any case);
// hidden files and folders (a leading "."), a locality's templates/ (labels.yaml is no plan) and
// node_modules/ are never plans nor searched.

export const PLAN_EXTENSIONS = [".yaml", ".yml"] as const;

/** Folders never searched for plans: a locality's templates, dependencies. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(["templates", "node_modules"]);

function hidden(name: string): boolean {
  return name.startsWith(".");
}

/** A file of this name is a plan (when it lies in a searched folder). */
export function isPlanFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return !hidden(name) && PLAN_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** A folder of this name is searched for plans. */
export function isSearchedFolder(name: string): boolean {
  return !hidden(name) && !SKIPPED_FOLDERS.has(name);
}

/** A path relative to the folder of plans, by segments ("2024", "xa.yaml"), names a plan. */
export function isPlanPath(segments: readonly string[]): boolean {
  const last = segments[segments.length - 1];
  return (
    last !== undefined && isPlanFileName(last) && segments.slice(0, -1).every(isSearchedFolder)
  );
}
