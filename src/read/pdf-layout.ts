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
//  pdf-paragraph   a blank line before a line that starts a paragraph (indented first line, a
//                  wider gap than the page's line spacing, or after a short last line)

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

function toLine(group: Piece[]): Line {
  const ps = [...group].sort((a, b) => a.x - b.x);
  const size = Math.max(...ps.filter((p) => p.str.trim()).map((p) => p.size), 1);
  const segs: Seg[] = [];
  let cur: Seg | null = null;
  let pendingSpace = false;
  for (const p of ps) {
    const blank = !p.str.trim();
    if (cur && p.x - cur.x1 > 2 * size && !pendingSpace && !blank) {
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
      const space = pendingSpace || (gap > 0.15 * size && !/\s$/u.test(cur.text) && !/^\s/u.test(p.str));
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
    p.lines.filter((l) => !(band(p, l) && (PAGE_NUMBER.test(text(l)) || (pages.length > 1 && (seen.get(furnitureKey(l)) ?? 0) > 1)))),
  );
}

/** pdf-columns: where a run of two-segment lines starts at i, the run's end and its column boundary. */
function columnRun(lines: Line[], i: number): { end: number; mid: number } | null {
  const l = lines[i]!;
  if (l.segs.length !== 2) return null;
  const mid = (l.segs[0]!.x1 + l.segs[1]!.x0) / 2;
  const left = (m: Line) => x1(m) <= mid;
  const right = (m: Line) => x0(m) >= mid;
  const split = (m: Line) => m.segs.length === 2 && m.segs[0]!.x1 <= mid && m.segs[1]!.x0 >= mid;
  let end = i + 1;
  // A run ends at a line that crosses the boundary, or at a gap wider than three lines.
  while (end < lines.length) {
    const m = lines[end]!;
    if (lines[end - 1]!.y - m.y > 3.5 * m.size) break;
    if (!(split(m) || left(m) || right(m))) break;
    end++;
  }
  return { end, mid };
}

function readColumns(lines: Line[], mid: number): string[] {
  const leftLines: string[] = [];
  const rightLines: string[] = [];
  for (const l of lines) {
    for (const s of l.segs) ((s.x1 <= mid ? leftLines : rightLines) as string[]).push(s.text);
  }
  return [...leftLines, '', ...rightLines];
}

/** pdf-paragraph: does `l` open a new paragraph after `prev`? (spacing 0: `prev` ends the page before.) */
function opensParagraph(prev: Line, l: Line, margin: number, right: number, spacing: number): boolean {
  if (spacing > 0 && prev.y - l.y > 1.3 * spacing) return true;
  if (x0(l) > margin + 0.8 * l.size) return true;
  return x1(prev) < right - 3 * l.size && /^[\p{Lu}\d\-–+•*(]/u.test(text(l));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

/** Lines of all pages (furniture already dropped) → the document's text. */
export function linesToText(pages: Line[][]): string {
  const all = pages.flat();
  if (!all.length) return '';
  const margin = median(all.filter((l) => l.segs.length === 1).map(x0).sort((a, b) => a - b).slice(0, Math.max(1, Math.ceil(all.length / 4))));
  const right = Math.max(...all.map(x1));
  const out: string[] = [];
  let prev: Line | undefined;
  for (const lines of pages) {
    const gaps = lines.slice(1).map((l, k) => lines[k]!.y - l.y).filter((g) => g > 0);
    const spacing = median(gaps) || 1.2 * (lines[0]?.size ?? 12);
    for (let i = 0; i < lines.length; ) {
      const run = columnRun(lines, i);
      if (run) {
        out.push('', ...readColumns(lines.slice(i, run.end), run.mid), '');
        i = run.end;
        prev = undefined;
        continue;
      }
      const l = lines[i]!;
      if (prev && opensParagraph(prev, l, margin, right, i === 0 ? 0 : spacing)) out.push('');
      out.push(text(l));
      prev = l;
      i++;
    }
  }
  return out.join('\n').replace(/\n{3,}/gu, '\n\n').trim() + '\n';
}

export function layoutPages(pages: PageText[]): string {
  const lined = pages.map((p) => ({ height: p.height, lines: buildLines(p.pieces) }));
  return linesToText(dropFurniture(lined));
}
