// The visitor over segment's tree: each node runs the rule lists of rules/ in order. Context rules
// say what a node hands down; gate and route rules say whether its text is an obligation.
import { firstDecisive } from '../core/rule.js';
import { NO_TRACE } from '../core/trace.js';
import type { Node } from '../segment/index.js';
import { bodyOnly, headingBody } from '../bodies/grammar.js';
import { type Mention, mention } from '../bodies/names.js';
import { type Ctx, type Run, drop, traced } from './context.js';
import { emitRow } from './emit.js';
import { type RuledDeadline, type Subject, bodiesNote, deadlineFromFields, FIELD_LEAD_CLAUSE, fieldBodies, isBodyHeading, placeSubject, leadFromFields, listKind, pickDeadline, subjectOf } from './facts.js';
import { TASK_HEADING } from './lexicon.js';
import { LEAD_IN_TAIL } from './patterns.js';
import { ADDRESSEES_FOR_REQUEST, BODY_HEADING, ISSUER_ISSUES_THIS, CONCLUSION_ABOUT_PLACE, FIELD_LINES, FOR_WHOM, ITEM_SUBJECT_CONTINUES, LEAD_IN_COLON, LEAD_IN_DEADLINE, LEAD_IN_DISTRIBUTES, LEAD_IN_LISTS_BREACHES, LEAD_IN_SUBJECT, LEAD_IN_SUBJECT_AFTER_OPENER, MEASURES_TO_EXECUTOR, PHASE_HEADING, TASK_LEAD_IN_REOPENS, TITLE_NAMES_BODY, APPENDIX_DEADLINE, TIMING_ITEM, isAppendixHeading, noteAppendixCited, AGENCY_DUTIES_ARTICLE, DUTY_LEAD_IN_KEEPS_DUTIES, PRINCIPLES_EXPLICIT_DUTIES } from './rules/context.js';
import { DESCRIPTIVE_SECTION, ITEM_ROUTE, MEMBER_ROLES_SECTION, REGULATION_PRINCIPLES, type ItemFacts } from './rules/item.js';
import { ISSUER_FALLBACK } from './rules/rows.js';
import { OUTSIDE_BODY, PARA_LEAD_IN_TASK, PARAGRAPH, PREAMBLE_BEFORE_FIRST_ITEM } from './rules/walk.js';
import { unit } from './unit.js';

/** What the siblings so far hand to the next one. */
interface Siblings { sib: Ctx; seenItem: boolean; appendix?: RuledDeadline | null }

const note = (b: Mention[]) => bodiesNote(b);
const PLACE_CALLED_BACK_ID = 'lead/place-called-back';

export function walk(run: Run, node: Node, ctx: Ctx): void {
  const st: Siblings = { sib: { ...ctx }, seenItem: false };
  for (const child of node.children) {
    if (child.kind === 'field') continue; // read by the item it belongs to
    visit(run, node, child, ctx, st);
    // "b) Thời gian: Từ ngày 15/11 đến ngày 15/12/2025" among the parts of one activity dates the items after it.
    const timing = child.kind === 'item' && !child.children.some((c) => c.kind === 'item') ? timingOf(run, child.text.text) : null;
    if (timing) st.sib = traced(run, { ...st.sib, deadline: timing }, () => ({ rule: TIMING_ITEM.id, note: `"${timing.text}"` }));
  }
}

function timingOf(run: Run, t: string): RuledDeadline | null {
  return TIMING_ITEM.apply({ t, dated: (s) => pickDeadline(s, run.ref) });
}

function heading(run: Run, ctx: Ctx, t: string, st: Siblings): void {
  const b = FOR_WHOM.apply({ t, max: Infinity });
  st.sib = b ? traced(run, { ...ctx, lead: b }, () => ({ rule: FOR_WHOM.id, note: note(b) })) : { ...ctx };
  // Every heading of an appendix ("PHỤ LỤC II", then its title) keeps the date the body gave its list.
  if (isAppendixHeading(t)) st.appendix = APPENDIX_DEADLINE.apply({ t, cited: run.appendixCited });
  const dl = st.appendix;
  if (dl) st.sib = traced(run, { ...st.sib, deadline: dl }, () => ({ rule: APPENDIX_DEADLINE.id, note: `"${dl.text}"` }));
}

