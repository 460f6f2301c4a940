// segment: paragraphs → a structure tree (sections, items, plain paragraphs), header and footer
// set apart. remark-parse reads the markdown emphasis of each paragraph's source.
import type { Normalized, Paragraph } from '../normalize/index.js';
import type { SectionNode } from '../schema/index.js';
import { type Mapped, isAllCaps, isLowerStart, slice, spanOf, trim } from '../util/text.js';
import { type Header, readHeader } from './header.js';
import { LETTERS, matchMarker, rankOf } from './markers.js';
import { emphasisOf } from './emphasis.js';
import { findTaskTables } from './tables.js';
import { readField } from './fields.js';
import { repairParagraphs } from './repairs.js';

export type NodeKind = 'root' | 'item' | 'para' | 'heading' | 'preamble' | 'closing' | 'footer' | 'field';

export interface Node {
  kind: NodeKind;
  /** Marker type ('roman', 'num', 'letter', 'dash', …) or null for unmarked paragraphs. */
  type: string | null;
  /** Label used in paths: "III", "2", "a", "-3" (third dash), "¶2" (second plain paragraph). */
  label: string;
  /** The paragraph without its marker. */
  text: Mapped;
  /** The marker as written ("c)", "1.", "-"), or null. */
  marker: Mapped | null;
  para: Paragraph | null;
  children: Node[];
  parent: Node | null;
  emphasis: string[];
  /** "Thời gian hoàn thành: …"-style lines that qualify this item. */
  fields: { name: string; value: Mapped }[];
  /** In an attached document (Kế hoạch, Quy chế … kèm theo) or an appendix. */
  zone: 'body' | 'attachment' | 'appendix';
}

export interface Segmented {
  header: Header;
  root: Node;
  warnings: { code: string; message: string; span: { start: number; end: number; line: number } }[];
}

const CLOSING = /(?:xin\s+)?thông báo (?:để|ý kiến|kết luận)|gửi kèm theo\)?\.?\/?$|^\(.*kèm theo.*\)\.?\/?\.?$/u;
/** The last sentence of the text proper ends with "./."; it belongs to the document, not to the last item. */
const SECTION_TYPES = new Set(['phan', 'chuong', 'muc', 'dieu', 'roman']);
const FINAL_SENTENCE = /\.\s*\/\s*\.?\s*$/u;
const ATTACHED_TITLE = /^(?:KẾ HOẠCH|QUY CHẾ|QUY ĐỊNH(?! CHUNG| CỤ THỂ)|ĐỀ ÁN|CHƯƠNG TRÌNH|HƯỚNG DẪN|PHƯƠNG ÁN|DANH MỤC)(?![\p{L}])/u;
const APPENDIX = /^(?:PHỤ LỤC|Phụ lục)(?![\p{L}])/u;

function newNode(kind: NodeKind, type: string | null, label: string, text: Mapped, para: Paragraph | null, parent: Node | null): Node {
  return { kind, type, label, text, marker: null, para, children: [], parent, emphasis: [], fields: [], zone: parent?.zone ?? 'body' };
}

/** A second "d)" right after a "d)" is really "đ)" (a typing slip the Vietnamese alphabet invites). */
function repairLetter(prev: Node | undefined, label: string): string {
  if (!prev || prev.type !== 'letter') return label;
  const want = LETTERS[LETTERS.indexOf(prev.label) + 1];
  if (label === prev.label && want) return want;
  return label;
}

