// pdf-layout: positioned text pieces (as pdf.js gives them) → text lines in reading order, the way
// the text reader expects them. Pure, so it is tested without any PDF.
//
// Rules (each a named decision, tested in test/read/pdf-layout.test.ts):
//  pdf-line        pieces whose baselines are within 0.4 em are one line, read left to right
//  pdf-gap         a gap over 2 em inside a line splits it into column segments (a space piece, as
//                  the tab after a list label, fills its gap and does not split)
//  pdf-columns     a run of lines with two segments (the header table: issuer | motto; số | date,
//                  or the signature table) is read column by column: left lines, then right lines
//  pdf-furniture   a bare page number, or a line in the top/bottom band repeated on other pages, is
//                  page furniture and dropped
//  pdf-table       a ruled table of three or more columns is read cell by cell into pipe rows
//                  (pdf-table.ts)
//  pdf-footnote    a small raised number is a call "[n]"; a line low on the page opening with a
//                  called number is the footnote's text "[n] …"
//  pdf-paragraph   a blank line before a line that starts a paragraph (indented first line, a
//                  wider gap than the page's line spacing, or after a short last line)

import { continueTable, findTables, tableText, type Rule } from './pdf-table.js';

export interface Piece {
  str: string;
  x: number;
  /** Baseline, PDF units, growing upwards. */
  y: number;
  width: number;
  /** Font size (em), from the text matrix. */
  size: number;
}

export interface PageText {
  width: number;
  height: number;
  pieces: Piece[];
  /** Drawn rules (table borders), when the reader collected them. */
  rules?: Rule[];
}

interface Seg {
  x0: number;
  x1: number;
  text: string;
}

export interface Line {
  y: number;
  size: number;
  segs: Seg[];
  /** A ruled table read cell by cell (pdf-table), standing in the flow at its top. */
  table?: string[][];
}

const x0 = (l: Line) => l.segs[0]!.x0;
const x1 = (l: Line) => l.segs[l.segs.length - 1]!.x1;
const text = (l: Line) => l.segs.map((s) => s.text).join(' ');

/** pdf-line, pdf-gap: pieces → lines of segments, top to bottom. */
export function buildLines(pieces: Piece[]): Line[] {
  const sorted = pieces.filter((p) => p.str.length > 0 && p.size > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Piece[][] = [];
  for (const p of sorted) {
    const g = groups[groups.length - 1];
    if (g && g[0]!.y - p.y <= 0.4 * Math.max(g[0]!.size, p.size)) g.push(p);
    else groups.push([p]);
  }
  return groups.map(toLine).filter((l) => l.segs.length > 0);
}

/** pdf-header-split: what opens the right cell of the official header (the motto, the place and
 * date) splits the line even where a long issuer name leaves a gap under 2 em. */
const RIGHT_CELL = /^(?:CỘNG HÒA XÃ HỘI|ĐẢNG CỘNG SẢN|Độc lập - Tự do|[\p{Lu}][\p{L} .]{1,30},\s*ngày\s)/u;

const LABEL_ONLY = /^(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]$/u;

/** pdf-footnote: a small raised number is a footnote call, written "[n]" as the text reader knows it. */
function markCalls(ps: Piece[], size: number): Piece[] {
  const base = ps.find((p) => p.size === size)?.y ?? 0;
  return ps.map((p) => (p.size < 0.75 * size && p.y > base + 0.15 * size && /^\s*\d{1,3}\s*$/u.test(p.str) ? { ...p, str: `[${p.str.trim()}]` } : p));
}

function toLine(group: Piece[]): Line {
  const size = Math.max(...group.filter((p) => p.str.trim()).map((p) => p.size), 1);
  const ps = markCalls([...group].sort((a, b) => a.x - b.x), size);
  const segs: Seg[] = [];
  let cur: Seg | null = null;
  let pendingSpace = false;
  for (const p of ps) {
    const blank = !p.str.trim();
    const gap = cur ? p.x - cur.x1 : 0;
    if (cur && !blank && ((gap > 2 * size && !pendingSpace) || (gap > 0.5 * size && RIGHT_CELL.test(p.str)))) {
      segs.push(cur);
      cur = null;
    }
    if (blank) {
      if (cur) {
        cur.x1 = Math.max(cur.x1, p.x + p.width);
        pendingSpace = true;
      }
      continue;
    }
    if (!cur) cur = { x0: p.x, x1: p.x + p.width, text: p.str };
    else {
      const gap = p.x - cur.x1;
      // A list label printed by Word's numbering is its own piece, and its tab may shrink to nothing.
      const label = LABEL_ONLY.test(cur.text);
      const call = /^\[\d+\]$/u.test(p.str);
      const space = !call && (pendingSpace || label || (gap > 0.15 * size && !/\s$/u.test(cur.text) && !/^\s/u.test(p.str)));
      cur.text += (space ? ' ' : '') + p.str;
      cur.x1 = Math.max(cur.x1, p.x + p.width);
    }
    pendingSpace = false;
  }
  if (cur) segs.push(cur);
  for (const s of segs) s.text = s.text.replace(/\s+/gu, ' ').trim();
  return { y: ps[0]!.y, size, segs: segs.filter((s) => s.text) };
}

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:Trang\s+)?\d{1,4}(?:\s*[-–—])?(?:\s*\/\s*\d{1,4})?$/u;
const furnitureKey = (l: Line) => text(l).replace(/\d+/gu, '#');

