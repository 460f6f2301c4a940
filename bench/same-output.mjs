// Byte-identical output check: runs extract (read → normalize → segment → extract, the CLI's own path)
// on every seed, fixture and dev document, plus a few synthetic variants, with this tree's dist/ and
// with a baseline build, and compares the JSON. Performance work must not change a single byte.
//
// Usage: node bench/same-output.mjs [--base DIR] [--rev REV] [--only SUBSTRING]
//   --base DIR  a built baseline tree (default /tmp/nhiemvu-base-<REV>; built there when missing:
//               git archive REV, node_modules linked from this tree, tsc)
//   --rev REV   the baseline commit (default a51f974, the code before the performance work)
// Exit 0 when every document gives the same output, 1 otherwise (each difference is named).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : dflt);
const rev = arg('--rev', 'a51f974');
const base = arg('--base', `/tmp/nhiemvu-base-${rev}`);
const only = arg('--only', '');

function buildBaseline() {
  if (existsSync(join(base, 'dist/pipeline/index.js'))) return;
  console.error(`building baseline ${rev} in ${base} …`);
  mkdirSync(base, { recursive: true });
  execFileSync('sh', ['-c', `git -C "${root}" archive ${rev} | tar -x -C "${base}"`], { stdio: 'inherit' });
  if (!existsSync(join(base, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(base, 'node_modules'));
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(base, 'tsconfig.json')], { stdio: 'inherit' });
}

const walk = (dir) =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return walk(p);
    return /\.(txt|md|docx)$/u.test(f) ? [p] : [];
  });

function inputs() {
  const dev = join(root, '../shared/dev/docs');
  const files = [join(root, 'seeds'), join(root, 'fixtures'), dev]
    .filter(existsSync)
    .flatMap(walk)
    // fixtures/real*/ are blind measurement sets: never run anything on them (as bench/freeze.mjs).
    .filter((f) => !f.endsWith('SOURCES.md') && !/[/\\]fixtures[/\\]real/u.test(f));
  const docs = files.map((path) => ({ path }));
  // Synthetic variants exercise the paths real documents rarely take: CRLF and NFD (the slow path of
  // the character pass), one document as a single line (long-line rules), and a large glued document.
  const devTexts = existsSync(dev) ? readdirSync(dev).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dev, f), 'utf8')) : [];
  devTexts.slice(0, 6).forEach((t, i) => {
    docs.push({ path: `synthetic/crlf-${i}`, text: t.replace(/\n/g, '\r\n') });
    docs.push({ path: `synthetic/nfd-${i}`, text: t.normalize('NFD') });
  });
  if (devTexts.length) {
    docs.push({ path: 'synthetic/one-line', text: devTexts[1].slice(0, 10000).replace(/\n+/g, ' ') });
    docs.push({ path: 'synthetic/glued', text: devTexts.join('\n\n') });
  }
  return docs.filter((d) => d.path.includes(only));
}

async function load(dir) {
  const read = await import(pathToFileURL(join(dir, 'dist/read/index.js')).href);
  const pipe = await import(pathToFileURL(join(dir, 'dist/pipeline/index.js')).href);
  // A document one tree cannot read gives its error line as the output, so both are still compared.
  return async (doc) => run(doc).catch((e) => `error: ${e?.message ?? e}`);
  async function run(doc) {
    const src = doc.text === undefined ? await read.readSource(doc.path) : { path: doc.path, text: doc.text, sha256: '0'.repeat(64), bytes: Buffer.byteLength(doc.text), encoding: 'utf-8' };
    const out = [];
    for (const referenceDate of [null, '2025-08-01']) out.push(JSON.stringify(await pipe.extractDocument(src, { referenceDate }), null, 2));
    return out.join('\n');
  }
}

buildBaseline();
const docs = inputs();
const [mine, theirs] = [await load(root), await load(base)];
let same = 0;
const differ = [];
let tMine = 0;
let tBase = 0;
for (const d of docs) {
  let t = performance.now();
  const a = await mine(d);
  tMine += performance.now() - t;
  t = performance.now();
  const b = await theirs(d);
  tBase += performance.now() - t;
  if (a === b) same++;
  else {
    const la = a.split('\n');
    const lb = b.split('\n');
    const k = la.findIndex((l, i) => l !== lb[i]);
    differ.push(`${d.path}: first difference at output line ${k + 1}:\n  now:  ${la[k]?.slice(0, 160)}\n  base: ${lb[k]?.slice(0, 160)}`);
  }
}
// The launcher runs the esbuild bundle (dist/bundle/): it must print what the unbundled dist/ prints.
const launcher = join(root, 'bin/nhiemvu.js');
const unbundled = `import { main } from ${JSON.stringify(pathToFileURL(join(root, 'dist/cli/index.js')).href)}; process.exitCode = await main(process.argv);`;
const cliDocs = docs.filter((d) => d.text === undefined);
let cliSame = 0;
for (const d of cliDocs) {
  const args = ['extract', '--reference-date', '2025-08-01', d.path];
  const outcome = (argv) => {
    const r = spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 28 });
    return `${r.status}\n${r.stdout}\n${r.stderr}`;
  };
  const a = outcome([launcher, ...args]);
  const b = outcome(['--input-type=module', '-e', unbundled, '--', 'nhiemvu', ...args]);
  if (a === b) cliSame++;
  else differ.push(`${d.path}: bin/nhiemvu.js (bundle) and dist/cli/index.js print different output`);
}
for (const x of differ) console.log(x);
console.log(`same-output: bin/nhiemvu.js (bundle) = dist/cli (unbundled) on ${cliSame}/${cliDocs.length} documents`);
console.log(`same-output: ${same}/${docs.length} documents identical to ${rev} (each with and without --reference-date); ${(tMine / 1000).toFixed(1)} s now vs ${(tBase / 1000).toFixed(1)} s base`);
process.exitCode = differ.length ? 1 : 0;
