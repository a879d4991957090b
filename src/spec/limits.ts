// Bounds on what the loader accepts, so that a hostile or broken file costs little and crashes nothing.

/** Largest plan file, in bytes of UTF-8. Real plans are a few tens of KB. */
export const MAX_SPEC_BYTES = 2 * 1024 * 1024;

/**
 * Deepest nesting of YAML collections. A plan needs about 20 levels (sections in sections, blocks,
 * bullets, table cells); the YAML composer recurses per level and, past a few thousand, V8 can abort
 * the whole process inside a regular expression instead of throwing.
 */
export const MAX_DEPTH = 64;

/** Most nodes that aliases (*name) may expand to: stops "billion laughs" documents. */
export const MAX_ALIAS_NODES = 20_000;
