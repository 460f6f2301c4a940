// The sentence patterns the extractor reads, as data: each names a form of Vietnamese administrative
// writing, with an example. The words themselves (verbs, cues, heads) are in lexicon.ts.
import { ACTION_WORDS, NOUN_OPENERS } from './lexicon.js';
import { escapeRe as esc } from '../util/text.js';

/** Any action word of the lexicon, anywhere: a text without one assigns nothing. */
export const ACTION_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...ACTION_WORDS].sort((a, b) => b.length - a.length).map(esc).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
/** A topic before the text it heads: "Về truyền thông: Các cơ quan …". */
export const TOPIC_PREFIX = /^(?:Về|Đối với)\s[^:]{1,200}:\s*/u;
/** A time before the task it dates: "Kể từ ngày 01/7/2026: Thực hiện …", "Trong năm 2026: Hoàn thành …". */
export const TIME_LABEL = /^(?:Kể từ|Từ|Trước|Đến|Sau|Trong)\s+(?:ngày|năm|tháng|quý)[^:;]{0,80}:\s*(?=\p{Lu})/u;
/** A short label before the body it concerns: "Báo cáo tháng: Sở Tài chính tổng hợp …". */
export const LABEL_PREFIX = /^[^:;.]{2,90}:\s+/u;
/** An obligation with an implied subject is an imperative: it opens with the action, perhaps after an
 * adverbial ("Theo chức năng, nhiệm vụ được giao, chủ động …", "Trên cơ sở …, chủ trì …"). */
// Blank, comma or both between two words ("khẩn trương, chủ động …"): the same language as `\s*,?\s+`,
// but a run of blanks can be read one way only — the old form split it two ways at every adverb, which
// backtracked exponentially on a long run of adverbs that ended in no action word.
const SEP = String.raw`(?:,\s+|\s+(?:,\s+)?)`;
export const IMPERATIVE = new RegExp(
  String.raw`^(?:(?:Theo|Trên cơ sở|Căn cứ|Trong|Trường hợp|Khi|Sau khi|Đồng thời|Ngoài ra|Bên cạnh đó|Để|Tùy|Nếu|Qua|Thông qua|Với)[^,;:]{0,80},\s*)*` +
    // a period first: "Định kỳ hằng quý tổng hợp …", "Định kỳ 6 tháng, năm báo cáo …"
    String.raw`(?:(?:định kỳ|hằng|hàng)(?:\s+(?:\d+\s+)?(?:tuần|tháng|quý|năm))?(?:,\s*(?:hằng\s+|hàng\s+)?(?:tuần|tháng|quý|năm))*${SEP})?` +
    String.raw`(?:(?:khẩn trương|tiếp tục|chủ động|tích cực|kịp thời|thường xuyên|định kỳ|sớm|nghiêm túc|quyết liệt|trực tiếp|cần|phải|đồng thời|triệt để)${SEP})*(?:` +
    [...ACTION_WORDS].sort((a, b) => b.length - a.length).map(esc).join('|') +
    String.raw`)(?![\p{L}\p{N}])`,
  'iu',
);
/** "…, hoàn thành trong tháng 11 năm 2025." closing an item: the date of the whole item. */
export const TRAILING_COMPLETION = /(?:^|[,;.]\s*)(?:và\s+)?(?:hoàn thành|Hoàn thành)(?:\s+và\s+báo cáo[^;.]{0,80}?)?\s+(?:trong|trước|chậm nhất|đến hết|xong)[^;]{0,60}$/u;
/** The closing words of a lead-in: "…, cụ thể như sau:", "thực hiện một số nhiệm vụ trọng tâm sau:".
 * Written to run in linear time (#11; the first form backtracked exponentially on "nhiệm vụ nhiệm vụ …"):
 * - a match never starts after whitespace unless at a comma: the leftmost match cannot start there (the
 *   whitespace before it would match too), so the search skips a whitespace run instead of rescanning it;
 * - a task word ("các nhiệm vụ …") reaches, within 40 characters and the closing words, the next [,;:],
 *   checked by a lookahead (atomic in JS) before the window is consumed in one way only: no two ways to
 *   split a window between words, so nothing to retry;
 * - at most 12 pieces, and no two adjacent `\s*`. */
