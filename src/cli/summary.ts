// `nhiemvu summary`: per lead body, the number of obligations and the nearest deadline — the
// first due day on or after today (--today), else the latest one already past.
import { langFromEnv, message, words, type Lang } from '../emit/i18n.js';
import { pad, width } from '../emit/layout.js';
import type { Result } from '../schema/index.js';
import { extractAll, say } from './extract.js';
import { dueDay, todayIso } from './filters.js';
import { readReason } from './read-messages.js';

export interface BodySummary { body: string; obligations: number; nearest: string | null; overdue: number }

export function summarize(results: Result[], today: string): BodySummary[] {
  const by = new Map<string, { n: number; days: string[]; overdue: number }>();
  for (const r of results) {
    for (const o of r.obligations) {
      const day = dueDay(o);
      for (const name of o.lead.length ? [...new Set(o.lead.map((b) => b.name))] : ['?']) {
        let s = by.get(name);
        if (!s) by.set(name, (s = { n: 0, days: [], overdue: 0 }));
        s.n++;
        if (day) s.days.push(day);
        if (o.deadline?.date && !o.deadline.rrule && o.deadline.date < today) s.overdue++;
      }
    }
  }
  return [...by]
    .map(([body, s]) => {
      const upcoming = s.days.filter((d) => d >= today).sort();
      const past = s.days.filter((d) => d < today).sort();
      return { body, obligations: s.n, nearest: upcoming[0] ?? past[past.length - 1] ?? null, overdue: s.overdue };
    })
    .sort((a, b) => b.obligations - a.obligations || a.body.localeCompare(b.body, 'vi'));
}

export function renderSummary(rows: BodySummary[], lang: Lang): string {
  const w = words(lang);
  const bw = Math.min(60, Math.max(width(w.body), ...rows.map((r) => width(r.body))));
  const cw = Math.max(width(w.count), 5);
  const nw = Math.max(width(w.nearest), 10);
  const lines = [`${pad(w.body, bw)}  ${pad(w.count, cw)}  ${pad(w.nearest, nw)}  ${w.overdue}`];
  for (const r of rows) lines.push(`${pad(r.body, bw)}  ${pad(String(r.obligations), cw)}  ${pad(r.nearest ?? w.none, nw)}  ${r.overdue}`);
  return lines.join('\n') + '\n';
}

export async function summaryCmd(files: string[], opts: { format?: 'table' | 'json'; referenceDate?: string; today?: string; lang?: Lang }): Promise<number> {
  const lang = opts.lang ?? langFromEnv(process.env);
  if (!files.length && process.stdin.isTTY) {
    say(message(lang, 'noInput').replace('nhiemvu extract --help', 'nhiemvu summary --help'));
    return 2;
  }
  const results: Result[] = [];
  let failed = 0;
  for await (const item of extractAll(files.length ? files : ['-'], opts.referenceDate ?? null)) {
    if (item.result) results.push(item.result);
    else {
      failed++;
      say(`${item.path}: ${readReason(item.error ?? '', lang)}`);
    }
  }
  const rows = summarize(results, opts.today ?? todayIso());
  const format = opts.format ?? (process.stdout.isTTY ? 'table' : 'json');
  process.stdout.write(format === 'json' ? JSON.stringify(rows, null, 2) + '\n' : renderSummary(rows, lang));
  return failed ? 1 : 0;
}
