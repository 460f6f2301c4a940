// The grammar of deadlines in Vietnamese administrative writing, as data. Every entry is a regular
// expression source over a working copy of the text in which markdown `*`/`_` became spaces, so
// `\s+` between words also absorbs stray emphasis. All are compiled with the `iu` flags.
//
// Three families:
//  - ATOMS: phrases that denote a point or a period of time (parsed by chrono custom parsers);
//  - LEFT / RIGHT context: what is written just before / after an atom decides whether it is a
//    deadline, a start, or a date given only as context;
//  - RECURRENCES: periodic reporting duties ("hằng tháng", "định kỳ 6 tháng").

import type { Recurrence } from './types.js';

import { WB, WE } from '../../util/text.js';

export { WB, WE };

const YEAR = '((?:19|20)\\d{2})';
const MONTH = '(0?[1-9]|1[0-2])';
const DAY = '(0?[1-9]|[12]\\d|3[01])';
const QUARTER = '(IV|I{1,3}|[1-4])';
const QUY = 'qu[ýí]'; // "Quí" is an old spelling still found in tables
const HANG = '(?:hằng|hàng|mỗi)';
/** Year tail after a month or quarter: "năm 2025", "/2025", "-2025", ".2025". */
const YEAR_TAIL = `(?:\\s*(?:,\\s*)?(?:năm|[/.\\-–])\\s*${YEAR})`;

// ---------------------------------------------------------------------------------------------
// ATOMS. `build` reads the match groups; the engine resolves missing years against the document date.

export type Part = 'đầu' | 'giữa' | 'cuối';

export type Spec =
  | { unit: 'day'; y: number | null; m: number; d: number }
  | { unit: 'month'; y: number | null; m: number }
  | { unit: 'quarter'; y: number | null; q: number }
  | { unit: 'half'; y: number | null; h: 1 | 2 }
  | { unit: 'year'; y: number | null } // null = "năm nay"
  | { unit: 'part'; part: Part; of: 'month' | 'year' | 'quarter'; y: number | null; m?: number; q?: number }
  | { unit: 'tet'; y: number | null; canChi: string | null; solar: boolean }
  | { unit: 'relative'; n: number; per: 'day' | 'workday' | 'week' | 'month' | 'year'; anchor: 'ref' | Spec | null }
  | { unit: 'recurDay'; recurrence: Recurrence }
  | { unit: 'period' }
  | { unit: 'range'; from: Spec; to: Spec };

export interface AtomRule {
  name: string;
  example: string;
  source: string;
  build(g: (string | undefined)[], text: string): Spec | null;
}

const num = (s: string | undefined): number | null => (s === undefined ? null : Number(s));

export function roman(s: string): number {
  const t = s.toUpperCase();
  return ({ I: 1, II: 2, III: 3, IV: 4 } as Record<string, number>)[t] ?? Number(t);
}

const NUMBER_WORDS: Record<string, number> = {
  'một': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9, 'mười': 10,
  'mười lăm': 15, 'hai mươi': 20, 'ba mươi': 30,
};
const COUNT = '(\\d{1,3}|một|hai|ba|bốn|sáu|bảy|tám|chín|mười lăm|mười|hai mươi|ba mươi)'; // not "năm": it is also "year"
export const countOf = (s: string): number => NUMBER_WORDS[s.toLowerCase()] ?? Number(s);

/** What "kể từ ngày …" counts from. Only the document itself (signing, issue) resolves to `ref`. */
const SELF_ANCHOR = `(?:(?:văn\\s+bản|quyết\\s+định|kế\\s+hoạch|chỉ\\s+thị|công\\s+văn|thông\\s+báo|nghị\\s+quyết|công\\s+điện|kết\\s+luận)\\s+này\\s+(?:được\\s+)?)?(?:ký\\s+ban\\s+hành|ký|ban\\s+hành)${WE}(?!\\s+(?:văn\\s+bản|quyết\\s+định|kế\\s+hoạch|thông\\s+tư|nghị\\s+định)(?!\\s+này))`;
const DATE_ANCHOR = `${DAY}(?:\\s*[/.\\-]\\s*|\\s+tháng\\s+)${MONTH}(?:\\s*[/.\\-]\\s*|\\s+năm\\s+)${YEAR}`;

