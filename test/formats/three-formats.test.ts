// The same real document as .txt, as .docx (Word numbering from numbering.xml, header and signature
// in two-column tables) and as .pdf printed from that .docx: the same document fields, ids, leads
// and deadlines. Fixtures: fixtures/formats (built by make-formats.mjs, committed).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readSource } from '../../src/read/index.js';
import { extractDocument } from '../../src/pipeline/index.js';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'formats');

async function summary(file: string) {
  const r = await extractDocument(await readSource(join(dir, file)));
  return {
    document: r.document,
    obligations: r.obligations.map((o) => ({ id: o.id, lead: o.lead.map((l) => l.name), deadline: o.deadline && { date: o.deadline.date, recurrence: o.deadline.recurrence } })),
  };
}

// What each .txt gives, checked by reading the document (the numbers, dates and first leads).
// `has`: obligations that must be there, id (from the typed labels: Word's numbering must give the
// same) and first lead.
const DOCS: { name: string; number: string; type: string; date: string; count: number; has: [string, string][] }[] = [
  // 9: the heading "1. Giao người đứng đầu … các đơn vị sự nghiệp công lập …; Chủ tịch …" names bodies only
  // ("công lập" is no verb), so it is no obligation of its own; the closing formula "Đề nghị các cơ quan, đơn
  // vị khẩn trương triển khai, thực hiện./." is none either (gate/closing-formula).
  { name: 'cv-4240-ho-chi-minh-csdl-can-bo', number: '4240/UBND-VX', type: 'cong-van', date: '2025-11-28', count: 8, has: [['1.-1', 'Các cơ quan chuyên môn, cơ quan hành chính khác'], ['2.-1', 'Sở Nội vụ']] },
  { name: 'tb-659-vpcp-nghi-quyet-66', number: '659/TB-VPCP', type: 'thong-bao', date: '2025-11-29', count: 14, has: [['1', 'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ']] },
  { name: 'kh-159-can-tho-giam-ngheo', number: '159/KH-UBND', type: 'ke-hoach', date: '2025-11-19', count: 30, has: [['V.1.-1', 'Sở Nông nghiệp và Môi trường'], ['V.2.¶1', 'Sở Tài chính'], ['V.6.-4', 'Ủy ban nhân dân cấp xã']] },
  { name: 'kh-980-nghe-an-phong-thu-dan-su', number: '980/KH-UBND', type: 'ke-hoach', date: '2025-11-18', count: 32, has: [['IV.2', 'Bộ Chỉ huy Quân sự tỉnh'], ['IV.4', 'Sở Tài chính'], ['PL.1', 'Bộ Chỉ huy Quân sự tỉnh'], ['PL.18', 'Sở Nông nghiệp và Môi trường']] },
];

describe('three formats of one document', () => {
  for (const d of DOCS) {
    it(`${d.name}: .docx and .pdf read as the .txt does`, async () => {
      const txt = await summary(`${d.name}.txt`);
      expect(txt.document).toMatchObject({ number: d.number, type: d.type, date: d.date });
      expect(txt.obligations).toHaveLength(d.count);
      for (const [id, lead] of d.has) expect(txt.obligations.find((o) => o.id === id)?.lead[0]).toBe(lead);
      const docx = await summary(`${d.name}.docx`);
      expect(docx.document).toEqual(txt.document);
      expect(docx.obligations).toEqual(txt.obligations);
      const pdf = await summary(`${d.name}.pdf`);
      expect(pdf.document).toEqual(txt.document);
      expect(pdf.obligations).toEqual(txt.obligations);
    });
  }
});

describe('a ruled task table (the appendix of kh-980, 6 columns, over several pages)', () => {
  it('reads the same pipe rows from the .docx table and from the .pdf rules as the .txt has', async () => {
    const rows = async (ext: string) => (await readSource(join(dir, `kh-980-nghe-an-phong-thu-dan-su.${ext}`))).text.split('\n').filter((l) => l.startsWith('|'));
    const txt = await rows('txt');
    expect(txt).toHaveLength(24);
    expect(txt[2]).toBe('| I | KIỆN TOÀN VÀ HOÀN THIỆN CƠ CHẾ CHỈ ĐẠO, ĐIỀU HÀNH PHÒNG THỦ DÂN SỰ |  |  |  |  |');
    // The .docx keeps the header row's and group rows' bold.
    expect((await rows('docx')).map((l) => l.replace(/\*\*/gu, ''))).toEqual(txt);
    expect(await rows('pdf')).toEqual(txt);
  });
});
