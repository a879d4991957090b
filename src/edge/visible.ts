// Text from a plan or a file name, shown on a terminal: its control characters written out as
// "\u001b" (as JSON writes them), so that no input can clear the screen, set the window's title,
// ring the bell, move the cursor or hide text behind a carriage return or a direction override.
// formatDiagnostic (src/cli/report.ts) makes each part of a diagnostic visible; the CLI's output
// lines pass through visibleLine as well, which keeps only kehoach's own colours.

/** C0 (tab and line feed kept), DEL, C1, and the direction overrides and isolates. */
function hidden(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a;
  if (code >= 0x7f && code <= 0x9f) return true;
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

function escaped(code: number): string {
  return `\\u${code.toString(16).padStart(4, "0")}`;
}

/** The text with every hidden character written as \uXXXX. */
export function visible(text: string): string {
  return rewrite(text, false);
}

/**
 * One line of the CLI's output: as visible(), except the colour sequences the CLI's own style puts
 * ("\x1b[31m", "\x1b[1m"… see src/cli/report.ts): a colour is the only thing such a sequence can do.
 */
export function visibleLine(line: string): string {
  return rewrite(line, true);
}

/** After an ESC: "[", digits and semicolons, "m". */
const SGR_TAIL = /^\[[0-9;]*m/;

function rewrite(text: string, keepColours: boolean): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!hidden(code)) continue;
    if (keepColours && code === 0x1b) {
      const sgr = SGR_TAIL.exec(text.slice(i + 1, i + 16));
      if (sgr) {
        i += sgr[0].length;
        continue;
      }
    }
    out += text.slice(from, i) + escaped(code);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
