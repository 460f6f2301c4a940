// Issue 12, what a standalone clone needs: the contract in the repository (and in step with the
// shared one when it is there), README naming every field and warning code, a schema with
// rrule/next, and `npm run score` that says what it needs.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, run } from './helpers.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const contract = readFileSync(join(root, 'docs', 'CONTRACT.md'), 'utf8');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? sources(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : []));
}

describe('documentation', () => {
  it('docs/CONTRACT.md starts with the shared contract, unchanged, when ../shared is there', () => {
    const shared = join(root, '..', 'shared', 'CONTRACT.md');
    if (existsSync(shared)) expect(contract.startsWith(readFileSync(shared, 'utf8'))).toBe(true);
    for (const w of ['deadline.rrule', 'deadline.next', 'github', 'extractText']) expect(contract).toContain(w);
  });

  it('README names every warning code the source can emit, and the fields addressees, notes, reportTo, rrule, next', () => {
    const codes = new Set<string>();
    for (const f of sources(join(root, 'src'))) {
      for (const m of readFileSync(f, 'utf8').matchAll(/warnings\.push\(\{ code: '([a-z-]+)'/gu)) codes.add(m[1]!);
    }
    expect(codes.size).toBeGreaterThanOrEqual(5);
    for (const c of codes) expect(readme).toContain(`\`${c}\``);
    for (const f of ['`addressees`', '`notes`', '`reportTo`', '`rrule`', '`next`']) expect(readme).toContain(f);
  });

  it('nhiemvu schema carries deadline.rrule and deadline.next', () => {
    const s = JSON.stringify(JSON.parse(run(['schema']).out));
    expect(s).toContain('"rrule"');
    expect(s).toContain('"next"');
  });

  it('npm run score says what it needs when the shared kit is absent', () => {
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'score.mjs')], { encoding: 'utf8', env: { ...process.env, NHIEMVU_SHARED: '/nonexistent/shared' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('missing: /nonexistent/shared/eval/score.mjs');
    expect(r.stderr).toContain('NHIEMVU_SHARED');
    expect(r.stderr).not.toMatch(/\n\s+at /u);
  });
});
