// Filters and order, the same for every format: which obligations of each document are written.
import { canonicalName } from '../bodies/names.js';
import type { Obligation, Result } from '../schema/index.js';

export interface FilterOptions {
  body?: string;
  dueBefore?: string;
  dueAfter?: string;
  overdue?: boolean;
  today?: string;
  sort?: 'deadline' | 'id';
}

/** Accents, đ and case folded away: "bo noi vu" meets "Bộ Nội vụ". */
export const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase().replace(/\s+/gu, ' ').trim();

/** The query as typed and as the gazetteer spells it ("UBND tỉnh X" → "Ủy ban nhân dân tỉnh X",
 * "BNV" → "Bộ Nội vụ"), both folded. */
export function bodyMatcher(query: string): (o: Obligation) => boolean {
  const keys = [...new Set([fold(query), fold(canonicalName(query))])].filter(Boolean);
  return (o) =>
    [...o.lead, ...o.support].some((b) => {
      const hay = [fold(b.name), b.matched ? fold(b.matched) : ''];
      return keys.some((k) => hay.some((h) => h.includes(k)));
    });
}

/** The day a duty falls due: its date, or a recurring duty's next due day. */
export const dueDay = (o: Obligation): string | null => o.deadline?.date ?? o.deadline?.next ?? null;

const idKey = (id: string): (string | number)[] => id.split(/[.#]/u).map((p) => (/^-?\d+$/u.test(p) ? Math.abs(Number(p)) : p));

export function compareIds(a: string, b: string): number {
  const x = idKey(a);
  const y = idKey(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = x[i];
    const q = y[i];
    if (p === undefined || q === undefined) return p === undefined ? -1 : 1;
    if (p === q) continue;
    if (typeof p === 'number' && typeof q === 'number') return p - q;
    return String(p).localeCompare(String(q));
  }
  return 0;
}

export const isActive = (f: FilterOptions): boolean => !!(f.body || f.dueBefore || f.dueAfter || f.overdue || f.sort);

/** Keeps the obligations that pass every filter given; due filters drop undated obligations.
 * --due-before and --due-after include the day named; --overdue means a date before today
 * (a recurring duty is never overdue as a whole). */
export function applyFilters(r: Result, f: FilterOptions, todayIso: string): Result {
  if (!isActive(f)) return r;
  const byBody = f.body ? bodyMatcher(f.body) : null;
  let obs = r.obligations.filter((o) => {
    if (byBody && !byBody(o)) return false;
    const due = dueDay(o);
    if (f.dueBefore && !(due && due <= f.dueBefore)) return false;
    if (f.dueAfter && !(due && due >= f.dueAfter)) return false;
    if (f.overdue && !(o.deadline?.date && !o.deadline.rrule && o.deadline.date < (f.today ?? todayIso))) return false;
    return true;
  });
  if (f.sort === 'id') obs = [...obs].sort((a, b) => compareIds(a.id, b.id));
  if (f.sort === 'deadline') obs = [...obs].sort((a, b) => (dueDay(a) ?? '9999').localeCompare(dueDay(b) ?? '9999'));
  return { ...r, obligations: obs };
}

export const todayIso = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
