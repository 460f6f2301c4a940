// A worker thread of the --jobs pool (jobs.ts): reads and extracts one document per message.
import { parentPort } from 'node:worker_threads';
import { extractOne, type Task } from './jobs.js';

parentPort!.on('message', (task: Task) => {
  void extractOne(task.path, task.opts, task.stdin).then((o) => parentPort!.postMessage({ ...o, id: task.id }));
});
