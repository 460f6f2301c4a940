// PDF text comes from pdf.js (through unpdf, which bundles a Node build of it): pure JavaScript, so a
// fresh machine needs no poppler. It is imported only when a PDF is read, so start-up stays lean.
// pdf.js gives positioned pieces; pdf-layout rebuilds lines, columns and paragraphs from them.
import { ReadError } from './index.js';
import { layoutPages, type PageText, type Piece } from './pdf-layout.js';
import type { Rule } from './pdf-table.js';

// pdf.js 5 copies operator-list buffers with ArrayBuffer.prototype.transferToFixedLength, which
// Node 20 lacks (it came in Node 21): without it the page's drawing (table rules) is lost.
function polyfillTransfer(): void {
  const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (n?: number) => ArrayBuffer };
  if (proto.transferToFixedLength) return;
  Object.defineProperty(proto, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, n = this.byteLength) {
      const out = new ArrayBuffer(n);
      new Uint8Array(out).set(new Uint8Array(this, 0, Math.min(n, this.byteLength)));
      return out;
    },
  });
}

type Matrix = [number, number, number, number, number, number];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
const times = (a: Matrix, b: Matrix): Matrix => [
  a[0] * b[0] + a[2] * b[1], a[1] * b[0] + a[3] * b[1], a[0] * b[2] + a[2] * b[3], a[1] * b[2] + a[3] * b[3],
  a[0] * b[4] + a[2] * b[5] + a[4], a[1] * b[4] + a[3] * b[5] + a[5],
];

/** The bounding boxes of the page's drawn paths, in page units: the rules of its tables. */
function rulesOf(ops: { fnArray: number[]; argsArray: unknown[] }, OPS: Record<string, number>): Rule[] {
  const rules: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  ops.fnArray.forEach((fn, i) => {
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && args) ctm = times(ctm, args as Matrix);
    else if (fn === OPS.constructPath && args) {
      const mm = args[2] as ArrayLike<number> | null;
      if (!mm || mm.length < 4) return;
      const [ax, ay] = apply(ctm, mm[0]!, mm[1]!);
      const [bx, by] = apply(ctm, mm[2]!, mm[3]!);
      rules.push({ x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) });
    }
  });
  return rules;
}

interface TextItem {
  str?: string;
  transform?: number[];
  width?: number;
}

const OCR_HINT = 'run OCR first, e.g. `ocrmypdf -l vie in.pdf out.pdf`';

function reason(e: unknown, bytes: Buffer): string {
  // A download cut short keeps its start but loses the %%EOF marker written last.
  if (!bytes.subarray(-1024).toString('latin1').includes('%%EOF')) return 'broken PDF (truncated: it ends before its %%EOF marker)';
  const name = (e as { name?: string }).name ?? '';
  const msg = ((e as Error).message ?? String(e)).split('\n')[0]!;
  if (name === 'PasswordException') return 'encrypted PDF (it needs a password): save an unprotected copy';
  if (name === 'InvalidPDFException') return `broken PDF (${msg || 'not a PDF file'})`;
  return `broken or truncated PDF (${msg})`;
}

async function pages(bytes: Buffer): Promise<PageText[]> {
  polyfillTransfer();
  const { getDocumentProxy, getResolvedPDFJS } = await import('unpdf');
  const { OPS } = (await getResolvedPDFJS()) as unknown as { OPS: Record<string, number> };
  // verbosity 0: pdf.js would print its own warnings about odd fonts to stdout/stderr.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  const out: PageText[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const pieces: Piece[] = [];
    for (const it of content.items as TextItem[]) {
      const t = it.transform;
      if (typeof it.str !== 'string' || !t) continue;
      // Horizontal text only: the size is the vertical scale of the text matrix.
      pieces.push({ str: it.str, x: t[4]!, y: t[5]!, width: it.width ?? 0, size: Math.hypot(t[2]!, t[3]!) });
    }
    out.push({ width, height, pieces, rules: rulesOf(await page.getOperatorList(), OPS) });
  }
  await pdf.destroy();
  return out;
}

/** Text that is mostly replacement or private-use characters comes from fonts with no Unicode map. */
export function unmapped(text: string): boolean {
  const chars = text.replace(/\s/gu, '');
  const bad = chars.match(/[\uFFFD\uE000-\uF8FF\u0000-\u0008]/gu)?.length ?? 0;
  const letters = chars.match(/\p{L}/gu)?.length ?? 0;
  return bad > chars.length * 0.3 || letters < chars.length * 0.3;
}

export async function pdfToText(path: string, bytes: Buffer): Promise<string> {
  let ps: PageText[];
  try {
    ps = await pages(bytes);
  } catch (e) {
    throw new ReadError(path, reason(e, bytes));
  }
  const text = layoutPages(ps);
  if (!text.trim()) throw new ReadError(path, `no text layer (a scanned image?): ${OCR_HINT}`);
  if (unmapped(text)) throw new ReadError(path, `the text layer has no readable characters (fonts without a Unicode map): ${OCR_HINT}`);
  return text;
}