function visit(run: Run, node: Node, child: Node, ctx: Ctx, st: Siblings): void {
  // The header and footer (Nơi nhận, signature) are no candidates: --all-candidates does not list them.
  if (child.kind === 'preamble' || child.kind === 'footer') return;
  // A "Cơ quan phối hợp:" line under an item names its coordinating bodies (that item only).
  st.sib.fieldSupport = child.kind === 'item' ? fieldBodies(child, /phối hợp/iu) : ctx.fieldSupport ?? null;
  const path = [...ctx.path, child.label];
  if (st.sib.closed) {
    closedChild(run, child, path, st);
    return;
  }
  if (child.kind === 'heading') {
    heading(run, ctx, child.text.text, st);
    return;
  }
  if (OUTSIDE_BODY.apply({ kind: child.kind, zone: child.zone })) {
    drop(run, child.text, OUTSIDE_BODY.id);
    return;
  }
  if (child.kind === 'para' || child.kind === 'closing') {
    para(run, node, child, path, st);
    return;
  }
  if (node === run.seg.root) st.seenItem = true;
  if (child.type === 'table') walk(run, child, { ...st.sib, path });
  else if (child.type === 'row') emitRow(run, child, path, st.sib.why, st.sib.deadline);
  else item(run, child, path, st.sib);
}

/** Under a descriptive heading ("ĐÁNH GIÁ CHUNG", "MỤC TIÊU") nothing is read, down to the leaves, until a
 * lead-in with a subject asks for a list of tasks: the text after it is read as anywhere else. */
function closedChild(run: Run, child: Node, path: string[], st: Siblings): void {
  const t = child.text.text;
  if (child.kind === 'para' && TASK_LEAD_IN_REOPENS.apply({ t, subj: LEAD_IN_COLON.apply(t) ?? placeSubject(t, st.sib.place) })) {
    st.sib = traced(run, { ...st.sib, closed: null }, () => ({ rule: TASK_LEAD_IN_REOPENS.id }));
    leadIn(run, false, child, path, st);
    return;
  }
  drop(run, child.text, st.sib.closed!);
  if (child.kind === 'item') walk(run, child, { ...st.sib, path });
}

function para(run: Run, node: Node, child: Node, path: string[], st: Siblings): void {
  const t = child.text.text;
  if (child.zone !== 'appendix') noteAppendixCited(t, (s) => pickDeadline(s, run.ref), run.appendixCited);
  const atRoot = node === run.seg.root;
  if (/:$/u.test(t) && !child.children.length) {
    leadIn(run, atRoot, child, path, st);
    return;
  }
  if (PREAMBLE_BEFORE_FIRST_ITEM.apply({ t, before: atRoot && !st.seenItem && run.rootHasItems })) {
    drop(run, child.text, PREAMBLE_BEFORE_FIRST_ITEM.id);
    return;
  }
  unit(run, PARAGRAPH.id, child.text, st.sib, path, null, child.marker);
}

/** A lead-in for the items that follow it: "… các bộ, ngành, địa phương cần tập trung:". At the top,
 * a lead-in that asks its addressees to act ("… yêu cầu:" naming nobody) means the "Kính gửi" list. */
function leadIn(run: Run, atRoot: boolean, child: Node, path: string[], st: Siblings): void {
  const t = child.text.text;
  const said = LEAD_IN_COLON.apply(t);
  const self = ISSUER_ISSUES_THIS.apply({ t, subj: said, issuer: run.issuer, atRoot });
  const s = said && self ? { ...said, bodies: self } : said;
  // "Để …, tỉnh X cần tập trung các nội dung sau:" in the conclusions about X: a lead-in, not a task.
  const placed = s ? null : placeSubject(t, st.sib.place);
  const asked = s || placed ? null : ADDRESSEES_FOR_REQUEST.apply({ t, addressees: run.addressees, atRoot });
  if (s) st.sib = traced(run, { ...st.sib, lead: s.bodies }, () => ({ rule: self ? ISSUER_ISSUES_THIS.id : LEAD_IN_COLON.id, note: note(s.bodies) }));
  else if (placed) st.sib = traced(run, { ...st.sib, lead: placed.bodies }, () => ({ rule: PLACE_CALLED_BACK_ID, note: note(placed.bodies) }));
  else if (asked) st.sib = traced(run, { ...st.sib, lead: asked }, () => ({ rule: ADDRESSEES_FOR_REQUEST.id, note: note(asked) }));
  if (LEAD_IN_LISTS_BREACHES.apply(t)) st.sib = traced(run, { ...st.sib, breaches: true }, () => ({ rule: LEAD_IN_LISTS_BREACHES.id }));
  const pred = s ? t.slice(s.end).replace(LEAD_IN_TAIL, '') : '';
  if (s && PARA_LEAD_IN_TASK.apply({ pred, ok: !atRoot || st.seenItem })) unit(run, PARA_LEAD_IN_TASK.id, child.text, { ...st.sib, lead: s.bodies }, path, null);
  else drop(run, child.text, 'gate/lead-in-only');
}

