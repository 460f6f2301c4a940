// Recognizing the bodies a sentence names, and the role it gives them. The words come from
// lexicon.ts (the one lexicon of bodies); this file is only the engine.
import { ACTION_WORDS, ASSIGN_CUES, BODY_HEADS, CAP_HEADS, COLLECTIVE_NOUNS, NOT_COLLECTIVE, OPENING_CUES, SHARED_HEADS, SHARED_HEADS_LOWER, TITLES, TITLE_HEADS, TITLE_PHRASES } from './lexicon.js';
import { type Mention, SLASHED_PLACE_KINDS, canonicalName, mention, uniqueMentions } from './names.js';
import { isKnownBody } from './canonical.js';
import { BODY_TABLES } from './gazetteer.js';
import { KNOWN_NAME_THEN_VERB, KNOWN_NAME_WHOLE, MEMBERS_OF_BODY, NAME_RULES, TITLE_ALONE, TITLE_OF_HEAD_RULE, institutionByActivity } from './rules.js';
import { WB as B, WE as E, escapeRe as esc, memoize } from '../util/text.js';
import { defineRule } from '../core/rule.js';

// The gazetteer lookup (isKnownBody) runs many patterns and remembers its answers itself (canonical.ts).

// The extractor's rules ask about the same clause several times (its subject when splitting, when
// emitting, for the context …): about half of these calls repeat one already answered. The answers
// are pure functions of the text and are shared, so they are frozen: a caller that changed one would
// change it for the next caller too, and now throws instead (ES modules are strict).
function frozen<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) frozen(x);
  }
  return v;
}
const leadingMemo = memoize((text: string) => frozen(readLeadingSubject(text)), 5_000);
const clauseMemo = memoize((text: string) => frozen(readClauseSubject(text)), 5_000);
const splitBodiesMemo = memoize((phrase: string) => frozen(readBodies(phrase)), 5_000);

const alt = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map(esc).join('|');

/** Where a subject ends: a lower-case action word, a deadline or purpose word, or punctuation. */
// "nhà đầu tư", "chủ đầu tư", "nhà thầu": nouns built on a verb, part of the name.
// "Bộ Ngoại giao", "giao thông", "tổ chức đảng": words of names that look like verbs or cues; "đơn vị sự
// nghiệp công lập": "lập" after "công" is the adjective (public), not the verb.
const TERMINATOR = new RegExp(
  `(?<!(?:nhà|chủ|Nhà|Chủ|Ngoại|bàn)\\s)(?!(?<=công\\s)lập${E})${B}(?:${alt([...ACTION_WORDS, ...ASSIGN_CUES])}|trước ngày|trước|trong|theo|để|nhằm|tại|về việc|đối với|căn cứ|đã|đang|vừa|sẽ|(?<!(?:nhất|tức|đó|chính)\\s)là|có)${E}` +
    `(?!\\s+(?:thông|đảng|chính trị|xã hội|đoàn thể|tín dụng|kinh tế|cơ sở đảng|phi chính phủ|quốc tế|hành nghề|liên quan|thẩm quyền|ngành|lĩnh vực)${E})|[;:.()]`,
  'u',
);
const HEAD_RE = new RegExp(`^(?:(?:${alt(BODY_HEADS)})${E}|(?:${alt(CAP_HEADS)})\\s+(?=\\p{Lu}|và Phát thanh))`, 'u');
// One list of titles: the grammar's own and every unrestricted title the gazetteer engine knows.
// "Phó Chủ tịch Thường trực", "Phó Trưởng ban thường trực": the standing deputy is still a title.
const TITLE_RE = new RegExp(`^(?:Phó\\s+)?(?:${alt([...new Set([...TITLES, ...TITLE_HEADS.filter(([, next]) => !next).map(([t]) => t)])])})${E}(?:\\s+[Tt]hường trực${E})?\\s*`, 'u');
const COLLECTIVE_RE = new RegExp(`^[Cc]ác\\s+(?!(?:${alt(NOT_COLLECTIVE)})${E})(?:${alt(COLLECTIVE_NOUNS)})${E}`, 'iu');
const CUE_RE = new RegExp(`(?:^|[\\s,;:])(?<!Ngoại\\s|bàn\\s|chuyển\\s)(${alt(ASSIGN_CUES)})(?!\\s+thông${E})\\s+(?:(?:các\\s+)?đồng chí\\s+)?`, 'giu');
const LEAD_NOISE = /^(?:(?:các\s+)?đồng chí\s+)/iu;

/** Every spelling in the gazetteer that no head word above begins ("VPCP", "NHNN", "Quốc hội", "EVN",
 * "Tổng Bí thư"): the subject grammar knows every body the gazetteer knows. Built on first use. */
let aliasRe: RegExp | null = null;
function aliasHead(s: string): RegExpExecArray | null {
  if (!aliasRe) {
    const spellings = BODY_TABLES.flatMap(([, entries]) => entries.flatMap((e) => [e.name, ...e.aliases, ...(e.former ?? []).flatMap((f) => [f.name, ...(f.aliases ?? [])])]));
    const own = [...new Set(spellings)].filter((x) => !HEAD_RE.test(x) && !COLLECTIVE_RE.test(x));
    aliasRe = new RegExp(`^(?:${alt(own)})${E}`, 'u');
  }
  return aliasRe.exec(s);
}

/** `s` opens with a gazetteer spelling and with no head word of the lexicon. */
function aliasOnly(s: string): boolean {
  return !HEAD_RE.test(s) && !COLLECTIVE_RE.test(s) && !!aliasHead(s);
}

