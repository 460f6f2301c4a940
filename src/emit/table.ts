// The terminal table a clerk reads: one block per document, one row per obligation. Text is never
// cut silently: wrapped in full by default, shortened with "…" only in the compact view.
import type { ChalkInstance } from 'chalk';
import type { Result } from '../schema/index.js';
import { words, type Lang } from './i18n.js';
import { deadlineLabel, whoLabel } from './labels.js';
import { clip, pad, width, wrap } from './layout.js';
import { warningCounts, warningLines } from './warnings.js';

export interface TableOptions {
  lang: Lang;
  /** Terminal width; below 50 the table is laid out for 50. */
  columns: number;
  /** At most two lines per cell, shortened with "…". */
  compact?: boolean;
  /** Every warning instead of counts per code. */
  allWarnings?: boolean;
}

export interface Widths { id: number; who: number; dl: number; text: number }

const GAP = '  ';

/** Column widths that add up to at most `columns` (gaps included). */
export function columnWidths(r: Result, o: TableOptions): Widths {
  const w = words(o.lang);
  const total = Math.max(50, o.columns);
  const longestId = Math.max(width(w.id), ...r.obligations.map((x) => width(x.id)));
  const id = Math.min(longestId, Math.max(8, Math.floor(total * 0.18)));
  const longestDl = Math.max(width(w.deadline), ...r.obligations.map((x) => width(deadlineLabel(x.deadline, o.lang))));
  const dl = Math.min(longestDl, total >= 120 ? 30 : 12);
  const rest = total - id - dl - 3 * GAP.length;
  const who = Math.max(10, Math.floor(rest * 0.32));
  return { id, who, dl, text: Math.max(10, rest - who) };
}

function header(r: Result, c: ChalkInstance, o: TableOptions): string[] {
  const d = r.document;
  const total = Math.max(50, o.columns);
  const meta = [d.type, d.number, d.issuer, d.date].filter(Boolean).join(' · ');
  const subject = d.subject ? wrap(d.subject, total) : [];
  return [
    ...wrap(r.source.path, total).map((l) => c.bold(l)),
    ...(meta ? wrap(meta, total) : [c.dim(words(o.lang).noHeader)]),
    ...(o.compact ? clip(subject, 1, total) : subject).map((l) => c.dim(l)),
    '',
  ];
}

type Paint = (s: string) => string;

/** One row: each cell already wrapped to its column; shorter cells padded with blank lines. */
function row(cells: string[][], w: Widths, paint: [Paint, Paint, Paint, Paint]): string[] {
  const ws = [w.id, w.who, w.dl, w.text];
  const n = Math.max(...cells.map((x) => x.length));
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(cells.map((x, k) => paint[k]!(k === 3 ? x[i] ?? '' : pad(x[i] ?? '', ws[k]!))).join(GAP).trimEnd());
  }
  return lines;
}

function rows(r: Result, c: ChalkInstance, o: TableOptions, w: Widths): string[] {
  const max = o.compact ? 2 : Infinity;
  const plain: Paint = (s) => s;
  const t = words(o.lang);
  const lines = row([wrap(t.id, w.id), wrap(t.who, w.who), wrap(t.deadline, w.dl), wrap(t.task, w.text)], w, [c.bold, c.bold, c.bold, c.bold]);
  for (const ob of r.obligations) {
    const cells = [
      wrap(ob.id, w.id),
      clip(wrap(whoLabel(ob, o.lang), w.who), max, w.who),
      clip(wrap(deadlineLabel(ob.deadline, o.lang), w.dl), max, w.dl),
      clip(wrap(ob.action || ob.text, w.text), max, w.text),
    ];
    lines.push(...row(cells, w, [c.cyan, plain, c.yellow, plain]));
  }
  return lines;
}

function footer(r: Result, c: ChalkInstance, o: TableOptions): string[] {
  const w = words(o.lang);
  const total = Math.max(50, o.columns);
  const counts = `${r.obligations.length} ${w.obligations}`;
  if (!r.warnings.length) return [c.dim(counts)];
  if (o.allWarnings) return [c.dim(`${counts}, ${r.warnings.length} ${w.warnings}:`), ...warningLines(r.warnings, w.line).flatMap((l) => wrap(l, total - 2).map((x) => c.dim(`  ${x}`)))];
  return wrap(`${counts}; ${r.warnings.length} ${w.warnings}: ${warningCounts(r.warnings)} ${w.warningsHint}`, total).map((x) => c.dim(x));
}

export function renderTable(r: Result, c: ChalkInstance, o: TableOptions): string {
  const w = columnWidths(r, o);
  return [...header(r, c, o), ...rows(r, c, o, w), ...footer(r, c, o), ''].join('\n');
}

export interface BatchStats { files: number; failed: number; obligations: number; withDeadline: number }

/** "3 files, 120 obligations, 80 with a deadline, 1 failed" */
export function batchLine(s: BatchStats, lang: Lang): string {
  const w = words(lang);
  return `${s.files} ${w.files}, ${s.obligations} ${w.obligations}, ${s.withDeadline} ${w.withDeadline}, ${s.failed} ${w.failed}`;
}
