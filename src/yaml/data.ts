// The package's own YAML data (poverty standards, eras of the administration) and the labels of a
// templates folder, read with the yaml library's parse(): YAML 1.2, plain values, no positions (a
// malformed data file is the developer's mistake and throws; a locality's labels.yaml is reported
// by file). Part of src/yaml, the project's YAML reading shared by src/spec, src/model and src/data.

import { parse } from "yaml";
import { PARSED } from "./data.generated.js";

/**
 * The value of a YAML text. The package's own files were parsed when kehoach was built
 * (data.generated.ts, keyed by their whole text): such a text gets the same value, built anew,
 * without parsing. Any other text (a locality's labels.yaml, a data file edited since) is parsed.
 */
export function parseDataYaml(text: string): unknown {
  const built = PARSED.get(text);
  return built ? built() : parse(text);
}
