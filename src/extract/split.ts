// One unit → chunks with their own lead; then dated clauses set apart (ANNOTATION: granularity).
// The decisions are the rules of rules/split.ts; this file only runs them in order.
import { defineRule, firstDecisive, tryRule } from '../core/rule.js';
import { NO_TRACE, type Tracer } from '../core/trace.js';
import type { Deadline } from '../schema/index.js';
import { clauseSubject, supportListSpans } from '../bodies/grammar.js';
import type { OpenChunk } from './context.js';
import { bodiesNote, pickDeadline, sameDeadline } from './facts.js';
import type { Mention } from '../bodies/names.js';
import { NOT_OBLIGATION } from './lexicon.js';
import { ACTION_RE, DEADLINE_ONLY } from './patterns.js';
import {
  KEEP_WHOLE_COMPLETION, KEEP_WHOLE_REPORT, KEEP_WHOLE_TRAILING, PREFACE_JOINS_FIRST, SPLIT_BY_DEADLINE, SPLIT_BY_SUBJECT, SPLIT_ENUMERATED, SPLIT_TWO_DEADLINES,
} from './rules/split.js';

/** Which offsets lie inside round brackets (an unclosed "(" counts to the end of its line only). */
function bracketed(t: string): boolean[] {
  const out = new Array<boolean>(t.length).fill(false);
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '\n') depth = 0;
    out[i] = depth > 0;
  }
  return out;
}

export const KEEP_SUPPORT_LIST = defineRule<{ at: number; lists: Array<[number, number]> }, true>({
  id: 'split/keep-support-list',
  description: 'A ";" inside the list of bodies after "phối hợp với" ("phối hợp với Sở Xây dựng; Sở Y tế; Công an tỉnh rà soát …") separates bodies, not clauses: no cut there.',
  examples: {
    fires: ['Sở Tư pháp chủ trì, phối hợp với Sở Xây dựng; Sở Y tế; Công an tỉnh rà soát các cơ sở kinh doanh.'],
    skips: ['Sở Tư pháp rà soát các cơ sở kinh doanh; Sở Y tế kiểm tra các bệnh viện.'],
  },
  apply: ({ at, lists }) => (lists.some(([a, b]) => at > a && at < b) ? true : null),
});

/** Clause boundaries: ";" and sentence ends ("." before a capital). */
function clauseBounds(t: string, tr: Tracer = NO_TRACE): number[] {
  const cuts: number[] = [];
  // "phối hợp với Sở Xây dựng; Sở Y tế; Công an tỉnh rà soát …": a list of bodies, not three clauses.
  const lists = /;/u.test(t) ? supportListSpans(t) : [];
  // Semicolons inside a list introduced by "như:", "gồm:" separate list members, not clauses.
  const list = /(?:như|gồm|bao gồm|là)\s*:/u.exec(t);
  // A ";" or "." inside brackets ("(bộ báo cáo theo Phụ lục 1; địa phương theo Phụ lục 2)") ends no clause.
  const inside = bracketed(t);
  for (const m of t.matchAll(/;\s+|\.\s+(?=\p{Lu})/gu)) {
    if (list && m.index! > list.index && m[0].startsWith(';')) continue;
    if (inside[m.index!]) continue;
    if (m[0].startsWith(';') && tryRule(KEEP_SUPPORT_LIST, { at: m.index!, lists }, tr)) continue;
    const before = t.slice(0, m.index!);
    if (/(?:^|\s)(?:TP|Tp|ThS|TS|PGS|GS|v\.v)$/u.test(before)) continue;
    cuts.push(m.index! + m[0].length);
  }
  return cuts;
}

/** 1. A clause that opens with another body starts a new obligation; so does "Yêu cầu X …". */
function bySubject(t: string, lead: Mention[] | null, tr: Tracer): OpenChunk[] {
  const out: OpenChunk[] = [];
  let cur: OpenChunk = { start: 0, end: t.length, lead };
  // "Giám đốc Sở X; Thủ trưởng các sở …; Chủ tịch … chịu trách nhiệm …": the semicolons of the
  // opening list of bodies separate bodies, not clauses.
  const opening = clauseSubject(t);
  for (const cut of clauseBounds(t, tr)) {
    if (opening && cut < opening.end) continue;
    const rest = t.slice(cut);
    if (NOT_OBLIGATION.test(rest)) {
      if (cur.lead === null) cur.start = cut;
      continue;
    }
    const s = SPLIT_BY_SUBJECT.apply({ rest, lead: cur.lead });
    if (s) {
      cur.end = cut;
      out.push(cur);
      cur = { start: cut, end: t.length, lead: s.bodies, ...(tr.on ? { by: { rule: SPLIT_BY_SUBJECT.id, note: bodiesNote(s.bodies) } } : {}) };
    }
  }
  out.push(cur);
  return out;
}

