// Small text helpers shared by the stages. A "mapped string" carries, for every character, the
// offset in the decoded source it came from, so spans survive every rewrite.
//
// The maps the helpers build are Int32Arrays (#11): a JS array of numbers costs twice the memory and
// every slice and join of it was garbage for the collector (≈ 40 % of the time on large inputs). Code
// that only reads a map takes any ArrayLike, so a literal `[0]` still does.

export type OffsetMap = ArrayLike<number>;

export interface Mapped {
  text: string;
  /** map[i] = source offset of text[i]; map[text.length] = source offset just past the last char. */
  map: OffsetMap;
}

/** Letters-only word boundary helpers: JS `\b` is ASCII-only, useless around Vietnamese words. */
export const WB = '(?<![\\p{L}\\p{N}])';
export const WE = '(?![\\p{L}\\p{N}])';

/** A literal string as a regular-expression source. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Remember a pure function of a string. A batch of thousands of documents must not grow the table
 * without end, so it is emptied when it passes `limit` entries (the same names recur within a
 * document, so a fresh table fills again quickly). */
export function memoize<T>(fn: (key: string) => T, limit: number): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    // One lookup on a hit (keys are long clauses: each lookup hashes and compares them).
    const hit = memo.get(key);
    if (hit !== undefined || memo.has(key)) return hit as T;
    if (memo.size >= limit) memo.clear();
    const v = fn(key);
    memo.set(key, v);
    return v;
  };
}

/** Copy map[from..to) into out at `at`: one memcpy when the map is already typed. */
function copyMap(map: OffsetMap, from: number, to: number, out: Int32Array, at: number): void {
  if (to <= from) return;
  if (map instanceof Int32Array) out.set(map.subarray(from, to), at);
  else for (let i = from; i < to; i++) out[at + i - from] = map[i]!;
}

/** A map that grows by doubling, for the passes that do not know their output length in advance. */
export class MapBuilder {
  private buf: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.buf = new Int32Array(Math.max(capacity, 16));
  }
  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const next = new Int32Array(Math.max(this.buf.length * 2, this.length + n));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
  push(v: number): void {
    this.room(1);
    this.buf[this.length++] = v;
  }
  /** Append map[from..to). */
  append(map: OffsetMap, from: number, to: number): void {
    this.room(Math.max(to - from, 0));
    copyMap(map, from, to, this.buf, this.length);
    this.length += Math.max(to - from, 0);
  }
  /** The map, trimmed to its length. */
  done(): Int32Array {
    // A view when little would be wasted; a copy otherwise, so the spare capacity is freed.
    return this.length * 4 >= this.buf.length * 3 ? this.buf.subarray(0, this.length) : this.buf.slice(0, this.length);
  }
}

export function slice(m: Mapped, start: number, end: number): Mapped {
  const len = m.text.length;
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= len && m.map.length > len)) {
    // Out-of-range or reversed bounds: keep the exact behaviour of Array.prototype.slice on the old arrays.
    const map = Array.from(m.map).slice(start, end);
    map.push(end > start ? m.map[end - 1]! + 1 : m.map[start]!);
    return { text: m.text.slice(start, end), map };
  }
  const map = new Int32Array(end - start + 1);
  copyMap(m.map, start, end, map, 0);
  map[end - start] = end > start ? m.map[end - 1]! + 1 : m.map[start]!;
  return { text: m.text.slice(start, end), map };
}

export function concat(parts: Mapped[], sep = ' '): Mapped {
  return joinMapped(parts, parts.map((_, i) => (i > 0 ? sep : '')));
}

/** Join `parts`, `seps[i]` put before part i (seps[0] is ignored); a separator's characters map to
 * the first offset of the part after it. One pass and one allocation, however many parts. */
export function joinMapped(parts: Mapped[], seps: string[]): Mapped {
  let size = 1;
  parts.forEach((p, i) => (size += p.text.length + (i > 0 ? seps[i]!.length : 0)));
  const map = new Int32Array(size);
  const texts: string[] = [];
  let at = 0;
  parts.forEach((p, i) => {
    const sep = i > 0 ? seps[i]! : '';
    if (sep) {
      texts.push(sep);
      map.fill(p.map[0]!, at, at + sep.length);
      at += sep.length;
    }
    texts.push(p.text);
    copyMap(p.map, 0, p.text.length, map, at);
    at += p.text.length;
  });
  const last = parts[parts.length - 1];
  map[at] = last ? last.map[last.text.length]! : 0;
  return { text: texts.join(''), map };
}

