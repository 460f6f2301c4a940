// read: a path (or stdin) → decoded text. Refuses, with one clear reason, what is not a text
// document: a directory, an empty or binary file, undecodable bytes. Heavy readers (PDF, DOCX)
// load only when such a file is given.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { detectLegacy } from './legacy/index.js';

export class ReadError extends Error {
  constructor(public readonly path: string, reason: string) {
    super(reason);
  }
}

export interface Source {
  path: string;
  text: string;
  sha256: string;
  bytes: number;
  /** How the bytes were decoded, for a warning when it was not plain UTF-8. */
  encoding: string;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** The bytes of a file, or of stdin for "-"; a ReadError with a clear reason otherwise. */
export async function readBytes(path: string): Promise<Buffer> {
  if (path === '-') return readStdin();
  let st;
  try {
    st = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ReadError(path, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'unknown error'})`);
  }
  if (st.isDirectory()) throw new ReadError(path, 'is a directory (give the files inside it, e.g. dir/*.txt)');
  return readFile(path);
}

export async function readSource(path: string): Promise<Source> {
  return decodeBytes(path, await readBytes(path));
}

export async function decodeBytes(path: string, bytes: Buffer): Promise<Source> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length === 0) throw new ReadError(path, 'empty file');
  const ext = extname(path).toLowerCase();
  if (ext === '.pdf' || bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    const { pdfToText } = await import('./pdf.js');
    return { path, text: await pdfToText(path, bytes), sha256, bytes: bytes.length, encoding: 'pdf' };
  }
  if (ext === '.docx' || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    const { docxToText } = await import('./docx.js');
    return { path, text: docxToText(path, bytes), sha256, bytes: bytes.length, encoding: 'docx' };
  }
  refuseOtherFormats(path, bytes);
  const { text, encoding } = decodeText(path, bytes);
  if (!text.trim()) throw new ReadError(path, 'no text (only white space)');
  return { path, text, sha256, bytes: bytes.length, encoding };
}

/** Formats a clerk also receives that are not read: named, with what to do, instead of "binary". */
function refuseOtherFormats(path: string, bytes: Buffer): void {
  if (bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    throw new ReadError(path, 'old Word .doc (or other Office 97-2003) file: save it as .docx, e.g. `libreoffice --headless --convert-to docx`');
  }
  if (bytes.subarray(0, 5).toString('latin1') === '{\\rtf') throw new ReadError(path, 'RTF file: save it as .docx or as text');
}

export function decodeText(path: string, bytes: Buffer): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const head = bytes.subarray(0, 8192);
  const nul = head.indexOf(0);
  if (nul >= 0) throw new ReadError(path, 'binary file, not text (it contains NUL bytes)');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Old Vietnamese files: Windows-1258, TCVN3 (ABC), VNI-Windows or VISCII, told apart by which one
    // reads as Vietnamese (read/legacy). Nearly any bytes decode in each, so that test is the guard.
    const legacy = detectLegacy(bytes);
    if (legacy) return legacy;
    throw new ReadError(path, 'not valid UTF-8 text (wrong encoding? save it as UTF-8)');
  }
}
