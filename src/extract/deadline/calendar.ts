// Calendar arithmetic on plain (year, month, day) triples. Dates never go through `Date` objects
// with a time of day, so the host time zone cannot shift a deadline by one day.

export interface Ymd { y: number; m: number; d: number }

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function iso(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function parseIso(s: string | null): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  return isValidYmd(y, mo, d) ? { y, m: mo, d } : null;
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d)
    && y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function monthEnd(y: number, m: number): string {
  return iso(y, m, daysInMonth(y, m));
}

export function quarterEnd(y: number, q: number): string {
  return monthEnd(y, q * 3);
}

// Julian day numbers make day arithmetic and weekdays exact integer operations.
export function jdFromYmd(y: number, m: number, d: number): number {
  const a = Math.floor((14 - m) / 12);
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  return d + Math.floor((153 * mm + 2) / 5) + 365 * yy + Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400) - 32045;
}

export function ymdFromJd(jd: number): Ymd {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    d: e - Math.floor((153 * m + 2) / 5) + 1,
    m: m + 3 - 12 * Math.floor(m / 10),
    y: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

export function addDays(date: Ymd, n: number): Ymd {
  return ymdFromJd(jdFromYmd(date.y, date.m, date.d) + n);
}

/** Civil-code month counting: the same day number N months later, or that month's last day. */
export function addMonths(date: Ymd, n: number): Ymd {
  const idx = date.y * 12 + (date.m - 1) + n;
  const y = Math.floor(idx / 12), m = (idx % 12) + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: Ymd): number {
  return (jdFromYmd(date.y, date.m, date.d) + 1) % 7;
}

export const toIso = (x: Ymd): string => iso(x.y, x.m, x.d);

// ---------------------------------------------------------------------------------------------
// Lunar calendar (Vietnamese, UTC+7): the astronomical algorithm published by Hồ Ngọc Đức —
// months start on the day of the new moon, month 11 holds the winter solstice, and in a 13-month
// year the first month without a principal solar term is the leap month.

const TZ = 7;

function newMoon(k: number): number {
  const T = k / 1236.85, T2 = T * T, T3 = T2 * T, dr = Math.PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let C1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  C1 = C1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  C1 = C1 - 0.0004 * Math.sin(dr * 3 * Mpr);
  C1 = C1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  C1 = C1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  C1 = C1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  C1 = C1 + 0.0010 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltat = T < -11
    ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
    : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + C1 - deltat;
}

const newMoonDay = (k: number): number => Math.floor(newMoon(k) + 0.5 + TZ / 24);

function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525, T2 = T * T, dr = Math.PI / 180;
  const M = 357.52910 + 35999.05030 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.914600 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.000290 * Math.sin(dr * 3 * M);
  let L = (L0 + DL) * dr;
  L -= Math.PI * 2 * Math.floor(L / (Math.PI * 2));
  return L;
}

/** Index 0..11 of the 30° sector of the sun's longitude at the start of local day `dayNumber`. */
const sunSector = (dayNumber: number): number => Math.floor((sunLongitude(dayNumber - 0.5 - TZ / 24) / Math.PI) * 6);

function lunarMonth11(y: number): number {
  const off = jdFromYmd(y, 12, 31) - 2415021;
  const k = Math.floor(off / 29.530588853);
  const nm = newMoonDay(k);
  return sunSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

/** Solar date of a (non-leap) lunar day; `lunarYear` is the Gregorian year the lunar year starts in. */
export function lunarToSolar(day: number, month: number, lunarYear: number): Ymd {
  let a11: number, b11: number;
  if (month < 11) {
    a11 = lunarMonth11(lunarYear - 1);
    b11 = lunarMonth11(lunarYear);
  } else {
    a11 = lunarMonth11(lunarYear);
    b11 = lunarMonth11(lunarYear + 1);
  }
  const k = Math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    if (off >= leapOff) off += 1;
  }
  return ymdFromJd(newMoonDay(k + off) + day - 1);
}

const tetCache = new Map<number, Ymd>();
/** First day of the lunar year that begins in Gregorian year `y` (Tết Nguyên đán). */
export function tet(y: number): Ymd {
  let t = tetCache.get(y);
  if (!t) {
    t = lunarToSolar(1, 1, y);
    tetCache.set(y, t);
  }
  return t;
}

// Can–chi names let a text say "Tết Bính Ngọ" without a Gregorian year.
export const CAN = ['giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ', 'canh', 'tân', 'nhâm', 'quý'];
export const CHI = ['tý', 'sửu', 'dần', 'mão', 'thìn', 'tỵ', 'ngọ', 'mùi', 'thân', 'dậu', 'tuất', 'hợi'];

export function canChiOf(y: number): string {
  return `${CAN[(y + 6) % 10]} ${CHI[(y + 8) % 12]}`;
}

// ---------------------------------------------------------------------------------------------
// Public holidays of the Labour Code (art. 112): 1/1, Tết (5 days from the last day of the old
// lunar year), Giỗ Tổ Hùng Vương (10/3 lunar), 30/4, 1/5, 2/9 and the day before it.
// Compensatory days and the government's yearly day swaps are decided per year and not modelled.

const holidayCache = new Map<number, Set<string>>();

export function holidays(y: number): Set<string> {
  let set = holidayCache.get(y);
  if (set) return set;
  set = new Set([iso(y, 1, 1), iso(y, 4, 30), iso(y, 5, 1), iso(y, 9, 1), iso(y, 9, 2)]);
  const t = tet(y);
  for (let i = -1; i <= 3; i++) set.add(toIso(addDays(t, i)));
  set.add(toIso(lunarToSolar(10, 3, y)));
  holidayCache.set(y, set);
  return set;
}

export function isWorkingDay(date: Ymd): boolean {
  const wd = weekday(date);
  if (wd === 0 || wd === 6) return false;
  return !holidays(date.y).has(toIso(date));
}

/** The n-th working day after `from` (civil-code counting starts the day after). */
export function addWorkingDays(from: Ymd, n: number): Ymd {
  let cur = from;
  let count = 0;
  while (count < n) {
    cur = addDays(cur, 1);
    if (isWorkingDay(cur)) count++;
  }
  return cur;
}
