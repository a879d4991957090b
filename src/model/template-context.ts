// What a template block's template sees ({ template: name }), described value by value. The page
// docs/template-context.md is generated from a real view (blocks.ts templateView) and these
// descriptions; test/model/template-context.test.ts fails when a value of the view has no
// description here, or a description names a value the view no longer has.

/** Keys whose values are maps by id: documented once under a placeholder. */
const MAPS: Readonly<Record<string, string>> = {
  groups: "<group>",
  breakdowns: "<breakdown>",
  part: "<part>",
  sums: "<sum>",
};

/** Values documented under another path: the group's breakdowns, the parts by id, a unit's groups. */
const SAME_AS_ELSEWHERE: ReadonlySet<string> = new Set([
  "groups.<group>.breakdowns",
  "breakdowns.<breakdown>.part",
  "units[].groups",
]);

/** Each value a template may name, by its path ("[]" for each element of a list). */
export const TEMPLATE_CONTEXT: Readonly<Record<string, string>> = {
  unitKind:
    'Kind of the locality: "phường"; the locality\'s name when the issuer governs none (a Sở).',
  locality: 'Name of the locality: "Quảng Minh".',
  issuingBody: "The issuing body on one line.",
  issuingBodyShort: '"UBND phường Quảng Minh".',
  summary: "The summary line (trích yếu).",
  year: 'The last year of the period: "2024".',
  period: '"2024" or "2022-2025".',
  periodIsRange: "The period spans several years.",
  years: "The years of the period.",
  "years.from": 'First year: "2022".',
  "years.to": 'Last year: "2025".',
  "years.all": 'Every year of the period: ["2022", "2023", …].',
  baselineYear: 'Year of the baseline figures: "2023"; null without statistics.',
  standard: "The poverty standard, or null.",
  "standard.name": '"Nghị định số 07/2021/NĐ-CP".',
  "standard.title": '"chuẩn nghèo đa chiều giai đoạn 2022-2025".',
  "standard.period": '"2022-2025".',
  countUnit: 'Unit of count: "hộ", "người", "hồ sơ" …',
  countsHouseholds: 'The unit of count is "hộ".',
  unitLabel: 'What a unit is: "tổ dân phố"; null without statistics.',
  UnitLabel: '"Tổ dân phố".',
  totalHouseholds: 'Total households of the locality: "2.991"; null without statistics.',
  totalPersons: "Total persons, or null.",
  group:
    "The block's group (group:, or the breakdown's group), or null. Its values as groups.<group>.",
  breakdown: "The block's breakdown (breakdown:), or null. Its values as breakdowns.<breakdown>.",
  groups: "Every group by id: {{groups.poor.households}}; null without statistics.",
  "groups.<group>.id": '"poor".',
  "groups.<group>.name": '"hộ nghèo".',
  "groups.<group>.Name": '"Hộ nghèo".',
  "groups.<group>.upper": '"HỘ NGHÈO".',
  "groups.<group>.isPoor": "The group is poor.",
  "groups.<group>.isNearPoor": "The group is near_poor.",
  "groups.<group>.households": 'Households at the start: "17".',
  "groups.<group>.persons": "Persons at the start, or null.",
  "groups.<group>.rate": 'Households against all households, without "%": "0,57".',
  "groups.<group>.exits": "Households expected to leave.",
  "groups.<group>.exitRate": "Exits against all households.",
  "groups.<group>.entries": "Households expected to enter.",
  "groups.<group>.entryRate": "Entries against all households.",
  "groups.<group>.end": "Households at the end (start − exits + entries).",
  "groups.<group>.endRate": "The end against all households.",
  "groups.<group>.actualEnd": "Recorded end-of-period households, or null.",
  "groups.<group>.actualEndRate": "Their rate, or null.",
  "groups.<group>.exitShare": "Exits against the group's own households at the start.",
  "groups.<group>.entryShare": "Entries against the group's own households.",
  "groups.<group>.endShare": "The end against the group's own households.",
  "groups.<group>.indicators":
    "Deprivation by indicator of the standard, in its order (empty when not recorded).",
  "groups.<group>.indicators[].id": '"viec_lam".',
  "groups.<group>.indicators[].name": '"việc làm".',
  "groups.<group>.indicators[].Name": '"Việc làm".',
  "groups.<group>.indicators[].dimension": "The indicator's dimension id.",
  "groups.<group>.indicators[].count": 'Deprived households: "03".',
  "groups.<group>.indicators[].share": 'Against the group\'s households: "17,65".',
  "groups.<group>.breakdowns": "The group's breakdowns by id, as breakdowns.<breakdown>.",
  breakdowns:
    "Every breakdown by id: {{breakdowns.kha_nang.part.co_kha_nang.rate}}; null without statistics.",
  "breakdowns.<breakdown>.id": "The breakdown's id.",
  "breakdowns.<breakdown>.label": '"theo khả năng thoát nghèo".',
  "breakdowns.<breakdown>.group": "Id of the group it splits.",
  "breakdowns.<breakdown>.parts": "The parts in order.",
  "breakdowns.<breakdown>.parts[].id": "The part's id.",
  "breakdowns.<breakdown>.parts[].label": '"Hộ nghèo có khả năng thoát nghèo".',
  "breakdowns.<breakdown>.parts[].count": 'Households: "04".',
  "breakdowns.<breakdown>.parts[].rate": 'Against all households: "0,13".',
  "breakdowns.<breakdown>.parts[].groupRate": 'Against the group\'s households: "23,53".',
  "breakdowns.<breakdown>.part": "The same parts by id: {{breakdown.part.co_kha_nang.count}}.",
  sums: 'Groups added up: "all" (every group) and each pair "a+b": {{sums.[poor+near_poor].households}}; null without statistics.',
  "sums.<sum>.households": 'Households at the start: "61".',
  "sums.<sum>.exits": "Expected exits.",
  "sums.<sum>.entries": "Expected entries.",
  "sums.<sum>.end": "Households at the end.",
  "sums.<sum>.rate": "Households against all households.",
  "sums.<sum>.endRate": "The end against all households.",
  units:
    "Each unit (thôn, tổ dân phố, xã) in order, with its own figures: {{#each units}}{{name}}: {{groups.poor.households}} hộ{{/each}}; empty with totals only; null without statistics.",
  "units[].name": '"TDP Khả Lý Thượng".',
  "units[].households": "The unit's total households.",
  "units[].persons": "The unit's persons, or null.",
  "units[].groups":
    "The unit's groups by id, with the values of groups.<group> for this unit (rates against its households).",
  budget: "The budget, or null.",
  "budget.total": 'The total: "383".',
  "budget.unit": '"triệu đồng".',
  "budget.sources": "The sources.",
  "budget.sources[].name": '"Ngân sách tỉnh".',
  "budget.sources[].amount": '"383".',
  "budget.several": "More than one source.",
  "budget.note": "The plan's note (inline markup), or null.",
  standardsNote:
    "tinh-hinh: the sentence on which standard applies to which years, when the period spans several (first block only); chuan-ngheo: that sentence always; else null.",
};

