// The reader's reasons in Vietnamese. Matched by their opening words, so a reason reworded in
// src/read falls back to its English text rather than to a wrong translation.
import type { Lang } from '../emit/i18n.js';

const VI: [RegExp, string][] = [
  [/^no such file$/u, 'không có tệp này'],
  [/^permission denied$/u, 'không có quyền đọc'],
  [/^is a directory\b/u, 'là một thư mục (hãy nêu các tệp bên trong, ví dụ thu-muc/*.txt)'],
  [/^empty file$/u, 'tệp rỗng'],
  [/^no text \(only white space\)$/u, 'không có chữ (chỉ có khoảng trắng)'],
  [/^binary file\b/u, 'tệp nhị phân, không phải văn bản'],
  [/^not valid UTF-8\b/u, 'không phải văn bản UTF-8 hợp lệ (sai bảng mã? hãy lưu lại dạng UTF-8)'],
  [/^broken \.docx\b/u, 'tệp .docx bị hỏng'],
  [/^not a Word \.docx file\b/u, 'không phải tệp Word .docx'],
  [/^PDF has no text layer\b/u, 'PDF không có lớp chữ (bản quét? hãy nhận dạng chữ OCR trước)'],
  [/^PDF needs pdftotext\b/u, 'đọc PDF cần pdftotext (cài poppler-utils), hoặc đưa văn bản dạng chữ'],
];

export function readReason(reason: string, lang: Lang): string {
  if (lang !== 'vi') return reason;
  return VI.find(([re]) => re.test(reason))?.[1] ?? reason;
}
