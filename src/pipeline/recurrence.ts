// A recurring duty as a calendar can use it: an RFC 5545 RRULE and the first due date after the
// document's date. Computed after extraction from the deadline's own fields (text, date,
// recurrence) so that the extractor keeps its one job; the day of a recurrence is read from the
// phrase as written with the small named rules below.
import type { Deadline, Recurrence } from '../schema/index.js';

export interface RecurrenceRule {
  id: string;
  description: string;
  fires: string[];
  doesNotFire: string[];
}

/** The rules, named so tests and documentation can refer to them. */
export const RRULE_RULES: RecurrenceRule[] = [
  { id: 'rrule/day-month', description: 'a day with its month ("ngày 15 tháng 12", "25/12") pins a yearly, half-yearly or quarterly duty', fires: ['trước ngày 15 tháng 12 hằng năm', 'trước ngày 25/12 hàng năm'], doesNotFire: ['hằng tuần đến hết tháng 5/2026'] },
  { id: 'rrule/day', description: 'a day alone ("trước ngày 25 hằng tháng") pins a monthly duty', fires: ['trước ngày 25 hằng tháng'], doesNotFire: ['định kỳ hằng tháng'] },
  { id: 'rrule/after-quarter', description: '"tháng tiếp theo sau tháng cuối cùng của kỳ" puts a quarterly day in the month after each quarter', fires: ['trước ngày 03 của tháng tiếp theo sau tháng cuối cùng của kỳ báo cáo'], doesNotFire: ['hằng quý'] },
  { id: 'rrule/weekday', description: 'a weekday ("thứ Sáu hằng tuần") pins a weekly duty', fires: ['thứ Sáu hằng tuần'], doesNotFire: ['hằng tuần'] },
  { id: 'rrule/until', description: 'a weekly or monthly duty with an end date ("hằng tuần đến hết tháng 5/2026") stops there', fires: ['Hằng tuần đến hết tháng 5/2026'], doesNotFire: ['hằng tuần'] },
  { id: 'rrule/two-days', description: 'two different days ("01/6 và 15/11") fit no single rule: the frequency only, no next date', fires: ['định kỳ trước ngày 01/6 và 15/11 hằng năm'], doesNotFire: ['trước ngày 25/12 hàng năm'] },
];

const BASE: Record<Recurrence, { freq: 'WEEKLY' | 'MONTHLY' | 'YEARLY'; interval?: number; months?: number }> = {
  weekly: { freq: 'WEEKLY' },
  monthly: { freq: 'MONTHLY' },
  quarterly: { freq: 'MONTHLY', interval: 3, months: 3 },
  semiannual: { freq: 'MONTHLY', interval: 6, months: 6 },
  yearly: { freq: 'YEARLY' },
};

const WEEKDAYS: [RegExp, string][] = [
  [/thứ\s+(?:hai|2)(?![\p{L}\p{N}])/iu, 'MO'],
  [/thứ\s+(?:ba|3)(?![\p{L}\p{N}])/iu, 'TU'],
  [/thứ\s+(?:tư|4)(?![\p{L}\p{N}])/iu, 'WE'],
  [/thứ\s+(?:năm|5)(?![\p{L}\p{N}])/iu, 'TH'],
  [/thứ\s+(?:sáu|6)(?![\p{L}\p{N}])/iu, 'FR'],
  [/thứ\s+(?:bảy|7)(?![\p{L}\p{N}])/iu, 'SA'],
  [/chủ\s+nhật(?![\p{L}\p{N}])/iu, 'SU'],
];

interface DayMonth { day: number; month: number | null }

/** Days written in the phrase, with their month when one is given. */
export function daysIn(text: string): DayMonth[] {
  const out: DayMonth[] = [];
  const re = /(?<![\p{L}\p{N}/])(?:ngày\s+)?(\d{1,2})\s*\/\s*(\d{1,2})(?![\p{N}/])|ngày\s+(\d{1,2})(?:\s+tháng\s+(\d{1,2})(?![\p{N}/]))?(?![\p{N}/])/giu;
  for (const m of text.normalize('NFC').matchAll(re)) {
    const day = Number(m[1] ?? m[3]);
    const month = m[2] ?? m[4];
    if (day < 1 || day > 31) continue;
    if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) continue;
    out.push({ day, month: month === undefined ? null : Number(month) });
  }
  return out;
}

/** The months of a duty due every `step` months from `month`, in calendar order. */
function everyMonths(month: number, step: number): number[] {
  const out: number[] = [];
  for (let m = month; out.length < 12 / step; m += step) out.push(((m - 1) % 12) + 1);
  return out.sort((a, b) => a - b);
}

