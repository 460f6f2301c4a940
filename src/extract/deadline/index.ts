// The deadline engine: find time phrases (chrono + our parsers), then decide from the words around
// each one whether it is the last allowed day, a start, or a date given only as context.
import { parseAtoms, type Atom } from './chrono.js';
import {
  addDays, addMonths, addWorkingDays, canChiOf, daysInMonth, iso, isValidYmd, monthEnd, parseIso,
  quarterEnd, tet, toIso, type Ymd,
} from './calendar.js';
import {
  CELL_SEMIANNUAL, CONTEXT_LEFT, DAY_LIST_JOIN, DELIVERY_VERBS, LABEL_PREFIX,
  PAST_RIGHT, RECURRENCES, RECURRENCE_NOUN_LEFT, SINCE_RIGHT, START_LEFT, STRONG_QUALIFIERS, TARGET_LEFT,
  TARGET_RIGHT, WEAK_QUALIFIERS, type ContextRule, type RecurrenceRule, type Spec,
} from './patterns.js';
import type { DeadlineHit, Recurrence } from './types.js';

export type { DeadlineHit, Recurrence } from './types.js';

// ---------------------------------------------------------------------------------------------
// Compiled tables

interface LeftRule { name: string; re: RegExp }
const atEnd = (rules: ContextRule[]): LeftRule[] => rules.map((r) => ({ name: r.name, re: new RegExp(`(?:${r.source})$`, 'iu') }));

const STRONG = atEnd(STRONG_QUALIFIERS);
const WEAK = atEnd(WEAK_QUALIFIERS);
const contextGroup = (g: ContextRule['group']): LeftRule[] => atEnd(CONTEXT_LEFT.filter((r) => r.group === g));
const CITED = contextGroup('cited');
const LAW = contextGroup('law');
const ALWAYS_CONTEXT = contextGroup('always');
const NARRATIVE = contextGroup('narrative');
const PERIOD_NOUN = contextGroup('period');
const START = atEnd(START_LEFT);
const LABEL_END = new RegExp(`(?:${LABEL_PREFIX})$`, 'iu');
const TARGET_L = new RegExp(`(?:${TARGET_LEFT})$`, 'iu');
const TARGET_R = new RegExp(TARGET_RIGHT, 'iu');
const SINCE_R = new RegExp(SINCE_RIGHT, 'iu');
const PAST_R = new RegExp(PAST_RIGHT, 'iu');
const DELIVERY = new RegExp(DELIVERY_VERBS, 'iu');
const DONE_IN_CLAUSE = /(?<![\p{L}\p{N}])(?:hoàn\s+thành|hoàn\s+tất|xong|khánh\s+thành|thông\s+xe|đưa\s+vào)(?![\p{L}\p{N}])/iu;
const REC_NOUN = new RegExp(RECURRENCE_NOUN_LEFT, 'iu');
const DAY_JOIN = new RegExp(DAY_LIST_JOIN, 'iu');
const CELL_SEMI = new RegExp(CELL_SEMIANNUAL, 'iu');
const DINH_KY_END = /(?<![\p{L}\p{N}])định\s+kỳ\s*,?\s*$/iu;

interface RecRule { rule: RecurrenceRule; global: RegExp; prefix: RegExp; suffix: RegExp }
const RECS: RecRule[] = RECURRENCES.map((rule) => ({
  rule,
  global: new RegExp(`(?<![\\p{L}\\p{N}])(?:${rule.source})`, 'giu'),
  prefix: new RegExp(`(?<![\\p{L}\\p{N}])(?:${rule.source})\\s*,?\\s*$`, 'iu'),
  suffix: new RegExp(`^\\s*(?:,|và)?\\s*(?:của\\s+)?(?:${rule.source})`, 'iu'),
}));

const recurrenceOf = (r: RecRule, m: RegExpExecArray): Recurrence =>
  typeof r.rule.recurrence === 'function' ? r.rule.recurrence(m.slice(1)) : r.rule.recurrence;

// ---------------------------------------------------------------------------------------------
// Resolution of a time phrase to its last day

function rollForward(y: number, date: (y: number) => string | null, ref: Ymd): string | null {
  const first = date(y);
  if (first && first < toIso(ref)) return date(y + 1);
  return first;
}