const SPACE = /\s/u;

/** Trim whitespace at both ends, keeping the map aligned. */
export function trim(m: Mapped): Mapped {
  let a = 0;
  let b = m.text.length;
  while (a < b && SPACE.test(m.text[a]!)) a++;
  while (b > a && SPACE.test(m.text[b - 1]!)) b--;
  return slice(m, a, b);
}

/** Collapse runs of whitespace to one space (the kept space maps to the run's first char). */
export function squeeze(m: Mapped): Mapped {
  // Most lines have single plain spaces only: nothing to rewrite, the same text and map serve.
  if (!NEEDS_SQUEEZE.test(m.text)) return m;
  return rewriteRuns(m, /\s+/gu, () => ' ');
}

const NEEDS_SQUEEZE = /[^\S ]|\s\s/u;

/** Delete the characters matched by `re` (global), keeping the map aligned. */
export function remove(m: Mapped, re: RegExp): Mapped {
  re.lastIndex = 0;
  if (!re.test(m.text)) return m;
  re.lastIndex = 0;
  return rewriteRuns(m, re, () => '');
}

/** Replace each match of the global `re` by `by(match)` (empty, or one character that maps to the
 * match's first character); the text between matches is copied in blocks. */
function rewriteRuns(m: Mapped, re: RegExp, by: (hit: string) => string): Mapped {
  const out = new MapBuilder(m.text.length + 1);
  const texts: string[] = [];
  let from = 0;
  for (const hit of m.text.matchAll(re)) {
    const at = hit.index!;
    texts.push(m.text.slice(from, at));
    out.append(m.map, from, at);
    const rep = by(hit[0]);
    if (rep) {
      texts.push(rep);
      out.push(m.map[at]!);
    }
    from = at + hit[0].length;
  }
  texts.push(m.text.slice(from));
  out.append(m.map, from, m.text.length);
  out.push(m.map[m.text.length]!);
  return { text: texts.join(''), map: out.done() };
}

/** 1-based line number of a source offset, by binary search over line starts. */
export function lineOf(lineStarts: number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;
export const isUpperStart = (s: string): boolean => UPPER_RE.test(s.trimStart().charAt(0));
export const isLowerStart = (s: string): boolean => LOWER_RE.test(s.trimStart().charAt(0));

/** True when the letters of `s` are (nearly) all capitals: a heading set in caps. */
export function isAllCaps(s: string): boolean {
  // Called on every line pair while joining, and on whole paragraphs: one pass over UTF-16 units, each
  // unit's class read from a table that the regexes fill on first sight, no regex per character.
  let letters = 0;
  let upper = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const u = s.charCodeAt(i);
    let k: number;
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < n && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      k = classOf(s.slice(i, i + 2)); // a letter outside the BMP: rare, not tabled
      i++;
    } else {
      k = UNIT_CLASS[u]!;
      if (k === 0) k = UNIT_CLASS[u] = classOf(s[i]!);
    }
    if (k === 1) continue;
    letters++;
    if (k === 3) upper++;
    // enough small letters that no ending could make it a heading
    else if ((letters - upper) * 10 > letters + (n - 1 - i)) return false;
  }
  return letters >= 2 && upper / letters > 0.9;
}

/** 1 not a letter, 2 a letter not a capital, 3 a capital; 0 not seen yet. */
const UNIT_CLASS = new Uint8Array(0x10000);
const classOf = (c: string): number => (LETTER_RE.test(c) ? (UPPER_RE.test(c) ? 3 : 2) : 1);

const LETTER_RE = /\p{L}/u;

/** The source span of a mapped string: offsets in the decoded source and the 1-based line. */
export function spanOf(m: Mapped, lineStarts: number[]): { start: number; end: number; line: number } {
  const start = m.map[0] ?? 0;
  const end = m.text.length ? m.map[m.text.length - 1]! + 1 : start;
  return { start, end, line: lineOf(lineStarts, start) };
}
