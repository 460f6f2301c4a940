// Repairs of the paragraph list before the tree is built: line breaks the normalizer could not
// judge from one line alone, seen here with both paragraphs at hand. Each repair joins a paragraph
// to the one before it; all are named rules whose examples run as tests.
import type { Paragraph } from '../normalize/index.js';
import { type Mapped, concat, isAllCaps, lineOf, slice, trim } from '../util/text.js';
import { matchMarker } from './markers.js';

export interface RepairRule {
  id: string;
  description: string;
  /** Made-up documents: in a "fires" one the rule joins two paragraphs; in a "skips" one it does not. */
  examples: { fires: string[]; skips: string[] };
  /** The joined paragraph, or null to leave the two apart. */
  join(prev: Paragraph, cur: Paragraph, lineStarts: number[], source: string): Mapped | null;
}

/** Running text that stops without ending its sentence. */
const OPEN_END = (t: string): boolean => t.length >= 20 && !isAllCaps(t) && !/[.;:!?…)\]"”]\s*$/u.test(t) && !/\.\/\.?\s*$/u.test(t);
/** Words that cannot end a sentence: a preposition, a conjunction, a quantifier waiting for its noun. */
const DANGLING = /(?<![\p{L}])(?:với|và|của|cho|các|những|tại|theo|trên|về|để|đến|từ|trong|là|hoặc|bằng|do|giao|thuộc|gồm|như|thành|vào|sau|trước)\s*$/u;
/** Heads of bodies and verbs that open a new task after a dash; a place name's second half is neither. */
const NOT_NAME_HALF = /^(?:Sở|Bộ|Ban|Ủy|UBND|Cục|Công|Văn|Trung|Các|Chi|Hội|Viện|Trường|Phòng|Đội|Tổ|Chủ|Giám|Phó|Bí|Thủ|Trưởng|Tổng)(?![\p{L}])/u;

export const REPAIR_RULES: RepairRule[] = [
  {
    id: 'repair/page-number-glued',
    description: 'a page number alone on its line, glued by the normalizer to the next line, inside an unfinished sentence: dropped, the sentence joined',
    examples: {
      fires: ['1. Sở Nội vụ chủ trì, phối hợp với các\n\n12\n\nSở Tư pháp rà soát biên chế.'],
      skips: ['1. Sở Nội vụ rà soát biên chế.\n\n12 Sở Tư pháp rà soát biên chế.'],
    },
    join(prev, cur, lineStarts, source) {
      const m = /^\d{1,3}\s+(?=\p{L})/u.exec(cur.text);
      if (!m || !OPEN_END(prev.text)) return null;
      // The number stood on a source line of its own, with no table pipe between it and the text.
      const numLine = lineOf(lineStarts, cur.map[0]!);
      const textLine = lineOf(lineStarts, cur.map[m[0].length]!);
      if (numLine === textLine || pipeBetween(numLine, textLine, lineStarts, source)) return null;
      return concat([prev, trim(slice(cur, m[0].length, cur.text.length))]);
    },
  },
  {
    id: 'repair/dangling-word-wrap',
    description: 'a paragraph that ends on a word that cannot end a sentence ("phối hợp với") continues on the next, even when that starts with a capital',
    examples: {
      fires: ['KẾ HOẠCH\nVề cấp nước\n\n1. Giao Sở Xây dựng chủ trì, phối hợp với\nSở Tài chính rà soát hệ thống cấp nước.\n\n2. Giao Sở Y tế phối hợp với Ủy ban nhân dân\n\nTỉnh kiểm tra chất lượng nước.\n\n3. Sở Nội vụ chủ trì, phối hợp với\n\nSở Tư pháp rà soát.\n'],
      skips: ['3. Sở Nội vụ chủ trì rà soát biên chế.\n\nSở Tư pháp kiểm tra hồ sơ.', '3. Sở Nội vụ chủ trì, phối hợp với\n\na) Sở Tư pháp rà soát.'],
    },
    join(prev, cur) {
      if (!OPEN_END(prev.text) || !DANGLING.test(prev.text) || matchMarker(cur.text) || isAllCaps(cur.text)) return null;
      return concat([prev, cur]);
    },
  },
  {
    id: 'repair/hyphenated-name-wrap',
    description: 'a line break before the "- " of a hyphenated name ("… Bình Minh⏎- Hòa Phú có trách nhiệm …") is not a new dash item',
    examples: {
      fires: ['2. Giao Công ty cổ phần Cấp nước Bình Minh\n- Hòa Phú bảo đảm cấp nước liên tục.'],
      skips: ['2. Giao Công ty cổ phần Cấp nước Bình Minh:\n- Sở Xây dựng kiểm tra.', '3. Cục Đường bộ Việt Nam\n- Chỉ đạo các khu quản lý đường bộ.'],
    },
    join(prev, cur) {
      const m = /^-\s+(\p{Lu}\p{Ll}*)\s+\p{Lu}\p{Ll}*(?![\p{L}])/u.exec(cur.text);
      if (!m || NOT_NAME_HALF.test(m[1]!) || !OPEN_END(prev.text) || !/(?:^|\s)\p{Lu}\p{Ll}*$/u.test(prev.text)) return null;
      return concat([prev, cur]);
    },
  },
];

/** A table's rule or pipe line stands between the two: they are cells, not halves of a sentence. */
function pipeBetween(fromLine: number, toLine: number, lineStarts: number[], source: string): boolean {
  for (let ln = fromLine + 1; ln < toLine; ln++) {
    const end = ln < lineStarts.length ? lineStarts[ln]! - 1 : source.length;
    const t = source.slice(lineStarts[ln - 1]!, end).trim();
    if (t && /^(?:\|+|[-=_*|\s]{3,})$/u.test(t)) return true;
  }
  return false;
}

function cellBoundary(prev: Paragraph, cur: Paragraph, lineStarts: number[], source: string): boolean {
  const to = lineOf(lineStarts, cur.map[0]!);
  if (pipeBetween(lineOf(lineStarts, prev.map[Math.max(0, prev.text.length - 1)]!), to, lineStarts, source)) return true;
  // A table row set out on one line ("| 1 | … |") is never half a sentence either.
  return /^\|/u.test(source.slice(lineStarts[to - 1]!, lineStarts[to - 1]! + 2)) || /\|\s*$/u.test(prev.text);
}

/** The paragraphs with every repair applied; `fired` lists each rule that joined two. */
export function repairParagraphs(paras: Paragraph[], lineStarts: number[], source: string): { paras: Paragraph[]; fired: string[] } {
  const out: Paragraph[] = [];
  const fired: string[] = [];
  for (const p of paras) {
    const prev = out[out.length - 1];
    let joined: Mapped | null = null;
    for (const r of prev && !cellBoundary(prev, p, lineStarts, source) ? REPAIR_RULES : []) {
      joined = r.join(prev!, p, lineStarts, source);
      if (joined) {
        fired.push(r.id);
        break;
      }
    }
    if (joined) out[out.length - 1] = { ...joined, line: prev!.line };
    else out.push(p);
  }
  return { paras: out, fired };
}
