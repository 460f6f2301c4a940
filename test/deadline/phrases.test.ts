import { describe, expect, it } from 'vitest';
import { findDeadlines, pickDeadline } from '../../src/extract/deadline/index.js';
import { KIND_CASES, PICK_CASES } from './phrases.js';

describe('pickDeadline on the phrase table', () => {
  it('has at least 150 phrases', () => {
    expect(PICK_CASES.length).toBeGreaterThanOrEqual(150);
  });

  it.each(PICK_CASES.map((c) => [c.text, c] as const))('%s', (_t, c) => {
    const got = pickDeadline(c.text, c.ref);
    // A phrase with neither a date nor a recurrence counts as no deadline (as the scorer does).
    const norm = got && (got.date || got.recurrence) ? { date: got.date, recurrence: got.recurrence } : null;
    expect(norm).toEqual(c.expect);
    if (got) expect(c.text).toContain(got.text);
  });
});

describe('findDeadlines kinds', () => {
  it.each(KIND_CASES.map((c) => [c.text, c] as const))('%s', (_t, c) => {
    const hits = findDeadlines(c.text, c.ref);
    for (const want of c.hits) {
      const h = hits.find((x) => x.text.includes(want.contains));
      expect(h, `a hit containing "${want.contains}"`).toBeDefined();
      expect(h!.kind).toBe(want.kind);
    }
    for (const h of hits) expect(c.text.slice(h.start, h.end)).toBe(h.text);
  });
});
