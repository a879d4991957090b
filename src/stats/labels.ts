// Names of the figures, as diagnostics quote them ({what} in Vietnamese, {whatEn} in English).

export interface What {
  what: string;
  whatEn: string;
}

export const WHAT_HOUSEHOLDS: What = { what: "tổng số hộ", whatEn: "total households" };
export const WHAT_PERSONS: What = { what: "số nhân khẩu", whatEn: "persons" };

export function whatGroup(group: string): What {
  return { what: `số ${group}`, whatEn: `households in "${group}"` };
}
export function whatGroupPersons(group: string): What {
  return { what: `số nhân khẩu ${group}`, whatEn: `persons in "${group}"` };
}
export function whatExits(group: string): What {
  return {
    what: `số hộ dự kiến ra khỏi diện ${group}`,
    whatEn: `households expected to leave "${group}"`,
  };
}
export function whatEntries(group: string): What {
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
    whatEn: `households in "${group}", "${part}" (${breakdown})`,
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
