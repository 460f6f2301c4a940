// Emphasis as the source wrote it (`**bold**`, `*italic*`): remark-parse reads the paragraph's own
// source slice, a bounded piece, so a long document never goes through the markdown parser whole.
// The parser (~140 ms to load) is loaded only for documents that contain markdown at all.
import type { Mapped } from '../util/text.js';

interface MdNode { type: string; children?: MdNode[]; value?: string }
type Parse = (raw: string) => MdNode;

let parse: Parse | null = null;

export async function loadMarkdown(): Promise<void> {
  if (parse) return;
  const [{ unified }, { default: remarkParse }] = await Promise.all([import('unified'), import('remark-parse')]);
  const processor = unified().use(remarkParse);
  parse = (raw) => processor.parse(raw) as MdNode;
}

export const markdownLoaded = (): boolean => parse !== null;

export function emphasisOf(source: string, p: Mapped): string[] {
  const start = p.map[0]!;
  const end = p.map[p.text.length - 1]! + 1;
  const raw = source.slice(start, end);
  if (!parse || !/[*_]/u.test(raw)) return [];
  const found = new Set<string>();
  const walk = (node: MdNode) => {
    if (node.type === 'strong' || node.type === 'emphasis') found.add(node.type);
    node.children?.forEach(walk);
  };
  walk(parse(raw));
  return [...found];
}
