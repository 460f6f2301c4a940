// The kind of a time phrase — the last day allowed (deadline), a start, or only context — decided by
// an ordered list of rules over the words around it. The first rule that answers decides; when none
// does, the phrase is context. The word tables themselves are in patterns.ts.
import { defineRule, type Rule } from '../../core/rule.js';
import {
  CELL_SEMIANNUAL, CONTEXT_LEFT, DAY_LIST_JOIN, DELIVERY_VERBS, LABEL_PREFIX, PAST_RIGHT, RECURRENCE_NOUN_LEFT, RECURRENCE_NOUN_RIGHT, RECURRENCE_TERM_LEFT, SINCE_RIGHT,
  START_LEFT, STRONG_QUALIFIERS, TARGET_LEFT, TARGET_RIGHT, WEAK_QUALIFIERS, type ContextRule, type Spec,
} from './patterns.js';

interface LeftRule { name: string; re: RegExp }
const atEnd = (rules: ContextRule[]): LeftRule[] => rules.map((r) => ({ name: r.name, re: new RegExp(`(?:${r.source})$`, 'iu') }));

export const STRONG = atEnd(STRONG_QUALIFIERS);
const WEAK = atEnd(WEAK_QUALIFIERS);
const contextGroup = (g: ContextRule['group']): LeftRule[] => atEnd(CONTEXT_LEFT.filter((r) => r.group === g));
const CITED = contextGroup('cited');
const LAW = contextGroup('law');
const ALWAYS_CONTEXT = contextGroup('always');
const NARRATIVE = contextGroup('narrative');
const PERIOD_NOUN = contextGroup('period');
const START = atEnd(START_LEFT);
export const LABEL_END = new RegExp(`(?:${LABEL_PREFIX})$`, 'iu');
const TARGET_L = new RegExp(`(?:${TARGET_LEFT})$`, 'iu');
const TARGET_R = new RegExp(TARGET_RIGHT, 'iu');
const SINCE_R = new RegExp(SINCE_RIGHT, 'iu');
const PAST_R = new RegExp(PAST_RIGHT, 'iu');
const DELIVERY = new RegExp(DELIVERY_VERBS, 'iu');
const DONE_IN_CLAUSE = /(?<![\p{L}\p{N}])(?:hoàn\s+thành|hoàn\s+tất|xong|khánh\s+thành|thông\s+xe|đưa\s+vào)(?![\p{L}\p{N}])/iu;
export const REC_NOUN = new RegExp(RECURRENCE_NOUN_LEFT, 'iu');
export const DAY_JOIN = new RegExp(DAY_LIST_JOIN, 'iu');
export const CELL_SEMI = new RegExp(CELL_SEMIANNUAL, 'iu');
export const DINH_KY_END = /(?<![\p{L}\p{N}])định\s+kỳ\s*,?\s*$/iu;

/** Cues that keep a fronted date a deadline: "Trước ngày 10/10/2025, các bộ …". */
const FRONTABLE = new Set(['chậm nhất', 'completion verb with a preposition', 'từ nay đến', 'trước', 'trong', 'timing label']);
/** Nouns of a plan's horizon: what runs "từ nay đến …" is a period, not a due date. */
const HORIZON_NOUN = /(?:nhiệm\s+vụ|phương\s+hướng|giai\s+đoạn|thời\s+gian|chương\s+trình|kế\s+hoạch|định\s+hướng)(?:\s+[\p{L}\p{N}]+){0,3}\s*$/iu;
/** A target or indicator right before a period qualifier makes the period the target's, not a deadline. */
const TARGET_NOUN = /(?:mục\s+tiêu|chỉ\s+tiêu)(?:,?\s+[\p{L}\p{N}]+){0,8}?\s*$/iu;

export function matchEnd(rules: LeftRule[], left: string): { name: string; at: number } | null {
  for (const r of rules) {
    const m = r.re.exec(left);
    if (m && m[0].trim() !== '') return { name: r.name, at: m.index };
  }
  return null;
}

/** Text of the clause that holds position `at` (after the last sentence or cell boundary). */
export function clauseBefore(left: string): string {
  const i = Math.max(left.lastIndexOf('.'), left.lastIndexOf(';'), left.lastIndexOf(':'), left.lastIndexOf('|'), left.lastIndexOf('!'), left.lastIndexOf('?'));
  return left.slice(i + 1);
}

function inParentheses(left: string): boolean {
  return left.lastIndexOf('(') > left.lastIndexOf(')');
}

