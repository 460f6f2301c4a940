// Issue 12, --sort deadline across the whole batch for the flat formats (csv, xlsx); md, table,
// json, ndjson and ics keep one block per document and are sorted within it.
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { XlsxBook } from '../../src/emit/xlsx.js';
import type { Obligation, Result } from '../../src/schema/index.js';
import { run, runBuffer, seeds } from './helpers.js';

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let f = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (q) {
      if (c === '"' && text[i + 1] === '"') (f += '"'), i++;
      else if (c === '"') q = false;
      else f += c;
    } else if (c === '"') q = true;
    else if (c === ',') row.push(f), (f = '');
    else if (c === '\n') row.push(f.replace(/\r$/u, '')), rows.push(row), (row = []), (f = '');
    else f += c;
  }
  return rows;
}

const dueCol = (rows: string[][]) => {
  const h = rows[0]!.map((x) => x.replace(/^\uFEFF/u, ''));
  const [d, n, file] = [h.indexOf('deadline_date'), h.indexOf('deadline_next'), h.indexOf('file')];
  return rows.slice(1).map((r) => ({ due: r[d] || r[n] || '9999-99-99', file: r[file]! }));
};

describe('--sort deadline across the batch', () => {
  it('csv: every row of every document in due order; the same rows as without --sort', () => {
    const plain = parseCsv(run(['extract', '-q', '-f', 'csv', ...seeds]).out);
    const sorted = parseCsv(run(['extract', '-q', '-f', 'csv', '--sort', 'deadline', ...seeds]).out);
    const due = dueCol(sorted).map((x) => x.due);
    expect(due).toEqual([...due].sort());
    expect(sorted.slice(1).map((r) => r.join('|')).sort()).toEqual(plain.slice(1).map((r) => r.join('|')).sort());
    // Really across the batch: files interleave (without --sort each file is one block).
    const files = dueCol(sorted).map((x) => x.file);
    const blocks = files.filter((f, i) => i === 0 || f !== files[i - 1]).length;
    expect(blocks).toBeGreaterThan(new Set(files).size);
  });

  it('md stays one block per document, sorted within it', () => {
    const md = run(['extract', '-q', '-f', 'md', '--sort', 'deadline', ...seeds]).out;
    expect(md.match(/^## /gmu)?.length).toBe(seeds.length);
  });

  it('xlsx: the obligations sheet in due order across documents', () => {
    const ob = (id: string, date: string | null): Obligation => ({ id, path: [id], text: 't', action: 'a', lead: [], support: [], deadline: date ? { text: 'x', date, recurrence: null, rrule: null, next: null } : null, span: { start: 0, end: 1, line: 1 } });
    const doc = (path: string, obs: Obligation[]): Result => ({ schemaVersion: '1', source: { path, sha256: 'c'.repeat(64), bytes: 1 }, document: { type: null, number: null, issuer: null, place: null, date: null, subject: null, signer: null, references: [] } as any, sections: [], obligations: obs, warnings: [] });
    const ids = (byDeadline: boolean) => {
      const book = new XlsxBook(byDeadline);
      book.add(doc('a.txt', [ob('a1', '2025-12-31'), ob('a2', null)]));
      book.add(doc('b.txt', [ob('b1', '2025-06-30')]));
      const sheet = unzipEntry(book.finish(), 'xl/worksheets/sheet1.xml');
      return [...sheet.matchAll(/<is><t[^>]*>([ab]\d)<\/t><\/is>/gu)].map((m) => m[1]);
    };
    expect(ids(true)).toEqual(['b1', 'a1', 'a2']);
    expect(ids(false)).toEqual(['a1', 'a2', 'b1']);
  });

  it('xlsx from the CLI is written with --sort deadline', () => {
    const r = runBuffer(['extract', '-q', '-f', 'xlsx', '--sort', 'deadline', ...seeds]);
    expect(r.code).toBe(0);
    expect(r.out.subarray(0, 2).toString()).toBe('PK');
  });
});

function unzipEntry(buf: Buffer, want: string): string {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = buf.readUInt32LE(end + 16);
  for (let i = 0; i < buf.readUInt16LE(end + 10); i++) {
    const nameLen = buf.readUInt16LE(p + 28);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const off = buf.readUInt32LE(p + 42);
    const start = off + 30 + buf.readUInt16LE(off + 26) + buf.readUInt16LE(off + 28);
    if (name === want) return inflateRawSync(buf.subarray(start, start + buf.readUInt32LE(p + 20))).toString('utf8');
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  throw new Error(`${want} not in the zip`);
}
