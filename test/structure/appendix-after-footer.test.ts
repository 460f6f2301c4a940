// An appendix after the signature block ("Nơi nhận", "TM. …", the signer's name) starts a body
// again: its task table gives rows, whatever the title looks like. Made-up documents.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { findTaskTables } from '../../src/segment/tables.js';
import { ZONE_RULES } from '../../src/segment/index.js';
import { project, run } from './project.js';

const BODY = 'KẾ HOẠCH\nVề cấp nước sạch\n\n1. Sở Xây dựng rà soát hệ thống cấp nước.\n\n';
const FOOTER = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn An\n\n';
const TABLE = '| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Ghi chú |\n| --- | --- | --- | --- | --- | --- |\n| I | KIỂM TRA |  |  |  |  |\n| 1 | Kiểm tra chất lượng nước | Sở Y tế | Sở Xây dựng | Quý I/2026 |  |\n| 2 | Lập bản đồ nguồn nước | Sở Nông nghiệp và Môi trường |  | 2026 |  |\n';
const rows = (text: string) => project(run(text).seg).filter((l) => l.includes('[row]'));

describe('segment: an appendix after the footer', () => {
  it('a capitalised PHỤ LỤC title split over lines, the header row straight after its caption', () => {
    const r = rows(`${BODY}${FOOTER}PHỤ LỤC\nDANH MỤC NHIỆM VỤ\nCẤP NƯỚC SẠCH\n(Kèm theo Kế hoạch số 12/KH-UBND)\n\n${TABLE}`);
    expect(r).toEqual(['§PL/1 [row] Kiểm tra chất lượng nước', '§PL/2 [row] Lập bản đồ nguồn nước']);
  });

  it('a bold "Phụ lục 2" title in mixed case', () => {
    expect(rows(`${BODY}${FOOTER}**Phụ lục 2**\n\n**Danh mục nhiệm vụ năm 2026**\n\n${TABLE}`)).toHaveLength(2);
  });

  it('a "DANH MỤC NHIỆM VỤ" title alone', () => {
    expect(rows(`${BODY}${FOOTER}DANH MỤC NHIỆM VỤ NĂM 2026\n\n${TABLE}`)).toHaveLength(2);
  });

  it('a task table right after the signer, with no title at all', () => {
    expect(rows(`${BODY}${FOOTER}${TABLE}`)).toHaveLength(2);
  });

  it('must not: the addressee list and the signature stay footer; a non-task table after the footer gives no rows', () => {
    const text = `${BODY}${FOOTER}| STT | Họ và tên | Chức vụ |\n| --- | --- | --- |\n| 1 | Trần Văn Bình | Chuyên viên |\n`;
    const p = project(run(text).seg);
    expect(p).toEqual(['1 [num] Sở Xây dựng rà soát hệ']);
  });

  it('must not: a "Phụ lục …" sentence after the footer opens an appendix but makes no task of its own', () => {
    const p = project(run(`${BODY}${FOOTER}Phụ lục kèm theo được gửi qua hệ thống điện tử\n`).seg);
    // After the footer the only reading of a "Phụ lục …" line is an appendix title: it becomes a heading, not a task item.
    expect(p.filter((l) => l.includes('[row]') || l.includes('[num]'))).toEqual(['1 [num] Sở Xây dựng rà soát hệ']);
  });
});

describe('segment: pipe rows with empty cells', () => {
  it('an empty cell written "|  |" (two spaces) is a cell, not an escaped "\\|"', () => {
    const n = normalize(TABLE);
    const t = findTaskTables(n.paragraphs, n.lineStarts, n.source);
    expect(t).toHaveLength(1);
    expect(t[0]!.rows.map((r) => [r.label, r.lead?.text ?? null, r.support?.text ?? null, r.deadline?.text ?? null])).toEqual([
      ['1', 'Sở Y tế', 'Sở Xây dựng', 'Quý I/2026'],
      ['2', 'Sở Nông nghiệp và Môi trường', null, '2026'],
    ]);
  });

  it('must not: a real escaped pipe inside a cell stays inside it', () => {
    const n = normalize('| STT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành |\n| --- | --- | --- | --- |\n| 1 | Báo cáo A \\| B | Sở Y tế | 2026 |\n');
    const t = findTaskTables(n.paragraphs, n.lineStarts, n.source);
    expect(t[0]!.rows[0]!.task.text).toBe('Báo cáo A | B');
  });
});

describe.each(ZONE_RULES)('$id', (rule) => {
  const opened = (doc: string) => run(doc).seg.root.children.some((c) => c.kind !== 'footer' && c.kind !== 'preamble' && c.zone !== 'body');
  it.each(rule.examples.fires)('fires on %#', (doc) => expect(opened(doc)).toBe(true));
  it.each(rule.examples.skips)('skips %#', (doc) => expect(opened(doc)).toBe(false));
});
