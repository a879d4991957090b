// The comments `kehoach new` writes into next year's plan. They are part of the plan, read by the
// official who completes it, so they are in Vietnamese like the plan itself; "XEM LẠI" (review) and
// "NHẬP MỚI" (enter anew) are the two markers to search for.

export const REVIEW = "XEM LẠI";
export const ENTER = "NHẬP MỚI";

export const notes = {
  header: (oldYears: string, year: number, enter: boolean) =>
    `Lập từ kế hoạch ${oldYears} bằng "kehoach new --year ${year}": tìm "${REVIEW}"${enter ? ` và "${ENTER}"` : ""} để biết chỗ cần sửa.`,
  date: () => "văn thư ghi số và ngày khi ban hành",
  legalBasis: (oldYears: string) =>
    `${REVIEW}: căn cứ của kế hoạch ${oldYears}; còn hiệu lực không, có văn bản mới thay thế không?`,
  implements: (oldYears: string) =>
    `${REVIEW}: văn bản cấp trên của kế hoạch ${oldYears}; thay bằng văn bản cho năm mới khi có.`,
  target: (oldYears: string) =>
    `${REVIEW}: chỉ tiêu của kế hoạch ${oldYears}; các con số được tính lại từ số hộ đầu kỳ mới.`,
  /** A plan without statistics: nothing is recomputed, the official states each target anew. */
  targetPlain: (oldYears: string) =>
    `${REVIEW}: chỉ tiêu của kế hoạch ${oldYears}; sửa lại mức chỉ tiêu cho năm mới.`,
  taskMoved: (oldYears: string, was: string, now: string) =>
    `${REVIEW}: nhiệm vụ của kế hoạch ${oldYears}; thời hạn chuyển từ ${was} sang ${now}.`,
  taskKept: (oldYears: string, deadline: string) =>
    `${REVIEW}: nhiệm vụ của kế hoạch ${oldYears}; thời hạn "${deadline}" giữ nguyên.`,
  tasks: (oldYears: string) =>
    `${REVIEW}: các nhiệm vụ của kế hoạch ${oldYears}; thời hạn có ghi năm đã chuyển sang năm mới.`,
  standard: (period: string) =>
    `${REVIEW}: chuẩn nghèo này không áp dụng cho ${period}; chọn chuẩn nghèo đang có hiệu lực.`,
  budget: (oldYears: string) => `${REVIEW}: kinh phí của kế hoạch ${oldYears}.`,
  units: (baselineYear: number, period: string) =>
    `Số hộ đầu kỳ = số hộ thực tế cuối năm ${baselineYear} (actual_end) nếu đã ghi, nếu không thì số dự kiến cuối năm (households - exits + entries). ${ENTER}: exits (và entries) dự kiến cho ${period}.`,
  survey: (what: string[], baselineYear: number) =>
    `${ENTER}: ${what.join(", ")} theo kết quả rà soát cuối năm ${baselineYear} (số của năm trước đã bỏ vì không còn đúng với số hộ đầu kỳ mới).`,
  actual: (baselineYear: number) => `thực tế cuối năm ${baselineYear}`,
  planned: (baselineYear: number, households: number, exits: number, entries: number) =>
    `dự kiến cuối năm ${baselineYear}: ${households} - ${exits}${entries ? ` + ${entries}` : ""}`,
  surveyPersons: "số nhân khẩu",
  surveyBreakdowns: "phân loại hộ (breakdowns)",
  surveyDeprivation: "số hộ thiếu hụt từng chỉ số (deprivation)",
};

export function yearsText(p: { from: number; to: number }): string {
  return p.from === p.to ? `năm ${p.from}` : `giai đoạn ${p.from}-${p.to}`;
}
