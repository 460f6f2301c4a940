import { describe, expect, it } from 'vitest';
import { buildLines, layoutPages, type Piece } from '../../src/read/pdf-layout.js';

const P = (str: string, x: number, y: number, width = str.length * 6, size = 13): Piece => ({ str, x, y, width, size });
const page = (pieces: Piece[]) => ({ width: 595, height: 842, pieces });

describe('pdf-line / pdf-gap', () => {
  it('joins pieces on one baseline left to right, with a space where there is a gap', () => {
    const [l] = buildLines([P('trước', 150, 700, 30), P('Hoàn thành', 85, 700.4, 60)]);
    expect(l!.segs.map((s) => s.text)).toEqual(['Hoàn thành trước']);
  });
  it('splits a line at a gap over 2 em into two segments', () => {
    const [l] = buildLines([P('ỦY BAN NHÂN DÂN', 99, 773, 146), P('CỘNG HÒA XÃ HỘI', 287, 773, 200)]);
    expect(l!.segs.map((s) => s.text)).toEqual(['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI']);
  });
  it('does not split at the tab after a list label (a space piece fills the gap)', () => {
    const [l] = buildLines([P('1.', 113, 633, 10, 11), P(' ', 124, 633, 32, 11), P('Sở Nội vụ chủ trì', 156, 633, 100)]);
    expect(l!.segs.map((s) => s.text)).toEqual(['1. Sở Nội vụ chủ trì']);
  });
});

