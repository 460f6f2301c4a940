// Compact, hand-checkable projection of the structure tree: one string per node,
// "path [kind] first words", with "@" before the path of nodes in an attachment/appendix.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalize, type Normalized } from '../../src/normalize/index.js';
import { segment, type Node, type Segmented } from '../../src/segment/index.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export function load(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8');
}

export function run(text: string): { norm: Normalized; seg: Segmented } {
  const norm = normalize(text);
  return { norm, seg: segment(norm) };
}

/** First `n` words of a string. */
export const words = (s: string, n = 6): string => s.split(/\s+/u).filter(Boolean).slice(0, n).join(' ');

/** The end-of-text mark of Vietnamese official letters. */
export const CLOSING_MARK = /\.\/\.?$/u;

const SHOWN = new Set(['item', 'para', 'heading', 'field', 'closing']);

/** "II/1/a [letter] Chủ trì rà soát hiện trạng các công" — body, attachment and appendix nodes. */
export function project(seg: Segmented, n = 6): string[] {
  const out: string[] = [];
  const walk = (node: Node, path: string[]) => {
    for (const c of node.children) {
      if (!SHOWN.has(c.kind)) continue;
      const p = [...path, c.label];
      // The closing formula ("… thực hiện./.") is checked on its own (closing.test.ts).
      if (c.kind !== 'item' && CLOSING_MARK.test(c.text.text)) continue;
      const zone = c.zone === 'body' ? '' : c.zone === 'attachment' ? '@' : '§';
      out.push(`${zone}${p.join('/')} [${c.type ?? c.kind}] ${words(c.text.text, n)}`);
      walk(c, p);
    }
  };
  walk(seg.root, []);
  return out;
}

/** The header fields a test checks. */
export function meta(seg: Segmented) {
  const h = seg.header;
  return { type: h.type, number: h.number, issuer: h.issuer, date: h.date, signer: h.signer?.name ?? null };
}

/** Paragraph texts of the footer block (what segment set aside as footer). */
export function footer(seg: Segmented, n = 4): string[] {
  return seg.root.children.filter((c) => c.kind === 'footer').map((c) => words(c.text.text, n));
}

/** Where the closing formula (the unmarked paragraph ending "./.") sits: its parent's path, '' for the root. */
export function closingParent(seg: Segmented): string | null {
  let found: string | null = null;
  const walk = (node: Node, path: string[]) => {
    for (const c of node.children) {
      if (c.kind === 'footer' || c.kind === 'preamble') continue;
      if (c.kind !== 'item' && CLOSING_MARK.test(c.text.text)) found = path.join('/');
      walk(c, [...path, c.label]);
    }
  };
  walk(seg.root, []);
  return found;
}

/** The text (marker removed) of the node at a label path ("II/1/a"). */
export function textAt(seg: Segmented, path: string): string | null {
  let node: Node | undefined = seg.root;
  for (const label of path.split('/')) {
    node = node?.children.find((c) => c.label === label && c.kind !== 'footer' && c.kind !== 'preamble');
    if (!node) return null;
  }
  return node.text.text;
}
