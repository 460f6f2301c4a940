// Extraction of many inputs on all cores (#11, `extract --jobs N`): a pool of worker threads, each
// reading and extracting whole documents. Results come back in input order, each as soon as it and
// all before it are done, and at most a small window of inputs is in flight, so memory does not grow
// with the number of inputs. With one job or one input everything runs in this thread, as before.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Result } from '../schema/index.js';
import { readSource, ReadError, type Source } from '../read/index.js';
import type { PipelineOptions } from './index.js';

/** One input's outcome, as the CLI reports it. */
export type Outcome = { path: string; result: Result } | { path: string; error: string };

/** A task sent to a worker: a path to read there, or the bytes of standard input read here. */
export interface Task {
  id: number;
  path: string;
  stdin?: Uint8Array;
  opts: PipelineOptions;
}

export const defaultJobs = (): number => availableParallelism();

/** The failure line's reason, the same whichever thread met it. */
export const readReason = (e: unknown): string => (e instanceof ReadError ? e.message : String((e as Error)?.message ?? e));
export const processReason = (e: unknown): string => `could not be processed (${(e as Error)?.message ?? String(e)})`;

/** Read and extract one input in this thread. */
export async function extractOne(path: string, opts: PipelineOptions, stdin?: Uint8Array): Promise<Outcome> {
  let src: Source;
  try {
    src = stdin ? await (await import('../read/index.js')).decodeBytes(path, Buffer.from(stdin)) : await readSource(path);
  } catch (e) {
    return { path, error: readReason(e) };
  }
  try {
    const { extractDocument } = await import('./index.js');
    return { path, result: await extractDocument(src, opts) };
  } catch (e) {
    return { path, error: processReason(e) };
  }
}

/** The worker's compiled file; under the test runner (TypeScript sources) the one in dist/. */
function workerUrl(): URL {
  const here = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(here)) ? here : new URL('../../dist/pipeline/worker.js', import.meta.url);
}

/** Outcomes of `paths` in input order, extracted by this thread and `jobs - 1` workers. */
export async function* extractAll(paths: string[], opts: PipelineOptions, jobs = defaultJobs(), tuning: PoolTuning = {}): AsyncGenerator<Outcome> {
  const n = Math.max(1, Math.min(jobs, paths.length));
  if (n === 1 || !enoughWork(paths, tuning.minBytes ?? MIN_POOL_BYTES)) {
    for (const path of paths) yield await extractOne(path, opts);
    return;
  }
  yield* new Pool(paths, opts, n - 1, tuning).run();
}

/** Knobs for tests: `waitReady: false` sends work to a worker before it has loaded the pipeline, and
 * `minBytes: 0` starts workers for any batch, so that a small batch still goes through the workers. */
export interface PoolTuning { waitReady?: boolean; minBytes?: number }

// A worker costs its own start and warm-up, ~0.3 s of CPU on an idle machine and over 1 s on a loaded
// one, before it is as fast as this thread (bench/README.md, #11): below about half a megabyte of input
// it never pays for itself, and on two cores it slows this thread down while it loads.
const MIN_POOL_BYTES = 512 * 1024;

/** At least `min` bytes of files among `paths` (standard input and unreadable paths count nothing). */
function enoughWork(paths: string[], min: number): boolean {
  let total = 0;
  for (const p of paths) {
    if (total >= min) return true;
    if (p === '-') continue;
    try {
      total += statSync(p).size;
    } catch {
      // read later, in order, where its failure is reported
    }
  }
  return total >= min;
}

// Why this thread works too, and why workers get work only once ready (#11, measured in
// bench/README.md): every thread pays its own start and warm-up (loading the modules, compiling the
// patterns, filling the gazetteer index and memo tables), which on a small batch cost as much as the
// batch. Idle here while two workers warm up, `--jobs 2` was slower than `--jobs 1`; now this thread
// is one of the N and starts at once, and a worker still loading takes nothing this thread could do.
class Pool {
  private readonly window: number;
  private next = 0; // next input not yet given to any thread
  private emitted = 0; // inputs already yielded
  private readonly retry: number[] = []; // inputs of a worker that died, to be done here
  private readonly done = new Map<number, Outcome>();
  private readonly ready = new Set<Worker>();
  private readonly queued = new Map<Worker, number[]>(); // each worker's inputs, oldest (in hand) first
  private wake: (() => void) | null = null;

  constructor(private readonly paths: string[], private readonly opts: PipelineOptions, private readonly size: number, private readonly tuning: PoolTuning) {
    // Enough queued work to keep every thread busy while one slow document holds the head of the line.
    this.window = (size + 1) * 4;
  }

  async *run(): AsyncGenerator<Outcome> {
    for (let i = 0; i < this.size; i++) this.spawn();
    try {
      while (this.emitted < this.paths.length) {
        this.dispatch();
        const ready = this.done.get(this.emitted);
        if (ready) {
          this.done.delete(this.emitted++);
          yield ready;
          continue;
        }
        const mine = this.retry.shift() ?? (this.next < this.paths.length && this.next - this.emitted < this.window ? this.next++ : undefined);
        if (mine !== undefined) this.finish(mine, await extractOne(this.paths[mine]!, structuredClone(this.opts)));
        else await new Promise<void>((res) => (this.wake = res));
      }
    } finally {
      await Promise.all([...this.queued.keys()].map((w) => w.terminate()));
    }
  }

  /** Two inputs per ready worker: while this thread is busy in a document it cannot hand out more,
   * so each worker keeps one in hand and one waiting. Standard input is read and done here. */
  private dispatch(): void {
    for (const [w, q] of this.queued) {
      if (!this.ready.has(w) && this.tuning.waitReady !== false) continue;
      while (q.length < 2 && this.next < this.paths.length && this.next - this.emitted < this.window && this.paths[this.next] !== '-') {
        const id = this.next++;
        q.push(id);
        w.postMessage({ id, path: this.paths[id]!, opts: this.opts } satisfies Task);
      }
    }
  }

  private spawn(): void {
    const w = new Worker(workerUrl());
    this.queued.set(w, []);
    w.on('message', (o: (Outcome & { id: number }) | { ready: true }) => {
      if ('ready' in o) {
        this.ready.add(w);
        return this.finish(-1, null);
      }
      this.queued.get(w)!.shift();
      this.finish(o.id, 'result' in o ? { path: o.path, result: o.result } : { path: o.path, error: o.error });
    });
    // A worker that dies (out of memory on a huge document) fails the input in its hand only; the
    // one waiting behind it is done here, and a fresh worker replaces it.
    w.on('error', (e) => {
      const [id, ...rest] = this.queued.get(w) ?? [];
      this.queued.delete(w);
      this.ready.delete(w);
      this.retry.push(...rest);
      this.spawn();
      if (id !== undefined) this.finish(id, { path: this.paths[id]!, error: processReason(e) });
      else this.finish(-1, null);
    });
  }

  /** Records an outcome (none for -1: a worker became ready) and wakes the loop. */
  private finish(id: number, o: Outcome | null): void {
    if (o) this.done.set(id, o);
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
