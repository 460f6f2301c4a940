// npm run bench: the figures of issue #11, measured on this machine, not asserted.
//   node bench/run.mjs            full run (the sizes of the issue: minutes)
//   node bench/run.mjs --quick    smaller sizes and fewer repeats (about a minute), for a check
//   … --only cold,stages,jobs,shapes,memory   some sections only
// Sections: cold start vs `node -e 0`; MB/s per stage; --jobs 1/2; time per MB by document shape;
// peak memory for many documents and for one large one. Every figure is printed as measured.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/nhiemvu.js');
const quick = process.argv.includes('--quick');
const dist = (m) => import(join(root, 'dist', m));
const MB = 1048576;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, d = 2) => x.toFixed(d);

const corpusDirs = [join(root, 'seeds'), join(root, 'fixtures'), join(root, '../shared/dev/docs')].filter(existsSync);
const corpus = corpusDirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => join(d, f)));
const texts = corpus.map((f) => readFileSync(f, 'utf8'));
const glued = texts.join('\n\n');
const tmp = mkdtempSync(join(tmpdir(), 'nhiemvu-bench-'));
const write = (name, text) => (writeFileSync(join(tmp, name), text), join(tmp, name));
/** A document of about `bytes`, made of whole corpus documents glued together. */
const sized = (bytes) => {
  let s = '';
  while (Buffer.byteLength(s) < bytes) s += (s ? '\n\n' : '') + glued;
  return s.slice(0, Math.floor(bytes / 1.35)); // Vietnamese text is ~1.35 bytes per UTF-16 unit
};
const timeMs = (f) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
const run = (args, opts = {}) => spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
const hasTime = existsSync('/usr/bin/time');
/** Peak resident memory (MB) of a child process, from GNU time. */
const peakOf = (args) => {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const lines = r.stderr.trim().split('\n');
  return { mb: Number(lines.pop()) / 1024, status: r.status, note: lines.filter((l) => /signal|rror/u.test(l)).join(' ').slice(0, 200) };
};

/** CPU seconds (user + system) and wall seconds of one child process, from GNU time. */
const cpuOf = (args) => {
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %e', process.execPath, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const [u, s, e] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { cpu: (u + s) * 1000, wall: e * 1000 };
};

// CPU time (user + system) rather than wall time: the machine is shared, and a loaded machine stretches
// wall time by whatever else runs; both are printed, medians of n runs taken in turn.
async function coldStart() {
  const n = quick ? 5 : 11;
  const doc = texts.find((t) => Buffer.byteLength(t) > 9000 && Buffer.byteLength(t) < 12000) ?? texts[0];
  const f = write('cold-10k.txt', doc);
  // The compiled modules without the esbuild bundle (what bin/ ran before dist/bundle/ existed).
  const unbundled = write('unbundled.mjs', `import { main } from ${JSON.stringify(pathToFileURL(join(root, 'dist/cli/index.js')).href)};\nprocess.exitCode = await main(process.argv);\n`);
  const args = ['extract', '-f', 'json', '-r', '2025-08-01', f];
  const cases = {
    'node -e 0': ['-e', '0'],
    'nhiemvu --version': [bin, '--version'],
    [`nhiemvu extract, ${fmt(Buffer.byteLength(doc) / 1024, 1)} KB`]: [bin, ...args],
    '  same, unbundled dist/': [unbundled, ...args],
    '  same, --no-regexp-tier-up': ['--no-regexp-tier-up', bin, ...args],
  };
  const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let i = 0; i < n; i++) for (const [k, a] of Object.entries(cases)) times[k].push(cpuOf(a));
  const base = median(times['node -e 0'].map((x) => x.cpu));
  console.log(`\n## Cold start (CPU time user+sys, median of ${n} runs; wall time in brackets)`);
  for (const [k, v] of Object.entries(times)) {
    const cpu = median(v.map((x) => x.cpu));
    console.log(`${k.padEnd(34)} ${fmt(cpu, 0).padStart(5)} ms  ${fmt(cpu / base, 1)}× node -e 0  (wall ${fmt(median(v.map((x) => x.wall)), 0)} ms)`);
  }
}

async function stages() {
  const { readSource } = await dist('read/index.js');
  const { normalize } = await dist('normalize/index.js');
  const { segment } = await dist('segment/index.js');
  const { processSource, loadReadersFor } = await dist('pipeline/index.js');
  const { extract } = await dist('extract/index.js');
  const { csvRows } = await dist('emit/csv.js');
  const rounds = quick ? 1 : 3;
  const t = { read: 0, normalize: 0, segment: 0, extract: 0, emit: 0 };
  let bytes = 0;
  for (const f of corpus) await loadReadersFor(readFileSync(f, 'utf8'));
  processSource({ path: 'warm', text: texts[0], sha256: '', bytes: 0, encoding: 'utf-8' }); // compile the patterns once
  for (let r = 0; r < rounds; r++) {
    for (const f of corpus) {
      let s = performance.now();
      const src = await readSource(f);
      t.read += performance.now() - s;
      s = performance.now();
      const norm = normalize(src.text);
      t.normalize += performance.now() - s;
      s = performance.now();
      const seg = segment(norm);
      t.segment += performance.now() - s;
      s = performance.now();
      extract(seg, norm, seg.header.date ?? null);
      t.extract += performance.now() - s;
      const result = processSource(src, {}); // the whole result, to time its writing
      s = performance.now();
      JSON.stringify(result);
      csvRows(result);
      t.emit += performance.now() - s;
      bytes += src.bytes;
    }
  }
  const total = t.read + t.normalize + t.segment + t.extract;
  console.log(`\n## Throughput per stage, one thread (${corpus.length} documents, ${fmt(bytes / rounds / MB)} MB, ${rounds} round(s))`);
  for (const [k, v] of Object.entries(t)) console.log(`${k.padEnd(10)} ${fmt(bytes / MB / (v / 1000)).padStart(8)} MB/s  (${fmt(v / rounds, 0)} ms per round)`);
  console.log(`read→extract ${fmt(bytes / MB / (total / 1000)).padStart(6)} MB/s`);
}

