// tables: task tables ("STT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn
// thành") → one row per task, each cell still a mapped paragraph so spans stay exact.
//
// Two shapes reach us from the normalizer:
//  (a) flattened: a web page converted to text puts one cell per line between `|` lines; the `|`
//      lines are dropped as noise, so every cell is a paragraph. The normalizer glues a bare STT to
//      the next line ("1" ⏎ "Triển khai …" → "1 Triển khai …"). Empty cells vanish without a trace.
//  (b) Markdown pipe tables: "| 1 | Task | Sở X | Sở Y | Quý IV/2025 |". Consecutive rows are usually
//      joined into one paragraph, so paragraphs are split back into their source lines first.
import type { Paragraph } from '../normalize/index.js';
import { type Mapped, concat, isAllCaps, isUpperStart, lineOf, slice, trim } from '../util/text.js';

export interface TaskRow {
  /** Row number / STT as written ("1", "4"), or null. */
  label: string | null;
  /** The task cell (mapped text, so spans stay exact). */
  task: Paragraph;
  /** "Cơ quan chủ trì" / "Đơn vị chủ trì" / "Cơ quan thực hiện" cell. */
  lead: Paragraph | null;
  /** "Cơ quan phối hợp" cell. */
  support: Paragraph | null;
  /** "Thời gian hoàn thành" / "Thời hạn" / "Tiến độ" / "Thời gian thực hiện" cell. */
  deadline: Paragraph | null;
  /** Group heading the row sits under ("I. NÂNG CAO NHẬN THỨC …"), if any. */
  group: string | null;
}

export interface TaskTable {
  /** Paragraph indexes [start, end) the table covers. */
  start: number;
  end: number;
  rows: TaskRow[];
}

type Col = 'stt' | 'task' | 'lead' | 'support' | 'deadline' | 'other';

/**
 * Column names, matched against a header cell lower-cased, without parentheses, stars or final
 * punctuation (see headerKey). The whole cell must match: a field line "Cơ quan chủ trì: Sở X" or a
 * sentence mentioning "nhiệm vụ" is not a header.
 */
