// Names of the figures, as diagnostics quote them ({what} in Vietnamese, {whatEn} in English).

export interface What {
  what: string;
  whatEn: string;
}

/** The unit's total: "tổng số hộ", or in the plan's unit of count ("tổng số hồ sơ"). */
export function whatTotal(countUnit: string): What {
  if (countUnit === "hộ") return { what: "tổng số hộ", whatEn: "total households" };
  return { what: `tổng số ${countUnit}`, whatEn: "the total count" };
}
export const WHAT_PERSONS: What = { what: "số nhân khẩu", whatEn: "persons" };

export function whatGroup(group: string): What {
  return { what: `số ${group}`, whatEn: `households in "${group}"` };
}
export function whatGroupPersons(group: string): What {
  return { what: `số nhân khẩu ${group}`, whatEn: `persons in "${group}"` };
}
export function whatExits(group: string, countUnit = "hộ"): What {
  if (countUnit !== "hộ") {
    return {
      what: `số ${countUnit} dự kiến giảm của ${group}`,
      whatEn: `the expected decrease of "${group}"`,
    };
  }
  return {
    what: `số hộ dự kiến ra khỏi diện ${group}`,
    whatEn: `households expected to leave "${group}"`,
  };
}
export function whatEntries(group: string, countUnit = "hộ"): What {
  if (countUnit !== "hộ") {
    return {
      what: `số ${countUnit} dự kiến tăng thêm của ${group}`,
      whatEn: `the expected increase of "${group}"`,
    };
  }
  return {
    what: `số hộ dự kiến phát sinh thêm vào diện ${group}`,
    whatEn: `households expected to enter "${group}"`,
  };
}
export function whatActualEnd(group: string): What {
  return {
    what: `số ${group} thực tế cuối kỳ`,
    whatEn: `actual end-of-period households in "${group}"`,
  };
}
export function whatBreakdown(group: string, breakdown: string): What {
  return {
    what: `số liệu ${group} ${breakdown}`,
    whatEn: `the breakdown of "${group}" ${breakdown}`,
  };
}
export function whatPart(group: string, breakdown: string, part: string): What {
  return {
    what: `số ${group} "${part}" (${breakdown})`,
    whatEn: `the count of "${group}", "${part}" (${breakdown})`,
  };
}
export function whatDeprivation(group: string): What {
  return {
    what: `số liệu thiếu hụt của ${group}`,
    whatEn: `the deprivation counts of "${group}"`,
  };
}
export function whatIndicator(group: string, indicator: string): What {
  return {
    what: `số ${group} thiếu hụt chỉ số ${indicator}`,
    whatEn: `households in "${group}" deprived in "${indicator}"`,
  };
}
