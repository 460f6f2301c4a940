// Property tests of the normalizer (fast-check).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize } from '../../src/normalize/index.js';

// Arbitrary text, with the pieces that steer the normalizer into its branches: CR, combining
// marks, lone surrogates, footnote marks, markdown, page numbers, labels, stamps.
const PIECES = ['\r', '\r\n', '\n', '\n\n', '\u0301', '\u0323', '\u0300', '\uD800', '\uDFFF', '\uFEFF', '\u00A0', '¹', '²', '[1]', '**', '*', '__', '\\',
  '- 2 -', '3', 'X', '|', '-------', 'Điều', '1.', 'a)', 'd)', '(1)', '- ', '+ ', 'Uỷ', 'hoá', 'quý', 'Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN',
  'Số: .......12', 'Ngày: .....1/2/2026ĐẾN', 'CÔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Chương II', '(Kèm theo', 'V/v ', 'Số: '];
const surrogateSoup = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 60 }).map((cs) => String.fromCharCode(...cs));
const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  surrogateSoup,
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 5 })), { maxLength: 60 }).map((xs) => xs.join('')),
);

function checkMap(source: string, m: { text: string; map: number[] }) {
  expect(m.map.length).toBe(m.text.length + 1);
  for (let i = 0; i < m.map.length; i++) {
    expect(m.map[i]!).toBeGreaterThanOrEqual(i > 0 ? m.map[i - 1]! : 0);
    expect(m.map[i]!).toBeLessThanOrEqual(source.length);
  }
}

describe('normalize on arbitrary input', () => {
  it('never throws, and every paragraph and footnote map is non-decreasing and inside the source', () => {
    fc.assert(fc.property(anyText, (s) => {
      const n = normalize(s);
      for (const p of [...n.paragraphs, ...n.footnotes]) {
        checkMap(s, p);
        expect(p.line).toBeGreaterThanOrEqual(1);
        expect(p.line).toBeLessThanOrEqual(n.lineStarts.length);
      }
      for (const w of n.warnings) if (w.span) {
        expect(w.span.start).toBeGreaterThanOrEqual(0);
        expect(w.span.end).toBeGreaterThanOrEqual(w.span.start);
        expect(w.span.end).toBeLessThanOrEqual(s.length);
      }
    }), { numRuns: 600 });
  });

  it('paragraphs are single lines, trimmed, with single spaces', () => {
    fc.assert(fc.property(anyText, (s) => {
      for (const p of normalize(s).paragraphs) {
        expect(p.text).not.toMatch(/[\n\r]/u);
        expect(p.text).not.toMatch(/^\s|\s$|\s\s/u);
        expect(p.text.length).toBeGreaterThan(0);
      }
    }), { numRuns: 600 });
  });

  // Tone marks may move between the vowels of a pair ("hoá" → "hóa"), base letters never do.
  const base = (c: string) => c.normalize('NFD').replace(/\p{M}+/gu, '');
  it('an ASCII letter or digit of a paragraph maps to the same base letter in the source', () => {
    fc.assert(fc.property(anyText, (s) => {
      for (const p of normalize(s).paragraphs) {
        for (let i = 0; i < p.text.length; i++) {
          if (/[A-Za-z0-9]/u.test(p.text[i]!)) expect(base(s[p.map[i]!]!)).toBe(p.text[i]);
        }
      }
    }), { numRuns: 600 });
  });

  it('NFD, CRLF and old tone marks make no difference to the paragraphs', () => {
    fc.assert(fc.property(docArb, (doc) => {
      const plain = render(doc);
      const variant = plain.replace(/\n/gu, '\r\n').replace(/hóa/gu, 'hoá').replace(/Ủy/gu, 'Uỷ').normalize('NFD');
      expect(normalize(variant).paragraphs.map((p) => p.text)).toEqual(normalize(plain).paragraphs.map((p) => p.text));
    }), { numRuns: 150 });
  });
});

