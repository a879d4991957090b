/** noEscape: templates output markup, not HTML; strict: a misspelt variable is an error, never a blank. */
export const COMPILE_OPTIONS = { noEscape: true, strict: true } as const;
