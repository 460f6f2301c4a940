// The words of `validate` for a person reading the text or GitHub report in Vietnamese. The JSON
// report stays in English: it is read by programs. zod's own messages come from its Vietnamese
// locale; the schema's and validate's own messages are translated here.
import { z } from 'zod';
import type { Lang } from '../emit/i18n.js';

const OWN: Record<string, string> = {
  'not a calendar date': 'không phải ngày có thật trên lịch',
  'expected an ISO date YYYY-MM-DD': 'cần ngày dạng YYYY-MM-DD',
  'span.end must not be before span.start': 'span.end không được trước span.start',
  'expected an RFC 5545 RRULE value such as FREQ=MONTHLY;BYMONTHDAY=25': 'cần một RRULE theo RFC 5545, ví dụ FREQ=MONTHLY;BYMONTHDAY=25',
  'missing (strict)': 'thiếu (--strict)',
  'duplicate id (strict)': 'mã trùng (--strict)',
  'empty lead (strict)': 'không có cơ quan chủ trì (--strict)',
};

const PREFIXES: [string, string][] = [
  ['not JSON or NDJSON (', 'không phải JSON hay NDJSON ('],
  ['not valid JSON (', 'không phải JSON hợp lệ ('],
];

/** A violation's reason in the reader's language; unknown reasons stay as they are. */
export function reasonIn(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  if (OWN[message]) return OWN[message];
  for (const [en, vi] of PREFIXES) if (message.startsWith(en)) return vi + message.slice(en.length);
  return message;
}

/** zod's error map for the language, or undefined for zod's English default. */
export function zodErrorMap(lang: Lang): z.core.$ZodErrorMap | undefined {
  return lang === 'vi' ? z.locales.vi().localeError : undefined;
}

export function pathIn(path: string, lang: Lang): string {
  if (lang === 'en') return path;
  return path.replace(/^line (\d+)/u, 'dòng $1').replace(/^\(root\)$/u, '(gốc)').replace(/^\(file\)$/u, '(tệp)');
}

export function checkedLine(checked: number, violations: number, lang: Lang): string {
  return lang === 'vi' ? `đã kiểm tra ${checked} văn bản, ${violations} vi phạm` : `${checked} document(s) checked, ${violations} violation(s)`;
}

export function noInputHint(lang: Lang): string {
  return lang === 'vi'
    ? 'nhiemvu: chưa có đầu vào: nêu tệp kết quả hoặc văn bản, hoặc chuyển kết quả qua ống dẫn (nhiemvu validate --help)'
    : 'nhiemvu: no input: give result files or documents, or pipe results in (nhiemvu validate --help)';
}
