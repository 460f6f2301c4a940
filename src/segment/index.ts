// segment: paragraphs → a structure tree (sections, items, plain paragraphs), header and footer
// set apart. remark-parse reads the markdown emphasis of each paragraph's source.
import type { Normalized, Paragraph } from '../normalize/index.js';
import type { SectionNode } from '../schema/index.js';
import { type Mapped, isAllCaps, isLowerStart, slice, spanOf, trim } from '../util/text.js';
import { type Header, readHeader } from './header.js';
import { LETTERS, matchMarker, rankOf } from './markers.js';
import { emphasisOf } from './emphasis.js';
import { type TaskTable, findTaskTables } from './tables.js';
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
/** After the signature nothing but an appendix follows, so "Phụ lục 2", "Phụ lục kèm theo …" or a
 * "DANH MỤC NHIỆM VỤ" title opens one in any case; in the body the title must be in capitals. */
const APPENDIX_AFTER_FOOTER = /^(?:PHỤ LỤC|Phụ lục|DANH MỤC (?:CÁC )?NHIỆM VỤ|Danh mục (?:các )?nhiệm vụ)(?![\p{L}])/u;

// Counts over a node's children, read incrementally (children are only ever appended): filtering all
// children for every new paragraph or item was quadratic on long documents.
const tallies = new WeakMap<Node, Map<string, { seen: number; count: number; last: Node | undefined }>>();
function childTally(host: Node, key: string, pred: (c: Node) => boolean): { count: number; last: Node | undefined } {
  let byKey = tallies.get(host);
  if (!byKey) tallies.set(host, (byKey = new Map()));
  let t = byKey.get(key);
  if (!t) byKey.set(key, (t = { seen: 0, count: 0, last: undefined }));
  for (; t.seen < host.children.length; t.seen++) {
    const c = host.children[t.seen]!;
    if (pred(c)) {
      t.count++;
      t.last = c;
    }
  }
  return t;
}

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

/** The walk's state: the open items (innermost last), the zone, whether the footer is reached. */
interface Walk {
  n: Normalized;
  header: Header;
  root: Node;
  warnings: Segmented['warnings'];
  stack: Node[];
  zone: Node['zone'];
  inFooter: boolean;
  tableAt: Map<number, TaskTable>;
}

/** One step of the walk: it takes paragraph i (returning the next index to read) or passes (null). */
type Step = (w: Walk, i: number) => number | null;

export function segment(normalized: Normalized): Segmented {
  // Paragraph breaks the normalizer could not judge are mended first; header and tree read the result.
  const n: Normalized = { ...normalized, paragraphs: repairParagraphs(normalized.paragraphs, normalized.lineStarts, normalized.source).paras };
  const header = readHeader(n);
  const root = newNode('root', null, '', { text: '', map: [0] }, null, null);
  // Task tables (a Phụ lục "STT | Tên nhiệm vụ | Cơ quan chủ trì | …"): one item per row, keyed by first paragraph.
  const tableAt = new Map(findTaskTables(n.paragraphs, n.lineStarts, n.source).map((t) => [t.start, t]));
  const w: Walk = { n, header, root, warnings: [], stack: [root], zone: 'body', inFooter: false, tableAt };
  for (let i = 0; i < n.paragraphs.length;) {
    let next: number | null = null;
    for (const step of STEPS) if ((next = step(w, i)) !== null) break;
    i = next ?? i + 1;
  }
  return { header, root, warnings: w.warnings };
}

/** The header block before the body: kept as preamble nodes. */
const preamble: Step = (w, i) => {
  // A task table glued to the trích yếu above it (no blank line between) is the body, not the header.
  if (i >= w.header.bodyStart || w.tableAt.has(i)) return null;
  const p = w.n.paragraphs[i]!;
  w.root.children.push(newNode('preamble', null, `h${i + 1}`, p, p, w.root));
  return i + 1;
};

/** The decisions of the walk that open a zone, as documented rules (their examples run in
 * test/structure/appendix-after-footer.test.ts: a "fires" document has an appendix or attachment
 * node after its footer, a "skips" one has none). */
export const ZONE_RULES: { id: string; description: string; examples: { fires: string[]; skips: string[] } }[] = [
  {
    id: 'zone/after-footer',
    description: 'after the signature block, a "Phụ lục …" / "DANH MỤC NHIỆM VỤ" title (any case, bold or not), a capitalised KẾ HOẠCH / QUY CHẾ … title or a task table starts a body again',
    examples: {
      fires: [
        '1. Sở Y tế kiểm tra.\n\nNơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n**Phụ lục 2**\n\n1. Sở Xây dựng rà soát.',
        '1. Sở Y tế kiểm tra.\n\nNơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n| STT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành |\n| --- | --- | --- | --- |\n| 1 | Rà soát hồ sơ | Sở Xây dựng | 2026 |',
      ],
      skips: [
        '1. Sở Y tế kiểm tra.\n\nNơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn An',
        '1. Sở Y tế kiểm tra.\n\nNơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nDanh sách gửi kèm theo',
      ],
    },
  },
];

