// .docx → text the text reader understands: one paragraph per Word paragraph, Word's automatic
// numbering written out as the labels a reader sees (docx/numbering.ts), tables as the header or
// signature columns or as Markdown pipe tables (docx/table.ts), bold and italic as ** and *,
// footnotes as "[n]" calls with their text at the end. The zip and the XML are read with Node's own
// zlib and a small parser: no dependency, and nothing of the file is lost the way a raw-text
// converter loses list numbering.
import { ReadError } from './index.js';
import { openZip, ZipError, type Zip } from './zip.js';
import { attr, child, childrenNamed, findAll, parseXml, type XmlNode } from './xml.js';
import { Numbering } from './docx/numbering.js';
import { tableText } from './docx/table.js';

export interface DocxContext {
  numbering: Numbering;
  /** Paragraph style → its numbering (heading styles often carry the list). */
  styleNum: Map<string, { numId: string; ilvl: number }>;
  /** Footnote id → its display number, in order of first call. */
  noteNumber: Map<string, number>;
}

const on = (n: XmlNode | undefined) => n !== undefined && !/^(?:0|false|none)$/u.test(attr(n) ?? '');

interface RunText { text: string; b: boolean; i: boolean }

function runTexts(p: XmlNode, ctx: DocxContext, out: RunText[] = []): RunText[] {
  for (const c of p.children) {
    if (c.name === 'w:r') {
      const rPr = child(c, 'w:rPr');
      const b = on(child(rPr, 'w:b'));
      const i = on(child(rPr, 'w:i'));
      for (const k of c.children) {
        if (k.name === 'w:t') out.push({ text: k.children.map((t) => t.text ?? '').join(''), b, i });
        else if (k.name === 'w:tab') out.push({ text: '\t', b: false, i: false });
        else if (k.name === 'w:br' || k.name === 'w:cr') out.push({ text: '\n', b: false, i: false });
        else if (k.name === 'w:noBreakHyphen') out.push({ text: '-', b, i });
        else if (k.name === 'w:footnoteReference') out.push({ text: `[${noteNumber(ctx, attr(k, 'w:id') ?? '')}]`, b: false, i: false });
      }
    } else if (/^w:(?:hyperlink|ins|smartTag|fldSimple|customXml|sdt|sdtContent)$/u.test(c.name)) runTexts(c, ctx, out);
  }
  return out;
}

function noteNumber(ctx: DocxContext, id: string): number {
  if (!ctx.noteNumber.has(id)) ctx.noteNumber.set(id, ctx.noteNumber.size + 1);
  return ctx.noteNumber.get(id)!;
}

/** Runs → text with ** and * around bold and italic stretches (white space kept outside the marks). */
function withEmphasis(runs: RunText[], emphasis: boolean): string {
  const merged: RunText[] = [];
  for (const r of runs) {
    const last = merged[merged.length - 1];
    const plain = !r.text.trim();
    if (last && (plain || (last.b === r.b && last.i === r.i))) last.text += r.text;
    else merged.push({ ...r });
  }
  return merged
    .map((r) => {
      const mark = emphasis ? (r.b ? '**' : '') + (r.i ? '*' : '') : '';
      if (!mark || !r.text.trim()) return r.text;
      const lead = r.text.length - r.text.trimStart().length;
      const trail = r.text.length - r.text.trimEnd().length;
      return `${r.text.slice(0, lead)}${mark}${r.text.trim()}${[...mark].reverse().join('')}${r.text.slice(r.text.length - trail)}`;
    })
    .join('');
}

/** One Word paragraph → its text, with the list label Word would print. */
export function paragraphText(p: XmlNode, ctx: DocxContext, emphasis = true): string {
  const pPr = child(p, 'w:pPr');
  const numPr = child(pPr, 'w:numPr');
  const style = ctx.styleNum.get(attr(child(pPr, 'w:pStyle')) ?? '');
  const numId = attr(child(numPr, 'w:numId')) ?? style?.numId;
  const ilvl = Number(attr(child(numPr, 'w:ilvl')) ?? style?.ilvl ?? 0);
  const text = withEmphasis(runTexts(p, ctx), emphasis).replace(/\t/gu, ' ').split('\n').map((l) => l.trimEnd()).join('\n');
  if (!text.trim()) return '';
  // A list paragraph whose list is not defined (no numbering.xml) is still a list item.
  const label = numId && numId !== '0' ? ctx.numbering.next(numId, ilvl) ?? '-' : null;
  return label ? `${label} ${text.replace(/^\s+/u, '')}` : text;
}

