// XLSX (Office Open XML, ECMA-376) written by hand: two sheets — obligations (the CSV columns) and
// documents — with ids and numbers as text (a spreadsheet would turn "2.1" into a number), dates
// as real dates, a frozen header row and an autofilter. Inline strings keep the writer small.
import type { Result } from '../schema/index.js';
import { CSV_COLUMNS, rowValues } from './csv.js';
import { zip } from './zip.js';

type Cell = { t: 's'; v: string } | { t: 'n'; v: number } | { t: 'd'; v: string } | null;

const DATE_COLUMNS = new Set(['doc_date', 'deadline_date', 'deadline_next', 'date']);
const NUMBER_COLUMNS = new Set(['line', 'obligations']);

// XML 1.0 forbids most control characters; a stray one would make the whole file unreadable.
const xml = (s: string): string =>
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, '').replace(/[<>&"]/gu, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** Days since 1899-12-30, the serial date spreadsheets count in. */
export const serial = (iso: string): number => Math.round((Date.parse(iso + 'T00:00:00Z') - Date.UTC(1899, 11, 30)) / 86_400_000);

function colName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function typed(column: string, v: string | number | null): Cell {
  if (v === null || v === '') return null;
  if (DATE_COLUMNS.has(column) && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(v)) return { t: 'd', v };
  if (NUMBER_COLUMNS.has(column) && typeof v === 'number') return { t: 'n', v };
  return { t: 's', v: String(v).slice(0, 32_767) };
}

function cellXml(c: Cell, ref: string, header: boolean): string {
  if (!c) return '';
  if (c.t === 'n') return `<c r="${ref}"><v>${c.v}</v></c>`;
  if (c.t === 'd') return `<c r="${ref}" s="1"><v>${serial(c.v)}</v></c>`;
  return `<c r="${ref}" t="inlineStr"${header ? ' s="2"' : ''}><is><t xml:space="preserve">${xml(c.v)}</t></is></c>`;
}

export interface Sheet { name: string; columns: readonly string[]; rows: (string | number | null)[][]; widths: number[] }

function sheetXml(s: Sheet): string {
  const last = `${colName(s.columns.length - 1)}${s.rows.length + 1}`;
  const head = `<row r="1">${s.columns.map((c, i) => cellXml({ t: 's', v: c }, `${colName(i)}1`, true)).join('')}</row>`;
  const body = s.rows.map((r, k) => `<row r="${k + 2}">${r.map((v, i) => cellXml(typed(s.columns[i]!, v), `${colName(i)}${k + 2}`, false)).join('')}</row>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<cols>${s.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` +
    `<sheetData>${head}${body}</sheetData><autoFilter ref="A1:${last}"/></worksheet>`
  );
}

const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

function workbook(sheets: Sheet[]): { name: string; data: string }[] {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const filters = sheets.map((s, i) => `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${s.name}'!$A$1:$${colName(s.columns.length - 1)}$${s.rows.length + 1}</definedName>`).join('');
  return [
    { name: '[Content_Types].xml', data: head + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' + sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') + '</Types>' },
    { name: '_rels/.rels', data: head + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: 'xl/workbook.xml', data: head + `<workbook ${ns}><sheets>${sheets.map((s, i) => `<sheet name="${xml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets><definedNames>${filters}</definedNames></workbook>` },
    { name: 'xl/_rels/workbook.xml.rels', data: head + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="${rel}/styles" Target="styles.xml"/></Relationships>` },
    { name: 'xl/styles.xml', data: STYLES },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: sheetXml(s) })),
  ];
}

export function writeXlsx(sheets: Sheet[]): Buffer {
  return zip(workbook(sheets).map((e) => ({ name: e.name, data: Buffer.from(e.data, 'utf8') })));
}

export const DOCUMENT_COLUMNS = ['file', 'doc_number', 'doc_type', 'issuer', 'date', 'subject', 'signer', 'obligations', 'sha256'] as const;

const OBLIGATION_WIDTHS = [28, 16, 12, 11, 10, 30, 24, 16, 50, 24, 11, 11, 22, 11, 6, 60];
const DOCUMENT_WIDTHS = [28, 16, 12, 30, 11, 50, 24, 11, 20];

/** Collects the batch, then writes the workbook in one piece (a zip's directory comes last). */
export class XlsxBook {
  private obligations: (string | number | null)[][] = [];
  private documents: (string | number | null)[][] = [];

  /** byDeadline: obligation rows ordered by due day (date, else next) across the whole batch. */
  constructor(private readonly byDeadline = false) {}

  add(r: Result): void {
    for (const o of r.obligations) this.obligations.push(rowValues(r, o));
    const d = r.document;
    this.documents.push([r.source.path, d.number, d.type, d.issuer, d.date, d.subject, d.signer?.name ?? null, r.obligations.length, r.source.sha256]);
  }

  finish(): Buffer {
    if (this.byDeadline) {
      const [date, next] = [CSV_COLUMNS.indexOf('deadline_date'), CSV_COLUMNS.indexOf('deadline_next')];
      const due = (row: (string | number | null)[]) => String(row[date] ?? row[next] ?? '9999-99-99');
      this.obligations.sort((a, b) => due(a).localeCompare(due(b)));
    }
    return writeXlsx([
      { name: 'obligations', columns: CSV_COLUMNS, rows: this.obligations, widths: OBLIGATION_WIDTHS },
      { name: 'documents', columns: DOCUMENT_COLUMNS, rows: this.documents, widths: DOCUMENT_WIDTHS },
    ]);
  }
}
