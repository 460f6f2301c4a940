// normalize: decoded source text → clean paragraphs, each character mapped back to the source.
// NFC, modern tone marks, unified quotes and dashes; stamps, page furniture, displaced header lines
// and footnote bodies lifted out (and reported); hard line wraps joined into paragraphs.
import type { Warning } from '../schema/index.js';
import { type Mapped, MapBuilder, concat, joinMapped, lineOf, lineStartsOf, remove, slice, spanOf, squeeze, trim, isAllCaps, isLowerStart, isUpperStart } from '../util/text.js';
import { modernTones } from './tones.js';
import {
  CHAR_FIX, FOOTNOTE_BODY, FOOTNOTE_MARK, HEADER_LINES, ITEM_START, LABEL_ONLY, MARKDOWN_NOISE, NOISE_LINES, ROUTING_SLIP_START,
} from './rules.js';

export { modernTones } from './tones.js';

export interface Line extends Mapped {
  /** 1-based source line. */
  srcLine: number;
  /** Why the line is not running text, or null. */
  noise: string | null;
  /** Blank lines directly before it. */
  blankBefore: number;
  /** A rule line ("-----", "____") stands between it and the previous line. */
  ruleBefore: boolean;
  /** Which column of a two-column line it came from, if any. */
  column?: 'left' | 'right';
}

export interface Paragraph extends Mapped {
  /** Source line of the first character. */
  line: number;
}

export interface Normalized {
  source: string;
  lineStarts: number[];
  /** Every line after character-level clean-up, noise included (the header reader wants it all). */
  lines: Line[];
  paragraphs: Paragraph[];
  footnotes: Paragraph[];
  /** Where the text calls a footnote ("…được giao¹", "…21 nhiệm vụ[1]"): its label and source offset. */
  footnoteRefs: { label: string; offset: number }[];
  warnings: Warning[];
}

/** Character level: CRLF, NFC per grapheme cluster, modern tones, quote/dash unification. */
/** Characters that CHAR_FIX deletes or that change length (CR): their presence needs the slow path. */
const LENGTH_CHANGING = /[\r\u200B\u200C\u200D\uFEFF\u00AD]/u;
const ONE_TO_ONE_FIX = new RegExp(`[${Object.keys(CHAR_FIX).filter((k) => CHAR_FIX[k]!.length === 1).join('')}]`, 'gu');

export function cleanChars(source: string): Mapped {
  // Most text is already NFC, without CR or zero-width marks: then every character keeps its offset.
  if (!LENGTH_CHANGING.test(source) && source.normalize('NFC') === source) {
    let text = source.replace(ONE_TO_ONE_FIX, (c) => CHAR_FIX[c]!);
    const map = new Int32Array(source.length + 1);
    for (let i = 0; i <= source.length; i++) map[i] = i;
    const toned = modernTones(text);
    if (toned.length === text.length) text = toned;
    return remove(remove({ text, map }, MARKDOWN_NOISE), FOOTNOTE_MARK);
  }
  const pieces: string[] = [];
  const map = new MapBuilder(source.length + 1);
  for (const m of source.matchAll(/\r\n?|\P{M}\p{M}*|\p{M}+/gsu)) {
    const raw = m[0];
    let s = raw[0] === '\r' ? '\n' : raw.normalize('NFC');
    if (s.length === 1 && s in CHAR_FIX) s = CHAR_FIX[s]!;
    pieces.push(s);
    for (let k = 0; k < s.length; k++) map.push(m.index!);
  }
  map.push(source.length);
  let text = pieces.join('');
  const toned = modernTones(text);
  // modernTones never changes the length of NFC text; if some exotic input breaks that, keep the
  // untoned text rather than a wrong map.
  if (toned.length === text.length) text = toned;
  return remove(remove({ text, map: map.done() }, MARKDOWN_NOISE), FOOTNOTE_MARK);
}

/** Text laid out in two columns (pdftotext -layout: issuer | motto, số | place and date, Nơi nhận |
 * signature) keeps a wide gap between them. */
const COLUMN_GAP = /\S( {5,})(?=\S)/u;

/** A table row that lays out the header or the signature ("| **VĂN PHÒNG …**<br>------- | **CỘNG HÒA …** |",
 * "| Số: 352/TB-VPCP | Hà Nội, ngày … |"), not a row of a task table. */
