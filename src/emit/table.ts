// The terminal table a clerk reads: one block per document, one row per obligation.
import type { ChalkInstance } from 'chalk';
import type { Result } from '../schema/index.js';

function wrap(s: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/u)) {
    if (line && (line + ' ' + word).length > width) {
      out.push(line);
      line = word;
    } else line = line ? line + ' ' + word : word;
  }
  if (line) out.push(line);
  return out.length ? out : [''];
}

const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - [...s].length));

export function renderTable(r: Result, c: ChalkInstance, columns = 120): string {
  const d = r.document;
  const head = [
    c.bold(r.source.path),
    [d.type, d.number, d.issuer, d.date].filter(Boolean).join(' · ') || c.dim('(no header found)'),
    d.subject ? c.dim(d.subject.slice(0, columns - 4)) : '',
  ].filter(Boolean);
  const lines = [...head, ''];
  const widths = { id: 10, lead: Math.max(18, Math.floor(columns * 0.22)), dl: 14 };
  const textW = Math.max(30, columns - widths.id - widths.lead - widths.dl - 6);
  lines.push(c.bold(`${pad('#', widths.id)}  ${pad('Lead (support)', widths.lead)}  ${pad('Deadline', widths.dl)}  Task`));
  for (const o of r.obligations) {
    const who = o.lead.map((b) => b.name).join('; ') + (o.support.length ? ` (${o.support.map((b) => b.name).join('; ')})` : '');
    const dl = o.deadline ? o.deadline.date ?? o.deadline.recurrence ?? o.deadline.text : '—';
    const a = wrap(o.id, widths.id);
    const b = wrap(who || '?', widths.lead);
    const e = wrap(dl, widths.dl);
    const t = wrap(o.action || o.text, textW).slice(0, 4);
    const n = Math.max(a.length, b.length, e.length, t.length);
    for (let i = 0; i < n; i++) {
      lines.push(`${c.cyan(pad(a[i] ?? '', widths.id))}  ${pad(b[i] ?? '', widths.lead)}  ${c.yellow(pad(e[i] ?? '', widths.dl))}  ${t[i] ?? ''}`);
    }
  }
  lines.push(c.dim(`${r.obligations.length} obligations` + (r.warnings.length ? `, ${r.warnings.length} warnings` : '')), '');
  return lines.join('\n');
}
