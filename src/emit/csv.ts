// CSV: one row per obligation, RFC 4180, UTF-8 with a byte-order mark so Excel reads Vietnamese.
import type { Result } from '../schema/index.js';

export const CSV_COLUMNS = ['file', 'doc_number', 'doc_type', 'doc_date', 'id', 'lead', 'support', 'report_to', 'action', 'deadline_text', 'deadline_date', 'recurrence', 'line', 'text'] as const;

const cell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
};

export function csvHeader(): string {
  return '\uFEFF' + CSV_COLUMNS.join(',') + '\r\n';
}

export function csvRows(r: Result): string {
  return r.obligations
    .map((o) =>
      [
        r.source.path, r.document.number, r.document.type, r.document.date, o.id,
        o.lead.map((b) => b.name).join('; '), o.support.map((b) => b.name).join('; '), (o.reportTo ?? []).map((b) => b.name).join('; '),
        o.action, o.deadline?.text, o.deadline?.date, o.deadline?.recurrence, o.span.line, o.text,
      ].map(cell).join(',') + '\r\n',
    )
    .join('');
}
