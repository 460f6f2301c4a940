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
  /** Obligations the format could not hold (ICS: no day to place), for a count on stderr. */
  leftOut?(): number;
}

export interface EmitOptions {
  lang: Lang;
  columns: number;
  compact?: boolean;
  allWarnings?: boolean;
  chalk?: ChalkInstance;
  /** --sort deadline: the flat formats (csv, xlsx) order their rows across the whole batch; the
   * others keep one block per document and are sorted within it (by the CLI's filters). */
  sort?: 'deadline' | 'id';
}

const dueOf = (o: Result['obligations'][number]): string => o.deadline?.date ?? o.deadline?.next ?? '9999-99-99';

/** CSV rows of the whole batch, by due day (stable: documents and their order break ties). */
async function csvByDeadline(): Promise<Emitter> {
  const csv = await import('./csv.js');
  const rows: { due: string; text: string }[] = [];
  return {
    start: csv.csvHeader,
    add: (r) => {
      for (const o of r.obligations) rows.push({ due: dueOf(o), text: csv.csvRows({ ...r, obligations: [o] }) });
      return '';
    },
    finish: () => rows.sort((a, b) => a.due.localeCompare(b.due)).map((x) => x.text).join(''),
  };
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
      if (o.sort === 'deadline') return csvByDeadline();
      const csv = await import('./csv.js');
      return { start: csv.csvHeader, add: csv.csvRows, finish: () => '' };
    }
    case 'md': {
      const md = await import('./md.js');
      return { start: () => '', add: (r) => md.renderMarkdown(r, o.lang), finish: () => '' };
    }
    case 'ics': {
      const ics = await import('./ics.js');
      let leftOut = 0;
      const add = (r: Result) => {
        const d = ics.icsDocument(r, o.lang);
        leftOut += d.leftOut;
        return d.text;
      };
      return { start: ics.icsHeader, add, finish: ics.icsFooter, leftOut: () => leftOut };
    }
    case 'xlsx': {
      const { XlsxBook } = await import('./xlsx.js');
      const book = new XlsxBook(o.sort === 'deadline');
      return { start: () => '', add: (r) => (book.add(r), ''), finish: () => book.finish() };
    }
  }
}