const COLUMNS: { col: Col; re: RegExp }[] = [
  // "STT", "TT", "Số TT", "Số thứ tự"
  { col: 'stt', re: /^(?:stt|tt|số tt|số thứ tự)$/u },
  // "Tên nhiệm vụ", "Nhiệm vụ", "Nội dung", "Nội dung nhiệm vụ", "Nội dung công việc",
  // "Nhiệm vụ, giải pháp", "Tên đề án, nhiệm vụ", "Nhiệm vụ trọng tâm"; a drafting programme's "Tên văn bản";
  // an investment or digital programme's "Tên nhiệm vụ/dự án", "Nhiệm vụ, dự án", "Tên dự án"
  { col: 'task', re: /^(?:tên |nội dung )?(?:nhiệm vụ|nội dung|công việc|đề án|dự án|hoạt động|văn bản(?: quy phạm pháp luật)?)(?:[ ,/]+(?:nhiệm vụ|giải pháp|công việc|đề án|dự án|hoạt động|chủ yếu|trọng tâm|cụ thể|thực hiện))*$/u },
  // "Cơ quan chủ trì", "Đơn vị chủ trì", "Cơ quan, đơn vị chủ trì", "Cơ quan thực hiện", "Chủ trì",
  // "Cơ quan trình", "Cơ quan soạn thảo", "Cơ quan chủ trì soạn thảo"
  { col: 'lead', re: /^(?:(?:cơ quan|đơn vị|chủ thể)(?:[ ,/]+(?:cơ quan|đơn vị))*\s+)?(?:chủ trì|thực hiện|chịu trách nhiệm|được giao|trình|soạn thảo|chủ trì soạn thảo|chủ trì xây dựng|chủ trì thực hiện)(?: thực hiện)?$/u },
  // A table of proposals sent on for handling: "Thông tin đề xuất", "Nội dung kiến nghị", "Kiến nghị, đề xuất"
  // is the task; "Bộ phụ trách tiếp nhận, xử lý", "Cơ quan tiếp nhận, xử lý", "Đơn vị xử lý" leads it;
  // "Tỉnh kiến nghị", "Địa phương đề xuất" only says who asked.
  { col: 'task', re: /^(?:(?:nội dung|thông tin|tóm tắt) )?(?:kiến nghị|đề xuất)(?:[ ,/]+(?:kiến nghị|đề xuất))*$/u },
  { col: 'lead', re: /^(?:bộ|cơ quan|đơn vị|bộ, ngành)(?: phụ trách| chủ trì)?(?: tiếp nhận)?(?:[ ,/]+(?:tiếp nhận|xử lý|giải quyết|trả lời))+$|^(?:bộ|cơ quan|đơn vị) phụ trách$/u },
  { col: 'other', re: /^(?:tỉnh|thành phố|địa phương|đơn vị|cơ quan|bộ, ngành)(?:, (?:thành phố|đơn vị))? (?:kiến nghị|đề xuất)$/u },
  // "Cơ quan phối hợp", "Đơn vị phối hợp", "Phối hợp"
  { col: 'support', re: /^(?:(?:cơ quan|đơn vị)(?:[ ,/]+(?:cơ quan|đơn vị))*\s+)?phối hợp(?: thực hiện)?$/u },
  // "Thời gian hoàn thành", "Thời hạn", "Thời hạn hoàn thành", "Tiến độ", "Thời gian thực hiện", "Tiến độ thực hiện"
  { col: 'deadline', re: /^(?:(?:thời gian|thời hạn|tiến độ|mốc thời gian)(?: hoàn thành| thực hiện| trình)?(?: dự kiến)?|(?:dự kiến )?hoàn thành)$/u },
  // Columns we step over but must count: "Sản phẩm", "Kết quả dự kiến", "Ghi chú", "Kinh phí", "Cấp trình"
  { col: 'other', re: /^(?:dự kiến )?(?:sản phẩm|kết quả|ghi chú|kinh phí|nguồn kinh phí|hình thức văn bản|cấp trình|cấp ban hành)(?: [\p{L} ,/]{0,30})?$/u },
  // The person answerable, beside the body that leads: "Người đứng đầu chịu trách nhiệm", "Lãnh đạo phụ trách"
  { col: 'other', re: /^(?:người đứng đầu|người chịu trách nhiệm|lãnh đạo phụ trách|lãnh đạo chỉ đạo)(?: [\p{L} ,/]{0,30})?$/u },
  // Longer wordings, found by their key word: "Đơn vị chủ trì tham mưu", "Cơ quan, đơn vị phối hợp thực
  // hiện", "Thời gian dự kiến hoàn thành", "Mốc hoàn thành".
  { col: 'support', re: /^(?:[\p{L},/]+ ){0,4}phối hợp(?: [\p{L},/]+){0,3}$/u },
  { col: 'lead', re: /^(?:[\p{L},/]+ ){0,4}chủ trì(?: [\p{L},/]+){0,3}$/u },
  { col: 'deadline', re: /^(?:thời gian|thời hạn|tiến độ|thời điểm|mốc)(?: [\p{L},/]+){0,4}$/u },
];

/** A row's number, alone or glued to the task cell: "1", "12.", "3 Xây dựng …" (see rowNumber). */
const ROW_START = /^(\d{1,3})[.)]?(?=\s|$)/u;
/** A group row: "I.", "II. HOÀN THIỆN …", "A. …"; in a pipe table the STT cell "I" or "II.". */
const GROUP = /^(?:[IVXLC]{1,6}|[A-Z])[.)](?:\s|$)/u;
const ROMAN_CELL = /^[IVXLC]{1,6}[.)]?$/u;
/** A row of dots standing for rows left out ("…......"): it ends the row above; numbering may restart after it. */
const FILLER = /^[….·\s]{3,}$/u;
/** A flattened group row opens with "II. …" or with a cell holding only the numeral ("II"). */
const isGroupStart = (t: string): boolean => GROUP.test(t) || ROMAN_CELL.test(t);
/** A row of column numbers under the header: "(1) (2) (3) (4) (5)" (glued into one paragraph). */
const COLUMN_NUMBERS = /^(?:\(\d{1,2}\)\s*){2,}/u;
/** What a timing cell says, to put a lone trailing cell into the deadline column when a cell before it is empty. */
const TIMING = /^(?:quý|quí|tháng|năm|trước|trong|thường xuyên|hằng|hàng|định kỳ|từ|đến|giai đoạn|\d{1,2}\/\d{4}|\d{4})/iu;
/** A flattened row may gain paragraphs (a task cell with its own "- " lines); look this far for the next row. */
const SLACK = 4;

