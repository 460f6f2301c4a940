// `nhiemvu validate`: results (JSON array/object or NDJSON) are checked against the schema; source
// documents are extracted first, so CI can check incoming documents in one step.
import type { z } from 'zod';
import { ResultSchema } from '../schema/index.js';
import { decodeBytes, readBytes, ReadError } from '../read/index.js';

const STRICT_CODES = new Set(['no-lead', 'unplaced-text']);

function report(path: string, where: string, issues: z.core.$ZodIssue[]): number {
  for (const i of issues) {
    const p = [where, ...i.path.map(String)].filter(Boolean).join('.');
    process.stderr.write(`${path}: ${p || '(root)'}: ${i.message}\n`);
  }
  return issues.length;
}

export async function validateInputs(files: string[], opts: { strict?: boolean; referenceDate?: string }): Promise<number> {
  let violations = 0;
  let checked = 0;
  for (const path of files) {
    let buf: Buffer;
    try {
      buf = await readBytes(path);
    } catch (e) {
      process.stderr.write(`${path}: ${(e as Error).message}\n`);
      violations++;
      continue;
    }
    const text = buf.toString('utf8').replace(/^\uFEFF/u, '');
    const trimmed = text.trimStart();
    let docs: { where: string; value: unknown }[] | null = null;
    if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
      try {
        const v = JSON.parse(text);
        docs = Array.isArray(v) ? v.map((value, i) => ({ where: `[${i}]`, value })) : [{ where: '', value: v }];
      } catch {
        // Maybe NDJSON: one JSON value per line.
        try {
          docs = text.split('\n').map((l, i) => ({ l, i })).filter(({ l }) => l.trim()).map(({ l, i }) => ({ where: `line ${i + 1}`, value: JSON.parse(l) }));
        } catch (e) {
          process.stderr.write(`${path}: not valid JSON or NDJSON (${(e as Error).message})\n`);
          violations++;
          continue;
        }
      }
    }
    if (!docs) {
      // A source document: extract it, then check what came out.
      try {
        const src = await decodeBytes(path, buf);
        const { extractDocument } = await import('../pipeline/index.js');
        docs = [{ where: '', value: await extractDocument(src, { referenceDate: opts.referenceDate ?? null }) }];
      } catch (e) {
        process.stderr.write(`${path}: ${e instanceof ReadError ? e.message : (e as Error).message}\n`);
        violations++;
        continue;
      }
    }
    for (const d of docs) {
      checked++;
      const r = ResultSchema.safeParse(d.value);
      if (!r.success) {
        violations += report(path, d.where, r.error.issues);
        continue;
      }
      if (opts.strict) {
        for (const w of r.data.warnings.filter((x) => STRICT_CODES.has(x.code))) {
          process.stderr.write(`${path}: ${[d.where, 'warnings'].filter(Boolean).join('.')}: ${w.code}: ${w.message}${w.span ? ` (line ${w.span.line})` : ''}\n`);
          violations++;
        }
      }
    }
  }
  process.stderr.write(`${checked} document(s) checked, ${violations} violation(s)\n`);
  return violations ? 1 : 0;
}
