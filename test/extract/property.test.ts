// The whole pipeline never throws, whatever text it is given, and what it returns fits the schema.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processSource } from '../../src/pipeline/index.js';
import { ResultSchema } from '../../src/schema/index.js';

// Pieces of administrative text, so that random documents reach the extractor's rules, not only its guards.
const PIECES = [
  'I. NHIỆM VỤ', '1. ', 'a) ', 'đ) ', '- ', '+ ', '(1) ', 'Điều 2. ', 'Chương I', 'Kính gửi:', 'Nơi nhận:', 'KT. CHỦ TỊCH',
  'Sở Tài chính chủ trì, phối hợp với Sở Nội vụ ', 'Ủy ban nhân dân các xã, phường: ', 'Giao Bộ Xây dựng ',
  'các Bộ: Y tế, Tư pháp ', 'khẩn trương rà soát ', 'trước ngày 31/12/2025', 'hằng tháng', 'quý IV năm 2026',
  'trong thời hạn 15 ngày làm việc kể từ ngày ký', '; ', '. ', ':', '\n', '\n\n', '**', '¹', '[1]', '| STT | Nhiệm vụ | Cơ quan chủ trì |',
];

describe('pipeline', () => {
  it('never throws and always returns a valid result', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''))), (text) => {
        const r = processSource({ path: 'p.txt', text, sha256: '0'.repeat(64), bytes: text.length, encoding: 'utf-8' }, { referenceDate: '2026-01-15' });
        const check = ResultSchema.safeParse(r);
        expect(check.success, check.success ? '' : JSON.stringify(check.error.issues[0])).toBe(true);
        for (const o of r.obligations) {
          expect(o.span.start).toBeLessThanOrEqual(o.span.end);
          expect(o.span.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 400 },
    );
  });
});
