// Item markers of Vietnamese administrative texts, as data. `rank` orders the kinds that nest
// inside one another when a document has not shown us its own order yet.
export interface MarkerKind { type: string; re: RegExp; rank: number; example: string }

export const MARKERS: MarkerKind[] = [
  { type: 'phan', re: /^(?:PHẦN|Phần)\s+([IVXLC]+|\d+|thứ \p{L}+)[.:]?\s*/u, rank: 1, example: 'Phần I. QUY ĐỊNH CHUNG' },
  { type: 'chuong', re: /^(?:CHƯƠNG|Chương)\s+([IVXLC]+|\d+)[.:]?\s*/u, rank: 2, example: 'Chương II' },
  { type: 'muc', re: /^(?:MỤC|Mục)\s+(\d+)[.:]?\s*/u, rank: 3, example: 'Mục 1. …' },
  // A reference wrapped to the start of a line ("… quy định tại⏎Điều 4 và các điều kiện …", "…⏎Điều 9
  // Nghị định số …") is no article: an article's title never opens in lower case or with a cited act.
  { type: 'dieu', re: /^(?:ĐIỀU|Điều)\s+(\d+[a-z]?)(?![\p{L}\p{N}])(?!\s+(?:\p{Ll}|(?:Luật|Bộ luật|Nghị định|Nghị quyết|Thông tư|Quyết định|Hiến pháp)(?![\p{L}])))\s*[.:]?\s*/u, rank: 4, example: 'Điều 3. Trách nhiệm của Sở Tài chính' },
  { type: 'roman', re: /^([IVXL]{1,6})[.)]\s*/u, rank: 5, example: 'III. NHIỆM VỤ, GIẢI PHÁP' },
  { type: 'ordinal', re: /^(Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))\s*[,:.]?\s*/u, rank: 6, example: 'Thứ nhất, các bộ, ngành …' },
  { type: 'num4', re: /^(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})\.?\s*/u, rank: 10, example: '1.2.3.4.' },
  { type: 'num3', re: /^(\d{1,3}\.\d{1,3}\.\d{1,3})\.?\s*/u, rank: 9, example: '1.3.1. Đề nghị …' },
  { type: 'num2', re: /^(\d{1,3}\.\d{1,3})\.?\s*/u, rank: 8, example: '1.2. Sở Tài chính' },
  { type: 'num', re: /^(\d{1,3})[.)]\s*/u, rank: 7, example: '1. Về thể chế:' },
  { type: 'letter', re: /^([a-zđ])\)\s*/u, rank: 11, example: 'a) Bộ Nội vụ …, đ) …' },
  { type: 'letterdot', re: /^([a-zđ])\.\s+/u, rank: 11, example: 'a. Tăng cường …' },
  // OCR reads "c)" as "©)": the letter c, lettered like its neighbours.
  { type: 'letter', re: /^(©)\)\s*/u, rank: 11, example: '©) Kiểm tra … (scanned "c)")' },
  { type: 'paren', re: /^\((\d{1,2})\)\.?\s*/u, rank: 12, example: '(1) Bộ Tài chính …' },
  { type: 'parenletter', re: /^\(([a-zđ])\)\s*/u, rank: 13, example: '(a) …' },
  { type: 'dash', re: /^([-–•·])\s*/u, rank: 14, example: '- Các bộ, ngành …' },
  { type: 'plus', re: /^(\+)\s*/u, rank: 15, example: '+ Sở Xây dựng: …' },
];

/** Markers that may stand alone on their line, the title on the next ("Chương I", "II." then "NHIỆM VỤ"). */
const STANDS_ALONE = new Set(['phan', 'chuong', 'muc', 'dieu', 'roman']);

/** Marker characters an OCR engine puts for a letter. */
const OCR_LABEL: Record<string, string> = { '©': 'c' };

export const LETTERS = 'abcdđefghiklmnopqrstuvxy';

export function matchMarker(text: string): { type: string; label: string; length: number } | null {
  for (const k of MARKERS) {
    const m = k.re.exec(text);
    // A chapter or article label may stand alone ("Chương I" above its title).
    if (m && (m[0].length < text.length || STANDS_ALONE.has(k.type))) return { type: k.type, label: OCR_LABEL[m[1]!] ?? m[1]!, length: m[0].length };
  }
  return null;
}

export const rankOf = (type: string): number => MARKERS.find((k) => k.type === type)?.rank ?? 99;
