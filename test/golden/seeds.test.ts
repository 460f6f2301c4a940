// Golden tests of the four seeds. The expected files were written from the program's output and
// then read line by line against the documents and ../shared/gold (see the notes in each file's
// "review" field): every obligation there is one the annotators list, with their lead and deadline,
// except where a note says otherwise. A change in any line is a change in behaviour to look at.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processSource } from '../../src/pipeline/index.js';
import { projectResult } from './project.js';

const root = join(__dirname, '..', '..');
const SEEDS = ['000_0cd370b62ee31cb2', '001_23ebfd9ff675fd02', '003_e6bd0147ff71d7ac', '004_dfb016a19d2361ee'];

describe.each(SEEDS)('seed %s', (name) => {
  const text = readFileSync(join(root, 'seeds', `${name}.txt`), 'utf8');
  const expected = JSON.parse(readFileSync(join(__dirname, `${name}.json`), 'utf8'));
  const got = projectResult(processSource({ path: `seeds/${name}.txt`, text, sha256: '0'.repeat(64), bytes: text.length, encoding: 'utf-8' }));

  it('document header', () => {
    expect(got.document).toEqual(expected.document);
  });
  it('obligations: ids, leads, supports, deadlines, opening words', () => {
    expect(got.obligations).toEqual(expected.obligations);
  });
});
