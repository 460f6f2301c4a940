// The offset maps of util/text (#11: Int32Arrays built in one pass) keep the meaning they had as arrays.
import { describe, expect, it } from 'vitest';
import { MapBuilder, concat, joinMapped, remove, slice, squeeze, trim, type Mapped } from '../../src/util/text.js';

const m = (text: string, base = 100): Mapped => ({ text, map: Array.from({ length: text.length + 1 }, (_, i) => base + 2 * i) });
const plain = (x: Mapped) => ({ text: x.text, map: [...Array.from(x.map)] });

describe('mapped strings', () => {
  it('slice: the end maps just past the last character kept; an empty slice to its start', () => {
    expect(plain(slice(m('abcdef'), 1, 3))).toEqual({ text: 'bc', map: [102, 104, 105] });
    expect(plain(slice(m('abcdef'), 2, 2))).toEqual({ text: '', map: [104] });
    expect(slice(m('abcdef'), 1, 3).map).toBeInstanceOf(Int32Array);
  });

  it('slice: bounds out of range behave as Array.prototype.slice did', () => {
    expect(plain(slice(m('abc'), 2, 10))).toEqual({ text: 'c', map: [104, 106, NaN] });
    expect(plain(slice(m('abc'), 2, 1))).toEqual({ text: '', map: [104] });
  });

  it('concat and joinMapped: a separator maps to the first character after it', () => {
    expect(plain(concat([m('ab', 0), m('cd', 10)]))).toEqual({ text: 'ab cd', map: [0, 2, 10, 10, 12, 14] });
    expect(plain(joinMapped([m('ab', 0), m('cd', 10), m('e', 20)], ['', '', ' - ']))).toEqual({ text: 'abcd - e', map: [0, 2, 10, 12, 20, 20, 20, 20, 22] });
    expect(plain(concat([]))).toEqual({ text: '', map: [0] });
  });

  it('squeeze and remove rewrite runs, keep the first offset of a squeezed run, and return text without any as it is', () => {
    expect(plain(squeeze(m('a \t b', 0)))).toEqual({ text: 'a b', map: [0, 2, 8, 10] });
    expect(plain(remove(m('a**b', 0), /\*+/gu))).toEqual({ text: 'ab', map: [0, 6, 8] });
    const same = m('a b');
    expect(squeeze(same)).toBe(same);
    expect(remove(same, /\*+/gu)).toBe(same);
    expect(plain(trim(m('  ab ', 0)))).toEqual({ text: 'ab', map: [4, 6, 7] });
  });

  it('MapBuilder grows past its first capacity', () => {
    const b = new MapBuilder(2);
    for (let i = 0; i < 100; i++) b.push(i);
    b.append([7, 8, 9], 1, 3);
    expect([...b.done()]).toEqual([...Array.from({ length: 100 }, (_, i) => i), 8, 9]);
  });
});
