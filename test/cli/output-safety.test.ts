// Issue 12, output safety and conventions: nothing an input can lose, formats from the -o
// extension, real calendar dates, NO_COLOR, help and hints, one error prefix.
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileOut } from '../../src/cli/output.js';
import { useColor } from '../../src/cli/extract.js';
import { hasScript, onTerminal, run, runBuffer, seed, tmp } from './helpers.js';

describe('-o never loses an input', () => {
  it('refuses an output that is also an input: exit 2, the input untouched, nothing written', () => {
    const d = tmp();
    const doc = join(d, 'same.txt');
    copyFileSync(seed, doc);
    const before = readFileSync(doc);
    for (const args of [['-o', doc, doc], ['-f', 'json', '-o', doc, doc], ['-f', 'csv', '-o', join(d, '.', 'same.txt'), doc]]) {
      const r = run(['extract', ...args]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^nhiemvu: refusing to write .*same\.txt: it is also an input\n$/u);
    }
    expect(readFileSync(doc).equals(before)).toBe(true);
    expect(readdirSync(d)).toEqual(['same.txt']);
  });

  it('refuses to overwrite an existing document named by -o docs/*.txt (the shell put the first document there)', () => {
    const d = tmp();
    const [a, b] = [join(d, 'a.txt'), join(d, 'b.txt')];
    copyFileSync(seed, a);
    copyFileSync(seed, b);
    const r = run(['extract', '-f', 'csv', '-o', a, b]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^nhiemvu: refusing to overwrite .*a\.txt: an existing document/u);
    expect(readFileSync(a).equals(readFileSync(seed))).toBe(true);
  });

  it('one line, exit 2, for a missing folder; a write that fails is one line too', () => {
    const d = tmp();
    const r = run(['extract', '-o', join(d, 'no', 'such', 'x.csv'), seed]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`nhiemvu: cannot write ${join(d, 'no', 'such', 'x.csv')}: folder ${join(d, 'no', 'such')} does not exist\n`);
    const w = run(['extract', '-o', '/proc/nhiemvu-test.json', seed]);
    expect([1, 2]).toContain(w.code);
    expect(w.err.trim().split('\n')).toHaveLength(1);
    expect(w.err).toMatch(/^nhiemvu: cannot write \/proc\/nhiemvu-test\.json: /u);
  });

  it('writes through a temporary file: an aborted write leaves the old file and no temporary', async () => {
    const d = tmp();
    const target = join(d, 'out.json');
    writeFileSync(target, 'old');
    const o = fileOut(target);
    o.write('new, but not finished');
    o.abort();
    expect(readFileSync(target, 'utf8')).toBe('old');
    const ok = fileOut(target);
    ok.write('[]\n');
    expect(readFileSync(target, 'utf8')).toBe('old'); // not replaced before the end
    await ok.end();
    expect(readFileSync(target, 'utf8')).toBe('[]\n');
    expect(readdirSync(d)).toEqual(['out.json']);
  });

  it('takes the format from the -o extension unless -f says otherwise', () => {
    const d = tmp();
    const f = (name: string) => join(d, name);
    for (const name of ['t.csv', 't.json', 't.ndjson', 't.md', 't.ics', 't.xlsx']) expect(run(['extract', '-o', f(name), seed]).code).toBe(0);
    expect(readFileSync(f('t.csv'), 'utf8')).toMatch(/^\uFEFFfile,doc_number,/u);
    expect(JSON.parse(readFileSync(f('t.json'), 'utf8'))[0].document.number).toBe('268/NQ-CP');
    expect(JSON.parse(readFileSync(f('t.ndjson'), 'utf8').trim().split('\n')[0]!).document.number).toBe('268/NQ-CP');
    expect(readFileSync(f('t.md'), 'utf8')).toMatch(/^## 268\/NQ-CP/u);
    expect(readFileSync(f('t.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/u);
    expect(readFileSync(f('t.xlsx')).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(run(['extract', '-f', 'json', '-o', f('forced.csv'), seed]).code).toBe(0);
    expect(readFileSync(f('forced.csv'), 'utf8')).toMatch(/^\[/u);
    const unknown = run(['extract', '-o', f('t.weird'), seed]);
    expect(unknown.code).toBe(2);
    expect(existsSync(f('t.weird'))).toBe(false);
  });
});

describe('dates are calendar dates', () => {
  it.each([
    ['-r', '2025-02-30'], ['--reference-date', '2025-13-45'], ['--due-before', '2025-04-31'], ['--due-after', '2023-02-29'], ['--today', '2025-00-10'],
  ])('%s %s is a usage error (exit 2)', (opt, v) => {
    const r = run(['extract', '-f', 'json', opt, v, seed]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^nhiemvu: .*"${v}" is not a calendar date`, 'u'));
    expect(r.out).toBe('');
  });

  it('a leap day is a calendar date', () => {
    expect(run(['extract', '-f', 'json', '-r', '2024-02-29', seed]).code).toBe(0);
  });

  it('validate -r and summary --today check too', () => {
    expect(run(['validate', '-r', '2025-02-30', seed]).code).toBe(2);
    expect(run(['summary', '--today', '2025-02-30', seed]).code).toBe(2);
  });
});

describe('conventions', () => {
  it('nhiemvu with no arguments prints its help on stdout and exits 0', () => {
    const r = run([]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: nhiemvu/u);
    expect(r.out).toContain('extract');
    expect(r.err).toBe('');
  });

  it('one error prefix, nhiemvu:, commander errors included', () => {
    for (const args of [['frobnicate'], ['extract', '--bogus', seed], ['extract', '-f', 'xml', seed]]) {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^nhiemvu: /u);
      expect(r.err).not.toMatch(/^error:/mu);
    }
  });

  it('NO_COLOR and --no-color win over a terminal; FORCE_COLOR colours a pipe', () => {
    expect(useColor(true, {}, true)).toBe(true);
    expect(useColor(true, { NO_COLOR: '1' }, true)).toBe(false);
    expect(useColor(true, { NO_COLOR: '' }, true)).toBe(true);
    expect(useColor(false, {}, true)).toBe(false);
    expect(useColor(true, {}, false)).toBe(false);
    expect(useColor(true, { FORCE_COLOR: '1' }, false)).toBe(true);
  });

  it.skipIf(!hasScript)('on a real terminal: colour by default, none with NO_COLOR=1', () => {
    const coloured = onTerminal(['extract', seed]);
    expect(coloured.code).toBe(0);
    expect(coloured.out).toMatch(/\u001b\[/u);
    const plain = onTerminal(['extract', seed], { NO_COLOR: '1' });
    expect(plain.code).toBe(0);
    expect(plain.out).toContain('III.2.-4');
    expect(plain.out).not.toMatch(/\u001b\[/u);
  });

  it.skipIf(!hasScript)('extract with no file on a terminal prints a hint and exits 2 instead of waiting', () => {
    const r = onTerminal(['extract']);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/nhiemvu: no input: give one or more files/u);
    for (const cmd of ['validate', 'summary']) expect(onTerminal([cmd]).code).toBe(2);
  });

  it('xlsx is not written to a terminal, but goes to a pipe', () => {
    if (hasScript) expect(onTerminal(['extract', '-f', 'xlsx', seed]).code).toBe(2);
    const r = runBuffer(['extract', '-f', 'xlsx', seed]);
    expect(r.code).toBe(0);
    expect(r.out.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('the reader\'s reasons in Vietnamese with --lang vi or LANG=vi_VN', () => {
    const d = tmp();
    const empty = join(d, 'rong.txt');
    writeFileSync(empty, '');
    const r = run(['extract', '-f', 'json', '--lang', 'vi', join(d, 'khong-co.txt'), empty, d]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`nhiemvu: ${join(d, 'khong-co.txt')}: không có tệp này\nnhiemvu: ${empty}: tệp rỗng\nnhiemvu: ${d}: là một thư mục (hãy nêu các tệp bên trong, ví dụ thu-muc/*.txt)\n`);
    expect(run(['extract', '-f', 'json', empty], undefined, { LANG: 'vi_VN.UTF-8' }).err).toBe(`nhiemvu: ${empty}: tệp rỗng\n`);
    expect(run(['extract', '-f', 'json', empty]).err).toBe(`nhiemvu: ${empty}: empty file\n`);
  });

  it('missing folder message in Vietnamese with --lang vi', () => {
    const d = tmp();
    mkdirSync(join(d, 'x'));
    const r = run(['extract', '--lang', 'vi', '-o', join(d, 'nope', 'a.csv'), seed]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^nhiemvu: không ghi được .*a\.csv: thư mục .* không tồn tại/u);
  });
});

describe('interrupted', () => {
  it('SIGTERM in the middle of a batch leaves no temporary and no half-written output', async () => {
    const { spawn } = await import('node:child_process');
    const { bin, root, seeds } = await import('./helpers.js');
    const d = tmp();
    const out = join(d, 'big.json');
    const many = Array.from({ length: 40 }, () => seeds).flat();
    const p = spawn(process.execPath, [bin, 'extract', '-q', '-o', out, ...many], { cwd: root });
    const exited = new Promise((res) => p.on('exit', (c, s) => res(c ?? s)));
    // Signal once the temporary exists, i.e. while the batch is being written.
    while (!readdirSync(d).some((f) => f.endsWith('.tmp'))) await new Promise((res) => setTimeout(res, 20));
    p.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(readdirSync(d)).toEqual([]);
  });
});
