// chrono-node's strict Vietnamese parser reads full dates (ngày 31 tháng 12 năm 2025, 31/12/2025,
// 31-12-2025, 31.12.2025). We keep those parsers and add ours for the coarser units that
// administrative writing uses (month, quarter, half year, Tết, relative periods …).
import * as vi from 'chrono-node/vi';
import type { Parser, Refiner, ParsedResult, ParsingResult } from 'chrono-node/vi';
import { ATOMS, WE, type AtomRule, type Spec } from './patterns.js';

type Context = Parameters<Parser['extract']>[0];

/** What each result means, keyed by the result object (chrono's components only hold a date). */
const SPECS = new WeakMap<object, Spec>();

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD_END = new RegExp(`^${WE}`, 'u');

class AtomParser implements Parser {
  private readonly re: RegExp;
  constructor(private readonly rule: AtomRule) {
    this.re = new RegExp(rule.source, 'iu');
  }
  pattern(): RegExp {
    return this.re;
  }
  extract(context: Context, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    // chrono runs the pattern on a suffix of the text, so a look-behind cannot see the real
    // left neighbour: check it here on the full text.
    if (index > 0 && LETTER_OR_DIGIT.test(context.text[index - 1]!)) return null;
    if (!WORD_END.test(context.text.slice(index + match[0].length))) return null;
    const text = match[0].replace(/\s+$/u, '');
    const spec = this.rule.build(match.slice(1), text);
    if (!spec) return null;
    const result = context.createParsingResult(index, text);
    // Components must form a valid date or chrono's filters drop the result; the real meaning is in SPECS.
    if (spec.unit === 'day' && spec.y !== null) {
      result.start.assign('year', spec.y).assign('month', spec.m).assign('day', spec.d);
    } else {
      result.start.imply('year', 2000).imply('month', 1).imply('day', 1);
    }
    result.addTag(`nhiemvu/${spec.unit}`);
    SPECS.set(result, spec);
    return result;
  }
}

const RANGE_BETWEEN = /^\s*(?:-|–|đến|tới)\s*(?:hết\s+)?(?:ngày\s*)?$/iu;
const RANGEABLE = new Set(['day', 'month', 'quarter', 'year', 'half', 'part']);

/** "Từ ngày 01/01/2026 đến ngày 31/3/2026": one period whose end is the deadline. */
class RangeRefiner implements Refiner {
  refine(context: Context, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (const r of results) {
      const prev = out[out.length - 1];
      if (prev) {
        const a = specOf(prev), b = specOf(r);
        const between = context.text.slice(prev.index + prev.text.length, r.index);
        if (a && b && RANGEABLE.has(a.unit) && RANGEABLE.has(b.unit) && RANGE_BETWEEN.test(between)) {
          const merged = context.createParsingResult(prev.index, r.index + r.text.length);
          merged.start.imply('year', 2000).imply('month', 1).imply('day', 1);
          merged.addTag('nhiemvu/range');
          SPECS.set(merged, { unit: 'range', from: a, to: b });
          out[out.length - 1] = merged;
          continue;
        }
      }
      out.push(r);
    }
    return out;
  }
}

/** The meaning of a result: ours from SPECS, chrono's own full dates from their components. */
export function specOf(r: ParsedResult): Spec | null {
  const own = SPECS.get(r);
  if (own) return own;
  const s = r.start;
  if (!s.isCertain('day') || !s.isCertain('month')) return null;
  return { unit: 'day', d: s.get('day')!, m: s.get('month')!, y: s.isCertain('year') ? s.get('year')! : null };
}

// Parsers and refiners of vi.strict that we do not want: month/year parsers that return the first
// day of a period (a deadline needs the last), weekday and time-of-day parsers, "trong 3 ngày"
// relative-to-now parsers, time-zone refiners (they read "- 20" after a year as an offset) and the
// date-range merger that also joins "01/6 và 15/11".
const DROP = new Set([
  'VIMonthYearParser', 'VIYearParser', 'VIWeekdayParser', 'VITimeExpressionParser',
  'VITimeUnitAgoFormatParser', 'VITimeUnitLaterFormatParser', 'VITimeUnitWithinFormatParser',
  'VIMergeDateRangeRefiner', 'VIMergeDateTimeRefiner', 'VIMergeWeekdayComponentRefiner',
  'ExtractTimezoneAbbrRefiner', 'ExtractTimezoneOffsetRefiner', 'MergeWeekdayComponentRefiner',
]);

function build(): vi.Chrono {
  const c = vi.strict.clone();
  c.parsers = c.parsers.filter((p) => !DROP.has(p.constructor.name));
  c.refiners = c.refiners.filter((r) => !DROP.has(r.constructor.name));
  for (const rule of ATOMS) c.parsers.push(new AtomParser(rule));
  c.refiners.push(new RangeRefiner());
  return c;
}

export const deadlineChrono = build();

export interface Atom { index: number; end: number; spec: Spec }

export function parseAtoms(text: string, refDate: Date): Atom[] {
  const out: Atom[] = [];
  for (const r of deadlineChrono.parse(text, refDate)) {
    const spec = specOf(r);
    if (spec) out.push({ index: r.index, end: r.index + r.text.length, spec });
  }
  return out;
}