const LAYOUT_ROW = /^\|(?:.*<br\s*\/?>|\s*Số\s*:)/iu;

function tableRowLines(line: Mapped): RawLine[] {
  const out: RawLine[] = [];
  let cell = 0;
  let from = 0;
  const t = line.text;
  const push = (a: number, b: number) => {
    const piece = squeeze(trim(slice(line, a, b)));
    if (piece.text) out.push({ ...piece, column: cell <= 1 ? 'left' : 'right' });
  };
  for (const m of t.matchAll(/\||<br\s*\/?>/giu)) {
    push(from, m.index!);
    if (m[0] === '|') cell++;
    from = m.index! + m[0].length;
  }
  push(from, t.length);
  return out;
}

interface RawLine extends Mapped {
  column?: 'left' | 'right';
  /** Spaces before the text: a page number set at the far right of a page line stands far in. */
  indent?: number;
}

const SPACE = /\s/u;

const nextNewline = (text: string, from: number): number => {
  const k = text.indexOf('\n', from);
  return k < 0 ? text.length : k;
};

function splitLines(m: Mapped): RawLine[] {
  const out: RawLine[] = [];
  // From newline to newline with indexOf: a test of every character was the stage's hottest loop.
  for (let start = 0; start <= m.text.length; ) {
    const i = nextNewline(m.text, start);
    {
      // Trimmed in place: a copy of the raw line first would be one more map per line.
      let a = start;
      let b = i;
      while (a < b && SPACE.test(m.text[a]!)) a++;
      while (b > a && SPACE.test(m.text[b - 1]!)) b--;
      const line = slice(m, a, b);
      const rawText = m.text.slice(start, i);
      const indent = rawText.length - rawText.trimStart().length;
      const gap = COLUMN_GAP.exec(line.text);
      if (LAYOUT_ROW.test(line.text)) {
        // A web page's header or signature laid out as a table row, cells broken by <br>: each
        // piece is a line, the first cell the left column.
        out.push(...tableRowLines(line));
      } else if (gap) {
        // Each column is a line of its own, left first: the header and footer read them apart.
        const cut = gap.index + 1;
        out.push({ ...squeeze(trim(slice(line, 0, cut))), column: 'left' });
        out.push({ ...squeeze(trim(slice(line, cut + gap[1]!.length, line.text.length))), column: 'right' });
      } else out.push({ ...squeeze(line), indent });
      start = i + 1;
    }
  }
  return out;
}

const SHORT_STAMP_LINE = 45;

/** Classifies each line: running text, or which kind of noise. */
export function classifyLines(clean: Mapped, lineStarts: number[]): Line[] {
  const raw = splitLines(clean);
  const lines: Line[] = [];
  let blank = 0;
  let rule = false;
  let inSlip = false;
  for (const m of raw as RawLine[]) {
    if (m.text === '') {
      blank++;
      continue;
    }
    let noise: string | null = null;
    if (inSlip) {
      if (m.text.length <= SHORT_STAMP_LINE && !ITEM_START.test(m.text)) noise = 'routing-slip';
      else inSlip = false;
    }
    if (!noise && ROUTING_SLIP_START.some((re) => re.test(m.text))) {
      noise = 'routing-slip';
      inSlip = true;
      // The receiving office's name in capitals heads the stamp ("VĂN PHÒNG UBND TỈNH …").
      const head = lines[lines.length - 1];
      if (head && !head.noise && head.text.length <= SHORT_STAMP_LINE && isAllCaps(head.text) && !ITEM_START.test(head.text)) head.noise = 'routing-slip';
    }
    if (!noise && !LABEL_ONLY.test(m.text)) noise = NOISE_LINES.find((r) => r.re.test(m.text))?.code ?? null;
    // A number alone, pushed far to the right, is the page number of a laid-out PDF page.
    if (!noise && BARE_NUMBER.test(m.text) && (m.indent ?? 0) >= 20) noise = 'page-number';
    if (!noise && HEADER_LINES.some((re) => re.test(m.text))) noise = 'header-line';
    // A right-hand column never continues the text on its left.
    lines.push({ ...m, srcLine: lineOf(lineStarts, m.map[0]!), noise, blankBefore: blank, ruleBefore: rule || m.column === 'right' });
    blank = 0;
    rule = noise === 'separator';
  }
  markRunningHeaders(lines);
  return lines;
}

