// An obligation out: the chunk's text as written, its roles and deadline, its trace when asked.
import type { Obligation } from '../schema/index.js';
import type { Node } from '../segment/index.js';
import { type Mapped, concat, slice, trim } from '../util/text.js';
import { NO_TRACE, Recorder, type Step, type Tracer } from '../core/trace.js';
import { tryRule } from '../core/rule.js';
import { assignedSubject, leadingSubject, splitBodies } from '../bodies/grammar.js';
import { type Mention, describeBody, mention, uniqueMentions } from '../bodies/names.js';
import type { Chunk, Run } from './context.js';
import { bodiesNote, pickDeadline, type RuledDeadline } from './facts.js';
import { TOPIC_PREFIX } from './patterns.js';
import { REPORT_TO, SUPPORT_FIELD, SUPPORT_OWN, SUPPORT_SHARED_HEAD } from './rules/roles.js';
import { ROW_RULES } from './rules/rows.js';

interface Found { id: string; path: string[]; text: string; lead: Mention[]; support: Mention[]; reportTo?: Mention[]; action: string; deadline: RuledDeadline | null; where: Mapped }

const asBody = (m: Mention) => describeBody(m.name, m.written);

/** The decision in one line, for the trace: "lead X · support Y · deadline 2025-12-31". */
function summary(o: Obligation): string {
  const names = (bs: Obligation['lead'] | undefined) => (bs ?? []).map((b) => b.name).join('; ');
  const d = o.deadline;
  return [
    `lead ${names(o.lead) || '(none)'}`,
    o.support.length ? `support ${names(o.support)}` : '',
    o.reportTo?.length ? `report to ${names(o.reportTo)}` : '',
    d ? `deadline ${d.date ?? d.recurrence ?? `"${d.text}"`}` : '',
  ].filter(Boolean).join(' · ');
}

/** One obligation out: bodies described from the gazetteer, a warning when nobody is named. */
export function record(run: Run, o: Found, steps: Step[] | null): void {
  const span = run.span(o.where);
  const out: Obligation = {
    id: o.id,
    path: o.path,
    text: o.text,
    lead: o.lead.map(asBody),
    support: o.support.map(asBody),
    ...(o.reportTo?.length ? { reportTo: o.reportTo.map(asBody) } : {}),
    action: o.action,
    deadline: o.deadline ? { text: o.deadline.text, date: o.deadline.date, recurrence: o.deadline.recurrence } : null,
    span,
  };
  if (run.explain && steps) {
    out.why = [...new Set(steps.map((s) => s.rule))];
    run.explain.obligations.push({ id: o.id, line: span.line, text: o.text, steps, result: summary(out) });
  }
  run.obligations.push(out);
  if (!o.lead.length) run.warnings.push({ code: 'no-lead', message: `obligation ${o.id} names no lead body`, span });
}

/** The deadline step of the trace: the kind rule that dated the phrase, or where an inherited one came from. */
function deadlineStep(t: Tracer, own: RuledDeadline | null, inherited: RuledDeadline | null): void {
  const d = own ?? inherited;
  if (!d) return;
  t.step(() => ({ rule: d.rule ?? 'deadline-kind/unknown', note: `"${d.text}" → ${d.date ?? d.recurrence ?? 'no date'}${own ? '' : ' (from the heading, lead-in or field above)'}` }));
  if (d.also) t.step(() => ({ rule: d.also!, note: d.recurrence ?? undefined }));
}

/** One chunk of a unit → one obligation. `unitSteps`: the trace of the unit it was cut from. */
export function emitChunk(run: Run, text: Mapped, chunk: Chunk, path: string[], dl: RuledDeadline | null, seq: number, marker: Mapped | null, before: Step[] | null): void {
  const body = trim(slice(text, chunk.start, chunk.end));
  if (!body.text) return;
  const clean = body.text.replace(/[\s;,]+$/u, '');
  // The text as written keeps the item's own marker ("c) Tham mưu …"): it tells apart items whose
  // wording repeats, and the span then covers the whole item.
  const piece = marker && chunk.start === 0 ? concat([trim(marker), body], ' ') : body;
  const written = piece.text.replace(/[\s;,]+$/u, '');
  if (!clean || !written) return;
  const t = run.explain ? new Recorder() : NO_TRACE;
  if (chunk.by) t.step(() => chunk.by!);
  const own = pickDeadline(clean, run.ref);
  deadlineStep(t, own, dl);
  const ownSupport = tryRule(SUPPORT_OWN, clean, t, bodiesNote) ?? tryRule(SUPPORT_SHARED_HEAD, { clean, head: chunk.head }, t, bodiesNote) ?? [];
  const field = tryRule(SUPPORT_FIELD, chunk.fieldSupport, t, bodiesNote) ?? [];
  const support = uniqueMentions([...ownSupport, ...field], chunk.lead);
  const reportTo = uniqueMentions(tryRule(REPORT_TO, clean, t, bodiesNote) ?? [], [...chunk.lead, ...support]);
  const base = path.join('.') || 'doc';
  const subj = leadingSubject(clean) ?? assignedSubject(clean, 200);
  const action = (subj ? clean.slice(subj.end) : clean).replace(TOPIC_PREFIX, '').trim();
  const steps = t instanceof Recorder ? [...(before ?? []), ...t.steps] : null;
  record(run, { id: seq > 1 ? `${base}#${seq}` : base, path, text: written, lead: chunk.lead, support, reportTo, action: action || clean, deadline: own ?? dl, where: piece }, steps);
}

/** A task-table row (segment/tables.ts): the task cell is the obligation, the cells say who and when. */
/** `inherited`: the date a heading, lead-in or the body's sentence that hands out the table gives every row. */
export function emitRow(run: Run, node: Node, path: string[], why: Step[], inherited: RuledDeadline | null = null): void {
  const cell = (re: RegExp) => node.fields.find((f) => re.test(f.name))?.value.text ?? null;
  const text = trim(node.text);
  const clean = text.text.replace(/[\s;,]+$/u, '');
  if (!clean) return;
  const t = run.explain ? new Recorder() : NO_TRACE;
  const leadCell = cell(/chủ trì/u);
  if (tryRule(ROW_RULES.repeats, { clean, done: run.obligations, leadCell }, t)) {
    if (run.explain) run.explain.dropped.push({ line: run.span(text).line, text: clean, rule: ROW_RULES.repeats.id });
    return;
  }
  const supportCell = cell(/phối hợp/u);
  const deadlineCell = cell(/^Thời hạn/u);
  const lead = tryRule(ROW_RULES.leadCell, leadCell, t, bodiesNote) ?? tryRule(ROW_RULES.issuer, run.issuer, t, bodiesNote) ?? [];
  const support = supportCell ? uniqueMentions(splitBodies(supportCell).map(mention), lead) : [];
  const own = deadlineCell ? pickDeadline(tryRule(ROW_RULES.yearCell, deadlineCell, t) ?? deadlineCell, run.ref) : null;
  const deadline = own ?? inherited;
  deadlineStep(t, own, inherited);
  const steps = t instanceof Recorder ? [...why, ...t.steps] : null;
  record(run, { id: path.join('.'), path, text: clean, lead, support, action: clean, deadline, where: text }, steps);
}