/** How much of `body` is its head, which never ends the subject ("Các tổ chức", "Ban Tổ chức", "VPCP"). */
function headLength(body: string, collectiveFirst: boolean): number {
  const head = collectiveFirst ? COLLECTIVE_RE.exec(body) ?? HEAD_RE.exec(body) : HEAD_RE.exec(body) ?? COLLECTIVE_RE.exec(body);
  return Math.max(head ? head[0].length : 0, aliasHead(body)?.[0].length ?? 0, KNOWN_NAME_WHOLE.apply(body) ?? 0);
}

/** Does `s` begin with the name of a body (or a title standing for one, or a collective)? */
export function startsWithBody(s: string): boolean {
  const t = s.replace(LEAD_NOISE, '');
  if (HEAD_RE.test(t) || COLLECTIVE_RE.test(t) || TITLE_PHRASES.some(([re]) => re.test(t)) || aliasHead(t)) return true;
  if (/^(?:Bộ|bộ|Sở|sở),\s*(?:ngành|ban)(?![\p{L}])/u.test(t)) return true; // "Bộ, ngành, địa phương" without "các"
  if (/^Chánh\s+(?:Văn phòng|Thanh tra)(?![\p{L}])/u.test(t)) return true;
  if (TITLE_ALONE.apply(t) || TITLE_OF_HEAD_RULE.apply(t)) return true;
  const member = MEMBERS_OF_BODY.apply(t);
  if (member !== null) return startsWithBody(t.slice(member));
  if (!TITLE_RE.test(t)) return false;
  // After a title the body may be in lower case: "Bí thư đảng ủy trực thuộc".
  const rest = t.replace(TITLE_RE, '').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return HEAD_RE.test(rest) || /^(?:Các|Cơ quan)\s/u.test(rest);
}

/** A title stands for its body: "Bộ trưởng Bộ Nội vụ" → "Bộ Nội vụ", "Thủ trưởng các sở" → "các sở". */
export function dropTitle(s: string): string {
  for (const [re, rep] of TITLE_PHRASES) if (re.test(s)) return s.replace(re, rep);
  // "Chánh Văn phòng Bộ", "Chánh Thanh tra tỉnh": the head of an office stands for the office.
  if (/^Chánh\s+(?:Văn phòng|Thanh tra)(?![\p{L}])/u.test(s)) return s.replace(/^Chánh\s+/u, '');
  const ofHead = TITLE_OF_HEAD_RULE.apply(s);
  if (ofHead) return ofHead;
  const m = TITLE_RE.exec(s);
  if (!m) return s;
  const rest = s.slice(m[0].length);
  if (HEAD_RE.test(rest) || /^(?:các|cơ quan|đơn vị)\s/u.test(rest)) return rest;
  const cap = rest.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  if (HEAD_RE.test(cap)) return cap;
  return s;
}

/** Split a list of bodies: "Sở Tư pháp, Ủy ban nhân dân các xã, phường" is two, "Bộ Văn hóa, Thể thao
 * và Du lịch" is one: a piece starts a new body only when it opens with a body's head word. */
export const splitBodies = (phrase: string): readonly string[] => splitBodiesMemo(phrase);

function readBodies(phrase: string): string[] {
  let s = phrase.replace(/\s+/gu, ' ').trim().replace(/[,;:.\s]+$/u, '').replace(LEAD_NOISE, '');
  if (!s) return [];
  for (const [re, rep] of TITLE_PHRASES) s = s.replace(re, rep);
  const titles = TITLE_COLLECTIVE.apply(s);
  if (titles) return [titles];
  // "Các Cục: A; B. Vụ Kế hoạch, Tài chính": a full stop before a new body ends the list.
  const sentences = s.split(/(?<=\p{Ll}\p{Ll})\.\s+(?=\p{Lu})/u);
  if (sentences.length > 1 && sentences.slice(1).every(startsWithBody)) return sentences.flatMap((x) => splitBodies(x));
  // expandShared also reads a body at several levels ("… cấp tỉnh, cấp xã").
  const expanded = expandShared(s) ?? TITLE_SHARED_LIST.apply(s) ?? ELIDED_HEAD_LIST.apply(s);
  if (expanded) return expanded;
  // A name that holds a comma ("Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương") is one body.
  if (s.length < 120 && /,/u.test(s) && isKnownBody(s)) return [s];
  const pieces: string[] = [];
  // ", nhất là X" singles out a member of the list: X is a body of its own.
  const singled = s.split(/,?\s+nhất là\s+/u);
  if (singled.length > 1) return singled.flatMap((x) => splitBodies(x));
  const parts = s.split(/(,\s*|;\s*|\s+và\s+|\s+cùng\s+)/u);
  let cur = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const sep = parts[i]!;
    const next = (parts[i + 1] ?? '').replace(LEAD_NOISE, '');
    // A gazetteer name after a collective ("Các doanh nghiệp viễn thông Viettel, VNPT, …") names its
    // members, not another body.
    const opens = (startsWithBody(next) && !(/^[Cc]ác\s/u.test(cur) && aliasOnly(next))) || /^các\s/u.test(next);
    // "Các bộ, ngành, địa phương" keeps its commas; "các bộ, ngành liên quan, các địa phương" is two.
    // "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã" is one office.
    const jointOffice = sep.trim() === 'và' && /^Văn phòng\s/u.test(cur) && /^(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND)/u.test(next);
    if (opens && !jointOffice && !(/^các\s/u.test(next) && /^(?:Các|các)\s/u.test(cur) && !/,\s*$/u.test(sep) && sep.trim() === 'và')) {
      pieces.push(cur);
      cur = next;
    } else cur += sep + next;
  }
  pieces.push(cur);
  return pieces
    .flatMap((p) => p.split(/\s+(?=các\s+tỉnh\s+\p{Lu})/u)) // "Bộ Quốc phòng các tỉnh Ninh Bình, …" (a comma lost)
    .map((p) => dropTitle(unparen(p.trim())))
    .filter((p) => p.length > 1)
    .flatMap((p) => expandShared(p) ?? [p]);
}

