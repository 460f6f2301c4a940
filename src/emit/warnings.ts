// Warnings a person can read: counted by code, and noise removal counted by kind (a table of
// 1,300 pipes is one line, not 1,300).
import type { Warning } from '../schema/index.js';

export interface WarningGroup { code: string; count: number; kinds: { kind: string; count: number; lines: number[] }[] }

/** The kind of a noise-removed warning is the word before the colon of its message
 * ("separator: \"|\"" → separator). */
const kindOf = (w: Warning): string => /^([\w-]+):/u.exec(w.message)?.[1] ?? 'other';

const NOISE = new Set(['noise-removed']);

export function groupWarnings(ws: Warning[]): WarningGroup[] {
  const groups = new Map<string, WarningGroup>();
  for (const w of ws) {
    let g = groups.get(w.code);
    if (!g) groups.set(w.code, (g = { code: w.code, count: 0, kinds: [] }));
    g.count++;
    if (!NOISE.has(w.code)) continue;
    const k = kindOf(w);
    let kind = g.kinds.find((x) => x.kind === k);
    if (!kind) g.kinds.push((kind = { kind: k, count: 0, lines: [] }));
    kind.count++;
    if (w.span) kind.lines.push(w.span.line);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

/** "1315 noise-removed (1300 separator, 15 header-line), 3 no-lead" */
export function warningCounts(ws: Warning[]): string {
  return groupWarnings(ws)
    .map((g) => `${g.count} ${g.code}` + (g.kinds.length ? ` (${g.kinds.sort((a, b) => b.count - a.count).map((k) => `${k.count} ${k.kind}`).join(', ')})` : ''))
    .join(', ');
}

const lineList = (lines: number[]): string => (lines.length > 8 ? `${lines.slice(0, 8).join(', ')}, …` : lines.join(', '));

/** Every warning on a line of its own, except noise, which is one line per kind. */
export function warningLines(ws: Warning[], lineWord: string): string[] {
  const out: string[] = [];
  for (const w of ws) if (!NOISE.has(w.code)) out.push(`${w.span ? `${lineWord} ${w.span.line}` : '-'}: ${w.code}: ${w.message}`);
  for (const g of groupWarnings(ws)) {
    for (const k of g.kinds) out.push(`${g.code}: ${k.count} ${k.kind} (${lineWord} ${lineList(k.lines)})`);
  }
  return out;
}