interface Own { t: string; hasChildren: boolean; only: Mention[] | null; byTitle: boolean; subj: Subject | null; opened: Subject | null; kind: ItemFacts['kind']; dl: RuledDeadline | null; fieldLead: Mention[] | null }

function item(run: Run, child: Node, path: string[], sib: Ctx): void {
  const t = child.text.text;
  if (child.zone !== 'appendix') noteAppendixCited(t, (s) => pickDeadline(s, run.ref), run.appendixCited);
  const closed = DESCRIPTIVE_SECTION.apply({ t, node: child }) ? DESCRIPTIVE_SECTION : MEMBER_ROLES_SECTION.apply({ t, node: child }) ? MEMBER_ROLES_SECTION : REGULATION_PRINCIPLES.apply({ t, node: child }) ? REGULATION_PRINCIPLES : null;
  if (closed) {
    drop(run, child.text, closed.id);
    // A descriptive heading stops inheritance only: a task lead-in below it may still assign.
    if (closed === DESCRIPTIVE_SECTION) walk(run, child, { ...sib, path, closed: closed.id });
    // Principles and methods hand nothing down: only an item that names its own body and duty is read.
    else if (PRINCIPLES_EXPLICIT_DUTIES.apply({ closedBy: closed.id })) {
      const bare: Ctx = { ...sib, path, lead: null, fallback: null, duties: false, distribute: false, deadline: null, explicitOnly: true };
      walk(run, child, traced(run, bare, () => ({ rule: PRINCIPLES_EXPLICIT_DUTIES.id })));
    }
    return;
  }
  // Plain paragraphs under an item continue it; only sub-items make it a heading.
  const hasChildren = child.children.some((c) => c.kind === 'item');
  // "7. Cục Kinh tế - Quản lý đầu tư xây dựng" over its tasks: a name, even with verbs in it.
  const named = bodyOnly(t) ?? headingBody(t) ?? (hasChildren && isBodyHeading(t) ? [mention(t)] : null);
  const titled = !named && hasChildren ? TITLE_NAMES_BODY.apply(t) : null;
  const only = named ?? titled;
  const subj = !only && hasChildren ? subjectOf(t) : null;
  const kind = !only && hasChildren && /:$/u.test(t) ? listKind(child) : null;
  const own: Own = { t, hasChildren, only, byTitle: !!titled, subj, opened: !only && hasChildren && !subj ? LEAD_IN_SUBJECT_AFTER_OPENER.apply(t) : null, kind, dl: deadlineFromFields(child, run.ref), fieldLead: leadFromFields(child) };
  const childCtx = itemCtx(run, child, path, sib, own);
  const facts: ItemFacts = { node: child, t, hasChildren, only, subj, kind, fieldLead: own.fieldLead, inherited: own.fieldLead ?? sib.lead };
  const route = firstDecisive(ITEM_ROUTE, facts, NO_TRACE)!;
  if (route.out.text) unit(run, route.by, route.out.text, { ...sib, lead: route.out.lead, why: childCtx.why }, path, own.dl, child.marker);
  else drop(run, child.text, route.by);
  walk(run, child, childCtx);
}