function dayIso(y: number, m: number, d: number): string | null {
  return isValidYmd(y, m, d) ? iso(y, m, d) : null;
}

/** The last day a phrase allows; `before` for "trước Tết" (the eve). */
function resolve(spec: Spec, ref: Ymd | null, before: boolean): string | null {
  switch (spec.unit) {
    case 'day':
      if (spec.y !== null) return dayIso(spec.y, spec.m, spec.d);
      return ref ? rollForward(ref.y, (y) => dayIso(y, spec.m, spec.d), ref) : null;
    case 'month':
      if (spec.y !== null) return monthEnd(spec.y, spec.m);
      return ref ? rollForward(ref.y, (y) => monthEnd(y, spec.m), ref) : null;
    case 'quarter':
      if (spec.q < 1 || spec.q > 4) return null;
      if (spec.y !== null) return quarterEnd(spec.y, spec.q);
      return ref ? rollForward(ref.y, (y) => quarterEnd(y, spec.q), ref) : null;
    case 'half': {
      const y = spec.y ?? ref?.y;
      return y === undefined ? null : iso(y, spec.h === 1 ? 6 : 12, spec.h === 1 ? 30 : 31);
    }
    case 'year': {
      const y = spec.y ?? ref?.y;
      return y === undefined ? null : iso(y, 12, 31);
    }
    case 'part':
      return resolvePart(spec, ref);
    case 'tet': {
      let y = spec.y;
      if (y === null && spec.canChi && ref) {
        for (let c = ref.y - 1; c < ref.y + 59; c++) if (canChiOf(c) === spec.canChi) { y = c; break; }
      }
      if (spec.solar) {
        if (y === null && ref) y = ref.y + 1;
        if (y === null) return null;
        return before ? iso(y - 1, 12, 31) : iso(y, 1, 1);
      }
      if (y === null && ref) y = toIso(tet(ref.y)) >= toIso(ref) ? ref.y : ref.y + 1;
      if (y === null) return null;
      return toIso(before ? addDays(tet(y), -1) : tet(y));
    }
    case 'relative': {
      let from: Ymd | null = null;
      if (spec.anchor === 'ref') from = ref;
      else if (spec.anchor && spec.anchor.unit === 'day') from = parseIso(resolve(spec.anchor, ref, false));
      if (!from) return null;
      switch (spec.per) {
        case 'day': return toIso(addDays(from, spec.n));
        case 'workday': return toIso(addWorkingDays(from, spec.n));
        case 'week': return toIso(addDays(from, 7 * spec.n));
        case 'month': return toIso(addMonths(from, spec.n));
        case 'year': return toIso(addMonths(from, 12 * spec.n));
      }
      return null;
    }
    case 'range':
      return resolve(spec.to, ref, false);
    default:
      return null;
  }
}

function resolvePart(spec: Extract<Spec, { unit: 'part' }>, ref: Ymd | null): string | null {
  const dayIn = (y: number, m: number): number => (spec.part === 'đầu' ? 10 : spec.part === 'giữa' ? 20 : daysInMonth(y, m));
  if (spec.of === 'month') {
    const m = spec.m ?? ref?.m;
    if (m === undefined) return null;
    if (spec.y !== null) return iso(spec.y, m, dayIn(spec.y, m));
    if (!ref) return null;
    return spec.m === undefined ? iso(ref.y, m, dayIn(ref.y, m)) : rollForward(ref.y, (y) => iso(y, m, dayIn(y, m)), ref);
  }
  // Only the end of a quarter or year is a precise day; "đầu năm" has no agreed last day.
  if (spec.part !== 'cuối') return null;
  if (spec.of === 'quarter') {
    const q = spec.q ?? (ref ? Math.ceil(ref.m / 3) : undefined);
    const y = spec.y ?? ref?.y;
    return q === undefined || y === undefined ? null : quarterEnd(y, q);
  }
  const y = spec.y ?? ref?.y;
  return y === undefined ? null : iso(y, 12, 31);
}

// ---------------------------------------------------------------------------------------------
// Classification

interface Scored extends DeadlineHit { score: number }

const WINDOW = 200;

