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

import { CELL_SEMI, DINH_KY_END, LABEL_END, DAY_JOIN, STRONG, matchEnd, clauseBefore, KIND_RULES, LONG_PAST, LONG_PAST_DAYS, PERIODIC_YEARLESS, RECURRENCE_BRACKETED, RECURRENCE_OF_NOUN, RECURRENCE_ONLY, SEMIANNUAL_CELL, type Decision, type KindFacts } from './kinds.js';
import { firstDecisive } from '../../core/rule.js';
import { NO_TRACE } from '../../core/trace.js';
import { memoize } from '../../util/text.js';

interface RecRule { rule: RecurrenceRule; global: RegExp; prefix: RegExp; bracketed: RegExp; suffix: RegExp }
const RECS: RecRule[] = RECURRENCES.map((rule) => ({
  rule,
  global: new RegExp(`(?<![\\p{L}\\p{N}])(?:${rule.source})`, 'giu'),
  prefix: new RegExp(`(?<![\\p{L}\\p{N}])(?:${rule.source})\\s*,?\\s*$`, 'iu'),
  bracketed: new RegExp(`(?<![\\p{L}\\p{N}])(?:${rule.source})\\s*\\(\\s*$`, 'iu'),
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

/** `rule`: the kind rule that decided (kinds.ts), for the trace. */
interface Scored extends DeadlineHit { score: number; rule: string; also?: string }

const WINDOW = 200;

interface Rec { recurrence: Recurrence; explicit: boolean; start: number; end: number; bracketed?: boolean }

function recurrenceBefore(clean: string, pos: number): Rec | null {
  const left = clean.slice(Math.max(0, pos - 60), pos);
  for (const r of RECS) {
    const plain = r.prefix.exec(left);
    const m = plain ?? (RECURRENCE_BRACKETED.apply(left) ? r.bracketed.exec(left) : null);
    if (m) return { recurrence: recurrenceOf(r, m), explicit: !!r.rule.explicit, start: pos - (left.length - m.index), end: pos, bracketed: !plain };
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

function classify(clean: string, g: Group, ref: Ymd | null, dropped: Scored[] | null): Scored | null {
  const { spec } = g;
  const left = clean.slice(Math.max(0, g.index - WINDOW), g.index);
  const right = clean.slice(g.end, g.end + WINDOW);
  const abs = (i: number): number => g.index - left.length + i;
  const facts: KindFacts = { spec, phrase: clean.slice(g.index, g.end), left, right, strong: matchEnd(STRONG, left), clause: clauseBefore(left) };
  const decided = firstDecisive(KIND_RULES, facts, NO_TRACE);
  const d = decided?.out ?? { kind: 'context' as const };
  const rule = decided?.by ?? 'deadline-kind/no-cue';
  const hit: Scored = { text: '', start: d.startAt !== undefined ? abs(d.startAt) : g.index, end: g.end + (d.endPlus ?? 0), date: null, recurrence: null, kind: d.kind, score: d.score ?? 0, rule };
  if (d.drop) {
    dropped?.push(hit);
    return null;
  }
  if (d.final) return hit;
  return finish(clean, g, ref, hit, left, d);
}

/** After the kind: the phrase's start (qualifier, label, "định kỳ"), its recurrence and its date. */
function finish(clean: string, g: Group, ref: Ymd | null, hit: Scored, left: string, d: Decision): Scored {
  const { spec } = g;
  const abs = (i: number): number => g.index - left.length + i;
  const qualifierAt = d.qualifierAt ?? null;
  const before = d.before ?? false;
  let start = hit.start;
  let end = hit.end;
  if (qualifierAt !== null) {
    start = abs(qualifierAt);
    // A timing label just before the qualifier belongs to the phrase ("Thời gian hoàn thành: Trước …").
    const lab = LABEL_END.exec(left.slice(0, qualifierAt));
    if (lab && lab[0].trim()) start = abs(lab.index);
  }

  hit.start = start;
  if (hit.kind !== 'deadline') {
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
  if (pre?.bracketed) {
    hit.also = RECURRENCE_BRACKETED.id;
    const close = /^[^()\n]{0,20}\)/u.exec(clean.slice(end));
    if (close) end += close[0].length;
  }
  if (!recurrence && PERIODIC_YEARLESS.apply({ clause: clauseBefore(clean.slice(Math.max(0, start - WINDOW), start)), right: clean.slice(g.end, g.end + 40), spec, found: false })) {
    recurrence = 'yearly';
    hit.also = PERIODIC_YEARLESS.id;
  }
  if (pre) start = Math.min(start, pre.start);
  if (post.length > 0) end = post[post.length - 1]!.end;
  if (recurrence) {
    const dk = DINH_KY_END.exec(clean.slice(Math.max(0, start - 20), start));
    if (dk) start = start - (Math.min(20, start) - dk.index);
  }

  hit.start = start;
  hit.end = end;
  hit.recurrence = recurrence;
  // A recurring duty has no single date unless a full first date is written.
  const hasYear = (s: Spec): boolean => ('y' in s && s.y !== null) || (s.unit === 'range' && hasYear(s.to));
  hit.date = recurrence && !hasYear(spec) ? null : resolve(spec, ref, before);
  if (LONG_PAST.apply({ date: hit.date, ref: ref ? toIso(addDays(ref, -LONG_PAST_DAYS)) : null })) Object.assign(hit, { kind: 'context', rule: LONG_PAST.id });
  return hit;
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

/** `keepDropped`: also the phrases a rule said are no time phrase (as context), for the trace. */
function findScored(text: string, ref: string | null, keepDropped = false): Scored[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const refYmd = parseIso(ref);
  // Markdown emphasis may sit anywhere inside a phrase; blanking it keeps every offset.
  const clean = text.replace(/[*_]/g, ' ');
  const atoms: Atom[] = parseAtoms(clean, refDateOf(refYmd));
  const hits: Scored[] = [];
  const dropped: Scored[] | null = keepDropped ? [] : null;
  for (const g of groupDayLists(clean, atoms)) {
    const h = classify(clean, g, refYmd, dropped);
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
      const isNoun = RECURRENCE_OF_NOUN.apply({ left, right: clean.slice(e, e + 60), phrase: m[0] }) !== null;
      const strong = /định\s+kỳ|báo\s+cáo/iu.test(m[0]) || /(?:báo\s+cáo|định\s+kỳ)[^.;:]{0,40}$/iu.test(left);
      let start = s;
      const d = DINH_KY_END.exec(left);
      if (d) start = s - (left.length - d.index);
      const rec = RECURRENCE_ONLY.apply({ isNoun, strong })!;
      hits.push({ text: '', start, end: e, date: null, recurrence: recurrenceOf(r, m), kind: rec.kind, score: rec.score ?? 0, rule: isNoun ? RECURRENCE_OF_NOUN.id : RECURRENCE_ONLY.id });
    }
  }
  if (SEMIANNUAL_CELL.apply({ clean, found: hits.length })) {
    const [s, e] = trimSpan(text, 0, text.length);
    hits.push({ text: '', start: s, end: e, date: null, recurrence: 'semiannual', kind: 'deadline', score: 2, rule: SEMIANNUAL_CELL.id });
  }

  if (dropped) hits.push(...dropped);
  for (const h of hits) {
    [h.start, h.end] = trimSpan(text, h.start, h.end);
    h.text = text.slice(h.start, h.end);
  }
  return hits.filter((h) => h.end > h.start).sort((a, b) => a.start - b.start || b.end - a.end);
}

// A clause is read for its deadlines when it is split (findDeadlines) and again when its deadline is
// picked (pickDeadline): one parse serves both. The hits are never changed by the callers (both build
// new objects from them). Key: "reference date NUL text" (a date never contains NUL).
const scoredMemo = memoize((key: string): Scored[] => {
  const cut = key.indexOf('\u0000');
  return findScored(key.slice(cut + 1), key.slice(0, cut) || null);
}, 5_000); // the two reads of a clause come close together: a small table keeps a long batch's memory flat
const scoredOf = (text: string, ref: string | null): Scored[] =>
  typeof text === 'string' ? scoredMemo(`${ref ?? ''}\u0000${text}`) : findScored(text, ref);

/** All date-like phrases in `text`, classified. `ref` is the document's date (ISO) used for dates without a year and relative periods; null when unknown (then relative deadlines keep their text with date null). */
export function findDeadlines(text: string, ref: string | null): DeadlineHit[] {
  return scoredOf(text, ref).map(({ score: _score, rule: _rule, also: _also, ...hit }) => hit);
}

/** findDeadlines with the kind rule behind each hit (for the trace and the rule examples). */
export function explainDeadlines(text: string, ref: string | null): (DeadlineHit & { rule: string; also?: string })[] {
  return findScored(text, ref, true).map(({ score: _score, ...hit }) => hit);
}

/** The deadline governing one obligation's text: the best 'deadline'-kind hit (prefer ones with a completion cue: trước ngày, chậm nhất, hoàn thành trong, trong tháng/quý/năm, đến hết, xong trước, vào ngày/dịp + date, recurrences like hằng/hàng tháng, định kỳ…), or null. */
export function pickDeadline(text: string, ref: string | null): { text: string; date: string | null; recurrence: Recurrence | null; rule: string; also?: string } | null {
  let best: Scored | null = null;
  for (const h of scoredOf(text, ref)) {
    if (h.kind !== 'deadline') continue;
    // Phrases with neither a date nor a recurrence ("trong 15 ngày kể từ ngày nhận") rank last.
    const s = h.date || h.recurrence ? h.score : h.score - 10;
    const b = best ? (best.date || best.recurrence ? best.score : best.score - 10) : -Infinity;
    if (s > b) best = h;
  }
  return best ? { text: best.text, date: best.date, recurrence: best.recurrence, rule: best.rule, ...(best.also ? { also: best.also } : {}) } : null;
}
