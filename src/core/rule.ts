// A decision as data: a rule is a small module with an id, a one-line description and examples that
// must fire and must not (run as tests by test/rules), like an ESLint rule or a chrono parser. A stage
// is an ordered list of rules; the engine below runs a list and knows no Vietnamese.
import type { Tracer } from './trace.js';

export interface RuleMeta {
  /** `stage/kebab-name`: 'gate/past-report-or-definition', 'deadline-kind/strong-qualifier'. */
  id: string;
  description: string;
  /** Whole sentences or tiny documents: each in `fires` must make the rule fire, each in `skips` must not. */
  examples: { fires: string[]; skips: string[] };
}

export interface Rule<I, O> extends RuleMeta {
  /** The rule's answer, or null when it abstains. */
  apply(input: I): O | null;
}

export function defineRule<I, O>(r: Rule<I, O>): Rule<I, O> {
  return r;
}

/** The first rule that answers decides; the one that fired is traced (abstentions are not: they are
 * every rule before it in the list, which the list itself says). */
export function firstDecisive<I, O>(rules: readonly Rule<I, O>[], input: I, t: Tracer, note?: (o: O) => string): { out: O; by: string } | null {
  for (const r of rules) {
    const out = r.apply(input);
    if (out === null) continue;
    t.step(() => ({ rule: r.id, note: note ? note(out) : undefined }));
    return { out, by: r.id };
  }
  return null;
}

/** One rule on its own: its answer, traced when it fires. */
export function tryRule<I, O>(rule: Rule<I, O>, input: I, t: Tracer, note?: (o: O) => string): O | null {
  const out = rule.apply(input);
  if (out !== null) t.step(() => ({ rule: rule.id, note: note ? note(out) : undefined }));
  return out;
}
