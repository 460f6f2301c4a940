// The rule engine: the first rule that answers decides, and the trace is built only when asked for.
import { describe, expect, it } from 'vitest';
import { defineRule, firstDecisive, tryRule } from '../../src/core/rule.js';
import { NO_TRACE, Recorder } from '../../src/core/trace.js';

const meta = { description: 'test rule', examples: { fires: ['x'], skips: ['y'] } };
const abstains = defineRule<number, string>({ id: 'gate/never', ...meta, apply: () => null });
const even = defineRule<number, string>({ id: 'gate/even', ...meta, apply: (n) => (n % 2 === 0 ? 'even' : null) });
const any = defineRule<number, string>({ id: 'gate/any', ...meta, apply: () => 'any' });

describe('firstDecisive', () => {
  it('returns the answer of the first rule that answers, and its id', () => {
    expect(firstDecisive([abstains, even, any], 4, NO_TRACE)).toEqual({ out: 'even', by: 'gate/even' });
    expect(firstDecisive([abstains, even, any], 3, NO_TRACE)).toEqual({ out: 'any', by: 'gate/any' });
    expect(firstDecisive([abstains, even], 3, NO_TRACE)).toBeNull();
  });

  it('traces the rule that fired, with its note', () => {
    const t = new Recorder();
    firstDecisive([abstains, even, any], 4, t, (o) => `said ${o}`);
    expect(t.steps).toEqual([{ rule: 'gate/even', note: 'said even' }]);
  });

  it('builds nothing when tracing is off: the note is never computed', () => {
    const note = () => {
      throw new Error('a note was built with tracing off');
    };
    expect(() => firstDecisive([even], 2, NO_TRACE, note)).not.toThrow();
    expect(() => tryRule(even, 2, NO_TRACE, note)).not.toThrow();
    expect(() => tryRule(even, 2, new Recorder(), note)).toThrow();
  });
});
