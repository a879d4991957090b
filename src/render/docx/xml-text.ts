// Characters XML 1.0 cannot carry (C0 controls other than tab, newline and carriage return;
// U+FFFE, U+FFFF; unpaired surrogates). One of them anywhere makes Word refuse the whole file.
// A loop rather than a regular expression: the lint forbids control characters in patterns.

function allowed(code: number): boolean {
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return code !== 0xfffe && code !== 0xffff;
}

export function stripNonXml(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let drop = !allowed(code);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i += 1; // a valid pair
        continue;
      }
      drop = true;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      drop = true;
    }
    if (drop) {
      out += text.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}
