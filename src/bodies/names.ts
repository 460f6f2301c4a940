// The canonical spelling of a body's name, and the body as output. The gazetteer (canonical.ts)
// decides (abbreviations are spelled out there, from lexicon.ts); this file first cleans the phrase as
// written: NFC, modern tone marks, no "đồng chí", a capital first letter.
import { modernTones } from '../normalize/tones.js';
import type { Body } from '../schema/index.js';
import { memoize } from '../util/text.js';
import { canonicalBody } from './canonical.js';
import { defineRule } from '../core/rule.js';

const LEVEL_WORD = '(?:xã|phường|tỉnh|thành phố|huyện|quận|thị xã|đặc khu)';
const SLASHED_LEVELS = new RegExp(`(?<![\\p{L}])(${LEVEL_WORD})/(${LEVEL_WORD})(?![\\p{L}])`, 'gu');

/** "Ủy ban nhân dân các xã/phường" is "Ủy ban nhân dân các xã, phường": a slash between two kinds of
 * place is the comma of the collective, written short. */
export const SLASHED_PLACE_KINDS = defineRule<string, string>({
  id: 'name/slashed-place-kinds',
  description: 'a slash between two kinds of place in a name ("các xã/phường", "tỉnh/thành phố") is the comma of the collective',
  examples: {
    fires: ['Ủy ban nhân dân các xã/phường', 'Công an các tỉnh/thành phố'],
    skips: ['Ủy ban nhân dân các xã, phường', 'Phòng Kinh tế/Kinh tế, Hạ tầng và Đô thị'],
  },
  apply: (t) => (SLASHED_PLACE_KINDS_TEST.test(t) ? t.replace(SLASHED_LEVELS, '$1, $2') : null),
});
const SLASHED_PLACE_KINDS_TEST = new RegExp(SLASHED_LEVELS.source, 'u');


export function fallbackName(s: string): string {
  let t = modernTones(s.normalize('NFC')).replace(/\s+/gu, ' ').trim();
  t = t.replace(/^(?:các\s+)?đồng chí\s+/iu, '').replace(/[\s,;:.]+$/u, '');
  // The collective "bộ, ngành" is written with a comma and in lower case: "các Bộ ngành liên quan",
  // "Bộ, ngành, địa phương" → "Các bộ, ngành …".
  t = t.replace(/^(?:các\s+)?(?:Bộ|bộ),?\s+ngành/iu, 'các bộ, ngành');
  t = SLASHED_PLACE_KINDS.apply(t) ?? t;
  return t.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

// Names repeat across a document and a batch; the lookup runs ~80 patterns, so remember answers.
const lookup = memoize((name: string) => canonicalBody(name), 50_000);

export function canonicalName(s: string): string {
  return lookup(fallbackName(s)).name;
}

/** A body as the text names it: its canonical name, and the words as written. */
export interface Mention {
  name: string;
  written: string;
}

export function mention(written: string): Mention {
  return { name: canonicalName(written), written: written.replace(/\s+/gu, ' ').trim() };
}

/** The mentions whose canonical names are not yet in `seen` (the first spelling of a body wins). */
export function uniqueMentions(ms: Mention[], seen: Mention[] = []): Mention[] {
  const names = new Set(seen.map((m) => m.name));
  return ms.filter((m) => !names.has(m.name) && names.add(m.name));
}

/** A body as output: canonical name plus kind and level where the gazetteer knows them, and the
 * words as the document wrote them. */
export function describeBody(name: string, written: string = name): Body {
  const c = lookup(name);
  return { name: c.name, kind: c.kind, level: c.level, matched: written, ...(c.note ? { note: c.note } : {}) };
}
