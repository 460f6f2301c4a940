// Field-line rules (src/segment/fields.ts): each rule's examples run, and a made-up task block with
// field lines becomes one obligation with its lead, support and deadline.
import { describe, expect, it } from 'vitest';
import { FIELD_RULES, readField } from '../../src/segment/fields.js';
import { processSource } from '../../src/pipeline/index.js';

describe.each(FIELD_RULES)('$id', (rule) => {
  it.each(rule.examples.fires)('fires: %s', (line) => {
    expect(readField(line)?.rule).toBe(rule.id);
  });
  it.each(rule.examples.skips)('skips: %s', (line) => {
    expect(readField(line)?.rule).not.toBe(rule.id);
  });
});

describe('a task block with field lines', () => {
  const src = [
    'KẾ HOẠCH', 'Phát triển thương mại năm 2026', '', 'II. NHIỆM VỤ CỤ THỂ', '',
    '1. Xây dựng bản đồ số các chợ đầu mối trên địa bàn', '', '- Cơ quan chủ trì: Sở Công Thương.', '',
    '- Cơ quan phối hợp: Ủy ban nhân dân các xã.', '', '- Thời hạn hoàn thành: quý II/2026.', '',
    '2. Rà soát quy hoạch mạng lưới chợ nông thôn', '', 'Đơn vị chủ trì tham mưu thực hiện: Sở Xây dựng.', '',
    'Đơn vị phối hợp thực hiện: Sở Tài chính.', '', 'Thời gian thực hiện: tháng 9/2026.', '',
  ].join('\n');
  const r = processSource({ path: 'x.txt', text: src, sha256: '', bytes: src.length, encoding: 'utf-8' } as never);
  const view = r.obligations.map((o) => [o.text.replace(/^\d\.\s*/u, '').slice(0, 30), o.lead.map((b) => b.name), o.support.map((b) => b.name), o.deadline?.date ?? null]);

  it('gives one obligation per task, its fields read as lead, support and deadline', () => {
    expect(view).toEqual([
      ['Xây dựng bản đồ số các chợ đầu', ['Sở Công Thương'], ['Ủy ban nhân dân các xã'], '2026-06-30'],
      ['Rà soát quy hoạch mạng lưới ch', ['Sở Xây dựng'], ['Sở Tài chính'], '2026-09-30'],
    ]);
  });
});

describe('field lines after a list of dashes', () => {
  const run = (lines: string[]) => {
    const src = ['KẾ HOẠCH', 'Cải cách hành chính năm 2026', '', 'II. NHIỆM VỤ', '', ...lines].join('\n\n');
    const r = processSource({ path: 'x.txt', text: src, sha256: '', bytes: src.length, encoding: 'utf-8' } as never);
    return r.obligations.map((o) => [o.text.replace(/^-\s*/u, '').slice(0, 20), o.lead.map((b) => b.name)]);
  };

  it('name who does every dash of the list', () => {
    expect(run(['1. Nâng cao chất lượng thủ tục hành chính', '- Rà soát quy trình nội bộ các thủ tục.', '- Số hóa hồ sơ còn tồn đọng.', 'Đơn vị thực hiện: Sở Tư pháp.', 'Thời gian thực hiện: năm 2026.'])).toEqual([
      ['Rà soát quy trình nộ', ['Sở Tư pháp']],
      ['Số hóa hồ sơ còn tồn', ['Sở Tư pháp']],
    ]);
  });

  it('but each dash keeps its own where dashes carry fields one by one, and after the list', () => {
    expect(run(['1. Nâng cao chất lượng thủ tục hành chính', '- Rà soát quy trình nội bộ các thủ tục.', '- Số hóa hồ sơ còn tồn đọng.', 'Đơn vị thực hiện: Sở Tư pháp.', '- Tập huấn cán bộ một cửa.', 'Đơn vị chủ trì: Sở Nội vụ.'])).toEqual([
      ['Rà soát quy trình nộ', ['Sở Tư pháp']],
      ['Số hóa hồ sơ còn tồn', ['Sở Tư pháp']],
      ['Tập huấn cán bộ một ', ['Sở Nội vụ']],
    ]);
  });
});
