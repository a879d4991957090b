// Every string the preview pages show (from a plan, a diagnostic, a file name) goes through here, so
// a plan that says `<script>` or `{{x}}` shows it as text and can never become markup.

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

// C0 controls other than tab, LF and CR are parse errors in HTML even as character references.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters replaced
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Safe in element content and in double- or single-quoted attribute values. */
export function esc(text: string | number): string {
  return String(text)
    .replace(CONTROLS, "\uFFFD")
    .replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A URL path from path segments, each percent-encoded. */
export function urlPath(prefix: string, rel: string): string {
  return `${prefix}/${rel.split("/").map(encodeURIComponent).join("/")}`;
}
