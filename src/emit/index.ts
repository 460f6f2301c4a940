// One interface for every output format: a start, one piece per document as it finishes (so that
// NDJSON, CSV and the table stream), and an end. Each writer is loaded only for its own format.
import type { ChalkInstance } from 'chalk';
import type { Result } from '../schema/index.js';
import type { Lang } from './i18n.js';
import type { BatchStats } from './table.js';

export type { BatchStats };

export interface Emitter {
  start(): string;
  add(r: Result): string;
  finish(stats: BatchStats): string | Buffer;
}

export interface EmitOptions {
  lang: Lang;
  columns: number;
  compact?: boolean;
  allWarnings?: boolean;
  chalk?: ChalkInstance;
}

export type EmitFormat = 'table' | 'json' | 'ndjson' | 'csv' | 'xlsx' | 'ics' | 'md';

async function tableEmitter(o: EmitOptions): Promise<Emitter> {
  const t = await import('./table.js');
  const { wrap } = await import('./layout.js');
  const chalk = o.chalk ?? new (await import('chalk')).Chalk({ level: 0 });
  return {
    start: () => '',
    add: (r) => t.renderTable(r, chalk, o) + '\n',
    finish: (s) => wrap(t.batchLine(s, o.lang), Math.max(50, o.columns)).map((l) => chalk.bold(l)).join('\n') + '\n',
  };
}

export async function makeEmitter(format: EmitFormat, o: EmitOptions): Promise<Emitter> {
  switch (format) {
    case 'table':
      return tableEmitter(o);
    case 'json': {
      let first = true;
      return {
        start: () => '[',
        add: (r) => {
          const s = (first ? '\n' : ',\n') + JSON.stringify(r, null, 2);
          first = false;
          return s;
        },
        finish: () => (first ? ']\n' : '\n]\n'),
      };
    }
    case 'ndjson':
      return { start: () => '', add: (r) => JSON.stringify(r) + '\n', finish: () => '' };
    case 'csv': {
      const csv = await import('./csv.js');
      return { start: csv.csvHeader, add: csv.csvRows, finish: () => '' };
    }
    case 'md': {
      const md = await import('./md.js');
      return { start: () => '', add: (r) => md.renderMarkdown(r, o.lang), finish: () => '' };
    }
    case 'ics': {
      const ics = await import('./ics.js');
      return { start: ics.icsHeader, add: (r) => ics.icsEvents(r, o.lang), finish: ics.icsFooter };
    }
    case 'xlsx': {
      const { XlsxBook } = await import('./xlsx.js');
      const book = new XlsxBook();
      return { start: () => '', add: (r) => (book.add(r), ''), finish: () => book.finish() };
    }
  }
}