describe('pdf-columns', () => {
  it('reads a two-column header column by column', () => {
    const text = layoutPages([page([
      P('ỦY BAN NHÂN DÂN', 99, 773, 146), P('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 287, 773, 235),
      P('TỈNH HÀ TĨNH', 121, 755, 100), P('Độc lập - Tự do - Hạnh phúc', 312, 755, 184),
      P('Số: 215/UBND-NL', 111, 737, 121), P('Hà Tĩnh, ngày 12 tháng 5 năm 2026', 286, 737, 237),
      P('Kính gửi: Sở Nông nghiệp và Môi trường, Công an tỉnh và các cơ quan liên quan.', 85, 690, 450),
    ])]);
    expect(text.split('\n')).toEqual([
      'ỦY BAN NHÂN DÂN', 'TỈNH HÀ TĨNH', 'Số: 215/UBND-NL', '',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hà Tĩnh, ngày 12 tháng 5 năm 2026', '',
      'Kính gửi: Sở Nông nghiệp và Môi trường, Công an tỉnh và các cơ quan liên quan.', '',
    ]);
  });
  it('leaves a single-column page in its order', () => {
    const text = layoutPages([page([P('Dòng một của đoạn văn bản khá dài đến lề phải', 85, 700, 450), P('dòng hai.', 85, 685, 60)])]);
    expect(text).toBe('Dòng một của đoạn văn bản khá dài đến lề phải\ndòng hai.\n');
  });
});

describe('pdf-furniture', () => {
  it('drops page numbers and a running header repeated on every page', () => {
    const body = (s: string) => P(s, 85, 600, 450); // full lines: the paragraph runs on
    const text = layoutPages([
      page([P('BẢN DỰ THẢO 1', 250, 800, 100), body('đoạn văn chạy qua trang'), P('1', 297, 30, 6)]),
      page([P('BẢN DỰ THẢO 2', 250, 800, 100), P('- 2 -', 290, 810, 20), body('và tiếp tục ở trang sau.')]),
    ]);
    expect(text).toBe('đoạn văn chạy qua trang\nvà tiếp tục ở trang sau.\n');
  });
  it('keeps a number in the body of the page', () => {
    expect(layoutPages([page([P('2026', 85, 400, 30)])])).toBe('2026\n');
  });
});

describe('pdf-paragraph', () => {
  it('puts a blank line before an indented first line, not inside a paragraph', () => {
    const text = layoutPages([page([
      P('Dòng đầu của đoạn một rất dài kéo đến tận lề phải của trang giấy', 113, 700, 420),
      P('dòng tiếp theo của đoạn một cũng kéo dài đến tận lề phải trang', 85, 685, 448),
      P('Đoạn hai bắt đầu thụt vào đầu dòng như thường lệ.', 113, 670, 300),
    ])]);
    expect(text.split('\n')).toEqual([
      'Dòng đầu của đoạn một rất dài kéo đến tận lề phải của trang giấy',
      'dòng tiếp theo của đoạn một cũng kéo dài đến tận lề phải trang', '',
      'Đoạn hai bắt đầu thụt vào đầu dòng như thường lệ.', '',
    ]);
  });
});

describe('pdf-table', () => {
  const V = (x: number) => ({ x0: x - 0.25, y0: 600, x1: x + 0.25, y1: 700 });
  const H = (y: number) => ({ x0: 66, y0: y - 0.25, x1: 552, y1: y + 0.25 });
  const rules = [V(66), V(100), V(276), V(376), V(552), H(700), H(672), H(600)];
  it('reads a ruled table of four columns cell by cell into pipe rows, in the flow at its place', () => {
    const text = layoutPages([{ width: 595, height: 842, rules, pieces: [
      P('Các nhiệm vụ:', 85, 720, 80),
      P('STT', 70, 686, 20), P('Nhiệm vụ', 105, 686, 50), P('Cơ quan chủ trì', 280, 686, 80), P('Thời hạn', 380, 686, 50),
      P('1', 70, 658, 6), P('Rà soát phương án chữa', 105, 658, 150), P('cháy rừng', 105, 643, 60), P('Sở Nông nghiệp và', 280, 658, 95), P('Môi trường', 280, 643, 60), P('Quý II/2026', 380, 658, 60),
      P('Nơi nhận:', 85, 560, 60),
    ] }]);
    expect(text.split('\n')).toEqual([
      'Các nhiệm vụ:', '',
      '| STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |', '| --- | --- | --- | --- |',
      '| 1 | Rà soát phương án chữa cháy rừng | Sở Nông nghiệp và Môi trường | Quý II/2026 |', '',
      'Nơi nhận:', '',
    ]);
  });
  it('leaves a two-column ruled box to the text flow', () => {
    const text = layoutPages([{ width: 595, height: 842, rules: [V(66), V(300), V(552), H(700), H(600)], pieces: [P('Ô trái', 70, 650, 40), P('Ô phải', 310, 650, 40)] }]);
    expect(text).not.toMatch(/\|/u);
  });
});

describe('pdf-footnote', () => {
  it('writes a small raised number as a call [n], and the footnote low on the page as [n] …', () => {
    const text = layoutPages([page([
      P('Các trường đủ điều kiện đánh giá ngoài', 72, 708, 295), P('1', 367.6, 712.2, 4, 6.4), P(' ', 371.7, 712.2, 4, 6.4), P('hoàn thiện hồ sơ.', 376, 708, 100),
      P('1', 72, 105, 7, 11), P(' ', 79, 105, 4, 11), P('Trường đã tự đánh giá.', 83, 105, 150),
    ])]);
    expect(text).toBe('Các trường đủ điều kiện đánh giá ngoài[1] hoàn thiện hồ sơ.\n[1] Trường đã tự đánh giá.\n');
  });
  it('leaves a number in the body alone when nothing calls it', () => {
    expect(layoutPages([page([P('1 Trường đã tự đánh giá.', 72, 105, 150)])])).toBe('1 Trường đã tự đánh giá.\n');
  });
});

describe('pdf-header-split', () => {
  it('splits at the motto and the date line even when a long issuer leaves a gap under 2 em', () => {
    const text = layoutPages([page([
      P('BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN', 60, 773, 250), P('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 320, 773, 230),
      P('Số: 12/BNN-KH', 120, 755, 90), P('Hà Nội, ngày 3 tháng 3 năm 2026', 330, 755, 200),
      P('Kính gửi: các cơ quan, đơn vị thuộc Bộ và các địa phương có liên quan.', 85, 700, 450),
    ])]);
    expect(text.split('\n').slice(0, 6)).toEqual(['BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN', 'Số: 12/BNN-KH', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Hà Nội, ngày 3 tháng 3 năm 2026', '']);
  });
  it('does not split a sentence at "Độc lập" or a date phrase after an ordinary space', () => {
    const [l] = buildLines([P('Tinh thần', 85, 600, 55), P('Độc lập - Tự do', 142, 600, 90)]);
    expect(l!.segs).toHaveLength(1);
  });
});