export const ATOMS: AtomRule[] = [
  {
    name: 'relative period',
    example: 'trong thời hạn 30 ngày kể từ ngày ký; trong 03 tháng kể từ ngày ban hành; 15 ngày làm việc kể từ ngày nhận được',
    // The count and unit, then what it counts from: the document itself, an explicit date, or an
    // event we cannot date (receipt, entry into force) — the last keeps its text with date null.
    source: `${COUNT}\\s+(ngày\\s+làm\\s+việc|ngày|tuần|tháng|năm)${WE}\\s*,?\\s*(?:(?:kể\\s+)?từ\\s+(?:ngày|khi|thời\\s+điểm)\\s+(?:(${SELF_ANCHOR})|${DATE_ANCHOR}|((?:[\\p{L}\\p{N}]+\\s*){1,8})))?`,
    build(g) {
      const n = countOf(g[0]!);
      const unit = g[1]!.toLowerCase().replace(/\s+/g, ' ');
      const per = unit === 'ngày làm việc' ? 'workday' : unit === 'ngày' ? 'day' : unit === 'tuần' ? 'week' : unit === 'tháng' ? 'month' : 'year';
      if (!(n > 0 && n <= 400)) return null;
      let anchor: 'ref' | Spec | null = null;
      if (g[2]) anchor = 'ref';
      else if (g[3]) anchor = { unit: 'day', d: Number(g[3]), m: Number(g[4]), y: Number(g[5]) };
      // An undatable event (g[6]: "nhận được văn bản") leaves the anchor null; so does a bare
      // count, which the engine keeps only after "trong"/"chậm nhất".
      return { unit: 'relative', n, per, anchor };
    },
  },
  {
    name: 'day of a recurring month',
    example: 'ngày 25 hằng tháng; ngày 01 của tháng tiếp theo sau tháng kỳ báo cáo; ngày 20 tháng cuối quý',
    source: `ngày\\s+${DAY}\\s+(?:(?:của\\s+)?${HANG}\\s+(tuần|tháng|quý|năm)|(?:của\\s+)?tháng\\s+(?:tiếp\\s+theo|kế\\s+tiếp|sau)((?:\\s+(?:sau|của|tháng|kỳ|báo|cáo|cuối|cùng|đầu|quý))*)|(?:của\\s+)?tháng\\s+(?:đầu|cuối)(?:\\s+(?:tiên|cùng))?\\s+(?:của\\s+)?(?:${HANG}\\s+)?(quý|năm))`,
    build(g) {
      const unit = (g[1] ?? '').toLowerCase();
      if (unit) return { unit: 'recurDay', recurrence: unit === 'tuần' ? 'weekly' : unit === 'tháng' ? 'monthly' : unit === 'quý' ? 'quarterly' : 'yearly' };
      if (g[2] !== undefined) {
        // "…sau tháng cuối cùng của kỳ báo cáo" implies a period longer than a month: a quarter.
        return { unit: 'recurDay', recurrence: /cuối|quý/iu.test(g[2]) ? 'quarterly' : 'monthly' };
      }
      const of = (g[3] ?? '').toLowerCase();
      return { unit: 'recurDay', recurrence: of === 'quý' ? 'quarterly' : 'yearly' };
    },
  },
  {
    name: 'half year',
    example: '6 tháng đầu năm 2025; sáu tháng cuối năm',
    source: `(?:0?6|sáu)\\s+tháng\\s+(đầu|cuối)\\s+năm(?:\\s+${YEAR}|\\s+nay)?`,
    build: (g) => ({ unit: 'half', h: g[0]!.toLowerCase() === 'đầu' ? 1 : 2, y: num(g[1]) }),
  },
  {
    name: 'part of a month, quarter or year',
    example: 'cuối tháng 10; đầu tháng 11/2025; giữa tháng 6 năm 2026; cuối năm 2025; cuối quý IV/2025; cuối quý',
    source: `(đầu|giữa|cuối)\\s+(?:tháng\\s+${MONTH}${YEAR_TAIL}?|tháng(?:\\s+này)?(?![\\p{L}\\p{N}]|\\s+\\d)|${QUY}(?:\\s+${QUARTER}${WE}${YEAR_TAIL}?)?|năm(?!\\s+học)(?:\\s+${YEAR}|\\s+nay)?)${WE}`,
    build(g, text) {
      const part = g[0]!.toLowerCase() as Part;
      if (g[1]) return { unit: 'part', part, of: 'month', m: Number(g[1]), y: num(g[2]) };
      if (g[3]) return { unit: 'part', part, of: 'quarter', q: roman(g[3]), y: num(g[4]) };
      if (g[5]) return { unit: 'part', part, of: 'year', y: Number(g[5]) };
      // No number: the month, quarter or year of the document date.
      const of = /tháng/iu.test(text) ? 'month' : /qu[ýí]/iu.test(text) ? 'quarter' : 'year';
      return { unit: 'part', part, of, y: null };
    },
  },
  {
    name: 'month range',
    example: 'Tháng 11 - 12/2025; tháng 10 đến tháng 12 năm 2025',
    source: `tháng\\s+${MONTH}\\s*(?:-|–|đến|tới)\\s*(?:hết\\s+)?(?:tháng\\s+)?${MONTH}${YEAR_TAIL}`,
    build: (g) => (Number(g[1]) > Number(g[0]) ? { unit: 'month', m: Number(g[1]), y: Number(g[2]) } : null),
  },
  {
    name: 'month',
    example: 'tháng 9 năm 2025; tháng 02/2026; Tháng 12-2025; tháng 10',
    source: `tháng\\s+${MONTH}${WE}(?!\\s*[/.\\-]\\s*\\d{1,2}(?!\\d))${YEAR_TAIL}?`,
    build: (g) => ({ unit: 'month', m: Number(g[0]), y: num(g[1]) }),
  },
  {
    name: 'quarter range',
    example: 'quý III - IV/2025; quý III và quý IV năm 2025',
    source: `${QUY}\\s+${QUARTER}\\s*(?:-|–|đến|và)\\s*(?:${QUY}\\s+)?${QUARTER}${WE}${YEAR_TAIL}`,
    build: (g) => ({ unit: 'quarter', q: roman(g[1]!), y: Number(g[2]) }),
  },
  {
    name: 'quarter',
    example: 'quý IV năm 2025; Quý I/2026; quý 3; Quí IV-2025',
    source: `${QUY}\\s+${QUARTER}${WE}${YEAR_TAIL}?`,
    build: (g) => ({ unit: 'quarter', q: roman(g[0]!), y: num(g[1]) }),
  },
  {
    name: 'named period',
    example: 'năm học 2025 - 2026; đầu năm học; giai đoạn 2026 - 2030; nhiệm kỳ 2025-2030',
    // Periods a programme covers, never a deadline.
    source: `(?:(?:đầu|cuối)\\s+)?(?:năm\\s+học|niên\\s+khóa)(?:\\s+${YEAR}\\s*(?:-|–|đến)\\s*${YEAR})?${WE}|(?:giai\\s+đoạn|nhiệm\\s+kỳ|thời\\s+kỳ|kế\\s+hoạch\\s+5\\s+năm)\\s+${YEAR}\\s*(?:-|–|đến)\\s*${YEAR}`,
    build: () => ({ unit: 'period' }),
  },
  {
    name: 'year or year range',
    example: 'năm 2025; năm 2025 - 2026; năm nay',
    source: `năm\\s+(?:${YEAR}(?:\\s*(?:-|–|đến)\\s*${YEAR})?|nay)${WE}`,
    build(g) {
      if (!g[0]) return { unit: 'year', y: null };
      return { unit: 'year', y: Number(g[1] ?? g[0]) };
    },
  },
  {
    name: 'Tết',
    example: 'Tết Nguyên đán; Tết Nguyên đán Bính Ngọ 2026; Tết Dương lịch 2026',
    source: `Tết(?:\\s+(Dương\\s+lịch)|\\s+(?:Nguyên\\s+đán|Âm\\s+lịch|cổ\\s+truyền))?(?:\\s+(${'(?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)\\s+(?:tý|sửu|dần|mão|mẹo|thìn|tỵ|ngọ|mùi|thân|dậu|tuất|hợi)'}))?(?:\\s+(?:năm\\s+)?${YEAR})?${WE}`,
    build: (g) => ({ unit: 'tet', solar: g[0] !== undefined, canChi: g[1] ? g[1].toLowerCase().replace(/\s+/g, ' ').replace('mẹo', 'mão') : null, y: num(g[2]) }),
  },
  {
    name: 'day and month without "ngày", year optional, with dashes',
    example: '31-12-2025 is read by chrono; this adds "ngày 15-11" and "ngày 5.9" with the word ngày',
    source: `ngày\\s+${DAY}\\s*[\\-.]\\s*${MONTH}(?!\\s*[\\-./]\\s*\\d)${WE}`,
    build: (g) => ({ unit: 'day', d: Number(g[0]), m: Number(g[1]), y: null }),
  },
];

