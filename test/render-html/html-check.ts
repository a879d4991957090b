// A small well-formedness check of generated HTML: tags balance, void elements never close, and
// no block element sits inside a <p> (the parser would silently close the <p> there).

const VOID = new Set(["meta", "link", "br", "hr", "col", "img", "input", "wbr"]);
const BLOCK = new Set(["p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "hr"]);

export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const withoutStyle = html.replace(/<style>[\s\S]*?<\/style>/g, "<style></style>");
  const stack: string[] = [];
  for (const m of withoutStyle.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g)) {
    const closing = m[1] === "/";
    const name = (m[2] ?? "").toLowerCase();
    if (VOID.has(name)) {
      if (closing) problems.push(`closing void element </${name}>`);
      if (BLOCK.has(name) && stack.includes("p")) problems.push(`<${name}> inside <p>`);
      continue;
    }
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? "nothing"}>`);
    } else {
      if (BLOCK.has(name) && stack.includes("p")) problems.push(`<${name}> inside <p>`);
      stack.push(name);
    }
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(" > ")}`);
  return problems;
}

/** The text of an element after the first occurrence of `marker`, up to `end`, entities decoded. */
export function decodeEntities(html: string): string {
  return html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
