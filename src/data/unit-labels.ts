// What the units of a plan's statistics are called, by the kind of locality issuing the plan: the
// default column header of the appendix tables when the plan gives no statistics.unit_label.
// Kept as one table so a change in administrative practice is one edit here.

import type { UnitKind } from "../spec/types.js";

export const UNIT_LABELS: Readonly<Record<UnitKind, string>> = {
  xã: "thôn",
  phường: "tổ dân phố",
  "đặc khu": "thôn, khu phố",
  "thị trấn": "tổ dân phố",
  tỉnh: "xã, phường",
  "thành phố": "xã, phường",
  // before the 2025 reform
  huyện: "xã, thị trấn",
  quận: "phường",
  "thị xã": "xã, phường",
  "thành phố thuộc tỉnh": "xã, phường",
};

/** The fallback keeps an unforeseen kind from breaking a plan; the schema should prevent it. */
export function defaultUnitLabel(kind: UnitKind | undefined): string {
  return (kind && UNIT_LABELS[kind]) || "đơn vị";
}
