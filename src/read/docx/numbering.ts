// Word's automatic numbering (word/numbering.xml) → the labels a reader sees on the page.
//
// Rules (tested in test/read/docx-numbering.test.ts):
//  docx-num-format    a level's lvlText ("%1.", "%1.%2.", "%3)", "Điều %1.") with each %n replaced
//                     by level n's counter in that level's numFmt (decimal, roman, letters …)
//  docx-num-counter   counters belong to the abstract numbering (Word continues a list across
//                     w:num instances of it); a level's step restarts every deeper level
//  docx-num-override  a w:num's lvlOverride/startOverride restarts that level the first time the
//                     instance is used; an override w:lvl replaces the level's definition
//  docx-num-bullet    a bullet level is written "-" (Word's symbol-font bullets are private-use
//                     characters the text reader does not know); "+" stays "+"
import { attr, child, childrenNamed, type XmlNode } from '../xml.js';

export interface Level {
  start: number;
  fmt: string;
  text: string;
  /** isLgl: every %n shown as a decimal (legal numbering "1.1.1"). */
  legal: boolean;
}

interface Instance {
  abstractId: string;
  levels: Map<number, Level>;
  /** Levels whose startOverride is still to be applied (the first time the instance is used). */
  restarts: Map<number, number>;
}

function readLevel(l: XmlNode): Level {
  return {
    start: Number(attr(child(l, 'w:start')) ?? '1') || 0,
    fmt: attr(child(l, 'w:numFmt')) ?? 'decimal',
    text: attr(child(l, 'w:lvlText')) ?? '',
    legal: child(l, 'w:isLgl') !== undefined && attr(child(l, 'w:isLgl')) !== '0',
  };
}

const levelsOf = (n: XmlNode) => new Map(childrenNamed(n, 'w:lvl').map((l) => [Number(attr(l, 'w:ilvl') ?? '0'), readLevel(l)] as const));

const ROMAN: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
function roman(n: number): string {
  let s = '';
  for (const [v, r] of ROMAN) for (; n >= v; n -= v) s += r;
  return s;
}
/** Word's letters: a … z, then aa … zz, bbb … */
const letters = (n: number) => String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);

export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'upperRoman': return roman(n);
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'upperLetter': return letters(n).toUpperCase();
    case 'lowerLetter': return letters(n);
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    case 'none': return '';
    default: return String(n);
  }
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<string, Instance>();
  private readonly counters = new Map<string, number[]>();

  constructor(root: XmlNode | null) {
    const numbering = root ? child(root, 'w:numbering') : undefined;
    for (const a of childrenNamed(numbering, 'w:abstractNum')) this.abstracts.set(attr(a, 'w:abstractNumId') ?? '', levelsOf(a));
    for (const n of childrenNamed(numbering, 'w:num')) {
      const abstractId = attr(child(n, 'w:abstractNumId')) ?? '';
      const levels = new Map(this.abstracts.get(abstractId) ?? []);
      const restarts = new Map<number, number>();
      for (const o of childrenNamed(n, 'w:lvlOverride')) {
        const ilvl = Number(attr(o, 'w:ilvl') ?? '0');
        const lvl = child(o, 'w:lvl');
        if (lvl) levels.set(ilvl, readLevel(lvl));
        const start = attr(child(o, 'w:startOverride'));
        if (start !== undefined) restarts.set(ilvl, Number(start));
        else if (lvl) restarts.set(ilvl, readLevel(lvl).start);
      }
      this.instances.set(attr(n, 'w:numId') ?? '', { abstractId, levels, restarts });
    }
  }

  /** The label for the next paragraph of list `numId` at level `ilvl`, or null (no such list, numId 0). */
  next(numId: string, ilvl: number): string | null {
    const inst = this.instances.get(numId);
    const level = inst?.levels.get(ilvl);
    if (!inst || !level) return null;
    const counts = this.counters.get(inst.abstractId) ?? [];
    this.counters.set(inst.abstractId, counts);
    for (const [l, start] of inst.restarts) counts[l] = start - 1;
    inst.restarts.clear();
    for (let l = 0; l < ilvl; l++) if (counts[l] === undefined) counts[l] = (inst.levels.get(l)?.start ?? 1);
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    counts.length = ilvl + 1; // deeper levels start again
    return this.render(inst, level, counts);
  }

  private render(inst: Instance, level: Level, counts: number[]): string {
    if (level.fmt === 'bullet') return level.text.trim() === '+' ? '+' : '-';
    return level.text.replace(/%([1-9])/gu, (_m, d: string) => {
      const l = Number(d) - 1;
      const fmt = level.legal ? 'decimal' : inst.levels.get(l)?.fmt ?? 'decimal';
      return formatNumber(counts[l] ?? inst.levels.get(l)?.start ?? 1, fmt);
    });
  }
}
