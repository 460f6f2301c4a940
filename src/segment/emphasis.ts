// Emphasis as the source wrote it (`**bold**`, `*italic*`): remark-parse reads the paragraph's own
// source slice, a bounded piece, so a long document never goes through the markdown parser whole.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Mapped } from '../util/text.js';

const parser = unified().use(remarkParse);

interface MdNode { type: string; children?: MdNode[]; value?: string }

export function emphasisOf(source: string, p: Mapped): string[] {
  const start = p.map[0]!;
  const end = p.map[p.text.length - 1]! + 1;
  const raw = source.slice(start, end);
  if (!/[*_]/u.test(raw)) return [];
  const found = new Set<string>();
  const walk = (node: MdNode) => {
    if (node.type === 'strong' || node.type === 'emphasis') found.add(node.type);
    node.children?.forEach(walk);
  };
  walk(parser.parse(raw) as MdNode);
  return [...found];
}
