// Inputs that made nhiemvu hang (#11): each must now be processed to the end. The assertions are on
// the results, never on time; the sizes are the ones of the issue, and each case takes well under a
// second here, so they are cheap enough for CI.
import { describe, expect, it } from 'vitest';
import { processSource } from '../../src/pipeline/index.js';
import { LEAD_IN_TAIL, ROLE_ONLY } from '../../src/extract/patterns.js';
import { ROUTING_SLIP_START } from '../../src/normalize/rules.js';

const src = (text: string) => ({ path: 'adversarial.txt', text, sha256: '0'.repeat(64), bytes: Buffer.byteLength(text), encoding: 'utf-8' });
const LEAD_IN = `Sở Tài chính chủ trì thực hiện ${'nhiệm vụ '.repeat(11)}, bảo đảm tiến độ như sau:`;

describe('adversarial inputs finish, with the same reading as before', () => {
  it('a lead-in that says "nhiệm vụ" 11 times (exponential before)', () => {
    const r = processSource(src(`KẾ HOẠCH\n${LEAD_IN}\na) Rà soát các dự án đầu tư công, hoàn thành trước ngày 30/6/2025.\n`));
    expect(r.obligations).toHaveLength(1);
    expect(r.obligations[0]!.lead.map((b) => b.name)).toEqual(['Sở Tài chính']);
    expect(r.obligations[0]!.deadline?.date).toBe('2025-06-30');
    // Only the closing "như sau:" is a lead-in tail: the 11 words are cut off by the comma after them.
    expect(LEAD_IN.replace(LEAD_IN_TAIL, '')).toBe(`Sở Tài chính chủ trì thực hiện ${'nhiệm vụ '.repeat(11)}, bảo đảm tiến độ`);
  });

  it('10,000 "chủ trì," in a row (quadratic before)', () => {
    const r = processSource(src(`Sở Tài chính ${'chủ trì, '.repeat(10_000)}tổng hợp báo cáo.\n`));
    expect(r.obligations).toHaveLength(1);
    expect(r.obligations[0]!.lead.map((b) => b.name)).toEqual(['Sở Tài chính']);
    expect(r.obligations[0]!.text).toMatch(/^Sở Tài chính chủ trì, chủ trì, /u);
    expect(ROLE_ONLY.test(`${'chủ trì, '.repeat(10_000)}tổng hợp:`)).toBe(true);
    expect(ROLE_ONLY.test(`${'chủ trì\tphối hợp\tvới'.repeat(15_000)};`)).toBe(false);
  });

  it('a line of 3,000 dots (cubic before) is a routing-slip field; the task after it is read', () => {
    const r = processSource(src(`Ngày: ${'.'.repeat(3000)}\nSở Y tế chủ trì tổng hợp báo cáo kết quả thực hiện gửi Ủy ban nhân dân tỉnh trước ngày 15/11/2025.\n`));
    expect(r.warnings[0]).toMatchObject({ code: 'noise-removed', span: { start: 0, end: 3006, line: 1 } });
    expect(r.obligations).toHaveLength(1);
    expect(r.obligations[0]!.lead.map((b) => b.name)).toEqual(['Sở Y tế']);
    expect(r.obligations[0]!.deadline?.date).toBe('2025-11-15');
    expect(ROUTING_SLIP_START[0]!.test('.'.repeat(3000))).toBe(false);
    expect(ROUTING_SLIP_START[0]!.test(`Ngày: ${'.'.repeat(3000)}21/12/2025ĐẾN`)).toBe(true);
  });

  it('a 2 MB single line of dotted stamp fields, and one of prose without a task', () => {
    const dotted = '..... Ngày: ........ 12 '.repeat(Math.ceil(2e6 / 24));
    const prose = 'Hội nghị đã nghe báo cáo tình hình, ý kiến các đại biểu và kết luận của chủ tọa '.repeat(2e6 / 80);
    for (const text of [dotted, prose]) {
      expect(text.length).toBeGreaterThanOrEqual(2e6);
      const r = processSource(src(text));
      expect(r.obligations).toEqual([]);
      expect(r.sections.length).toBeGreaterThanOrEqual(0);
    }
    // The dotted line as one stamp line: a routing slip only when it ends with ĐẾN.
    expect(ROUTING_SLIP_START[0]!.test(dotted)).toBe(false);
    expect(ROUTING_SLIP_START[0]!.test(`${dotted}ĐẾN`)).toBe(true);
  });
});