/** Cues that keep a fronted date a deadline: "Trước ngày 10/10/2025, các bộ …". */
const FRONTABLE = new Set(['chậm nhất', 'completion verb with a preposition', 'từ nay đến', 'trước', 'trong', 'timing label']);

/** A target or indicator right before a period qualifier makes the period the target's, not a deadline. */
/** Nouns of a plan's horizon: what runs "từ nay đến …" is a period, not a due date. */
const HORIZON_NOUN = /(?:nhiệm\s+vụ|phương\s+hướng|giai\s+đoạn|thời\s+gian|chương\s+trình|kế\s+hoạch|định\s+hướng)(?:\s+[\p{L}\p{N}]+){0,3}\s*$/iu;
const TARGET_NOUN = /(?:mục\s+tiêu|chỉ\s+tiêu)(?:,?\s+[\p{L}\p{N}]+){0,8}?\s*$/iu;

function matchEnd(rules: LeftRule[], left: string): { name: string; at: number } | null {
  for (const r of rules) {
    const m = r.re.exec(left);
    if (m && m[0].trim() !== '') return { name: r.name, at: m.index };
  }
  return null;
}

/** Text of the clause that holds position `at` (after the last sentence or cell boundary). */
function clauseBefore(left: string): string {
  const i = Math.max(left.lastIndexOf('.'), left.lastIndexOf(';'), left.lastIndexOf(':'), left.lastIndexOf('|'), left.lastIndexOf('!'), left.lastIndexOf('?'));
  return left.slice(i + 1);
}

function inParentheses(left: string): boolean {
  return left.lastIndexOf('(') > left.lastIndexOf(')');
}

function sentenceStart(left: string): boolean {
  return /(?:^|[.;:!?|]|\n|^\s*[-+•]|(?:^|\s)(?:[a-zđ]|\d{1,2}(?:\.\d{1,2})*|[IVX]+)[.)])\s*$/iu.test(left);
}

interface Rec { recurrence: Recurrence; explicit: boolean; start: number; end: number }

function recurrenceBefore(clean: string, pos: number): Rec | null {
  const left = clean.slice(Math.max(0, pos - 60), pos);
  for (const r of RECS) {
    const m = r.prefix.exec(left);
    if (m) return { recurrence: recurrenceOf(r, m), explicit: !!r.rule.explicit, start: pos - (left.length - m.index), end: pos };
  }
  return null;
}

function recurrencesAfter(clean: string, pos: number): Rec[] {
  const out: Rec[] = [];
  let at = pos;
  for (let guard = 0; guard < 3; guard++) {
    const right = clean.slice(at, at + 80);
    let found: Rec | null = null;
    for (const r of RECS) {
      const m = r.suffix.exec(right);
      if (m) { found = { recurrence: recurrenceOf(r, m), explicit: !!r.rule.explicit, start: at, end: at + m[0].length }; break; }
    }
    if (!found) break;
    out.push(found);
    at = found.end;
  }
  return out;
}

/** Several days of one yearly schedule become a frequency: two a year is half-yearly. */
function perYear(count: number): Recurrence {
  return count >= 12 ? 'monthly' : count >= 4 ? 'quarterly' : count >= 2 ? 'semiannual' : 'yearly';
}

interface Group { index: number; end: number; spec: Spec; days: number }

function groupDayLists(clean: string, atoms: Atom[]): Group[] {
  const out: Group[] = [];
  let i = 0;
  while (i < atoms.length) {
    // A run of yearless days joined by "," / "và" is one schedule only if a recurrence follows it.
    let j = i;
    while (j + 1 < atoms.length && isYearlessDay(atoms[j]!.spec) && isYearlessDay(atoms[j + 1]!.spec)
      && DAY_JOIN.test(clean.slice(atoms[j]!.end, atoms[j + 1]!.index))) j++;
    if (j > i && recurrencesAfter(clean, atoms[j]!.end).length > 0) {
      out.push({ index: atoms[i]!.index, end: atoms[j]!.end, spec: atoms[i]!.spec, days: j - i + 1 });
      i = j + 1;
    } else {
      out.push({ ...atoms[i]!, days: 1 });
      i++;
    }
  }
  return out;
}

const isYearlessDay = (s: Spec): boolean => s.unit === 'day' && s.y === null;