// ---------------------------------------------------------------------------------------------
// LEFT context: each source is matched against the text just before an atom and must end at it
// (the engine appends `$`). A named group `q` marks the words that belong to the deadline phrase.

export interface ContextRule { name: string; example: string; source: string; group?: 'cited' | 'law' | 'always' | 'narrative' | 'period' }

/** Words of completion that turn a following time into the last allowed day. */
const DONE = '(?:hoàn\\s+thành|hoàn\\s+tất|thực\\s+hiện\\s+xong|xong|kết\\s+thúc|hoàn\\s+thiện)';
/** Labels of a timing line or table column. */
/** "17 giờ", "17 giờ 00", "17h00" between a qualifier and "ngày". */
const TIME = '(?:\\s+\\d{1,2}\\s*(?:giờ|h)(?:\\s*\\d{1,2}(?:\\s*phút)?)?)?';
const LABEL = '(?:thời\\s+(?:gian|hạn)(?:\\s+(?:hoàn\\s+thành|thực\\s+hiện|báo\\s+cáo|gửi|nộp|trình|xong))?|hạn\\s+(?:chót|nộp|gửi|hoàn\\s+thành)|tiến\\s+độ(?:\\s+hoàn\\s+thành)?)\\s*:?';

export const STRONG_QUALIFIERS: ContextRule[] = [
  {
    name: 'chậm nhất',
    example: 'chậm nhất trước ngày 25; chậm nhất là ngày 30/9/2025; chậm nhất trong quý I/2026',
    source: `${WB}chậm\\s+nhất(?:\\s+(?:là|vào|trước|trong|đến|hết))*${TIME}(?:\\s+ngày)?\\s*`,
  },
  {
    name: 'completion verb with a preposition',
    example: 'hoàn thành trong năm 2025; xong trước ngày 15/11/2025; hoàn thành vào quý IV/2025',
    source: `${WB}${DONE}\\s+(?:trong|trước|vào|đến\\s+hết|đến|trong\\s+vòng|chậm\\s+nhất)(?:\\s+(?:ngày|dịp))?\\s*`,
  },
  {
    name: 'từ nay đến',
    example: 'từ nay đến ngày 31/12/2025; từ nay đến hết tháng 12 năm 2025',
    source: `${WB}(?:từ\\s+nay|từ\\s+bây\\s+giờ)\\s+(?:đến|tới)(?:\\s+hết)?(?:\\s+ngày)?\\s*`,
  },
  {
    name: 'trước',
    example: 'trước ngày 10/10/2025; Trước 17 giờ ngày 15/11; trước Tết Nguyên đán; trước quý III/2026',
    source: `${WB}(?:(?:phải|cần|được|sớm)\\s+)?trước${TIME}(?:\\s+ngày)?\\s*`,
  },
  {
    name: 'đến hết',
    example: 'đến hết năm 2026; đến hết ngày 31/12/2025; tới hết quý II',
    source: `${WB}(?:đến|tới)\\s+hết${TIME}(?:\\s+ngày)?\\s*`,
  },
  {
    name: 'trong',
    example: 'trong tháng 9 năm 2025; trong năm 2025; trong quý I/2026; trong ngày 20/12/2025; trong thời hạn 30 ngày',
    source: `${WB}trong(?:\\s+(?:thời\\s+hạn|thời\\s+gian|vòng|phạm\\s+vi|khoảng|hạn))?(?:\\s+(?:tối\\s+đa|không\\s+quá))?(?:\\s+ngày)?\\s*`,
  },
  {
    name: 'không quá / tối đa / sau tối đa',
    example: 'không quá 15 ngày kể từ ngày nhận; sau tối đa 05 ngày kể từ khi …',
    source: `${WB}(?:(?:sau|trong)\\s+)?(?:tối\\s+đa|không\\s+quá|không\\s+muộn\\s+hơn)(?:\\s+ngày)?\\s*`,
  },
  {
    name: 'timing label',
    example: 'Thời gian hoàn thành: Tháng 12/2025; Thời hạn: quý IV/2025; Tiến độ: năm 2026',
    source: `${WB}${LABEL}\\s*`,
  },
];

