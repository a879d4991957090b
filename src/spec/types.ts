// The plan spec as an official writes it in YAML (keys in snake_case), after validation against
// schemas/plan.schema.json. Every string is NFC. These types and the schema describe the same thing:
// a test checks that the example plans satisfy both.

export type UnitKind =
  | "xã"
  | "phường"
  | "đặc khu"
  | "thị trấn"
  | "tỉnh"
  | "thành phố"
  // before the 2025 reform, for older plans
  | "huyện"
  | "quận"
  | "thị xã"
  | "thành phố thuộc tỉnh";

/** Full date "2024-02-22", or a draft's partial date: "2024-02" or 2024. */
export type SpecDate = string | number;

/** A year (2024) or a range of years. */
export type Period = number | { from: number; to: number };

/** A cited document: "Kế hoạch số 67/KH-UBND ngày 19/02/2024 của UBND thị xã Việt Yên về việc …". */
export type DocRef =
  | string
  | {
      /** "Kế hoạch", "Quyết định", "Nghị quyết", "Công văn", "Chỉ thị", "Báo cáo" … */
      kind: string;
      /** "67/KH-UBND" */
      number?: string;
      date?: SpecDate;
      /** "UBND thị xã Việt Yên" */
      issuer?: string;
      /** "về việc thực hiện công tác giảm nghèo …" (written as it should follow the issuer) */
      about?: string;
    };

export interface DocumentSpec {
  /** Cơ quan chủ quản, written normally; rendered in capitals. */
  parent_body?: string;
  /** Cơ quan ban hành: "Ủy ban nhân dân phường Quảng Minh"; rendered in capitals. */
  issuing_body: string;
  /** Short form used in running text and the appendix line: "UBND phường Quảng Minh". */
  issuing_body_short?: string;
  /**
   * Kind of the locality the issuer governs: "xã", "phường" …; absent for an issuer that governs
   * none (a Sở, a steering committee, a commune's office).
   */
  unit_kind?: UnitKind;
  /** Name of the locality without its kind: "Quảng Minh". */
  locality: string;
  /** Absent in a draft: the clerk assigns it. */
  number?: number | string;
  /** "KH-UBND" */
  symbol: string;
  /** Place name of the date line: "Quảng Minh". */
  place: string;
  date: SpecDate;
  /** Trích yếu: "Thực hiện công tác giảm nghèo và an sinh xã hội năm 2024". */
  summary: string;
  period: Period;
  draft?: boolean;
  /** Căn cứ: rendered "Căn cứ …;" one per line, italic, "." after the last. */
  legal_bases?: DocRef[];
  /** Plans of the level above that this one implements: "Thực hiện …". */
  implements?: DocRef[];
  /** Opening sentence after the references, in inline markup. */
  lead_in?: string;
}

export interface PageSpec {
  /** Millimetres; each within the decree's range (top/bottom 20–25, left 30–35, right 15–20). */
  margins?: { top?: number; bottom?: number; left?: number; right?: number };
  /** Body font size, 13 or 14 pt. */
  font_size?: 13 | 14;
}

export type NumberingStyle =
  | "roman"
  | "decimal"
  | "nested"
  | "letter"
  /** "-", "+", "•": marks rather than numbers, for levels 4, 5 and 6 */
  | "dash"
  | "plus"
  | "bullet";

export interface FormatSpec {
  /** Write counts below 10 with a leading zero ("03 hộ"). Default true. */
  pad_small_counts?: boolean;
  /**
   * Numbering of section levels 1 to 6. Default [roman, decimal, letter, dash, plus, bullet]:
   * "I." / "1." / "a)" / "-" / "+" / "•". A shorter list: levels 1–3 it does not cover repeat its
   * last style, levels 4–6 take the default's.
   */
  numbering?: NumberingStyle[];
  /** Numbers of the appendices when there are several: "Phụ lục II" (roman, default) or "Phụ lục 2". */
  appendix_numbering?: "roman" | "decimal";
  /** Tables in the body (not in appendices) labelled "Biểu 01", "Biểu 02" … above them. Default false. */
  table_numbering?: boolean;
}

