// Freeze and compare the whole output (JSON) of the seeds, fixtures and dev documents, so that a
// refactoring can be checked to change nothing: `node bench/freeze.mjs write DIR` records,
// `node bench/freeze.mjs check DIR` compares and prints the first differing line of each changed file.
// Uses dist/ (run `npx tsc -p tsconfig.json` first).
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync, statSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [mode, dir = '/tmp/nhiemvu-freeze', ...flags] = process.argv.slice(2);
if (mode !== 'write' && mode !== 'check') {
  process.stderr.write('usage: node bench/freeze.mjs write|check [DIR] [--explain]\n');
  process.exit(2);
}
const { readSource } = await import(join(root, 'dist/read/index.js'));
const { extractDocument } = await import(join(root, 'dist/pipeline/index.js'));

const walk = (d) => readdirSync(d).flatMap((f) => {
  const p = join(d, f);
  return statSync(p).isDirectory() ? walk(p) : [p];
});
const inputs = [join(root, 'seeds'), join(root, 'fixtures'), join(root, '../shared/dev/docs')]
  .filter(existsSync)
  .flatMap(walk)
  // fixtures/real*/ are blind measurement sets: rule work must never look at their output.
  .filter((p) => /\.(?:txt|md|docx)$/u.test(p) && !/SOURCES\.md$/u.test(p) && !/[/\\]fixtures[/\\]real/u.test(p))
  .sort();

mkdirSync(dir, { recursive: true });
let changed = 0;
for (const path of inputs) {
  const name = relative(join(root, '..'), path).replace(/[/\\]/gu, '__') + '.json';
  const src = await readSource(path);
  // --explain: trace on, `why` removed again — tracing must change nothing else.
  const explain = flags.includes('--explain') ? { obligations: [], dropped: [] } : null;
  const result = await extractDocument(src, { referenceDate: '2025-09-01', explain });
  if (explain) for (const o of result.obligations) delete o.why;
  const out = JSON.stringify(result, null, 1);
  const file = join(dir, name);
  if (mode === 'write') {
    writeFileSync(file, out);
    continue;
  }
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (before === out) continue;
  changed++;
  const a = before.split('\n');
  const b = out.split('\n');
  const i = a.findIndex((l, k) => l !== b[k]);
  process.stdout.write(`${name}: line ${i + 1}\n  - ${a[i]}\n  + ${b[i]}\n`);
}
process.stdout.write(mode === 'write' ? `wrote ${inputs.length} outputs to ${dir}\n` : `${inputs.length} documents, ${changed} changed\n`);
process.exitCode = changed ? 1 : 0;
