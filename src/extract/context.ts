// What a node passes down to the nodes under it, and the state of one extraction run.
import type { Deadline, Obligation, Warning } from '../schema/index.js';
import type { Segmented } from '../segment/index.js';
import type { Mapped } from '../util/text.js';
import type { Explanation, Step } from '../core/trace.js';
import type { Mention } from '../bodies/names.js';

export interface Ctx {
  /** The items below are the duties of a body a heading names ("2. Sở Tài chính", "Điều 4. Trách
   * nhiệm của Sở Tài chính"): each one is an obligation of that body, imperative in form or not. */
  duties?: boolean;
  /** Coordinating bodies named in a "Cơ quan phối hợp:" line under the item. */
  fieldSupport?: Mention[] | null;
  /** The items below complete the lead-in's sentence (noun phrases that are obligations). */
  distribute?: boolean;
  /** The items below list breaches or examples ("… bị xử phạt … như:"): no verb-first item is a task. */
  breaches?: boolean;
  lead: Mention[] | null;
  deadline: Deadline | null;
  /** The document reports to a superior or answers a question: it informs, it assigns nothing. */
  answers?: boolean;
  /** The place a conclusion notice is about (its people's committee): the tasks that name no body are
   * its own, and "Tỉnh cần …" calls it back. */
  place?: Mention[] | null;
  /** Inside a section that holds no obligation (the rule that closed it): only a task lead-in with a
   * subject reopens the reading, for the text after it. */
  closed?: string | null;
  /** Inside an article of principles or methods: a text is read only when it names its own body and a duty. */
  explicitOnly?: boolean;
  /** Lead for items that name no body inside a task section (a plan's own tasks fall to its issuer). */
  fallback: Mention[] | null;
  path: string[];
  /** The context rules that fired above this node (filled only when tracing). */
  why: Step[];
}

export interface Chunk { start: number; end: number; lead: Mention[]; fieldSupport?: Mention[] | null; head?: string; by?: Step }
/** `head`: the opening of the clause the chunk was split from ("Bộ X chủ trì, phối hợp với Y …"),
 * whose coordinating bodies the later dated pieces share. `by`: the split rule that gave the chunk
 * its own lead (traced only). */
export interface OpenChunk { start: number; end: number; lead: Mention[] | null; head?: string; by?: Step }

/** One extraction: the document, its reading, and what has been found so far. */
export interface Run {
  seg: Segmented;
  ref: string | null;
  span: (m: Mapped) => Obligation['span'];
  issuer: Mention[] | null;
  addressees: Mention[];
  /** In a council's resolution, the body it charges with carrying the resolution out (null elsewhere). */
  executor: Mention[] | null;
  /** In the regulation of an agency's functions, that agency (null elsewhere). */
  agency: Mention[] | null;
  rootHasItems: boolean;
  obligations: Obligation[];
  warnings: Warning[];
  /** Appendices ('' for an unnumbered one) that a sentence of the body hands out with a one-off date. */
  appendixCited: Map<string, Deadline>;
  /** Present when tracing: the steps of each obligation and the text no rule took. */
  explain: Explanation | null;
}

/** A context rule fired: the nodes below carry it in their trace (nothing is built when not tracing). */
export function traced(run: Run, ctx: Ctx, s: () => Step): Ctx {
  if (run.explain) ctx.why = [...ctx.why, { ...s(), at: ctx.path.join('.') || 'doc' }];
  return ctx;
}

/** Text that looked like a candidate and was not taken, with the rule that dropped it (traced only). */
export function drop(run: Run, where: Mapped, rule: string): void {
  if (!run.explain || !where.text.trim()) return;
  run.explain.dropped.push({ line: run.span(where).line, text: where.text, rule });
}
