// The one table of head words (lexicon.ts HEAD_WORDS) and the kind rows the gazetteer engine reads.
import { describe, expect, it } from 'vitest';
import { BODY_HEADS, CAP_HEADS, COLLECTIVE_NOUNS, HEAD_WORDS, KIND_ROWS, TITLE_FOLLOWERS } from '../../src/bodies/lexicon.js';
import { canonicalBody } from '../../src/bodies/canonical.js';
import { startsWithBody } from '../../src/bodies/grammar.js';

describe('HEAD_WORDS', () => {
  it('every head word has a role and is listed once', () => {
    expect(HEAD_WORDS.filter((h) => !h.grammar && !h.row && !h.afterTitle && !h.collective)).toEqual([]);
    const ws = HEAD_WORDS.map((h) => h.w);
    expect(ws.filter((w, i) => ws.indexOf(w) !== i)).toEqual([]);
  });
  it('every row a head word names is a kind row, and every word row has words', () => {
    const rows = new Set(KIND_ROWS.map((r) => r.row));
    expect(HEAD_WORDS.filter((h) => h.row && !rows.has(h.row))).toEqual([]);
    expect(KIND_ROWS.filter((r) => !r.pattern && !HEAD_WORDS.some((h) => h.row === r.row)).map((r) => r.row)).toEqual([]);
  });
  it('the derived lists read the table', () => {
    expect(BODY_HEADS).toContain('Ủy ban nhân dân');
    expect(CAP_HEADS).toContain('Thanh tra');
    expect(COLLECTIVE_NOUNS).toContain('chủ đầu tư');
    expect(TITLE_FOLLOWERS).toContain('sở');
  });
});

describe('one table, three readers', () => {
  // made-up names the gazetteer does not list: the kind comes from the head word's row
  it.each([
    ['Bộ Tư lệnh Vùng Cảnh sát biển 9', 'agency'],
    ['Bộ Thương mại Điện tử', 'ministry'],
    ['Sở Giao thông công chính', 'department'],
    ['Tòa án quân sự khu vực 2', 'court'],
    ['Hiệp hội Thủy sản Miền Trung', 'association'],
    ['Ban Kinh tế - Ngân sách Trung ương', 'party'],
  ])('%s → %s', (name, kind) => expect(canonicalBody(name).kind).toBe(kind));
  // a title stands for a body only before a head word that may follow a title
  it.each([
    ['Giám đốc Sở Giao thông công chính', 'Sở Giao thông công chính'],
    ['Thủ trưởng các đơn vị trực thuộc', 'Các đơn vị trực thuộc'],
    ['Giám đốc điều hành', 'Giám đốc điều hành'],
  ])('%s → %s', (name, want) => expect(canonicalBody(name).name).toBe(want));
  it.each([['Thanh tra Chính phủ', true], ['Thanh tra việc sử dụng đất', false], ['các chủ đầu tư', true], ['các dự án', false]])(
    'the grammar: %s begins a body: %s', (s, want) => expect(startsWithBody(s as string)).toBe(want),
  );
});
