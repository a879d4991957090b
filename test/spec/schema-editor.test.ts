// The schema's help for editors (the YAML language server in VS Code, the preview's editor):
// snippets for a unit, a task, an agency and an assignment that are valid as inserted; examples in
// markdownDescription that are valid plan fragments; Vietnamese errorMessages; the template names
// kehoach has, offered as an enum. ajv, in strict mode, knows these keywords.
import { readdirSync, readFileSync } from "node:fs";
import ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { AJV_OPTIONS, EDITOR_KEYWORDS } from "../../src/spec/schema-codegen.js";

type Node = Record<string, unknown>;
const schema = JSON.parse(
  readFileSync(new URL("../../schemas/plan.schema.json", import.meta.url), "utf8"),
) as Node & { $id: string; $defs: Record<string, Node> };

const ajv = new ajv2020.default({ ...AJV_OPTIONS, code: { source: false } });
ajv.addVocabulary([...EDITOR_KEYWORDS]);
ajv.addSchema(schema);
function validator(pointer: string) {
  const v = ajv.getSchema(`${schema.$id}#${pointer}`);
  if (!v) throw new Error(`no schema at ${pointer}`);
  return v;
}

/** Every subschema with its JSON pointer. */
function* walk(node: unknown, ptr: string): Generator<[string, Node]> {
  if (node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const [i, n] of node.entries()) yield* walk(n, `${ptr}/${i}`);
    return;
  }
  yield [ptr, node as Node];
  for (const [k, v] of Object.entries(node)) {
    if (["enum", "const", "required", "defaultSnippets", "examples"].includes(k)) continue;
    yield* walk(v, `${ptr}/${k.replaceAll("~", "~0").replaceAll("/", "~1")}`);
  }
}

/** A snippet body as the editor inserts it with its defaults: "${2:0}" → "0", "^${2:0}" → 0. */
function inserted(body: unknown): unknown {
  if (typeof body === "string") {
    const text = body
      .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, "$1")
      .replace(/\$\{\d+:([^}]*)\}/g, "$1")
      .replace(/\$\{\d+\}/g, "");
    return text.startsWith("^") ? JSON.parse(text.slice(1)) : text;
  }
  if (Array.isArray(body)) return body.map(inserted);
  if (body && typeof body === "object") {
    return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, inserted(v)]));
  }
  return body;
}

describe("editor support in the schema", () => {
  it("compiles in ajv's strict mode with the editor keywords declared", () => {
    expect(() => ajv.compile({ ...schema, $id: "urn:kehoach:test:1" })).not.toThrow();
  });

  it.each(["unitStats", "task", "agency", "assignment"])(
    "%s has snippets valid as inserted",
    (name) => {
      const snippets = schema.$defs[name]?.defaultSnippets as { label: string; body: unknown }[];
      expect(snippets.length).toBeGreaterThan(0);
      for (const s of snippets) {
        expect(s.label).toMatch(/\p{L}/u);
        const validate = validator(`/$defs/${name}`);
        expect(validate(inserted(s.body)), JSON.stringify(validate.errors)).toBe(true);
      }
    },
  );

  it("every example in a markdownDescription is a valid fragment of a plan", () => {
    let examples = 0;
    for (const [ptr, node] of walk(schema, "")) {
      const md = node.markdownDescription;
      if (typeof md !== "string") continue;
      expect(md).toMatch(/[ạảấầẩậắằẳặẹẻếềểệịọỏốồổộớờởợụủứừửựỳỵỷỹđ]/i);
      for (const m of md.matchAll(/```yaml\n([\s\S]*?)```/g)) {
        let value = parse(m[1] ?? "") as unknown;
        if (Array.isArray(value)) value = value[0];
        else if (value && typeof value === "object" && Object.keys(value).length === 1) {
          value = Object.values(value)[0];
        } else if (value && typeof value === "object") {
          // "recipients: …" with "archive: …": the property of this node
          value = (value as Node)[ptr.split("/").pop() ?? ""];
        }
        const validate = validator(ptr);
        expect(validate(value), `${ptr}: ${JSON.stringify(validate.errors)}`).toBe(true);
        examples++;
      }
    }
    expect(examples).toBeGreaterThanOrEqual(14);
  });

  it("gives Vietnamese errorMessages, an enum's naming its values", () => {
    const vietnamese = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
    let count = 0;
    for (const [ptr, node] of walk(schema, "")) {
      if (node.errorMessage === undefined) continue;
      count++;
      expect(String(node.errorMessage), ptr).toMatch(vietnamese);
      // on an object the language server would show it instead of "Missing property x" and
      // "Property x is not allowed", and the official would lose the key's name
      expect(node.properties ?? node.required ?? node.additionalProperties, ptr).toBeUndefined();
      if (Array.isArray(node.enum)) {
        for (const v of node.enum) expect(node.errorMessage, ptr).toContain(String(v));
      }
    }
    expect(schema.$defs.count?.errorMessage).toBe(
      "Ghi một số nguyên không âm, viết liền không dấu chấm hay dấu phẩy, ví dụ 2991.",
    );
    expect(count).toBeGreaterThan(40);
  });

  it("offers the real template names, and still accepts a locality's own", () => {
    const blockTemplate = schema.$defs.blockTemplate as { properties: Record<string, Node> };
    const template = blockTemplate.properties.template as Node;
    const offered = (template.anyOf as Node[])[0]?.enum as string[];
    const own = readdirSync(new URL("../../templates/", import.meta.url))
      .filter((f) => f.endsWith(".hbs"))
      .map((f) => f.slice(0, -4))
      // the opening sentence and the targets' sentences are placed by kehoach itself
      .filter((n) => n !== "mo-dau" && !n.startsWith("chi-tieu-"));
    expect([...offered].sort()).toEqual(own.sort());
    expect(JSON.stringify(template)).not.toContain("poverty-summary");
    const validate = validator("/$defs/blockTemplate");
    expect(validate({ template: "tinh-hinh", group: "poor" })).toBe(true);
    expect(validate({ template: "mau-rieng-cua-xa" })).toBe(true);
    expect(validate({ template: " " })).toBe(false);
  });
});