/** In the footer everything is footer, until an attached document (the plan a Quyết định issues) or an appendix starts a body again. */
const footer: Step = (w, i) => {
  const p = w.n.paragraphs[i]!;
  if (i >= w.header.footerStart && !w.inFooter && w.zone === 'body') w.inFooter = true;
  if (!w.inFooter) return null;
  const title = p.text.replace(/^[*_#\s]+/u, '');
  // A task table straight after the signature is an appendix even without a title.
  if (w.tableAt.has(i) || APPENDIX_AFTER_FOOTER.test(title) || (isAllCaps(title) && ATTACHED_TITLE.test(title))) {
    w.inFooter = false;
    w.zone = w.tableAt.has(i) || APPENDIX_AFTER_FOOTER.test(title) ? 'appendix' : 'attachment';
    w.stack = [w.root];
    return null;
  }
  w.root.children.push(newNode('footer', null, `f${i + 1}`, p, p, w.root));
  return i + 1;
};

/** A task table: "PL" (then "PL2", …) holds the rows; each row is an item whose cells become its
 * fields, so extract reads who and when from the cells, never from the task text. */
const table: Step = (w, i) => {
  const t = w.tableAt.get(i);
  if (!t) return null;
  const p = w.n.paragraphs[i]!;
  const count = childTally(w.root, 'type:table', (c) => c.type === 'table').count;
  const host = newNode('item', 'table', count ? `PL${count + 1}` : 'PL', p, p, w.root);
  host.zone = w.zone;
  w.root.children.push(host);
  const seen = new Set<string>();
  t.rows.forEach((r, k) => {
    if (!r.task.text) return;
    // Numbering that restarts under each group would give two rows one path.
    const label = r.label && !seen.has(r.label) ? r.label : String(k + 1);
    seen.add(label);
    const row = newNode('item', 'row', label, r.task, r.task, host);
    row.zone = w.zone;
    const cells = [['Cơ quan chủ trì', r.lead], ['Cơ quan phối hợp', r.support], ['Thời hạn', r.deadline]] as const;
    for (const [name, value] of cells) if (value) row.fields.push({ name, value });
    host.children.push(row);
  });
  w.stack = [w.root];
  return t.end;
};

/** "Nơi nhận" or a capitalised authority line ("TM. ỦY BAN NHÂN DÂN") starts the footer. */
const signature: Step = (w, i) => {
  const p = w.n.paragraphs[i]!;
  if (!(/^Nơi nhận/u.test(p.text) || (/^(?:TM\.|KT\.|T\/M|TL\.|TUQ\.)/u.test(p.text) && isAllCaps(p.text)))) return null;
  w.inFooter = true;
  w.root.children.push(newNode('footer', null, `f${i + 1}`, p, p, w.root));
  return i + 1;
};

/** The title of an attached document or appendix inside the body opens its zone (never right after a chapter label). */
const attachment: Step = (w, i) => {
  const t = w.n.paragraphs[i]!.text;
  const afterChapter = /^(?:CHƯƠNG|Chương|MỤC|Mục|PHẦN|Phần)\s+[\dIVXLC]+[.:]?$/u.test(w.n.paragraphs[i - 1]?.text ?? '');
  if (isAllCaps(t) && (ATTACHED_TITLE.test(t) || APPENDIX.test(t)) && w.zone === 'body' && i > w.header.bodyStart + 3 && !afterChapter) {
    w.zone = APPENDIX.test(t) ? 'appendix' : 'attachment';
    w.stack = [w.root];
  }
  return null;
};

/** A field line ("- Chủ trì: Phòng Kinh tế", "Thời gian hoàn thành: …") belongs to the item above it, bullet or not. */
const field: Step = (w, i) => {
  const p = w.n.paragraphs[i]!;
  const mk = matchMarker(p.text);
  const bullet = mk !== null && (mk.type === 'dash' || mk.type === 'plus');
  if (mk && !bullet) return null;
  const fieldText = bullet ? trim(slice(p, mk.length, p.text.length)) : p;
  const f = readField(fieldText.text);
  if (!f) return null;
  if (bullet) while (w.stack.length > 1 && w.stack[w.stack.length - 1]!.type === mk.type) w.stack.pop();
  const top = w.stack[w.stack.length - 1]!;
  if (top === w.root) return null;
  const owner = fieldOwner(top);
  owner.fields.push({ name: f.name, value: trim(slice(fieldText, f.length, fieldText.text.length)) });
  const fnode = newNode('field', null, f.name, p, p, owner);
  fnode.zone = w.zone;
  owner.children.push(fnode);
  return i + 1;
};

/** Whose field a line is. "+" sub-bullets share the one line that follows the group; so does a list
 * of two or more dashes none of which has a field of its own ("- Rà soát …" "- Kiểm tra …" then
 * "Đơn vị thực hiện: …" names who does both). Where dashes carry fields one by one, each keeps its own,
 * and a dash after the list's fields owns the fields that follow it. */
function fieldOwner(top: Node): Node {
  if (!top.parent || top.kind !== 'item') return top;
  if (top.type === 'plus') return top.parent;
  if (top.type !== 'dash' || top.fields.length) return top;
  const parent = top.parent;
  const list = parent.children.filter((c) => c.type === 'dash');
  // Once the list's fields are read, a dash after them owns the fields that follow it.
  const fresh = !parent.fields.length || parent.children[parent.children.length - 1]!.kind === 'field';
  return list.length >= 2 && fresh && list.every((c) => !c.fields.length) ? parent : top;
}

/** "Điều 3." on its own line, its title on the next: the title is the article's own text. */
const articleTitle: Step = (w, i) => {
  const p = w.n.paragraphs[i]!;
  const top = w.stack[w.stack.length - 1]!;
  if (matchMarker(p.text) || top.kind !== 'item' || top.text.text || top.children.length || p.text.length >= 160 || /[.;]$/u.test(p.text)) return null;
  top.text = p;
  return i + 1;
};

/** An unmarked paragraph: a heading in capitals, the closing formula, or running text of the open item. */
const plain: Step = (w, i) => {
  const p = w.n.paragraphs[i]!;
  const t = p.text;
  if (matchMarker(t)) return null;
  const kind: NodeKind = CLOSING.test(t) ? 'closing' : isAllCaps(t) && t.length < 200 && /^\p{L}/u.test(t) ? 'heading' : 'para';
  if (kind === 'heading' && !/:$/u.test(t)) w.stack = [w.root];
  if (FINAL_SENTENCE.test(t) || kind === 'closing') {
    // It closes the innermost section (a Kế hoạch's "III. TỔ CHỨC THỰC HIỆN", an Điều), or the
    // document when there is no section — never the last numbered or lettered item.
    let k = w.stack.length - 1;
    while (k > 0 && !SECTION_TYPES.has(w.stack[k]!.type ?? '')) k--;
    w.stack = w.stack.slice(0, k + 1);
  }
  const host = kind === 'heading' ? w.root : w.stack[w.stack.length - 1]!;
  // A fragment starting in lower case with no item to hold it: its sentence was lost (a page
  // break, a cut the normalizer could not mend). Kept, and reported for `validate --strict`.
  if (host === w.root && kind === 'para' && isLowerStart(t)) {
    w.warnings.push({ code: 'unplaced-text', message: `text outside the structure: "${t.slice(0, 60)}"`, span: spanOf(p, w.n.lineStarts) });
  }
  const count = childTally(host, 'kind:para', (c) => c.kind === 'para').count + 1;
  const node = newNode(kind, null, kind === 'para' ? `¶${count}` : kind, p, p, host);
  node.zone = w.zone;
  node.emphasis = emphasisOf(w.n.source, p);
  host.children.push(node);
  return i + 1;
};

/** A marked item: the nearest open item of the same kind is its sibling; else it nests by rank. */
const item: Step = (w, i) => {
  const p = w.n.paragraphs[i]!;
  const mk = matchMarker(p.text);
  if (!mk) return null;
  const idx = w.stack.findIndex((s) => s.type === mk.type);
  if (idx >= 0) w.stack = w.stack.slice(0, idx);
  else {
    const r = rankOf(mk.type);
    while (w.stack.length > 1 && rankOf(w.stack[w.stack.length - 1]!.type!) >= r && w.stack[w.stack.length - 1]!.kind === 'item') w.stack.pop();
  }
  const parent = w.stack[w.stack.length - 1]!;
  const node = newNode('item', mk.type, itemLabel(parent, mk), trim(slice(p, mk.length, p.text.length)), p, parent);
  node.marker = trim(slice(p, 0, mk.length));
  node.zone = w.zone;
  node.emphasis = emphasisOf(w.n.source, p);
  parent.children.push(node);
  w.stack.push(node);
  return i + 1;
};

/** Paths use the marker's own label, except dashes, pluses and ordinals (counted) and a repeated "d)" (really "đ)"). */
function itemLabel(parent: Node, mk: { type: string; label: string }): string {
  const siblings = childTally(parent, `type:${mk.type}`, (c) => c.type === mk.type);
  if (mk.type === 'letter') return repairLetter(siblings.last, mk.label);
  if (mk.type === 'dash' || mk.type === 'plus') return `${mk.type === 'dash' ? '-' : '+'}${siblings.count + 1}`;
  if (mk.type === 'ordinal') return String(siblings.count + 1);
  return mk.label;
}

/** The walk's steps in order: the first that takes a paragraph decides what it is. */
const STEPS: Step[] = [preamble, footer, table, signature, attachment, field, articleTitle, plain, item];
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
