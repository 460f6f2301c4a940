// Property: canonicalBody and the grammar's list splitter never throw, whatever the text, and keep their output shapes.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { canonicalBody } from '../../src/bodies/canonical.js';
import { splitBodies } from '../../src/bodies/grammar.js';

const WORDS = [
  'Bộ', 'Sở', 'các', 'Các', 'Ủy ban nhân dân', 'Uỷ ban', 'UBND', 'HĐND', 'tỉnh', 'thành phố', 'TP.', 'xã', 'phường',
  'đặc khu', 'Tỉnh ủy', 'Bộ trưởng', 'Thủ trưởng', 'Chủ tịch', 'Giám đốc', 'Bí thư', 'Phó', 'đồng chí', 'Tài chính',
  'Xây dựng', 'Văn hoá', 'Thể thao và Du lịch', 'Quảng Trị', 'Hồ Chí Minh', 'HCM', 'KH&CN', 'Cục', 'Vụ', ':', ',', ';',
  '(', ')', ' và ', '-', '–', '.', 'Chính phủ', 'Trung ương', 'cấp', 'ngành', 'địa phương', 'cơ quan', 'liên quan',
];

const phrase = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((ws) => ws.join(' ')),
  fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 4 })), { maxLength: 10 }).map((ws) => ws.join('')),
);

describe('never throws', () => {
  test('canonicalBody', () => {
    fc.assert(fc.property(phrase, fc.option(phrase), (s, province) => {
      const r = canonicalBody(s, { province });
      expect(typeof r.name).toBe('string');
      expect(r.matched).toBe(s);
      expect(r.name).toBe(r.name.normalize('NFC'));
    }), { numRuns: 500 });
  });

  test('splitBodies (shared heads and titles, as the pipeline reads them)', () => {
    fc.assert(fc.property(phrase, (s) => {
      const out = splitBodies(s);
      expect(Array.isArray(out)).toBe(true);
      for (const n of out) expect(typeof n).toBe('string');
    }), { numRuns: 500 });
  });

  test('non-string input from untyped callers', () => {
    for (const bad of [undefined, null, 42, {}, []] as unknown as string[]) {
      expect(() => canonicalBody(bad)).not.toThrow();
    }
  });
});
