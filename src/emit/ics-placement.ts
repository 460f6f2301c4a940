// Where an obligation goes in a calendar. Dated obligations and recurring duties whose day is
// written go on that day. Two other cases have no single day in the JSON:
// - ics/one-event-per-day: a duty with two or more days ("trước ngày 01/6 và 15/11 hằng năm")
//   cannot be one RRULE (BYMONTH=6,11;BYMONTHDAY=1,15 would also make 15/6 and 1/11) and RFC 5545
//   allows one RRULE per component in practice, so each written day is an event of its own,
//   repeating yearly (a day with its month) or monthly (a day alone), with a UID per day.
// - ics/period-end: a duty whose day is not written ("hằng quý", "hằng tháng") is due by the end
//   of each period at the latest, so it is placed on the last day of the period (week: Sunday;
//   month, quarter, half-year, year: their last day), from the first period end after the
//   document's date, and its description says the day is not in the document.
// Anything else (a deadline with no day at all: "sớm", an unresolved relative date; a duty with
// no document date to count from) is left out and counted, never dropped silently.
import type { Obligation, Result } from '../schema/index.js';
import { daysIn } from '../pipeline/recurrence.js';

export interface Placement { start: string; rrule: string | null; key: string; how: 'date' | 'rule' | 'per-day' | 'period-end' }

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (s: string) => new Date(s + 'T00:00:00Z');
const lastOfMonth = (y: number, m0: number) => new Date(Date.UTC(y, m0 + 1, 0));

/** The rule's parts as a map, e.g. {FREQ: 'MONTHLY', INTERVAL: '3'}. */
export function ruleMap(rrule: string): Map<string, string> {
  return new Map(rrule.split(';').map((p) => p.split('=') as [string, string]));
}

/** The first period end strictly after `after`, and the rule that repeats it; null when the
 * rule already pins a day (then `next` was null because the rule ended). */
export function periodEnd(rrule: string, after: string): { start: string; rrule: string } | null {
  const m = ruleMap(rrule);
  if (m.has('BYMONTHDAY') || m.has('BYDAY') || m.has('BYMONTH')) return null;
  const until = m.get('UNTIL');
  const a = utc(after);
  const freq = m.get('FREQ');
  const step = Number(m.get('INTERVAL') ?? 1);
  let start: Date;
  let rule: string;
  if (freq === 'WEEKLY') {
    start = new Date(a.getTime() + (7 - a.getUTCDay() || 7) * 86_400_000);
    rule = `FREQ=WEEKLY${step > 1 ? `;INTERVAL=${step}` : ''};BYDAY=SU`;
  } else if (freq === 'MONTHLY' && 12 % step === 0) {
    // The period that holds `after` ends in the first month ≥ it that closes a period of `step`.
    let m0 = a.getUTCMonth() + (step - 1 - (a.getUTCMonth() % step));
    let y = a.getUTCFullYear();
    if (iso(lastOfMonth(y, m0)) <= after) m0 += step;
    if (m0 > 11) (m0 -= 12), y++;
    start = lastOfMonth(y, m0);
    rule = `FREQ=MONTHLY${step > 1 ? `;INTERVAL=${step}` : ''};BYMONTHDAY=-1`;
  } else if (freq === 'YEARLY') {
    const y = a.getUTCMonth() === 11 && a.getUTCDate() === 31 ? a.getUTCFullYear() + 1 : a.getUTCFullYear();
    start = new Date(Date.UTC(y, 11, 31));
    rule = 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31';
  } else return null;
  if (until && iso(start).replace(/-/gu, '') > until) return null;
  return { start: iso(start), rrule: rule + (until ? `;UNTIL=${until}` : '') };
}

/** The first day strictly after `after` that is day `day` of month `month` (or of any month). */
export function nextDay(day: number, month: number | null, after: string): string | null {
  const a = utc(after);
  for (let i = 0; i < 12 * 5; i++) {
    const y = a.getUTCFullYear() + Math.floor((a.getUTCMonth() + i) / 12);
    const m0 = (a.getUTCMonth() + i) % 12;
    if (month !== null && m0 !== month - 1) continue;
    const d = new Date(Date.UTC(y, m0, day));
    if (d.getUTCMonth() !== m0) continue;
    if (iso(d) > after) return iso(d);
  }
  return null;
}

/** One placement per written day, when the duty names two or more and they agree in kind. */
export function perDay(o: Obligation, after: string): Placement[] | null {
  const d = o.deadline!;
  const days = [...new Map(daysIn(d.text).map((x) => [`${x.day}/${x.month}`, x])).values()];
  if (days.length < 2) return null;
  const withMonth = days.every((x) => x.month !== null);
  const yearlyish = d.recurrence === 'yearly' || d.recurrence === 'semiannual';
  if (!(withMonth && yearlyish) && !(d.recurrence === 'monthly' && days.every((x) => x.month === null))) return null;
  const out: Placement[] = [];
  for (const x of days) {
    const start = nextDay(x.day, x.month, after);
    if (!start) return null;
    const rule = x.month !== null ? `FREQ=YEARLY;BYMONTH=${x.month};BYMONTHDAY=${x.day}` : `FREQ=MONTHLY;BYMONTHDAY=${x.day}`;
    out.push({ start, rrule: rule, key: x.month !== null ? `${x.day}/${x.month}` : `${x.day}`, how: 'per-day' });
  }
  return out.sort((p, q) => p.start.localeCompare(q.start));
}

/** Where the obligation goes: none, one or (one-event-per-day) several placements. */
export function placements(r: Result, o: Obligation): Placement[] {
  const d = o.deadline;
  if (!d) return [];
  if (!d.rrule) return d.date ? [{ start: d.date, rrule: null, key: '', how: 'date' }] : [];
  const after = r.document.date;
  if (after) {
    const split = perDay(o, after);
    if (split) return split;
  }
  if (d.next) return [{ start: d.next, rrule: d.rrule, key: '', how: 'rule' }];
  const end = after ? periodEnd(d.rrule, after) : null;
  return end ? [{ ...end, key: '', how: 'period-end' }] : [];
}
