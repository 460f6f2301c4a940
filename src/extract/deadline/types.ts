export type Recurrence = 'weekly' | 'monthly' | 'quarterly' | 'semiannual' | 'yearly';

export interface DeadlineHit {
  /** The phrase as written: `input.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** ISO YYYY-MM-DD, the last day allowed; null for recurrence-only or unresolvable phrases. */
  date: string | null;
  recurrence: Recurrence | null;
  kind: 'deadline' | 'start' | 'context';
}