/** Words that make a date a deadline only when nothing marks it as narrative. */
export const WEAK_QUALIFIERS: ContextRule[] = [
  {
    name: 'vào / dịp (an event to finish by)',
    example: 'khánh thành vào ngày 19 tháng 12 năm 2025; dịp 19 tháng 12 năm 2025; vào kỳ chi trả tháng 12 năm 2025',
    source: `${WB}(?:(?:vào|nhân)(?:\\s+(?:ngày|dịp|đợt|kỳ(?:\\s+chi\\s+trả)?|đúng\\s+ngày))?|dịp(?:\\s+ngày)?|đúng\\s+ngày)\\s*`,
  },
  {
    name: 'bare completion verb',
    example: 'hoàn thành quý II/2026; xong tháng 12/2025 (but not "có kế hoạch hoàn thành năm 2025", which describes)',
    source: `${WB}(?<!(?:kế\\s+hoạch|dự\\s+kiến|phấn\\s+đấu|mục\\s+tiêu)\\s+)${DONE}(?:\\s+ngày)?\\s*`,
  },
  {
    name: 'đến ngày',
    example: 'thực hiện đến ngày 31/12/2025',
    source: `${WB}(?:đến|tới)(?:\\s+ngày)?\\s*`,
  },
];

/** Prefix that lets a timing label or a completion cue sit before the strong qualifier. */
export const LABEL_PREFIX = `${WB}${LABEL}\\s*`;

