// Table-driven check of the bodies nhiemvu extracts (lead, support, reportTo) and, on some rows,
// the deadline date. Rows live in ./sentences.ts; KNOWN_GAPS are rows the program gets wrong today,
// run with it.fails so the suite turns red when one is fixed (then move the row to SENTENCES).
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { processSource } from '../../src/pipeline/index.js';
import { KNOWN_GAPS, SENTENCES, type ExpectedObligation, type Row } from './sentences.js';

// ── The scorer's comparison (/work/shared/eval/score.mjs `bodyMatches`, normalize.mjs `canon`) ──
const TONES: Record<string, string> = { 'à': 'ò', 'á': 'ó', 'ả': 'ỏ', 'ã': 'õ', 'ạ': 'ọ', 'è': 'ò', 'é': 'ó', 'ẻ': 'ỏ', 'ẽ': 'õ', 'ẹ': 'ọ' };
const Y_TONES: Record<string, string> = { 'ỳ': 'ù', 'ý': 'ú', 'ỷ': 'ủ', 'ỹ': 'ũ', 'ỵ': 'ụ' };
const BASE: Record<string, string> = { 'à': 'a', 'á': 'a', 'ả': 'a', 'ã': 'a', 'ạ': 'a', 'è': 'e', 'é': 'e', 'ẻ': 'e', 'ẽ': 'e', 'ẹ': 'e' };
function canon(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/o([àáảãạèéẻẽẹ])(?!\p{L})/gu, (_, v: string) => TONES[v]! + BASE[v]!)
    .replace(/(?<!q)u([ỳýỷỹỵ])(?!\p{L})/gu, (_, v: string) => Y_TONES[v]! + 'y')
    .replace(/[*_`]/g, '')
    .replace(/\s+/gu, '');
}
const bodyKey = (s: string) => canon(s).replace(/^(đồngchí|các)/u, '').replace(/[.:;,]+$/u, '');

export function bodyMatches(sys: string, gold: string): boolean {
  const a = bodyKey(sys);
  const b = bodyKey(gold);
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 6 && long.includes(short);
}
/** Same sets under bodyMatches: every expected body is found, and every extracted body is expected. */
function sameBodies(got: string[], want: string[]): boolean {
  return want.every((w) => got.some((g) => bodyMatches(g, w))) && got.every((g) => want.some((w) => bodyMatches(g, w)));
}

interface Got { lead: string[]; support: string[]; reportTo: string[]; deadline: string | null; text: string }

export function run(text: string): Got[] {
  const src = { path: 't.txt', text, sha256: '0'.repeat(64), bytes: text.length, encoding: 'utf-8' };
  const r = processSource(src, { referenceDate: '2025-09-01' });
  return r.obligations.map((o) => ({
    lead: o.lead.map((b) => b.name),
    support: o.support.map((b) => b.name),
    reportTo: (o.reportTo ?? []).map((b) => b.name),
    deadline: o.deadline?.date ?? null,
    text: o.text,
  }));
}

/** Every difference between what was expected and what was extracted, as readable lines. */
export function problems(row: Row, got: Got[]): string[] {
  const out: string[] = [];
  if (got.length !== row.expect.length) {
    out.push(`expected ${row.expect.length} obligation(s), got ${got.length}: ${JSON.stringify(got.map((g) => g.text))}`);
  }
  row.expect.forEach((want: ExpectedObligation, i) => {
    const g = got[i];
    if (!g) return;
    const tag = `#${i + 1}`;
    if (!sameBodies(g.lead, want.lead)) out.push(`${tag} lead ${JSON.stringify(g.lead)} != ${JSON.stringify(want.lead)}`);
    const support = want.support ?? [];
    if (!sameBodies(g.support, support)) out.push(`${tag} support ${JSON.stringify(g.support)} != ${JSON.stringify(support)}`);
    const reportTo = want.reportTo ?? [];
    if (!sameBodies(g.reportTo, reportTo)) out.push(`${tag} reportTo ${JSON.stringify(g.reportTo)} != ${JSON.stringify(reportTo)}`);
    if (want.deadline !== undefined && g.deadline !== want.deadline) {
      out.push(`${tag} deadline ${JSON.stringify(g.deadline)} != ${JSON.stringify(want.deadline)}`);
    }
  });
  return out;
}

const short = (row: Row) => row.text.replace(/\s+/gu, ' ').slice(0, 90);
const DUMP = process.env.ROLES_DUMP; // set to a file path to write every row's result (for the bug report)
const dumped: unknown[] = [];
const check = (row: Row) => {
  const got = run(row.text);
  const p = problems(row, got);
  if (DUMP) dumped.push({ text: row.text, expect: row.expect, got, problems: p });
  expect(p).toEqual([]);
};

describe('roles: lead, support, reportTo', () => {
  it('has at least 110 rows', () => {
    expect(SENTENCES.length + KNOWN_GAPS.length).toBeGreaterThanOrEqual(110);
  });
  it.each(SENTENCES.map((row) => [short(row), row] as const))('%s', (_, row) => check(row));
});

// An empty describe is an error in vitest, so the block exists only while there are gaps.
if (KNOWN_GAPS.length) {
  describe('roles: known gaps (fail today; a pass means the bug is fixed — move the row to SENTENCES)', () => {
    it.fails.each(KNOWN_GAPS.map((row) => [short(row), row] as const))('%s', (_, row) => check(row));
  });
}

afterAll(() => {
  if (DUMP) writeFileSync(DUMP, JSON.stringify(dumped, null, 1));
});
