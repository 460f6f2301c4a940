// Which header rule set each document field, in the order the fields are printed by `explain`.
import type { Header } from './header.js';
import type { Field } from './header/context.js';

const ORDER: Field[] = ['type', 'number', 'issuer', 'parentIssuer', 'place', 'date', 'subject', 'signer'];

const shown = (v: unknown): string => {
  if (v && typeof v === 'object') return Object.values(v as Record<string, unknown>).filter((x) => typeof x === 'string' && x).join(', ');
  return String(v);
};

export function documentFields(h: Header): { field: string; value: string; rule: string }[] {
  return ORDER.filter((f) => h.by[f] && h[f] != null).map((f) => ({ field: f, value: shown(h[f]), rule: h.by[f]! }));
}
