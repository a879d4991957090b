// The package's own YAML data (poverty standards, template labels), read on every command: by
// yaml-fast.ts when it can, which gives what the yaml library's parse() gives for such files in a
// fraction of the time, else by the yaml library.

import { parse } from "yaml";
import { parseYamlFast } from "./yaml-fast.js";

export function parseDataYaml(text: string): unknown {
  // yaml-fast.ts gives strings in NFC; parse() gives them as written.
  const fast = text === text.normalize("NFC") ? parseYamlFast(text) : undefined;
  return fast ? fast.value : parse(text);
}
