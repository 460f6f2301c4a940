// Where the output goes, and in which format, decided before any input is read: a wrong --out is
// a usage error that writes nothing, and a file is only replaced once it is complete.
import { accessSync, constants, createWriteStream, realpathSync, renameSync, statSync, unlinkSync, type WriteStream } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { message, type Lang } from '../emit/i18n.js';

export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'xlsx', 'ics', 'md'] as const;
export type Format = (typeof FORMATS)[number];

const BY_EXT: Record<string, Format> = {
  '.csv': 'csv', '.json': 'json', '.ndjson': 'ndjson', '.jsonl': 'ndjson', '.xlsx': 'xlsx', '.ics': 'ics', '.md': 'md',
};

// `-o docs/*.txt` makes the first document the output and the rest the inputs: an existing file
// with a document's extension is never overwritten.
const DOCUMENT_EXT = new Set(['.txt', '.docx', '.doc', '.pdf', '.rtf', '.odt', '.htm', '.html']);

export class UsageError extends Error {}

/** -f wins; else the --out extension; else a table on a terminal and JSON in a pipe. */
export function resolveFormat(opts: { format?: Format; out?: string; lang: Lang }, stdoutIsTTY: boolean): Format {
  if (opts.format) return opts.format;
  if (opts.out && opts.out !== '-') {
    const f = BY_EXT[extname(opts.out).toLowerCase()];
    if (!f) throw new UsageError(message(opts.lang, 'unknownExt', { out: opts.out }));
    return f;
  }
  return stdoutIsTTY ? 'table' : 'json';
}

/** The identity of a file (device + inode), so that a link or another spelling of an input's path
 * is caught too; null when it does not exist. */
function identity(path: string): string | null {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

/** Refuses an --out that is an input, a directory, in a missing folder or one we may not write. */
export function checkOut(out: string, inputs: string[], lang: Lang): void {
  const id = identity(out);
  const real = (p: string) => { try { return realpathSync(p); } catch { return resolve(p); } };
  for (const i of inputs) {
    if (i === '-') continue;
    if (resolve(i) === resolve(out) || (id && identity(i) === id) || real(i) === real(out)) throw new UsageError(message(lang, 'outIsInput', { out }));
  }
  if (id && statSync(out).isDirectory()) throw new UsageError(message(lang, 'outIsDir', { out }));
  if (id && DOCUMENT_EXT.has(extname(out).toLowerCase())) throw new UsageError(message(lang, 'outIsDocument', { out }));
  const dir = dirname(resolve(out));
  let isDir = false;
  try { isDir = statSync(dir).isDirectory(); } catch { /* reported below */ }
  if (!isDir) throw new UsageError(message(lang, 'noFolder', { out, dir: dirname(out) }));
  try {
    accessSync(dir, constants.W_OK);
    if (id) accessSync(out, constants.W_OK);
  } catch {
    throw new UsageError(message(lang, 'noPermission', { out, dir: dirname(out) }));
  }
}

export interface Out {
  write(s: string | Uint8Array): void;
  /** Completes the output: a file is renamed into place only now. */
  end(): Promise<void>;
  /** Drops a file that is not complete, leaving what was there before. */
  abort(): void;
}

export function stdoutOut(): Out {
  return {
    write: (s) => void process.stdout.write(s),
    end: () => new Promise((res) => (process.stdout.writableNeedDrain ? process.stdout.once('drain', () => res()) : res())),
    abort: () => undefined,
  };
}

/** Writes beside the target (same file system, so the rename is atomic) and renames at the end. */
export function fileOut(out: string): Out {
  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  const ws: WriteStream = createWriteStream(tmp, { mode: 0o644 });
  let error: Error | null = null;
  ws.on('error', (e) => { error = e; });
  // Ctrl-C in the middle of a batch leaves neither a half-written file nor the temporary.
  const interrupted = (signal: NodeJS.Signals) => {
    ws.destroy();
    try { unlinkSync(tmp); } catch { /* never created */ }
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const release = () => {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  };
  return {
    write: (s) => void ws.write(s),
    end: () =>
      new Promise((res, rej) =>
        ws.end(() => {
          release();
          if (error) {
            try { unlinkSync(tmp); } catch { /* already gone */ }
            return rej(error);
          }
          try {
            renameSync(tmp, out);
            res();
          } catch (e) {
            try { unlinkSync(tmp); } catch { /* already gone */ }
            rej(e as Error);
          }
        }),
      ),
    abort: () => {
      release();
      ws.destroy();
      try { unlinkSync(tmp); } catch { /* never created */ }
    },
  };
}
