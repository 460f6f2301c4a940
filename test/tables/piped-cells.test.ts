// Flattened task tables whose source keeps its `|` lines (one cell per line between them): cells
// are placed by counting the pipes, so empty cells, cells wrapped over lines and rows without a
// number land in their columns. All examples are made up.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { findTaskTables, type TaskRow } from '../../src/segment/tables.js';
import { processSource } from '../../src/pipeline/index.js';

const cells = (r: TaskRow) => [r.label, r.task.text, r.lead?.text ?? null, r.support?.text ?? null, r.deadline?.text ?? null, r.group];
/** A flattened table: every cell on its own line(s), a `|` line after each, `|` `|` between rows. */
const flat = (rows: string[][]): string => rows.map((r) => `|\n${r.join('\n|\n')}\n|`).join('\n');
const tables = (src: string) => {
  const n = normalize(src);
  return findTaskTables(n.paragraphs, n.lineStarts, n.source);
};

const HEAD = ['STT', 'Nội dung thực hiện', 'Người đứng đầu chịu trách nhiệm', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn hoàn thành'];

describe('flattened table without an STT column', () => {
  const NO_STT = ['Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Tiến độ'];
  it('finds each row where the pipe count comes back to the first column, numbering rows in order', () => {
    const src = flat([NO_STT, ['HẠ TẦNG SỐ'], ['Nâng cấp mạng truyền số liệu', 'Sở Khoa học và Công nghệ', 'Các sở, ngành', 'Quý III/2026'],
      ['', 'Công an tỉnh', '', ''], ['Rà soát danh mục dịch vụ công', 'Văn phòng Ủy ban nhân dân tỉnh', '', 'Tháng 8/2026']]);
    const t = tables(src);
    expect(t).toHaveLength(1);
    expect(t[0]!.rows.map(cells)).toEqual([
      ['1', 'Nâng cấp mạng truyền số liệu', 'Sở Khoa học và Công nghệ; Công an tỉnh', 'Các sở, ngành', 'Quý III/2026', 'HẠ TẦNG SỐ'],
      ['2', 'Rà soát danh mục dịch vụ công', 'Văn phòng Ủy ban nhân dân tỉnh', null, 'Tháng 8/2026', 'HẠ TẦNG SỐ'],
    ]);
  });
  it('takes no table from such a header without pipe lines (nothing places the cells)', () => {
    expect(tables(`${NO_STT.join('\n\n')}\n\nNâng cấp mạng truyền số liệu\n\nSở Khoa học và Công nghệ\n\nCác sở, ngành\n\nQuý III/2026`)).toEqual([]);
  });
});

describe('flattened table with its pipe lines', () => {
  it('places an empty cell, a bare roman group row and a person column by counting pipes', () => {
    const src = flat([HEAD, ['I', 'CÔNG TÁC CHUẨN BỊ'], ['1', 'Lập danh mục kho lưu trữ', 'Giám đốc Sở Nội vụ', 'Sở Nội vụ', '', 'Quý II/2026'], ['2', 'Số hóa hồ sơ đất đai', 'Giám đốc Sở Nông nghiệp', 'Sở Nông nghiệp và Môi trường', 'Ủy ban nhân dân các xã', 'Tháng 9/2026']]);
    const t = tables(src);
    expect(t).toHaveLength(1);
    expect(t[0]!.rows.map(cells)).toEqual([
      ['1', 'Lập danh mục kho lưu trữ', 'Sở Nội vụ', null, 'Quý II/2026', 'I CÔNG TÁC CHUẨN BỊ'],
      ['2', 'Số hóa hồ sơ đất đai', 'Sở Nông nghiệp và Môi trường', 'Ủy ban nhân dân các xã', 'Tháng 9/2026', 'I CÔNG TÁC CHUẨN BỊ'],
    ]);
  });

  it('keeps a task cell wrapped over two lines in its column', () => {
    const src = flat([HEAD, ['1', 'Xây dựng cơ sở dữ liệu giá đất của\n05 xã ven biển', 'Giám đốc Sở Tài chính', 'Sở Tài chính', 'Các xã', 'Năm 2026']]);
    expect(tables(src)[0]!.rows.map((r) => [r.lead?.text, r.deadline?.text])).toEqual([['Sở Tài chính', 'Năm 2026']]);
  });

  it('adds a row without a number and without a task to the row above as a second lead', () => {
    const src = flat([HEAD, ['1', 'Kiểm tra an toàn hồ đập', 'Giám đốc Sở Xây dựng', 'Sở Xây dựng', 'Công an tỉnh', 'Tháng 6/2026'], ['', '', '', 'Ủy ban nhân dân các xã', '', '']]);
    const rows = tables(src)[0]!.rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.lead?.text).toBe('Sở Xây dựng; Ủy ban nhân dân các xã');
  });

  it('reads on past a row of dots where numbering restarts', () => {
    const src = flat([HEAD, ['1', 'Rà soát quy hoạch', 'Giám đốc Sở Xây dựng', 'Sở Xây dựng', 'Các xã', 'Quý I/2026'], ['…........'], ['1', 'Công bố quy hoạch', 'Giám đốc Sở Xây dựng', 'Sở Xây dựng', 'Các xã', 'Quý II/2026']]);
    expect(tables(src)[0]!.rows.map((r) => r.task.text)).toEqual(['Rà soát quy hoạch', 'Công bố quy hoạch']);
  });

  it('does not take a table without a task column', () => {
    expect(tables(flat([['STT', 'Địa điểm', 'Số mẫu'], ['1', 'Cửa sông A', '3']]))).toEqual([]);
  });
});

