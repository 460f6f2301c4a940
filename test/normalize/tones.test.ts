import { describe, expect, it } from 'vitest';
import { modernTones } from '../../src/normalize/tones.js';

describe('modernTones: syllable-final oa/oe/uy take the mark on the first vowel', () => {
  it.each([
    ['hoá', 'hóa'], ['Hoá', 'Hóa'], ['HOÁ', 'HÓA'], ['hoà', 'hòa'], ['HOÀ', 'HÒA'], ['toạ', 'tọa'], ['thoả', 'thỏa'],
    ['khoẻ', 'khỏe'], ['KHOẺ', 'KHỎE'], ['loè', 'lòe'], ['xoẹ', 'xọe'],
    ['uỷ', 'ủy'], ['Uỷ', 'Ủy'], ['UỶ', 'ỦY'], ['thuỷ', 'thủy'], ['Thuỷ', 'Thủy'], ['tuỳ', 'tùy'], ['luỹ', 'lũy'], ['huỵ', 'hụy'],
    ['Uỷ ban nhân dân', 'Ủy ban nhân dân'], ['văn hoá, thể thao', 'văn hóa, thể thao'], ['(hoá)', '(hóa)'], ['hoá.', 'hóa.'],
  ])('%s → %s', (old, modern) => {
    expect(modernTones(old)).toBe(modern);
  });
});

describe('modernTones leaves alone', () => {
  it.each([
    // The mark sits where it belongs already.
    'hóa', 'Ủy', 'Thủy', 'khỏe',
    // A letter follows the pair: not syllable-final.
    'toàn', 'hoàn', 'Hoàn', 'HOÀN', 'khoảng', 'hoạch', 'khuỷu', 'toán',
    // qu + y: the u belongs to the consonant.
    'quý', 'Quý', 'QUÝ', 'quỹ', 'quỳ', 'quỷ',
    // No mark on the pair.
    'khuya', 'hoa', 'uy tín', 'Thuy', '',
  ])('%s', (s) => {
    expect(modernTones(s)).toBe(s);
  });
});

describe('modernTones keeps the length of NFC text and is idempotent', () => {
  it.each(['Ủy ban nhân dân tỉnh Khánh Hòa', 'Uỷ ban, hoá, khoẻ, thuỷ lợi, quý, toàn', 'HOÁ CHẤT UỶ THÁC'])('%s', (s) => {
    const once = modernTones(s);
    expect(once.length).toBe(s.length);
    expect(modernTones(once)).toBe(once);
    expect(once).toBe(once.normalize('NFC'));
  });
});
