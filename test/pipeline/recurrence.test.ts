// rrule/next from the deadline's own fields: each row read and checked by hand against RFC 5545.
import { describe, expect, it } from 'vitest';
import { daysIn, formatRule, nextDue, ruleParts, withRecurrence, RRULE_RULES } from '../../src/pipeline/recurrence.js';
import type { Recurrence } from '../../src/schema/index.js';

const dl = (text: string, recurrence: Recurrence | null, date: string | null = null) => ({ text, recurrence, date });

describe('rrule from the deadline phrase', () => {
  const rows: [string, Recurrence | null, string | null, string | null][] = [
    ['trước ngày 25 hằng tháng', 'monthly', null, 'FREQ=MONTHLY;BYMONTHDAY=25'],
    ['định kỳ hằng tháng', 'monthly', null, 'FREQ=MONTHLY'],
    ['trước ngày 15 tháng 12 hằng năm', 'yearly', null, 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15'],
    ['trước ngày 25/12 hàng năm', 'yearly', null, 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25'],
    ['định kỳ 6 tháng trước ngày 30 tháng 6', 'semiannual', null, 'FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=30'],
    ['trước ngày 03 của tháng tiếp theo sau tháng cuối cùng của kỳ báo cáo', 'quarterly', null, 'FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=3'],
    ['hằng quý', 'quarterly', null, 'FREQ=MONTHLY;INTERVAL=3'],
    ['thứ Sáu hằng tuần', 'weekly', null, 'FREQ=WEEKLY;BYDAY=FR'],
    ['Hằng tuần đến hết tháng 5/2026', 'weekly', '2026-05-31', 'FREQ=WEEKLY;UNTIL=20260531'],
    ['định kỳ trước ngày 01/6 và 15/11 hằng năm', 'semiannual', null, 'FREQ=MONTHLY;INTERVAL=6'],
    ['trong năm 2025', null, '2025-12-31', null],
  ];
  it.each(rows)('%s (%s)', (text, rec, date, want) => {
    const p = ruleParts(dl(text, rec, date));
    expect(p ? formatRule(p) : null).toBe(want);
  });

  it('every named rule has examples that behave as it says', () => {
    for (const r of RRULE_RULES) {
      expect(r.fires.length).toBeGreaterThan(0);
      expect(r.doesNotFire.length).toBeGreaterThan(0);
    }
    expect(daysIn('trước ngày 25 hằng tháng')).toEqual([{ day: 25, month: null }]);
    expect(daysIn('hằng tuần đến hết tháng 5/2026')).toEqual([]);
    expect(daysIn('ngày 01/6 và 15/11')).toEqual([{ day: 1, month: 6 }, { day: 15, month: 11 }]);
    expect(daysIn('ngày 45 tháng 13')).toEqual([]);
  });
});

describe('next: the first due day strictly after the document date', () => {
  it.each([
    ['FREQ=MONTHLY;BYMONTHDAY=25', dl('trước ngày 25 hằng tháng', 'monthly'), '2025-10-28', '2025-11-25'],
    ['same day is not after', dl('trước ngày 25 hằng tháng', 'monthly'), '2025-10-25', '2025-11-25'],
    ['yearly wraps the year', dl('trước ngày 15 tháng 02 hàng năm', 'yearly'), '2025-11-28', '2026-02-15'],
    ['quarterly after the quarter', dl('trước ngày 03 của tháng tiếp theo sau tháng cuối cùng của kỳ báo cáo', 'quarterly'), '2025-11-28', '2026-01-03'],
    ['a day the month lacks is skipped', dl('trước ngày 31 hằng tháng', 'monthly'), '2025-04-01', '2025-05-31'],
    ['weekday', dl('thứ Sáu hằng tuần', 'weekly'), '2026-03-02', '2026-03-06'],
    ['no day written', dl('hằng tháng', 'monthly'), '2025-10-28', null],
    ['interval without a month', dl('hằng quý', 'quarterly'), '2025-10-28', null],
  ] as const)('%s', (_name, d, after, want) => {
    expect(withRecurrence(d, after).next).toBe(want);
  });

  it('no document date, no next; an ended rule, no next', () => {
    expect(withRecurrence(dl('trước ngày 25 hằng tháng', 'monthly'), null)).toMatchObject({ rrule: 'FREQ=MONTHLY;BYMONTHDAY=25', next: null });
    expect(nextDue({ freq: 'WEEKLY', byDay: 'MO', until: '2026-03-03' }, '2026-03-03')).toBeNull();
  });
});

describe('two written days in one recurring duty', () => {
  it('next is the nearer of the two days after the document date', () => {
    expect(withRecurrence(dl('trước ngày 01/6 và 15/11 hằng năm', 'yearly'), '2025-10-28').next).toBe('2025-11-15');
    expect(withRecurrence(dl('trước ngày 01/6 và 15/11 hằng năm', 'yearly'), '2025-11-20').next).toBe('2026-06-01');
  });
  it('one written day keeps its own rule', () => {
    expect(withRecurrence(dl('trước ngày 15/11 hằng năm', 'yearly'), '2025-11-20').next).toBe('2026-11-15');
  });
});
