// Bounds on what the loader accepts, so that a hostile or broken file costs little and crashes nothing.
//
// The bounds of single values — the longest text, the most items of each list, the largest count,
// colspan and rowspan — are written in schemas/plan.schema.json (maxLength, maxItems, maxProperties,
// maximum), where the editor shows them and the generated validator checks them before anything is
// built; test/spec/limits.test.ts checks that every size the schema admits has one, and that the ones
// named here agree with it. This file holds the bounds the schema cannot say.

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

/**
 * Most columns of a typed table: a landscape A4 page holds about 30 readable columns. Equal to the
 * schema's maximum colspan and its most cells in a row; rowspans can still push cells further right,
 * which src/spec/table-grid.ts bounds.
 */
export const MAX_TABLE_COLUMNS = 50;

/** Most rows of a typed table (header, index, body and total rows): the schema's most body rows. */
export const MAX_TABLE_ROWS = 5_000;

/**
 * Most cells of the grid of one typed table (rows × columns, merged cells counted by what they
 * cover): a unit-by-unit table of a province is a few thousand.
 */
export const MAX_TABLE_CELLS = 100_000;
