// Obligations of documents written for the tests (fixtures/), checked against what each document
// plainly says: who leads, who coordinates, and by when. Other issuers and layouts than the seeds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processSource } from '../../src/pipeline/index.js';

const root = join(__dirname, '..', '..');
function extractFixture(name: string) {
  const text = readFileSync(join(root, 'fixtures', name), 'utf8');
  return processSource({ path: name, text, sha256: '0'.repeat(64), bytes: text.length, encoding: 'utf-8' });
}
const names = (bodies: { name: string }[]) => bodies.map((b) => b.name);

describe('Kế hoạch with "Cơ quan chủ trì / Thời gian hoàn thành" lines (fixture 03)', () => {
  const r = extractFixture('03_kh-hung-yen-so-hoa-ho-tich.txt');
  const byId = new Map(r.obligations.map((o) => [o.id, o]));

  it('takes nothing from "MỤC ĐÍCH, YÊU CẦU"', () => {
    expect(r.obligations.filter((o) => o.path[0] === 'I')).toEqual([]);
  });
  it('reads lead, support and deadline from the lines under each task', () => {
    const b = byId.get('II.1.b')!;
    expect(names(b.lead)).toEqual(['Sở Tư pháp']);
    expect(names(b.support)).toEqual(['Sở Tài chính']);
    expect(b.deadline).toMatchObject({ date: '2025-11-30', recurrence: null });
    expect(byId.get('II.1.a')!.deadline).toMatchObject({ date: '2025-10-31' });
    expect(byId.get('II.2.b')!.deadline).toMatchObject({ date: '2026-06-30' });
  });
  it('dates a task written as a paragraph under its heading by the line that follows it', () => {
    expect(byId.get('II.3.¶1')!.deadline).toMatchObject({ date: '2026-09-30' });
  });
  it('reads "X là cơ quan thường trực …; báo cáo … hằng quý": a standing role, and a quarterly report of X', () => {
    expect(names(byId.get('III.1')!.lead)).toEqual(['Sở Tư pháp']);
    expect(byId.get('III.1')!.deadline).toBeNull();
    const report = byId.get('III.1#2')!;
    expect(names(report.lead)).toEqual(['Sở Tư pháp']);
    expect(report.deadline).toMatchObject({ date: null, recurrence: 'quarterly' });
    expect(names(report.reportTo ?? [])).toEqual(['Ủy ban nhân dân tỉnh']);
  });
});

describe('Markdown task table (fixture 16)', () => {
  const r = extractFixture('16_kh-bo-nnmt-ung-pho-han-man-bang-markdown.txt');
  const rows = r.obligations.filter((o) => o.path[0] === 'PL');

  it('gives one obligation per task row, group rows excluded', () => {
    expect(rows.map((o) => o.id)).toEqual(['PL.1', 'PL.2', 'PL.3', 'PL.4', 'PL.5']);
  });
  it('takes who and when from the cells', () => {
    expect(names(rows[2]!.lead)).toEqual(['Cục Thủy lợi']);
    expect(names(rows[2]!.support)).toEqual(['Ủy ban nhân dân tỉnh Vĩnh Long', 'Ủy ban nhân dân tỉnh Đồng Tháp', 'Ủy ban nhân dân tỉnh Cà Mau', 'Ủy ban nhân dân tỉnh An Giang']);
    expect(rows[2]!.deadline).toMatchObject({ date: '2026-03-31' });
    expect(rows[3]!.deadline).toMatchObject({ date: '2026-03-31' });
    expect(rows[4]!.deadline).toBeNull();
    expect(rows[1]!.text).toContain('Cái Lớn | Cái Bé');
  });
  it('does not take the section heading in capitals as a task', () => {
    expect(r.obligations.some((o) => /^III$/u.test(o.id))).toBe(false);
  });
});

describe('every fixture', () => {
  const files = ['01_qd-kh-lao-cai-nuoc-sach.txt', '02_ct-gia-lai-phong-chay-rung.txt', '05_cv-tinh-uy-lam-dong.txt', '06_tb-ket-luan-tay-ninh.txt', '11_cv-an-giang-web-markdown.txt', '12_tb-son-la-pdf-phieu-chuyen.txt', '13_ct-can-tho-dau-cu-va-d-lap.txt'];
  it.each(files)('%s: obligations have leads and never come from the header, footer or stamp', (f) => {
    const r = extractFixture(f);
    expect(r.obligations.length).toBeGreaterThan(2);
    for (const o of r.obligations) {
      expect(o.lead.length, o.id).toBeGreaterThan(0);
      expect(o.text).not.toMatch(/^(?:Nơi nhận|Căn cứ|Kính gửi)|CỘNG HÒA XÃ HỘI|\.{5,}/u);
    }
  });
});

describe('footnotes', () => {
  it('stay with the obligation whose text calls them', () => {
    const text = readFileSync(join(root, 'seeds', '004_dfb016a19d2361ee.txt'), 'utf8');
    const r = processSource({ path: '004', text, sha256: '0'.repeat(64), bytes: text.length, encoding: 'utf-8' });
    const a = r.obligations.find((o) => o.id === '1.a')!;
    expect(a.notes).toHaveLength(1);
    expect(a.notes![0]).toMatch(/^Trong đó tập trung thực hiện các nhiệm vụ được giao tại/u);
    expect(a.text).not.toContain('¹');
    expect(r.obligations.find((o) => o.id === '1.c')!.notes).toBeUndefined();
  });
});