/** A table cell or a timing line holding only the time: "| Quí IV-2025 |", "Tháng 12/2025". */
function isCell(left: string, right: string): boolean {
  const l = /(?:^|[|:])\s*(?:[-+•]\s*)?$/u.test(left);
  const r = /^\s*[.;,]?\s*(?:\||$)/u.test(right);
  return l && r;
}

/** What the rules read around one time phrase (`left`/`right`: up to 200 characters each side). */
export interface KindFacts {
  spec: Spec;
  /** The phrase itself. */
  phrase: string;
  left: string;
  right: string;
  strong: { name: string; at: number } | null;
  clause: string;
}

/** A rule's answer. Offsets (`qualifierAt`, `startAt`) are in `left`; `drop`: not a time phrase at
 * all; `final`: the phrase is done (no qualifier, recurrence or date resolution after). */
export interface Decision {
  kind: 'deadline' | 'start' | 'context';
  score?: number;
  qualifierAt?: number | null;
  startAt?: number;
  /** Characters of `right` the phrase runs on into ("… đến nay"). */
  endPlus?: number;
  before?: boolean;
  drop?: true;
  final?: true;
}

const ctx: Decision = { kind: 'context' };
const kind = (id: string, description: string, fires: string[], skips: string[], apply: (f: KindFacts) => Decision | null): Rule<KindFacts, Decision> =>
  defineRule({ id: `deadline-kind/${id}`, description, examples: { fires, skips }, apply });

const coarse = (s: Spec) => s.unit !== 'day' && s.unit !== 'relative' && s.unit !== 'recurDay' && s.unit !== 'tet';

