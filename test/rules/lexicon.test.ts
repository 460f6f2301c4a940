// One lexicon of bodies: what the gazetteer knows, the subject grammar recognises (issue #8: "VPCP"
// and "NHNN" were known to the gazetteer and not to the grammar, so their sentences gave nothing).
import { describe, expect, it } from 'vitest';
import { BODY_TABLES } from '../../src/bodies/gazetteer.js';
import { clauseSubject } from '../../src/bodies/grammar.js';
import { canonicalName } from '../../src/bodies/names.js';
import { processSource } from '../../src/pipeline/index.js';

const spellings = BODY_TABLES.flatMap(([table, entries]) =>
  entries.flatMap((e) => [e.name, ...e.aliases, ...(e.former ?? []).flatMap((f) => [f.name, ...(f.aliases ?? [])])].map((s) => [table, s] as const)),
);

describe('every gazetteer spelling is recognised as a subject', () => {
  it('there are spellings to check', () => expect(spellings.length).toBeGreaterThan(400));
  it.each(spellings)('%s: %s', (_table, s) => {
    const hit = clauseSubject(`${s} chủ trì thực hiện.`);
    expect(hit?.bodies.map((b) => b.name)).toEqual([canonicalName(s)]);
  });
});

describe('abbreviated subjects make obligations', () => {
  const text = [
    'VPCP chủ trì, phối hợp với các bộ liên quan tổng hợp báo cáo, trình Thủ tướng Chính phủ trước ngày 15/11/2025.',
    'Giao NHNN hướng dẫn các tổ chức tín dụng cơ cấu lại nợ cho khách hàng.',
  ].join('\n');
  const r = processSource({ path: 'two', text, sha256: '0'.repeat(64), bytes: text.length, encoding: 'utf-8' }, { referenceDate: '2025-09-01' });

  it('two obligations, led by the bodies the abbreviations stand for', () => {
    expect(r.obligations.map((o) => o.lead.map((b) => b.name))).toEqual([['Văn phòng Chính phủ'], ['Ngân hàng Nhà nước Việt Nam']]);
  });

  it('matched is the words as written', () => {
    expect(r.obligations.map((o) => o.lead.map((b) => b.matched))).toEqual([['VPCP'], ['NHNN']]);
  });

  it('the first keeps its deadline and report-to', () => {
    expect(r.obligations[0]!.deadline?.date).toBe('2025-11-15');
    expect(r.obligations[0]!.reportTo?.map((b) => b.name)).toEqual(['Thủ tướng Chính phủ']);
  });
});

describe('matched is what the document says, name is canonical', () => {
  const text = 'Sở TC chủ trì, phối hợp với Sở XD rà soát các khoản chi, báo cáo UBND tỉnh trước ngày 15/11/2025.';
  const [o] = processSource({ path: 'x', text, sha256: '0'.repeat(64), bytes: text.length, encoding: 'utf-8' }, { referenceDate: '2025-09-01' }).obligations;
  it.each([
    ['lead', () => o!.lead, 'Sở Tài chính', 'Sở TC'],
    ['support', () => o!.support, 'Sở Xây dựng', 'Sở XD'],
    ['reportTo', () => o!.reportTo ?? [], 'Ủy ban nhân dân tỉnh', 'UBND tỉnh'],
  ] as const)('%s', (_role, get, name, matched) => {
    expect(get().map((b) => [b.name, b.matched])).toEqual([[name, matched]]);
  });
});

describe('one table of abbreviations', () => {
  it.each([
    ['NHNN Việt Nam', 'Ngân hàng Nhà nước Việt Nam'],
    ['NHNN', 'Ngân hàng Nhà nước Việt Nam'],
    ['UBND tỉnh', 'Ủy ban nhân dân tỉnh'],
    ['Sở KH&CN', 'Sở Khoa học và Công nghệ'],
  ])('%s → %s', (written, name) => {
    expect(canonicalName(written)).toBe(name);
  });
});

describe('one list of titles: a title the gazetteer engine knows stands for its body in a subject too', () => {
  it.each([
    ['Thống đốc Ngân hàng Nhà nước chỉ đạo các tổ chức tín dụng cơ cấu lại nợ.', 'Ngân hàng Nhà nước Việt Nam'],
    ['Viện trưởng Viện kiểm sát nhân dân tỉnh chỉ đạo kiểm sát việc thi hành án.', 'Viện kiểm sát nhân dân tỉnh'],
  ])('%s', (text, lead) => {
    const r = processSource({ path: 'x', text, sha256: '0'.repeat(64), bytes: text.length, encoding: 'utf-8' }, { referenceDate: '2025-09-01' });
    expect(r.obligations.map((o) => o.lead.map((b) => b.name))).toEqual([[lead]]);
  });
});
