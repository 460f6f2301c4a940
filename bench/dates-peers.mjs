#!/usr/bin/env node
// Peer benchmark for the deadline engine on the hand-checked phrase table (test/deadline/phrases.json):
//   1. our pickDeadline (compiled: run `npx tsc -p tsconfig.json` first),
//   2. plain chrono-node vi.strict (first result's date components),
//   3. Python dateparser's search_dates(languages=['vi']) (last date found), run in ONE process.
// Accuracy: a phrase counts when date and recurrence both equal the expectation (no deadline = both
// null). The peers have no notion of recurrence, so they can only score on non-recurring phrases.
// Time: mean wall-clock microseconds per phrase, measured inside each runtime (no process start-up).
import { readFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import * as vi from 'chrono-node/vi';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { pick: cases } = JSON.parse(readFileSync(path.join(root, 'test/deadline/phrases.json'), 'utf8'));
const REPS = Number(process.env.BENCH_REPS ?? 20);

const expectedOf = (c) => (c.expect && (c.expect.date || c.expect.recurrence) ? c.expect : { date: null, recurrence: null });
const pad2 = (n) => String(n).padStart(2, '0');

function timeIt(fn) {
  for (const c of cases) fn(c); // warm-up (JIT, regex compilation)
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < REPS; r++) for (const c of cases) fn(c);
  const ns = Number(process.hrtime.bigint() - t0);
  return ns / 1000 / (REPS * cases.length);
}

const rows = [];

// 1. ours
const distIndex = path.join(root, 'dist/extract/deadline/index.js');
if (!existsSync(distIndex)) {
  console.error(`missing ${distIndex}: build first with "npx tsc -p tsconfig.json"`);
  process.exit(1);
}
const { pickDeadline } = await import(pathToFileURL(distIndex).href);
{
  let ok = 0;
  const misses = [];
  for (const c of cases) {
    const got = pickDeadline(c.text, c.ref);
    const g = got && (got.date || got.recurrence) ? got : { date: null, recurrence: null };
    const e = expectedOf(c);
    if (g.date === e.date && g.recurrence === e.recurrence) ok++;
    else misses.push(`${c.text} → ${g.date}/${g.recurrence}, expected ${e.date}/${e.recurrence}`);
  }
  rows.push({ tool: 'nhiemvu pickDeadline', ok, us: timeIt((c) => pickDeadline(c.text, c.ref)) });
  if (process.env.BENCH_VERBOSE) for (const m of misses) console.log('  miss:', m);
}

// 2. chrono vi.strict
const refDate = (ref) => {
  const [y, m, d] = (ref ?? '2025-01-01').split('-').map(Number);
  return new Date(y, m - 1, d, 12);
};
function chronoDate(c) {
  const r = vi.strict.parse(c.text, refDate(c.ref))[0];
  if (!r) return null;
  const s = r.start;
  return `${String(s.get('year')).padStart(4, '0')}-${pad2(s.get('month'))}-${pad2(s.get('day'))}`;
}
{
  let ok = 0;
  for (const c of cases) {
    const e = expectedOf(c);
    if (e.recurrence === null && chronoDate(c) === e.date) ok++;
  }
  rows.push({ tool: 'chrono-node vi.strict', ok, us: timeIt(chronoDate) });
}

// 3. dateparser, one Python process for all phrases
const PY = String.raw`
import sys, json, time, datetime, warnings
warnings.filterwarnings('ignore')
from dateparser.search import search_dates
items = json.load(sys.stdin)
reps = int(sys.argv[1])
def run(it):
    ref = it['ref'] or '2025-01-01'
    base = datetime.datetime.strptime(ref, '%Y-%m-%d').replace(hour=12)
    try:
        found = search_dates(it['text'], languages=['vi'], settings={'RELATIVE_BASE': base})
    except Exception:
        found = None
    return found[-1][1].strftime('%Y-%m-%d') if found else None
out = [run(it) for it in items]          # warm-up and answers
t0 = time.perf_counter()
for _ in range(reps):
    for it in items: run(it)
us = (time.perf_counter() - t0) * 1e6 / (reps * len(items))
json.dump({'dates': out, 'us': us}, sys.stdout)
`;
{
  const pyReps = Number(process.env.BENCH_PY_REPS ?? 3);
  const res = spawnSync('/usr/bin/python3', ['-c', PY, String(pyReps)], {
    input: JSON.stringify(cases.map((c) => ({ text: c.text, ref: c.ref }))),
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (res.status !== 0) {
    console.error('dateparser run failed (apt-get install -y python3-dateparser):\n' + res.stderr);
    rows.push({ tool: 'dateparser (python)', ok: NaN, us: NaN });
  } else {
    const { dates, us } = JSON.parse(res.stdout);
    let ok = 0;
    cases.forEach((c, i) => {
      const e = expectedOf(c);
      if (e.recurrence === null && dates[i] === e.date) ok++;
    });
    rows.push({ tool: 'dateparser search_dates vi', ok, us });
  }
}

const n = cases.length;
const line = (a, b, c, d) => `| ${a.padEnd(28)} | ${b.padStart(9)} | ${c.padStart(8)} | ${d.padStart(12)} |`;
console.log(`phrases: ${n} (${cases.filter((c) => expectedOf(c).recurrence).length} recurring, ${cases.filter((c) => !c.expect).length} with no deadline)`);
console.log(line('tool', 'correct', 'accuracy', 'µs / phrase'));
console.log(`|${'-'.repeat(30)}|${'-'.repeat(11)}|${'-'.repeat(10)}|${'-'.repeat(14)}|`);
for (const r of rows) {
  console.log(line(r.tool, `${r.ok}/${n}`, Number.isNaN(r.ok) ? 'n/a' : `${((100 * r.ok) / n).toFixed(1)}%`, Number.isNaN(r.us) ? 'n/a' : r.us.toFixed(1)));
}