/** The row number a flattened cell opens with; a cell reading "3 tháng kể từ …" (a duration) is no row. */
function rowNumber(t: string): RegExpExecArray | null {
  const m = ROW_START.exec(t);
  return m && (m[0].length === t.length || isUpperStart(t.slice(m[0].length))) ? m : null;
}

const headerKey = (s: string): string =>
  s.toLowerCase().replace(/\([^)]*\)/gu, ' ').replace(/[*_:.]+/gu, ' ').replace(/\s+/gu, ' ').trim();

function columnOf(text: string): Col | null {
  const key = headerKey(text);
  if (!key || key.length > 60) return null;
  return COLUMNS.find((c) => c.re.test(key))?.col ?? null;
}

/** A header needs a task column and something that says who or when; each named column once. */
function validHeader(cols: Col[]): boolean {
  const named = cols.filter((c) => c !== 'other');
  return cols.length >= 3 && new Set(named).size === named.length && cols.includes('task') && (cols.includes('lead') || cols.includes('deadline'));
}

const para = (m: Mapped, line: number): Paragraph => ({ ...m, line });

export function findTaskTables(paras: Paragraph[], lineStarts?: number[], source?: string): TaskTable[] {
  // A helper that reads arbitrary text must not take the pipeline down with it.
  try {
    const src = source && lineStarts ? { source, lineStarts } : null;
    return [...flattenedTables(paras, src), ...pipeTables(paras, lineStarts, source)].sort((a, b) => a.start - b.start);
  } catch {
    return [];
  }
}

// ---- (a) flattened tables: one cell per paragraph -------------------------------------------

/** How many `|` lines of the source stand between two paragraphs, or null when the source is not at
 * hand. In a flattened table each `|` closes a cell, so the count places every cell in its column,
 * empty cells included (row ends take two: the closing `|` and the next row's opening one). */
type PipeGap = (a: Paragraph, b: Paragraph) => number | null;

interface PipeSource { source: string; lineStarts: number[] }

const isPipeLine = (src: PipeSource, ln: number): boolean => {
  const end = ln < src.lineStarts.length ? src.lineStarts[ln]! - 1 : src.source.length;
  return src.source.slice(src.lineStarts[ln - 1]!, end).trim() === '|';
};

function pipeGapOf(src: PipeSource | null): PipeGap {
  if (!src) return () => null;
  return (a, b) => {
    const last = a.map[Math.max(0, a.text.length - 1)];
    const first = b.map[0];
    if (last === undefined || first === undefined) return null;
    let n = 0;
    for (let ln = lineOf(src.lineStarts, last) + 1; ln < lineOf(src.lineStarts, first); ln++) if (isPipeLine(src, ln)) n++;
    return n;
  };
}

/** The normalizer may join lines across a `|` line ("1" ⏎ "|" ⏎ "Rà soát …" → "1 Rà soát …"): cut a
 * paragraph back into its cells wherever its source skips a `|` line. Each piece keeps the index of
 * the paragraph it came from. */
function cellPieces(paras: Paragraph[], from: number, src: PipeSource): { p: Paragraph; of: number }[] {
  const out: { p: Paragraph; of: number }[] = [];
  for (let i = from; i < paras.length; i++) {
    const p = paras[i]!;
    let start = 0;
    let prevLine = p.text.length ? lineOf(src.lineStarts, p.map[0]!) : 0;
    for (let k = 1; k < p.text.length; k++) {
      const ln = lineOf(src.lineStarts, p.map[k]!);
      if (ln > prevLine + 1 && isPipeLine(src, ln - 1)) {
        const piece = trim(slice(p, start, k));
        if (piece.text) out.push({ p: para(piece, lineOf(src.lineStarts, piece.map[0]!)), of: i });
        start = k;
      }
      prevLine = ln;
    }
    const piece = trim(slice(p, start, p.text.length));
    if (piece.text) out.push({ p: start ? para(piece, lineOf(src.lineStarts, piece.map[0]!)) : p, of: i });
  }
  return out;
}

