// The trace as text, for `nhiemvu explain`: one block per obligation, the rules that made it in the
// order they ran, with what each read; with all candidates, the text no rule took and why.
import type { Explanation } from '../core/trace.js';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export interface RenderOptions {
  id?: string;
  /** Only the obligations whose text starts on this line. */
  line?: number;
  allCandidates?: boolean;
  width?: number;
}

export function renderExplanation(path: string, ex: Explanation, opts: RenderOptions = {}): string {
  const width = opts.width ?? 100;
  const lines: string[] = [path];
  if (ex.fields?.length && !opts.id && opts.line === undefined) lines.push(...fieldLines(ex.fields, width));
  const chosen = ex.obligations.filter((o) => (!opts.id || o.id === opts.id || o.id.startsWith(`${opts.id}#`)) && (opts.line === undefined || o.line === opts.line));
  if (opts.id && !chosen.length) lines.push(`  no obligation with id ${opts.id} (ids: ${ex.obligations.map((o) => o.id).join(', ') || 'none'})`);
  else if (opts.line !== undefined && !chosen.length) lines.push(`  no obligation starts on line ${opts.line}`);
  const idw = Math.max(4, ...chosen.map((o) => o.id.length));
  const rw = Math.max(10, ...chosen.flatMap((o) => o.steps.map((s) => s.rule.length)));
  for (const o of chosen) {
    lines.push(`${o.id.padEnd(idw)}  line ${o.line}  "${clip(o.text, width - idw - 14)}"`);
    for (const s of o.steps) {
      const note = [s.at ? `at ${s.at}:` : '', s.note ?? ''].filter(Boolean).join(' ');
      lines.push(`  ${s.rule.padEnd(rw)}  ${clip(note, width - rw - 4)}`.trimEnd());
    }
    if (o.result) lines.push(`  ${'='.padEnd(rw)}  ${clip(o.result, width - rw - 4)}`);
  }
  if (opts.allCandidates) {
    lines.push('', `not taken (${ex.dropped.length}):`);
    for (const d of ex.dropped) lines.push(`  line ${String(d.line).padEnd(5)} ${d.rule.padEnd(40)} "${clip(d.text.replace(/\s+/gu, ' '), width - 56)}"`);
  }
  return lines.join('\n') + '\n';
}

/** "document fields": each field, its value and the header rule that set it. */
function fieldLines(fields: NonNullable<Explanation['fields']>, width: number): string[] {
  const fw = Math.max(...fields.map((f) => f.field.length));
  const rw = Math.max(...fields.map((f) => f.rule.length));
  const vals = fields.map((f) => clip(f.value.replace(/\s+/gu, ' '), Math.min(60, Math.max(20, width - fw - rw - 10))));
  const vw = Math.max(...vals.map((v) => v.length));
  return ['document fields:', ...fields.map((f, k) => `  ${f.field.padEnd(fw)}  ${vals[k]!.padEnd(vw)}  ← ${f.rule}`), ''];
}
