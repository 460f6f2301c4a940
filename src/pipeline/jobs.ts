// Extraction of many inputs on all cores (#11, `extract --jobs N`): a pool of worker threads, each
// reading and extracting whole documents. Results come back in input order, each as soon as it and
// all before it are done, and at most a small window of inputs is in flight, so memory does not grow
// with the number of inputs. With one job, one input or a small batch everything runs in this thread.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Result } from '../schema/index.js';
import { readSource, readBytes, ReadError, type Source } from '../read/index.js';
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

/** Outcomes of `paths` in input order, extracted by `jobs` workers (in this thread for a small batch;
 * `minBytes` moves that bound, for tests). */
export async function* extractAll(paths: string[], opts: PipelineOptions, jobs = defaultJobs(), minBytes = MIN_POOL_BYTES): AsyncGenerator<Outcome> {
  const n = Math.max(1, Math.min(jobs, paths.length));
  if (n === 1 || !enoughWork(paths, minBytes)) {
    for (const path of paths) yield await extractOne(path, opts);
    return;
  }
  yield* new Pool(paths, opts, n).run();
}

// Each worker pays its own start and warm-up (loading the modules, compiling the patterns, filling the
// gazetteer index and memo tables) before it is as fast as one warm thread: loading the modules alone
// took 0.7–1.3 s on the loaded 2-core machine. Measured there (bench/README.md, #11): on 74 KB, two workers
// took 1.4× the time of one thread; on 450 KB, 0.94×. Between the two, 256 KB is a guess, not a measure.
const MIN_POOL_BYTES = 256 * 1024;

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

class Pool {
  private readonly window: number;
  private next = 0; // next input to send
  private emitted = 0; // inputs already yielded
  private readonly done = new Map<number, Outcome>();
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, number>();
  private wake: (() => void) | null = null;

  constructor(private readonly paths: string[], private readonly opts: PipelineOptions, private readonly size: number) {
    // Enough queued work to keep every worker busy while one slow document holds the head of the line.
    this.window = size * 4;
  }

  async *run(): AsyncGenerator<Outcome> {
    for (let i = 0; i < this.size; i++) this.idle.push(this.spawn());
    try {
      while (this.emitted < this.paths.length) {
        await this.dispatch();
        const ready = this.done.get(this.emitted);
        if (ready) {
          this.done.delete(this.emitted++);
          yield ready;
        } else await new Promise<void>((res) => (this.wake = res));
      }
    } finally {
      await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
    }
  }

  private async dispatch(): Promise<void> {
    while (this.idle.length && this.next < this.paths.length && this.next - this.emitted < this.window) {
      const id = this.next++;
      const path = this.paths[id]!;
      const task: Task = { id, path, opts: this.opts };
      if (path === '-') {
        // Standard input belongs to this thread: read it here and send the bytes.
        try {
          task.stdin = await readBytes(path);
        } catch (e) {
          this.finish(id, { path, error: readReason(e) });
          continue;
        }
      }
      const w = this.idle.pop()!;
      this.busy.set(w, id);
      w.postMessage(task);
    }
  }

  private spawn(): Worker {
    const w = new Worker(workerUrl());
    w.on('message', (o: Outcome & { id: number }) => {
      this.busy.delete(w);
      this.idle.push(w);
      this.finish(o.id, 'result' in o ? { path: o.path, result: o.result } : { path: o.path, error: o.error });
    });
    // A worker that dies (out of memory on a huge document) fails its input only; a fresh one replaces it.
    w.on('error', (e) => {
      const id = this.busy.get(w);
      this.busy.delete(w);
      this.idle.push(this.spawn());
      if (id !== undefined) this.finish(id, { path: this.paths[id]!, error: processReason(e) });
    });
    return w;
  }

  private finish(id: number, o: Outcome): void {
    this.done.set(id, o);
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
