// .docx is a zip holding word/document.xml. Reading it needs only the zip directory and inflate,
// which Node has (zlib), so no dependency: paragraphs become lines, list items keep a "- ".
import { inflateRawSync } from 'node:zlib';
import { ReadError } from './index.js';

function findEntry(buf: Buffer, name: string): Buffer | null {
  // End of central directory: signature 0x06054b50 within the last 64 KiB.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let k = 0; k < count && p + 46 <= buf.length; k++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) return null;
    const method = buf.readUInt16LE(p + 10);
    const csize = buf.readUInt32LE(p + 20);
    const nlen = buf.readUInt16LE(p + 28);
    const xlen = buf.readUInt16LE(p + 30);
    const clen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const entry = buf.subarray(p + 46, p + 46 + nlen).toString('utf8');
    if (entry === name) {
      const lnlen = buf.readUInt16LE(local + 26);
      const lxlen = buf.readUInt16LE(local + 28);
      const data = buf.subarray(local + 30 + lnlen + lxlen, local + 30 + lnlen + lxlen + csize);
      return method === 0 ? data : inflateRawSync(data);
    }
    p += 46 + nlen + xlen + clen;
  }
  return null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function docxToText(path: string, bytes: Buffer): string {
  let xml: Buffer | null;
  try {
    xml = findEntry(bytes, 'word/document.xml');
  } catch {
    throw new ReadError(path, 'broken .docx (the zip cannot be read)');
  }
  if (!xml) throw new ReadError(path, 'not a Word .docx file (no word/document.xml inside)');
  const doc = xml.toString('utf8');
  const paras = doc.split(/<\/w:p>/u).map((p) => {
    const list = /<w:numPr>/u.test(p) ? '- ' : '';
    const text = [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/gu)]
      .map((m) => (m[1] !== undefined ? m[1] : m[0].startsWith('<w:tab') ? '\t' : '\n'))
      .join('')
      .replace(/&(amp|lt|gt|quot|apos);/gu, (_x, e: string) => ENTITIES[e]!);
    return text.trim() ? list + text : '';
  });
  return paras.join('\n\n').replace(/\n{3,}/gu, '\n\n');
}