// ---------------------------------------------------------------- statistics

/** Counts of one group (poor, near-poor …) in one unit, or in the totals. */
export interface GroupCounts {
  /** Households of the group at the start of the period (baseline). */
  households: number;
  persons?: number;
  /** Households expected to leave the group during the period. */
  exits?: number;
  /** New households expected to enter the group during the period. */
  entries?: number;
  /** Actual end-of-period households, when recorded (kết quả thực hiện). */
  actual_end?: number;
  /** breakdown id → part id → households */
  breakdowns?: Record<string, Record<string, number>>;
  /** indicator id (from the poverty standard) → deprived households of this group */
  deprivation?: Record<string, number>;
}

export interface UnitStats {
  name: string;
  /** Total households (hộ dân cư) of the unit. */
  households: number;
  persons?: number;
  /** group id → counts */
  groups: Record<string, GroupCounts>;
}

export interface GroupDef {
  /** "poor", "near_poor", or a locality's own group id. */
  id: string;
  /** "hộ nghèo" */
  name: string;
}

export interface BreakdownDef {
  id: string;
  group: string;
  /** "theo khả năng thoát nghèo" */
  label: string;
  /** The parts cover the whole group, so they must add up to its households. */
  exhaustive?: boolean;
  parts: { id: string; label: string }[];
  /**
   * The id of the part whose households are the group's expected exits ("exits are the able-to-exit
   * households"): a unit then writes the count once, as the part; `exits` written too must agree.
   */
  exits?: string;
}

export interface StatisticsSpec {
  baseline_year: number;
  /**
   * Name of a poverty standard in data/standards: "nd-07-2021". Absent when the figures are not about
   * poverty: there are then no deprivation indicators and no default groups (groups must be declared).
   */
  standard?: string;
  /** Unit of count of every count in the statistics: "hộ" (default), "người", "hồ sơ", "trường" … */
  count_unit?: string;
  /** What a unit is: "tổ dân phố", "thôn", "xã" …; column header of the appendix tables. */
  unit_label?: string;
  /** Defaults to poor and near_poor when there is a standard; required without one. */
  groups?: GroupDef[];
  breakdowns?: BreakdownDef[];
  units?: UnitStats[];
  /** Totals: required when there are no units; with units, any count given must equal their sum. */
  totals?: Omit<UnitStats, "name">;
  /**
   * Figures that disagree (parts that do not add up, totals that differ from the units' sum) are
   * errors that stop the document, as `--strict` makes them. Default false: a warning, the document
   * uses kehoach's figure and a draft marks the disagreeing one.
   */
  strict?: boolean;
}

// ---------------------------------------------------------------- targets

export interface TargetBase {
  id: string;
  /** Words before the phrase: "Phấn đấu", "Cuối năm 2024" … */
  lead?: string;
  /** Words after the phrase. */
  tail?: string;
  /** A year within document.period: the phrase starts "Năm 2027, …". */
  year?: number;
  /** Counts below 10 with a leading zero in this phrase ("02 hộ"); default format.pad_small_counts. */
  pad_small_counts?: boolean;
}

/** down: "giảm còn", up: "tăng lên", reach: "đạt". */
export type TargetDirection = "down" | "up" | "reach";

/**
 * "tỷ lệ hộ nghèo giảm còn 0,43%", "tỷ lệ … đạt 90%": the end-of-period rate of a group, computed; a
 * declared rate is checked. Without a group (no statistics): subject and rate, printed as declared.
 */
export interface RateToTarget extends TargetBase {
  type: "rate_to";
  group?: string;
  subject?: string;
  /** Default down. */
  direction?: TargetDirection;
  /** Declared rate in percent, checked against the statistics. */
  rate?: number;
}

/**
 * "số hộ nghèo giảm còn 05 hộ", "số hồ sơ … đạt 1.200 hồ sơ": the end-of-period count of a group,
 * computed; a declared count is checked. Without a group: subject and count, printed as declared.
 */
