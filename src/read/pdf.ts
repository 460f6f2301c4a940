// PDF text comes from poppler's pdftotext when the machine has it (Debian: poppler-utils); a PDF
// parser written in JavaScript would weigh more than the rest of nhiemvu together.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReadError } from './index.js';

export async function pdfToText(path: string, bytes: Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'nhiemvu-'));
  try {
    const file = join(dir, 'in.pdf');
    await writeFile(file, bytes);
    const text = await new Promise<string>((resolve, reject) => {
      execFile('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 256 << 20 }, (err, stdout, stderr) => {
        if (err) {
          const e = err as NodeJS.ErrnoException;
          reject(new ReadError(path, e.code === 'ENOENT' ? 'PDF needs pdftotext (install poppler-utils), or give the text' : `broken PDF (${String(stderr).trim().split('\n')[0] || e.message})`));
        } else resolve(stdout);
      });
    });
    if (!text.trim()) throw new ReadError(path, 'PDF has no text layer (a scan? run OCR first)');
    return text;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