function classify(clean: string, g: Group, ref: Ymd | null): Scored | null {
  const { spec } = g;
  const left = clean.slice(Math.max(0, g.index - WINDOW), g.index);
  const right = clean.slice(g.end, g.end + WINDOW);
  const abs = (i: number): number => g.index - left.length + i;
  let start = g.index;
  let end = g.end;
  let kind: DeadlineHit['kind'] = 'context';
  let score = 0;
  let before = false;

  const strong = matchEnd(STRONG, left);
  const clause = clauseBefore(left);

  const make = (): Scored => ({ text: '', start, end, date: null, recurrence: null, kind, score });

  if (spec.unit === 'period') {
    // "ngay từ năm học 2025 - 2026" starts a duty; "năm học 2025 - 2026" alone only names a period.
    const from = /ngay\s+từ\s*$/iu.exec(left);
    kind = from ? 'start' : 'context';
    if (from) start = abs(from.index);
    return make();
  }

  // Relative counts are only time phrases when they say what they count from, or follow a cue.
  if (spec.unit === 'relative' && spec.anchor === null && !strong && !/kể\s+từ|từ\s+(?:ngày|khi)/iu.test(clean.slice(g.index, g.end))) return null;

  // A cue word between a cited document and the date ("số 12/NQ-CP … trước ngày") makes it a deadline.
  const cited = strong && strong.name !== 'timing label' ? null : matchEnd(CITED, left);
  const alwaysContext = matchEnd(ALWAYS_CONTEXT, left);
  const coarse = spec.unit !== 'day' && spec.unit !== 'relative' && spec.unit !== 'recurDay' && spec.unit !== 'tet';

  let qualifierAt: number | null = null;

  if (spec.unit === 'recurDay') {
    kind = 'deadline';
    score = 3;
    if (strong) qualifierAt = strong.at;
  } else if (cited) {
    kind = 'context';
  } else if (alwaysContext) {
    kind = 'context';
  } else if (TARGET_L.test(left) && (TARGET_R.test(right) || (!/hết\s*$/iu.test(left) && !DONE_IN_CLAUSE.test(clause) && spec.unit === 'year'))) {
    // "Đến hết năm 2025: có ≥ 50% …", "đến năm 2030 đạt …", "5.000 km vào năm 2030": a target.
    kind = 'context';
  } else if (/(?:^|[.;:!?|])\s*(?:tính\s+)?(?:đến|tới)?\s*(?:hết\s+)?(?:ngày\s*)?$/iu.test(left) && /^\s*,/u.test(right)
    && !(strong && FRONTABLE.has(strong.name))) {
    // "Ngày 16 tháng 12 năm 2025, tại …", "Đến ngày 19/8/2025, cả nước có …": narrative.
    kind = 'context';
  } else if (strong && /^\s*từ\s+nay\s+đến/iu.test(left.slice(strong.at)) && HORIZON_NOUN.test(left.slice(0, strong.at)) && !/hoàn\s+thành/iu.test(clause)) {
    // "các việc cần làm từ nay đến tháng 9/2028", "trong thời gian từ nay đến cuối năm": a horizon.
    kind = 'context';
  } else if (strong && TARGET_NOUN.test(left.slice(0, strong.at)) && !/hoàn\s+thành\s+(?:các\s+|những\s+)?(?:mục\s+tiêu|chỉ\s+tiêu)/iu.test(left.slice(0, strong.at))) {
    // "thực hiện tốt các mục tiêu, chỉ tiêu tăng trưởng của địa phương trong năm 2025": the year of a
    // target; "hoàn thành chỉ tiêu … trong năm 2026" still sets a deadline.
    kind = 'context';
  } else if (strong && !(spec.unit === 'tet' && !/trước\s*$/iu.test(left))) {
    // Only "trước Tết" dates from Tết; "trong dịp Tết" is a season, not a day.
    kind = 'deadline';
    score = 3;
    qualifierAt = strong.at;
    before = spec.unit === 'tet';
  } else if (matchEnd(LAW, left) && coarse) {
    kind = 'context'; // "Luật Đất đai năm 2024"
  } else if (matchEnd(NARRATIVE, left) || PAST_R.test(right)) {
    kind = 'context'; // past events, meetings
  } else if (SINCE_R.test(right)) {
    kind = 'context';
    const s = matchEnd(START, left);
    if (s) start = abs(s.at);
    end = g.end + (SINCE_R.exec(right)?.[0].length ?? 0);
  } else if (spec.unit === 'range') {
    kind = 'deadline';
    score = 2;
    const s = matchEnd(START, left);
    if (s) qualifierAt = s.at;
  } else if (matchEnd(START, left) && /\s(?:đến|tới)\s+(?!khi|nay)/iu.test(clean.slice(g.index, g.end))) {
    // "Từ tháng 4 đến tháng 6/2026": a period whose end is written is due by that end.
    kind = 'deadline';
    score = 2;
    qualifierAt = matchEnd(START, left)!.at;
  } else if (matchEnd(START, left)) {
    kind = 'start';
    start = abs(matchEnd(START, left)!.at);
  } else if (spec.unit === 'tet') {
    kind = 'context';
  } else if (matchEnd(WEAK, left)) {
    const w = matchEnd(WEAK, left)!;
    // "vào năm 2030" without a completion verb is a target year, not a due date.
    if (w.name.startsWith('vào') && spec.unit === 'year' && !DONE_IN_CLAUSE.test(clause)) kind = 'context';
    else { kind = 'deadline'; score = 2; qualifierAt = w.at; }
  } else if (spec.unit === 'relative' && spec.anchor !== null) {
    kind = 'deadline';
    score = 2;
  } else if (matchEnd(PERIOD_NOUN, left)) {
    kind = 'context'; // "kết quả thực hiện năm 2025"
  } else if (isCell(left, right)) {
    kind = 'deadline';
    score = 2;
  } else if (DELIVERY.test(clause) && !inParentheses(left) && spec.unit !== 'relative' && spec.unit !== 'year') {
    // A bare year after a verb usually names what the work is for ("ngân sách năm 2026",
    // "thông xe năm 2025" as a goal); months, quarters and days are written as due dates.
    kind = 'deadline';
    score = 1;
  }

  if (qualifierAt !== null) {
    start = abs(qualifierAt);
    // A timing label just before the qualifier belongs to the phrase ("Thời gian hoàn thành: Trước …").
    const lab = LABEL_END.exec(left.slice(0, qualifierAt));
    if (lab && lab[0].trim()) start = abs(lab.index);
  }

  const hit = make();
  if (kind !== 'deadline') {
    hit.date = resolve(spec, ref, false);
    return hit;
  }

  // Recurrence written around the phrase: "định kỳ 6 tháng trước ngày 30 tháng 6",
  // "trước ngày 25/12 hàng năm", "trước ngày 20 tháng 11 hàng năm định kỳ 6 tháng".
  const pre = recurrenceBefore(clean, start);
  const post = recurrencesAfter(clean, g.end);
  let recurrence: Recurrence | null = spec.unit === 'recurDay' ? spec.recurrence : null;
  const all = [...post, ...(pre ? [pre] : [])];
  const explicit = all.find((r) => r.explicit);
  if (explicit) recurrence = explicit.recurrence;
  else if (g.days > 1 && all.some((r) => r.recurrence === 'yearly')) recurrence = perYear(g.days);
  else if (!recurrence && all.length > 0) recurrence = all[0]!.recurrence;
  if (pre) start = Math.min(start, pre.start);
  if (post.length > 0) end = post[post.length - 1]!.end;
  if (recurrence) {
    const d = DINH_KY_END.exec(clean.slice(Math.max(0, start - 20), start));
    if (d) start = start - (Math.min(20, start) - d.index);
  }

  hit.start = start;
  hit.end = end;
  hit.recurrence = recurrence;
  hit.score = score;
  // A recurring duty has no single date unless a full first date is written.
  const hasYear = (s: Spec): boolean => ('y' in s && s.y !== null) || (s.unit === 'range' && hasYear(s.to));
  hit.date = recurrence && !hasYear(spec) ? null : resolve(spec, ref, before);
  return hit;
}

