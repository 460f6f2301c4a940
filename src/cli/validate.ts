// `nhiemvu validate`, CI's guard: results (a JSON array or object, or NDJSON checked line by line)
// are checked against the schema; source documents are extracted first. Every violation names the
// file, the place (obligations by id, not by position) and the reason.
import { extname } from 'node:path';
import type { z } from 'zod';
import { ResultSchema } from '../schema/index.js';
import { decodeBytes, readBytes, ReadError } from '../read/index.js';
import type { Lang } from '../emit/i18n.js';
import { zodErrorMap } from './validate-i18n.js';

export interface Violation { file: string; line?: number; path: string; message: string }

export interface ValidateOptions { strict?: boolean; referenceDate?: string; format?: 'text' | 'github' | 'json'; lang?: Lang }

const STRICT_CODES = new Set(['no-lead', 'unplaced-text']);
const RESULT_EXT = new Set(['.json', '.ndjson', '.jsonl']);

interface Doc { prefix: string; line?: number; value: unknown }

/** A zod path as a reader wants it: obligations by id, other arrays by position. */
export function describePath(value: unknown, path: PropertyKey[]): string {
  let out = '';
  let node: unknown = value;
  let parent: PropertyKey | undefined;
  for (const k of path) {
    const next = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[k] : undefined;
    if (typeof k === 'number') {
      const id = parent === 'obligations' && next && typeof next === 'object' ? (next as { id?: unknown }).id : undefined;
      out += `[${typeof id === 'string' && id ? id : k}]`;
    } else out += (out ? '.' : '') + String(k);
    parent = k;
    node = next;
  }
  return out || '(root)';
}

/** What --strict adds: an obligation without a lead, a document without number or date,
 * duplicate ids, and the warnings that mean text was lost or unattributed. */
export function strictViolations(r: z.infer<typeof ResultSchema>): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  if (!r.document.number) out.push({ path: 'document.number', message: 'missing (strict)' });
  if (!r.document.date) out.push({ path: 'document.date', message: 'missing (strict)' });
  const seen = new Set<string>();
  for (const o of r.obligations) {
    if (seen.has(o.id)) out.push({ path: `obligations[${o.id}].id`, message: 'duplicate id (strict)' });
    seen.add(o.id);
    if (!o.lead.length) out.push({ path: `obligations[${o.id}].lead`, message: 'empty lead (strict)' });
  }
  for (const w of r.warnings.filter((x) => STRICT_CODES.has(x.code))) {
    out.push({ path: 'warnings', message: `${w.code}: ${w.message}${w.span ? ` (line ${w.span.line})` : ''}` });
  }
  return out;
}

/** JSON (an array, an object) or NDJSON; a line that does not parse is a violation of its own and
 * the other lines are still checked. */
export function parseResults(file: string, text: string): { docs: Doc[]; errors: Violation[] } {
  try {
    const v = JSON.parse(text);
    if (Array.isArray(v)) return { docs: v.map((value, i) => ({ prefix: v.length > 1 ? `[${i}]` : '', value })), errors: [] };
    return { docs: [{ prefix: '', value: v }], errors: [] };
  } catch (e) {
    // NDJSON when its first line is a JSON value on its own; else one broken JSON text.
    const first = lines(text)[0];
    if (!first || !parses(first.l) || lines(text).length < 2) return { docs: [], errors: [{ file, path: '(root)', message: `not JSON or NDJSON (${(e as Error).message})` }] };
  }
  const docs: Doc[] = [];
  const errors: Violation[] = [];
  lines(text).forEach(({ l, n }) => {
    try {
      docs.push({ prefix: `line ${n}`, line: n, value: JSON.parse(l) });
    } catch (e) {
      errors.push({ file, line: n, path: `line ${n}`, message: `not valid JSON (${(e as Error).message})` });
    }
  });
  return { docs, errors };
}

const parses = (s: string): boolean => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
};

const lines = (text: string) => text.split('\n').map((l, i) => ({ l, n: i + 1 })).filter(({ l }) => l.trim());

function prefixed(d: Doc, path: string): string {
  if (!d.prefix) return path;
  if (d.line) return `${d.prefix}: ${path}`;
  return path === '(root)' ? d.prefix : `${d.prefix}.${path}`;
}

export function checkDoc(file: string, d: Doc, strict: boolean, lang: Lang = 'en'): Violation[] {
  const map = zodErrorMap(lang);
  const r = map ? ResultSchema.safeParse(d.value, { error: map }) : ResultSchema.safeParse(d.value);
  if (!r.success) return r.error.issues.map((i) => ({ file, line: d.line, path: prefixed(d, describePath(d.value, i.path)), message: i.message }));
  return strict ? strictViolations(r.data).map((v) => ({ file, line: d.line, path: prefixed(d, v.path), message: v.message })) : [];
}

async function docsOf(file: string, opts: ValidateOptions): Promise<{ docs: Doc[]; errors: Violation[] }> {
  let buf: Buffer;
  try {
    buf = await readBytes(file);
  } catch (e) {
    return { docs: [], errors: [{ file, path: '(file)', message: (e as Error).message }] };
  }
  const text = buf.toString('utf8').replace(/^\uFEFF/u, '');
  const looksJson = /^\s*[[{]/u.test(text);
  // Standard input and .json files must hold results; anything else is a document to extract.
  if (looksJson || file === '-' || RESULT_EXT.has(extname(file).toLowerCase())) return parseResults(file, text);
  try {
    const src = await decodeBytes(file, buf);
    const { extractDocument } = await import('../pipeline/index.js');
    return { docs: [{ prefix: '', value: await extractDocument(src, { referenceDate: opts.referenceDate ?? null }) }], errors: [] };
  } catch (e) {
    return { docs: [], errors: [{ file, path: '(file)', message: e instanceof ReadError ? e.message : (e as Error).message }] };
  }
}

export async function validateInputs(files: string[], opts: ValidateOptions): Promise<number> {
  const all: Violation[] = [];
  let checked = 0;
  // The JSON report is for programs: always English.
  const lang: Lang = opts.format === 'json' ? 'en' : (opts.lang ?? 'en');
  for (const file of files) {
    const { docs, errors } = await docsOf(file, opts);
    const found = [...errors];
    for (const d of docs) {
      checked++;
      found.push(...checkDoc(file, d, !!opts.strict, lang));
    }
    // In line order, a broken line among the others.
    all.push(...found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  }
  const { printReport } = await import('./validate-report.js');
  printReport(all, checked, opts.format ?? 'text', lang);
  return all.length ? 1 : 0;
}