/** Contexts in which a date is only cited: the document, the law, the moment of counting. */
export const CONTEXT_LEFT: ContextRule[] = [
  {
    name: 'number of a cited document',
    group: 'cited',
    example: 'Kết luận số 47-KL/TW ngày 12 tháng 3 năm 2024; Kế hoạch số 18-KH/BCĐ, ngày 09/5/2023; Công văn 880/UBND-NC ngày',
    source: `(?:${WB}số\\s*)?[\\p{L}\\p{N}]*\\d[\\p{L}\\p{N}.&\\-]*/[\\p{L}\\p{N}.&/\\-]+\\s*(?:\\)\\s*)?,?\\s*(?:(?:được\\s+)?(?:ban\\s+hành|ký)\\s+)?(?:ngày\\s*)?`,
  },
  {
    name: 'type of a cited document',
    group: 'cited',
    example: 'tại Thông báo ngày 12/5/2025; Văn bản số 12 ngày 3/4/2025; Công điện ngày 20 tháng 11',
    source: `${WB}(?:nghị\\s+quyết|quyết\\s+định|chỉ\\s+thị|công\\s+văn|công\\s+điện|thông\\s+báo(?:\\s+kết\\s+luận)?|kết\\s+luận|kế\\s+hoạch|thông\\s+tư|nghị\\s+định|văn\\s+bản|tờ\\s+trình|hướng\\s+dẫn|quy\\s+định|báo\\s+cáo|biên\\s+bản)(?:\\s+(?:số\\s+)?\\d[\\p{L}\\p{N}./&\\-]*)?\\s*,?\\s*(?:ngày\\s*)?`,
  },
  {
    name: 'law named with its year',
    group: 'law',
    example: 'Luật Đất đai năm 2024; Bộ luật Dân sự năm 2015; Luật số 90/2025/QH15',
    source: `${WB}(?:luật|bộ\\s+luật|hiến\\s+pháp|pháp\\s+lệnh)(?:\\s+[\\p{L}]+){0,6}\\s*(?:ngày\\s*)?`,
  },
  {
    name: 'entry into force',
    group: 'always',
    example: 'có hiệu lực kể từ ngày 10 tháng 12 năm 2025; có hiệu lực thi hành từ ngày 01/01/2026',
    source: `${WB}(?:có|có\\s+hiệu\\s+lực|hiệu\\s+lực)(?:\\s+(?:hiệu\\s+lực|thi\\s+hành))*(?:\\s+(?:kể\\s+)?từ)?(?:\\s+ngày)?\\s*`,
  },
  {
    name: 'moment of counting',
    group: 'always',
    example: 'thời điểm 0h00 ngày 01 tháng 7 năm 2027; tại thời điểm ngày 30/6/2027',
    source: `${WB}thời\\s+điểm(?:\\s+[\\p{L}\\p{N}:]+){0,3}\\s*`,
  },
  {
    name: 'reported up to',
    group: 'always',
    example: 'tính đến ngày 30/9/2025; Tính đến hết năm 2024',
    source: `${WB}tính\\s+(?:đến|tới)(?:\\s+hết)?(?:\\s+ngày)?\\s*`,
  },
  {
    name: 'past event',
    group: 'narrative',
    example: 'đã tổ chức vào ngày 26/11/2025; được tổ chức ngày; vừa diễn ra ngày; vào các ngày 9, 10 tháng 9',
    source: `(?:${WB}(?:đã|vừa|đã\\s+được)\\s+(?:[\\p{L}\\p{N}]+\\s+){0,6}(?:vào\\s+)?(?:các\\s+)?(?:ngày\\s*)?|${WB}(?:vào\\s+)?các\\s+ngày\\s*:?[\\d,\\s]*(?:và\\s[\\d,\\s]*)*)`,
  },
  {
    name: 'meeting',
    group: 'narrative',
    example: 'tại Hội nghị ngày 26/11/2025; Phiên họp lần thứ 21 ngày 08/11/2025; cuộc họp ngày',
    // Without "vào": "tổ chức Hội nghị tổng kết vào ngày 15/01/2026" is a plan, not a citation.
    source: `${WB}(?:hội\\s+nghị|phiên\\s+họp|cuộc\\s+họp|buổi\\s+làm\\s+việc|họp)(?:\\s+(?!vào)[\\p{L}\\p{N}]+){0,5}\\s+(?:ngày\\s*)?`,
  },
  {
    name: 'target or indicator of a period',
    group: 'period',
    example: 'thực hiện tốt các mục tiêu, chỉ tiêu tăng trưởng của địa phương trong năm 2025',
    source: `${WB}(?:mục\\s+tiêu|chỉ\\s+tiêu)(?:,?\\s+[\\p{L}\\p{N}]+){0,8}?\\s+(?:trong\\s+)?(?:năm\\s*)?`,
  },
  {
    name: 'period reported on or budgeted',
    group: 'period',
    example: 'kết quả thực hiện năm 2025; số liệu quý III/2025; dự toán ngân sách năm 2026; GDP Quý IV năm 2025',
    source: `${WB}(?:kết\\s+quả|số\\s+liệu|tình\\s+hình|dự\\s+toán|ngân\\s+sách|quyết\\s+toán|kế\\s+hoạch|chỉ\\s+tiêu|tăng\\s+trưởng|GDP|thu|chi|vốn|lương|tổng\\s+kết|sơ\\s+kết|thực\\s+hiện|so\\s+với|cùng\\s+kỳ|đầu\\s+tư\\s+công|giao|của|còn\\s+lại)(?:\\s+(?:thực\\s+hiện|cả|của|năm|ngân\\s+sách|nhà\\s+nước|vốn|kỳ))*\\s*`,
  },
];