/** "Bộ Quốc phòng, Công an, Y tế" → Bộ Quốc phòng, Bộ Công an, Bộ Y tế: a ministry or department named
 * once and its head left out of the names after it, as "các Bộ: Quốc phòng, Công an" writes it with a colon. */
export const ELIDED_HEAD_LIST = defineRule<string, string[]>({
  id: 'name/elided-head-list',
  description: 'after "Bộ X" / "Sở X" the next names of a list that the same head makes known bodies ("Bộ Quốc phòng, Công an", "các Bộ Xây dựng và Công an") are each that head\'s body',
  examples: {
    fires: ['Bộ Tài chính, Tư pháp và các bộ, ngành liên quan', 'Các Sở Y tế và Nội vụ'],
    skips: ['Bộ Tài chính, Ngân hàng Nhà nước Việt Nam', 'Sở Y tế, Công an tỉnh', 'Bộ Văn hóa, Thể thao và Du lịch'],
  },
  apply(s) {
    const m = /^(?:[Cc]ác\s+)?(Bộ|Sở)\s+(\p{Lu}.*)$/u.exec(s);
    if (!m || isKnownBody(s)) return null;
    const head = m[1]!;
    const items = listItems(m[2]!, head);
    if (items.length < 2 || !items.slice(0, 2).every((x) => isKnownBody(`${head} ${x}`))) return null;
    return items.map((x) => (isKnownBody(`${head} ${x}`) ? `${head} ${x}` : x));
  },
});

const TITLE_THEN_COLLECTIVE = new RegExp(`^(?:Phó\\s+)?(?:${alt([...TITLES, ...TITLE_HEADS.filter(([, next]) => !next).map(([t]) => t)])})\\s+các\\s+`, 'u');

/** "Giám đốc các sở, Thủ trưởng các ban, ngành" → "các sở, ban, ngành": titles of collectives in a row
 * are one collective body, as "các sở, ban, ngành" written without titles is. */
export const TITLE_COLLECTIVE = defineRule<string, string>({
  id: 'name/title-collective',
  description: 'a list of titles each heading a collective ("Giám đốc các sở, Thủ trưởng các ban, ngành") is one collective body',
  examples: {
    fires: ['Giám đốc các sở, Thủ trưởng các ban, ngành', 'Thủ trưởng các sở, ban, ngành và Chủ tịch các hội'],
    skips: ['Giám đốc các sở; Chủ tịch Ủy ban nhân dân các xã', 'Giám đốc các sở', 'Giám đốc Sở Y tế, Thủ trưởng các ban'],
  },
  apply(s) {
    const parts = s.split(/,\s*(?=\p{Lu})|(?<!\s)\s+và\s+/u);
    if (parts.length < 2 || !parts.every((p) => TITLE_THEN_COLLECTIVE.test(p))) return null;
    return `các ${parts.map((p) => p.replace(TITLE_THEN_COLLECTIVE, '')).join(', ')}`;
  },
});

/** "Bộ trưởng các Bộ: Quốc phòng, Công an" → Bộ Quốc phòng, Bộ Công an: the title of a shared head's list
 * stands for each body of the list, as "các Bộ: Quốc phòng, Công an" written without it does. */
export const TITLE_SHARED_LIST = defineRule<string, string[]>({
  id: 'name/title-shared-list',
  description: 'a title before a shared head\'s list ("Bộ trưởng các Bộ: Tài chính, Y tế", "Giám đốc các Sở: …") stands for each body of the list',
  examples: {
    fires: ['Bộ trưởng các Bộ: Tài chính, Y tế', 'Giám đốc các Sở: Nội vụ, Xây dựng; Chủ tịch Ủy ban nhân dân các xã'],
    skips: ['Bộ trưởng các bộ, ngành', 'Giám đốc các sở', 'Bộ trưởng Bộ Y tế'],
  },
  apply: (s) => (TITLE_THEN_COLLECTIVE.test(s) ? expandShared(dropTitle(s)) : null),
});

/** "Nhà đầu tư (Công ty Xây dựng Sông Hồng)" names the body in brackets; "Các chủ rừng (các Ban …)" only gives examples. */
function unparen(p: string): string {
  const m = /^(.*?)\s*\(([^()]*)\)\s*(.*)$/u.exec(p);
  if (!m) return p;
  const [, outer, inner, tail] = m as unknown as [string, string, string, string];
  if (!/^(?:Các|các)\s/u.test(outer) && HEAD_RE.test(inner) && /^\S+\s+\p{Lu}/u.test(inner)) return inner.trim();
  return `${outer} ${tail}`.trim();
}

const SHARED_HEAD_LIST = new RegExp(`^(?:(?:Các|các)\\s+)?(${alt([...SHARED_HEADS, ...SHARED_HEADS_LOWER])})\\s*:\\s*(.+)$`, 'u');

