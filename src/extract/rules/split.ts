// Rules that cut one unit into obligations (ANNOTATION: granularity), and the vetoes that keep it whole.
import { defineRule } from '../../core/rule.js';
import type { Deadline } from '../../schema/index.js';
import { clauseSubject, innerSubject } from '../../bodies/grammar.js';
import { findDeadlines } from '../deadline/index.js';
import { type Subject, sameBodies } from '../facts.js';
import type { Mention } from '../../bodies/names.js';
import { ACTION_RE, ADVERBIAL_OPENER, DEADLINE_ONLY, REPORT_CLAUSE, TRAILING_COMPLETION } from '../patterns.js';

export const SPLIT_BY_SUBJECT = defineRule<{ rest: string; lead: Mention[] | null }, Subject>({
  id: 'split/by-subject',
  description: 'A clause that opens with another body ("…; Sở Y tế chủ trì …", "…; đối với …, các Bộ: X, Y kịp thời …") starts a new obligation with that lead.',
  examples: {
    fires: ['Sở Tài chính bố trí kinh phí thực hiện; Sở Nội vụ hướng dẫn các xã triển khai.'],
    skips: ['Sở Tài chính bố trí kinh phí thực hiện; hướng dẫn các xã triển khai.'],
  },
  apply: ({ rest, lead }) => {
    const s = clauseSubject(rest) ?? (ADVERBIAL_OPENER.test(rest) ? innerSubject(rest, 200) : null);
    const ok = s && s.end < 250 && (!lead || !sameBodies(s.bodies, lead)) && ACTION_RE.test(rest.slice(s.end, s.end + 80)) && !/^\s*(?:đã|vừa|đang|là)\s/u.test(rest.slice(s.end));
    return ok ? s : null;
  },
});

export const SPLIT_ENUMERATED = defineRule<string, number[]>({
  id: 'split/enumerated',
  description: 'Clauses numbered "(1) … (2) …" are read one by one for their own deadlines.',
  examples: {
    fires: ['Sở Xây dựng: (1) rà soát quy hoạch, hoàn thành trước ngày 30/10/2025; (2) trình phê duyệt đề án trước ngày 15/12/2025.'],
    skips: ['Sở Xây dựng rà soát quy hoạch, hoàn thành trước ngày 30/10/2025; trình phê duyệt đề án trước ngày 15/12/2025.'],
  },
  apply: (text) => {
    const marks = [...text.matchAll(/(?:^|[\s:;,.])\((\d{1,2})\)\s/gu)].map((m) => m.index! + m[0].indexOf('('));
    return marks.length >= 2 ? marks : null;
  },
});

/** "… trước ngày 01 của tháng sau đối với báo cáo tháng và trước ngày 03 … đối với báo cáo quý": one
 * clause holding two different due dates is two duties; it is cut at the "và" between them. */
export function splitTwoDeadlines(text: string, a: number, b: number, ref: string | null): [number, number][] {
  const seg = text.slice(a, b);
  const hits = findDeadlines(seg, ref).filter((h) => h.kind === 'deadline');
  for (let k = 1; k < hits.length; k++) {
    const [x, y] = [hits[k - 1]!, hits[k]!];
    if (x.date === y.date && x.recurrence === y.recurrence) continue;
    const between = seg.slice(x.end, y.start);
    const joins = [...between.matchAll(/\s+và\s+/gu)];
    const j = joins[joins.length - 1];
    if (!j) continue;
    const cut = a + x.end + j.index!;
    return [[a, cut], ...splitTwoDeadlines(text, cut + j[0].length, b, ref)];
  }
  return [[a, b]];
}