/** What an item hands to the items under it. */
function itemCtx(run: Run, child: Node, path: string[], sib: Ctx, own: Own): Ctx {
  const t = own.t;
  const c: Ctx = { ...sib, path, fieldSupport: null, duties: false };
  // "Thời gian hoàn thành: …", "Chủ trì: …" under an item also govern the paragraphs that carry its text.
  const support = fieldBodies(child, /phối hợp/iu);
  if (own.dl) c.deadline = own.dl;
  const phase = own.dl ? null : PHASE_HEADING.apply({ t, hasChildren: own.hasChildren });
  if (phase) traced(run, Object.assign(c, { deadline: phase }), () => ({ rule: PHASE_HEADING.id, note: `"${phase.text}" → ${phase.date}` }));
  if (own.fieldLead) Object.assign(c, { lead: own.fieldLead, duties: true });
  if (support) c.fieldSupport = support;
  const fields = FIELD_LINES.apply({ dl: own.dl, lead: own.fieldLead, support });
  if (fields) traced(run, c, () => ({ rule: FIELD_LINES.id, note: fields }));
  if (own.fieldLead && run.explain && child.fields.some((f) => FIELD_LEAD_CLAUSE.apply(f.value.text))) traced(run, c, () => ({ rule: FIELD_LEAD_CLAUSE.id, note: note(own.fieldLead!) }));
  const forWhom = FOR_WHOM.apply({ t, max: 120 });
  if (forWhom) traced(run, Object.assign(c, { lead: forWhom }), () => ({ rule: FOR_WHOM.id, note: note(forWhom) }));
  if (TASK_HEADING.test(t.split(/[:.]/u)[0]!) && child.type !== 'dash' && child.type !== 'plus') {
    const byPlace = !sib.fallback && c.place;
    c.fallback = sib.fallback ?? c.place ?? ISSUER_FALLBACK.apply(run.issuer);
    if (c.fallback) traced(run, c, () => ({ rule: byPlace ? CONCLUSION_ABOUT_PLACE.id : ISSUER_FALLBACK.id, note: note(c.fallback!) }));
  }
  const executor = MEASURES_TO_EXECUTOR.apply({ t, node: child, executor: run.executor });
  if (executor) traced(run, Object.assign(c, { fallback: executor }), () => ({ rule: MEASURES_TO_EXECUTOR.id, note: note(executor) }));
  const cont = ITEM_SUBJECT_CONTINUES.apply({ subj: own.hasChildren ? null : subjectOf(t), paras: child.children.some((x) => x.kind === 'para'), items: own.hasChildren });
  if (cont) traced(run, Object.assign(c, { lead: cont }), () => ({ rule: ITEM_SUBJECT_CONTINUES.id, note: note(cont) }));
  if (own.only) {
    const by = own.byTitle ? TITLE_NAMES_BODY.id : BODY_HEADING.id;
    traced(run, Object.assign(c, { lead: BODY_HEADING.apply(own.only), duties: true }), () => ({ rule: by, note: note(own.only!) }));
  } else if (own.hasChildren) {
    const lead = LEAD_IN_SUBJECT.apply(own.subj);
    if (lead) traced(run, Object.assign(c, { lead }), () => ({ rule: LEAD_IN_SUBJECT.id, note: note(lead) }));
    // Only the lead: a date in the purpose ("Để … hoàn thành trước …, …") is a target, not the items' deadline.
    else if (own.opened) traced(run, Object.assign(c, { lead: own.opened.bodies }), () => ({ rule: LEAD_IN_SUBJECT_AFTER_OPENER.id, note: note(own.opened!.bodies) }));
    // A deadline in a lead-in governs the items below; one in a topic heading is a target, not theirs.
    const dl = own.subj ? pickDeadline(t, run.ref) : null;
    if (LEAD_IN_DEADLINE.apply({ subj: own.subj, own: dl, colon: /:$/u.test(t) })) traced(run, Object.assign(c, { deadline: dl }), () => ({ rule: LEAD_IN_DEADLINE.id, note: `"${dl!.text}"` }));
    if (LEAD_IN_DISTRIBUTES.apply({ subj: own.subj, colon: /:$/u.test(t), kind: own.kind })) traced(run, Object.assign(c, { distribute: true }), () => ({ rule: LEAD_IN_DISTRIBUTES.id }));
  }
  return dutiesCtx(run, child, sib, own, c);
}

/** A regulation's duty lists: the article on an agency's duties, and a lead-in among a body's duties. */
function dutiesCtx(run: Run, child: Node, sib: Ctx, own: Own, c: Ctx): Ctx {
  const agency = own.only ? null : AGENCY_DUTIES_ARTICLE.apply({ t: own.t, node: child, agency: run.agency });
  if (agency) traced(run, Object.assign(c, { lead: agency, duties: true }), () => ({ rule: AGENCY_DUTIES_ARTICLE.id, note: note(agency) }));
  if (!own.only && DUTY_LEAD_IN_KEEPS_DUTIES.apply({ duties: !!sib.duties, t: own.t, subj: own.subj, node: child })) {
    // Noun phrases finish the lead-in's sentence, one obligation each; tasks of their own may still split.
    traced(run, Object.assign(c, { duties: true, distribute: own.kind === 'items' }), () => ({ rule: DUTY_LEAD_IN_KEEPS_DUTIES.id }));
  }
  return c;
}
