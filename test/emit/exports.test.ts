// Issue 12, exports: CSV formula protection and the rrule/next columns, iCalendar (escaping,
// folding, stable UIDs, RRULE), Markdown, and the XLSX package's parts (read back independently
// in test/readers when openpyxl is installed).
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cell, CSV_COLUMNS, csvRows, protectCell } from '../../src/emit/csv.js';
import { escapeText, fold, icsEvents, icsHeader, uidOf } from '../../src/emit/ics.js';
import { renderMarkdown } from '../../src/emit/md.js';
import { serial, XlsxBook } from '../../src/emit/xlsx.js';
import { ob, result, sample } from './make.js';

/** The files of a zip, read with our own reading of the format (central directory first). */
function unzip(buf: Buffer): Map<string, string> {
  const files = new Map<string, string>();
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = buf.readUInt32LE(end + 16);
  for (let i = 0; i < buf.readUInt16LE(end + 10); i++) {
    const nameLen = buf.readUInt16LE(p + 28);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const off = buf.readUInt32LE(p + 42);
    const csize = buf.readUInt32LE(p + 20);
    const start = off + 30 + buf.readUInt16LE(off + 26) + buf.readUInt16LE(off + 28);
    files.set(name, inflateRawSync(buf.subarray(start, start + csize)).toString('utf8'));
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return files;
}

describe('CSV', () => {
  it('protects cells a spreadsheet would run as formulas (OWASP), quotes as RFC 4180 says', () => {
    for (const s of ['=1+1', '+84 912', '-Bộ Y tế', '@SUM(A1)', '\tx', '\rx']) expect(protectCell(s)).toBe(`'${s}`);
    for (const s of ['Bộ Y tế', '1.2', "'quoted", '-', '']) expect(protectCell(s)).toBe(s);
    expect(cell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(cell(12)).toBe('12');
    expect(cell(null)).toBe('');
  });

  it('carries deadline_rrule and deadline_next', () => {
    expect(CSV_COLUMNS).toContain('deadline_rrule');
    const row = csvRows(sample()).split('\r\n')[2]!;
    expect(row).toContain(',monthly,FREQ=MONTHLY;BYMONTHDAY=25,2025-11-25,12,');
  });
});

describe('iCalendar', () => {
  const ics = icsEvents(sample(), 'vi');
  it('an all-day event per dated obligation; a recurring one from its next day with its RRULE', () => {
    expect(ics.match(/BEGIN:VEVENT/gu)).toHaveLength(2); // the undated IV.1.1.1.-1 is left out
    expect(ics).toContain('DTSTART;VALUE=DATE:20251231\r\nDTEND;VALUE=DATE:20260101\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20251125\r\nDTEND;VALUE=DATE:20251126\r\nRRULE:FREQ=MONTHLY;BYMONTHDAY=25\r\n');
  });
  it('UIDs are stable (document number + id) and distinct', () => {
    const r = sample();
    expect(uidOf(r, r.obligations[0]!)).toBe(uidOf(result([ob('1')]), ob('1')));
    expect(uidOf(r, r.obligations[0]!)).not.toBe(uidOf(r, r.obligations[2]!));
    expect(icsEvents(sample(), 'vi')).toBe(ics);
  });
  it('escapes TEXT and folds lines at 75 octets without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const long = 'SUMMARY:' + 'Ủy ban nhân dân tỉnh '.repeat(10);
    const folded = fold(long);
    for (const l of folded.split('\r\n')) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(long);
    expect(icsHeader()).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:/u);
  });
});

describe('Markdown', () => {
  it('a heading per document and a pipe table, pipes in the text escaped', () => {
    const md = renderMarkdown(result([ob('1', { action: 'a | b' })]), 'vi');
    expect(md).toMatch(/^## 12\/UBND-VX · cong-van/u);
    expect(md).toContain('| Mã | Chủ trì (phối hợp) | Thời hạn | Nhiệm vụ |');
    expect(md).toContain('| 1 | Bộ Nội vụ (Ủy ban nhân dân tỉnh Nghệ An) | 2025-12-31 | a \\| b |');
  });
});

describe('XLSX package', () => {
  const book = new XlsxBook();
  book.add(sample());
  const files = unzip(book.finish());
  it('has a workbook with two sheets, styles and content types', () => {
    expect([...files.keys()].sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']);
    expect(files.get('xl/workbook.xml')).toContain('<sheet name="obligations" sheetId="1" r:id="rId1"/><sheet name="documents" sheetId="2" r:id="rId2"/>');
  });
  it('ids as text, dates as date serials with a date format, header frozen, autofilter', () => {
    const s = files.get('xl/worksheets/sheet1.xml')!;
    expect(s).toContain('<c r="E2" t="inlineStr"><is><t xml:space="preserve">1</t></is></c>');
    expect(s).toContain(`<c r="K2" s="1"><v>${serial('2025-12-31')}</v></c>`);
    expect(serial('2025-12-31')).toBe(46022);
    expect(s).toContain('state="frozen"');
    expect(s).toContain('<autoFilter ref="A1:P4"/>');
    expect(files.get('xl/styles.xml')).toContain('formatCode="yyyy-mm-dd"');
  });
});