export function segment(normalized: Normalized): Segmented {
  // Paragraph breaks the normalizer could not judge are mended first; header and tree read the result.
  const n: Normalized = { ...normalized, paragraphs: repairParagraphs(normalized.paragraphs, normalized.lineStarts, normalized.source).paras };
  const header = readHeader(n);
  const root = newNode('root', null, '', { text: '', map: [0] }, null, null);
  const warnings: Segmented['warnings'] = [];
  let stack: Node[] = [root];
  let zone: Node['zone'] = 'body';
  let inFooter = false;
  const paras = n.paragraphs;
  // Task tables (a Phụ lục "STT | Tên nhiệm vụ | Cơ quan chủ trì | …"): one item per row, keyed by first paragraph.
  const tableAt = new Map(findTaskTables(paras, n.lineStarts, n.source).map((t) => [t.start, t]));

  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    const t = p.text;
    if (i < header.bodyStart) {
      root.children.push(newNode('preamble', null, `h${i + 1}`, p, p, root));
      continue;
    }
    if (i >= header.footerStart && !inFooter && zone === 'body') inFooter = true;
    if (inFooter) {
      // An attached document (the plan a Quyết định issues) or an appendix starts a body again.
      if (isAllCaps(t) && (ATTACHED_TITLE.test(t) || APPENDIX.test(t))) {
        inFooter = false;
        zone = APPENDIX.test(t) ? 'appendix' : 'attachment';
        stack = [root];
      } else {
        root.children.push(newNode('footer', null, `f${i + 1}`, p, p, root));
        continue;
      }
    }
    const table = tableAt.get(i);
    if (table) {
      // "PL" (then "PL2", …) holds the rows; each row is an item whose cells become its fields, so
      // extract reads who and when from the cells, never from the task text.
      const count = root.children.filter((c) => c.type === 'table').length;
      const host = newNode('item', 'table', count ? `PL${count + 1}` : 'PL', p, p, root);
      host.zone = zone;
      root.children.push(host);
      const seen = new Set<string>();
      table.rows.forEach((r, k) => {
        if (!r.task.text) return;
        // Numbering that restarts under each group would give two rows one path.
        const label = r.label && !seen.has(r.label) ? r.label : String(k + 1);
        seen.add(label);
        const row = newNode('item', 'row', label, r.task, r.task, host);
        row.zone = zone;
        const cells = [['Cơ quan chủ trì', r.lead], ['Cơ quan phối hợp', r.support], ['Thời hạn', r.deadline]] as const;
        for (const [name, value] of cells) if (value) row.fields.push({ name, value });
        host.children.push(row);
      });
      stack = [root];
      i = table.end - 1;
      continue;
    }
    if (/^Nơi nhận/u.test(t) || (/^(?:TM\.|KT\.|T\/M|TL\.|TUQ\.)/u.test(t) && isAllCaps(t))) {
      inFooter = true;
      root.children.push(newNode('footer', null, `f${i + 1}`, p, p, root));
      continue;
    }
    const prevText = paras[i - 1]?.text ?? '';
    const afterChapter = /^(?:CHƯƠNG|Chương|MỤC|Mục|PHẦN|Phần)\s+[\dIVXLC]+[.:]?$/u.test(prevText);
    if (isAllCaps(t) && (ATTACHED_TITLE.test(t) || APPENDIX.test(t)) && zone === 'body' && i > header.bodyStart + 3 && !afterChapter) {
      zone = APPENDIX.test(t) ? 'appendix' : 'attachment';
      stack = [root];
    }

    const mk = matchMarker(t);
    const body = mk ? trim(slice(p, mk.length, t.length)) : p;
    // "- Chủ trì: Phòng Kinh tế; phối hợp: các thôn." under a task is a field of it, bullet or not.
    if (mk && (mk.type === 'dash' || mk.type === 'plus') && readField(body.text)) {
      while (stack.length > 1 && stack[stack.length - 1]!.type === mk.type) stack.pop();
    }
    const top = stack[stack.length - 1]!;
    const fieldText = mk && (mk.type === 'dash' || mk.type === 'plus') ? body : p;
    const field = readField(fieldText.text);
    if ((!mk || fieldText === body) && field && top !== root) {
      // Belongs to the item above it; "+" sub-bullets share the one line that follows the group.
      const owner = top.type === 'plus' && top.parent ? top.parent : top;
      owner.fields.push({ name: field.name, value: trim(slice(fieldText, field.length, fieldText.text.length)) });
      const fnode = newNode('field', null, field.name, p, p, owner);
      fnode.zone = zone;
      owner.children.push(fnode);
      continue;
    }
    if (!mk) {
      const top0 = stack[stack.length - 1]!;
      // "Điều 3." on its own line, its title on the next: the title is the article's own text.
      if (top0.kind === 'item' && !top0.text.text && top0.children.length === 0 && t.length < 160 && !/[.;]$/u.test(t)) {
        top0.text = p;
        continue;
      }
      const kind: NodeKind = CLOSING.test(t) ? 'closing' : isAllCaps(t) && t.length < 200 && /^\p{L}/u.test(t) ? 'heading' : 'para';
      if (kind === 'heading' && !/:$/u.test(t)) stack = [root];
      if (FINAL_SENTENCE.test(t) || kind === 'closing') {
        // It closes the innermost section (a Kế hoạch's "III. TỔ CHỨC THỰC HIỆN", an Điều), or the
        // document when there is no section — never the last numbered or lettered item.
        let k = stack.length - 1;
        while (k > 0 && !SECTION_TYPES.has(stack[k]!.type ?? '')) k--;
        stack = stack.slice(0, k + 1);
      }
      const host = kind === 'heading' ? root : stack[stack.length - 1]!;
      // A fragment starting in lower case with no item to hold it: its sentence was lost (a page
      // break, a cut the normalizer could not mend). Kept, and reported for `validate --strict`.
      if (host === root && kind === 'para' && isLowerStart(t)) {
        warnings.push({ code: 'unplaced-text', message: `text outside the structure: "${t.slice(0, 60)}"`, span: spanOf(p, n.lineStarts) });
      }
      const count = host.children.filter((c) => c.kind === 'para').length + 1;
      const node = newNode(kind, null, kind === 'para' ? `¶${count}` : kind, p, p, host);
      node.zone = zone;
      node.emphasis = emphasisOf(n.source, p);
      host.children.push(node);
      continue;
    }

    // Find the parent: the nearest open item of the same kind is a sibling; else nest by rank.
    let idx = stack.findIndex((s) => s.type === mk.type);
    if (idx >= 0) stack = stack.slice(0, idx);
    else {
      const r = rankOf(mk.type);
      while (stack.length > 1 && rankOf(stack[stack.length - 1]!.type!) >= r && stack[stack.length - 1]!.kind === 'item') stack.pop();
    }
    const parent = stack[stack.length - 1]!;
    const siblings = parent.children.filter((c) => c.type === mk.type);
    let label = mk.label;
    if (mk.type === 'letter') label = repairLetter(siblings[siblings.length - 1], label);
    if (mk.type === 'dash' || mk.type === 'plus') label = `${mk.type === 'dash' ? '-' : '+'}${siblings.length + 1}`;
    if (mk.type === 'ordinal') label = String(siblings.length + 1);
    const node = newNode('item', mk.type, label, body, p, parent);
    node.marker = trim(slice(p, 0, mk.length));
    node.zone = zone;
    node.emphasis = emphasisOf(n.source, p);
    parent.children.push(node);
    stack.push(node);
    void idx;
  }
  return { header, root, warnings };
}

/** The public structure tree (schema `sections`): items, headings and paragraphs, and the preamble,
 * closing formula and footer as nodes of their own kinds, so that nothing of the text is lost. */
export function toSections(root: Node, lineStarts: number[]): SectionNode[] {
  const conv = (node: Node): SectionNode => ({
    label: node.label,
    kind: node.type ?? node.kind,
    heading: node.text.text.slice(0, 120),
    span: spanOf(node.para ?? node.text, lineStarts),
    ...(node.emphasis.length ? { emphasis: node.emphasis } : {}),
    children: node.children.map(conv),
  });
  return root.children.map(conv);
}
