// Progress of a batch on stderr — only on a terminal, never into a pipe or a log file, and not
// when the table itself goes to the same terminal (the two would overwrite each other).

export interface Progress {
  tick(failed: boolean): void;
  done(): void;
}

export function progressLine(done: number, total: number, failed: number, seconds: number): string {
  const rate = seconds > 0 ? (done / seconds).toFixed(1) : '…';
  return `${done}/${total} files, ${failed} failed, ${rate} files/s`;
}

export function makeProgress(total: number, enabled: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!enabled || total < 2) return { tick: () => undefined, done: () => undefined };
  const t0 = Date.now();
  let n = 0;
  let failed = 0;
  let last = 0;
  return {
    tick(f) {
      n++;
      if (f) failed++;
      const now = Date.now();
      if (now - last < 100 && n < total) return;
      last = now;
      stream.write(`\r\x1b[K${progressLine(n, total, failed, (now - t0) / 1000)}`);
    },
    done() {
      stream.write('\r\x1b[K');
    },
  };
}
