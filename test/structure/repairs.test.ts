// Structure noise (src/segment/repairs.ts, markers.ts): each repair rule's made-up examples run, and
// an OCR'd letter marker is read as its letter.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { REPAIR_RULES, repairParagraphs } from '../../src/segment/repairs.js';
import { matchMarker } from '../../src/segment/markers.js';
import { segment } from '../../src/segment/index.js';

const fired = (doc: string) => {
  const n = normalize(doc);
  return repairParagraphs(n.paragraphs, n.lineStarts, n.source).fired;
};

describe.each(REPAIR_RULES)('$id', (rule) => {
  it.each(rule.examples.fires)('fires on %#', (doc) => {
    expect(fired(doc)).toContain(rule.id);
  });
  it.each(rule.examples.skips)('skips %#', (doc) => {
    expect(fired(doc)).not.toContain(rule.id);
  });
});

describe('repaired structure', () => {
  it('a hyphenated company name wrapped before its dash stays in its item', () => {
    const seg = segment(normalize('1. Giao Công ty cổ phần Cấp nước Bình Minh\n- Hòa Phú bảo đảm cấp nước liên tục.\n\n2. Sở Y tế kiểm tra nước.'));
    const items = seg.root.children.filter((c) => c.kind === 'item');
    expect(items.map((c) => [c.label, c.text.text, c.children.length])).toEqual([
      ['1', 'Giao Công ty cổ phần Cấp nước Bình Minh - Hòa Phú bảo đảm cấp nước liên tục.', 0],
      ['2', 'Sở Y tế kiểm tra nước.', 0],
    ]);
  });

  it('a dropped page number leaves the sentence whole', () => {
    const seg = segment(normalize('1. Sở Nội vụ chủ trì, phối hợp với các\n\n12\n\nSở Tư pháp rà soát biên chế.'));
    expect(seg.root.children.map((c) => c.text.text)).toEqual(['Sở Nội vụ chủ trì, phối hợp với các Sở Tư pháp rà soát biên chế.']);
  });

  it('reads an OCR "©)" as the letter c', () => {
    expect(matchMarker('©) Kiểm tra nguồn nước.')).toEqual({ type: 'letter', label: 'c', length: 3 });
    // A copyright line is no item.
    expect(matchMarker('© 2026 Cổng thông tin')).toBeNull();
  });
});

describe('an article marker', () => {
  it('opens an article with its title, or alone on its line', () => {
    expect(matchMarker('Điều 3. Trách nhiệm của Sở Tài chính')?.type).toBe('dieu');
    expect(matchMarker('Điều 12')?.type).toBe('dieu');
    expect(matchMarker('Điều 5 Phạm vi điều chỉnh')?.type).toBe('dieu');
  });
  it('but a reference wrapped to the start of a line is none', () => {
    expect(matchMarker('Điều 4 và các điều kiện quy định tại Điều 5, cơ quan lập đề án.')?.type).not.toBe('dieu');
    expect(matchMarker('Điều 9 Nghị định số 23/2016/NĐ-CP ngày 05 tháng 4 năm 2016.')?.type).not.toBe('dieu');
    expect(matchMarker('Điều 215 Bộ luật Hình sự: lập hồ sơ khống.')?.type).not.toBe('dieu');
  });
});

describe('a roman numeral alone on its line', () => {
  it('opens its section, the line below it being the title', () => {
    const seg = segment(normalize('CHỈ THỊ\nVề phòng cháy\n\nI.\n\nTrách nhiệm của các sở\n\n1. Sở Xây dựng kiểm tra nhà cao tầng.\n\n2. Sở Công Thương kiểm tra chợ.'));
    const roman = seg.root.children.find((c) => c.type === 'roman');
    expect(roman?.text.text).toBe('Trách nhiệm của các sở');
    expect(roman?.children.map((c) => c.label)).toEqual(['1', '2']);
  });
  it('but a number alone ("12.") is no item', () => {
    expect(matchMarker('12.')).toBeNull();
  });
});