/** In order; the first that answers decides. No answer: the phrase is context. */
export const KIND_RULES: Rule<KindFacts, Decision>[] = [
  kind('school-year', 'A named period ("năm học 2025 - 2026") is context; "ngay từ năm học …" starts a duty.',
    ['Triển khai ngay từ năm học 2025 - 2026.'], ['Triển khai trước ngày 15/9/2025.'],
    ({ spec, left }) => {
      if (spec.unit !== 'period') return null;
      const from = /ngay\s+từ\s*$/iu.exec(left);
      return from ? { kind: 'start', startAt: from.index, final: true } : { kind: 'context', final: true };
    }),
  kind('uncounted-relative', 'A relative count ("15 ngày") is a time phrase only when it says what it counts from or follows a cue.',
    ['Hồ sơ được giải quyết 10 ngày.'], ['Hồ sơ được giải quyết 10 ngày kể từ ngày ký.'],
    ({ spec, strong, phrase }) => (spec.unit === 'relative' && spec.anchor === null && !strong && !/kể\s+từ|từ\s+(?:ngày|khi)/iu.test(phrase) ? { kind: 'context', drop: true } : null)),
  kind('recurring-day', 'A recurring day ("ngày 20 hằng tháng") is a deadline.',
    ['Báo cáo trước ngày 20 hằng tháng.'], ['Báo cáo trước ngày 20/10/2025.'],
    ({ spec, strong }) => (spec.unit === 'recurDay' ? { kind: 'deadline', score: 3, qualifierAt: strong ? strong.at : null } : null)),
  kind('cited-document', 'The date of a cited document ("Nghị quyết số 12/NQ-CP ngày 5/2/2025") is context, unless a cue stands between.',
    ['Thực hiện Nghị quyết số 12/NQ-CP ngày 05/02/2025 của Chính phủ.'], ['Hoàn thành trước ngày 05/02/2026.'],
    ({ strong, left }) => (strong && strong.name !== 'timing label' ? null : matchEnd(CITED, left) ? ctx : null)),
  kind('always-context', 'Words after which a date is always context ("ban hành ngày", "kể từ ngày có hiệu lực").',
    ['Quyết định này có hiệu lực kể từ ngày 01/10/2025.'], ['Hoàn thành trước ngày 01/10/2025.'],
    ({ left }) => (matchEnd(ALWAYS_CONTEXT, left) ? ctx : null)),
  kind('target', '"Đến hết năm 2025: có ≥ 50% …", "đến năm 2030 đạt …": the year of a target, not a deadline.',
    ['Đến năm 2030, tỷ lệ hộ dân dùng nước sạch đạt 95%.'], ['Hoàn thành trước năm 2030.'],
    ({ spec, left, right, clause }) => (TARGET_L.test(left) && (TARGET_R.test(right) || (!/hết\s*$/iu.test(left) && !DONE_IN_CLAUSE.test(clause) && spec.unit === 'year')) ? ctx : null)),
  kind('fronted-narrative', '"Ngày 16 tháng 12 năm 2025, tại …", "Đến ngày 19/8/2025, cả nước có …": a date fronted before a comma tells a story, unless a deadline cue fronts it.',
    ['Ngày 16 tháng 12 năm 2025, tại Hà Nội, Bộ Tài chính tổ chức hội nghị.'], ['Trước ngày 16/12/2025, các sở gửi báo cáo.'],
    ({ left, right, strong }) => (/(?:^|[.;:!?|])\s*(?:tính\s+)?(?:đến|tới)?\s*(?:hết\s+)?(?:ngày\s*)?$/iu.test(left) && /^\s*,/u.test(right) && !(strong && FRONTABLE.has(strong.name)) ? ctx : null)),
  kind('horizon', '"các việc cần làm từ nay đến tháng 9/2028", "trong thời gian từ nay đến cuối năm": a horizon, not a due date.',
    ['Triển khai các nhiệm vụ từ nay đến tháng 9/2028.'], ['Từ nay đến ngày 30/11/2025, hoàn thành việc rà soát.'],
    ({ strong, left, clause }) => (strong && /^\s*từ\s+nay\s+đến/iu.test(left.slice(strong.at)) && HORIZON_NOUN.test(left.slice(0, strong.at)) && !/hoàn\s+thành/iu.test(clause) ? ctx : null)),
  kind('target-noun', '"thực hiện các mục tiêu, chỉ tiêu tăng trưởng trong năm 2025": the year of a target; "hoàn thành chỉ tiêu … trong năm 2026" still sets a deadline.',
    ['Thực hiện tốt các mục tiêu, chỉ tiêu tăng trưởng của tỉnh trong năm 2025.'], ['Hoàn thành các chỉ tiêu được giao trong năm 2025.'],
    ({ strong, left }) => (strong && TARGET_NOUN.test(left.slice(0, strong.at)) && !/hoàn\s+thành\s+(?:các\s+|những\s+)?(?:mục\s+tiêu|chỉ\s+tiêu)/iu.test(left.slice(0, strong.at)) ? ctx : null)),
  kind('strong-qualifier', 'A strong cue ("trước ngày", "chậm nhất", "hoàn thành trong", "xong trước") makes a deadline; only "trước Tết" dates from Tết ("trong dịp Tết" is a season).',
    ['Gửi báo cáo trước ngày 15/11/2025.', 'Hoàn thành trong quý IV năm 2025.'], ['Hội nghị tổ chức ngày 15/11/2025 tại Hà Nội.'],
    ({ spec, strong, left }) => (strong && !(spec.unit === 'tet' && !/trước\s*$/iu.test(left)) ? { kind: 'deadline', score: 3, qualifierAt: strong.at, before: spec.unit === 'tet' } : null)),
  kind('law-year', 'The year of a law ("Luật Đất đai năm 2024") is context.',
    ['Thực hiện Luật Đất đai năm 2024.'], ['Hoàn thành trong năm 2024.'],
    ({ spec, left }) => (matchEnd(LAW, left) && coarse(spec) ? ctx : null)),
  kind('narrative-or-past', 'Past events and meetings ("đã tổ chức ngày …", "tại cuộc họp ngày …") are context.',
    ['Tại cuộc họp ngày 10/9/2025, Bộ Xây dựng báo cáo tình hình.'], ['Gửi báo cáo trước ngày 10/9/2025.'],
    ({ left, right }) => (matchEnd(NARRATIVE, left) || PAST_R.test(right) ? ctx : null)),
  kind('since', '"từ năm 2020 đến nay": a period up to now is context.',
    ['Kết quả thực hiện từ năm 2020 đến nay.'], ['Thực hiện từ năm 2026.'],
    ({ left, right }) => {
      const m = SINCE_R.exec(right);
      if (!m) return null;
      const s = matchEnd(START, left);
      return { kind: 'context', ...(s ? { startAt: s.at } : {}), endPlus: m[0].length };
    }),
  kind('range', 'A range ("từ ngày 1 đến ngày 15/10/2025") is due by its end.',
    ['Tổ chức kiểm tra từ ngày 01/10 đến ngày 15/10/2025.'], ['Tổ chức kiểm tra trước ngày 15/10/2025.'],
    ({ spec, left }) => (spec.unit === 'range' ? { kind: 'deadline', score: 2, qualifierAt: matchEnd(START, left)?.at ?? null } : null)),
  kind('from-to', '"Từ tháng 4 đến tháng 6/2026": a period whose end is written is due by that end.',
    ['Triển khai từ tháng 4 đến tháng 6/2026.'], ['Triển khai từ tháng 4/2026.'],
    ({ left, phrase }) => {
      const s = matchEnd(START, left);
      return s && /\s(?:đến|tới)\s+(?!khi|nay)/iu.test(phrase) ? { kind: 'deadline', score: 2, qualifierAt: s.at } : null;
    }),
  kind('start', '"từ ngày …", "kể từ …", "bắt đầu từ …" start a duty; they do not end it.',
    ['Áp dụng từ ngày 01/01/2026.'], ['Áp dụng trước ngày 01/01/2026.'],
    ({ left }) => {
      const s = matchEnd(START, left);
      return s ? { kind: 'start', startAt: s.at } : null;
    }),
  kind('tet-season', 'Tết without "trước" ("trong dịp Tết") is a season, not a day.',
    ['Bảo đảm an toàn giao thông trong dịp Tết Nguyên đán Bính Ngọ.'], ['Hoàn thành trước Tết Nguyên đán Bính Ngọ.'],
    ({ spec }) => (spec.unit === 'tet' ? ctx : null)),
  kind('weak-qualifier', 'A weak cue ("trong", "vào", "đến") makes a deadline — "vào năm 2030" without a completion verb is a target year.',
    ['Tổ chức hội nghị sơ kết vào tháng 12/2025.'], ['Tỷ lệ che phủ rừng đạt 45% vào năm 2030.'],
    ({ spec, left, clause }) => {
      const w = matchEnd(WEAK, left);
      if (!w) return null;
      if (w.name.startsWith('vào') && spec.unit === 'year' && !DONE_IN_CLAUSE.test(clause)) return ctx;
      return { kind: 'deadline', score: 2, qualifierAt: w.at };
    }),
  kind('relative-anchored', 'A count that says what it counts from ("15 ngày kể từ ngày nhận") is a deadline.',
    ['Hồ sơ được giải quyết 10 ngày kể từ ngày ký.'], ['Hồ sơ được giải quyết 10 ngày.'],
    ({ spec }) => (spec.unit === 'relative' && spec.anchor !== null ? { kind: 'deadline', score: 2 } : null)),
  kind('period-noun', '"kết quả thực hiện năm 2025": a period a noun names is context.',
    ['Báo cáo kết quả thực hiện năm 2025.'], ['Báo cáo trước năm 2026.'],
    ({ left }) => (matchEnd(PERIOD_NOUN, left) ? ctx : null)),
  kind('table-cell', 'A table cell or timing line holding only the time ("| Quý IV/2025 |") is a deadline.',
    ['| 1 | Rà soát hồ sơ | Sở Tư pháp | Quý IV/2025 |'], ['Rà soát hồ sơ năm 2025 của Sở Tư pháp.'],
    ({ left, right }) => (isCell(left, right) ? { kind: 'deadline', score: 2 } : null)),
  kind('delivery-verb', 'A month, quarter or day after a delivery verb ("trình tháng 10/2025") is a due date; a bare year names what the work is for ("ngân sách năm 2026").',
    ['Trình Ủy ban nhân dân tỉnh tháng 10/2025.'], ['Bố trí ngân sách năm 2026.'],
    ({ spec, left, clause }) => (DELIVERY.test(clause) && !inParentheses(left) && spec.unit !== 'relative' && spec.unit !== 'year' ? { kind: 'deadline', score: 1 } : null)),
];