/** Shared heads: "các Bộ: Xây dựng, Y tế" → Bộ Xây dựng, Bộ Y tế; "Các tỉnh Nghệ An, Quảng Ngãi". */
export function expandShared(s: string): string[] | null {
  const places = SHARED_PLACE_LIST.apply(s);
  if (places) return places;
  const levels = SHARED_LEVEL_LIST.apply(s);
  if (levels) return levels;
  const m = SHARED_HEAD_LIST.exec(s);
  if (m) {
    const head = m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1);
    // "…; Chủ tịch Ủy ban nhân dân các tỉnh": a member led by a title is a body of its own.
    const own = (x: string) => (HEAD_RE.test(x) || /^các\s/u.test(x)) && !isKnownBody(`${head} ${x}`);
    return listItems(m[2]!, head).map((x) => (own(x) ? x : own(dropTitle(x)) ? dropTitle(x) : `${head} ${x}`));
  }
  // "Ủy ban nhân dân thành phố Hà Nội, thành phố Hồ Chí Minh và tỉnh Quảng Ninh": one head, many places.
  const u = /^(Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Sở [\p{Lu}][\p{L}\s]+?)\s+((?:tỉnh|thành phố)\s+\p{Lu}.*)$/u.exec(s);
  if (u && /(?:,|\svà)\s+(?:tỉnh|thành phố)\s+\p{Lu}/u.test(u[2]!)) {
    return u[2]!.split(/,\s*|\s+và\s+/u).map((x) => `${u[1]} ${x.trim()}`);
  }
  const p = /^(.*?\s)?các\s+(?:tỉnh,\s*thành phố|tỉnh|thành phố)(?:\s+trực thuộc\s+Trung ương)?\s*:\s*(.+)$/iu.exec(s);
  if (p) {
    const prefix = (p[1] ?? '').trim();
    return listItems(p[2]!).map((x) => {
      const place = /^(?:Thành phố|TP\.?)\s/u.test(x) || /^(?:Hà Nội|Hồ Chí Minh|Hải Phòng|Đà Nẵng|Cần Thơ|Huế)$/u.test(x) ? `Thành phố ${x.replace(/^(?:Thành phố|TP\.?)\s*/u, '')}` : `tỉnh ${x}`;
      // A department is named with the bare place ("Sở Xây dựng Gia Lai"), a government with its kind.
      if (/^Sở\s/u.test(prefix)) return `${prefix} ${x.replace(/^(?:Thành phố|TP\.?)\s*/u, '')}`;
      return prefix ? `${prefix} ${place}` : place.replace(/^tỉnh/u, 'Tỉnh');
    });
  }
  const q = /^(?:Các|các)\s+(tỉnh|thành phố)\s+(\p{Lu}.+)$/u.exec(s);
  if (q && /,|\svà\s/u.test(q[2]!)) return listItems(q[2]!).map((x) => `${q[1] === 'tỉnh' ? 'Tỉnh' : 'Thành phố'} ${x}`);
  return null;
}

// The place list runs to the end whatever it holds ([\s\S]), so no split of the prefix is retried (linear).
const PLACE_LIST_RE = /^(.+?)(?<!\s)\s+các\s+(xã|phường|đặc khu|tỉnh|thành phố)\s*:\s*(\S[\s\S]*)$/u;

/** "Bí thư Đảng ủy và Chủ tịch Ủy ban nhân dân các xã: Mỹ An, Tân Lộc" → four bodies: each body of the
 * prefix (its title dropped) for each place of the list. */
export const SHARED_PLACE_LIST = defineRule<string, string[]>({
  id: 'name/shared-place-list',
  description: 'bodies that share a list of places ("… các xã: A, B") are one body per body per place',
  examples: {
    fires: ['Bí thư Đảng ủy và Chủ tịch Ủy ban nhân dân các xã: Mỹ An, Tân Lộc', 'Ủy ban nhân dân các phường: Bến Thành, Sài Gòn',
      'Đảng ủy, Ủy ban nhân dân các xã: Hòa Bình và Hòa Lợi'],
    skips: ['Ủy ban nhân dân các xã, phường', 'các xã: Mỹ An, Tân Lộc', 'Ủy ban nhân dân các xã: trong vùng lũ'],
  },
  apply(s) {
    const m = PLACE_LIST_RE.exec(s);
    if (!m) return null;
    const [, prefix, kind, list] = m as unknown as [string, string, string, string];
    // One body before a province list is the older rule's (expandShared); here several bodies or communes.
    const heads = prefix.split(/(?<!\s)\s+và\s+|,\s*/u).map((h) => dropTitle(h.trim()));
    if (!heads.every((h) => HEAD_RE.test(h))) return null;
    if (heads.length < 2 && (kind === 'tỉnh' || kind === 'thành phố')) return null;
    const items = list.split(/,\s*|;\s*|(?<!\s)\s+và\s+/u).map((x) => x.trim()).filter(Boolean);
    if (!items.length || !items.every((x) => /^[\p{Lu}\p{N}]/u.test(x))) return null;
    return heads.flatMap((h) => items.map((x) => `${h} ${kind} ${x}`));
  },
});

const LEVEL = '(?:tỉnh|huyện|xã|trung ương|Trung ương|cơ sở)';
const LEVEL_ONLY = new RegExp(`^cấp\\s+${LEVEL}$`, 'u');
const LEVEL_END = new RegExp(`^(.*\\S)\\s+cấp\\s+${LEVEL}$`, 'u');

/** "Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã" → the board at each level; a collective ("Các bệnh
 * viện cấp tỉnh, cấp xã") stays one body. */