describe('a timing cell that holds only a year', () => {
  it('dates the row to the end of that year', () => {
    const src = `KẾ HOẠCH\nPhòng chống thiên tai\n${flat([['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'], ['1', 'Diễn tập cứu hộ trên sông', 'Sở Xây dựng', '2026']])}`;
    const r = processSource({ path: 'x.txt', text: src, sha256: '', bytes: src.length, encoding: 'utf-8' } as never);
    const o = r.obligations.find((x) => x.text.includes('Diễn tập cứu hộ'));
    expect(o?.deadline?.date).toBe('2026-12-31');
  });
});

describe('Markdown pipe rows split over several lines', () => {
  it('joins a row that opens with | and closes lines later', () => {
    const src = [
      '| STT | Tên nhiệm vụ | Cơ quan soạn thảo | Cơ quan phối hợp | Thời gian trình |',
      '|---|---|---|---|---|',
      '| 1 | Dự thảo Nghị quyết về phí thẩm định',
      'hồ sơ cấp phép xây dựng | Sở Xây dựng | Sở Tài chính | Tháng 7/2026 |',
      '| 2 | Dự thảo Quyết định về giá dịch vụ | Sở Y tế | Sở Tài chính | Tháng 8/2026 |',
    ].join('\n');
    expect(tables(src)[0]!.rows.map(cells)).toEqual([
      ['1', 'Dự thảo Nghị quyết về phí thẩm định hồ sơ cấp phép xây dựng', 'Sở Xây dựng', 'Sở Tài chính', 'Tháng 7/2026', null],
      ['2', 'Dự thảo Quyết định về giá dịch vụ', 'Sở Y tế', 'Sở Tài chính', 'Tháng 8/2026', null],
    ]);
  });

  it('leaves a line that opens with | but never closes as it is', () => {
    const src = '| STT | Tên nhiệm vụ | Cơ quan chủ trì | Thời hạn |\n|---|---|---|---|\n| 1 | Kiểm kê kho | Sở Tài chính | Quý I/2026 |\n| ghi chú rời';
    expect(tables(src)[0]!.rows).toHaveLength(1);
  });
});

describe('a pipe row without number or task', () => {
  it('adds its lead to the row above', () => {
    const src = '| STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |\n|---|---|---|---|\n| 1 | Kiểm tra đê điều | Sở Nông nghiệp và Môi trường | Tháng 5/2026 |\n| | | Ủy ban nhân dân các xã ven sông | |\n| 2 | Diễn tập cứu nạn | Công an tỉnh | Tháng 6/2026 |';
    expect(tables(src)[0]!.rows.map((r) => [r.label, r.lead?.text])).toEqual([
      ['1', 'Sở Nông nghiệp và Môi trường; Ủy ban nhân dân các xã ven sông'],
      ['2', 'Công an tỉnh'],
    ]);
  });
});

describe('columns found by their key word', () => {
  it('reads longer header wordings for lead, support and deadline', () => {
    const src = flat([['STT', 'Nội dung công việc', 'Đơn vị chủ trì tham mưu', 'Cơ quan, đơn vị phối hợp thực hiện', 'Thời gian dự kiến hoàn thành'], ['1', 'Tổng kết mô hình thí điểm', 'Sở Nội vụ', 'Các xã', 'Tháng 11/2026']]);
    expect(tables(src)[0]!.rows.map(cells)).toEqual([['1', 'Tổng kết mô hình thí điểm', 'Sở Nội vụ', 'Các xã', 'Tháng 11/2026', null]]);
  });
});