export interface CountToTarget extends TargetBase {
  type: "count_to";
  group?: string;
  subject?: string;
  /** Default reach. */
  direction?: TargetDirection;
  count?: number;
  /** Word after the figure; default statistics.count_unit, or "hộ". */
  unit?: string;
}

/** "tăng 1,11% (tương ứng 16 hộ)": the rise of a group, households and points derived from each other. */
export interface IncreaseTarget extends TargetBase {
  type: "increase";
  group: string;
  households?: number;
  points?: number;
}

/** "giảm 1,11% (tương ứng 16 hộ)": households and percentage points, each derived from the other. */
export interface ReduceTarget extends TargetBase {
  type: "reduce";
  group: string;
  households?: number;
  /** Percentage points of the total households. */
  points?: number;
}

/** "giảm 35% số hộ nghèo": a share of the group's own households. */
export interface ReduceShareTarget extends TargetBase {
  type: "reduce_share";
  group: string;
  percent: number;
}

/** "100% hộ nghèo, hộ cận nghèo được cấp thẻ BHYT" */
export interface CoverageTarget extends TargetBase {
  type: "coverage";
  percent: number;
  /** "hộ nghèo, hộ cận nghèo" */
  subject: string;
  /** "được cấp thẻ Bảo hiểm y tế" */
  outcome: string;
  /** "ít nhất", "trên", "tối thiểu" */
  qualifier?: string;
}

export interface TextTarget extends TargetBase {
  type: "text";
  text: string;
}

export type TargetSpec =
  | RateToTarget
  | CountToTarget
  | ReduceTarget
  | IncreaseTarget
  | ReduceShareTarget
  | CoverageTarget
  | TextTarget;

// ---------------------------------------------------------------- agencies and tasks

/** An agency (cơ quan, đơn vị), declared once and referred to by its id in tasks and assignments. */
export interface AgencySpec {
  /** "vh-xh": letters, digits, "-" and "_". */
  id: string;
  /** Full name as written in running text: "Phòng Văn hóa - Xã hội". */
  name: string;
  /** Short name for table cells: "Phòng VH-XH". Default: the full name. */
  short?: string;
  /**
   * false for bodies the issuer does not direct (Ủy ban MTTQ, đoàn thể, bodies of another level):
   * they are addressed "Đề nghị …" in Tổ chức thực hiện. Default true.
   */
  directed?: boolean;
}

/**
 * When a task is due: a full date "2026-06-30", a month "2026-06", a year 2026, a quarter "Quý II/2026"
 * (also "Quý 2/2026"), or a recurring term: "thường xuyên", "hằng tháng", "hằng quý", "hằng năm".
 */
export type DeadlineSpec = string | number;

export interface TaskSpec {
  /** "dvc-truc-tuyen": letters, digits, "-" and "_"; unique in the plan. */
  id: string;
  /** Nội dung nhiệm vụ, inline markup. */
  content: string;
  /** The agency that leads (chủ trì): an agency id. */
  lead: string;
  /** Supporting agencies (phối hợp): agency ids. */
  support?: string[];
  deadline: DeadlineSpec;
  /** Sản phẩm dự kiến: "Quyết định phê duyệt", "Báo cáo kết quả". */
  output?: string;
  /** Kinh phí, in the budget's unit (budget.unit, default "đồng"). */
  cost?: number;
  /** Nguồn kinh phí: "Ngân sách xã". */
  source?: string;
}

/** Tasks of one field: one group row (I, II …) of the task appendix. */
export interface TaskGroupSpec {
  /** For placing the group in a section: { tasks: [id] }. */
  id?: string;
  /** "Phát triển chính quyền số" */
  group: string;
  tasks: TaskSpec[];
}

// ---------------------------------------------------------------- content

/**
 * A block of section content. A string is inline markup: paragraphs separated by blank lines,
 * "- " bullets and "+ " sub-bullets, **bold**, *italic*, \* for a literal star.
 */