export const SHARED_LEVEL_LIST = defineRule<string, string[]>({
  id: 'name/shared-level-list',
  description: 'a named body followed by more levels ("Ban Chỉ đạo X cấp tỉnh, cấp xã") is that body at each level',
  examples: {
    fires: ['Ban Chỉ đạo phòng, chống thiên tai cấp tỉnh, cấp xã', 'Ban Chỉ huy quân sự cấp tỉnh và cấp xã'],
    skips: ['Các trạm y tế cấp xã, cấp huyện', 'Ban Chỉ đạo cấp tỉnh', 'Sở Y tế, cấp xã và thôn'],
  },
  apply(s) {
    if (/^[Cc]ác\s/u.test(s)) return null;
    // Parts and their separators: [name, sep, part, sep, part …]; the name may hold commas of its own.
    const parts = s.split(/(,\s*|(?<!\s)\s+và\s+)/u);
    let k = parts.length;
    while (k > 2 && LEVEL_ONLY.test(parts[k - 1]!.trim())) k -= 2;
    if (k === parts.length) return null;
    const first = parts.slice(0, k).join('');
    const base = LEVEL_END.exec(first);
    if (!base || !startsWithBody(first)) return null;
    const levels = parts.slice(k + 1).filter((_p, i) => i % 2 === 0).map((p) => `${base[1]} ${p.trim()}`);
    return [first, ...levels];
  },
});

/** The members of a shared head's list. Names may hold commas and "và" ("Văn hóa, Thể thao và Du lịch",
 * "Nông nghiệp và Môi trường"): the gazetteer decides where a member ends; a member that opens with a
 * head of its own ("… và UBND các xã, phường") takes the rest of the list. */
function listItems(list: string, head = ''): string[] {
  // A list set out with semicolons ("A; B, C; D") keeps its commas and "và" inside the members.
  // A member's commas still separate where each piece is a known body ("Sở: Y tế, Tài chính; …").
  const semi = /;/u.test(list);
  const known = (pieces: string[]) => pieces.length > 1 && head !== '' && pieces.every((x) => isKnownBody(`${head} ${x}`));
  // "Bộ: Quốc phòng, Công an, …; Bí thư …": a first member that opens with a name the head completes
  // is a comma list of such names; each member is then read as a list of its own (the greedy join
  // below still keeps "Văn hóa, Thể thao và Du lịch" whole).
  const members = list.split(/;\s*/u);
  if (semi && head && !startsWithBody(members[0]!) && isKnownBody(`${head} ${members[0]!.split(/,\s*/u)[0]!.trim()}`)) {
    return members.filter((x) => x.trim()).flatMap((x) => listItems(x, head));
  }
  const tokens = (semi ? members.flatMap((t) => (known(t.split(/,\s*/u)) ? t.split(/,\s*/u) : [t])) : list.split(/,\s*|;\s*/u))
    .map((x) => x.trim()).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let item = tokens[i]!;
    // "các Bộ: Quốc phòng, Công an": a member the head makes a known body ("Bộ Công an") is a member,
    // though it opens with a head word of its own.
    if (startsWithBody(item) && !(head && isKnownBody(`${head} ${item}`))) {
      out.push([item, ...tokens.slice(i + 1)].join(', '));
      break;
    }
    // Greedy: the longest run of tokens that names a known body.
    for (let j = tokens.length; j > i + 1; j--) {
      const joined = tokens.slice(i, j).join(', ');
      if (head && isKnownBody(`${head} ${joined}`)) {
        item = joined;
        i = j - 1;
        break;
      }
    }
    if (head && isKnownBody(`${head} ${item}`)) {
      out.push(item);
      continue;
    }
    const parts = semi ? [item] : item.split(/\s+và\s+/u);
    const k = parts.findIndex((p, idx) => idx > 0 && startsWithBody(p));
    if (k > 0) {
      // "Giáo dục và Đào tạo và các Bộ, ngành": the members before the body may be one name.
      const first = parts.slice(0, k).join(' và ');
      out.push(...(head && isKnownBody(`${head} ${first}`) ? [first] : parts.slice(0, k)), [parts.slice(k).join(' và '), ...tokens.slice(i + 1)].join(', '));
      break;
    }
    out.push(...(parts.length > 1 && !(head && isKnownBody(`${head} ${item}`)) && parts.every((p) => /^\p{Lu}/u.test(p)) ? parts : [item]));
  }
  return out;
}

/** The naming rules of the subject grammar, for the tests and the rules index. */
export const BODY_NAME_RULES = [...NAME_RULES, SHARED_PLACE_LIST, SHARED_LEVEL_LIST, TITLE_COLLECTIVE, TITLE_SHARED_LIST, ELIDED_HEAD_LIST, SLASHED_PLACE_KINDS] as const;

export interface SubjectHit {
  /** Offset where the predicate starts (after the subject and its trailing comma or colon). */
  end: number;
  bodies: Mention[];
  /** True when the subject came through "giao/đề nghị/yêu cầu". */
  assigned: boolean;
}

/** The bodies a clause opens with: "Bộ Nội vụ chủ trì …", "Các bộ, ngành, địa phương tập trung …". */
export const leadingSubject = (text: string): SubjectHit | null => leadingMemo(text);