function flattenedTables(paras: Paragraph[], src: PipeSource | null): TaskTable[] {
  const tables: TaskTable[] = [];
  const gap = pipeGapOf(src);
  for (let i = 0; i < paras.length; i++) {
    const cols: Col[] = [];
    let j = i;
    for (let c: Col | null; j < paras.length && (c = columnOf(paras[j]!.text)); j++) cols.push(c);
    if (!validHeader(cols)) continue;
    // Without an STT column rows can only be found by counting the source's `|` lines.
    if (cols[0] !== 'stt') {
      const table = src && cols.length > 1 && (gap(paras[i]!, paras[i + 1]!) ?? 0) >= 1 ? unnumberedTable(paras, j, cols, src, gap) : null;
      if (table) {
        tables.push({ start: i, ...table });
        i = table.end - 1;
      }
      continue;
    }
    // The header's cells stand one `|` apart when the source keeps its pipe lines: then every cell is
    // placed by counting them.
    if (src && (gap(paras[i]!, paras[i + 1]!) ?? 0) >= 1) {
      const pieces = cellPieces(paras, j, src);
      const table = flattenedRows(pieces.map((x) => x.p), 0, cols.slice(1), gap);
      if (table.rows.length) {
        const end = pieces[table.end - 1]!.of + 1;
        tables.push({ start: i, end, rows: table.rows });
        i = end - 1;
      }
      continue;
    }
    const table = flattenedRows(paras, j, cols.slice(1), () => null);
    if (table.rows.length) {
      tables.push({ start: i, end: table.end, rows: table.rows });
      i = table.end - 1;
    }
  }
  return tables;
}

/** A flattened table whose header has no STT column ("Nội dung | Cơ quan chủ trì | … | Thời hạn"):
 * each row starts where the `|` count comes back to the first column; a row that starts further
 * right (its task cell empty) adds to the row above. Rows are numbered in order. */
function unnumberedTable(paras: Paragraph[], from: number, cols: Col[], src: PipeSource, gap: PipeGap): { end: number; rows: TaskRow[] } | null {
  const pieces = cellPieces(paras, from, src);
  const ps = pieces.map((x) => x.p);
  const rows: TaskRow[] = [];
  let group: string | null = null;
  let lastSlot = cols.length;
  let i = 0;
  let end = 0;
  while (i < ps.length) {
    const p = ps[i]!;
    const at = i === 0 ? 0 : slotAfter(gap(ps[i - 1]!, p), lastSlot, cols);
    if (at === null || at < 0 || FILLER.test(p.text)) break;
    // A cell alone on its row, in capitals or numbered "I.", heads a group of rows.
    const alone = i + 1 >= ps.length || gap(p, ps[i + 1]!) === 2;
    if (at === 0 && alone && (isGroupStart(p.text) || isAllCaps(p.text))) {
      group = p.text;
      lastSlot = cols.length;
      i = end = i + 1;
      continue;
    }
    const read = slottedRow(ps, i, cols, gap, at + 1, p);
    const row = toRow(String(rows.length + 1), read.cells, group);
    if (at === 0 || !rows.length) rows.push(row);
    else mergeContinuation(rows, row);
    lastSlot = read.lastSlot;
    i = end = read.next;
  }
  if (!rows.some((r) => r.task.text && (r.lead || r.deadline))) return null;
  return { end: pieces[end - 1]!.of + 1, rows };
}

interface RowRead { cells: Map<Col, Paragraph>; next: number; lastSlot: number }

/** A row read by counting cells: it runs to the next row's number or the next group. */
function countedRow(paras: Paragraph[], i: number, cols: Col[], label: string, rest: Paragraph | null): RowRead {
  const cells: Paragraph[] = rest ? [rest] : [];
  let j = i + 1;
  let bounded = false;
  for (; j < paras.length && cells.length < cols.length + SLACK; j++) {
    const t = paras[j]!.text;
    const n = rowNumber(t);
    if ((n && +n[1]! > +label && +n[1]! <= +label + 2) || isGroupStart(t) || FILLER.test(t)) {
      bounded = true;
      break;
    }
    cells.push(paras[j]!);
  }
  if (!bounded && cells.length > cols.length) {
    // Last row: what follows the table is not part of it.
    j -= cells.length - cols.length;
    cells.length = cols.length;
  }
  return { cells: placeCells(cells, cols), next: j, lastSlot: cols.length };
}

