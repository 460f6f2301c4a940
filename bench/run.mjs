// npm run bench: throughput of the pipeline and start-up time of the CLI, measured, not asserted.
// Usage: node bench/run.mjs [--rounds N]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 5;
const { processSource } = await import(join(root, 'dist/pipeline/index.js'));

const dirs = [join(root, 'seeds'), join(root, 'fixtures'), join(root, '../shared/dev/docs')].filter(existsSync);
const docs = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => ({ path: join(d, f), text: readFileSync(join(d, f), 'utf8') })));
const src = (d) => ({ path: d.path, text: d.text, sha256: '0'.repeat(64), bytes: Buffer.byteLength(d.text), encoding: 'utf-8' });

const bytes = docs.reduce((a, d) => a + Buffer.byteLength(d.text), 0);
processSource(src(docs[0])); // warm-up (gazetteer index, regex compilation)
const t0 = performance.now();
let obligations = 0;
for (let r = 0; r < rounds; r++) for (const d of docs) obligations += processSource(src(d)).obligations.length;
const ms = performance.now() - t0;
console.log(`corpus: ${docs.length} documents, ${(bytes / 1024).toFixed(0)} KiB, ${rounds} rounds`);
console.log(`  ${(ms / rounds / docs.length).toFixed(1)} ms/document, ${((bytes * rounds) / 1048576 / (ms / 1000)).toFixed(2)} MiB/s, ${obligations / rounds} obligations per round`);

// One large document: every dev document glued together 10 times (list-heavy, ~2.5 MB).
const big = Array.from({ length: 10 }, () => docs.map((d) => d.text).join('\n\n')).join('\n\n');
const t1 = performance.now();
const rb = processSource({ path: 'big', text: big, sha256: '0'.repeat(64), bytes: big.length, encoding: 'utf-8' });
const msBig = performance.now() - t1;
console.log(`large: ${(Buffer.byteLength(big) / 1048576).toFixed(2)} MiB in ${msBig.toFixed(0)} ms (${(Buffer.byteLength(big) / 1048576 / (msBig / 1000)).toFixed(2)} MiB/s), ${rb.obligations.length} obligations`);

// Start-up: the CLI as a user runs it.
const time = (args, input) => {
  const best = [];
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    execFileSync(process.execPath, [join(root, 'bin/nhiemvu.js'), ...args], { input, stdio: ['pipe', 'ignore', 'ignore'] });
    best.push(performance.now() - s);
  }
  return Math.min(...best).toFixed(0);
};
console.log(`start-up: --version ${time(['--version'])} ms; extract of one sentence ${time(['extract', '--format', 'json', '--reference-date', '2025-08-01', '-'], 'Bộ Y tế hoàn thành trong quý IV năm 2025.')} ms (best of 5)`);
