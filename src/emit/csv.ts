// CSV: one row per obligation, RFC 4180, UTF-8 with a byte-order mark so Excel reads Vietnamese.
// A cell that starts with = + - @ or a tab/CR is prefixed with an apostrophe, as OWASP's
// CSV-injection advice says: a spreadsheet would otherwise run it as a formula ("- Bộ Y tế …"
// becomes #NAME?, "=HYPERLINK(…)" a live link). Scripts that need the raw value strip one leading
// apostrophe from such cells; --format json and xlsx carry the values untouched.
import type { Result } from '../schema/index.js';

export const CSV_COLUMNS = [
  'file', 'doc_number', 'doc_type', 'doc_date', 'id', 'lead', 'support', 'report_to', 'action',
  'deadline_text', 'deadline_date', 'recurrence', 'deadline_rrule', 'deadline_next', 'line', 'text',
] as const;

// A lone "-" (standard input's name, an empty cell's dash) is no formula and stays as it is.
const FORMULA_START = /^[=+\-@\t\r]./su;

export function protectCell(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

export const cell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : protectCell(String(v));
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
};

export function csvHeader(): string {
  return '\uFEFF' + CSV_COLUMNS.join(',') + '\r\n';
}

const joinNames = (bs: { name: string }[] | undefined) => (bs ?? []).map((b) => b.name).join('; ');

/** The values of one row, in CSV_COLUMNS order; the XLSX sheet uses the same. */
export function rowValues(r: Result, o: Result['obligations'][number]): (string | number | null)[] {
  const d = o.deadline;
  return [
    r.source.path, r.document.number, r.document.type, r.document.date, o.id,
    joinNames(o.lead), joinNames(o.support), joinNames(o.reportTo),
    o.action, d?.text ?? null, d?.date ?? null, d?.recurrence ?? null, d?.rrule ?? null, d?.next ?? null, o.span.line, o.text,
  ];
}

export function csvRows(r: Result): string {
  return r.obligations.map((o) => rowValues(r, o).map(cell).join(',') + '\r\n').join('');
}