export type BlockSpec =
  | string
  | { bullets: ListItemSpec[] }
  /** one target, phrased, as a paragraph */
  | { target: string }
  /** targets, phrased, as a bullet list; "all" for every target in order */
  | { targets: string[] | "all" }
  /** a template of templates/ (or the locality's override) with the plan's figures */
  | { template: string; group?: string; breakdown?: string; pad_small_counts?: boolean }
  | { table: TableSpec }
  /** tasks of `tasks`, phrased, as a list; "all" for every task in order; ids of tasks or groups */
  | { tasks: string[] | "all"; style?: "bullets" | "numbered" }
  /** the sentence referring to an appendix by its id: "(Chi tiết tại Phụ lục I kèm theo Kế hoạch này)" */
  | { appendix: string };

export type ListItemSpec = string | { text: string; bullets?: string[] };

export interface SectionSpec {
  /** Without a title the section is a numbered paragraph ("1. Đẩy mạnh …"). */
  title?: string;
  content?: BlockSpec[];
  sections?: SectionSpec[];
  /** Generate one numbered subsection per assignment here (tổ chức thực hiện). */
  assignments?: boolean;
  /** Put the plan's reporting regime (chế độ báo cáo) here, after the content. */
  reporting?: boolean;
  /** Numbering of this section's children, overriding format.numbering for their level. */
  numbering?: NumberingStyle;
}

export type Role = "chu_tri" | "phoi_hop" | "de_nghi";

export interface AssignmentSpec {
  /**
   * A declared agency's id ("vhxh"), or a name written out: "Công chức Văn hóa - Xã hội",
   * "Phòng Kinh tế", "Ủy ban MTTQ phường và các đoàn thể".
   */
  agency: string;
  /**
   * chủ trì, phối hợp, or đề nghị for bodies outside the committee's authority. Required with a
   * name written out; with a declared agency's id it defaults from the agency's `directed`.
   */
  role?: Role;
  tasks: BlockSpec[];
}

// ---------------------------------------------------------------- budget, closing, signing

export interface BudgetSpec {
  /** Unit amounts are written in: "đồng" (default) or "triệu đồng". */
  unit?: "đồng" | "nghìn đồng" | "triệu đồng";
  sources: { name: string; amount: number }[];
  /** Extra text after the computed total, in inline markup. */
  note?: string;
}

export interface RecipientSpecObj {
  text: string;
  /** Adds "(B/c)": sent to report. */
  report?: boolean;
  /** Adds "(T/h)": sent to carry out. */
  execute?: boolean;
}
export type RecipientSpec = string | RecipientSpecObj;

export type Authority = "TM." | "KT." | "Q." | "TL." | "TUQ.";

export interface SignatureSpec {
  authority?: Authority;
  /** For TM.: the collective ("Ủy ban nhân dân"); for KT., Q., TL., TUQ.: the head ("Chủ tịch"). */
  on_behalf_of?: string;
  /**
   * The collective of a "TM. …" line above the authority line: with KT. it gives "TM. ỦY BAN NHÂN
   * DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"; without an authority, "TM. …" / the head's title.
   */
  collective?: string;
  /** The signer's own title: "Phó Chủ tịch". Required unless the authority is Q. (not printed then). */
  title?: string;
  signer: string;
}

// ---------------------------------------------------------------- appendices

export type Align = "left" | "center" | "right";

export interface CellSpecObj {
  text: string | number;
  colspan?: number;
  rowspan?: number;
  align?: Align;
  bold?: boolean;
}
export type CellSpec = string | number | null | CellSpecObj;

export interface FreeTableSpec {
  /** Header rows, each a list of cells with spans: several rows make a multi-level header. */
  header: CellSpec[][];
  rows: CellSpec[][];
  /** Relative column widths. */
  widths?: number[];
  align?: Align[];
  /** Add the column-index row (A, B, 1, 2 …) under the header. */
  index_row?: boolean;
  /** Add a totals row summing the numeric columns, with this label. */
  total_label?: string;
}

