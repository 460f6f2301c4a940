// The calendar-day check on its own, without zod: the CLI checks --reference-date with it at start-up,
// and loading zod (the schema's ~600 KB) for that cost every `extract` run (#11).

/** A real calendar day: the shape alone lets 2025-02-30 and 2025-13-45 through. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}
