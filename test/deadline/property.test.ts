import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDeadlines, pickDeadline } from '../../src/extract/deadline/index.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
function validIso(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  const dim = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return mo >= 1 && mo <= 12 && dim !== undefined && d >= 1 && d <= dim;
}

// Words that steer the parser into its interesting branches, mixed with arbitrary noise.
const WORDS = ['trước', 'ngày', 'tháng', 'năm', 'quý', 'Quí', 'IV', 'hằng', 'hàng', 'định kỳ', 'trong', 'đến hết', 'từ',
  'kể từ ngày ký', 'ngày làm việc', 'Tết Nguyên đán', 'Bính Ngọ', 'chậm nhất', 'hoàn thành', '6 tháng đầu năm', 'cuối',
  'số 12/NQ-CP', '**', '/', '-', '.', ',', '31', '29', '02', '2025', '2026', '2028', '0', '99', '13', '32', '9999', 'và'];

const phrase = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 3000 }).map(String)), { maxLength: 14 })
  .map((xs) => xs.join(' '));
const ref = fc.oneof(fc.constant(null), fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), fc.string({ maxLength: 10 }));

describe('property: never throws, dates are valid', () => {
  it('findDeadlines', () => {
    fc.assert(fc.property(fc.oneof(phrase, fc.string({ maxLength: 80 })), ref, (text, r) => {
      for (const h of findDeadlines(text, r)) {
        if (h.date !== null) expect(validIso(h.date)).toBe(true);
        expect(text.slice(h.start, h.end)).toBe(h.text);
        expect(['deadline', 'start', 'context']).toContain(h.kind);
      }
    }), { numRuns: 400 });
  });

  it('pickDeadline', () => {
    fc.assert(fc.property(fc.oneof(phrase, fc.string({ maxLength: 80 })), ref, (text, r) => {
      const p = pickDeadline(text, r);
      if (p && p.date !== null) expect(validIso(p.date)).toBe(true);
    }), { numRuns: 400 });
  });
});
