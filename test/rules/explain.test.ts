// `nhiemvu explain` and `extract --explain` on the seeds: the rules behind each obligation are named,
// and docs/rules.md is the registry's own index (regenerate it with `nhiemvu rules > docs/rules.md`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processSource } from '../../src/pipeline/index.js';
import { renderExplanation } from '../../src/explain/render.js';
import { rulesText } from '../../src/cli/explain.js';
import type { Explanation } from '../../src/core/trace.js';

const run = (file: string) => {
  const text = readFileSync(file, 'utf8');
  const explain: Explanation = { obligations: [], dropped: [] };
  const result = processSource({ path: file, text, sha256: '0'.repeat(64), bytes: text.length, encoding: 'utf-8' }, { explain });
  return { result, explain };
};

const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => join('seeds', f));

describe('explain on the seeds', () => {
  it('seed 001, III.2.-3: the rules behind its gate, lead, split and deadline', () => {
    const { explain } = run('seeds/001_23ebfd9ff675fd02.txt');
    const o = explain.obligations.find((x) => x.id === 'III.2.-3');
    expect(o?.line).toBe(78);
    expect(o?.steps.map((s) => s.rule)).toEqual([
      'lead/issuer-fallback', 'context/lead-in-colon', 'gate/item', 'lead/clause-subject',
      'split/enumerated', 'split/preface-joins-first', 'split/by-deadline', 'deadline-kind/strong-qualifier', 'roles/report-to',
    ]);
    const text = renderExplanation('001', explain, { id: 'III.2.-3', width: 200 });
    expect(text).toContain('deadline-kind/strong-qualifier  "trong năm 2025" → 2025-12-31');
    expect(text).toContain('III.2.-3#2');
  });

  it.each(seeds)('%s: every obligation has a non-empty why, and the trace prints no raw objects', (file) => {
    const { result, explain } = run(file);
    expect(result.obligations.length).toBeGreaterThan(0);
    expect(result.obligations.filter((o) => !o.why?.length).map((o) => o.id)).toEqual([]);
    expect(renderExplanation(file, explain, { allCandidates: true })).not.toContain('[object');
  });

  it('without --explain no obligation has a why', () => {
    const text = readFileSync(seeds[0]!, 'utf8');
    const r = processSource({ path: 'x', text, sha256: '0'.repeat(64), bytes: text.length, encoding: 'utf-8' });
    expect(r.obligations.some((o) => 'why' in o)).toBe(false);
  });
});

describe('docs/rules.md', () => {
  it('is the registry as `nhiemvu rules` prints it', async () => {
    expect(readFileSync('docs/rules.md', 'utf8')).toBe(await rulesText());
  });
});

describe('explain: document fields', () => {
  it('names the header rule behind each field, and the rules index lists the segment rules', async () => {
    const { renderExplanation } = await import('../../src/explain/render.js');
    const { processSource } = await import('../../src/pipeline/index.js');
    const text = 'ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 12/KH-UBND\nAn Giang, ngày 3 tháng 2 năm 2026\n\nKẾ HOẠCH\nVề cấp nước sạch\n\n1. Sở Xây dựng rà soát hệ thống cấp nước.\n';
    const explain = { obligations: [], dropped: [] } as import('../../src/core/trace.js').Explanation;
    processSource({ path: 'x.txt', text, sha256: '0'.repeat(64), bytes: text.length, encoding: 'utf-8' }, { explain });
    const out = renderExplanation('x.txt', explain, { width: 120 }).split('\n');
    expect(out[1]).toBe('document fields:');
    expect(out.find((l) => l.trimStart().startsWith('number'))).toMatch(/^ {2}number +12\/KH-UBND +← header\/number-line$/u);
    expect(out.find((l) => l.trimStart().startsWith('date'))).toMatch(/2026-02-03 +← header\/date-line$/u);
    // With --id the block is left out: the question is about one obligation.
    expect(renderExplanation('x.txt', explain, { id: '1' })).not.toContain('document fields');
    const { rulesText } = await import('../../src/cli/explain.js');
    const index = await rulesText();
    for (const id of ['header/number-line', 'field/lead', 'repair/dangling-word-wrap', 'zone/after-footer', 'gate/item']) expect(index).toContain(`\`${id}\``);
  });
});
