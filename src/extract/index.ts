// extract: structure tree → obligations. Who (lead, support, reportTo), what (action), by when
// (deadline), where (path, span). Leads come from the clause itself, from "giao/đề nghị/yêu cầu",
// or are inherited from a body heading, a lead-in ("… Ủy ban nhân dân các tỉnh:"), a section
// heading ("ĐỐI VỚI CÁC ĐỊA PHƯƠNG") or the preamble's directive sentence.
import type { Deadline, Obligation, Warning } from '../schema/index.js';
import type { Normalized } from '../normalize/index.js';
import type { Node, Segmented } from '../segment/index.js';
import { type Mapped, concat, isAllCaps, memoize, slice, spanOf, trim } from '../util/text.js';
import { assignedSubject, bodyOnly, clauseSubject, headingBody, innerSubject, leadingSubject, reportToBodies, splitBodies, startsWithBody, supportBodies } from './bodies/grammar.js';
import { canonicalName, describeBody } from './bodies/names.js';
import { findDeadlines, pickDeadline as pickDeadlineRaw } from './deadline/index.js';
import { DESCRIPTIVE_HEADING, DIRECTIVE_HEADING, NOT_OBLIGATION, TASK_HEADING } from './lexicon.js';
import { ACTION_RE, TOPIC_PREFIX, LABEL_PREFIX, IMPERATIVE, TRAILING_COMPLETION, LEAD_IN_TAIL, ADVERBIAL_OPENER, CUE_WORD, REPORT_CLAUSE, REFERENCE_ENTRY, ROLE_NAMING, ROLE_ONLY, DEADLINE_ONLY } from './patterns.js';


// The same clause is read for its deadline several times (splitting, then emitting): remember it.
// The key is "reference date NUL clause" (a date never contains NUL).
const deadlineOf = memoize((key: string): Deadline | null => {
  const cut = key.indexOf('\u0000');
  return pickDeadlineRaw(key.slice(cut + 1), key.slice(0, cut) || null);
}, 20_000);
const pickDeadline = (text: string, ref: string | null): Deadline | null => deadlineOf(`${ref ?? ''}\u0000${text}`);

interface Ctx {
  /** The items below are the duties of a body a heading names ("2. Sở Tài chính", "Điều 4. Trách
   * nhiệm của Sở Tài chính"): each one is an obligation of that body, imperative in form or not. */
  duties?: boolean;
  /** Coordinating bodies named in a "Cơ quan phối hợp:" line under the item. */
  fieldSupport?: string[] | null;
  /** The items below complete the lead-in's sentence (noun phrases that are obligations). */
  distribute?: boolean;
  lead: string[] | null;
  deadline: Deadline | null;
  /** Lead for items that name no body inside a task section (a plan's own tasks fall to its issuer). */
  fallback: string[] | null;
  path: string[];
}

export interface Extracted {
  obligations: Obligation[];
  warnings: Warning[];
}

interface Chunk { start: number; end: number; lead: string[]; fieldSupport?: string[] | null; head?: string }
/** `head`: the opening of the clause the chunk was split from ("Bộ X chủ trì, phối hợp với Y …"),
 * whose coordinating bodies the later dated pieces share. */
interface OpenChunk { start: number; end: number; lead: string[] | null; head?: string }

