// The schema describes exactly src/spec/types.ts: the key tables below are checked against the types
// by the compiler (a missing, extra or wrongly required key is a type error) and against the schema
// here. Also: every property documented in Vietnamese, every object closed.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DATE_PATTERN, ID_PATTERN, TEXT_PATTERN } from "../../src/spec/schema-diagnostics.js";
import type * as T from "../../src/spec/types.js";

interface Schema {
  description?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  enum?: unknown[];
  items?: Schema;
  $defs?: Record<string, Schema>;
  [k: string]: unknown;
}

const schema = JSON.parse(
  readFileSync(new URL("../../schemas/plan.schema.json", import.meta.url), "utf8"),
) as Schema;
const defs = schema.$defs ?? {};
const def = (name: string): Schema => {
  const d = defs[name];
  if (!d) throw new Error(`no $defs.${name}`);
  return d;
};

/** "r" for a required key, "o" for an optional one: the compiler holds these tables to the types. */
type KeyTable<X> = { [K in keyof X]-?: Record<never, never> extends Pick<X, K> ? "o" : "r" };
type Obj<X> = Extract<X, object>;

const tables: [string, Schema, Record<string, "r" | "o">][] = [];
function table<X>(name: string, node: Schema, keys: KeyTable<X>): void {
  tables.push([name, node, keys as Record<string, "r" | "o">]);
}

