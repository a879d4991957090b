// The package's own YAML data (poverty standards, eras of the administration) and the labels of a
// templates folder, read with the yaml library's parse(): YAML 1.2, plain values, no positions (a
// malformed data file is the developer's mistake and throws; a locality's labels.yaml is reported
// by file). Part of src/yaml, the project's YAML reading shared by src/spec, src/model and src/data.

import { parse } from "yaml";

export function parseDataYaml(text: string): unknown {
  return parse(text);
}
