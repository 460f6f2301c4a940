// Task tables (src/segment/tables.ts): dev doc 05's flattened Phụ lục, two hand-written fixtures
// (a flattened table and a Markdown pipe table), ordinary documents without tables, and a property.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize, type Paragraph } from '../../src/normalize/index.js';
import { findTaskTables, type TaskRow, type TaskTable } from '../../src/segment/tables.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const DEV05 = '/work/shared/dev/docs/05_kh-ubnd-617-dong-thap-chuyen-doi-so.txt';

function tablesOf(source: string): TaskTable[] {
  const n = normalize(source);
  return findTaskTables(n.paragraphs, n.lineStarts);
}

/** A row as plain strings: [label, task, lead, support, deadline, group]. */
const cells = (r: TaskRow) => [r.label, r.task.text, r.lead?.text ?? null, r.support?.text ?? null, r.deadline?.text ?? null, r.group];

/** Every cell's map points back at its own words in the source (markup and line breaks aside). */
function expectExactSpans(source: string, tables: TaskTable[]) {
  for (const t of tables) for (const r of t.rows) for (const c of [r.task, r.lead, r.support, r.deadline]) {
    if (!c) continue;
    const raw = source.slice(c.map[0]!, c.map[c.text.length - 1]! + 1);
    expect(raw.replace(/[\s*\\]/gu, '')).toBe(c.text.replace(/\s/gu, ''));
  }
}