describe('a drafting programme glued to the trích yếu', () => {
  it('reads "Tên văn bản | Cơ quan soạn thảo | Thời hạn trình" rows even with no blank line above the table', () => {
    const src = 'ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 7/KH-UBND\n\nKẾ HOẠCH\nXây dựng văn bản quy phạm pháp luật năm 2026\n'
      + '| TT | Tên văn bản | Cơ quan soạn thảo | Cơ quan phối hợp | Thời hạn trình |\n|---|---|---|---|---|\n'
      + '| 1 | Quyết định quy định giá dịch vụ thu gom rác | Sở Nông nghiệp và Môi trường | Sở Tài chính | Tháng 5/2026 |\n'
      + '| 2 | Nghị quyết quy định mức chi tiếp khách | Sở Tài chính | Sở Tư pháp | Tháng 8/2026 |\n';
    const r = processSource({ path: 'x.txt', text: src, sha256: '', bytes: src.length, encoding: 'utf-8' } as never);
    expect(r.obligations.map((o) => [o.text, o.lead.map((l) => l.name), o.deadline?.date])).toEqual([
      ['Quyết định quy định giá dịch vụ thu gom rác', ['Sở Nông nghiệp và Môi trường'], '2026-05-31'],
      ['Nghị quyết quy định mức chi tiếp khách', ['Sở Tài chính'], '2026-08-31'],
    ]);
  });
});

describe('a pipe table header set over two rows', () => {
  it('reads "Chủ trì | Phối hợp" under a merged "Cơ quan thực hiện" cell as the lead and support columns', () => {
    const src = '| STT | Nội dung | Cơ quan thực hiện | | Thời hạn |\n|---|---|---|---|---|\n| | | Chủ trì | Phối hợp | |\n'
      + '| 1 | Kiểm tra an toàn hồ chứa nước | Sở Nông nghiệp và Môi trường | Công an tỉnh | Tháng 5/2026 |\n';
    const t = tables(src);
    expect(t).toHaveLength(1);
    expect(t[0]!.rows.map(cells)).toEqual([['1', 'Kiểm tra an toàn hồ chứa nước', 'Sở Nông nghiệp và Môi trường', 'Công an tỉnh', 'Tháng 5/2026', null]]);
  });
});

describe('task column named after projects', () => {
  it('reads "Tên nhiệm vụ/dự án" as the task column of a programme appendix', () => {
    const src = flat([['STT', 'Tên nhiệm vụ/dự án', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả dự kiến', 'Thời gian triển khai'],
      ['1', 'Xây dựng kho dữ liệu địa chính số', 'Sở Nông nghiệp và Môi trường', 'Các xã', 'Kho dữ liệu vận hành', '2027']]);
    expect(tables(src)[0]!.rows.map((r) => [r.task.text, r.lead?.text])).toEqual([['Xây dựng kho dữ liệu địa chính số', 'Sở Nông nghiệp và Môi trường']]);
  });
  it('still takes no header from a cell naming a project without a task word ("Dự án thành phần số 2")', () => {
    const src = flat([['STT', 'Dự án thành phần số 2', 'Cơ quan chủ trì', 'Thời hạn'], ['1', 'Đo đạc bản đồ', 'Sở Xây dựng', '2026']]);
    expect(tables(src)).toEqual([]);
  });
});

describe('table of proposals passed on for handling', () => {
  it('reads the proposal as the task and the body that takes it in as the lead', () => {
    const src = flat([['TT', 'Tỉnh kiến nghị', 'Nội dung kiến nghị', 'Cơ quan tiếp nhận, xử lý'],
      ['1', 'Sơn La', 'Đề nghị sớm hướng dẫn việc bố trí biên chế công chức cấp xã', 'Bộ Nội vụ']]);
    expect(tables(src)[0]!.rows.map((r) => [r.task.text, r.lead?.text])).toEqual([['Đề nghị sớm hướng dẫn việc bố trí biên chế công chức cấp xã', 'Bộ Nội vụ']]);
  });
  it('takes no table when nothing says who handles the proposal', () => {
    const src = flat([['TT', 'Tỉnh kiến nghị', 'Nội dung kiến nghị', 'Ghi chú'], ['1', 'Sơn La', 'Đề nghị sớm hướng dẫn việc bố trí biên chế', '']]);
    expect(tables(src)).toEqual([]);
  });
});