async function jobs() {
  const copies = quick ? 2 : 6;
  const files = [];
  for (let c = 0; c < copies; c++) corpus.forEach((f, i) => files.push(write(`jobs-${c}-${i}.txt`, texts[i])));
  const bytes = files.length && texts.reduce((a, x) => a + Buffer.byteLength(x), 0) * copies;
  const res = {};
  for (const j of [1, 2]) res[j] = timeMs(() => run([bin, 'extract', '-f', 'ndjson', '-r', '2025-08-01', '--jobs', String(j), ...files], { stdio: ['ignore', 'ignore', 'ignore'] }));
  console.log(`\n## --jobs (${files.length} documents, ${fmt(bytes / MB)} MB, ${availableParallelism()} cores: ${cpus()[0]?.model ?? '?'})`);
  console.log(`--jobs 1   ${fmt(res[1] / 1000, 1)} s  ${fmt(bytes / MB / (res[1] / 1000))} MB/s`);
  console.log(`--jobs 2   ${fmt(res[2] / 1000, 1)} s  ${fmt(bytes / MB / (res[2] / 1000))} MB/s  speed-up ${fmt(res[1] / res[2])}×`);
}

const repeatedLine = (k) => {
  const doc = texts.find((t) => Buffer.byteLength(t) > 9000 && Buffer.byteLength(t) < 12000) ?? texts[0];
  return doc.replace(/\n+/g, ' ').repeat(k);
};

async function shapes() {
  const { processSource } = await dist('pipeline/index.js');
  const big = quick ? 256 * 1024 : 2 * MB;
  const oneLine = sized(quick ? 128 * 1024 : 2 * MB).replace(/\s*\n\s*/g, ' ');
  const cases = [
    ['20 KB documents', texts.filter((x) => Buffer.byteLength(x) > 15000 && Buffer.byteLength(x) < 25000)],
    [`one ${fmt(big / MB)} MB document`, [sized(big)]],
    [`one ${fmt(Buffer.byteLength(oneLine) / MB)} MB single line`, [oneLine]],
    // The issue's case: one ~10 KB document with its newlines removed, repeated on one line. Extract
    // still reads the rest of such a paragraph at every clause (#8's startsWithBody), so this one is
    // kept small: its cost grows with the square of the size.
    [`10 KB doc without newlines ×${quick ? 16 : 32} (one line)`, [repeatedLine(quick ? 16 : 32)]],
  ];
  console.log('\n## Time per MB by document shape (in-process, one thread)');
  for (const [name, docs] of cases) {
    const bytes = docs.reduce((a, x) => a + Buffer.byteLength(x), 0);
    const ms = timeMs(() => docs.forEach((text) => processSource({ path: 'x', text, sha256: '', bytes: 0, encoding: 'utf-8' })));
    console.log(`${name.padEnd(34)} ${fmt(ms / (bytes / MB), 0).padStart(7)} ms/MB  (${docs.length} doc(s), ${fmt(bytes / MB)} MB in ${fmt(ms / 1000, 1)} s)`);
  }
}

async function memory() {
  if (!hasTime) return console.log('\n## Peak memory: skipped (/usr/bin/time not found)');
  const small = texts.reduce((a, x) => (Buffer.byteLength(x) < Buffer.byteLength(a) ? x : a));
  const [few, many] = quick ? [100, 1000] : [1000, 10000];
  const src = write('small.txt', small);
  const list = (n) => Array.from({ length: n }, (_, i) => {
    const f = join(tmp, `m-${i}.txt`);
    if (!existsSync(f)) copyFileSync(src, f);
    return f;
  });
  console.log(`\n## Peak memory (resident set, GNU time)`);
  for (const j of [1, 2]) {
    const a = peakOf([bin, 'extract', '-f', 'ndjson', '-r', '2025-08-01', '--jobs', String(j), ...list(few)]);
    const b = peakOf([bin, 'extract', '-f', 'ndjson', '-r', '2025-08-01', '--jobs', String(j), ...list(many)]);
    console.log(`--jobs ${j}: ${few} documents ${fmt(a.mb, 0)} MB, ${many} documents ${fmt(b.mb, 0)} MB (${fmt(b.mb / a.mb)}×; ${Buffer.byteLength(small)}-byte documents, NDJSON)`);
  }
  const size = quick ? 3 * MB : 30 * MB;
  const bigFile = write('big.txt', sized(size));
  const t = performance.now();
  const r = peakOf(['--max-old-space-size=4096', bin, 'extract', '-f', 'ndjson', '-r', '2025-08-01', bigFile]);
  console.log(`one ${fmt(readFileSync(bigFile).length / MB, 1)} MB document: ${fmt(r.mb, 0)} MB peak, ${fmt((performance.now() - t) / 1000, 1)} s, exit ${r.status}${r.note ? ` (${r.note})` : ''}`);
}

console.log(`nhiemvu bench ${quick ? '(quick)' : '(full)'}: node ${process.version}, ${availableParallelism()} cores, ${new Date().toISOString()}`);
const sections = { cold: coldStart, stages, jobs, shapes, memory };
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1].split(',') : Object.keys(sections);
try {
  for (const name of only) await sections[name]();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