const END_PUNCT = /[.;:!?]["')\]]*$/u;

const PAGE_FURNITURE = new Set(['page-number', 'page-break']);

/**
 * A running header or footer: the same line printed on several pages, next to the page number
 * ("- 2 -" ⏎ "Công văn số 12/UBND-KT về …"). A line that merely repeats (a table cell, a body's name)
 * is not one.
 */
function markRunningHeaders(lines: Line[]): void {
  const count = new Map<string, number>();
  for (const l of lines) if (!l.noise) count.set(l.text, (count.get(l.text) ?? 0) + 1);
  const isPage = (x: Line | undefined): x is Line => !!x && ((!!x.noise && PAGE_FURNITURE.has(x.noise)) || (!x.noise && BARE_NUMBER.test(x.text)));
  const running = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.noise || (count.get(l.text) ?? 0) < 2 || l.text.length < 8 || ITEM_START.test(l.text) || LABEL_ONLY.test(l.text)) continue;
    if (isPage(lines[i - 1]) || isPage(lines[i + 1])) running.add(l.text);
  }
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.noise || !running.has(l.text)) continue;
    l.noise = 'running-header';
    for (const x of [lines[i - 1], lines[i + 1]]) if (isPage(x)) x.noise ??= 'page-number';
  }
  // A bare number inside a sentence that goes on in lower case is a page number ("địa bàn" ⏎ "3"
  // ⏎ "trong vòng …"); elsewhere it may be a table cell (an STT column) and stays.
  for (let i = 1; i + 1 < lines.length; i++) {
    const [a, l, b] = [lines[i - 1]!, lines[i]!, lines[i + 1]!];
    if (l.noise || !BARE_NUMBER.test(l.text) || a.noise || b.noise) continue;
    if (!END_PUNCT.test(a.text) && isLowerStart(b.text) && !ITEM_START.test(b.text)) l.noise = 'page-number';
  }
}

/** A number alone on its line, without the period of an item label. */
const BARE_NUMBER = /^\d{1,3}$/u;

/** Typical width of a wrapped line: short lines that do not end a sentence are headings. */
function typicalWidth(lines: Line[]): number {
  const lens = lines.filter((l) => !l.noise).map((l) => l.text.length).sort((a, b) => a - b);
  if (lens.length === 0) return 80;
  return lens[Math.floor(lens.length * 0.75)]!;
}

/** An attachment's provenance line: "(Kèm theo Quyết định số …)", "(Ban hành kèm theo …)". */
const ATTACHED_BY = /^\((?:Ban hành\s+)?[Kk]èm theo(?![\p{L}])/u;
/** Fields of the header block, each on its own line: "Số: 12/UBND-KT", "V/v …". */
const HEADER_FIELD = /^(?:V\/v|Số\s*:)\s/u;
/** A part's label alone on its line; its title follows on the next ("Chương II" ⏎ "QUY ĐỊNH CỤ THỂ"). */
const PART_LABEL = /^(?:Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)\s+(?:[IVXLC]+|\d{1,3})[.:]?$/u;
/** Words a wrapped line may end on but a heading never does. */
const DANGLING = /(?<![\p{L}])(?:của|và|các|với|cho|tại|theo|về|trong|đến|từ|để|là|có|những|như|gồm)$/u;

/**
 * Flush layout (text taken from a PDF): wrapped lines run to the margin, so a short line that a
 * lower-case line continues is rare. Web copies wrap each paragraph's first line short, there a
 * short line proves nothing.
 */
function isFlush(lines: Line[], width: number): boolean {
  const text = lines.filter((l) => !l.noise);
  let cont = 0;
  let short = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text[i]!;
    const b = text[i + 1]!;
    if (!isLowerStart(b.text) || ITEM_START.test(b.text) || END_PUNCT.test(a.text) || LABEL_ONLY.test(a.text)) continue;
    cont++;
    if (a.text.length < width * 0.6) short++;
  }
  return cont >= 4 && short / cont < 0.05;
}

/**
 * Blank lines separate paragraphs (web copies, most word-processor text), rather than standing
 * between every wrapped line (PDF text set double-spaced): a sentence is almost never continued
 * across a blank line.
 */
