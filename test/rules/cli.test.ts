// `nhiemvu explain`, `nhiemvu rules` and `extract --explain` as users run them (the compiled CLI).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const bin = join(root, 'bin', 'nhiemvu.js');
const seed = join(root, 'seeds', '001_23ebfd9ff675fd02.txt');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: root, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('nhiemvu explain', () => {
  it('--id prints that obligation and its pieces, with line and rules', () => {
    const r = run(['explain', seed, '--id', 'III.2.-3']);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[1]).toMatch(/^III\.2\.-3 +line 78 +"- Văn phòng Chính phủ: \(1\)/u);
    for (const id of ['gate/item', 'lead/clause-subject', 'split/by-deadline', 'deadline-kind/strong-qualifier']) expect(r.out).toContain(id);
    expect(r.out).toMatch(/^III\.2\.-3#2 /mu);
  });

  it('--line picks the obligations that start on that line; a bad line number is a usage error', () => {
    const r = run(['explain', seed, '--line', '78']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^III\.2\.-3 +line 78/mu);
    expect(r.out).not.toMatch(/line (?!78)\d+ +"/u);
    expect(run(['explain', seed, '--line', 'x']).code).toBe(2);
  });

  it('--all-candidates names what was not taken and the rule that dropped it', () => {
    const r = run(['explain', '--all-candidates', '-r', '2025-09-01', '-'], 'Tăng cường công tác tuyên truyền, phổ biến pháp luật.\n');
    expect(r.code).toBe(0);
    expect(r.out).toContain('not taken (1):');
    expect(r.out).toMatch(/line 1 +lead\/none-found +"Tăng cường/u);
  });

  it('a missing file is one line on stderr, exit 1, the other files still explained', () => {
    const r = run(['explain', join(root, 'no-such-file.txt'), seed, '--id', 'I.1']);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('no-such-file.txt');
    expect(r.out).toContain(seed);
  });
});

describe('extract --explain', () => {
  it('adds why (rule ids) to every obligation; without it there is none', () => {
    const withWhy = JSON.parse(run(['extract', '--explain', '-f', 'json', seed]).out)[0];
    expect(withWhy.obligations.every((o: { why?: string[] }) => o.why && o.why.length > 0)).toBe(true);
    const plain = JSON.parse(run(['extract', '-f', 'json', seed]).out)[0];
    expect(plain.obligations.some((o: object) => 'why' in o)).toBe(false);
  });
});

describe('nhiemvu rules', () => {
  it('prints the index with every list', () => {
    const r = run(['rules']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# Rules/u);
    expect(r.out).toContain('- `gate/past-report-or-definition`:');
    expect(r.out).toContain('## deadline kind (first)');
  });
});