// Generated documents: paragraphs (items with markers and plain sentences), hard-wrapped at a
// width, laid out as PDF text (no blank lines, or a blank line after every line) or as web text
// (a blank line between paragraphs). De-wrapping must give back exactly the paragraphs.
const WORDS = ['các', 'cơ', 'quan', 'đơn', 'vị', 'tổ', 'chức', 'thực', 'hiện', 'nhiệm', 'vụ', 'được', 'giao,', 'bảo', 'đảm', 'tiến', 'độ',
  'chất', 'lượng;', 'rà', 'soát', 'văn', 'bản', 'hướng', 'dẫn', 'và', 'báo', 'cáo', 'kết', 'quả', 'về', 'Sở', 'Tài', 'chính,', 'Bộ',
  'Nội', 'vụ', 'Ủy', 'ban', 'nhân', 'dân', 'tỉnh', 'trước', 'ngày', 'hằng', 'tháng', 'hóa', 'thủy', 'lợi', 'quý', 'toàn', 'diện,',
  'phối', 'hợp', 'với', 'Nông', 'nghiệp', 'Môi', 'trường', 'kịp', 'thời', 'theo', 'quy', 'định', 'xã,', 'phường'];
const SUBJECTS = ['Sở Tài chính', 'Bộ Nội vụ', 'Ủy ban nhân dân các xã', 'Công an tỉnh', 'Các sở, ban, ngành', 'Văn phòng Ủy ban nhân dân tỉnh'];
const MARKERS = ['1. ', '2. ', '12. ', 'a) ', 'b) ', 'đ) ', '- ', '+ ', '(1) ', 'II. '];

interface Doc { paras: string[]; width: number; layout: 'flush' | 'double' | 'web' }

const paraArb = fc.tuple(fc.constantFrom('', ...MARKERS), fc.constantFrom(...SUBJECTS), fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 40 }))
  .map(([marker, subject, words]) => `${marker}${subject} ${words.join(' ').replace(/[,;]$/u, '')}.`);
const docArb: fc.Arbitrary<Doc> = fc.record({
  paras: fc.array(paraArb, { minLength: 5, maxLength: 12 }),
  width: fc.integer({ min: 55, max: 95 }),
  layout: fc.constantFrom('flush' as const, 'double' as const, 'web' as const),
});

function wrap(p: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of p.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

function render(doc: Doc): string {
  const blocks = doc.paras.map((p) => wrap(p, doc.width));
  if (doc.layout === 'flush') return blocks.flat().join('\n');
  if (doc.layout === 'double') return blocks.flat().join('\n\n');
  return blocks.map((b) => b.join('\n')).join('\n\n');
}

/**
 * The layout is judged on the document's own evidence: wrapped lines that go on in lower case.
 * A document with fewer than four of them gives no evidence (see isFlush / blankSeparates).
 */
function evidence(doc: Doc): number {
  let n = 0;
  for (const p of doc.paras) {
    const lines = wrap(p, doc.width);
    for (let i = 1; i < lines.length; i++) if (/^\p{Ll}/u.test(lines[i]!) && !/[.;:!?]$/u.test(lines[i - 1]!)) n++;
  }
  return n;
}

describe('de-wrapping generated documents', () => {
  it('gives back exactly the paragraphs, whatever the width and layout', () => {
    fc.assert(fc.property(docArb, (doc) => {
      fc.pre(evidence(doc) >= 4);
      expect(normalize(render(doc)).paragraphs.map((p) => p.text)).toEqual(doc.paras);
    }), { numRuns: 400, maxSkipsPerRun: 100 });
  });

  it('normalizing the paragraphs again, one per line, changes nothing', () => {
    fc.assert(fc.property(docArb, (doc) => {
      const once = normalize(render(doc)).paragraphs.map((p) => p.text);
      expect(normalize(once.join('\n')).paragraphs.map((p) => p.text)).toEqual(once);
    }), { numRuns: 200 });
  });
});