export interface RuleParts { freq: 'WEEKLY' | 'MONTHLY' | 'YEARLY'; interval?: number; byMonth?: number[]; byMonthDay?: number; byDay?: string; until?: string }

/** The parts of the RRULE of one deadline, or null when it is not recurring. */
export function ruleParts(d: Pick<Deadline, 'text' | 'date' | 'recurrence'>): RuleParts | null {
  if (!d.recurrence) return null;
  const base = BASE[d.recurrence];
  const parts: RuleParts = { freq: base.freq, ...(base.interval ? { interval: base.interval } : {}) };
  if (d.date && (d.recurrence === 'weekly' || d.recurrence === 'monthly')) parts.until = d.date;
  if (d.recurrence === 'weekly') {
    const wd = WEEKDAYS.find(([re]) => re.test(d.text));
    if (wd) parts.byDay = wd[1];
    return parts;
  }
  const days = daysIn(d.text);
  const distinct = new Set(days.map((x) => `${x.day}/${x.month}`));
  if (days.length === 0 || distinct.size > 1) return parts;
  const { day, month } = days[0]!;
  if (month !== null && d.recurrence !== 'monthly') {
    return { freq: 'YEARLY', byMonth: everyMonths(month, base.months ?? 12), byMonthDay: day };
  }
  if (d.recurrence === 'monthly') return { ...parts, byMonthDay: day };
  if (d.recurrence === 'quarterly' && /tháng\s+tiếp\s+theo/iu.test(d.text)) {
    return { freq: 'YEARLY', byMonth: [1, 4, 7, 10], byMonthDay: day };
  }
  return parts;
}

export function formatRule(p: RuleParts): string {
  const bits = [`FREQ=${p.freq}`];
  if (p.interval) bits.push(`INTERVAL=${p.interval}`);
  if (p.byMonth) bits.push(`BYMONTH=${p.byMonth.join(',')}`);
  if (p.byMonthDay) bits.push(`BYMONTHDAY=${p.byMonthDay}`);
  if (p.byDay) bits.push(`BYDAY=${p.byDay}`);
  if (p.until) bits.push(`UNTIL=${p.until.replace(/-/gu, '')}`);
  return bits.join(';');
}

const DAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The first day strictly after `after` that the rule allows, or null when the rule does not pin
 * a day (an interval without a start, a frequency alone) or the rule ends first. */
export function nextDue(p: RuleParts, after: string): string | null {
  if (p.byMonthDay === undefined && p.byDay === undefined) return null;
  if (p.interval && !p.byMonth) return null;
  const t = new Date(after + 'T00:00:00Z');
  // Four years cover every day-of-month rule, 29 February included.
  for (let i = 1; i <= 366 * 4 + 1; i++) {
    const d = new Date(t.getTime() + i * 86_400_000);
    const iso = d.toISOString().slice(0, 10);
    if (p.until && iso > p.until) return null;
    if (p.byMonth && !p.byMonth.includes(d.getUTCMonth() + 1)) continue;
    if (p.byMonthDay !== undefined && d.getUTCDate() !== p.byMonthDay) continue;
    if (p.byDay && DAY_CODES[d.getUTCDay()] !== p.byDay) continue;
    return iso;
  }
  return null;
}

/** rrule and next for one deadline; `after` is the document's date (or the reference date). */
export function withRecurrence<D extends Pick<Deadline, 'text' | 'date' | 'recurrence'>>(d: D, after: string | null): D & { rrule: string | null; next: string | null } {
  const p = ruleParts(d);
  const next = p && after ? nextDue(p, after) ?? nearestWrittenDay(d, after) : null;
  return { ...d, rrule: p ? formatRule(p) : null, next };
}

/** A recurring duty with two or more written days ("trước ngày 01/6 và 15/11 hằng năm") has no one
 * RRULE that pins a day, but its next due day is still the nearest of the days it names. */
function nearestWrittenDay(d: Pick<Deadline, 'text' | 'recurrence'>, after: string): string | null {
  const days = daysIn(d.text);
  if (!d.recurrence || new Set(days.map((x) => `${x.day}/${x.month}`)).size < 2) return null;
  const dates = days
    .map((x) => nextDue(x.month ? { freq: 'YEARLY', byMonth: [x.month], byMonthDay: x.day } : { freq: 'MONTHLY', byMonthDay: x.day }, after))
    .filter((x): x is string => x !== null)
    .sort();
  return dates[0] ?? null;
}
