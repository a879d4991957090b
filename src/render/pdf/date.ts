// The one date a PDF carries (CreationDate, ModDate, and through them the file ID): from the plan,
// or from SOURCE_DATE_EPOCH when a reproducible build sets it. Built in UTC, and pdfkit writes dates
// in UTC, so the bytes do not depend on the machine's time zone.

export function documentDate(isoDate: string, sourceDateEpoch?: string): Date {
  if (sourceDateEpoch !== undefined && sourceDateEpoch.trim() !== "") {
    const seconds = Number(sourceDateEpoch);
    if (Number.isInteger(seconds) && seconds >= 0) return new Date(seconds * 1000);
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (!Number.isNaN(d.getTime())) return d;
  }
  // An unreadable date still has to give the same bytes every time.
  return new Date(0);
}