function readLeadingSubject(text: string): SubjectHit | null {
  const lead = /^(?:\s|Đồng thời,?\s*)*/u.exec(text)![0].length;
  const s = text.slice(lead);
  if (!startsWithBody(s)) return null;
  const body = s.replace(LEAD_NOISE, '');
  const skipped = s.length - body.length;
  // The head itself ("Các tổ chức", "Ban Tổ chức") never ends the subject.
  let stop = findTerminator(body, headLength(body, true));
  if (stop === null) return null;
  // "Sở quản lý ngành, lĩnh vực có trách nhiệm …": the first verb was part of the name (a relative
  // clause), since a role phrase follows before the clause ends.
  const ahead = body.slice(stop, stop + 160);
  const strong = RELATIVE_VERB.test(ahead) ? STRONG_AHEAD.exec(ahead) : null;
  if (strong && strong.index > 0 && !/[;:.]/u.test(ahead.slice(0, strong.index)) && !STRONG_RE.test(ahead) && !/^(?:theo|trong|trước|để|nhằm|tại|căn cứ)\s/u.test(ahead)) {
    stop += strong.index;
  }
  stop = knownNameThenVerb(body, stop);
  const phrase = body.slice(0, stop).replace(/[,\s]+$/u, '');
  const bodies = splitBodies(phrase);
  if (!bodies.length) return null;
  let end = lead + skipped + stop;
  const after = /^[\s,:]*/u.exec(text.slice(end))![0].length;
  end += after;
  return { end, bodies: uniqueMentions(bodies.map(mention)), assigned: false };
}

/** The first list member that is a known name followed by a verb ends the subject there. */
function knownNameThenVerb(body: string, stop: number): number {
  const starts = [0, ...[...body.slice(0, stop).matchAll(/,\s*|;\s*|(?<!\s)\s+và\s+/gu)].map((m) => m.index! + m[0].length)];
  for (const at of starts) {
    const end = KNOWN_NAME_THEN_VERB.apply(body.slice(at));
    if (end !== null && at + end < stop) return at + end;
  }
  return stop;
}

/** Where a subject phrase ends, or null when nothing ends it. Verbs we look for are lower case,
 * so "Bộ Xây dựng" does not end at "Xây dựng"; a ";" or ":" inside a list of bodies does not end it. */
function findTerminator(s: string, start = 0): number | null {
  let from = start;
  for (;;) {
    const m = TERMINATOR.exec(s.slice(from));
    if (!m) return null;
    const at = from + m.index;
    const next = s.slice(at + 1).trimStart();
    if (m[0] === '.' && /(?:^|\s)(?:TP|Tp|\p{Lu})$/u.test(s.slice(0, at))) { from = at + 1; continue; } // "TP." abbreviations
    if (m[0] === '(') {
      // A parenthesis inside a name ("Nhà đầu tư (Công ty Xây dựng Sông Hồng)") is skipped over.
      const close = s.indexOf(')', at);
      if (close > 0 && close - at < 160) { from = close + 1; continue; }
    }
    // "các cơ quan, tổ chức có liên quan": after a comma or "và" in a list, "tổ chức" is a noun.
    if (m[0] === 'tổ chức' && /(?:,|\svà|(?:^|\s)(?:các|những))\s+$/u.test(s.slice(0, at))) { from = at + m[0].length; continue; }
    // "các cơ sở đào tạo", "Văn phòng đăng ký đất đai": an institution named by what it does, as "cơ sở giáo dục" is.
    if (institutionByActivity(s.slice(0, at), s.slice(at, at + 40))) { from = at + m[0].length; continue; }
    // "các đơn vị được giao nhiệm vụ Chủ đầu tư" — a relative clause that names the collective.
    if (m[0] === 'được giao' && /(?:đơn vị|cơ quan|tổ chức|cá nhân)\s+$/u.test(s.slice(0, at))) { from = at + m[0].length; continue; }
    // "Giám đốc các sở; Chủ tịch Ủy ban nhân dân các xã; …" — a list of bodies goes on.
    if (m[0] === ';' && startsWithBody(next)) { from = at + 1; continue; }
    // "Ủy ban nhân dân các tỉnh, thành phố: Tuyên Quang, Đồng Nai …" — a shared head's list.
    // A capitalised verb after the colon ("… các xã, phường: Phối hợp với …") opens the task instead.
    const shared = m[0] === ':' && /\p{Lu}/u.test(next.charAt(0)) ? SHARED_HEAD_END.exec(s.slice(0, at)) : null;
    if (shared && !opensTask(next, shared[0].replace(/^[Cc]ác\s+/u, ''))) { from = at + 1; continue; }
    return at;
  }
}

const SHARED_HEAD_END = new RegExp(`(?:các|Các)\\s+(?:${alt([...SHARED_HEADS, ...SHARED_HEADS_LOWER])}|tỉnh|thành phố|tỉnh,\\s*thành phố(?:\\s+trực thuộc\\s+Trung ương)?|xã|phường|đặc khu|xã,\\s*phường(?:,\\s*đặc khu)?)$`, 'u');

/** "giao Sở Tài chính chủ trì …", "đề nghị các tỉnh ủy …", "Yêu cầu các bộ, ngành …". */
export function assignedSubject(text: string, within = 400): (SubjectHit & { cueStart: number }) | null {
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(text); m && m.index < within; m = CUE_RE.exec(text)) {
    const cueStart = m.index + (m[0].length - m[0].trimStart().length);
    const before = text.slice(Math.max(0, cueStart - 8), cueStart);
    if (/(?:được|đã|theo|tại|nhiệm vụ)\s*$/u.test(before)) continue; // "được giao", "theo đề nghị"
    const rest = text.slice(m.index + m[0].length);
    if (!startsWithBody(rest)) continue;
    const hit = leadingSubject(rest);
    if (!hit) continue;
    return { ...hit, end: m.index + m[0].length + hit.end, assigned: true, cueStart };
  }
  return null;
}

