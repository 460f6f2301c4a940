import { describe, expect, it } from 'vitest';
import { cleanChars } from '../../src/normalize/index.js';

/** The map has one entry per character plus the end, never decreases, stays inside the source. */
function checkMap(source: string, m: { text: string; map: number[] }) {
  expect(m.map.length).toBe(m.text.length + 1);
  for (let i = 1; i < m.map.length; i++) expect(m.map[i]!).toBeGreaterThanOrEqual(m.map[i - 1]!);
  expect(m.map[0]!).toBeGreaterThanOrEqual(0);
  expect(m.map[m.map.length - 1]!).toBeLessThanOrEqual(source.length);
}

describe('cleanChars', () => {
  it.each<[string, string, string]>([
    ['CRLF', 'a\r\nb', 'a\nb'],
    ['lone CR', 'a\rb', 'a\nb'],
    ['NFD to NFC', 'Ba\u0300 ri\u0323a', 'Bà rịa'],
    ['NFD with old tone placement', 'hoa\u0301 ho\u0323c'.normalize('NFD'), 'hóa học'],
    ['curly quotes', '\u201CĐúng\u201D \u2018ý\u2019 «chữ»', '"Đúng" \'ý\' "chữ"'],
    ['dashes', 'a \u2013 b \u2014 c \u2212 d', 'a - b - c - d'],
    ['tabs and no-break spaces', 'a\tb\u00A0c', 'a b c'],
    ['zero-width and BOM removed', '\uFEFFa\u200Bb\u00ADc', 'abc'],
    ['markdown bold removed', '**Điều 1.** Nội dung', 'Điều 1. Nội dung'],
    ['markdown italic and underline runs', '*Căn cứ* __Nơi nhận__:', 'Căn cứ Nơi nhận:'],
    ['markdown escapes', '1\\. Mục \\(a\\)', '1. Mục (a)'],
    ['superscript footnote marks', 'được giao¹; kịp²³ thời', 'được giao; kịp thời'],
    ['bracket footnote marks', 'đánh giá ngoài[1] hoàn thiện', 'đánh giá ngoài hoàn thiện'],
    ['a bracketed number after a space stays', 'theo mục [2] nêu trên', 'theo mục [2] nêu trên'],
  ])('%s', (_name, source, want) => {
    const m = cleanChars(source);
    expect(m.text).toBe(want);
    checkMap(source, m);
  });

  it('maps each kept character to its source offset through CRLF', () => {
    const m = cleanChars('ab\r\ncd');
    expect(m.text).toBe('ab\ncd');
    expect([...m.map]).toEqual([0, 1, 2, 4, 5, 6]);
  });

  it('maps an NFD grapheme to its first code unit', () => {
    const src = 'hoa\u0301 x'; // "hoá" decomposed: the tone moves onto the o
    const m = cleanChars(src);
    expect(m.text).toBe('hóa x');
    expect([...m.map]).toEqual([0, 1, 2, 4, 5, 6]);
  });

  it('keeps the map intact when ** is removed', () => {
    const src = 'x **Sở Tài chính** y';
    const m = cleanChars(src);
    expect(m.text).toBe('x Sở Tài chính y');
    checkMap(src, m);
    for (let i = 0; i < m.text.length; i++) if (m.text[i] !== ' ') expect(src[m.map[i]!]).toBe(m.text[i]);
    expect(src.slice(m.map[2]!, m.map[m.text.lastIndexOf('h')]! + 1)).toBe('Sở Tài chính');
  });
});
