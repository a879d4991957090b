// Every string from the model reaches the page through these two functions, so a plan that says
// `<script>` or `{{x}}` shows it as text and can never become markup.

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

// C0 controls other than tab, LF and CR are parse errors in HTML even as character references.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters removed
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Text and attribute values: safe in element content and in double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(FORBIDDEN_CONTROLS, "\uFFFD")
    .replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/** A double-quoted CSS string that stays inert inside a <style> element too (no `</style>`). */
export function cssString(text: string): string {
  const body = text.replace(/[\\"<>\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
  return `"${body}"`;
}
