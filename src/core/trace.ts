// The trace of decisions, for `nhiemvu explain` and `extract --explain`. Built lazily, as chrono's
// `context.debug(() => …)`: when tracing is off, `step` is a no-op and its closure never runs.

export interface Step {
  /** The rule that fired ('lead/clause-subject'), or dropped the text ('gate/no-action-word'). */
  rule: string;
  /** What it read or decided: a body as written, a deadline phrase, a count of parts. */
  note?: string;
  /** For a context rule: the path of the node that handed it down ('III.2'). */
  at?: string;
}

export interface Dropped {
  /** 1-based source line of the text. */
  line: number;
  text: string;
  rule: string;
}

export interface Tracer {
  readonly on: boolean;
  step(s: () => Step): void;
}

export const NO_TRACE: Tracer = { on: false, step: () => {} };

/** A tracer that keeps its steps. */
export class Recorder implements Tracer {
  readonly on = true;
  readonly steps: Step[] = [];
  step(s: () => Step): void {
    this.steps.push(s());
  }
}

/** Where a document's trace goes: the steps of each obligation, and the text no rule took. */
export interface Explanation {
  /** `result`: what was decided, in one line (lead, support, report-to, deadline). */
  obligations: { id: string; line: number; text: string; steps: Step[]; result?: string }[];
  dropped: Dropped[];
  /** The document's fields and the rule that set each ("issuer" ← header/issuer-block); filled by the pipeline. */
  fields?: { field: string; value: string; rule: string }[];
}