/** A start, not an end. */
export const START_LEFT: ContextRule[] = [
  {
    name: 'từ / kể từ / bắt đầu từ',
    example: 'từ ngày 01/7/2025; kể từ ngày 01/01/2026; bắt đầu từ tháng 11/2025; Từ tháng 11/2025 đến khi kết thúc',
    source: `${WB}(?:(?:kể|bắt\\s+đầu|ngay|áp\\s+dụng|triển\\s+khai|thực\\s+hiện)\\s+)?từ(?:\\s+(?:đầu|ngày))?\\s*`,
  },
  {
    name: 'sau',
    example: 'ngay sau Tết Nguyên đán; sau ngày 15/11/2025',
    source: `${WB}(?:ngay\\s+)?sau(?:\\s+ngày)?\\s*`,
  },
];

/** Right context that makes a target or a reported period out of what looks like a deadline. */
export const TARGET_RIGHT = `^\\s*[:,]?\\s*(?:cả\\s+nước|toàn\\s+(?:quốc|tỉnh|thành\\s+phố|ngành|huyện)|có\\s|đạt|phấn\\s+đấu|tỷ\\s+lệ|[≥≤>]|\\d|trên\\s+\\d|khoảng|tối\\s+thiểu|ít\\s+nhất|đã\\s|số\\s+lượng|đưa\\s|hình\\s+thành|trở\\s+thành|tầm\\s+nhìn)`;

