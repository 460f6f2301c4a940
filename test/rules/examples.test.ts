// Every rule's own examples, run as ESLint runs a rule's valid/invalid cases: each `fires` example
// must make the rule fire (in the trace of the whole pipeline, or of the deadline engine for a
// deadline-kind rule), each `skips` example must not.
import { describe, expect, it } from 'vitest';
import { RULE_LISTS } from '../../src/extract/registry.js';
import { fires } from './fired.js';

for (const list of RULE_LISTS) {
  describe(list.name, () => {
    const cases = list.rules.flatMap((r) => [
      ...r.examples.fires.map((text) => ({ id: r.id, text, want: true })),
      ...r.examples.skips.map((text) => ({ id: r.id, text, want: false })),
    ]);
    it.each(cases.map((c) => [`${c.id} ${c.want ? 'fires on' : 'skips'} ${JSON.stringify(c.text.slice(0, 60))}`, c] as const))('%s', (_name, c) => {
      expect(fires(c.id, c.text)).toBe(c.want);
    });
  });
}
