// The library: the same extraction as the command line, for programs.
//   import { extractText, extractFile } from 'nhiemvu';
import { extractDocument } from './pipeline/index.js';
import { decodeBytes, readSource } from './read/index.js';
import type { Result } from './schema/index.js';

export type { Body, Deadline, DocumentMeta, Obligation, Recurrence, Result, Span, Warning } from './schema/index.js';
export { ResultSchema, OutputSchema, jsonSchema, SCHEMA_VERSION } from './schema/index.js';
export { ReadError } from './read/index.js';

export interface ExtractOptions {
  /** For relative deadlines when the document carries no date of its own (YYYY-MM-DD). */
  referenceDate?: string | null;
  /** Written to `source.path`; default "-" (what the CLI writes for standard input). */
  path?: string;
}

/** One element of `nhiemvu extract --format json`, from text already decoded. */
export async function extractText(text: string, opts: ExtractOptions = {}): Promise<Result> {
  // Through the reader's own decoding, so that the result is the CLI's for the same bytes.
  const src = await decodeBytes(opts.path ?? '-', Buffer.from(text, 'utf8'));
  return extractDocument(src, { referenceDate: opts.referenceDate ?? null });
}

/** One element of the JSON output, from a file (text in any supported encoding, .docx, .pdf).
 * Throws ReadError, with the reason, for a file it cannot read. */
export async function extractFile(path: string, opts: Omit<ExtractOptions, 'path'> = {}): Promise<Result> {
  return extractDocument(await readSource(path), { referenceDate: opts.referenceDate ?? null });
}
