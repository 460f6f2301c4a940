// Issue 12: the README lists every command and every option that --help shows, and CONTRACT.md
// every command; a new option or command without documentation fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, run } from './helpers.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const contract = readFileSync(join(root, 'docs', 'CONTRACT.md'), 'utf8');
const commands = () => [...run(['--help']).out.split('Commands:')[1]!.split('\n\n')[0]!.matchAll(/^ {2}([a-z]+)(?![\p{L}\p{N}])/gmu)].map((m) => m[1]!).filter((c) => c !== 'help');

describe('README and CONTRACT against --help', () => {
  it('every command', () => {
    const cs = commands();
    expect(cs).toEqual(expect.arrayContaining(['extract', 'segment', 'validate', 'summary', 'schema', 'explain', 'rules']));
    for (const c of cs) {
      expect(readme, `README: nhiemvu ${c}`).toContain(`nhiemvu ${c}`);
      expect(contract, `CONTRACT: nhiemvu ${c}`).toContain(`nhiemvu ${c}`);
    }
  });

  it('every long option of every command', () => {
    const missing: string[] = [];
    let seen = 0;
    for (const c of commands()) {
      const help = run([c, '--help']).out;
      for (const m of help.matchAll(/^ {2}(?:-[A-Za-z], )?(--[a-z][a-z-]*)/gmu)) {
        seen++;
        if (m[1] !== '--help' && !readme.includes(`\`${m[1]}`) && !readme.includes(` ${m[1]}`)) missing.push(`${c} ${m[1]}`);
      }
    }
    expect(seen).toBeGreaterThan(25); // the pattern really reads the option lists
    expect(missing).toEqual([]);
  });
});