/** The pieces of one lead's text: numbered clauses, or clauses (two-deadline clauses cut at "và"). */
function pieces(text: string, ref: string | null, tr: Tracer): { parts: [number, number][]; marks: number[] | null } {
  const marks = tryRule(SPLIT_ENUMERATED, text, tr, (m) => `${m.length} numbered clauses`);
  if (marks) {
    const parts: [number, number][] = [];
    if (marks[0]! > 0) parts.push([0, marks[0]!]);
    marks.forEach((a, i) => parts.push([a, marks[i + 1] ?? text.length]));
    return { parts, marks };
  }
  const cuts = [0, ...clauseBounds(text), text.length];
  const parts = cuts.slice(0, -1).flatMap((a, i) => tryRule(SPLIT_TWO_DEADLINES, { text, a, b: cuts[i + 1]!, ref }, tr, () => `cut at "và"`) ?? [[a, cuts[i + 1]!]] as [number, number][]);
  return { parts, marks: null };
}

interface Group { a: number; b: number; dl: Deadline | null }

/** "Sau thời hạn nêu trên, đơn vị chưa báo cáo phải tự chịu trách nhiệm": what follows a missed deadline
 * belongs to the dated task before it, not a duty of its own. */
const AFTER_THAT_DEADLINE = /^(?:Sau|Quá|Hết)\s+(?:thời hạn|thời gian|ngày)\s+(?:nêu\s+)?trên(?![\p{L}])/iu;

/** Group: enumerated clauses stand alone; otherwise runs of undated clauses stay together, a clause
 * that is only a deadline ("Hoàn thành trước ngày …") or has no action joins the one before. */
function group(text: string, parts: [number, number][], dls: (Deadline | null)[], enumerated: boolean): Group[] {
  const groups: Group[] = [];
  parts.forEach(([a, b], i) => {
    const seg = text.slice(a, b).trim();
    const dl = dls[i]!;
    const last = groups[groups.length - 1];
    // A piece with no verb joins the one before — unless it carries a due date of its own ("… và trước
    // ngày 10 tháng 6 hằng năm định kỳ 6 tháng"), which makes it a duty apart.
    const noAction = !ACTION_RE.test(seg) && !(dl && last?.dl && !sameDeadline(dl, last.dl));
    if (last && (DEADLINE_ONLY.test(seg) && seg.length < 160 || noAction || AFTER_THAT_DEADLINE.test(seg) || (dl && last.dl && sameDeadline(dl, last.dl)) || (!enumerated && !dl && !last.dl))) {
      last.b = b;
      last.dl ??= dl;
      return;
    }
    groups.push({ a, b, dl });
  });
  return groups;
}

/** 2. Within one lead's chunk, a clause with its own deadline the rest does not share is its own obligation. */
function byDeadline(t: string, c: OpenChunk, ref: string | null, tr: Tracer): OpenChunk[] {
  const text = t.slice(c.start, c.end);
  const { parts, marks } = pieces(text, ref, tr);
  const enumerated = marks !== null;
  const dls = parts.map(([a, b]) => pickDeadline(text.slice(a, b), ref));
  // "…, hoàn thành trong tháng 11 năm 2025." closing the whole item sets the item's deadline.
  const strs = parts.map(([a, b]) => text.slice(a, b));
  const closing = !!tryRule(KEEP_WHOLE_TRAILING, text, tr) || !!tryRule(KEEP_WHOLE_REPORT, { parts: strs, dls, enumerated }, tr) || !!tryRule(KEEP_WHOLE_COMPLETION, { parts: strs, dls, enumerated }, tr);
  if (closing || !dls.some(Boolean) || parts.length < 2 || dls.every((d) => d && sameDeadline(d, dls[0]!))) return [c];
  const groups = group(text, parts, dls, enumerated);
  if (enumerated && groups.length > 1 && tryRule(PREFACE_JOINS_FIRST, text.slice(groups[0]!.a, groups[0]!.b), tr)) {
    groups[1]!.a = groups[0]!.a;
    groups.shift();
  }
  firstDecisive([SPLIT_BY_DEADLINE], { n: groups.length }, tr, (n) => `${n} parts`);
  const head = text.slice(groups[0]!.a, groups[0]!.b);
  return groups.map((g) => ({ start: c.start + g.a, end: c.start + g.b, lead: c.lead, head, ...(c.by ? { by: c.by } : {}) }));
}

export function splitChunks(t: string, lead: Mention[] | null, ref: string | null, tr: Tracer = NO_TRACE): OpenChunk[] {
  return bySubject(t, lead, tr).flatMap((c) => (c.lead === null ? [] : byDeadline(t, c, ref, tr)));
}
