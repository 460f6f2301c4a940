// extract --jobs (#11): worker threads change nothing in what is written, only how fast.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/pipeline/jobs.js';

const root = join(__dirname, '..', '..');
const bin = join(root, 'bin', 'nhiemvu.js');
const seeds = ['000_0cd370b62ee31cb2.txt', '001_23ebfd9ff675fd02.txt', '003_e6bd0147ff71d7ac.txt', '004_dfb016a19d2361ee.txt'].map((f) => join(root, 'seeds', f));
const inputs = [seeds[0]!, join(root, 'no-such-file.txt'), ...seeds.slice(1), join(root, 'fixtures'), join(root, 'fixtures', '17_cv-ha-tinh-chay-rung.docx'), seeds[2]!];

const run = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: root, timeout: 120_000 });

describe('extract --jobs', () => {
  it('writes the same NDJSON, in input order, and the same failures with 1, 2 and 3 jobs', () => {
    const [one, two, three] = ['1', '2', '3'].map((j) => run(['extract', '--format', 'ndjson', '-r', '2025-08-01', '--jobs', j, ...inputs]));
    expect(one!.status).toBe(1);
    const paths = one!.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path);
    expect(paths).toEqual([seeds[0], ...seeds.slice(1), join(root, 'fixtures', '17_cv-ha-tinh-chay-rung.docx'), seeds[2]]);
    expect(one!.stderr).toContain('no-such-file.txt: no such file');
    expect(one!.stderr).toContain('fixtures: is a directory');
    for (const r of [two!, three!]) {
      expect(r.status).toBe(1);
      expect(r.stdout).toBe(one!.stdout);
      expect(r.stderr).toBe(one!.stderr);
    }
  });

  it('reads standard input among files with several jobs', () => {
    const r = run(['extract', '--format', 'ndjson', '-r', '2025-08-01', '--jobs', '2', seeds[0]!, '-'], 'Bộ Y tế hoàn thành trong quý IV năm 2025.');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source.path)).toEqual([seeds[0], '-']);
    expect(lines[1].obligations[0].lead[0].name).toBe('Bộ Y tế');
  });

  it('refuses a number of jobs that is not a whole number from 1', () => {
    for (const j of ['0', '-1', 'two', '1.5']) {
      const r = run(['extract', '--jobs', j, seeds[0]!]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/--jobs/u);
    }
  });

  it('yields outcomes in input order from the pool (library use)', async () => {
    const got: string[] = [];
    for await (const o of extractAll([...seeds, ...seeds], { referenceDate: '2025-08-01' }, 2, 0)) got.push(`${o.path}:${'result' in o ? o.result.obligations.length : o.error}`);
    const counts: string[] = [];
    for await (const o of extractAll([...seeds, ...seeds], { referenceDate: '2025-08-01' }, 1)) counts.push(`${o.path}:${'result' in o ? o.result.obligations.length : o.error}`);
    expect(got).toEqual(counts);
    expect(got.map((g) => g.split(':')[0])).toEqual([...seeds, ...seeds]);
  });

  it('gives the same outcomes, failures included, from three workers (library use)', async () => {
    // A batch this small is otherwise done in this thread: force the workers in.
    const inputs = [...seeds, join(root, 'no-such-file.txt'), ...seeds];
    const show = (o: { path: string; result: { obligations: unknown[] } } | { path: string; error: string }) => ('result' in o ? JSON.stringify(o.result) : `${o.path}:${o.error}`);
    const one: string[] = [];
    for await (const o of extractAll(inputs, { referenceDate: '2025-08-01' }, 1)) one.push(show(o));
    const three: string[] = [];
    for await (const o of extractAll(inputs, { referenceDate: '2025-08-01' }, 3, 0)) three.push(show(o));
    expect(three).toEqual(one);
  });
});
