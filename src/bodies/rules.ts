// The naming rules of the subject grammar (grammar.ts): how far a body's name runs and which body a
// title stands for. Each is a rule with examples that must fire and must not (test/bodies/rules.test.ts);
// the words they read are in lexicon.ts. The grammar calls `apply` and knows no title or verb itself.
import { defineRule } from '../core/rule.js';
import { WE, escapeRe as esc } from '../util/text.js';
import { isKnownBody } from './canonical.js';
import { ACTION_WORDS, ASSIGN_CUES, MEMBER_TITLES, STATEMENT_VERBS, TITLE_BODIES, TITLE_OF_HEAD } from './lexicon.js';
const alt = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(esc).join('|');

const TITLE_BODY_RE = new RegExp(`^(?:${alt(TITLE_BODIES.map(([t]) => t))})${WE}`, 'iu');

/** "Thống đốc chỉ đạo …" → Ngân hàng Nhà nước Việt Nam: a title that names one body with none after it.
 * Input: a name phrase; output: the title as written and the body it stands for. */
export const TITLE_ALONE = defineRule<string, { title: string; body: string }>({
  id: 'name/title-alone',
  description: 'a title that belongs to one body only stands for that body even with no body written after it',
  examples: {
    fires: ['Thống đốc chỉ đạo các tổ chức tín dụng', 'Tổng Kiểm toán nhà nước chỉ đạo kiểm toán', 'Tổng Thanh tra Chính phủ'],
    skips: ['Thống kê tỉnh báo cáo', 'Tổng cục Thuế hướng dẫn', 'Tổng Bí thư'],
  },
  apply(s) {
    const m = TITLE_BODY_RE.exec(s);
    if (!m) return null;
    const entry = TITLE_BODIES.find(([t]) => t.toLowerCase() === m[0].toLowerCase());
    return entry ? { title: m[0], body: entry[1] } : null;
  },
});

const TITLE_OF_HEAD_RE = new RegExp(`^(?:Phó\\s+)?(${alt(TITLE_OF_HEAD.map(([t]) => t))})\\s+(?=\\p{Lu})`, 'u');

/** "Trưởng Ban Chỉ đạo tỉnh" → "Ban Chỉ đạo tỉnh": the title's last word is the head of the body. */
export const TITLE_OF_HEAD_RULE = defineRule<string, string>({
  id: 'name/title-of-head',
  description: 'a title that ends in the head of its body (Trưởng ban, Trưởng phòng) stands for that body, the head written once',
  examples: {
    fires: ['Trưởng Ban Chỉ đạo tỉnh', 'Phó Trưởng ban Chỉ đạo', 'Trưởng phòng Tài chính - Kế hoạch'],
    skips: ['Trưởng ban chỉ đạo các thành viên', 'Ban Chỉ đạo tỉnh', 'Trưởng Công an xã'],
  },
  apply(s) {
    const m = TITLE_OF_HEAD_RE.exec(s);
    if (!m) return null;
    const head = TITLE_OF_HEAD.find(([t]) => t === m[1])![1];
    return `${head} ${s.slice(m[0].length)}`;
  },
});

const MEMBER_RE = new RegExp(`^(?:${alt(MEMBER_TITLES)})\\s+(?:của\\s+)?(?=\\p{Lu})`, 'u');

/** "Thành viên Ban Chỉ đạo …": the members of a body, a body of their own, kept as written. Output: the
 * length of the member title, after which the body's own name begins. */
export const MEMBERS_OF_BODY = defineRule<string, number>({
  id: 'name/members-of-body',
  description: 'the members of a body named as a group ("Thành viên Ban Chỉ đạo") are one body, kept as written',
  examples: {
    fires: ['Thành viên Ban Chỉ đạo theo dõi địa bàn', 'Thành viên của Hội đồng thẩm định'],
    skips: ['thành viên tham gia', 'Thành viên gia đình', 'Ban Chỉ đạo'],
  },
  apply(s) {
    const m = MEMBER_RE.exec(s);
    return m ? m[0].length : null;
  },
});

const WORD = /[\p{L}\p{N}][^\s,;:.()/]*/gu;

/** Where the longest known name (the gazetteer's) at the start of `s` ends, counted in characters. */
function knownPrefixEnd(s: string, maxWords = 14): number | null {
  // Only the first words are read: `s` is often the rest of a long paragraph (#11).
  const ends: number[] = [];
  for (const w of s.matchAll(WORD)) {
    // a known name never spans a list separator: no longer prefix can be one either
    if (ends.length === maxWords || s.slice(ends.length ? ends[ends.length - 1]! : 0, w.index!).search(/[,;:]/u) >= 0) break;
    ends.push(w.index! + w[0].length);
  }
  for (let n = ends.length; n >= 1; n--) {
    const end = ends[n - 1]!;
    if (isKnownBody(s.slice(0, end))) return end;
  }
  return null;
}

