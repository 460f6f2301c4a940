import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/read/xml.js';
import { Numbering, formatNumber } from '../../src/read/docx/numbering.js';
import { docxToText } from '../../src/read/docx.js';
import { join } from 'node:path';
import { decodeBytes, readSource } from '../../src/read/index.js';
import { extractDocument } from '../../src/pipeline/index.js';
import { storedZip } from './zip-helper.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const lvl = (i: number, fmt: string, text: string, start = 1) =>
  `<w:lvl w:ilvl="${i}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const NUMBERING = `<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}${lvl(1, 'decimal', '%1.%2.')}${lvl(2, 'lowerLetter', '%3)')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="1">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%2.')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="2">${lvl(0, 'decimal', 'Điều %1.')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="3">${lvl(0, 'bullet', '\uF0B7')}${lvl(1, 'bullet', '+')}</w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>
  <w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="6"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  <w:num w:numId="7"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="4"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Phần %1:"/></w:lvl></w:lvlOverride></w:num>
</w:numbering>`;

describe('docx numbering', () => {
  it('docx-num-format: decimal, roman, letters, zero-padded', () => {
    expect([formatNumber(4, 'upperRoman'), formatNumber(9, 'lowerRoman'), formatNumber(3, 'lowerLetter'), formatNumber(28, 'upperLetter'), formatNumber(7, 'decimalZero')]).toEqual(['IV', 'ix', 'c', 'BB', '07']);
  });
  it('docx-num-counter: levels, sub-levels, a deeper level restarting under a new item', () => {
    const n = new Numbering(parseXml(NUMBERING));
    const seq = [[1, 0], [1, 1], [1, 1], [1, 2], [1, 2], [1, 0], [1, 1], [1, 2]].map(([id, l]) => n.next(String(id), l!));
    expect(seq).toEqual(['1.', '1.1.', '1.2.', 'a)', 'b)', '2.', '2.1.', 'a)']);
  });
  it('roman headings with decimal items; "Điều %1."; bullets as "-" and "+"', () => {
    const n = new Numbering(parseXml(NUMBERING));
    expect([n.next('2', 0), n.next('2', 1), n.next('2', 1), n.next('2', 0), n.next('2', 1)]).toEqual(['I.', '1.', '2.', 'II.', '1.']);
    expect([n.next('3', 0), n.next('3', 0)]).toEqual(['Điều 1.', 'Điều 2.']);
    expect([n.next('4', 0), n.next('4', 1)]).toEqual(['-', '+']);
  });
  it('docx-num-override: another w:num of the same list goes on; a startOverride restarts; an override level replaces', () => {
    const n = new Numbering(parseXml(NUMBERING));
    expect([n.next('1', 0), n.next('1', 0), n.next('5', 0), n.next('6', 0), n.next('6', 0)]).toEqual(['1.', '2.', '3.', '1.', '2.']);
    expect([n.next('7', 0), n.next('7', 0)]).toEqual(['Phần 4:', 'Phần 5:']);
  });
  it('an unknown list or numId 0 gives no label', () => {
    const n = new Numbering(parseXml(NUMBERING));
    expect([n.next('99', 0), n.next('0', 0)]).toEqual([null, null]);
  });
});

const p = (text: string, opts: { num?: [number, number]; bold?: boolean; note?: number } = {}) =>
  `<w:p><w:pPr>${opts.num ? `<w:numPr><w:ilvl w:val="${opts.num[1]}"/><w:numId w:val="${opts.num[0]}"/></w:numPr>` : ''}</w:pPr>` +
  `<w:r>${opts.bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r>` +
  (opts.note ? `<w:r><w:footnoteReference w:id="${opts.note}"/></w:r>` : '') + '</w:p>';
const tc = (...paras: string[]) => `<w:tc>${paras.map((t) => p(t)).join('')}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

function docx(body: string, notes?: string): Buffer {
  const files: [string, string][] = [['word/document.xml', `<w:document ${W}><w:body>${body}</w:body></w:document>`], ['word/numbering.xml', NUMBERING]];
  if (notes) files.push(['word/footnotes.xml', `<w:footnotes ${W}>${notes}</w:footnotes>`]);
  return storedZip(files);
}

const HEADER = `<w:tbl>${tr(tc('ỦY BAN NHÂN DÂN', 'TỈNH HÀ TĨNH'), tc('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'))}${tr(tc('Số: 12/KH-UBND'), tc('Hà Tĩnh, ngày 3 tháng 3 năm 2026'))}</w:tbl>`;

describe('docx document', () => {
  it('reads the two-column header table column by column, numbering as labels, bold as **, footnotes as [n]', () => {
    const text = docxToText('x.docx', docx(
      HEADER + p('KẾ HOẠCH', { bold: true }) + p('Phòng cháy rừng năm 2026') +
      p('MỤC ĐÍCH', { num: [2, 0], bold: true }) + p('Bảo đảm an toàn', { num: [2, 1], note: 7 }),
      '<w:footnote w:type="separator" w:id="-1"><w:p/></w:footnote><w:footnote w:id="7">' + p('Theo Luật Lâm nghiệp.') + '</w:footnote>',
    ));
    expect(text.split('\n')).toEqual([
      'ỦY BAN NHÂN DÂN', 'TỈNH HÀ TĨNH', 'Số: 12/KH-UBND', '',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hà Tĩnh, ngày 3 tháng 3 năm 2026', '',
      '**KẾ HOẠCH**', '', 'Phòng cháy rừng năm 2026', '', 'I. **MỤC ĐÍCH**', '', '1. Bảo đảm an toàn[1]', '',
      '[1] Theo Luật Lâm nghiệp.', '',
    ]);
  });
  it('a task table becomes a pipe table that the task-table reader reads', async () => {
    const head = tr(tc('STT'), tc('Nhiệm vụ'), tc('Cơ quan chủ trì'), tc('Cơ quan phối hợp'), tc('Thời gian hoàn thành'));
    const row = tr(tc('1'), tc('Rà soát phương án chữa cháy rừng'), tc('Sở Nông nghiệp và Môi trường'), tc('Công an tỉnh'), tc('Trước ngày 30/6/2026'));
    const bytes = docx(HEADER + p('KẾ HOẠCH') + p('Phòng cháy rừng năm 2026') + p('Nhiệm vụ cụ thể như sau:') + `<w:tbl>${head}${row}</w:tbl>`);
    const text = docxToText('x.docx', bytes);
    expect(text).toContain('| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n| --- | --- | --- | --- | --- |\n| 1 | Rà soát phương án chữa cháy rừng | Sở Nông nghiệp và Môi trường | Công an tỉnh | Trước ngày 30/6/2026 |');
    const r = await extractDocument(await decodeBytes('x.docx', bytes));
    expect(r.document).toMatchObject({ type: 'ke-hoach', number: '12/KH-UBND', date: '2026-03-03' });
    const o = r.obligations.find((x) => /Rà soát phương án/u.test(x.text));
    expect(o?.lead.map((l) => l.name)).toEqual(['Sở Nông nghiệp và Môi trường']);
    expect(o?.deadline?.date).toBe('2026-06-30');
  });
  it('Word numbering gives the same ids as typed numbers', async () => {
    const typed = docx(HEADER + p('KẾ HOẠCH') + p('Phòng cháy rừng năm 2026') + p('1. Sở Nông nghiệp và Môi trường kiểm tra các vùng rừng trọng điểm trước ngày 30/6/2026.') + p('2. Công an tỉnh chủ trì tuần tra các khu rừng, hoàn thành trước ngày 15/7/2026.') + p('Nơi nhận:'));
    const auto = docx(HEADER + p('KẾ HOẠCH') + p('Phòng cháy rừng năm 2026') + p('Sở Nông nghiệp và Môi trường kiểm tra các vùng rừng trọng điểm trước ngày 30/6/2026.', { num: [1, 0] }) + p('Công an tỉnh chủ trì tuần tra các khu rừng, hoàn thành trước ngày 15/7/2026.', { num: [1, 0] }) + p('Nơi nhận:'));
    const ids = async (b: Buffer) => (await extractDocument(await decodeBytes('x.docx', b))).obligations.map((o) => [o.id, o.lead[0]?.name, o.deadline?.date]);
    expect(await ids(auto)).toEqual(await ids(typed));
    expect(await ids(typed)).toEqual([['1', 'Sở Nông nghiệp và Môi trường', '2026-06-30'], ['2', 'Công an tỉnh', '2026-07-15']]);
  });
});

describe('docx layouts of the header', () => {
  it('a header table with an empty spacer column is still read column by column', () => {
    const spacer = `<w:tbl>${tr(tc('ỦY BAN NHÂN DÂN', 'TỈNH HÀ TĨNH'), '<w:tc><w:p/></w:tc>', tc('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))}${tr(tc('Số: 12/KH-UBND'), '<w:tc><w:p/></w:tc>', tc('Hà Tĩnh, ngày 3 tháng 3 năm 2026'))}</w:tbl>`;
    expect(docxToText('x.docx', docx(spacer)).split('\n')).toEqual([
      'ỦY BAN NHÂN DÂN', 'TỈNH HÀ TĨNH', 'Số: 12/KH-UBND', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Hà Tĩnh, ngày 3 tháng 3 năm 2026', '',
    ]);
  });
  it('reads text boxes once (mc:Choice, not the VML fallback), before their anchor paragraph', () => {
    const box = (t: string) => `<w:txbxContent>${p(t)}</w:txbxContent>`;
    const anchored = `<w:p><w:r><mc:AlternateContent xmlns:mc="m"><mc:Choice Requires="wps"><w:drawing>${box('ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH')}</w:drawing></mc:Choice><mc:Fallback><w:pict>${box('ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH')}</w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Số: 12/KH-UBND</w:t></w:r></w:p>`;
    expect(docxToText('x.docx', docx(anchored))).toBe('ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\n\nSố: 12/KH-UBND\n');
  });
});

describe('numbering checked against LibreOffice', () => {
  it('the .docx labels are the ones LibreOffice printed into the .pdf', async () => {
    const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'formats');
    const docxText = (await readSource(join(dir, 'numbering-lists.docx'))).text;
    const pdfText = (await readSource(join(dir, 'numbering-lists.pdf'))).text;
    const labels = (t: string) => t.split('\n').filter(Boolean);
    expect(labels(docxText)).toEqual(['1. a', '2. b', '3. c', '3.1. d', '1. e', '2. f', '3. g']);
    expect(labels(pdfText)).toEqual(labels(docxText));
  });
});
