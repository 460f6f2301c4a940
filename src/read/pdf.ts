// PDF text comes from pdf.js (through unpdf, which bundles a Node build of it): pure JavaScript, so a
// fresh machine needs no poppler. It is imported only when a PDF is read, so start-up stays lean.
// pdf.js gives positioned pieces; pdf-layout rebuilds lines, columns and paragraphs from them.
import { ReadError } from './index.js';
import { layoutPages, type PageText, type Piece } from './pdf-layout.js';

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
  const { getDocumentProxy } = await import('unpdf');
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
    out.push({ width, height, pieces });
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