table<T.PlanSpec>("PlanSpec", schema, {
  kehoach: "r",
  document: "r",
  page: "o",
  format: "o",
  statistics: "o",
  targets: "o",
  agencies: "o",
  tasks: "o",
  sections: "r",
  assignments: "o",
  budget: "o",
  reporting: "o",
  closing: "r",
  recipients: "r",
  archive: "r",
  signature: "r",
  appendices: "o",
  templates: "o",
});
table<T.DocumentSpec>("DocumentSpec", def("document"), {
  parent_body: "o",
  issuing_body: "r",
  issuing_body_short: "o",
  unit_kind: "o",
  locality: "r",
  number: "o",
  symbol: "r",
  place: "r",
  date: "r",
  summary: "r",
  period: "r",
  draft: "o",
  legal_bases: "o",
  implements: "o",
  lead_in: "o",
});
table<Obj<T.DocRef>>("DocRef", def("docRef"), {
  kind: "r",
  number: "o",
  date: "o",
  issuer: "o",
  about: "o",
});
table<Obj<T.Period>>("Period", def("period"), { from: "r", to: "r" });
table<T.PageSpec>("PageSpec", def("page"), { margins: "o", font_size: "o" });
table<NonNullable<T.PageSpec["margins"]>>("margins", def("page").properties?.margins ?? {}, {
  top: "o",
  bottom: "o",
  left: "o",
  right: "o",
});
table<T.FormatSpec>("FormatSpec", def("format"), {
  pad_small_counts: "o",
  numbering: "o",
  appendix_numbering: "o",
  table_numbering: "o",
});
table<T.GroupCounts>("GroupCounts", def("groupCounts"), {
  households: "r",
  persons: "o",
  exits: "o",
  entries: "o",
  actual_end: "o",
  breakdowns: "o",
  deprivation: "o",
});
table<T.UnitStats>("UnitStats", def("unitStats"), {
  name: "r",
  households: "r",
  persons: "o",
  groups: "r",
});
table<NonNullable<T.StatisticsSpec["totals"]>>("totals", def("totals"), {
  households: "r",
  persons: "o",
  groups: "r",
});
table<T.GroupDef>("GroupDef", def("groupDef"), { id: "r", name: "r" });
table<T.BreakdownDef>("BreakdownDef", def("breakdownDef"), {
  id: "r",
  group: "r",
  label: "r",
  exhaustive: "o",
  parts: "r",
  exits: "o",
});
table<T.BreakdownDef["parts"][number]>("part", def("breakdownDef").properties?.parts?.items ?? {}, {
  id: "r",
  label: "r",
});
table<T.StatisticsSpec>("StatisticsSpec", def("statistics"), {
  baseline_year: "r",
  standard: "o",
  count_unit: "o",
  unit_label: "o",
  strict: "o",
  groups: "o",
  breakdowns: "o",
  units: "o",
  totals: "o",
});
const base = {
  id: "r",
  lead: "o",
  tail: "o",
  type: "r",
  year: "o",
  pad_small_counts: "o",
} as const;
table<T.RateToTarget>("RateToTarget", def("targetRateTo"), {
  ...base,
  group: "o",
  subject: "o",
  direction: "o",
  rate: "o",
});
table<T.CountToTarget>("CountToTarget", def("targetCountTo"), {
  ...base,
  group: "o",
  subject: "o",
  direction: "o",
  count: "o",
  unit: "o",
});
table<T.IncreaseTarget>("IncreaseTarget", def("targetIncrease"), {
  ...base,
  group: "r",
  households: "o",
  points: "o",
});
table<T.ReduceTarget>("ReduceTarget", def("targetReduce"), {
  ...base,
  group: "r",
  households: "o",
  points: "o",
});
table<T.ReduceShareTarget>("ReduceShareTarget", def("targetReduceShare"), {
  ...base,
  group: "r",
  percent: "r",
});
table<T.CoverageTarget>("CoverageTarget", def("targetCoverage"), {
  ...base,
  percent: "r",
  subject: "r",
  outcome: "r",
  qualifier: "o",
});
table<T.TextTarget>("TextTarget", def("targetText"), { ...base, text: "r" });
table<Extract<T.BlockSpec, { bullets: unknown }>>("bullets block", def("blockBullets"), {
  bullets: "r",
});
table<Extract<T.BlockSpec, { target: unknown }>>("target block", def("blockTarget"), {
  target: "r",
});
table<Extract<T.BlockSpec, { targets: unknown }>>("targets block", def("blockTargets"), {
  targets: "r",
});
table<Extract<T.BlockSpec, { template: unknown }>>("template block", def("blockTemplate"), {
  template: "r",
  group: "o",
  breakdown: "o",
  pad_small_counts: "o",
});
table<Extract<T.BlockSpec, { table: unknown }>>("table block", def("blockTable"), { table: "r" });
table<Obj<T.ListItemSpec>>("ListItemSpec", def("listItem"), { text: "r", bullets: "o" });
table<T.SectionSpec>("SectionSpec", def("section"), {
  title: "o",
  content: "o",
  sections: "o",
  assignments: "o",
  reporting: "o",
  numbering: "o",
});
table<T.AssignmentSpec>("AssignmentSpec", def("assignment"), {
  agency: "r",
  role: "o",
  tasks: "r",
});
table<T.AgencySpec>("AgencySpec", def("agency"), {
  id: "r",
  name: "r",
  short: "o",
  directed: "o",
});
table<T.TaskSpec>("TaskSpec", def("task"), {
  id: "r",
  content: "r",
  lead: "r",
  support: "o",
  deadline: "r",
  output: "o",
  cost: "o",
  source: "o",
});
table<T.TaskGroupSpec>("TaskGroupSpec", def("taskGroup"), { id: "o", group: "r", tasks: "r" });
table<T.BudgetSpec>("BudgetSpec", def("budget"), { unit: "o", sources: "r", note: "o" });
table<T.BudgetSpec["sources"][number]>("source", def("budget").properties?.sources?.items ?? {}, {
  name: "r",
  amount: "r",
});
table<T.RecipientSpecObj>("RecipientSpecObj", def("recipient"), {
  text: "r",
  report: "o",
  execute: "o",
});
table<T.SignatureSpec>("SignatureSpec", def("signature"), {
  authority: "o",
  on_behalf_of: "o",
  collective: "o",
  title: "o",
  signer: "r",
});
table<T.CellSpecObj>("CellSpecObj", def("cell"), {
  text: "r",
  colspan: "o",
  rowspan: "o",
  align: "o",
  bold: "o",
});
table<T.FreeTableSpec>("FreeTableSpec", def("freeTable"), {
  header: "r",
  rows: "r",
  widths: "o",
  align: "o",
  index_row: "o",
  total_label: "o",
});
table<Extract<T.GeneratedTableSpec, { generate: "poverty" }>>(
  "poverty table",
  def("generatedPoverty"),
  {
    generate: "r",
    groups: "o",
    columns: "o",
    blank_zero: "o",
    pad_small_counts: "o",
  },
);
table<Extract<T.GeneratedTableSpec, { generate: "deprivation" }>>(
  "deprivation table",
  def("generatedDeprivation"),
  {
    generate: "r",
    group: "r",
    indicator_headers: "o",
    blank_zero: "o",
    pad_small_counts: "o",
  },
);
table<Extract<T.GeneratedTableSpec, { generate: "breakdown" }>>(
  "breakdown table",
  def("generatedBreakdown"),
  {
    generate: "r",
    breakdown: "r",
    blank_zero: "o",
    pad_small_counts: "o",
  },
);
table<T.AppendixSpec>("AppendixSpec", def("appendix"), {
  id: "o",
  title: "r",
  orientation: "o",
  intro: "o",
  table: "r",
  note: "o",
});