/** A row read by its `|` lines: slot 0 is the STT cell, slot k the k-th column; the row ends when
 * the count passes its last column. A paragraph without a `|` before it continues its cell. */
function slottedRow(paras: Paragraph[], i: number, cols: Col[], gap: PipeGap, firstSlot: number, first: Paragraph | null): RowRead {
  const bySlot = new Map<number, Paragraph[]>();
  let slot = firstSlot;
  if (first) bySlot.set(slot, [first]);
  let j = i + 1;
  for (; j < paras.length; j++) {
    const s = slot + (gap(paras[j - 1]!, paras[j]!) ?? 1);
    if (s > cols.length || FILLER.test(paras[j]!.text)) break;
    slot = s;
    bySlot.set(s, [...(bySlot.get(s) ?? []), paras[j]!]);
  }
  const cells = new Map<Col, Paragraph>();
  for (const [k, ps] of bySlot) {
    const col = cols[k - 1];
    if (col && !cells.has(col)) cells.set(col, ps.length === 1 ? ps[0]! : para(concat(ps), ps[0]!.line));
  }
  return { cells, next: j, lastSlot: slot };
}

/** Where a paragraph after a row stands in the next row: the closing and opening `|` of the row
 * boundary and the cells left empty at the end of the row above come first. */
const slotAfter = (g: number | null, lastSlot: number, cols: Col[]): number | null => (g === null ? null : g - (cols.length - lastSlot) - 2);

function flattenedRows(paras: Paragraph[], from: number, cols: Col[], gap: PipeGap): { end: number; rows: TaskRow[] } {
  const rows: TaskRow[] = [];
  let group: string | null = null;
  let i = from;
  let end = from; // after the last row: a heading after the table is not part of it
  let lastSlot = cols.length;
  while (i < paras.length) {
    let p = paras[i]!;
    const nums = COLUMN_NUMBERS.exec(p.text);
    if (nums && rows.length === 0) p = para(trim(slice(p, nums[0].length, p.text.length)), p.line);
    if (!p.text || FILLER.test(p.text)) {
      i++;
      continue;
    }
    if (isGroupStart(p.text) || (isAllCaps(p.text) && !rowNumber(p.text))) {
      // "I." alone, its title in the next paragraph (the normalizer splits caps from non-caps).
      const next = paras[i + 1];
      const bare = ROMAN_CELL.test(p.text) && next && !rowNumber(next.text) && !isGroupStart(next.text);
      group = bare ? `${p.text} ${next.text}` : p.text;
      i += bare ? 2 : 1;
      continue;
    }
    const m = rowNumber(p.text);
    const at = i > from && rows.length ? slotAfter(gap(paras[i - 1]!, p), lastSlot, cols) : null;
    if (!m && !(at !== null && at >= 1)) break;
    if (!m) {
      // A row without a number: its STT cell is merged with the row above (a second lead, a second task).
      const read = slottedRow(paras, i, cols, gap, at!, p);
      mergeContinuation(rows, toRow(null, read.cells, group));
      ({ lastSlot } = read);
      i = end = read.next;
      continue;
    }
    const rest = trim(slice(p, m[0].length, p.text.length));
    const first = rest.text ? para(rest, p.line) : null;
    const read = gap(paras[i]!, paras[i + 1] ?? paras[i]!) === null ? countedRow(paras, i, cols, m[1]!, first) : slottedRow(paras, i, cols, gap, first ? 1 : 0, first);
    rows.push(toRow(m[1]!, read.cells, group));
    lastSlot = read.lastSlot;
    i = end = read.next;
  }
  return { end, rows };
}

/** A row without a number: with a task of its own it is a row; with only a lead, support or deadline
 * it adds to the row above (two lead cells for one task). */
function mergeContinuation(rows: TaskRow[], row: TaskRow): void {
  const prev = rows[rows.length - 1]!;
  if (row.task.text) {
    rows.push({ ...row, label: prev.label });
    return;
  }
  const join = (a: Paragraph | null, b: Paragraph | null): Paragraph | null => (a && b ? para(concat([a, b], '; '), a.line) : a ?? b);
  rows[rows.length - 1] = { ...prev, lead: join(prev.lead, row.lead), support: join(prev.support, row.support), deadline: prev.deadline ?? row.deadline };
}

