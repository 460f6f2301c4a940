// A minimal XML reader for the parts of a .docx: elements, attributes and text, nothing else
// (no DTD, no namespaces resolved: names keep their prefix, "w:p"). One linear pass, no backtracking.

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Text content, for the "#text" pseudo-element only. */
  text?: string;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/gu, (_m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITY[e]!,
  );
}

function attrsOf(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/(?<![\w:.-])([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)) out[m[1]!] = unescapeXml(m[2] ?? m[3] ?? '');
  return out;
}

/** Parse; throws on a closing tag that does not match (a damaged part). */
export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#root', attrs: {}, children: [] };
  const stack: XmlNode[] = [root];
  // Tag bodies are bounded (attributes of a Word part are short): a '<' that never closes costs a
  // bounded look-ahead, not a scan to the end, so damaged input stays linear.
  const re = /<!--[\s\S]{0,100000}?-->|<\?[^>]{0,4000}\?>|<!\[CDATA\[([\s\S]{0,100000}?)\]\]>|<!DOCTYPE[^>]{0,4000}>|<(\/?)([\w:.-]{1,200})(?![\w:.-])((?:[^>"']|"[^"]{0,4000}"|'[^']{0,4000}'){0,4000}?)(\/?)>|([^<]+)/gu;
  for (const m of xml.matchAll(re)) {
    const top = stack[stack.length - 1]!;
    if (m[1] !== undefined) top.children.push({ name: '#text', attrs: {}, children: [], text: m[1] });
    else if (m[6] !== undefined) top.children.push({ name: '#text', attrs: {}, children: [], text: unescapeXml(m[6]) });
    else if (m[3] === undefined) continue;
    else if (m[2] === '/') {
      if (top.name !== m[3]) throw new Error(`unbalanced XML: </${m[3]}> closes <${top.name}>`);
      stack.pop();
    } else {
      const node: XmlNode = { name: m[3], attrs: attrsOf(m[4] ?? ''), children: [] };
      top.children.push(node);
      if (m[5] !== '/') stack.push(node);
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed XML element <${stack[stack.length - 1]!.name}>`);
  return root;
}

export const child = (n: XmlNode | undefined, name: string): XmlNode | undefined => n?.children.find((c) => c.name === name);
export const childrenNamed = (n: XmlNode | undefined, name: string): XmlNode[] => n?.children.filter((c) => c.name === name) ?? [];
export const attr = (n: XmlNode | undefined, name = 'w:val'): string | undefined => n?.attrs[name];

/** Every descendant named `name`, in document order (not inside a matching one). */
export function findAll(n: XmlNode, name: string, out: XmlNode[] = []): XmlNode[] {
  for (const c of n.children) {
    if (c.name === name) out.push(c);
    else findAll(c, name, out);
  }
  return out;
}