/** A figure of a group over the period: at the start, leaving, entering, at the end. */
export type Phase = "start" | "exits" | "entries" | "end";

/** What a column shows of a figure: the count, its rate, or both side by side. */
export type FigureKind = "count" | "rate";

/**
 * A column, or a group of columns, of a generated poverty table.
 * - unit: a figure of the unit itself (its households, its persons);
 * - group: a group's figures: which phases (default start, exits, end for the poor and near-poor or
 *   a group with exits or entries, else start alone), count and/or rate;
 * - breakdown: the parts of a breakdown ("trong đó"), count and/or rate.
 * `heading` heads the column group; `headings` renames its columns: by phase (start, exits, entries,
 * end), by part id, or "count" / "rate".
 */
export type TableColumnSpec =
  | { unit: "households" | "persons"; heading?: string }
  | {
      group: string;
      phases?: Phase[];
      figures?: FigureKind[];
      /** Rates against the unit's households (default) or the group's own at the start. */
      rate_base?: "unit" | "group";
      heading?: string;
      headings?: Record<string, string>;
    }
  | {
      breakdown: string;
      /** Part ids, in order; default every part. */
      parts?: string[];
      figures?: FigureKind[];
      /** Rates against the unit's households (default) or the breakdown's group. */
      rate_base?: "unit" | "group";
      heading?: string;
      headings?: Record<string, string>;
    };

/** Settings every generated table of figures takes. */
export interface GeneratedFiguresOptions {
  /** A cell whose count is 0 (and its rate) is left blank, as many originals print. Default false. */
  blank_zero?: boolean;
  /** Counts below 10 with a leading zero in this table; default format.pad_small_counts. */
  pad_small_counts?: boolean;
}

export type GeneratedTableSpec =
  /**
   * per unit: total households, then for each group start, exits, end with counts and rates; or
   * the columns listed in `columns`
   */
  | ({
      generate: "poverty";
      groups?: string[];
      columns?: TableColumnSpec[];
    } & GeneratedFiguresOptions)
  /** per unit: deprived households of one group by indicator */
  | ({
      generate: "deprivation";
      group: string;
      /** Indicators headed by their names (default) or by their numbers, with a legend under the table. */
      indicator_headers?: "names" | "numbers";
    } & GeneratedFiguresOptions)
  /** per unit: the parts of one breakdown */
  | ({ generate: "breakdown"; breakdown: string } & GeneratedFiguresOptions)
  /** the plan's tasks by group: content, lead, support, deadline, output (and cost when any) */
  | { generate: "tasks" };

export type TableSpec = FreeTableSpec | GeneratedTableSpec;

export interface AppendixSpec {
  /** Named by a content block { appendix: id } that refers to it. */
  id?: string;
  title: string;
  orientation?: "portrait" | "landscape";
  /** Text before the table, in inline markup. */
  intro?: string;
  table: TableSpec;
  note?: string;
}

// ---------------------------------------------------------------- the whole plan

export interface PlanSpec {
  /** Spec format version. */
  kehoach: 1;
  document: DocumentSpec;
  page?: PageSpec;
  format?: FormatSpec;
  statistics?: StatisticsSpec;
  targets?: TargetSpec[];
  agencies?: AgencySpec[];
  tasks?: (TaskSpec | TaskGroupSpec)[];
  sections: SectionSpec[];
  assignments?: AssignmentSpec[];
  budget?: BudgetSpec;
  /** Chế độ báo cáo: where, when and to whom results are reported. */
  reporting?: BlockSpec[];
  /** Closing sentence; "./." is added if missing. */
  closing: string;
  recipients: RecipientSpec[];
  /** Archive line: "VT, LĐ" → "- Lưu: VT, LĐ." ("VT, " is added if missing). */
  archive: string;
  signature: SignatureSpec;
  appendices?: AppendixSpec[];
  /**
   * A folder of templates for this plan alone (path relative to the plan's file): its .hbs files and
   * labels.yaml override the built-in ones and those of the templates/ folder beside the plans.
   */
  templates?: string;
}