/** Paths of a view as the descriptions name them: maps by placeholder, lists by "[]". */
export function contextPaths(view: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (value: unknown, path: string, key: string) => {
    // an element of a list or a map is documented by its values
    const element = path.endsWith("[]") || path.endsWith(">");
    if (path !== "" && !element && !out.has(path)) out.set(path, value);
    if (SAME_AS_ELSEWHERE.has(path)) return;
    if (Array.isArray(value)) {
      if (value.length > 0) walk(value[0], `${path}[]`, "");
      return;
    }
    if (value === null || typeof value !== "object") return;
    const placeholder = MAPS[key];
    for (const [k, v] of Object.entries(value)) {
      if (placeholder !== undefined) {
        walk(v, `${path}.${placeholder}`, "");
        continue;
      }
      walk(v, path === "" ? k : `${path}.${k}`, k);
    }
  };
  walk(view, "", "");
  // the block's group and breakdown are documented once, under groups and breakdowns
  for (const p of [...out.keys()]) {
    if (/^(group|breakdown)\./u.test(p)) out.delete(p);
  }
  return out;
}

/** The page docs/template-context.md, from a sample view. */
export function templateContextPage(view: unknown): string {
  const paths = contextPaths(view);
  const example = (v: unknown): string => {
    if (v === null) return "null";
    if (Array.isArray(v)) return "list";
    if (typeof v === "object") return "";
    const s = JSON.stringify(v);
    return s.length > 40 ? `${s.slice(0, 37)}…"` : s;
  };
  const rows = [...paths.entries()].map(
    ([p, v]) =>
      `| \`${p}\` | ${example(v).replace(/\|/gu, "\\|")} | ${(TEMPLATE_CONTEXT[p] ?? "").replace(/\|/gu, "\\|")} |`,
  );
  return [
    "# What a template sees",
    "",
    "<!-- Generated from src/model/template-context.ts and a view of plans/quang-minh-2024.yaml:",
    "     UPDATE=1 npx vitest run test/model/template-context.test.ts -->",
    "",
    "A content block `{ template: name, group: id, breakdown: id }` renders `templates/name.hbs` (or a",
    "locality's `templates/` folder beside the plans, or the plan's own folder `templates: folder`) with",
    "this view. Every figure is a formatted string; rates come without `%`; an optional value is `null`",
    "(test it with `{{#if}}`). A name that is not here is an error at its line in the template.",
    "Maps by id: `<group>`, `<breakdown>`, `<part>` are ids of the plan (`poor`, `kha_nang_thoat_ngheo`);",
    "`<sum>` is `all` or two group ids joined by `+`, written `{{sums.[poor+near_poor].households}}`.",
    "",
    "| Value | Example | Meaning |",
    "|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}
