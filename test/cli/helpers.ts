// Running the compiled CLI as users do: real files, real exit codes, and a real terminal where
// the behaviour depends on one (util-linux `script` gives the process a pty).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = join(__dirname, '..', '..');
export const bin = join(root, 'bin', 'nhiemvu.js');
export const seed = join(root, 'seeds', '001_23ebfd9ff675fd02.txt');
export const seeds = ['000_0cd370b62ee31cb2.txt', '001_23ebfd9ff675fd02.txt', '003_e6bd0147ff71d7ac.txt', '004_dfb016a19d2361ee.txt'].map((f) => join(root, 'seeds', f));

export function run(args: string[], input?: string, env: Record<string, string | undefined> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    input, encoding: 'utf8', cwd: root, timeout: 60_000,
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', NO_COLOR: '', FORCE_COLOR: '', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

export function runBuffer(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, timeout: 60_000, env: { ...process.env, LANG: 'C.UTF-8' } });
  return { code: r.status, out: r.stdout, err: r.stderr.toString('utf8') };
}

export const hasScript = existsSync('/usr/bin/script');

/** The command on a pseudo-terminal of the given width; what it printed, and its exit code. */
export function onTerminal(args: string[], env: Record<string, string> = {}, columns = 80) {
  const envs = Object.entries({ LANG: 'C.UTF-8', ...env }).map(([k, v]) => `${k}='${v}'`).join(' ');
  const cmd = `stty cols ${columns} rows 50 2>/dev/null; env ${envs} '${process.execPath}' '${bin}' ${args.map((a) => `'${a}'`).join(' ')}; echo "[exit $?]"`;
  const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', cwd: root, timeout: 60_000, input: '' , env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' } });
  const out = r.stdout.replace(/\r\n/gu, '\n');
  const m = /\[exit (\d+)\]/u.exec(out);
  return { out, code: m ? Number(m[1]) : null };
}

export const tmp = () => mkdtempSync(join(tmpdir(), 'nhiemvu-12-'));