/** "Ủy ban quản lý vốn nhà nước tại doanh nghiệp …": a name the gazetteer knows is read whole, lower-case
 * words and all, before any verb inside it can end the subject. Output: the known name's length. */
export const KNOWN_NAME_WHOLE = defineRule<string, number>({
  id: 'name/known-name-whole',
  description: 'a name the gazetteer knows runs to its end, even through lower-case words that look like verbs',
  examples: {
    fires: ['Ủy ban quản lý vốn nhà nước tại doanh nghiệp chỉ đạo các tập đoàn', 'Bộ Y tế hướng dẫn'],
    skips: ['Các địa phương chủ động', 'Nhà đầu tư thực hiện'],
  },
  apply(s) {
    return knownPrefixEnd(s);
  },
});

const PREDICATE_AFTER_NAME = new RegExp(`^\\s+(?:${alt([...ACTION_WORDS, ...ASSIGN_CUES, ...STATEMENT_VERBS])})${WE}`, 'u');
/** Words that continue a known name in lower case: its place, level or branch ("Sở Y tế tỉnh …"). */
const NAME_CONTINUES = /^\s+(?:tỉnh|thành phố|xã|phường|đặc khu|huyện|quận|thị xã|cấp|các|khu vực|chi nhánh|trực thuộc|thuộc)(?![\p{L}\p{N}])/u;

/** "Bộ Y tế chỉ đạo ngành y tế …", "Ban Bí thư cơ bản nhất trí …": after a known name a verb ends the
 * subject even where it is followed by words that a relative clause inside a name would have
 * ("quản lý ngành"). Output: where the subject ends. */
export const KNOWN_NAME_THEN_VERB = defineRule<string, number>({
  id: 'name/known-name-then-verb',
  description: 'a known name followed by a verb ends there: the name never swallows the verb or its object',
  examples: {
    fires: ['Bộ Y tế chỉ đạo ngành y tế', 'Bộ Y tế phụ trách lĩnh vực', 'Ban Bí thư cơ bản nhất trí với Tờ trình'],
    skips: ['Sở quản lý ngành', 'Sở Y tế tỉnh Nghệ An', 'Ban Chỉ đạo phòng, chống thiên tai', 'Các cơ sở đào tạo công lập rà soát'],
  },
  apply(s) {
    const end = knownPrefixEnd(s);
    if (end === null) return null;
    const after = s.slice(end);
    if (NAME_CONTINUES.test(after) || !PREDICATE_AFTER_NAME.test(after)) return null;
    if (institutionByActivity(s.slice(0, end), after)) return null;
    // a name that is only a head ("Ban Chỉ đạo", "Ủy ban") goes on in lower case: "Ban Chỉ đạo phòng, chống …"
    if (!/\s/u.test(s.slice(0, end).trim()) || OPEN_HEADS.test(s.slice(0, end))) return null;
    return end;
  },
});

/** "các cơ sở đào tạo", "cơ sở bồi dưỡng cán bộ", "Văn phòng đăng ký đất đai": an institution named by
 * what it does, as "cơ sở giáo dục" is; the activity is part of the name, not its predicate. `before` ends where the activity word
 * starts (blanks either side allowed); the subject grammar's terminator search asks the same. */
export function institutionByActivity(before: string, after: string): boolean {
  return INSTITUTION_BY_ACTIVITY.test(before) && ACTIVITY_NOUN.test(after);
}
const INSTITUTION_BY_ACTIVITY = /(?<![\p{L}\p{N}])(?:cơ sở|văn phòng)\s*$/iu;
const ACTIVITY_NOUN = /^\s*(?:đào tạo|bồi dưỡng|đăng ký đất đai)(?![\p{L}\p{N}])/u;

/** Known names that are heads of longer names written in lower case after them. */
const OPEN_HEADS = /^(?:Ban Chỉ đạo|Ban Quản lý|Ủy ban|Hội đồng|Tổ công tác|Đoàn)$/iu;

/** Every naming rule, for the tests and the rules index. */
export const NAME_RULES = [TITLE_ALONE, TITLE_OF_HEAD_RULE, MEMBERS_OF_BODY, KNOWN_NAME_WHOLE, KNOWN_NAME_THEN_VERB] as const;