/** Body elements in order → text blocks (a paragraph, or a whole table). */
/** Text boxes anchored in a paragraph (a header set in boxes instead of a table), once each: Word
 * writes a box twice, as mc:Choice and as a VML mc:Fallback. */
function textBoxes(n: XmlNode, out: XmlNode[] = []): XmlNode[] {
  for (const c of n.children) {
    if (c.name === 'w:txbxContent') out.push(c);
    else if (c.name !== 'mc:Fallback') textBoxes(c, out);
  }
  return out;
}

export function blocks(parent: XmlNode, ctx: DocxContext, out: string[] = []): string[] {
  for (const c of parent.children) {
    if (c.name === 'w:p') {
      for (const box of textBoxes(c)) blocks(box, ctx, out);
      out.push(paragraphText(c, ctx));
    }
    else if (c.name === 'w:tbl') out.push(tableText(c, ctx));
    else if (c.name === 'w:sdt') blocks(child(c, 'w:sdtContent') ?? c, ctx, out);
  }
  return out;
}

function stylesNumbering(styles: XmlNode | null): Map<string, { numId: string; ilvl: number }> {
  const out = new Map<string, { numId: string; ilvl: number }>();
  const all = childrenNamed(child(styles ?? undefined, 'w:styles'), 'w:style');
  const byId = new Map(all.map((s) => [attr(s, 'w:styleId') ?? '', s]));
  const find = (s: XmlNode | undefined, depth: number): { numId: string; ilvl: number } | null => {
    if (!s || depth > 10) return null;
    const numPr = child(child(s, 'w:pPr'), 'w:numPr');
    const numId = attr(child(numPr, 'w:numId'));
    if (numId) return { numId, ilvl: Number(attr(child(numPr, 'w:ilvl')) ?? '0') };
    return find(byId.get(attr(child(s, 'w:basedOn')) ?? ''), depth + 1);
  };
  for (const [id, s] of byId) {
    const n = find(s, 0);
    if (n) out.set(id, n);
  }
  return out;
}

function footnotesText(notes: XmlNode | null, ctx: DocxContext): string[] {
  if (!notes || !ctx.noteNumber.size) return [];
  const byId = new Map(findAll(notes, 'w:footnote').map((f) => [attr(f, 'w:id') ?? '', f]));
  const out: string[] = [];
  for (const [id, n] of ctx.noteNumber) {
    const f = byId.get(id);
    if (!f) continue;
    const text = findAll(f, 'w:p').map((p) => paragraphText(p, ctx, false)).filter(Boolean).join(' ').trim();
    if (text) out.push(`[${n}] ${text}`);
  }
  return out.length ? [out.join('\n')] : [];
}

function part(zip: Zip, name: string): XmlNode | null {
  const bytes = zip.read(name);
  return bytes ? parseXml(bytes.toString('utf8')) : null;
}

export function docxToText(path: string, bytes: Buffer): string {
  let doc: XmlNode | null;
  let ctx: DocxContext;
  let notes: XmlNode | null;
  try {
    const zip = openZip(bytes);
    doc = part(zip, 'word/document.xml');
    ctx = { numbering: new Numbering(part(zip, 'word/numbering.xml')), styleNum: stylesNumbering(part(zip, 'word/styles.xml')), noteNumber: new Map() };
    notes = part(zip, 'word/footnotes.xml');
  } catch (e) {
    if (e instanceof ZipError) throw new ReadError(path, `broken .docx (${e.message})`);
    throw new ReadError(path, `broken .docx (${(e as Error).message})`);
  }
  if (!doc) throw new ReadError(path, 'not a Word .docx file (no word/document.xml inside)');
  const body = child(child(doc, 'w:document'), 'w:body');
  if (!body) throw new ReadError(path, 'broken .docx (word/document.xml has no body)');
  const text = [...blocks(body, ctx), ...footnotesText(notes, ctx)].filter((b) => b.trim()).join('\n\n');
  if (!text.trim()) throw new ReadError(path, 'empty Word document (no text in it)');
  return text + '\n';
}
