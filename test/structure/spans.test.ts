// Every obligation's span must cover its own text: the slice of the source between span.start
// and span.end contains the obligation's first three and last three words. The slice is compared
// as the normalizer sees text: NFC, modern tone marks, no whitespace, no markdown `*`/`_` runs,
// no footnote markers. Runs on every fixture and every seed.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processSource } from '../../src/pipeline/index.js';
import { modernTones } from '../../src/normalize/tones.js';
import { FIXTURES } from './project.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const docs = [
  ...readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => FIXTURES + f),
  ...readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => SEEDS + f),
];

/** Text compared without what normalization removes or rewrites. */
export function compact(s: string): string {
  const nfc = s.normalize('NFC').replace(/\r/gu, '');
  return modernTones(nfc)
    .replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,3}\]/gu, '')
    .replace(/[\s*]+|_{2,}/gu, '')
    .replace(/[\u201C\u201D]/gu, '"')
    .replace(/[\u2018\u2019]/gu, "'")
    .replace(/[\u2013\u2014]/gu, '-');
}

/** source[start, end) with the lifted ranges cut out. */
function withoutLifted(source: string, start: number, end: number, lifted: (readonly [number, number])[]): string {
  let out = '';
  let at = start;
  for (const [a, b] of [...lifted].sort((x, y) => x[0] - y[0])) {
    if (b <= at || a >= end) continue;
    out += source.slice(at, Math.max(at, a));
    at = Math.max(at, b);
  }
  return out + source.slice(at, end);
}

const words = (t: string) => t.split(/\s+/u).filter(Boolean);

describe('obligation spans cover their text', () => {
  it('there are documents and obligations to check', () => {
    expect(docs.length).toBeGreaterThanOrEqual(18);
  });

  describe.each(docs.map((d) => ({ name: d.split('/').pop()!, path: d })))('$name', ({ path }) => {
    const text = readFileSync(path, 'utf8');
    const result = processSource({ path, text, sha256: '0'.repeat(64), bytes: text.length, encoding: 'utf-8' });

    it('has obligations', () => {
      expect(result.obligations.length).toBeGreaterThan(0);
    });

    it('each span is inside the source and contains the first and last three words', () => {
      // Page furniture, stamps and footnote bodies the normalizer lifted out (reported as
      // warnings with their spans) may stand inside a span, between two words of the text.
      const lifted = result.warnings
        .filter((w) => (w.code === 'noise-removed' || w.code === 'footnote-lifted') && w.span)
        .map((w) => [w.span!.start, w.span!.end] as const);
      const bad: string[] = [];
      for (const o of result.obligations) {
        const { start, end } = o.span;
        if (!(start >= 0 && end <= text.length && start < end)) {
          bad.push(`${o.id}: span ${start}-${end} outside 0-${text.length}`);
          continue;
        }
        const slice = compact(withoutLifted(text, start, end, lifted));
        const w = words(o.text);
        const head = compact(w.slice(0, 3).join(' '));
        const tail = compact(w.slice(-3).join(' '));
        if (!slice.includes(head)) bad.push(`${o.id}: head "${head}" not in "${slice.slice(0, 80)}…"`);
        if (!slice.includes(tail)) bad.push(`${o.id}: tail "${tail}" not in "…${slice.slice(-80)}"`);
      }
      expect(bad).toEqual([]);
    });
  });
});