const SUPPORT_CUE = /(?:phối hợp(?:\s+chặt chẽ)?(?:\s+với)?|(?<=chủ trì,?\s+)cùng(?:\s+với)?)\s+/gu;

/** A task under a body's heading may open with the cue ("Phối hợp với Sở X …"): read it as the lower-case
 * cue (same length, so offsets hold; a plain replace keeps the cue's pattern as it was). */
const capitalCue = (t: string): string => t.replaceAll('Phối hợp', 'phối hợp');

/** Bodies after "phối hợp (chặt chẽ) với" / "cùng": the coordinating bodies. */
export function supportBodies(written: string): Mention[] {
  const text = capitalCue(written);
  const out: Mention[] = [];
  for (const m of text.matchAll(SUPPORT_CUE)) {
    const rest = text.slice(m.index! + m[0].length);
    if (!startsWithBody(rest)) continue;
    const stop = findTerminator(rest.replace(LEAD_NOISE, ''));
    const phrase = stop === null ? rest.slice(0, 160) : rest.replace(LEAD_NOISE, '').slice(0, stop);
    out.push(...splitBodies(phrase).map(trimToKnown).map(mention));
  }
  return uniqueMentions(out);
}

/** Where a list of bodies after "phối hợp với" / "cùng" runs in `text`, as [start, end) offsets: a ";"
 * inside one ("phối hợp với Sở Xây dựng; Sở Y tế; Công an tỉnh") separates bodies, not clauses, and a
 * clause splitter must not cut there. */
export function supportListSpans(written: string): Array<[number, number]> {
  const text = capitalCue(written);
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(SUPPORT_CUE)) {
    const at = m.index! + m[0].length;
    const rest = text.slice(at);
    if (!startsWithBody(rest)) continue;
    const skipped = rest.length - rest.replace(LEAD_NOISE, '').length;
    const stop = findTerminator(rest.slice(skipped));
    if (stop !== null) spans.push([at, at + skipped + rest.slice(skipped, skipped + stop).trimEnd().length]);
  }
  return spans;
}

/** Bodies reported or submitted to: "báo cáo Thủ tướng Chính phủ", "trình Ủy ban nhân dân tỉnh",
 * "gửi về Sở Tư pháp", "gửi báo cáo về Bộ Nội vụ", "gửi dự thảo … về Sở Tư pháp". */
export function reportToBodies(text: string): Mention[] {
  const out: Mention[] = [];
  const starts: number[] = [];
  for (const m of text.matchAll(/(?<![\p{L}])(?:báo cáo|trình|gửi|tham mưu)(?![\p{L}])(?:\s+cho)?\s+/gu)) {
    const at = m.index! + m[0].length;
    starts.push(at);
    // "gửi báo cáo về X", "gửi dự thảo văn bản … về X": the body follows a short object.
    const via = /^(?:[^;.:]{0,80}?\s)?(?:về|cho|lên|tới|đến)\s+/u.exec(text.slice(at));
    if (via) starts.push(at + via[0].length);
  }
  for (const at of starts) {
    const rest = text.slice(at);
    if (!startsWithBody(rest)) continue;
    const body = rest.replace(LEAD_NOISE, '');
    const stop = findTerminator(body, headLength(body, false));
    // "báo cáo Ủy ban nhân dân tỉnh kết quả …": the body ends where the thing reported begins.
    const phrase = (stop === null ? body.slice(0, 80) : body.slice(0, stop)).replace(REPORTED_THING, '');
    out.push(...splitBodies(phrase).map(trimToKnown).map(mention));
  }
  return uniqueMentions(out);
}

const REPORTED_THING = /\s+(?:kết quả|tình hình|việc|những|các vấn đề|nội dung|số liệu|danh sách|phương án|dự thảo|hồ sơ|văn bản|báo cáo|đề xuất|kiến nghị)(?![\p{L}]).*$/u;

/** Cut a name that ran on into the sentence ("Thủ tướng Chính phủ kết quả …") to the longest known body. */
export function trimToKnown(phrase: string): string {
  const words = phrase.split(/\s+/u);
  for (let n = words.length; n >= 2; n--) {
    const p = words.slice(0, n).join(' ');
    if (isKnownBody(p)) return p;
  }
  return phrase;
}

/** The whole text is a list of bodies (a heading such as "2. Sở Tài chính" or "Ủy ban nhân dân các xã:"). */
export function bodyOnly(text: string): Mention[] | null {
  const t = text.replace(/\s*\((?:[^()]|\([^()]*\))*\)\s*/gu, ' ').replace(/[\s:.;,]+$/u, '').trim();
  // A known body whose name holds verbs ("Cục Kinh tế - Quản lý đầu tư xây dựng").
  if (t.length < 120 && isKnownBody(t)) return [mention(t)];
  if (!t || t.length > 220 || !startsWithBody(t)) return null;
  if (findTerminator(t.replace(LEAD_NOISE, '')) !== null) return null;
  const bodies = splitBodies(t);
  return bodies.length ? bodies.map(mention) : null;
}

