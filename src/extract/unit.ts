// A leaf unit of text → obligations: the gate rules, then the lead rules, then the split.
import { firstDecisive, tryRule } from '../core/rule.js';
import { NO_TRACE, Recorder } from '../core/trace.js';
import type { Mapped } from '../util/text.js';
import type { Chunk, Ctx, Run } from './context.js';
import { emitChunk } from './emit.js';
import { bodiesNote, pickDeadline, subjectOf, type RuledDeadline } from './facts.js';
import { NOT_OBLIGATION } from './lexicon.js';
import { NO_LEAD, UNIT_GATE, UNIT_LEAD, type UnitFacts } from './rules/unit.js';
import { CLOSING_DEADLINE_SENTENCE } from './rules/split.js';
import { splitChunks } from './split.js';
import { CHUNK_GATE } from './rules/not-tasks.js';

/** A chunk that is a closing formula or a recital is dropped (listed by --all-candidates). */
function notATask(run: Run, text: Mapped, c: { start: number; end: number }): boolean {
  const piece = text.text.slice(c.start, c.end).trim();
  const hit = firstDecisive(CHUNK_GATE, { t: piece, ref: run.ref }, NO_TRACE);
  if (!hit) return false;
  if (run.explain) run.explain.dropped.push({ line: run.span(text).line, text: piece, rule: hit.by });
  return true;
}

/** How the unit was reached: the rule that let the walker hand it over ('gate/paragraph', …). */
export function unit(run: Run, via: string, text: Mapped, ctx: Ctx, path: string[], fieldDl: RuledDeadline | null, marker: Mapped | null = null): void {
  const t = text.text;
  if (!t) return;
  const notObl = NOT_OBLIGATION.test(t);
  const facts: UnitFacts = { t, ctx, notObl, subj: notObl ? null : subjectOf(t) };
  const tr = run.explain ? new Recorder() : NO_TRACE;
  const gate = firstDecisive(UNIT_GATE, facts, tr);
  if (gate) {
    if (run.explain) run.explain.dropped.push({ line: run.span(text).line, text: t, rule: gate.by });
    return;
  }
  tr.step(() => ({ rule: via }));
  const lead = firstDecisive(UNIT_LEAD, facts, tr, bodiesNote)?.out ?? null;
  // An item that finishes the lead-in's sentence is one obligation, whatever bodies it mentions.
  const chunks = (ctx.distribute ? [{ start: 0, end: t.length, lead }] : splitChunks(t, lead, run.ref, tr)).filter((c): c is Chunk => c.lead !== null && !notATask(run, text, c));
  if (run.explain && NO_LEAD.apply({ found: chunks.length })) run.explain.dropped.push({ line: run.span(text).line, text: t, rule: NO_LEAD.id });
  const closing = tryRule(CLOSING_DEADLINE_SENTENCE, { t, chunks: chunks.length }, tr, (s) => `"${s}"`);
  const dl = fieldDl ?? (closing ? pickDeadline(closing, run.ref) : null) ?? ctx.deadline;
  const before = tr instanceof Recorder ? [...ctx.why, ...tr.steps] : null;
  chunks.forEach((c, i) => emitChunk(run, text, { ...c, fieldSupport: ctx.fieldSupport ?? null }, path, dl, i + 1, marker, before));
}
