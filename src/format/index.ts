// The one place where Vietnamese numbers, dates, numbering and text conventions are formatted.
export * from "./date.js";
export * from "./deadline.js";
export * from "./number.js";
export * from "./number-literal.js";
export * from "./numbering.js";
export * from "./text.js";
