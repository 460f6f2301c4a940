// Facts about a node's text that several rules read: computed by these helpers, not inside the rules.
import type { Deadline } from '../schema/index.js';
import type { Node } from '../segment/index.js';
import { escapeRe, memoize } from '../util/text.js';
import { assignedSubject, clauseSubject, splitBodies, startsWithBody, supportBodies } from '../bodies/grammar.js';
import { defineRule } from '../core/rule.js';
import { type Mention, mention } from '../bodies/names.js';
import { pickDeadline as pickDeadlineRaw } from './deadline/index.js';
import { IMPERATIVE, LABEL_PREFIX, REFERENCE_ENTRY, TOPIC_PREFIX } from './patterns.js';

/** A deadline as the extractor carries it: the output's fields plus the kind rule that decided it. */
export type RuledDeadline = Deadline & { rule?: string; also?: string };

// The same clause is read for its deadline several times (splitting, then emitting): remember it.
// The key is "reference date NUL clause" (a date never contains NUL).
const deadlineOf = memoize((key: string): RuledDeadline | null => {
  const cut = key.indexOf('\u0000');
  return pickDeadlineRaw(key.slice(cut + 1), key.slice(0, cut) || null);
}, 20_000);
export const pickDeadline = (text: string, ref: string | null): RuledDeadline | null => deadlineOf(`${ref ?? ''}\u0000${text}`);

export interface Subject { bodies: Mention[]; end: number }

/** The lead a unit's text names itself, and where its predicate starts. */
export function subjectOf(t: string): Subject | null {
  const label = LABEL_PREFIX.exec(t);
  const topic = TOPIC_PREFIX.exec(t) ?? (label && startsWithBody(t.slice(label[0].length)) ? label : null);
  const off = topic ? topic[0].length : 0;
  const rest = t.slice(off);
  const lead = clauseSubject(rest);
  if (lead) return { bodies: lead.bodies, end: off + lead.end };
  const firstClause = rest.split(/[.;]\s/u)[0]!;
  const asg = assignedSubject(firstClause, 300);
  if (asg) return { bodies: asg.bodies, end: off + asg.end };
  return null;
}