const REC_NOUN_R = new RegExp(RECURRENCE_NOUN_RIGHT, 'iu');
const REC_TERM_L = new RegExp(`(?:${RECURRENCE_TERM_LEFT})`, 'iu');
const REPORT_NOUN = /(?<![\p{L}\p{N}])báo\s+cáo(?:\s+[\p{L}]+){0,5}\s*$/iu;

/** Before RECURRENCE_ONLY: a recurrence that only says how often a thing recurs, not a duty's rhythm. */
export const RECURRENCE_OF_NOUN = defineRule<{ left: string; right: string; phrase: string }, true>({
  id: 'deadline-kind/recurrence-of-a-noun',
  description: 'A recurrence that modifies a noun ("kế hoạch hằng năm", "trợ cấp xã hội hằng tháng", "chỉ tiêu, nhiệm vụ hằng năm và cả giai đoạn", "kế hoạch trung hạn và hằng năm", "… hằng năm của Ban Chỉ đạo", "… hằng năm được giao") names a yearly thing, not a recurring duty.',
  examples: {
    fires: ['Các xã xác định chỉ tiêu, nhiệm vụ hằng năm và cả giai đoạn của Đề án.', 'Sở Tài chính rà soát kết quả xếp loại định kỳ hằng năm của các đơn vị.', 'Chủ tịch Ủy ban nhân dân xã quyết định trợ cấp xã hội hằng tháng cho đối tượng.'],
    skips: ['Sở Tài chính định kỳ hằng năm báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh.', 'Các sở lồng ghép nội dung này trong báo cáo công tác hằng năm của đơn vị.'],
  },
  // A recurring report ("báo cáo công tác hằng năm của đơn vị") is still a recurring duty.
  apply: ({ left, right, phrase }) => ((REC_NOUN.test(left) && !/định\s+kỳ/iu.test(phrase)) || ((REC_NOUN_R.test(right) || REC_TERM_L.test(left)) && !REPORT_NOUN.test(left)) ? true : null),
});