/**
 * Cells → columns. Too many: the task cell held paragraphs of its own ("gồm:" ⏎ "- …"), so the extra
 * ones join it. Too few: an empty cell left no trace; it is the last one (a missing deadline) unless
 * the last cell reads as a time, which then goes to the deadline column.
 */
function placeCells(cells: Paragraph[], cols: Col[]): Map<Col, Paragraph> {
  const out = new Map<Col, Paragraph>();
  const t = Math.max(0, cols.indexOf('task'));
  let list = cells;
  if (cells.length > cols.length) {
    const extra = cells.length - cols.length;
    const joined = para(concat(cells.slice(t, t + extra + 1)), cells[t]!.line);
    list = [...cells.slice(0, t), joined, ...cells.slice(t + extra + 1)];
  }
  list.forEach((c, k) => {
    if (c.text) out.set(cols[k]!, c);
  });
  const last = list[list.length - 1];
  const lastCol = cols[list.length - 1];
  if (list.length < cols.length && last && lastCol && lastCol !== 'task' && !out.has('deadline') && cols.includes('deadline') && TIMING.test(last.text)) {
    out.delete(lastCol);
    out.set('deadline', last);
  }
  return out;
}

function toRow(label: string | null, cells: Map<Col, Paragraph>, group: string | null): TaskRow {
  const task = cells.get('task') ?? { text: '', map: [0], line: 1 };
  return { label, task, lead: cells.get('lead') ?? null, support: cells.get('support') ?? null, deadline: cells.get('deadline') ?? null, group };
}

// ---- (b) Markdown pipe tables: one row per source line ----------------------------------------

/**
 * The source lines of a paragraph. The normalizer joins lines with a space mapped to the next line's
 * first character; an ordinary space maps to a character of its own.
 */
function sourceLines(p: Paragraph): { line: Mapped; index: number }[] {
  const out: { line: Mapped; index: number }[] = [];
  let start = 0;
  for (let k = 0; k <= p.text.length; k++) {
    const join = k < p.text.length && p.text[k] === ' ' && p.map[k] === p.map[k + 1];
    if (k === p.text.length || join) {
      out.push({ line: slice(p, start, k), index: out.length });
      start = k + 1;
    }
  }
  return out;
}

/**
 * Cells of a pipe row, or null when the line is not one. A cell may hold an escaped `\|`; the normalizer
 * has already dropped the backslash, which shows in the map as exactly one source character skipped
 * right before the `|` (after an ASCII character or a space; a precomposed letter of NFD text also
 * spans two source characters, so it proves nothing).
 */
function pipeCells(line: Mapped, source?: string): Mapped[] | null {
  const t = line.text;
  if (!t.startsWith('|') || !t.endsWith('|') || t.length < 3) return null;
  const cuts: number[] = [];
  for (let k = 0; k < t.length; k++) {
    if (t[k] !== '|') continue;
    // With the source at hand, look at the skipped character: an empty cell "|  |" whose two spaces
    // were collapsed also skips one, and reading it as "\|" lost every row with empty cells.
    const skipped = k > 0 && line.map[k]! - line.map[k - 1]! === 2;
    const escaped = k > 0 && (t[k - 1] === '\\' || (skipped && (source !== undefined ? source[line.map[k]! - 1] === '\\' : /[\x20-\x7e]/u.test(t[k - 1]!))));
    if (!escaped) cuts.push(k);
  }
  if (cuts[0] !== 0 || cuts[cuts.length - 1] !== t.length - 1 || cuts.length < 3) return null;
  return cuts.slice(0, -1).map((a, n) => trim(slice(line, a + 1, cuts[n + 1]!)));
}

interface PipeLine { para: number; line: number; cells: Mapped[] | null }

/** A row may be split over several source lines ("| 1 | Rà soát hồ sơ" ⏎ "đất đai | Sở X | Quý II |"):
 * a line that opens with `|` but does not close with one takes the lines after it until one does. */
const RAGGED_MAX = 8;