/** Each union of literals of the types, as the keys of a Record the compiler checks. */
const enums: [string, unknown[] | undefined, Record<string, 1>][] = [
  [
    "UnitKind",
    def("unitKind").enum,
    {
      xã: 1,
      phường: 1,
      "đặc khu": 1,
      "thị trấn": 1,
      tỉnh: 1,
      "thành phố": 1,
      huyện: 1,
      quận: 1,
      "thị xã": 1,
      "thành phố thuộc tỉnh": 1,
    } satisfies Record<T.UnitKind, 1>,
  ],
  [
    "Authority",
    def("signature").properties?.authority?.enum,
    { "TM.": 1, "KT.": 1, "Q.": 1, "TL.": 1, "TUQ.": 1 } satisfies Record<T.Authority, 1>,
  ],
  [
    "Role",
    def("assignment").properties?.role?.enum,
    { chu_tri: 1, phoi_hop: 1, de_nghi: 1 } satisfies Record<T.Role, 1>,
  ],
  [
    "NumberingStyle",
    def("numbering").enum,
    {
      roman: 1,
      decimal: 1,
      nested: 1,
      letter: 1,
      dash: 1,
      plus: 1,
      bullet: 1,
    } satisfies Record<T.NumberingStyle, 1>,
  ],
  ["Align", def("align").enum, { left: 1, center: 1, right: 1 } satisfies Record<T.Align, 1>],
  [
    "orientation",
    def("appendix").properties?.orientation?.enum,
    { portrait: 1, landscape: 1 } satisfies Record<NonNullable<T.AppendixSpec["orientation"]>, 1>,
  ],
  [
    "budget unit",
    def("budget").properties?.unit?.enum,
    { đồng: 1, "nghìn đồng": 1, "triệu đồng": 1 } satisfies Record<
      NonNullable<T.BudgetSpec["unit"]>,
      1
    >,
  ],
  [
    "target type",
    def("target").properties?.type?.enum,
    {
      rate_to: 1,
      count_to: 1,
      reduce: 1,
      increase: 1,
      reduce_share: 1,
      coverage: 1,
      text: 1,
    } satisfies Record<T.TargetSpec["type"], 1>,
  ],
  [
    "generate",
    def("generatedTable").properties?.generate?.enum,
    { poverty: 1, deprivation: 1, breakdown: 1, tasks: 1 } satisfies Record<
      T.GeneratedTableSpec["generate"],
      1
    >,
  ],
  [
    "font_size",
    def("page").properties?.font_size?.enum,
    { 13: 1, 14: 1 } satisfies Record<NonNullable<T.PageSpec["font_size"]>, 1>,
  ],
];

describe("schema and types agree", () => {
  it.each(tables)("%s: same keys, same required keys", (_name, node, keys) => {
    expect(Object.keys(node.properties ?? {}).sort()).toEqual(Object.keys(keys).sort());
    const required = Object.entries(keys)
      .filter(([, v]) => v === "r")
      .map(([k]) => k);
    expect([...(node.required ?? [])].sort()).toEqual(required.sort());
    expect(node.additionalProperties).toBe(false);
  });

  it.each(enums)("%s: same values", (_name, values, record) => {
    expect((values ?? []).map(String).sort()).toEqual(Object.keys(record).sort());
  });

  it("requires kehoach: 1", () => {
    expect(schema.properties?.kehoach).toMatchObject({ const: 1 });
    expect(schema.required).toContain("kehoach");
  });

  it("the loader knows the schema's date and text patterns", () => {
    expect(def("date").pattern).toBe(DATE_PATTERN);
    expect(def("text").pattern).toBe(TEXT_PATTERN);
    expect(def("agencyId").pattern).toBe(ID_PATTERN);
  });
});

describe("schema documentation", () => {
  /** Every subschema, with its JSON pointer. */
  function* walk(node: unknown, ptr: string): Generator<[string, Schema]> {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const [i, n] of node.entries()) yield* walk(n, `${ptr}/${i}`);
      return;
    }
    yield [ptr, node as Schema];
    for (const [k, v] of Object.entries(node)) {
      if (k === "enum" || k === "const" || k === "required") continue;
      yield* walk(v, `${ptr}/${k}`);
    }
  }

  it("gives every property and every definition a Vietnamese description", () => {
    const vietnamese = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
    const missing: string[] = [];
    for (const [ptr, node] of walk(schema, "#")) {
      const named = [...Object.entries(node.properties ?? {}), ...Object.entries(node.$defs ?? {})];
      for (const [key, prop] of named) {
        const d = prop.description;
        if (typeof d !== "string" || !vietnamese.test(d)) missing.push(`${ptr}/${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("closes every object with fixed keys", () => {
    const open: string[] = [];
    for (const [ptr, node] of walk(schema, "#")) {
      // a discriminated union lists its tag here; each branch is closed
      if (node.properties && !node.discriminator && node.additionalProperties !== false)
        open.push(ptr);
    }
    expect(open).toEqual([]);
  });
});
