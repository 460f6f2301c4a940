import { describe, expect, it } from 'vitest';
import { addWorkingDays, holidays, tet, toIso } from '../../src/extract/deadline/calendar.js';

describe('lunar calendar', () => {
  it.each([
    [2024, '2024-02-10'], [2025, '2025-01-29'], [2026, '2026-02-17'],
    [2027, '2027-02-06'], [2028, '2028-01-26'], [2029, '2029-02-13'],
  ])('Tết %i is %s', (y, want) => {
    expect(toIso(tet(y))).toBe(want);
  });

  it('puts Giỗ Tổ Hùng Vương 2026 on 26 April and the Tết eve in the holidays', () => {
    const h = holidays(2026);
    expect(h.has('2026-04-26')).toBe(true);
    expect(h.has('2026-02-16')).toBe(true);
    expect(h.has('2026-02-20')).toBe(true);
    expect(h.has('2026-02-21')).toBe(false);
  });

  it('skips weekends and holidays when counting working days', () => {
    expect(toIso(addWorkingDays({ y: 2026, m: 2, d: 10 }, 10))).toBe('2026-03-03');
    expect(toIso(addWorkingDays({ y: 2025, m: 8, d: 28 }, 3))).toBe('2025-09-04');
  });
});
