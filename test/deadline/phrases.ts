// The hand-checked phrase table, shared with bench/dates-peers.mjs (which reads the JSON directly).
import { readFileSync } from 'node:fs';
import type { Recurrence } from '../../src/extract/deadline/index.js';

export interface PickCase {
  text: string;
  ref: string | null;
  /** null: no deadline (or one with neither a date nor a recurrence). */
  expect: { date: string | null; recurrence: Recurrence | null } | null;
  why?: string;
}

export interface KindCase {
  text: string;
  ref: string | null;
  hits: { contains: string; kind: 'deadline' | 'start' | 'context' }[];
}

const data = JSON.parse(readFileSync(new URL('./phrases.json', import.meta.url), 'utf8')) as { pick: PickCase[]; kinds: KindCase[] };

export const PICK_CASES: PickCase[] = data.pick;
export const KIND_CASES: KindCase[] = data.kinds;
