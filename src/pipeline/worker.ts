// A worker thread of the --jobs pool (jobs.ts): reads and extracts one document per message, in the
// order sent (the pool counts on the oldest unanswered input being the one in hand).
import { parentPort } from 'node:worker_threads';
import { extractOne, type Task } from './jobs.js';

let chain: Promise<unknown> = Promise.resolve();
parentPort!.on('message', (task: Task) => {
  chain = chain.then(() => extractOne(task.path, task.opts, task.stdin).then((o) => parentPort!.postMessage({ ...o, id: task.id })));
});
// Load the pipeline before saying ready: until then the pool gives this worker nothing.
await import('./index.js');
parentPort!.postMessage({ ready: true });