/** Verbs that open a relative clause inside a name: "Sở quản lý ngành", "cơ quan được giao thẩm định". */
const RELATIVE_VERB = /^(?:quản lý|thực hiện|được giao|tiếp nhận|thẩm định|kinh doanh|sản xuất|sử dụng|đầu tư|tham gia|liên quan|trực tiếp|tổ chức|cung cấp|khai thác|đối với)(?![\p{L}])/u;
/** Role phrases that end a subject for sure; a subject is extended up to one of them. */
const STRONG_AHEAD = /(?<![\p{L}])(có trách nhiệm|chịu trách nhiệm|chủ trì|khẩn trương|tiếp tục)(?![\p{L}])/u;
const STRONG_RE = /^(?:có trách nhiệm|chịu trách nhiệm|chủ trì|phối hợp|khẩn trương|tiếp tục|tập trung|chủ động|cần|phải)(?![\p{L}])/u;

const CUE_START = new RegExp(`^\\s*(?:${alt(OPENING_CUES)})\\s*:?\\s+`, 'iu');
const CUE_AFTER = new RegExp(`^\\s*(?:${alt(ASSIGN_CUES)})${E}`, 'u');

/** The subject of a clause in any of its forms: "Bộ X chủ trì …", "Yêu cầu/Đề nghị/Giao X …",
 * "Đối với X cần …", "Thủ tướng Chính phủ đề nghị X …" (the one asked is X, not the asker). */
export const clauseSubject = (text: string): SubjectHit | null => clauseMemo(text);

function readClauseSubject(text: string): SubjectHit | null {
  const cue = CUE_START.exec(text);
  if (cue) {
    // After a cue the body may be written in lower case ("Đề nghị thường trực các tỉnh ủy").
    const rest = text.slice(cue[0].length).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    const hit = leadingSubject(rest);
    return hit ? { ...hit, end: cue[0].length + hit.end, assigned: true } : null;
  }
  const dv = /^\s*(?:Đối với|đối với)\s+/u.exec(text);
  if (dv) {
    const hit = leadingSubject(text.slice(dv[0].length));
    if (hit && /^(?:cần|phải|khẩn trương|tiếp tục|chủ động|tập trung)/u.test(text.slice(dv[0].length + hit.end))) return { ...hit, end: dv[0].length + hit.end };
    return null;
  }
  const hit = leadingSubject(text);
  if (!hit) return null;
  if (CUE_AFTER.test(text.slice(hit.end))) {
    const asg = assignedSubject(text.slice(hit.end), 60);
    return asg ? { ...asg, end: hit.end + asg.end } : null;
  }
  return hit;
}

/** "Trách nhiệm của Sở Tài chính", "Nhiệm vụ của các cơ quan quản lý cấp trên": the body a heading is about. */
export function headingBody(text: string): Mention[] | null {
  const t = text.replace(/\s*\([^()]*\)\s*/gu, ' ').replace(/[\s:.;]+$/u, '').trim();
  const m = /^(?:Trách nhiệm|Nhiệm vụ|Nhiệm vụ và quyền hạn|Trách nhiệm thực hiện)\s+(?:của|đối với)\s+(.{3,160})$/iu.exec(t);
  if (m) return [{ name: canonicalName(m[1]!.replace(/^các\s/u, 'Các ')), written: m[1]! }];
  const cue = /^(?:Đề nghị|Giao|Yêu cầu)\s*:?\s*(.+)$/u.exec(t);
  // "Đề nghị X, các đơn vị được giao làm Bên mời thầu …:" — a lead-in naming only whom it asks: all of
  // it up to the colon is the list of bodies, relative clauses included.
  const asked = cue ? cue[1]!.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : '';
  if (cue && /:\s*$/u.test(text) && startsWithBody(asked)) {
    const bodies = splitBodies(asked);
    if (bodies.length) return bodies.map(mention);
  }
  if (cue) return bodyOnly(asked);
  // A title alone stands for the person who holds it ("Trưởng Ban Chỉ đạo", "Giám đốc Sở").
  if (TITLE_RE.test(t) && t.length < 60 && !/[,;]/u.test(t) && findTerminator(t) === null) return [mention(t)];
  return null;
}

/** A subject after an opening adverbial: "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan …
 * phản ánh …", "…; căn cứ vào …, Văn phòng X và các văn phòng Y cụ thể hóa …". */
export function innerSubject(text: string, within = 700): (SubjectHit & { start: number }) | null {
  for (const m of text.matchAll(/(?:[,;:]|\sthì)\s+/gu)) {
    const pos = m.index! + m[0].length;
    if (pos > within) break;
    const hit = clauseSubject(text.slice(pos));
    if (!hit) continue;
    const pred = text.slice(pos + hit.end, pos + hit.end + 40);
    if (/^(?:đã|vừa|đang)\s/u.test(pred) || !ACTION_START.test(pred)) continue;
    return { ...hit, start: pos, end: pos + hit.end };
  }
  return null;
}

const ACTION_START = new RegExp(`^(?:${alt(ACTION_WORDS)}|sẽ|cần|phải)${E}`, 'u');
const ACTION_START_ANY_CASE = new RegExp(`^(?:${alt(ACTION_WORDS)})${E}`, 'iu');
/** After "các xã:" a place list, or a task written with a capital ("Phối hợp với …"); "Cần Thơ" is a place,
 * and after "các Bộ:" "Xây dựng" names the ministry ("Bộ Xây dựng"), not the verb. */
function opensTask(next: string, head = ''): boolean {
  const first = next.split(/,|(?<!\s)\s+và\s+|[;:.]/u)[0]!.trim();
  return ACTION_START_ANY_CASE.test(next) && !isKnownBody(first) && !(head && isKnownBody(`${head} ${first}`));
}