export const SPLIT_TWO_DEADLINES = defineRule<{ text: string; a: number; b: number; ref: string | null }, [number, number][]>({
  id: 'split/two-deadlines-joined-by-va',
  description: 'One clause holding two different due dates joined by "và" is two duties, cut at that "và".',
  examples: {
    fires: ['Sở Tài chính gửi báo cáo trước ngày 01 của tháng sau đối với báo cáo tháng và trước ngày 03 của tháng đầu quý sau đối với báo cáo quý.'],
    skips: ['Sở Tài chính gửi báo cáo trước ngày 01 của tháng sau.'],
  },
  apply: ({ text, a, b, ref }) => {
    const parts = splitTwoDeadlines(text, a, b, ref);
    return parts.length > 1 ? parts : null;
  },
});

export const KEEP_WHOLE_TRAILING = defineRule<string, true>({
  id: 'split/keep-whole-trailing-completion',
  description: '"…, hoàn thành trong tháng 11 năm 2025." closing the item dates the whole item — unless it ends a later sentence of its own, which it dates alone.',
  examples: {
    fires: ['Sở Nội vụ rà soát thủ tục hành chính; công bố danh mục thủ tục trước ngày 15/10/2025; hoàn thành trong tháng 12 năm 2025.'],
    skips: ['Sở Nội vụ rà soát thủ tục hành chính thường xuyên. Xây dựng kế hoạch số hóa hồ sơ, hoàn thành trong tháng 12 năm 2025.'],
  },
  apply: (text) => {
    const t = text.replace(/[\s*]+$/u, '');
    const m = TRAILING_COMPLETION.exec(t);
    if (!m) return null;
    const starts = [...t.matchAll(/\.\s+(?=\p{Lu})/gu)].map((x) => x.index! + x[0].length);
    const last = starts.length ? starts[starts.length - 1]! : 0;
    return m.index < last || last === 0 || DEADLINE_ONLY.test(t.slice(last)) ? true : null;
  },
});

export const KEEP_WHOLE_REPORT = defineRule<{ parts: string[]; dls: (Deadline | null)[]; enumerated: boolean }, true>({
  id: 'split/keep-whole-final-report',
  description: '"…; báo cáo Phó Thủ tướng kết quả trước ngày 15/11": the one dated clause is the closing report, so the date is the whole task\'s.',
  examples: {
    fires: ['Bộ Xây dựng rà soát các dự án chậm tiến độ; báo cáo Thủ tướng Chính phủ kết quả trước ngày 15/11/2025.'],
    skips: ['Bộ Xây dựng rà soát các dự án chậm tiến độ trước ngày 15/10/2025; đề xuất giải pháp trước ngày 15/11/2025.'],
  },
  apply: ({ parts, dls, enumerated }) => {
    if (enumerated || parts.length < 2) return null;
    const dated = dls.filter(Boolean).length;
    const last = dls[dls.length - 1];
    // A recurring report ("…; định kỳ hằng quý báo cáo …") is a standing duty of its own, not the task's close.
    const yes = dated === 1 && !!last && last.recurrence === null && REPORT_CLAUSE.test(parts[parts.length - 1]!) && !/\.\s+$/u.test(parts[parts.length - 2]!);
    return yes ? true : null;
  },
});

/** "hoàn thành (việc X) trước / trong / chậm nhất <date>": the task's completion, not a task of its own. */
const COMPLETION = /(?<![\p{L}])(?:hoàn thành|hoàn tất|xong)(?![\p{L}])[^;.]{0,80}?(?<![\p{L}])(?:trước|trong|chậm nhất|đến hết|vào)(?![\p{L}])/iu;