/** "CÁC BỘ, NGÀNH" → "Các bộ, ngành" so the body grammar can read a heading set in capitals. */
export function decapTail(s: string): string {
  if (s !== s.toUpperCase()) return s;
  const lower = s.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** Bodies named after "đề nghị / yêu cầu" in a lead-in sentence that has no subject of its own. */
export function directiveBodies(t: string): Subject | null {
  const a = assignedSubject(t, t.length);
  return a ? { bodies: a.bodies, end: a.end } : null;
}

export function deadlineFromFields(node: Node, ref: string | null): RuledDeadline | null {
  for (const f of node.fields) {
    if (/^(?:Thời|Tiến độ)/iu.test(f.name)) {
      const d = pickDeadline(f.value.text, ref);
      if (d) return d;
    }
  }
  return null;
}

/** A role field: "Cơ quan chủ trì: …", "Cơ quan chủ trì tham mưu: …", "Đơn vị phối hợp thực hiện: …". */
const ROLE_FIELD = /^(?:(?:cơ quan|đơn vị)\s+)?(chủ trì|phối hợp|thực hiện)(?:\s+tham mưu)?(?:\s+thực hiện)?\s*:\s*(?=\S)(.+?)[.;]?$/iu;

/** Paragraphs under an item written as a role field with a longer label than the segmenter's
 * ("Cơ quan chủ trì tham mưu: Sở Y tế."): fields of that item, not texts of their own. */
export function isRoleFieldPara(node: Node): boolean {
  return node.kind === 'para' && ROLE_FIELD.test(node.text.text.replace(/^[\s*_]+/u, ''));
}

/** "Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: Sở Tài chính" — one line may carry both fields. */
export function fieldBodies(node: Node, role: RegExp): Mention[] | null {
  const lines = [...node.fields.map((f) => `${f.name}: ${f.value.text}`), ...node.children.filter(isRoleFieldPara).map((c) => c.text.text.replace(/^[\s*_]+/u, ''))];
  for (const line of lines) {
    const parts = line.split(/;\s*(?=(?:(?:cơ quan|đơn vị)\s+)?(?:chủ trì|phối hợp|thực hiện)[^:;]{0,25}:)/iu);
    for (const part of parts) {
      const m = ROLE_FIELD.exec(part);
      if (!m) continue;
      const clause = FIELD_LEAD_CLAUSE.apply(m[2]!);
      if (role.test(m[1]!)) return clause ? clause.lead : splitBodies(m[2]!).map(mention);
      if (clause?.support.length && role.test('phối hợp')) return clause.support;
    }
  }
  return null;
}

/** "Cơ quan thực hiện: Sở Y tế chủ trì, phối hợp với các sở, ngành …" — the value is a clause, not a list. */
export const FIELD_LEAD_CLAUSE = defineRule<string, { lead: Mention[]; support: Mention[] }>({
  id: 'context/field-lead-clause',
  description: 'A lead field whose value is a clause ("Cơ quan thực hiện: Sở Y tế chủ trì, phối hợp với các sở, ngành liên quan") names the lead before "chủ trì" and the coordinating bodies after "phối hợp với", not one list of bodies.',
  examples: {
    fires: ['1. Tổ chức tập huấn cho cán bộ y tế cơ sở.\n- Cơ quan thực hiện: Sở Y tế chủ trì, phối hợp với Sở Nội vụ và các đơn vị có liên quan.\n- Thời gian: quý IV năm 2025.'],
    skips: ['1. Tổ chức tập huấn cho cán bộ y tế cơ sở.\n- Cơ quan thực hiện: Sở Y tế, Sở Nội vụ.\n- Thời gian: quý IV năm 2025.'],
  },
  apply: (value) => {
    const hit = clauseSubject(value);
    if (!hit || !/^(?:chủ trì|là cơ quan chủ trì)(?![\p{L}])/u.test(value.slice(hit.end))) return null;
    return { lead: hit.bodies, support: supportBodies(value.slice(hit.end)) };
  },
});

export function leadFromFields(node: Node): Mention[] | null {
  return fieldBodies(node, /chủ trì|thực hiện/iu);
}

/** What the items under a lead-in are: tasks (with a subject or an imperative), references to other
 * documents, or other noun phrases that finish the lead-in's sentence. */
export function listKind(node: Node): 'tasks' | 'refs' | 'items' {
  const items = node.children.filter((c) => c.kind === 'item').map((c) => c.text.text);
  if (!items.length) return 'tasks';
  if (items.every((x) => REFERENCE_ENTRY.test(x))) return 'refs';
  // Nouns and verbs share forms ("Báo cáo giá thị trường", "Thông báo kết quả"): go by the majority.
  const tasks = items.filter((x) => IMPERATIVE.test(x) || startsWithBody(x)).length;
  if (tasks * 2 >= items.length) return 'tasks';
  return 'items';
}

/** A short heading line over sub-items that opens with a body and ends no sentence: the body's name. */
export function isBodyHeading(t: string): boolean {
  return t.length < 90 && !/[.;:,]$/u.test(t) && !/,/u.test(t) && startsWithBody(t) && !IMPERATIVE.test(t.replace(/^\S+(?:\s+\S+)?\s*/u, ''));
}

/** An article, chapter or section title ("Điều 7. Cơ quan chủ trì thẩm định hồ sơ …") names a
 * subject; a sentence there ("Điều 2. Giám đốc Sở … chịu trách nhiệm thi hành …./.") assigns. */
export function isTitle(node: Node): boolean {
  return ['dieu', 'chuong', 'muc', 'phan'].includes(node.type ?? '') && node.text.text.length < 160 && !/[.;]\/?\.?$/u.test(node.text.text);
}

export function sameBodies(a: Mention[], b: Mention[]): boolean {
  return a.length === b.length && a.every((x) => b.some((y) => y.name === x.name));
}

/** Bodies as the trace shows them: the words as written, and the canonical name where it differs. */
export function bodiesNote(ms: Mention[]): string {
  return ms.map((m) => (m.written === m.name ? m.name : `"${m.written}" → ${m.name}`)).join('; ');
}

export function sameDeadline(a: Deadline, b: Deadline): boolean {
  return a.date === b.date && a.recurrence === b.recurrence;
}

/** What a place is called back once the document has named it: "Tỉnh cần …", "Thành phố chủ động …",
 * "Cấp ủy, chính quyền Thành phố phải …", "…, tỉnh Sơn La cần …". `place` is the place's people's
 * committee ("Ủy ban nhân dân tỉnh Sơn La"); the predicate must open with an action or a modal. */
const PLACE_PRED = '(?:cần|phải|chủ động|khẩn trương|tiếp tục|tập trung|sớm|quan tâm|nghiên cứu|rà soát|chỉ đạo|xây dựng|triển khai|thực hiện)(?![\\p{L}])';
const placeRes = memoize((name: string): RegExp | null => {
  const m = /^Ủy ban nhân dân (tỉnh|thành phố) (.+)$/u.exec(name);
  if (!m) return null;
  const kind = m[1]!;
  const cap = kind.charAt(0).toUpperCase() + kind.slice(1);
  const who = String.raw`(?:(?:Cấp ủy|Lãnh đạo|Chính quyền)(?:,\s|\s+và\s+|\s)(?:(?:cấp ủy|lãnh đạo|chính quyền)\s)?)?`;
  // Bare "Tỉnh" only with a capital (the place called back); lower case only with its name ("tỉnh Sơn La").
  return new RegExp(String.raw`(?:^|[,;.]\s)${who}(?:${cap}(?:\s${escapeRe(m[2]!)})?|${kind}\s${escapeRe(m[2]!)})\s(?=${PLACE_PRED})`, 'u');
}, 100);
export function placeSubject(t: string, place: Mention[] | null | undefined): Subject | null {
  const re = place?.length === 1 ? placeRes(place[0]!.name) : null;
  const m = re ? re.exec(t.slice(0, 600)) : null;
  return m ? { bodies: place!, end: m.index + m[0].length } : null;
}
