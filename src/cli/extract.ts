// `nhiemvu extract`: decide the output first (format, file, checks — a usage error writes nothing),
// then read each input, filter its obligations and hand it to the format's writer.
import type { Result } from '../schema/index.js';
import { langFromEnv, message, type Lang } from '../emit/i18n.js';
import type { BatchStats } from '../emit/index.js';
import { applyFilters, todayIso, type FilterOptions } from './filters.js';
import { checkOut, fileOut, resolveFormat, stdoutOut, UsageError, type Format, type Out } from './output.js';
import { makeProgress } from './progress.js';
import { readReason } from './read-messages.js';

export interface ExtractOptions extends FilterOptions {
  format?: Format;
  out?: string;
  referenceDate?: string;
  color: boolean;
  quiet?: boolean;
  lang?: Lang;
  compact?: boolean;
  warnings?: boolean;
  explain?: boolean;
  jobs?: number;
}

export const say = (line: string): void => void process.stderr.write(`nhiemvu: ${line}\n`);

export interface Item { path: string; result?: Result; error?: string }

/** The results in input order, read and extracted on `jobs` worker threads (pipeline/jobs.ts; one
 * job: this thread). One input failing never stops the others. */
export async function* extractAll(inputs: string[], referenceDate: string | null, explain = false, jobs?: number): AsyncGenerator<Item> {
  const pool = await import('../pipeline/jobs.js');
  const opts = { referenceDate, explain: explain ? { obligations: [], dropped: [] } : null };
  for await (const o of pool.extractAll(inputs, opts, jobs ?? pool.defaultJobs())) yield 'error' in o ? { path: o.path, error: o.error } : { path: o.path, result: o.result };
}

/** NO_COLOR (any non-empty value) and --no-color win; FORCE_COLOR is chalk's; else a terminal. */
export function useColor(flag: boolean, env: NodeJS.ProcessEnv, toTerminal: boolean): boolean {
  if (!flag || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return false;
  return toTerminal || (!!env.FORCE_COLOR && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false');
}

/** The table's width: the terminal's; COLUMNS when there is no terminal; else 120. */
export function tableColumns(toTerminal: boolean, env: NodeJS.ProcessEnv): number {
  if (toTerminal && process.stdout.columns) return process.stdout.columns;
  const c = Number(env.COLUMNS);
  return Number.isInteger(c) && c > 0 ? c : 120;
}

interface Plan { inputs: string[]; format: Format; outFile: string | null; toTerminal: boolean }

function plan(files: string[], opts: ExtractOptions, lang: Lang): Plan {
  if (!files.length && process.stdin.isTTY) throw new UsageError(message(lang, 'noInput'));
  const inputs = files.length ? files : ['-'];
  const outFile = opts.out && opts.out !== '-' ? opts.out : null;
  const toTerminal = !outFile && !!process.stdout.isTTY;
  if (outFile) checkOut(outFile, inputs, lang);
  const format = resolveFormat({ format: opts.format, out: outFile ?? undefined, lang }, toTerminal);
  if (toTerminal && format === 'xlsx') throw new UsageError(message(lang, 'binaryToTerminal', { format }));
  return { inputs, format, outFile, toTerminal };
}

async function emitterFor(p: Plan, opts: ExtractOptions, lang: Lang) {
  const { makeEmitter } = await import('../emit/index.js');
  let chalk;
  if (p.format === 'table') {
    const mod = await import('chalk');
    chalk = new mod.Chalk({ level: useColor(opts.color, process.env, p.toTerminal) ? Math.max(1, mod.default.level) as 1 : 0 });
  }
  return makeEmitter(p.format, { lang, columns: tableColumns(p.toTerminal, process.env), compact: opts.compact, allWarnings: opts.warnings, chalk, sort: opts.sort });
}

const SHOWN_ON_STDERR = new Set(['no-reference-date', 'encoding']);

async function run(p: Plan, opts: ExtractOptions, lang: Lang, out: Out): Promise<BatchStats> {
  const emitter = await emitterFor(p, opts, lang);
  const stats: BatchStats = { files: p.inputs.length, failed: 0, obligations: 0, withDeadline: 0 };
  const progress = makeProgress(p.inputs.length, !opts.quiet && !!process.stderr.isTTY && !p.toTerminal);
  const today = opts.today ?? todayIso();
  out.write(emitter.start());
  for await (const item of extractAll(p.inputs, opts.referenceDate ?? null, !!opts.explain, opts.jobs)) {
    progress.tick(!item.result);
    if (!item.result) {
      stats.failed++;
      say(`${item.path}: ${readReason(item.error ?? '', lang)}`);
      continue;
    }
    if (!opts.quiet) for (const w of item.result.warnings.filter((x) => SHOWN_ON_STDERR.has(x.code))) say(`${item.path}: ${message(lang, 'warning')}: ${w.message}`);
    const r = applyFilters(item.result, opts, today);
    stats.obligations += r.obligations.length;
    stats.withDeadline += r.obligations.filter((o) => o.deadline).length;
    out.write(emitter.add(r));
  }
  progress.done();
  out.write(emitter.finish(stats));
  const left = emitter.leftOut?.() ?? 0;
  if (left && !opts.quiet) say(`${p.format}: ${message(lang, 'icsLeftOut', { n: String(left), out: p.outFile ?? '-' })}`);
  return stats;
}

export async function extractCmd(files: string[], opts: ExtractOptions): Promise<number> {
  const lang = opts.lang ?? langFromEnv(process.env);
  let p: Plan;
  try {
    p = plan(files, opts, lang);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    say(e.message);
    return 2;
  }
  const out = p.outFile ? fileOut(p.outFile) : stdoutOut();
  let stats: BatchStats;
  try {
    stats = await run(p, opts, lang, out);
    await out.end();
  } catch (e) {
    out.abort();
    say(message(lang, 'writeFailed', { out: p.outFile ?? '-', reason: (e as Error).message }));
    return 1;
  }
  if (p.format !== 'table' && !opts.quiet && process.stderr.isTTY && p.inputs.length > 1) {
    const { batchLine } = await import('../emit/table.js');
    process.stderr.write(batchLine(stats, lang) + '\n');
  }
  return stats.failed ? 1 : 0;
}