export const KEEP_WHOLE_COMPLETION = defineRule<{ parts: string[]; dls: (Deadline | null)[]; enumerated: boolean }, true>({
  id: 'split/keep-whole-completion-clause',
  description: 'The one dated clause is the last one and completes the task ("…; lắp đặt thiết bị, hoàn thành trước ngày 15/10/2026 và bàn giao đưa vào sử dụng"): the date is the whole item\'s.',
  examples: {
    fires: ['Sở Xây dựng chỉ đạo nhà thầu bổ sung nhân lực; lắp đặt thiết bị trạm bơm, hoàn thành việc lắp đặt trước ngày 15/10/2026 và bàn giao đưa vào sử dụng.'],
    skips: ['Sở Xây dựng chỉ đạo nhà thầu bổ sung nhân lực; trình phê duyệt dự toán trước ngày 15/10/2026 và bàn giao đưa vào sử dụng.'],
  },
  apply: ({ parts, dls, enumerated }) => {
    if (enumerated || parts.length < 2) return null;
    const last = dls[dls.length - 1];
    const yes = dls.filter(Boolean).length === 1 && !!last && last.recurrence === null && COMPLETION.test(parts[parts.length - 1]!) && !/\.\s+$/u.test(parts[parts.length - 2]!);
    return yes ? true : null;
  },
});

export const CLOSING_DEADLINE_SENTENCE = defineRule<{ t: string; chunks: number }, string>({
  id: 'split/closing-deadline-sentence',
  description: 'A closing sentence that only dates ("Thời hạn hoàn thành: trước ngày 30/11/2025.") dates every obligation of the item, whichever body leads it.',
  examples: {
    fires: ['1. Sở Y tế rà soát danh mục thuốc thiết yếu. Sở Tài chính bố trí kinh phí mua sắm. Thời hạn hoàn thành: trước ngày 30/11/2025.'],
    skips: ['1. Sở Y tế rà soát danh mục thuốc thiết yếu. Sở Tài chính bố trí kinh phí mua sắm trước ngày 30/11/2025.'],
  },
  apply: ({ t, chunks }) => {
    if (chunks < 2) return null;
    const starts = [...t.matchAll(/\.\s+(?=\p{Lu})/gu)];
    const last = starts[starts.length - 1];
    const tail = last ? t.slice(last.index! + last[0].length) : '';
    return tail && DEADLINE_ONLY.test(tail) && tail.length < 160 ? tail : null;
  },
});

export const SPLIT_BY_DEADLINE = defineRule<{ n: number }, number>({
  id: 'split/by-deadline',
  description: 'Within one lead, a clause with its own deadline the rest does not share is an obligation of its own; undated clauses stay with their neighbours. A ";" or "." inside brackets ends no clause, and "Sau thời hạn nêu trên, …" stays with the dated task.',
  examples: {
    fires: ['Sở Tư pháp rà soát các văn bản quy phạm pháp luật, hoàn thành trước ngày 30/9/2025; xây dựng kế hoạch kiểm tra năm 2026 trước ngày 15/12/2025.'],
    skips: [
      'Sở Tư pháp rà soát các văn bản quy phạm pháp luật; xây dựng kế hoạch kiểm tra.',
      // a ";" inside brackets ends no clause; what follows a missed deadline belongs to the task before it
      'Đề nghị các sở, ngành tổng hợp nhu cầu biên chế theo biểu mẫu (các sở báo cáo theo Phụ lục 1A; các xã báo cáo theo Phụ lục 2A) và gửi về Sở Nội vụ trước ngày 26/11/2025. Sau thời hạn nêu trên, đơn vị chưa báo cáo phải tự chịu trách nhiệm.',
    ],
  },
  apply: ({ n }) => (n > 1 ? n : null),
});

export const PREFACE_JOINS_FIRST = defineRule<string, true>({
  id: 'split/preface-joins-first',
  description: 'A lone preface before "(1)" ("Văn phòng Chính phủ:") belongs to the first enumerated clause.',
  examples: {
    fires: ['Sở Xây dựng: (1) rà soát quy hoạch, hoàn thành trước ngày 30/10/2025; (2) trình phê duyệt đề án trước ngày 15/12/2025.'],
    skips: ['Sở Xây dựng chủ trì rà soát quy hoạch, hoàn thành trước ngày 30/10/2025.'],
  },
  apply: (preface) => (!ACTION_RE.test(preface.replace(/^.*?:/u, '')) ? true : null),
});
