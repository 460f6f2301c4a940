// Small text helpers shared by the stages. A "mapped string" carries, for every character, the
// offset in the decoded source it came from, so spans survive every rewrite.

export interface Mapped {
  text: string;
  /** map[i] = source offset of text[i]; map[text.length] = source offset just past the last char. */
  map: number[];
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
    if (memo.has(key)) return memo.get(key)!;
    if (memo.size >= limit) memo.clear();
    const v = fn(key);
    memo.set(key, v);
    return v;
  };
}

export function slice(m: Mapped, start: number, end: number): Mapped {
  const map = m.map.slice(start, end);
  map.push(end > start ? m.map[end - 1]! + 1 : m.map[start]!);
  return { text: m.text.slice(start, end), map };
}

export function concat(parts: Mapped[], sep = ' '): Mapped {
  let text = '';
  const map: number[] = [];
  parts.forEach((p, i) => {
    if (i > 0 && sep) {
      text += sep;
      for (let k = 0; k < sep.length; k++) map.push(p.map[0]!);
    }
    text += p.text;
    map.push(...p.map.slice(0, p.text.length));
  });
  const last = parts[parts.length - 1];
  map.push(last ? last.map[last.text.length]! : 0);
  return { text, map };
}

/** Trim whitespace at both ends, keeping the map aligned. */
export function trim(m: Mapped): Mapped {
  let a = 0;
  let b = m.text.length;
  while (a < b && /\s/u.test(m.text[a]!)) a++;
  while (b > a && /\s/u.test(m.text[b - 1]!)) b--;
  return slice(m, a, b);
}

/** Collapse runs of whitespace to one space (the kept space maps to the run's first char). */
export function squeeze(m: Mapped): Mapped {
  let text = '';
  const map: number[] = [];
  let prevSpace = false;
  for (let i = 0; i < m.text.length; i++) {
    const ch = m.text[i]!;
    const sp = /\s/u.test(ch);
    if (sp && prevSpace) continue;
    text += sp ? ' ' : ch;
    map.push(m.map[i]!);
    prevSpace = sp;
  }
  map.push(m.map[m.text.length]!);
  return { text, map };
}

/** Delete the characters matched by `re` (global), keeping the map aligned. */
export function remove(m: Mapped, re: RegExp): Mapped {
  const keep = new Array<boolean>(m.text.length).fill(true);
  for (const hit of m.text.matchAll(re)) {
    for (let k = hit.index!; k < hit.index! + hit[0].length; k++) keep[k] = false;
  }
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < m.text.length; i++) {
    if (!keep[i]) continue;
    text += m.text[i];
    map.push(m.map[i]!);
  }
  map.push(m.map[m.text.length]!);
  return { text, map };
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
  // Called for every pair of lines while joining them: count in one pass, no arrays.
  let letters = 0;
  let upper = 0;
  for (const c of s) {
    if (LETTER_RE.test(c)) {
      letters++;
      if (UPPER_RE.test(c)) upper++;
    }
  }
  return letters >= 2 && upper / letters > 0.9;
}

const LETTER_RE = /\p{L}/u;

/** The source span of a mapped string: offsets in the decoded source and the 1-based line. */
export function spanOf(m: Mapped, lineStarts: number[]): { start: number; end: number; line: number } {
  const start = m.map[0] ?? 0;
  const end = m.text.length ? m.map[m.text.length - 1]! + 1 : start;
  return { start, end, line: lineOf(lineStarts, start) };
}