/** Recurrences written without a date ("định kỳ hằng tháng", "Thường xuyên, hằng năm"). */
export const RECURRENCE_ONLY = defineRule<{ isNoun: boolean; strong: boolean }, Decision>({
  id: 'deadline-kind/recurrence-only',
  description: 'A recurrence without a date ("định kỳ hằng quý báo cáo") is a recurring deadline; after a noun ("báo cáo tháng") it only names the report.',
  examples: { fires: ['Định kỳ hằng quý báo cáo kết quả thực hiện.'], skips: ['Gửi báo cáo trước ngày 15/11/2025.'] },
  apply: ({ isNoun, strong }) => ({ kind: isNoun ? 'context' : 'deadline', score: strong ? 2 : 1 }),
});

export const SEMIANNUAL_CELL = defineRule<{ clean: string; found: number }, true>({
  id: 'deadline-kind/semiannual-cell',
  description: 'A table cell that says only "6 tháng" ("06 tháng", "sáu tháng") is a semiannual deadline.',
  examples: { fires: ['6 tháng'], skips: ['Quý IV/2025'] },
  apply: ({ clean, found }) => (CELL_SEMI.test(clean) && found === 0 ? true : null),
});

/** Facts for a recurrence rule: the clause before the phrase, what follows it, and the phrase's unit. */
export interface RecurrenceFacts { clause: string; right: string; spec: Spec; found: boolean }

/** After a time phrase's kind: rules that give a dated phrase the recurrence written around it. */
export const PERIODIC_YEARLESS = defineRule<RecurrenceFacts, 'yearly'>({
  id: 'deadline/periodic-yearless-date',
  description: '"Định kỳ báo cáo … trước ngày 20/11": "định kỳ" earlier in the clause and a day and month with no year make a yearly duty, not one date.',
  examples: { fires: ['Các sở định kỳ gửi báo cáo kết quả về Sở Nội vụ trước ngày 10/12.'], skips: ['Các sở định kỳ gửi báo cáo kết quả về Sở Nội vụ trước ngày 10/12/2025.', 'Các sở gửi báo cáo kết quả về Sở Nội vụ trước ngày 10/12.'] },
  apply: ({ clause, spec, found }) => (!found && (spec.unit === 'day' || spec.unit === 'month') && spec.y === null && /(?<![\p{L}\p{N}])định\s+kỳ(?![\p{L}\p{N}])/iu.test(clause) ? 'yearly' : null),
});

export const RECURRENCE_BRACKETED = defineRule<string, true>({
  id: 'deadline/recurrence-then-bracketed-date',
  description: '"Định kỳ hằng năm (trước ngày 15 tháng 11) báo cáo …": a recurrence right before a bracketed date governs it — the bracket gives the day of a recurring duty, not a one-off date.',
  examples: { fires: ['Sở Tư pháp định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo kết quả về Ủy ban nhân dân tỉnh.'], skips: ['Sở Tư pháp định kỳ hằng năm, trước ngày 15 tháng 12 báo cáo kết quả về Ủy ban nhân dân tỉnh.'] },
  apply: (left) => (/\(\s*$/u.test(left) ? true : null),
});

/** How far before the document's date a "deadline" must lie to be a cited condition: a notice may restate
 * a deadline passed a few days before it was signed, never one half a year old. */
export const LONG_PAST_DAYS = 180;

export const LONG_PAST = defineRule<{ date: string | null; ref: string | null }, true>({
  id: 'deadline-kind/long-past',
  description: 'A "deadline" half a year or more before the document\'s date ("Giấy chứng nhận cấp trước ngày 01/7/2004", "cơ sở đăng ký trước 01/01/2025") is a condition cited from the past, not a deadline.',
  examples: { fires: ['Sở Tài nguyên cấp đổi các Giấy chứng nhận đã cấp trước ngày 01/7/2004.'], skips: ['Sở Tài nguyên cấp đổi các Giấy chứng nhận trước ngày 01/7/2026.'] },
  apply: ({ date, ref }) => (date && ref && date < ref ? true : null),
});