export function extract(seg: Segmented, norm: Normalized, ref: string | null): Extracted {
  const obligations: Obligation[] = [];
  const warnings: Warning[] = [];
  const span = (m: Mapped) => spanOf(m, norm.lineStarts);
  const issuer = seg.header.issuer ? [canonicalName(seg.header.issuer)] : null;
  const addressees = seg.header.addressees.flatMap((a) => splitBodies(a.replace(/[;,.]$/u, ''))).map(canonicalName);

  /** One obligation out: bodies described from the gazetteer, a warning when nobody is named. */
  const record = (o: { id: string; path: string[]; text: string; lead: string[]; support: string[]; reportTo?: string[]; action: string; deadline: Deadline | null; where: Mapped }) => {
    obligations.push({
      id: o.id,
      path: o.path,
      text: o.text,
      lead: o.lead.map(describeBody),
      support: o.support.map(describeBody),
      ...(o.reportTo?.length ? { reportTo: o.reportTo.map(describeBody) } : {}),
      action: o.action,
      deadline: o.deadline ? { text: o.deadline.text, date: o.deadline.date, recurrence: o.deadline.recurrence } : null,
      span: span(o.where),
    });
    if (!o.lead.length) warnings.push({ code: 'no-lead', message: `obligation ${o.id} names no lead body`, span: span(o.where) });
  };

  const emit = (text: Mapped, chunk: Chunk, path: string[], dl: Deadline | null, seq: number, marker: Mapped | null) => {
    const body = trim(slice(text, chunk.start, chunk.end));
    if (!body.text) return;
    const clean = body.text.replace(/[\s;,]+$/u, '');
    // The text as written keeps the item's own marker ("c) Tham mưu …"): it tells apart items whose
    // wording repeats, and the span then covers the whole item.
    const piece = marker && chunk.start === 0 ? concat([trim(marker), body], ' ') : body;
    const written = piece.text.replace(/[\s;,]+$/u, '');
    if (!clean || !written) return;
    const own = pickDeadline(clean, ref);
    const deadline = own ?? dl;
    let ownSupport = supportBodies(clean);
    // A dated piece split off "X chủ trì, phối hợp với Y: (1) …; (2) …" still works with Y.
    if (!ownSupport.length && chunk.head && chunk.head !== clean) ownSupport = supportBodies(chunk.head.replace(/\(\d{1,2}\)[^]*$/u, '').split(/[;.]\s/u)[0]!);
    const support = [...new Set([...ownSupport, ...(chunk.fieldSupport ?? [])])].filter((b) => !chunk.lead.includes(b));
    const reportTo = reportToBodies(clean).filter((b) => !chunk.lead.includes(b) && !support.includes(b));
    const base = path.join('.') || 'doc';
    const subj = leadingSubject(clean) ?? assignedSubject(clean, 200);
    const action = (subj ? clean.slice(subj.end) : clean).replace(TOPIC_PREFIX, '').trim();
    record({ id: seq > 1 ? `${base}#${seq}` : base, path, text: written, lead: chunk.lead, support, reportTo, action: action || clean, deadline, where: piece });
  };

  /** A task-table row (segment/tables.ts): the task cell is the obligation, the cells say who and when. */
  const emitRow = (node: Node, path: string[]) => {
    const cell = (re: RegExp) => node.fields.find((f) => re.test(f.name))?.value.text ?? null;
    const text = trim(node.text);
    const clean = text.text.replace(/[\s;,]+$/u, '');
    if (!clean) return;
    // A row that repeats a task of the body word for word is that task (ANNOTATION: one obligation), not a second one.
    const key = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const k = key(clean);
    if (k.length >= 20 && obligations.some((o) => key(o.text).includes(k))) return;
    const leadCell = cell(/chủ trì/u);
    const supportCell = cell(/phối hợp/u);
    const deadlineCell = cell(/^Thời hạn/u);
    // A row without a lead cell falls to the issuer, as a plan's own unassigned tasks do.
    const lead = leadCell ? splitBodies(leadCell).map(canonicalName) : issuer ?? [];
    const support = supportCell ? splitBodies(supportCell).map(canonicalName).filter((b) => !lead.includes(b)) : [];
    // [#9 segment helper, tiny change] A timing cell holding only a year ("2025") means within that year.
    const deadline = deadlineCell ? pickDeadline(/^\d{4}$/u.test(deadlineCell.trim()) ? `năm ${deadlineCell.trim()}` : deadlineCell, ref) : null;
    record({ id: path.join('.'), path, text: clean, lead, support, action: clean, deadline, where: text });
  };

  /** The lead a unit's text names itself, and where its predicate starts. */
  const subjectOf = (t: string): { bodies: string[]; end: number } | null => {
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
  };

  /** A leaf unit of text → obligations. */
  const unit = (text: Mapped, ctx: Ctx, path: string[], fieldDl: Deadline | null, marker: Mapped | null = null) => {
    const t = text.text;
    if (!t) return;
    const subj = NOT_OBLIGATION.test(t) ? null : subjectOf(t);
    // A report of what was done, or a definition ("Sở X là cơ quan …"), assigns nothing.
    if (subj && /^\s*(?:đã|vừa|đang|là)\s/u.test(t.slice(subj.end)) && !ROLE_NAMING.test(t.slice(subj.end))) return;
    let lead = NOT_OBLIGATION.test(t) ? null : subj?.bodies ?? null;
    if (!lead && (ctx.lead || ctx.fallback)) {
      // An implied subject needs an imperative; a noun phrase ("Nghị định số …") under a lead-in is a list
      // entry — unless the lead-in's sentence is completed by each entry (ctx.distribute).
      const body = t.replace(TOPIC_PREFIX, '');
      const role = /^Là\s+(?:cơ quan|đơn vị)\s+(?:đầu mối|thường trực|chủ trì)/u.test(body); // "Là cơ quan đầu mối, …"
      if (IMPERATIVE.test(body) || role || (ctx.duties && !REFERENCE_ENTRY.test(body) && !isAllCaps(body)) || /^(?:Đề nghị|Yêu cầu|Giao)\s/u.test(body) || (ctx.distribute && !REFERENCE_ENTRY.test(body))) lead = ctx.lead ?? ctx.fallback;
    }
    if (!lead && !NOT_OBLIGATION.test(t)) {
      const inner = innerSubject(t);
      if (inner) lead = inner.bodies;
    }
    if (!ACTION_RE.test(t) && !ctx.distribute) return;
    // An item that finishes the lead-in's sentence is one obligation, whatever bodies it mentions.
    const chunks = (ctx.distribute ? [{ start: 0, end: t.length, lead }] : splitChunks(t, lead, ref)).filter((c): c is Chunk => c.lead !== null);
    const dl = fieldDl ?? ctx.deadline;
    chunks.forEach((c, i) => emit(text, { ...c, fieldSupport: ctx.fieldSupport ?? null }, path, dl, i + 1, marker));
  };

  const rootHasItems = seg.root.children.some((c) => c.kind === 'item');
  const walk = (node: Node, ctx: Ctx) => {
    let sib: Ctx = { ...ctx };
    let seenItem = false;
    const paraCount = new Map<string, number>();
    for (const child of node.children) {
      if (child.kind === 'preamble' || child.kind === 'footer' || child.kind === 'field') continue;
      // A "Cơ quan phối hợp:" line under an item names its coordinating bodies (that item only).
      sib.fieldSupport = child.kind === 'item' ? fieldBodies(child, /phối hợp/iu) : ctx.fieldSupport ?? null;
      const t = child.text.text;
      const path = [...ctx.path, child.label];
      if (child.kind === 'heading') {
        sib = sectionCtx(t, { ...ctx }, child);
        continue;
      }
      if (child.zone === 'appendix' && child.kind !== 'item') continue;
      if (child.kind === 'para' || child.kind === 'closing') {
        paraCount.set(child.label, (paraCount.get(child.label) ?? 0) + 1);
        if (/:$/u.test(t) && !child.children.length) {
          // A lead-in for the items that follow it: "… các bộ, ngành, địa phương cần tập trung:". At the
          // top, a lead-in that asks its addressees to act means the "Kính gửi" list, named in full there.
          // The bodies it names lead what follows; "… yêu cầu:" naming nobody means the "Kính gửi" list.
          const s = subjectOf(t) ?? directiveBodies(t) ?? innerSubject(t);
          if (s) sib = { ...sib, lead: s.bodies };
          else if (node === seg.root && addressees.length && /yêu cầu|đề nghị/u.test(t)) sib = { ...sib, lead: addressees };
          // "…, Văn phòng X và các văn phòng Y cụ thể hóa để tổ chức thực hiện, trong đó cần tập trung:"
          // is a task of its own besides introducing the list; "…, các bộ cần tập trung:" is not.
          const pred = s ? t.slice(s.end).replace(LEAD_IN_TAIL, '') : '';
          if (s && pred.length >= 40 && ACTION_RE.test(pred) && (node !== seg.root || seenItem)) unit(child.text, { ...sib, lead: s.bodies }, path, null);
          continue;
        }
        // Before the first item the text introduces and recounts (attendance, results); there only an
        // explicit request or assignment is an obligation.
        if (node === seg.root && !seenItem && rootHasItems && !CUE_WORD.test(t)) continue;
        unit(child.text, sib, path, null, child.marker);
        continue;
      }
      if (node === seg.root) seenItem = true;
      if (child.type === 'table') {
        walk(child, { ...sib, path });
        continue;
      }
      if (child.type === 'row') {
        emitRow(child, path);
        continue;
      }
      // An item.
      const heading = t.split(/[:.]/u)[0]!;
      // "MỤC ĐÍCH, YÊU CẦU" states aims; the "yêu cầu" there are the plan's requirements, not tasks.
      const h80 = heading.slice(0, 80);
      if (DESCRIPTIVE_HEADING.test(h80) && (!DIRECTIVE_HEADING.test(h80) || /MỤC ĐÍCH|Mục đích/u.test(h80)) && (child.children.length || heading.length < 60)) continue;
      const childCtx: Ctx = { ...sib, path, fieldSupport: null, duties: false };
      // "Thời gian hoàn thành: …", "Chủ trì: …" under an item also govern the paragraphs that carry its text.
      const ownFieldDl = deadlineFromFields(child, ref);
      if (ownFieldDl) childCtx.deadline = ownFieldDl;
      const ownFieldLead = leadFromFields(child);
      if (ownFieldLead) {
        childCtx.lead = ownFieldLead;
        childCtx.duties = true;
      }
      const ownFieldSupport = fieldBodies(child, /phối hợp/iu);
      if (ownFieldSupport) childCtx.fieldSupport = ownFieldSupport;
      if (/^(?:ĐỐI VỚI|Đối với)\s/u.test(t) || (DIRECTIVE_HEADING.test(heading) || DESCRIPTIVE_HEADING.test(heading))) {
        const forWhom = /^(?:ĐỐI VỚI|Đối với)\s+(.+?)[:.]?$/u.exec(t);
        if (forWhom && forWhom[1]!.length < 120) {
          const b = bodyOnly(decapTail(forWhom[1]!));
          if (b) childCtx.lead = b;
        }
      }
      if (TASK_HEADING.test(heading) && child.type !== 'dash' && child.type !== 'plus') childCtx.fallback = sib.fallback ?? issuer;
      const fieldDl = deadlineFromFields(child, ref);
      const fieldLead = leadFromFields(child);
      // Plain paragraphs under an item continue it; only sub-items make it a heading.
      const hasChildren = child.children.some((c) => c.kind === 'item');
      // "7. Cục Kinh tế - Quản lý đầu tư xây dựng" over its tasks: a name, even with verbs in it.
      const only = bodyOnly(t) ?? headingBody(t) ?? (hasChildren && isBodyHeading(t) ? [canonicalName(t)] : null);
      if (only) {
        childCtx.lead = only;
        childCtx.duties = true;
      } else if (hasChildren) {
        const subj = subjectOf(t);
        if (subj) childCtx.lead = subj.bodies;
        // A deadline in a lead-in ("Các Bộ: … hoàn thành trong tháng 11, cụ thể:") governs the items below;
        // one in a topic heading ("1. Hoàn thành mục tiêu … trong năm 2025") is a target, not theirs.
        const own = subj ? pickDeadline(t, ref) : null;
        if (own) childCtx.deadline = own;
        if (/:$/u.test(t)) {
          // "…; trong đó tập trung các nhiệm vụ sau:" — the part before the last ";" is an obligation;
          // "Nghiên cứu, quán triệt … các văn bản sau:" (an imperative over a list of references) is one too.
          const cut = t.lastIndexOf(';');
          const pred = subj ? t.slice(subj.end).replace(LEAD_IN_TAIL, '') : '';
          const kind = listKind(child);
          // "X chịu trách nhiệm cập nhật … đối với: a) Báo cáo …; b) Giá …" — the sentence is finished by
          // each item: the items are the obligations, and they carry X even though they are noun phrases.
          if (subj && kind === 'items') childCtx.distribute = true;
          else if (cut > 0 && subj) unit(slice(child.text, 0, cut), { ...sib, lead: subj.bodies }, path, fieldDl, child.marker);
          else if (subj && pred.length >= 60 && !ROLE_ONLY.test(pred)) unit(child.text, { ...sib, lead: subj.bodies }, path, fieldDl, child.marker);
          else if (!subj && kind === 'refs' && IMPERATIVE.test(t) && child.type !== 'roman') unit(child.text, { ...sib, lead: fieldLead ?? sib.lead }, path, fieldDl, child.marker);
        } else if (subj && !/^(?:Về|Đối với)\s/u.test(t) && !isTitle(child) && !isBodyHeading(t)) {
          unit(child.text, { ...sib, lead: fieldLead ?? subj.bodies }, path, fieldDl, child.marker);
        } else if (!subj && (child.type === 'dash' || child.type === 'plus')) {
          // A bulleted task with sub-bullets is a task, not a topic heading.
          unit(child.text, { ...sib, lead: fieldLead ?? sib.lead }, path, fieldDl, child.marker);
        }
      } else if (!/^(?:Về|Đối với)\s[^:]*$/u.test(t) && !isAllCaps(t) && !(/:$/u.test(t) && child.children.some((c) => c.kind === 'para')) && !isTitle(child)) {
        // A heading in capitals ("III. TỔ CHỨC THỰC HIỆN") names a section; it assigns nothing itself.
        unit(child.text, { ...sib, lead: fieldLead ?? sib.lead }, path, fieldDl, child.marker);
      }
      walk(child, childCtx);
    }
  };

  // The preamble's directive sentence gives the lead to items that name none.
  const rootCtx: Ctx = { lead: null, deadline: null, fallback: null, path: [] };
  walk(seg.root, rootCtx);
  return { obligations, warnings };

  function sectionCtx(t: string, base: Ctx, _node: Node): Ctx {
    const forWhom = /^(?:ĐỐI VỚI|Đối với)\s+(.+?)[:.]?$/u.exec(t);
    if (forWhom) {
      const b = bodyOnly(decapTail(forWhom[1]!));
      if (b) return { ...base, lead: b };
    }
    return base;
  }
}