/** A table cell or a timing line holding only the time: "| Quí IV-2025 |", "Tháng 12/2025". */
function isCell(left: string, right: string): boolean {
  const l = /(?:^|[|:])\s*(?:[-+•]\s*)?$/u.test(left);
  const r = /^\s*[.;,]?\s*(?:\||$)/u.test(right);
  return l && r;
}

// ---------------------------------------------------------------------------------------------
// Public API

function refDateOf(ref: Ymd | null): Date {
  // chrono only uses it for implied years we override; noon keeps it inside the same local day.
  return ref ? new Date(ref.y, ref.m - 1, ref.d, 12) : new Date(2000, 0, 1, 12);
}

function trimSpan(input: string, s: number, e: number): [number, number] {
  while (s < e && /[\s*_,:;]/u.test(input[s]!)) s++;
  while (e > s && /[\s*_,:;]/u.test(input[e - 1]!)) e--;
  return [s, e];
}

function findScored(text: string, ref: string | null): Scored[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const refYmd = parseIso(ref);
  // Markdown emphasis may sit anywhere inside a phrase; blanking it keeps every offset.
  const clean = text.replace(/[*_]/g, ' ');
  let atoms: Atom[];
  try {
    atoms = parseAtoms(clean, refDateOf(refYmd));
  } catch {
    atoms = [];
  }
  const hits: Scored[] = [];
  for (const g of groupDayLists(clean, atoms)) {
    const h = classify(clean, g, refYmd);
    if (h) hits.push(h);
  }

  // Recurrences not attached to a date: "định kỳ hàng tháng", "Thường xuyên, hằng năm".
  const covered = (s: number, e: number): boolean => hits.some((h) => s < h.end && e > h.start);
  for (const r of RECS) {
    r.global.lastIndex = 0;
    for (let m = r.global.exec(clean); m; m = r.global.exec(clean)) {
      const s = m.index, e = s + m[0].length;
      if (m[0].length === 0) { r.global.lastIndex++; continue; }
      if (covered(s, e)) continue;
      const left = clean.slice(Math.max(0, s - 60), s);
      const isNoun = REC_NOUN.test(left) && !/định\s+kỳ/iu.test(m[0]);
      const strong = /định\s+kỳ|báo\s+cáo/iu.test(m[0]) || /(?:báo\s+cáo|định\s+kỳ)[^.;:]{0,40}$/iu.test(left);
      let start = s;
      const d = DINH_KY_END.exec(left);
      if (d) start = s - (left.length - d.index);
      hits.push({ text: '', start, end: e, date: null, recurrence: recurrenceOf(r, m), kind: isNoun ? 'context' : 'deadline', score: strong ? 2 : 1 });
    }
  }
  if (CELL_SEMI.test(clean) && hits.length === 0) {
    const [s, e] = trimSpan(text, 0, text.length);
    hits.push({ text: '', start: s, end: e, date: null, recurrence: 'semiannual', kind: 'deadline', score: 2 });
  }

  for (const h of hits) {
    [h.start, h.end] = trimSpan(text, h.start, h.end);
    h.text = text.slice(h.start, h.end);
  }
  return hits.filter((h) => h.end > h.start).sort((a, b) => a.start - b.start || b.end - a.end);
}

