// Line-level rules of the normalizer, as data. Each entry says what it recognizes and why it is noise.

/** Character replacements applied one code point at a time (the source map stays exact). */
export const CHAR_FIX: Record<string, string> = {
  '\t': ' ', '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u3000': ' ',
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-', '\u2010': '-', '\u2011': '-',
  '\u200B': '', '\u200C': '', '\u200D': '', '\uFEFF': '', '\u00AD': '',
};

/** Markdown left by web-page converters: emphasis runs and escapes. Removed; emphasis is read
 * again from the source by the segmenter (remark-parse), so nothing is lost. */
export const MARKDOWN_NOISE = /\*+|_{2,}|\\(?=[\\[\]*_|.()#+-])/gu;

/** Footnote markers inside running text: `¹`, `²³`, `[1]`. */
export const FOOTNOTE_MARK = /(?<=\S)(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,3}\])/gu;
/** A line that opens a footnote body. */
export const FOOTNOTE_BODY = /^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,3}\])\s*\S/u;

export interface NoiseRule { code: string; re: RegExp; why: string }

/** A received-stamp field with a dotted fill ("Số: .......2642"); one `\s*` before an optional colon, so a
 * run of spaces has one reading. */
const DOTTED_FIELD = /^(?:Số|Ngày|Chuyển|Số và ký hiệu HS|Lưu hồ sơ số)\s*(?::\s*)?\.{3,}/u;

/** Lines that are never running text, wherever they stand. */
export const NOISE_LINES: NoiseRule[] = [
  { code: 'page-number', re: /^(?:-\s*)?\d{1,3}(?:\s*-)?$/u, why: 'a bare page number ("12", "- 3 -")' },
  { code: 'page-number', re: /^Trang\s+\d+(?:\s*\/\s*\d+)?$/iu, why: 'a page footer ("Trang 2/5")' },
  { code: 'page-break', re: /^(?:-{2,}\s*)?(?:page|trang)\s*break(?:\s*-{2,})?$|^\f$/iu, why: 'an OCR page-break marker' },
  { code: 'separator', re: /^(?:[|*]+|[-=_*~.|\s]{3,})$/u, why: 'a rule, a table pipe or a star under the issuer ("-------", "|", "*")' },
  { code: 'signature-mark', re: /^[Xx]$/u, why: 'the signature mark left by PDF extraction' },
  { code: 'portal-stamp', re: /C[ỔÔO]NG THÔNG TIN ĐIỆN TỬ/u, why: 'a web-portal receipt stamp ("CÔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ")' },
  { code: 'portal-stamp', re: /^(?:ĐIỀU\s+)?(?:Giờ|Ngày)\s*:[\d/.:\s]*$/u, why: 'a stamp field ("Ngày: 14/03/2026", "Giờ:")' },
  { code: 'portal-stamp', re: /^[A-ZĐ]{2,8}\s*\(\d{1,3}\)$/u, why: 'a routing code with a copy count ("VT (3)")' },
  { code: 'routing-slip', re: DOTTED_FIELD, why: 'a received-stamp field with a dotted fill ("Số: .......2642")' },
];

/** Lines that open a received-stamp / routing-slip block; the short lines after them are part of it. */
export const ROUTING_SLIP_START: RegExp[] = [
  // "Ngày: ....21/12/2025ĐẾN", "ĐẾN Số: ......845". Read from the line start up to the first run of five
  // dots, then once to the end: `\.{5,}.*ĐẾN$` searched from every dot and rescanned the line each time.
  /^(?:[^.]|\.(?!\.{4}))*\.{5}.*ĐẾN$|^ĐẾN(?:\s+Số\s*:.*)?$/u,
  DOTTED_FIELD,
  // any short field with a long dotted fill and a handwritten number: the fill's run of dots starts within
  // the first 30 characters (the prefix ends on a non-dot, so the run is split one way only)
  /^(?:.{0,29}[^.\n\r\u2028\u2029])?\.{8,}\s*[\d/]+\s*$/u,
  /^ĐƠN VỊ\s+CHỦ/u, // the routing table's header "ĐƠN VỊ CHỦ TRÌ THAM GIA"
];

/** Header lines that PDF extraction sometimes drops in the middle of the text. */
export const HEADER_LINES: RegExp[] = [
  /^ĐẢNG CỘNG SẢN VIỆT NAM$/u,
  /^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/u,
  /^CỘNG HÒA XÃ HỘI$/u, // the motto's first line, wrapped by a web page's table cell
  /^CHỦ NGHĨA VIỆT NAM$/u,
  /^Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc$/u,
  /^[\p{Lu}][\p{L} .]{1,30},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\.?$/u,
];

/** Start of a structural item: a new paragraph always begins here. */
export const ITEM_START = new RegExp(
  [
    String.raw`^(?:PHẦN|Phần|CHƯƠNG|Chương|MỤC|Mục|ĐIỀU|Điều)\s+[\dIVXLC]+\b`,
    String.raw`^[IVXL]{1,5}[.)]\s`,
    String.raw`^\d{1,3}[.)]\s+\S`,
    String.raw`^\d{1,3}(?:\.\d{1,3}){1,3}\.?\s+\S`,
    String.raw`^\d{1,3}(?:\.\d{1,3}){1,3}\.?$`,
    String.raw`^[a-zđ][.)]\s`,
    String.raw`^\((?:\d{1,2}|[a-zđ]|[ivx]{1,4})\)\.?\s`,
    String.raw`^[-+•–·]\s*`,
    String.raw`^Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\b`,
    String.raw`^(?:Nơi nhận|Kính gửi|Căn cứ|Đồng kính gửi|TM\.|KT\.|TL\.|TUQ\.|Q\.)`,
  ].join('|'),
  'u',
);

/** A line that is only a label and must be joined to what follows ("Điều" / "13. …", "-" / text). */
export const LABEL_ONLY = /^(?:Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN|[-+•]|\d{1,3}(?:\.\d{1,3}){0,3}\.?|\d{1,3}\)|[a-zđ]\)|\(\d{1,2}\))$/u;