/** pdf-furniture: lines in the top or bottom 8% of a page that are page numbers or repeat on other pages. */
export function dropFurniture(pages: { height: number; lines: Line[] }[]): Line[][] {
  const band = (p: { height: number }, l: Line) => l.y > p.height * 0.92 || l.y < p.height * 0.08;
  const seen = new Map<string, number>();
  for (const p of pages) {
    for (const k of new Set(p.lines.filter((l) => band(p, l)).map(furnitureKey))) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  return pages.map((p) =>
    p.lines.filter((l) => l.table !== undefined || !(band(p, l) && (PAGE_NUMBER.test(text(l)) || (pages.length > 1 && (seen.get(furnitureKey(l)) ?? 0) > 1)))),
  );
}

type Side = 'left' | 'right' | 'split';

/** pdf-columns: where a run of column lines starts at i, its end and the side of each line. The gap
 * between the columns narrows as lines are seen: the left column ends before `lo`… no further left
 * than its widest line, the right begins at `hi`. A line reaching across both ends the run. */
function columnRun(lines: Line[], i: number): { end: number; sides: Side[] } | null {
  const l = lines[i]!;
  if (l.segs.length !== 2) return null;
  let lo = l.segs[0]!.x1;
  let hi = l.segs[1]!.x0;
  const sides: Side[] = ['split'];
  const centre = (l.segs[0]!.x0 + l.segs[0]!.x1) / 2;
  for (let k = i + 1; k < lines.length; k++) {
    const m = lines[k]!;
    if (lines[k - 1]!.y - m.y > 3.5 * m.size) break;
    const side = sideOf(m, lo, hi);
    if (!side) break;
    if (side === 'split') [lo, hi] = [Math.max(lo, m.segs[0]!.x1), Math.min(hi, m.segs[1]!.x0)];
    else if (side === 'left') lo = Math.max(lo, x1(m));
    else hi = Math.min(hi, x0(m));
    sides.push(side);
  }
  // After the last line with both columns, a line stays in the table only while it sits as the cell
  // lines do: centred on its column, or a "- " recipient under the left column's start. Body text
  // ("Kính gửi:", a centred title "KẾ HOẠCH") starts elsewhere.
  const centres = { left: (l.segs[0]!.x0 + l.segs[0]!.x1) / 2, right: (l.segs[1]!.x0 + l.segs[1]!.x1) / 2 };
  const leftStarts = sides.flatMap((sd, k) => (sd === 'split' ? [lines[i + k]!.segs[0]!.x0] : []));
  const inCell = (m: Line, sd: Side) =>
    Math.abs((x0(m) + x1(m)) / 2 - centres[sd === 'right' ? 'right' : 'left']) <= 1.5 * m.size ||
    (sd === 'left' && /^[-+] /u.test(text(m)) && leftStarts.some((x) => Math.abs(x - x0(m)) <= m.size));
  let cut = sides.lastIndexOf('split') + 1;
  while (cut < sides.length && inCell(lines[i + cut]!, sides[cut]!)) cut++;
  return { end: i + cut, sides: sides.slice(0, cut) };
}

function sideOf(m: Line, lo: number, hi: number): Side | null {
  if (m.segs.length === 2 && m.segs[0]!.x1 < hi && m.segs[1]!.x0 > lo) return 'split';
  if (m.segs.length !== 1) return null;
  const isLeft = x1(m) < hi;
  const isRight = x0(m) > lo;
  if (isLeft && isRight) return (x0(m) + x1(m)) / 2 < (lo + hi) / 2 ? 'left' : 'right';
  return isLeft ? 'left' : isRight ? 'right' : null;
}

function readColumns(lines: Line[], sides: Side[]): string[] {
  const left: string[] = [];
  const right: string[] = [];
  // pdf-cell-wrap: a line wrapped in a narrow cell is joined again where the text reader needs one
  // line: the national motto, the place and date, a sentence-case line going on in lower case.
  const push = (col: string[], t: string) => {
    const last = col[col.length - 1];
    const wrapped = last !== undefined && ((/CHỦ NGHĨA$/u.test(last) && /^VIỆT NAM$/u.test(t)) ||
      (/,\s*ngày(?:\s+\d{1,2})?(?:\s+tháng(?:\s+\d{1,2})?)?$/u.test(last) && /^(?:\d|tháng|năm)/u.test(t)) ||
      (/\p{Ll}/u.test(last) && /^\p{Ll}/u.test(t)));
    if (wrapped) col[col.length - 1] += ` ${t}`;
    else col.push(t);
  };
  lines.forEach((l, k) => {
    if (sides[k] === 'split') {
      push(left, l.segs[0]!.text);
      push(right, l.segs[1]!.text);
    } else push(sides[k] === 'left' ? left : right, text(l));
  });
  return [...left, '', ...right];
}

/** pdf-paragraph: does `l` open a new paragraph after `prev`? (spacing 0: `prev` ends the page before.) */
function opensParagraph(prev: Line, l: Line, margin: number, right: number, spacing: number): boolean {
  if (spacing > 0 && prev.y - l.y > 1.3 * spacing) return true;
  // Lines centred on the page (a title over several lines) run on, unless the line above is shorter:
  // only the last line of a wrapped paragraph is short ("KẾ HOẠCH" over its subject).
  // (The line above may fill the measure; the line itself is indented, or it would not be centred.)
  const onAxis = (m: Line) => Math.abs((x0(m) + x1(m)) / 2 - (margin + right) / 2) < 0.5 * l.size;
  if (onAxis(prev) && onAxis(l) && x0(l) > margin + 0.5 * l.size) return x1(prev) - x0(prev) < 0.7 * (x1(l) - x0(l));
  if (x0(l) > margin + 0.8 * l.size) return true;
  return x1(prev) < right - 3 * l.size && /^[\p{Lu}\d\-–+•*(]/u.test(text(l));
}

const LEAD_LABEL = /^(?:\(?[ivxlc]{1,5}\)|\(?[a-zđ]\)|\(?\d{1,2}\)|\d{1,2}(?:\.\d{1,2})*\.|[IVXL]{1,5}\.|[-+•])(?=\s)/u;
/** A word that opens a part of a legal text ("Điều 5", "CHƯƠNG II") read as a heading at a line start. */
const LEAD_PART = /^(?:Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN|Khoản|Điểm)(?:\s+[\dIVXLC]{1,4}[.:]?)?(?=\s|$)/u;

/** pdf-join: a line inside a paragraph whose first word would read as a list label ("(i)", "a)")
 * after a full line, or as a part heading ("Điều 5", "ĐIỀU"), or that finishes a code broken at its
 * hyphen ("9807/TTr-" ⏎ "SNV"), gives that word to the line above, where the text had it. */
function carryOver(above: string, line: string, aboveFull: boolean): [string, string] {
  const first = /^\S+/u.exec(line)?.[0] ?? '';
  if (/[\p{L}\d/]-$/u.test(above) && /^[\p{L}\d]/u.test(first)) return [above + first, line.slice(first.length).trimStart()];
  if (aboveFull && LEAD_LABEL.test(line)) return [`${above} ${first}`, line.slice(first.length).trimStart()];
  const part = LEAD_PART.exec(line)?.[0];
  if (part) return [`${above} ${part}`, line.slice(part.length).trimStart()];
  return [above, line];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

/** Lines of all pages (furniture already dropped) → the document's text. */
export function linesToText(pages: Line[][]): string {
  const all = pages.flat().filter((l) => !l.table);
  if (!all.length && !pages.flat().length) return '';
  const margin = median(all.filter((l) => l.segs.length === 1).map(x0).sort((a, b) => a - b).slice(0, Math.max(1, Math.ceil(all.length / 4))));
  const right = all.length ? Math.max(...all.map(x1)) : 0;
  const out: string[] = [];
  let prev: Line | undefined;
  for (const lines of pages) {
    const gaps = lines.slice(1).map((l, k) => lines[k]!.y - l.y).filter((g) => g > 0);
    const spacing = median(gaps) || 1.2 * (lines[0]?.size ?? 12);
    for (let i = 0; i < lines.length; ) {
      const run = columnRun(lines, i);
      if (run) {
        out.push('', ...readColumns(lines.slice(i, run.end), run.sides), '');
        i = run.end;
        prev = undefined;
        continue;
      }
      const l = lines[i]!;
      if (l.table) {
        out.push('', tableText(l.table), '');
        prev = undefined;
        i++;
        continue;
      }
      if (prev && opensParagraph(prev, l, margin, right, i === 0 ? 0 : spacing)) out.push('');
      else if (prev && out.length) {
        // "Full": the line above reaches the right edge of a real measure (not a page of short lines).
        const moved = carryOver(out[out.length - 1]!, text(l), x1(prev) >= right - l.size && right - margin > 20 * l.size);
        out[out.length - 1] = moved[0];
        if (moved[1]) out.push(moved[1]);
        prev = l;
        i++;
        continue;
      }
      out.push(text(l));
      prev = l;
      i++;
    }
  }
  return out.join('\n').replace(/\n{3,}/gu, '\n\n').trim() + '\n';
}

/** pdf-footnote: in the lower part of a page that calls footnotes, a line opening with a called
 * number ("1 Trường đã …") is that footnote's text: "[1] Trường đã …". */
function markNotes(lines: Line[], height: number): Line[] {
  const calls = new Set(lines.flatMap((l) => [...text(l).matchAll(/\S\[(\d{1,3})\]/gu)].map((m) => m[1]!)));
  if (!calls.size) return lines;
  for (const l of lines) {
    const m = /^(\d{1,3})\s/u.exec(l.segs[0]!.text);
    if (m && calls.has(m[1]!) && l.y < height * 0.4 && l.segs.length === 1) l.segs[0]!.text = `[${m[1]}]${l.segs[0]!.text.slice(m[1]!.length)}`;
  }
  return lines;
}

export function layoutPages(pages: PageText[]): string {
  const lined = pages.map((p) => {
    const { tables, rest } = findTables(p.pieces, p.rules ?? []);
    const lines = markNotes(buildLines(rest), p.height);
    for (const t of tables) {
      const at = lines.findIndex((l) => l.y < t.top);
      lines.splice(at < 0 ? lines.length : at, 0, { y: t.top, size: 0, segs: [], table: t.rows });
    }
    return { height: p.height, lines };
  });
  const kept = dropFurniture(lined);
  let last: Line | undefined;
  for (const page of kept) {
    if (last?.table && page[0]?.table && continueTable(last.table, page[0].table)) page.shift();
    last = page[page.length - 1] ?? last;
  }
  return linesToText(kept);
}