/** "… ngày 02/9 đã diễn ra …": the event is over, the date is narrative. */
export const PAST_RIGHT = `^\\s*,?\\s*(?:đã|vừa)\\s`;

/** "từ X đến nay" — a past period. */
export const SINCE_RIGHT = `^\\s*(?:đến|tới)\\s+nay${WE}`;

/** Verbs that make an unqualified time a deadline when they head its clause ("trình Chính phủ quý IV/2025"). */
export const DELIVERY_VERBS = `${WB}(?:trình|ban\\s+hành|hoàn\\s+thành|hoàn\\s+thiện|gửi|nộp|báo\\s+cáo|xong|khánh\\s+thành|thông\\s+xe|đưa\\s+vào\\s+(?:sử\\s+dụng|khai\\s+thác|vận\\s+hành)|khởi\\s+công|tổ\\s+chức)${WE}`;

/** Words that make a time the subject of the clause rather than its due date. */
export const TARGET_LEFT = `${WB}(?:đến|tới|vào)(?:\\s+(?:cuối|hết))?\\s*`;

// ---------------------------------------------------------------------------------------------
// RECURRENCES

export interface RecurrenceRule { name: string; example: string; source: string; recurrence: Recurrence | ((g: (string | undefined)[]) => Recurrence); explicit?: boolean }

const unitRecurrence = (u: string): Recurrence =>
  ({ 'tuần': 'weekly', 'tháng': 'monthly', 'quý': 'quarterly', 'năm': 'yearly' } as Record<string, Recurrence>)[u.toLowerCase()] ?? 'yearly';

