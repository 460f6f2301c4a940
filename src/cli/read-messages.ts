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
  [/^empty Word document\b/u, 'tệp Word rỗng (không có chữ)'],
  [/^old Word \.doc\b/u, 'tệp Word .doc kiểu cũ: hãy lưu lại thành .docx'],
  [/^RTF file\b/u, 'tệp RTF: hãy lưu lại thành .docx hoặc văn bản'],
  [/^no text layer\b/u, 'PDF không có lớp chữ (bản quét?): hãy nhận dạng chữ trước, ví dụ `ocrmypdf -l vie in.pdf out.pdf`'],
  [/^the text layer has no readable characters\b/u, 'lớp chữ của PDF không đọc được (phông không có bảng Unicode): hãy nhận dạng chữ OCR trước'],
  [/^encrypted PDF\b/u, 'PDF có mật khẩu: hãy lưu một bản không khóa'],
  [/^broken (or truncated )?PDF\b/u, 'tệp PDF bị hỏng hoặc bị cắt cụt'],
];

export function readReason(reason: string, lang: Lang): string {
  if (lang !== 'vi') return reason;
  return VI.find(([re]) => re.test(reason))?.[1] ?? reason;
}
