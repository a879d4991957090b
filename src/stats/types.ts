// What src/stats computes: exact figures, unformatted. Rates are kept as the fraction they come from
// and as an integer count of hundredths of a percent rounded half up, so no float ever decides a digit.

/** num / den × 100, rounded half up to two decimals, as an integer: 57 means 0,57%. */
export interface Rate {
  num: number;
  den: number;
  /** Hundredths of a percent, or null when den is 0 (shown as "-"). */
  bp: number | null;
}

export interface GroupFigures {
  households: number;
  persons?: number;
  exits: number;
  entries: number;
  /** households − exits + entries */
  end: number;
  actualEnd?: number;
  /** Each against the unit's total households. */
  rate: Rate;
  exitRate: Rate;
  entryRate: Rate;
  endRate: Rate;
  actualEndRate?: Rate;
  /** breakdown id → part id → households */
  breakdowns: Record<string, Record<string, number>>;
  /** indicator id → deprived households and their share of the group's households */
  deprivation: Record<string, { count: number; share: Rate }>;
  /**
   * breakdown id → part id → the part's rate against the unit's households and against the group's
   * households. Filled by computeStats for every unit and the totals.
   */
  partRates?: Record<string, Record<string, { ofUnit: Rate; ofGroup: Rate }>>;
  /** Start, exits, entries and end against the group's own households at the start (computeStats). */
  ofGroup?: { start: Rate; exits: Rate; entries: Rate; end: Rate };
}

export interface UnitFigures {
  name: string;
  households: number;
  persons?: number;
  /** group id → figures */
  groups: Record<string, GroupFigures>;
}

export interface Indicator {
  id: string;
  /** "việc làm" */
  name: string;
  dimension: string;
}

export interface Dimension {
  id: string;
  /** "Việc làm" */
  name: string;
}

/** A poverty standard as loaded from data/standards/*.yaml. */
export interface PovertyStandard {
  id: string;
  /** "Nghị định số 07/2021/NĐ-CP" */
  name: string;
  /** "chuẩn nghèo đa chiều giai đoạn 2022-2025" */
  title: string;
  period: { from: number; to: number };
  /** đồng per person per month */
  thresholds: { rural: number; urban: number };
  /** A household deprived in at least this many indicators is poor (when under the threshold). */
  poorMinDeprivations: number;
  dimensions: Dimension[];
  indicators: Indicator[];
}

/** down: "giảm còn", up: "tăng lên", reach: "đạt". */
export type Direction = "down" | "up" | "reach";

export type TargetFigures =
  | {
      id: string;
      type: "rate_to";
      /** Absent when the target names a subject instead (printed as declared). */
      group?: string;
      direction: Direction;
      /** The computed rate; with a subject, or a year before the period's end, the declared one. */
      rate: Rate;
      declaredBp?: number;
      /** The rate is the declared one, to be printed as written ("đạt 90%"). */
      asDeclared?: boolean;
      year?: number;
    }
  | {
      id: string;
      type: "count_to";
      group?: string;
      direction: Direction;
      /** The computed end-of-period count, or the declared one (subject, or a year before the end). */
      count: number;
      declared?: number;
      /** Word after the figure: "hộ", "hồ sơ". */
      unit: string;
      year?: number;
    }
  | {
      id: string;
      type: "reduce" | "increase";
      group: string;
      households: number;
      points: Rate;
      year?: number;
    }
  | {
      id: string;
      type: "reduce_share";
      group: string;
      percent: number;
      households: number;
      year?: number;
    }
  | { id: string; type: "coverage"; percent: number; year?: number }
  | { id: string; type: "text"; year?: number };

/** Years of the plan's period under one poverty standard. */
export interface StandardEra {
  standard: PovertyStandard;
  from: number;
  to: number;
}

export interface BudgetFigures {
  unit: "đồng" | "nghìn đồng" | "triệu đồng";
  sources: { name: string; amount: number }[];
  total: number;
}

/**
 * A figure the plan writes that disagrees with another it writes (parts of an exhaustive breakdown
 * against their group, a declared total against the units' sum, exits against the part that stands
 * for them). kehoach prints its own figure; a draft marks this one with a note.
 */
export interface Disagreement {
  /** The diagnostic's code: "stats.breakdown-sum", "stats.total-mismatch", "stats.exits-part". */
  code: string;
  /** The diagnostic's params: the figures that disagree. */
  params: Readonly<Record<string, string | number>>;
  /** Index of the unit in statistics.units, or null for the totals. */
  unit: number | null;
  /** The group the figure belongs to; absent for the unit's own figures (its households). */
  group?: string;
  /**
   * "households", "exits", "entries", "persons", "actual_end"; "breakdowns.<id>" for a whole
   * breakdown, "breakdowns.<id>.<part>" for one part, "deprivation.<indicator>".
   */
  figure: string;
}

export interface Statistics {
  baselineYear: number;
  /** Absent when the figures are not about poverty (no standard declared). */
  standard?: PovertyStandard;
  /**
   * The standards that apply to the years of the plan's period, in order, from data/standards; more
   * than one when the period spans a change of standard. Empty without a standard.
   */
  eras: StandardEra[];
  /** Unit of count: "hộ" (default), "người", "hồ sơ" … */
  countUnit: string;
  groups: { id: string; name: string }[];
  breakdowns: {
    id: string;
    group: string;
    label: string;
    exhaustive: boolean;
    parts: { id: string; label: string }[];
    /** The part whose count is the group's exits ("exits are the able-to-exit households"). */
    exits?: string;
  }[];
  unitLabel: string;
  /** Empty when the plan gives totals only. */
  units: UnitFigures[];
  /** Sums of the units (rates from the sums), or the declared totals when there are no units. */
  total: UnitFigures;
  /** Figures that disagree, in the order found; kehoach's figures above are used regardless. */
  disagreements: Disagreement[];
  /**
   * Sums of the totals over groups ("1.087 hộ nghèo và hộ cận nghèo"): "all" for every group, and
   * "a+b" for each pair of groups in their declared order ("poor+near_poor").
   */
  sums: Record<string, GroupSum>;
}

/** Several groups' totals added up, with rates against the total households. */
export interface GroupSum {
  groups: string[];
  households: number;
  exits: number;
  entries: number;
  end: number;
  rate: Rate;
  endRate: Rate;
}

/** The tasks' costs, exact, in the budget's unit; null where no task has a cost. */
export interface TasksFigures {
  /** Per entry of the spec's `tasks`: a group's tasks summed, or a lone task's own cost. */
  entryCosts: (number | null)[];
  total: number | null;
}

/** Everything src/stats computes for one plan. */
export interface Computed {
  /** Absent when the plan has no statistics. */
  statistics?: Statistics;
  /** target id → figures */
  targets: Record<string, TargetFigures>;
  budget?: BudgetFigures;
  /** Absent when the plan has no tasks. */
  tasks?: TasksFigures;
}