function raggedRowsJoined<T extends { text: Mapped; para: number }>(raw: T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    const t = r.text.text;
    if (!t.startsWith('|') || t.endsWith('|') || t.length < 2) {
      out.push(r);
      continue;
    }
    let j = i + 1;
    while (j < raw.length && j - i <= RAGGED_MAX && !raw[j]!.text.text.startsWith('|') && !raw[j]!.text.text.endsWith('|')) j++;
    const closes = j < raw.length && j - i <= RAGGED_MAX && !raw[j]!.text.text.startsWith('|');
    if (!closes) {
      out.push(r);
      continue;
    }
    out.push({ ...r, text: concat(raw.slice(i, j + 1).map((x) => x.text)) });
    i = j;
  }
  return out;
}

/** A header set over two rows ("| STT | Nội dung | Cơ quan thực hiện | | Thời hạn |" then
 * "| | | Chủ trì | Phối hợp | |"): the second row's names refine the columns under the merged cell. */
function subHeader(lines: PipeLine[], i: number, cols: Col[]): { cols: Col[]; next: number } | null {
  let j = i + 1;
  while (j < lines.length && lines[j]!.cells?.every((c) => /^:?-*:?$/u.test(c.text))) j++;
  const cells = lines[j]?.cells;
  const filled = cells?.filter((c) => c.text) ?? [];
  if (!cells || !filled.length || !filled.every((c) => columnOf(c.text))) return null;
  const refined = cols.map((c, k) => (cells[k]?.text ? columnOf(cells[k]!.text)! : c));
  return { cols: refined, next: j + 1 };
}

function pipeTables(paras: Paragraph[], lineStarts?: number[], source?: string): TaskTable[] {
  // Every source line of every paragraph, with its cells if it is a pipe row.
  const raw: { para: number; line: number; text: Mapped }[] = [];
  paras.forEach((p, i) => {
    for (const { line, index } of sourceLines(p)) {
      // Without the source's line starts, count the joins (a dropped "|---|" line makes it one short).
      const ln = lineStarts && line.map.length > 0 ? lineOf(lineStarts, line.map[0]!) : p.line + index;
      raw.push({ para: i, line: ln, text: line });
    }
  });
  const lines: PipeLine[] = raggedRowsJoined(raw).map((r) => ({ para: r.para, line: r.line, cells: pipeCells(r.text, source) }));
  const tables: TaskTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!.cells;
    if (!head) continue;
    const cols = head.map((c) => columnOf(c.text) ?? 'other');
    const sub = [subHeader(lines, i, cols)].find((x) => x && validHeader(x.cols)) ?? null;
    if (!validHeader(sub?.cols ?? cols) || (sub?.cols ?? cols).filter((c) => c !== 'other').length < 3) continue;
    if (sub) cols.splice(0, cols.length, ...sub.cols);
    const rows: TaskRow[] = [];
    let group: string | null = null;
    let j = sub ? sub.next : i + 1;
    for (; j < lines.length && lines[j]!.cells; j++) {
      const { cells, line } = lines[j] as { cells: Mapped[]; line: number };
      if (cells.every((c) => /^:?-*:?$/u.test(c.text))) continue; // the "|---|---|" rule, if still there
      const byCol = new Map<Col, Paragraph>();
      cols.forEach((c, k) => {
        const cell = cells[k];
        if (cell && cell.text && !byCol.has(c)) byCol.set(c, para(cell, line));
      });
      const stt = byCol.get('stt')?.text ?? '';
      const filled = cells.filter((c) => c.text);
      // "| **I** | **THEO DÕI, CẢNH BÁO** | | | |": a group heading, not a task.
      if (ROMAN_CELL.test(stt) || GROUP.test(stt) || (filled.length > 0 && filled.every((c) => isAllCaps(c.text) || ROMAN_CELL.test(c.text)) && !ROW_START.test(stt))) {
        group = filled.map((c) => c.text).join(' ');
        continue;
      }
      if (!byCol.get('task')) {
        // "| | | Sở Y tế | | |": a row without number or task adds its cells to the row above.
        if (!stt && rows.length) mergeContinuation(rows, toRow(null, byCol, group));
        continue;
      }
      const label = ROW_START.exec(stt)?.[1] ?? (stt || null);
      rows.push(toRow(label, byCol, group));
    }
    if (rows.length) {
      tables.push({ start: lines[i]!.para, end: lines[j - 1]!.para + 1, rows });
    }
    i = j - 1;
  }
  return tables;
}