/** All date-like phrases in `text`, classified. `ref` is the document's date (ISO) used for dates without a year and relative periods; null when unknown (then relative deadlines keep their text with date null). */
export function findDeadlines(text: string, ref: string | null): DeadlineHit[] {
  return findScored(text, ref).map(({ score: _score, ...hit }) => hit);
}

/** The deadline governing one obligation's text: the best 'deadline'-kind hit (prefer ones with a completion cue: trước ngày, chậm nhất, hoàn thành trong, trong tháng/quý/năm, đến hết, xong trước, vào ngày/dịp + date, recurrences like hằng/hàng tháng, định kỳ…), or null. */
export function pickDeadline(text: string, ref: string | null): { text: string; date: string | null; recurrence: Recurrence | null } | null {
  let best: Scored | null = null;
  for (const h of findScored(text, ref)) {
    if (h.kind !== 'deadline') continue;
    // Phrases with neither a date nor a recurrence ("trong 15 ngày kể từ ngày nhận") rank last.
    const s = h.date || h.recurrence ? h.score : h.score - 10;
    const b = best ? (best.date || best.recurrence ? best.score : best.score - 10) : -Infinity;
    if (s > b) best = h;
  }
  return best ? { text: best.text, date: best.date, recurrence: best.recurrence } : null;
}
