// The package's own YAML data (poverty standards, template labels), read on every command by the
// yaml library's parse().

import { parse } from "yaml";

export function parseDataYaml(text: string): unknown {
  return parse(text);
}