/** "CÁC BỘ, NGÀNH" → "Các bộ, ngành" so the body grammar can read a heading set in capitals. */
function decapTail(s: string): string {
  if (s !== s.toUpperCase()) return s;
  const lower = s.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** Bodies named after "đề nghị / yêu cầu" in a lead-in sentence that has no subject of its own. */
function directiveBodies(t: string): { bodies: string[]; end: number } | null {
  const a = assignedSubject(t, t.length);
  return a ? { bodies: a.bodies, end: a.end } : null;
}

function deadlineFromFields(node: Node, ref: string | null): Deadline | null {
  for (const f of node.fields) {
    if (/^(?:Thời|Tiến độ)/iu.test(f.name)) {
      const d = pickDeadline(f.value.text, ref);
      if (d) return d;
    }
  }
  return null;
}

/** "Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: Sở Tài chính" — one line may carry both fields. */
function fieldBodies(node: Node, role: RegExp): string[] | null {
  for (const f of node.fields) {
    const parts = `${f.name}: ${f.value.text}`.split(/;\s*(?=(?:(?:cơ quan|đơn vị)\s+)?(?:chủ trì|phối hợp|thực hiện)\s*:)/iu);
    for (const part of parts) {
      const m = /^(?:(?:cơ quan|đơn vị)\s+)?(chủ trì|phối hợp|thực hiện)\s*:\s*(.+?)[.;]?$/iu.exec(part);
      if (m && role.test(m[1]!)) return splitBodies(m[2]!).map(canonicalName);
    }
  }
  return null;
}

function leadFromFields(node: Node): string[] | null {
  return fieldBodies(node, /chủ trì|thực hiện/iu);
}

/** Clause boundaries: ";" and sentence ends ("." before a capital). */
function clauseBounds(t: string): number[] {
  const cuts: number[] = [];
  // Semicolons inside a list introduced by "như:", "gồm:" separate list members, not clauses.
  const list = /(?:như|gồm|bao gồm|là)\s*:/u.exec(t);
  for (const m of t.matchAll(/;\s+|\.\s+(?=\p{Lu})/gu)) {
    if (list && m.index! > list.index && m[0].startsWith(';')) continue;
    const before = t.slice(0, m.index!);
    if (/(?:^|\s)(?:TP|Tp|ThS|TS|PGS|GS|v\.v)$/u.test(before)) continue;
    cuts.push(m.index! + m[0].length);
  }
  return cuts;
}

/** One unit → chunks with their own lead; then dated clauses set apart (ANNOTATION: granularity). */
export function splitChunks(t: string, lead: string[] | null, ref: string | null): OpenChunk[] {
  // 1. A clause that opens with another body starts a new obligation; so does "Yêu cầu X …".
  const bySubject: OpenChunk[] = [];
  let cur: OpenChunk = { start: 0, end: t.length, lead };
  // "Giám đốc Sở X; Thủ trưởng các sở …; Chủ tịch … chịu trách nhiệm …": the semicolons of the
  // opening list of bodies separate bodies, not clauses.
  const opening = clauseSubject(t);
  for (const cut of clauseBounds(t)) {
    if (opening && cut < opening.end) continue;
    const rest = t.slice(cut);
    if (NOT_OBLIGATION.test(rest)) {
      if (cur.lead === null) cur.start = cut;
      continue;
    }
    // "…; đối với các nhiệm vụ cần điều chỉnh, các Bộ: X, Y kịp thời …" — a subject after an opening adverbial.
    const s = clauseSubject(rest) ?? (ADVERBIAL_OPENER.test(rest) ? innerSubject(rest, 200) : null);
    if (s && s.end < 250 && (!cur.lead || !sameBodies(s.bodies, cur.lead)) && ACTION_RE.test(rest.slice(s.end, s.end + 80)) && !/^\s*(?:đã|vừa|đang|là)\s/u.test(rest.slice(s.end))) {
      cur.end = cut;
      bySubject.push(cur);
      cur = { start: cut, end: t.length, lead: s.bodies };
    }
  }
  bySubject.push(cur);

  // 2. Within each, a clause with its own deadline the rest does not share is its own obligation.
  const out: OpenChunk[] = [];
  for (const c of bySubject) {
    if (c.lead === null) continue;
    const text = t.slice(c.start, c.end);
    const enumMarks = [...text.matchAll(/(?:^|[\s:;,.])\((\d{1,2})\)\s/gu)].map((m) => m.index! + m[0].indexOf('('));
    let parts: [number, number][];
    let enumerated = false;
    if (enumMarks.length >= 2) {
      enumerated = true;
      parts = [];
      if (enumMarks[0]! > 0) parts.push([0, enumMarks[0]!]);
      enumMarks.forEach((a, i) => parts.push([a, enumMarks[i + 1] ?? text.length]));
    } else {
      const cuts = [0, ...clauseBounds(text), text.length];
      parts = cuts.slice(0, -1).flatMap((a, i) => splitTwoDeadlines(text, a, cuts[i + 1]!, ref));
    }
    const dls = parts.map(([a, b]) => pickDeadline(text.slice(a, b), ref));
    // "…, hoàn thành trong tháng 11 năm 2025." closing the whole item sets the item's deadline.
    const closing = closesWhole(text) || reportsLast(parts.map(([a, b]) => text.slice(a, b)), dls, enumerated);
    if (closing || !dls.some(Boolean) || parts.length < 2 || dls.every((d) => d && sameDeadline(d, dls[0]!))) {
      out.push(c);
      continue;
    }
    // Group: enumerated clauses stand alone; otherwise runs of undated clauses stay together, a clause
    // that is only a deadline ("Hoàn thành trước ngày …") or has no action joins the one before.
    const groups: { a: number; b: number; dl: Deadline | null }[] = [];
    parts.forEach(([a, b], i) => {
      const seg = text.slice(a, b).trim();
      const dl = dls[i]!;
      const last = groups[groups.length - 1];
      // A piece with no verb joins the one before — unless it carries a due date of its own ("… và trước
      // ngày 10 tháng 6 hằng năm định kỳ 6 tháng"), which makes it a duty apart.
      const noAction = !ACTION_RE.test(seg) && !(dl && last?.dl && !sameDeadline(dl, last.dl));
      if (last && (DEADLINE_ONLY.test(seg) && seg.length < 160 || noAction || (dl && last.dl && sameDeadline(dl, last.dl)) || (!enumerated && !dl && !last.dl))) {
        last.b = b;
        last.dl ??= dl;
        return;
      }
      if (enumerated && i === 0 && a === 0 && enumMarks[0]! > 0) {
        groups.push({ a, b, dl });
        return;
      }
      groups.push({ a, b, dl });
    });
    // A lone preface before "(1)" ("Văn phòng Chính phủ:") belongs to the first enumerated clause.
    if (enumerated && groups.length > 1 && !ACTION_RE.test(text.slice(groups[0]!.a, groups[0]!.b).replace(/^.*?:/u, ''))) {
      groups[1]!.a = groups[0]!.a;
      groups.shift();
    }
    const head = text.slice(groups[0]!.a, groups[0]!.b);
    for (const g of groups) out.push({ start: c.start + g.a, end: c.start + g.b, lead: c.lead, head });
  }
  return out;
}

/** "… trước ngày 01 của tháng sau đối với báo cáo tháng và trước ngày 03 … đối với báo cáo quý": one
 * clause holding two different due dates is two duties; it is cut at the "và" between them. */
function splitTwoDeadlines(text: string, a: number, b: number, ref: string | null): [number, number][] {
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

/** "…, hoàn thành trong tháng 11 năm 2025." dates the whole item — unless it ends a later sentence of
 * its own ("… thường xuyên. Xây dựng kế hoạch …, hoàn thành trong 6 tháng đầu năm."), which it dates alone. */
function closesWhole(text: string): boolean {
  const t = text.replace(/[\s*]+$/u, '');
  const m = TRAILING_COMPLETION.exec(t);
  if (!m) return false;
  const starts = [...t.matchAll(/\.\s+(?=\p{Lu})/gu)].map((x) => x.index! + x[0].length);
  const last = starts.length ? starts[starts.length - 1]! : 0;
  return m.index < last || last === 0 || DEADLINE_ONLY.test(t.slice(last));
}

/** "…; báo cáo Phó Thủ tướng kết quả trước ngày 15/11": the one dated clause is the last, and it is
 * the report that closes the task — the date is the whole task's, not a task of its own. */
function reportsLast(parts: string[], dls: (Deadline | null)[], enumerated: boolean): boolean {
  if (enumerated || parts.length < 2) return false;
  const dated = dls.filter(Boolean).length;
  const last = dls[dls.length - 1];
  // A recurring report ("…; định kỳ hằng quý báo cáo …") is a standing duty of its own, not the task's close.
  return dated === 1 && !!last && last.recurrence === null && REPORT_CLAUSE.test(parts[parts.length - 1]!) && !/\.\s+$/u.test(parts[parts.length - 2]!);
}

/** What the items under a lead-in are: tasks (with a subject or an imperative), references to other
 * documents, or other noun phrases that finish the lead-in's sentence. */
function listKind(node: Node): 'tasks' | 'refs' | 'items' {
  const items = node.children.filter((c) => c.kind === 'item').map((c) => c.text.text);
  if (!items.length) return 'tasks';
  if (items.every((x) => REFERENCE_ENTRY.test(x))) return 'refs';
  // Nouns and verbs share forms ("Báo cáo giá thị trường", "Thông báo kết quả"): go by the majority.
  const tasks = items.filter((x) => IMPERATIVE.test(x) || startsWithBody(x)).length;
  if (tasks * 2 >= items.length) return 'tasks';
  return 'items';
}

/** An article, chapter or section title ("Điều 7. Cơ quan chủ trì thẩm định hồ sơ …") names a
 * subject; a sentence there ("Điều 2. Giám đốc Sở … chịu trách nhiệm thi hành …./.") assigns. */
/** A short heading line over sub-items that opens with a body and ends no sentence: the body's name. */
function isBodyHeading(t: string): boolean {
  return t.length < 90 && !/[.;:,]$/u.test(t) && !/,/u.test(t) && startsWithBody(t) && !IMPERATIVE.test(t.replace(/^\S+(?:\s+\S+)?\s*/u, ''));
}

function isTitle(node: Node): boolean {
  return ['dieu', 'chuong', 'muc', 'phan'].includes(node.type ?? '') && node.text.text.length < 160 && !/[.;]\/?\.?$/u.test(node.text.text);
}

function sameBodies(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function sameDeadline(a: Deadline, b: Deadline): boolean {
  return a.date === b.date && a.recurrence === b.recurrence;
}