const LEAD_IN_WORDS = '(?:trong đó|cụ thể|như sau|gồm|sau)';
export const LEAD_IN_TAIL = new RegExp(
  String.raw`(?:(?<!\s)|(?=[,;]))(?:[,;]?\s*(?:${LEAD_IN_WORDS}|(?:(?:thực hiện|tập trung)\s*)?(?:(?:một số|các)\s*)?(?:nhiệm vụ|giải pháp|nội dung)` +
    String.raw`(?=[^,;:]{0,40}(?:\s*${LEAD_IN_WORDS}){0,4}[,;:])[^,;:]*(?=[,;:]))){0,12}\s*:$`,
  'u',
);
/** Openers after which a clause's subject comes: "đối với các nhiệm vụ …, các Bộ: X, Y …". */
export const ADVERBIAL_OPENER = /^(?:Đối với|đối với|Trường hợp|trường hợp|Trong quá trình|trong quá trình|Khi|khi|Sau khi|sau khi|Riêng|riêng)\s/u;
/** Words that make a preamble sentence a request: "… yêu cầu các sở, ban, ngành …". */
export const CUE_WORD = /(?<![\p{L}])(?:giao|đề nghị|yêu cầu|khuyến khích)(?![\p{L}])/iu;
/** A clause that reports the task's results: "báo cáo Phó Thủ tướng trước ngày 15/11". */
export const REPORT_CLAUSE = /^\s*(?:(?:sớm|kịp thời|định kỳ|đồng thời)\s+)?(?:báo cáo|gửi báo cáo|tổng hợp,? báo cáo)(?![\p{L}])/iu;
/** A list entry that names another document ("Nghị định số 214/2025/NĐ-CP …", "Ý kiến chỉ đạo của …"). */
export const REFERENCE_ENTRY = /^(?:Các\s+)?(?:Luật|Bộ luật|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư|Công văn|Công điện|Kết luận|Kế hoạch|Văn bản|Thông báo|Hướng dẫn|Ý kiến chỉ đạo|Chương trình|Đề án)(?![\p{L}])/u;
/** "X là cơ quan thường trực / đầu mối …" gives X a role: an assignment, not a definition. */
export const ROLE_NAMING = /^\s*là\s+(?:cơ quan|đơn vị)?\s*(?:thường trực|đầu mối|chủ trì|chịu trách nhiệm)/u;
/** A lead-in whose predicate is only a role ("chủ trì, phối hợp với các cơ quan liên quan:"): the role words,
 * then at most six more commas. The role words are taken as far as they go (the lookahead forbids stopping
 * before a separator or another role word), so the text has one reading and is scanned once (#11; the
 * first form was quadratic on "chủ trì, chủ trì, …"). Same language: the rest only loses commas when the
 * role words run longer; "chặt chẽ" and "với" are taken whenever they follow. */
export const ROLE_ONLY = /^(?:(?:chủ trì|phối hợp(?:\s+chặt chẽ|(?!\s+chặt chẽ))(?:\s+với|(?!\s+với)))[,\s]*)+(?![,\s]|chủ trì|phối hợp)[^,;:]*(?:,[^,;:]*){0,6}:?$/u;
/** The predicate of a closing formula: only manner words and "thực hiện", perhaps with an object that
 * points back at the document itself ("… nghiêm túc triển khai, thực hiện./.", "… thực hiện nghiêm túc
 * Chỉ thị này", "… quan tâm, phối hợp thực hiện những nội dung trên"). Words start with a letter and are
 * separated by blanks or commas, so the text is read one way only. */
