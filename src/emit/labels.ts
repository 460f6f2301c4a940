// The cells a person reads, shared by the table and Markdown.
import type { Deadline, Obligation } from '../schema/index.js';
import { recurrenceLabel, words, type Lang } from './i18n.js';

export const names = (bs: { name: string }[]): string => bs.map((b) => b.name).join('; ');

export function whoLabel(o: Obligation, lang: Lang): string {
  const lead = names(o.lead) || words(lang).unknownLead;
  return o.support.length ? `${lead} (${names(o.support)})` : lead;
}

/** A date; a recurrence in words with its next due day; else the phrase as written. */
export function deadlineLabel(d: Deadline | null, lang: Lang): string {
  if (!d) return words(lang).none;
  if (d.recurrence) {
    const rec = recurrenceLabel(d.recurrence, lang);
    if (d.next) return `${rec}, ${words(lang).next} ${d.next}`;
    return d.date ? `${rec} → ${d.date}` : rec;
  }
  return d.date ?? d.text;
}
