// XLSX and ICS read back by independent readers (Python's openpyxl and icalendar, Debian packages
// python3-openpyxl and python3-icalendar). Runs when they are installed; otherwise says so and skips.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, run, tmp } from '../cli/helpers.js';

function pythonWith(module: string): string | null {
  for (const py of ['python3', '/usr/bin/python3']) {
    const r = spawnSync(py, ['-c', `import ${module}`], { encoding: 'utf8' });
    if (r.status === 0) return py;
  }
  return null;
}

const inputs = [
  ...['000_0cd370b62ee31cb2.txt', '001_23ebfd9ff675fd02.txt', '003_e6bd0147ff71d7ac.txt', '004_dfb016a19d2361ee.txt'].map((f) => join(root, 'seeds', f)),
  ...readdirSync(join(root, 'fixtures')).filter((f) => /\.(?:txt|docx)$/u.test(f)).map((f) => join(root, 'fixtures', f)),
];

const readers = { xlsx: pythonWith('openpyxl'), ics: pythonWith('icalendar') };
for (const [k, py] of Object.entries(readers)) {
  if (!py) console.log(`test/readers: skipping the ${k} check: no Python with ${k === 'xlsx' ? 'openpyxl' : 'icalendar'} (apt-get install python3-openpyxl python3-icalendar)`);
}

describe('independent readers', () => {
  const dir = tmp();
  const json = join(dir, 'all.json');

  const check = (kind: 'xlsx' | 'ics') => {
    const py = readers[kind]!;
    expect(run(['extract', '-q', '-o', json, ...inputs]).code).toBe(0);
    const file = join(dir, `all.${kind}`);
    expect(run(['extract', '-q', '-o', file, ...inputs]).code).toBe(0);
    const r = spawnSync(py, [join(__dirname, 'check.py'), kind, file, json], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(new RegExp(`^OK ${kind} [1-9]\\d*`, 'u'));
    console.log(`test/readers: ${r.stdout.trim()}`);
  };
  it.skipIf(!readers.xlsx)('xlsx is read back by openpyxl and matches the JSON', () => check('xlsx'));
  it.skipIf(!readers.ics)('ics is read back by icalendar and matches the JSON', () => check('ics'));
});