describe.skipIf(!existsSync(DEV05))('dev doc 05 (Đồng Tháp 617/KH-UBND), flattened Phụ lục', () => {
  const source = existsSync(DEV05) ? readFileSync(DEV05, 'utf8') : '';
  const tables = tablesOf(source);

  it('finds one table of 11 tasks under 4 groups', () => {
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.rows;
    expect(rows.map((r) => r.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect([...new Set(rows.map((r) => r.group))]).toEqual([
      'I. NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY',
      'II. HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH HỖ TRỢ CHUYỂN ĐỔI SỐ DOANH NGHIỆP',
      'III. PHÁT TRIỂN HẠ TẦNG SỐ VÀ THÚC ĐẨY ỨNG DỤNG TRONG SẢN XUẤT KINH DOANH',
      'IV. HỢP TÁC VÀ THU HÚT ĐẦU TƯ',
    ]);
  });

  it('reads rows 3, 5 and 8 cell by cell', () => {
    const rows = tables[0]!.rows;
    expect(cells(rows[2]!)).toEqual([
      '3',
      'Biểu dương, tôn vinh, khen thưởng, khích lệ, động viên kịp thời bằng nhiều hình thức đa dạng cho các doanh nghiệp, tổ chức, cá nhân có thành tích trong chuyển đổi số.',
      'Sở Nội vụ',
      'Sở KH&CN; các cơ quan, đơn vị liên quan',
      'Thường xuyên, hằng năm',
      'I. NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY',
    ]);
    expect(cells(rows[4]!).slice(1, 5)).toEqual([
      'Hỗ trợ cho các doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh phát triển, kinh doanh trên môi trường số.',
      'Sở Công Thương',
      'UBND các xã, phường',
      'Quí IV-2025',
    ]);
    expect(cells(rows[7]!).slice(1, 5)).toEqual([
      'Xây dựng kế hoạch và triển khai hạ tầng 5G, IoT trong các khu công nghiệp, cụm công nghiệp.',
      'Sở KH&CN',
      'Ban Quản lý Khu kinh tế, Sở Công Thương, các doanh nghiệp viễn thông; các cơ quan, đơn vị liên quan',
      'Quí IV-2025',
    ]);
  });

  it('covers the header and the rows, and keeps spans exact', () => {
    const n = normalize(source);
    const t = tables[0]!;
    expect(n.paragraphs[t.start]!.text).toBe('STT');
    expect(t.end).toBe(n.paragraphs.length);
    expect(t.rows[0]!.task.line).toBe(315);
    expectExactSpans(source, tables);
  });
});

describe('fixture 15: flattened table (Nghệ An, cải cách hành chính)', () => {
  const source = readFileSync(FIXTURES + '15_kh-nghe-an-cai-cach-hanh-chinh-bang-nhiem-vu.txt', 'utf8');
  const tables = tablesOf(source);

  it('reads every row as written', () => {
    expect(tables).toHaveLength(1);
    const g1 = 'I. CẢI CÁCH THỂ CHẾ';
    const g2 = 'II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH';
    const g3 = 'III. HIỆN ĐẠI HÓA NỀN HÀNH CHÍNH';
    expect(tables[0]!.rows.map(cells)).toEqual([
      ['1', 'Rà soát, đề xuất sửa đổi các quyết định quy phạm pháp luật của Ủy ban nhân dân tỉnh không còn phù hợp với mô hình chính quyền địa phương hai cấp.', 'Sở Tư pháp', 'Các sở, ban, ngành tỉnh', 'Quý II/2026', g1],
      ['2', 'Kiểm tra việc thi hành pháp luật về xử lý vi phạm hành chính tại một số xã, phường.', 'Sở Tư pháp', 'UBND các xã, phường', 'Tháng 10/2026', g1],
      ['3', 'Công bố, công khai danh mục thủ tục hành chính được chuẩn hóa trên Cơ sở dữ liệu quốc gia về thủ tục hành chính.', 'Văn phòng UBND tỉnh', 'Các sở, ban, ngành tỉnh', 'Thường xuyên', g2],
      // The deadline cell is empty.
      ['4', 'Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính theo quy định.', 'Văn phòng UBND tỉnh', 'Các cơ quan, đơn vị liên quan', null, g2],
      // The task cell has "- " lines of its own, which the normalizer makes paragraphs.
      ['5', 'Đánh giá chất lượng giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh, gồm: - mức độ hài lòng của người dân; - tỷ lệ hồ sơ trễ hạn.', 'Văn phòng UBND tỉnh', 'Sở Nội vụ', 'Trước ngày 30/11/2026', g2],
      ['6', 'Duy trì, cập nhật Hệ thống quản lý văn bản và điều hành liên thông bốn cấp.', 'Sở KH&CN', 'Các sở, ban, ngành tỉnh; UBND các xã, phường', 'Năm 2026', g3],
      ['7', 'Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực.', 'UBND các xã, phường', 'Sở KH&CN; Văn phòng UBND tỉnh', 'Quý IV/2026', g3],
    ]);
  });

  it('covers only the appendix, and keeps spans exact', () => {
    const n = normalize(source);
    expect(n.paragraphs[tables[0]!.start]!.text).toBe('STT');
    expect(tables[0]!.end).toBe(n.paragraphs.length);
    expectExactSpans(source, tables);
  });
});

describe('fixture 16: Markdown pipe table (Bộ Nông nghiệp và Môi trường, hạn mặn)', () => {
  const source = readFileSync(FIXTURES + '16_kh-bo-nnmt-ung-pho-han-man-bang-markdown.txt', 'utf8');
  const tables = tablesOf(source);

  it('reads every row as written, empty cells as null', () => {
    expect(tables).toHaveLength(1);
    const g1 = 'I THEO DÕI, CẢNH BÁO';
    const g2 = 'II VẬN HÀNH CÔNG TRÌNH';
    expect(tables[0]!.rows.map(cells)).toEqual([
      ['1', 'Theo dõi chặt chẽ diễn biến mặn, cập nhật bản tin dự báo xâm nhập mặn hằng tuần', 'Cục Quản lý tài nguyên nước', 'Trung tâm Dự báo khí tượng thủy văn quốc gia', 'Hằng tuần đến hết tháng 5/2026', g1],
      // "\|" inside the cell is text, not a cell boundary.
      ['2', 'Cung cấp thông tin độ mặn theo giờ tại các cống lấy nước chính trên hệ thống Cái Lớn | Cái Bé', 'Cục Thủy lợi', 'Công ty TNHH MTV Khai thác thủy lợi miền Nam', 'Thường xuyên', g1],
      ['3', 'Vận hành các hệ thống thủy lợi trữ nước ngọt, ngăn mặn phù hợp với diễn biến triều', 'Cục Thủy lợi', 'Ủy ban nhân dân các tỉnh: Vĩnh Long, Đồng Tháp, Cà Mau, An Giang', 'Trước ngày 31/3/2026', g2],
      ['4', 'Hướng dẫn các địa phương lịch thời vụ gieo sạ vụ Hè Thu né mặn', 'Cục Trồng trọt và Bảo vệ thực vật', null, 'Tháng 3/2026', g2],
      ['5', 'Tổng hợp tình hình thiệt hại, đề xuất hỗ trợ kinh phí khắc phục hậu quả', 'Vụ Kế hoạch - Tài chính', 'Bộ Tài chính', null, g2],
    ]);
  });

  it('gives each row its own source line and keeps spans exact', () => {
    expect(tables[0]!.rows.map((r) => r.task.line)).toEqual([28, 29, 31, 32, 33]);
    const n = normalize(source);
    expect(n.paragraphs[tables[0]!.start]!.text).toMatch(/^\| STT \|/u);
    expect(n.paragraphs[tables[0]!.end]!.text).toBe('III. TỔ CHỨC THỰC HIỆN');
    expectExactSpans(source, tables);
  });
});

describe('hand-built paragraph lists', () => {
  let offset = 0;
  const P = (text: string): Paragraph => {
    const map = Array.from({ length: text.length + 1 }, (_, k) => offset + k);
    offset += text.length + 1;
    return { text, map, line: 1 };
  };

  it('puts a lone timing cell in the deadline column when the support cell is empty', () => {
    const t = findTaskTables(['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', '1 Lập danh mục dự án', 'Sở Tài chính', 'Quý III/2026', '2 Kiểm tra', 'Sở Xây dựng', 'Sở Tài chính', 'Tháng 9/2026'].map(P));
    expect(t[0]!.rows.map(cells)).toEqual([
      ['1', 'Lập danh mục dự án', 'Sở Tài chính', null, 'Quý III/2026', null],
      ['2', 'Kiểm tra', 'Sở Xây dựng', 'Sở Tài chính', 'Tháng 9/2026', null],
    ]);
  });

  it('takes a duration cell ("3 tháng …") for a cell, not for the next row', () => {
    const t = findTaskTables(['STT', 'Nội dung', 'Đơn vị thực hiện', 'Tiến độ', '1', 'Khảo sát hiện trạng', 'Sở Y tế', '2 tháng kể từ ngày ký', '2', 'Báo cáo kết quả', 'Sở Y tế', 'Tháng 12/2026'].map(P));
    expect(t[0]!.rows.map((r) => [r.label, r.task.text, r.deadline?.text])).toEqual([
      ['1', 'Khảo sát hiện trạng', '2 tháng kể từ ngày ký'],
      ['2', 'Báo cáo kết quả', 'Tháng 12/2026'],
    ]);
  });

  it('finds nothing in a field list or without a header', () => {
    expect(findTaskTables(['Cơ quan chủ trì: Sở Tài chính', 'Cơ quan phối hợp: Sở Nội vụ', 'Thời gian hoàn thành: Quý IV/2026'].map(P))).toEqual([]);
    expect(findTaskTables(['1', 'Rà soát', 'Sở Tư pháp', 'Quý II/2026'].map(P))).toEqual([]);
    expect(findTaskTables([])).toEqual([]);
  });
});

describe('ordinary documents have no task table', () => {
  const files = [
    ...readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => SEEDS + f),
    ...readdirSync(FIXTURES).filter((f) => f.endsWith('.txt') && !/^1[56]_/u.test(f)).map((f) => FIXTURES + f),
  ];
  it.each(files)('%s', (file) => {
    expect(tablesOf(readFileSync(file, 'utf8'))).toEqual([]);
  });
});

describe('findTaskTables on arbitrary paragraph lists', () => {
  const PIECES = ['STT', 'TT', 'Nhiệm vụ', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', 'Ghi chú', '|', ' | ', '\\|', '1', '2', '3 ', '12.', 'I.', 'II', 'NÂNG CAO', 'Sở X', 'Quý IV/2025', '(1) (2)', '-', ' ', ''];
  const text = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((xs) => xs.join('')),
    fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((xs) => `| ${xs.join(' | ')} |`),
  );
  // Well-formed maps, and maps of any length and order (a caller's mistake must not throw either).
  const goodPara = text.map((t): Paragraph => ({ text: t, map: Array.from({ length: t.length + 1 }, (_, k) => k * 2), line: 1 }));
  const badPara = fc.record({ text, map: fc.array(fc.integer({ min: -5, max: 50 }), { maxLength: 40 }), line: fc.integer() });

  it('never throws, and tables and rows stay inside the list', () => {
    fc.assert(fc.property(fc.array(fc.oneof(goodPara, goodPara, badPara), { maxLength: 40 }), fc.boolean(), (paras, withLines) => {
      const tables = findTaskTables(paras, withLines ? [0, 10, 20] : undefined);
      for (const t of tables) {
        expect(t.start).toBeGreaterThanOrEqual(0);
        expect(t.end).toBeGreaterThan(t.start);
        expect(t.end).toBeLessThanOrEqual(paras.length);
        expect(t.rows.length).toBeGreaterThan(0);
      }
    }), { numRuns: 500 });
  });
});