export const RECURRENCES: RecurrenceRule[] = [
  {
    name: 'định kỳ 6 tháng',
    example: 'định kỳ 6 tháng; định kỳ 06 tháng một lần; hằng 6 tháng',
    source: `(?:định\\s+kỳ|${HANG})\\s+(?:0?6|sáu)\\s+tháng(?!\\s+(?:đầu|cuối)\\s+năm)(?:\\s*(?:/\\s*|một\\s+|1\\s+)lần)?${WE}`,
    recurrence: 'semiannual',
    explicit: true,
  },
  {
    name: '6 tháng một lần',
    example: '06 tháng/lần; 6 tháng một lần',
    source: `(?:0?6|sáu)\\s+tháng\\s*(?:/\\s*|một\\s+|1\\s+)lần${WE}`,
    recurrence: 'semiannual',
    explicit: true,
  },
  {
    name: 'báo cáo 6 tháng',
    example: 'báo cáo 6 tháng và năm; báo cáo sơ kết 6 tháng',
    source: `báo\\s+cáo(?:\\s+(?:định\\s+kỳ|sơ\\s+kết|tổng\\s+hợp))?\\s+(?:0?6|sáu)\\s+tháng(?!\\s+(?:đầu|cuối)\\s+năm)${WE}`,
    recurrence: 'semiannual',
  },
  {
    name: 'định kỳ hằng <unit>',
    example: 'định kỳ hàng tháng; hằng quý; hàng năm; mỗi tuần',
    source: `(?:định\\s+kỳ\\s+)?${HANG}\\s+(tuần|tháng|quý|năm)${WE}`,
    recurrence: (g) => unitRecurrence(g[0]!),
  },
  {
    name: 'định kỳ <unit>',
    example: 'định kỳ tháng, quý; báo cáo định kỳ năm',
    source: `định\\s+kỳ\\s+(tuần|tháng|quý|năm)(?!\\s*\\d|\\s+(?:nay|học|tài\\s+chính))${WE}`,
    recurrence: (g) => unitRecurrence(g[0]!),
  },
  {
    name: 'báo cáo <unit>',
    example: 'báo cáo quý; báo cáo tháng; báo cáo năm',
    source: `báo\\s+cáo\\s+(tuần|tháng|quý|năm)(?!\\s*\\d|\\s+(?:nay|học|tài\\s+chính|I|II|III|IV)${WE})${WE}`,
    recurrence: (g) => unitRecurrence(g[0]!),
  },
];

/** A whole cell that is only "6 tháng" / "06 tháng": a half-yearly report in a task table. */
export const CELL_SEMIANNUAL = `^\\s*(?:0?6|sáu)\\s+tháng\\s*(?:[.;]\\s*)?$`;

/** Nouns that make "hằng năm" describe a thing rather than a duty to repeat ("kế hoạch hằng năm"). */
export const RECURRENCE_NOUN_LEFT = `${WB}(?:kế\\s+hoạch|dự\\s+toán|ngân\\s+sách|chỉ\\s+tiêu|kinh\\s+phí|lễ\\s+hội|chương\\s+trình|vốn|thu\\s+nhập|lương|sản\\s+lượng|tăng\\s+trưởng|bình\\s+quân|trung\\s+bình|thu|chi|lộ\\s+trình|trợ\\s+cấp|phụ\\s+cấp|nhiệm\\s+vụ)(?:\\s+[\\p{L}]+){0,2}\\s*$`;

/** What follows a recurrence that modifies the noun before it: "kế hoạch công tác hằng năm của Ban Chỉ
 * đạo", "chỉ tiêu hằng năm được giao", "nhiệm vụ hằng năm và cả giai đoạn". */
export const RECURRENCE_NOUN_RIGHT = `^\\s*(?:của${WE}|được\\s+(?:[\\p{L}]+\\s+){0,3}giao${WE}|(?:và|,)\\s+(?:cả\\s+)?(?:giai\\s+đoạn|trung\\s+hạn|dài\\s+hạn)${WE})`;

/** "kế hoạch trung hạn và hằng năm": a recurrence joined to an adjective of term describes a noun. */
export const RECURRENCE_TERM_LEFT = `${WB}(?:trung|dài|ngắn)\\s+hạn\\s*(?:và|,)\\s*$`;

/** Words that may join two days of one yearly schedule: "ngày 01/6 và 15/11". */
export const DAY_LIST_JOIN = `^\\s*(?:,|và|;)\\s*(?:ngày\\s*)?$`;