function blankSeparates(lines: Line[]): boolean {
  let cont = 0;
  let blank = 0;
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.noise || b.noise || !isLowerStart(b.text) || ITEM_START.test(b.text) || END_PUNCT.test(a.text) || LABEL_ONLY.test(a.text)) continue;
    cont++;
    if (b.blankBefore > 0) blank++;
  }
  return cont >= 4 && blank / cont < 0.1;
}

export interface Layout {
  /** Wrapped lines run to the margin (see isFlush). */
  flush: boolean;
  /** A blank line ends a paragraph (see blankSeparates). */
  blankBreaks: boolean;
}

/** Should line `b` continue the paragraph that line `a` ends? `afterNoise`: page furniture stood between them. */
function continues(a: Line, b: Line, width: number, layout: Layout = { flush: false, blankBreaks: false }, afterNoise = false): boolean {
  const flush = layout.flush;
  if (LABEL_ONLY.test(a.text)) return true; // "Điều" ⏎ "13. …", "-" ⏎ text
  // A label alone on its line ("1.", "Điều", "-") opens an item, as a marker with text does.
  if (ITEM_START.test(b.text) || LABEL_ONLY.test(b.text) || b.ruleBefore || ATTACHED_BY.test(b.text) || HEADER_FIELD.test(b.text)) return false;
  if (PART_LABEL.test(a.text) && !b.ruleBefore) return true; // "Chương I" ⏎ "QUY ĐỊNH CHUNG"
  // A blank line then a capital starts a paragraph where blank lines separate paragraphs; not at a
  // page break, where the blank lines belong to the page furniture; nor inside a title in capitals.
  if (layout.blankBreaks && b.blankBefore > 0 && !afterNoise && isUpperStart(b.text) && !(isAllCaps(a.text) && isAllCaps(b.text))) return false;
  // A change between capitals and running text is a heading's edge — unless the line is only a code
  // ("29/2024/TT-BTC)." wrapped from the line above starts with a digit, not a letter).
  if (isAllCaps(a.text) !== isAllCaps(b.text) && !isLowerStart(b.text) && /^\P{N}/u.test(b.text) && /^\P{N}/u.test(a.text)) return false;
  if (END_PUNCT.test(a.text)) {
    if (/[.!?]["')\]]*$/u.test(a.text)) return false;
    // "…các Bộ: Nội vụ;" ⏎ "Tư pháp; …": in flush layout a line that runs to the margin is wrapped,
    // whatever the case of the next word.
    return isLowerStart(b.text) || (flush && a.text.length >= width * 0.9 && isUpperStart(b.text));
  }
  // An addressee list ("- Các sở, ban, ngành,") ends where an unbulleted capitalised line follows a gap
  // (a long line is a wrap: PDF text set double-spaced has a gap after every line).
  if (/,$/u.test(a.text)) return !(/^[-+•]/u.test(a.text) && b.blankBefore > 0 && isUpperStart(b.text) && a.text.length < width * 0.75);
  // Flush layout: a short line ends its paragraph when a capital follows, with or without a blank
  // line: a heading and its body ("2. Sở Tài chính" ⏎ "Tham mưu …"), a title and the text.
  if (flush && !isAllCaps(a.text) && isUpperStart(b.text) && a.text.length < width * 0.75 && !DANGLING.test(a.text)) return false;
  // A short line that ends no sentence, then a blank line and a capital: a heading ("2. Về thể chế").
  if (b.blankBefore > 0 && isUpperStart(b.text) && !isAllCaps(a.text)) {
    if (a.text.length < width * 0.6) return false;
    if (ITEM_START.test(a.text) && a.text.length < width * 0.85) return false; // "5. Về tổ chức bộ máy"
  }
  return true;
}

function joinLines(parts: Line[]): Mapped {
  // A word broken by a hyphen at the line end ("2231/SNV-" ⏎ "CCVC") joins without a space. All lines
  // are joined at once: joining them two by two copied the paragraph once per line (quadratic).
  if (parts.length === 0) return { text: '', map: [0] };
  const seps = parts.map((p, i) => (i > 0 && /[\p{Lu}\d]-$/u.test(parts[i - 1]!.text) && /^[\p{Lu}\d]/u.test(p.text) ? '' : ' '));
  return parts.length === 1 ? parts[0]! : joinMapped(parts, seps);
}

/** Noise is reported once per contiguous block of the same kind, not once per line. */
function noiseWarnings(lines: Line[], warnings: Warning[], span: (m: Mapped) => ReturnType<typeof spanOf>): void {
  let prevNoise: Line | null = null;
  for (const l of lines) {
    if (!l.noise) {
      prevNoise = null;
      continue;
    }
    const last = warnings[warnings.length - 1];
    if (prevNoise && prevNoise.noise === l.noise && last && last.span) {
      last.span.end = l.map[l.text.length - 1]! + 1;
    } else {
      warnings.push({ code: 'noise-removed', message: `${l.noise}: "${l.text.slice(0, 60)}"`, span: span(l) });
    }
    prevNoise = l;
  }
}

export function normalize(source: string): Normalized {
  const lineStarts = lineStartsOf(source);
  const clean = cleanChars(source);
  const lines = classifyLines(clean, lineStarts);
  const warnings: Warning[] = [];
  const span = (m: Mapped) => spanOf(m, lineStarts);
  noiseWarnings(lines, warnings, span);

  const width = typicalWidth(lines);
  const layout: Layout = { flush: isFlush(lines, width), blankBreaks: blankSeparates(lines) };
  const paragraphs: Paragraph[] = [];
  const footnotes: Paragraph[] = [];
  let current: Line[] = [];
  let footnote: Line[] | null = null;
  let openFootnote: Paragraph | null = null; // a footnote that ended mid-sentence (page break)
  const flush = () => {
    if (current.length) {
      const m = joinLines(current);
      paragraphs.push({ ...m, line: current[0]!.srcLine });
    }
    current = [];
  };
  const flushFootnote = () => {
    if (footnote && footnote.length) {
      const m = joinLines(footnote);
      const p = { ...m, line: footnote[0]!.srcLine };
      footnotes.push(p);
      warnings.push({ code: 'footnote-lifted', message: `footnote: "${m.text.slice(0, 60)}"`, span: span(m) });
      openFootnote = /[.;)]$/u.test(m.text) ? null : p;
    }
    footnote = null;
  };

  let sawNoise = false; // page furniture since the last text line
  for (const l of lines) {
    if (l.noise) {
      sawNoise = true;
      continue;
    }
    const afterNoise = sawNoise;
    sawNoise = false;
    if (footnote) {
      if (l.blankBefore === 0 && !ITEM_START.test(l.text) && !FOOTNOTE_BODY.test(l.text)) {
        footnote.push(l);
        continue;
      }
      flushFootnote();
    }
    if (FOOTNOTE_BODY.test(l.text)) {
      footnote = [l];
      continue;
    }
    const prev = current[current.length - 1];
    const breaks = !prev || !continues(prev, l, width, layout, afterNoise);
    // The rest of a footnote carried over a page break: a lower-case orphan after a finished sentence.
    if (breaks && openFootnote && isLowerStart(l.text) && !ITEM_START.test(l.text) && (!prev || /[.!?]["')\]]*$/u.test(prev.text))) {
      const joined = concat([openFootnote, l], ' ');
      Object.assign(openFootnote, joined);
      warnings.push({ code: 'footnote-lifted', message: `footnote continued: "${l.text.slice(0, 60)}"`, span: span(l) });
      openFootnote = /[.;)]$/u.test(joined.text) ? null : openFootnote;
      continue;
    }
    if (breaks) flush();
    current.push(l);
  }
  flushFootnote();
  flush();
  return { source, lineStarts, lines, paragraphs, footnotes, footnoteRefs: footnoteRefs(source), warnings };
}

const SUPERSCRIPT: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };

/** "¹²" → "12", "[3]" → "3": the number a footnote marker or body carries. */
export function footnoteLabel(marker: string): string {
  return marker.replace(/[[\]]/gu, '').replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/gu, (c) => SUPERSCRIPT[c]!);
}

function footnoteRefs(source: string): { label: string; offset: number }[] {
  return [...source.matchAll(FOOTNOTE_MARK)].map((m) => ({ label: footnoteLabel(m[0]), offset: m.index! }));
}
