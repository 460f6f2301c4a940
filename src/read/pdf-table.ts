// pdf-table: a ruled table in a PDF (a task table: STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn)
// → Markdown pipe rows, which the task-table reader reads. Cell text cannot be told apart by gaps
// (cells sit a few points apart and wrap inside themselves), so the table's own rules decide: the
// vertical rules give the columns, the horizontal rules the rows, and each piece of text goes to
// the cell it sits in. Tables of fewer than three columns are left to the text flow (the header and
// signature blocks are laid out by pdf-columns).
import { buildLines, type Piece } from './pdf-layout.js';

/** A drawn line or thin filled rectangle, in page units. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PdfTable {
  top: number;
  bottom: number;
  /** Cell texts, row by row (the first row is the header row). */
  rows: string[][];
}

const THIN = 2.5;

/** pdf-table-pages: a table going on at the top of the next page — its header row repeated or
 * not, its first row the rest of a row cut by the page break (no number in the first cell) —
 * continues the table the page before ended with. Returns whether `next` was taken in. */
export function continueTable(prev: string[][], next: string[][]): boolean {
  if (!prev.length || !next.length || prev[0]!.length !== next[0]!.length) return false;
  let rows = next;
  if (rows[0]!.join('|') === prev[0]!.join('|')) rows = rows.slice(1);
  if (rows.length && !rows[0]![0]) {
    const last = prev[prev.length - 1]!;
    rows[0]!.forEach((cell, c) => {
      if (cell) last[c] = last[c] ? `${last[c]} ${cell}` : cell;
    });
    rows = rows.slice(1);
  }
  prev.push(...rows);
  return true;
}
const near = (a: number, b: number, tol = 2) => Math.abs(a - b) <= tol;

function distinct(xs: number[]): number[] {
  const out: number[] = [];
  for (const x of [...xs].sort((a, b) => a - b)) if (!out.length || !near(out[out.length - 1]!, x)) out.push(x);
  return out;
}

/** Vertical rules grouped by overlapping height: one group per table. */
function tableGroups(rules: Rule[]): Rule[][] {
  const vs = rules.filter((r) => r.x1 - r.x0 <= THIN && r.y1 - r.y0 > 5).sort((a, b) => b.y1 - a.y1);
  const groups: Rule[][] = [];
  for (const v of vs) {
    const g = groups.find((gr) => gr.some((o) => v.y0 < o.y1 - 1 && v.y1 > o.y0 + 1));
    if (g) g.push(v);
    else groups.push([v]);
  }
  return groups.filter((g) => distinct(g.map((r) => (r.x0 + r.x1) / 2)).length >= 4);
}

const VOWEL = /[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/iu;
const ROMAN = /^[IVXLC]+$/u;

/** pdf-table-wrap: a narrow cell cuts a word where it must ("Thườn" ⏎ "g", "T" ⏎ "T", "V" ⏎ "II"):
 * every Vietnamese syllable has a vowel, so a lone letter or lower-case letters without one were
 * cut from their neighbour; so are pieces of a roman numeral. */
function brokenWord(end: string, start: string): boolean {
  if (!/\p{L}$/u.test(end) || !/^\p{L}/u.test(start)) return false;
  const endWord = end.match(/\p{L}+/gu)!.pop()!;
  const startWord = /^\p{L}+/u.exec(start)![0];
  // An acronym has no vowel either ("CHQS", "TTg"): only a lone letter or lower-case letters count.
  const fragment = (w: string) => !VOWEL.test(w) && (w.length === 1 || w === w.toLowerCase());
  return fragment(endWord) || fragment(startWord) || (ROMAN.test(endWord) && ROMAN.test(startWord) && endWord.length + startWord.length <= 4);
}

/** A cell's lines joined with a space; without one where a word or a date was cut ("30/11/" ⏎ "2025"). */
function cellText(pieces: Piece[]): string {
  const lines = buildLines(pieces).map((l) => ({ text: l.segs.map((s) => s.text).join(' ') }));
  if (!lines.length) return '';
  let out = lines[0]!.text;
  for (let k = 1; k < lines.length; k++) {
    const cut = /\S[/-]$/u.test(out) || brokenWord(out.slice(out.lastIndexOf(' ') + 1), /^\S*/u.exec(lines[k]!.text)![0]);
    out += (cut ? '' : ' ') + lines[k]!.text;
  }
  return out.replace(/\|/gu, '\\|').trim();
}

/** Pipe rows, with the separator under the header row. */
export function tableText(rows: string[][]): string {
  const lines = rows.map((row) => `| ${row.join(' | ')} |`);
  if (lines.length > 1) lines.splice(1, 0, `|${' --- |'.repeat(rows[0]!.length)}`);
  return lines.join('\n');
}

function readTable(group: Rule[], rules: Rule[], pieces: Piece[], used: Set<Piece>): PdfTable {
  const cols = distinct(group.map((r) => (r.x0 + r.x1) / 2));
  const top = Math.max(...group.map((r) => r.y1));
  const bottom = Math.min(...group.map((r) => r.y0));
  const left = cols[0]!;
  const right = cols[cols.length - 1]!;
  const hs = rules.filter((r) => r.y1 - r.y0 <= THIN && r.x1 - r.x0 > 5 && r.y0 >= bottom - 2 && r.y1 <= top + 2 && r.x0 < right && r.x1 > left);
  const rows = distinct([top, bottom, ...hs.map((r) => (r.y0 + r.y1) / 2)]).reverse();
  const grid: Piece[][][] = rows.slice(1).map(() => cols.slice(1).map(() => []));
  for (const p of pieces) {
    const cx = p.x + Math.min(p.width / 2, 2);
    const cy = p.y + p.size * 0.3;
    if (cx < left || cx > right || cy > top || cy < bottom) continue;
    const r = rows.findIndex((y, k) => k > 0 && cy >= y);
    const c = cols.findIndex((x, k) => k > 0 && cx <= x);
    if (r > 0 && c > 0) {
      grid[r - 1]![c - 1]!.push(p);
      used.add(p);
    }
  }
  const rowsText = grid.map((row) => row.map((cell) => cellText(cell))).filter((row) => row.some(Boolean));
  return { top, bottom, rows: rowsText };
}

/** Tables found on a page, and the pieces that are not inside one. */
export function findTables(pieces: Piece[], rules: Rule[]): { tables: PdfTable[]; rest: Piece[] } {
  const used = new Set<Piece>();
  const tables = tableGroups(rules).map((g) => readTable(g, rules, pieces, used)).filter((t) => t.rows.length);
  return { tables, rest: pieces.filter((p) => !used.has(p)) };
}
