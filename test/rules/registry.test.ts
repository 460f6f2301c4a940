// The registry of rules and the word lists: every rule documented with examples both ways, ids
// unique and well-formed, every id a trace names is a registered rule, no list repeats a word.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES as EXTRACT_RULES, RULE_LISTS } from '../../src/extract/registry.js';
import { SEGMENT_RULES } from '../../src/segment/registry.js';
import { BODY_RULE_LISTS } from '../../src/bodies/registry.js';
import * as LEXICON from '../../src/extract/lexicon.js';
import * as BODY_LEXICON from '../../src/bodies/lexicon.js';
import { processSource } from '../../src/pipeline/index.js';
import type { Explanation } from '../../src/core/trace.js';

// Segment rules (header fields, field lines, repairs, zones), the bodies stage's naming rules and
// extract rules share one id space.
const ALL_RULES = [...SEGMENT_RULES, ...BODY_RULE_LISTS.flatMap((l) => l.rules), ...EXTRACT_RULES];

describe('rule registry', () => {
  it('ids are unique', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(ALL_RULES.map((r) => [r.id, r] as const))('%s is documented, with examples that fire and that must not', (_id, r) => {
    expect(r.id).toMatch(/^(?:header|field|repair|zone|name|context|gate|lead|split|roles|deadline|deadline-kind)\/[a-z0-9]+(?:-[a-z0-9]+)*$/u);
    expect(r.description.length).toBeGreaterThan(20);
    expect(r.examples.fires.length).toBeGreaterThan(0);
    expect(r.examples.skips.length).toBeGreaterThan(0);
  });

  it('every list has rules', () => {
    for (const l of RULE_LISTS) expect(l.rules.length, l.name).toBeGreaterThan(0);
  });

  it('every rule a trace names on the seeds and fixtures is registered', () => {
    const known = new Set(ALL_RULES.map((r) => r.id));
    const named = new Set<string>();
    for (const dir of ['seeds', 'fixtures']) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
        const text = readFileSync(join(dir, f), 'utf8');
        const explain: Explanation = { obligations: [], dropped: [] };
        processSource({ path: f, text, sha256: '0'.repeat(64), bytes: text.length, encoding: 'utf-8' }, { referenceDate: '2025-09-01', explain });
        for (const o of explain.obligations) for (const s of o.steps) named.add(s.rule);
        for (const d of explain.dropped) named.add(d.rule);
        for (const f of explain.fields ?? []) named.add(f.rule);
      }
    }
    expect([...named].filter((id) => !known.has(id))).toEqual([]);
    expect(named.size).toBeGreaterThan(30);
  });
});

describe('word lists', () => {
  const lists = Object.entries({ ...LEXICON, ...BODY_LEXICON }).filter(([, v]) => Array.isArray(v) && typeof v[0] === 'string') as [string, string[]][];
  it('there are word lists to check', () => expect(lists.length).toBeGreaterThan(4));
  it.each(lists)('%s has no duplicates', (_name, words) => {
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
  });
});

describe('abbreviation tables', () => {
  const pairs = [...BODY_LEXICON.SECTOR_ABBREVIATIONS, ...BODY_LEXICON.NAME_ABBREVIATIONS];
  it('no abbreviation is listed twice', () => {
    const abbrs = pairs.map(([a]) => a);
    expect(abbrs.filter((a, i) => abbrs.indexOf(a) !== i)).toEqual([]);
  });
  it('every expansion is longer than its abbreviation', () => {
    expect(pairs.filter(([a, b]) => b.length <= a.length)).toEqual([]);
  });
});
