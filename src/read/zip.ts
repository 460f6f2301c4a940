// The zip directory of a .docx, read with Node's own inflate: a Word file needs no dependency.
import { inflateRawSync } from 'node:zlib';

export class ZipError extends Error {}

export interface Zip {
  /** The entry's bytes, or null when there is no such entry. Throws ZipError when it is damaged. */
  read(name: string): Buffer | null;
}

function endOfDirectory(buf: Buffer): number {
  // Signature 0x06054b50 within the last 64 KiB (the comment may follow it).
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) return i;
  }
  throw new ZipError('truncated or not a zip: no central directory at its end');
}

export function openZip(buf: Buffer): Zip {
  const eocd = endOfDirectory(buf);
  const count = buf.readUInt16LE(eocd + 10);
  const entries = new Map<string, { method: number; csize: number; local: number }>();
  let p = buf.readUInt32LE(eocd + 16);
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw new ZipError('damaged zip directory');
    const nlen = buf.readUInt16LE(p + 28);
    const name = buf.subarray(p + 46, p + 46 + nlen).toString('utf8');
    entries.set(name, { method: buf.readUInt16LE(p + 10), csize: buf.readUInt32LE(p + 20), local: buf.readUInt32LE(p + 42) });
    p += 46 + nlen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return {
    read(name) {
      const e = entries.get(name);
      if (!e) return null;
      if (e.local + 30 > buf.length || buf.readUInt32LE(e.local) !== 0x04034b50) throw new ZipError(`damaged entry ${name}`);
      const start = e.local + 30 + buf.readUInt16LE(e.local + 26) + buf.readUInt16LE(e.local + 28);
      if (start + e.csize > buf.length) throw new ZipError(`entry ${name} is cut short`);
      const data = buf.subarray(start, start + e.csize);
      if (e.method === 0) return data;
      if (e.method !== 8) throw new ZipError(`entry ${name} uses an unknown compression (${e.method})`);
      try {
        return inflateRawSync(data);
      } catch {
        throw new ZipError(`entry ${name} does not inflate`);
      }
    },
  };
}
