// Which rules fire on an example: the whole pipeline runs on it with the trace on (rule examples are
// whole sentences or tiny documents), or for a deadline-kind rule, the deadline engine on the phrase.
import { processSource } from '../../src/pipeline/index.js';
import { explainDeadlines } from '../../src/extract/deadline/index.js';
import type { Explanation } from '../../src/core/trace.js';

export const REF = '2025-09-01';

export function firedIn(text: string): Set<string> {
  const explain: Explanation = { obligations: [], dropped: [] };
  processSource({ path: 'example', text, sha256: '0'.repeat(64), bytes: text.length, encoding: 'utf-8' }, { referenceDate: REF, explain });
  return new Set([...explain.obligations.flatMap((o) => o.steps.map((s) => s.rule)), ...explain.dropped.map((d) => d.rule)]);
}

export function kindsIn(text: string): Set<string> {
  return new Set(explainDeadlines(text, REF).map((h) => h.rule));
}

export function fires(id: string, text: string): boolean {
  return (id.startsWith('deadline-kind/') ? kindsIn(text) : firedIn(text)).has(id);
}