const CLOSING_WORD = '(?:khẩn trương|nghiêm túc|nghiêm|quyết liệt|kịp thời|quan tâm|phối hợp|tổ chức|triển khai|thực hiện|có hiệu quả|hiệu quả|đồng bộ|chỉ đạo|tốt|tập trung nguồn lực)';
const SELF_DOC = '(?:Chỉ thị|Công văn|Công điện|Kế hoạch|Quyết định|Thông báo|Văn bản|Hướng dẫn|Quy chế|Nghị quyết|Kết luận)';
export const CLOSING_PREDICATE = new RegExp(
  String.raw`^\s*${CLOSING_WORD}(?:[,\s]+(?:và\s+)?${CLOSING_WORD})*` +
    String.raw`(?:\s+(?:(?:các|những)\s+(?:nội dung|yêu cầu|nhiệm vụ)\s+(?:nêu\s+)?trên|(?:các|những)\s+nội dung\s+(?:của\s+)?${SELF_DOC}\s+này|(?:các|những)\s+nhiệm vụ\s+được giao(?:\s+(?:tại|trong)\s+${SELF_DOC}(?:\s+này)?)?|${SELF_DOC}\s+này))?` +
    // "…, đảm bảo tiến độ được giao./.": a manner tail that names no task.
    String.raw`(?:,?\s+(?:đảm bảo|bảo đảm)\s+tiến độ(?:\s+được giao)?)?[\s./;]*$`,
  'iu',
);
/** A courtesy close: "Văn phòng X xin trân trọng thông báo./.", "Bộ Y trân trọng cảm ơn …" (not "trân trọng đề nghị"). */
export const COURTESY_CLOSE = /^[^.;:]{0,120}?(?<![\p{L}])(?:(?:xin\s+)?trân trọng\s+(?:thông báo|cảm ơn)|xin\s+trao đổi\s+và\s+(?:trân trọng\s+)?cảm ơn)(?![\p{L}])/u;
/** A sentence that only dates the task: "Hoàn thành trước ngày 31/8/2025." */
export const DEADLINE_ONLY = /^(?:Hoàn thành|Thời gian hoàn thành|Thời hạn(?: hoàn thành)?|Thời gian thực hiện|Xong)(?![\p{L}])/iu;


/** A clause that opens with its verb, by the open-class test: its first word is capitalised (the
 * sentence start), the next lower case (no proper name), and it opens with no noun of NOUN_OPENERS,
 * no digit, quote or bracket. "Lắp đặt camera giám sát", not "Công tác giám sát". */
const NOUN_START = new RegExp(`^(?:${[...NOUN_OPENERS].sort((a, b) => b.length - a.length).map(esc).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
export function verbFirst(t: string): boolean {
  const s = t.replace(/^[\s*_]+/u, '');
  if (!/^\p{Lu}\p{Ll}*\s+\p{Ll}/u.test(s) || NOUN_START.test(s) || REFERENCE_ENTRY.test(s)) return false;
  // "Trạm số 3: đo mực nước …" is a label and its entry; "Không niêm yết giá …" names a breach, "Có đủ điều kiện …" a content.
  // A task named then explained ("Lắp đặt các trạm BTS, mạng lõi: Đảm bảo độ phủ …") is no label: five words
  // or more before the colon make a clause.
  const label = /^([^:;.]{1,60}):/u.exec(s);
  if ((label && label[1]!.trim().split(/\s+/u).length < 5) || /^(?:Không|Có)\s(?!để\s|ý kiến)/u.test(s)) return false;
  return !/^\S+\s+(?:đã|là|được|bị|sẽ|của|và các)(?![\p{L}])/u.test(s);
}

/** A field-like label before the task it introduces: "Nội dung: Rà soát …", "Điểm lấy mẫu: Lấy mẫu nước …".
 * The label is up to six lower-case words, each a run of letters after one blank run, so every blank is
 * read one way only (a class of letters and blanks before `\s*:` was polynomial for the ReDoS check). */
export const TASK_LABEL = /^(?:Nội dung(?:\s+thực hiện)?|Nhiệm vụ|Hoạt động|Công việc|Giải pháp|(?:Điểm|Phạm vi)(?:\s+\p{Ll}+){1,6})\s*:\s*(?=\p{Lu})/u;
