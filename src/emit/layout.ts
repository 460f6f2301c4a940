// Text laid out in fixed-width columns: words wrapped, a word longer than its column broken, and
// a shortened cell always marked with "…" so that nothing is cut silently.

/** Display width in terminal cells; Vietnamese in NFC is one code point per cell. */
export const width = (s: string): number => [...s].length;

export const pad = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - width(s)));

function breakWord(word: string, w: number): string[] {
  const cps = [...word];
  const out: string[] = [];
  for (let i = 0; i < cps.length; i += w) out.push(cps.slice(i, i + w).join(''));
  return out;
}

/** Lines of at most `w` cells each; every word kept. */
export function wrap(s: string, w: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/u).filter(Boolean)) {
    const pieces = width(word) > w ? breakWord(word, w) : [word];
    for (const p of pieces) {
      if (line && width(line) + 1 + width(p) > w) {
        out.push(line);
        line = p;
      } else line = line ? `${line} ${p}` : p;
    }
  }
  if (line) out.push(line);
  return out.length ? out : [''];
}

/** At most `max` lines; when text is dropped the last line ends in "…". */
export function clip(lines: string[], max: number, w: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  const last = [...kept[max - 1]!];
  kept[max - 1] = (width(kept[max - 1]!) >= w ? last.slice(0, w - 1).join('') : last.join('')) + '…';
  return kept;
}
