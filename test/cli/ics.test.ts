// Issue 12, the calendar: duties whose day is not written placed at each period end, duties with
// two days as one event per day (never BYMONTH=6,11;BYMONTHDAY=1,15), and what has no day at all
// counted on stderr instead of dropped silently.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { icsDocument } from '../../src/emit/ics.js';
import { nextDay, periodEnd, placements } from '../../src/emit/ics-placement.js';
import type { Obligation, Result } from '../../src/schema/index.js';
import { run, tmp } from './helpers.js';

const ob = (id: string, deadline: Obligation['deadline']): Obligation => ({
  id, path: [id], text: `việc ${id}`, action: `việc ${id}`, lead: [{ name: 'Sở Y tế' }], support: [], deadline, span: { start: 0, end: 1, line: 1 },
});
const doc = (obs: Obligation[], date: string | null = '2025-10-28'): Result => ({
  schemaVersion: '1', source: { path: 'x.txt', sha256: 'b'.repeat(64), bytes: 1 },
  document: { type: 'cong-van', number: '1/UBND', issuer: null, place: null, date, subject: null, signer: null, references: [] },
  sections: [], obligations: obs, warnings: [],
});
const rec = (text: string, recurrence: any, rrule: string, next: string | null = null) => ({ text, date: null, recurrence, rrule, next });

describe('ics/period-end: a recurring duty with no day written', () => {
  const cases: [string, string, string | null][] = [
    ['FREQ=MONTHLY;INTERVAL=3', '2025-10-28', '2025-12-31 FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1'],
    ['FREQ=MONTHLY;INTERVAL=3', '2025-12-31', '2026-03-31 FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1'],
    ['FREQ=MONTHLY;INTERVAL=3', '2025-01-01', '2025-03-31 FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1'],
    ['FREQ=MONTHLY', '2024-02-10', '2024-02-29 FREQ=MONTHLY;BYMONTHDAY=-1'],
    ['FREQ=MONTHLY;INTERVAL=6', '2025-07-01', '2025-12-31 FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1'],
    ['FREQ=YEARLY', '2025-10-28', '2025-12-31 FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31'],
    ['FREQ=WEEKLY', '2025-10-28', '2025-11-02 FREQ=WEEKLY;BYDAY=SU'], // a Tuesday → that week's Sunday
    ['FREQ=WEEKLY', '2025-11-02', '2025-11-09 FREQ=WEEKLY;BYDAY=SU'],
    ['FREQ=MONTHLY;UNTIL=20251130', '2025-10-28', '2025-10-31 FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20251130'],
    ['FREQ=MONTHLY;UNTIL=20251015', '2025-10-28', null],
    ['FREQ=MONTHLY;BYMONTHDAY=25', '2025-10-28', null], // the day is pinned: not a period end
  ];
  it.each(cases)('%s after %s → %s', (rule, after, want) => {
    const p = periodEnd(rule, after);
    expect(p ? `${p.start} ${p.rrule}` : null).toBe(want);
  });

  it('the event says the day is not the document\'s', () => {
    const { text, leftOut } = icsDocument(doc([ob('1', rec('hằng quý', 'quarterly', 'FREQ=MONTHLY;INTERVAL=3'))]), 'vi');
    expect(leftOut).toBe(0);
    expect(text).toContain('DTSTART;VALUE=DATE:20251231\r\n');
    expect(text).toContain('RRULE:FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1\r\n');
    expect(text.replace(/\r\n /gu, '')).toContain('Văn bản không ghi ngày: đặt vào ngày cuối của mỗi kỳ.');
  });
});

describe('ics/one-event-per-day: two days in one duty', () => {
  it('one yearly event per written day, each with its own rule and UID, nearest first', () => {
    const o = ob('2', rec('định kỳ trước ngày 01/6 và 15/11 hằng năm', 'yearly', 'FREQ=YEARLY'));
    const ps = placements(doc([o]), o);
    expect(ps.map((p) => `${p.start} ${p.rrule}`)).toEqual(['2025-11-15 FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15', '2026-06-01 FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1']);
    const { text } = icsDocument(doc([o]), 'en');
    expect(text.match(/BEGIN:VEVENT/gu)).toHaveLength(2);
    expect(new Set(text.match(/UID:\S+/gu)).size).toBe(2);
    expect(text).not.toMatch(/BYMONTH=\d+,\d+/u);
  });
  it('a day alone repeats monthly; one day only is not split', () => {
    const o = ob('3', rec('trước ngày 10 và ngày 25 hằng tháng', 'monthly', 'FREQ=MONTHLY'));
    expect(placements(doc([o]), o).map((p) => `${p.start} ${p.rrule}`)).toEqual(['2025-11-10 FREQ=MONTHLY;BYMONTHDAY=10', '2025-11-25 FREQ=MONTHLY;BYMONTHDAY=25']);
    const one = ob('4', rec('trước ngày 25 hằng tháng', 'monthly', 'FREQ=MONTHLY;BYMONTHDAY=25', '2025-11-25'));
    expect(placements(doc([one]), one)).toEqual([{ start: '2025-11-25', rrule: 'FREQ=MONTHLY;BYMONTHDAY=25', key: '', how: 'rule' }]);
  });
  it('nextDay skips months without the day (31/4 never; 29/2 in a leap year)', () => {
    expect(nextDay(31, null, '2025-04-01')).toBe('2025-05-31');
    expect(nextDay(29, 2, '2025-01-01')).toBe('2028-02-29');
    expect(nextDay(15, 11, '2025-11-15')).toBe('2026-11-15');
  });
});

describe('what has no day is counted, not dropped silently', () => {
  it('icsDocument counts a deadline with no day, and one with no document date to count from', () => {
    const obs = [ob('1', { text: 'sớm', date: null, recurrence: null, rrule: null, next: null }), ob('2', rec('hằng quý', 'quarterly', 'FREQ=MONTHLY;INTERVAL=3')), ob('3', null)];
    expect(icsDocument(doc(obs, null), 'en')).toEqual({ text: '', leftOut: 2 });
    expect(icsDocument(doc(obs), 'en').leftOut).toBe(1);
  });
  it('the CLI reports the count on stderr, not under -q', () => {
    const dir = tmp();
    const f = join(dir, 'a.txt');
    writeFileSync(f, 'UBND TỈNH NGHỆ AN\nSố: 12/UBND-VX\nNghệ An, ngày 28 tháng 10 năm 2025\n\n1. Sở Tài chính báo cáo kết quả hằng quý.\n2. Sở Y tế hoàn thành trong thời gian sớm nhất.\n');
    const json = JSON.parse(run(['extract', '-f', 'json', f]).out);
    const noDay = json[0].obligations.filter((o: any) => o.deadline && !o.deadline.date && !o.deadline.rrule).length;
    const r = run(['extract', '-f', 'ics', f]);
    expect(r.code).toBe(0);
    expect(r.out.match(/BEGIN:VEVENT/gu)?.length).toBe(json[0].obligations.filter((o: any) => o.deadline?.rrule || o.deadline?.date).length);
    if (noDay) expect(r.err).toContain(`nhiemvu: ics: ${noDay} obligation(s) with a deadline but no day to put in a calendar left out of -`);
    else expect(r.err).not.toContain('left out');
    expect(run(['extract', '-q', '-f', 'ics', f]).err).toBe('');
  });
});
