// The pipeline: read → normalize → segment → extract, for one source. The CLI only wires this up.
import type { Result, Warning } from '../schema/index.js';
import { SCHEMA_VERSION } from '../schema/version.js';
import type { Source } from '../read/index.js';
import { footnoteLabel, normalize } from '../normalize/index.js';
import { segment, toSections } from '../segment/index.js';
import { documentFields } from '../segment/fields-trace.js';
import { extract } from '../extract/index.js';
import type { Explanation } from '../core/trace.js';
import { loadMarkdown } from '../segment/emphasis.js';
import { canonicalName } from '../bodies/names.js';
import { withRecurrence } from './recurrence.js';

export interface PipelineOptions {
  /** Used for relative deadlines when the document carries no date of its own. */
  referenceDate?: string | null;
  /** Given, extract fills it with the rules behind each obligation and adds `why` to each (--explain). */
  explain?: Explanation | null;
}

export function processSource(src: Source, opts: PipelineOptions = {}): Result {
  const norm = normalize(src.text);
  const seg = segment(norm);
  const warnings: Warning[] = [...norm.warnings, ...seg.warnings];
  if (src.encoding !== 'utf-8' && src.encoding !== 'pdf' && src.encoding !== 'docx') {
    warnings.push({ code: 'encoding', message: `decoded as ${src.encoding}`, span: null });
  }
  const ref = seg.header.date ?? opts.referenceDate ?? null;
  const { obligations, warnings: xw } = extract(seg, norm, ref, opts.explain ?? null);
  if (opts.explain) opts.explain.fields = documentFields(seg.header);
  // Footnotes lifted out of the text stay with the obligations whose text calls them.
  const notes = new Map(norm.footnotes.map((f) => [footnoteLabel(/^\S+/u.exec(f.text)![0]), f.text.replace(/^\S+\s*/u, '')]));
  for (const o of obligations) {
    const called = norm.footnoteRefs.filter((r) => r.offset >= o.span.start && r.offset <= o.span.end && notes.has(r.label));
    if (called.length) o.notes = called.map((r) => notes.get(r.label)!);
  }
  warnings.push(...xw);
  // A calendar needs the rule and the first due day, not only the word "monthly".
  for (const o of obligations) if (o.deadline) o.deadline = withRecurrence(o.deadline, ref);
  if (!ref && obligations.some((o) => o.deadline && o.deadline.date === null && o.deadline.recurrence === null)) {
    warnings.push({ code: 'no-reference-date', message: 'the document has no date and --reference-date was not given: relative deadlines are left without a date', span: null });
  }
  const { header } = seg;
  return {
    schemaVersion: SCHEMA_VERSION,
    source: { path: src.path, sha256: src.sha256, bytes: src.bytes },
    document: {
      type: header.type,
      number: header.number,
      // The header sets names in capitals; the gazetteer knows how they are written.
      issuer: header.issuer ? canonicalName(header.issuer) : null,
      place: header.place,
      date: header.date,
      subject: header.subject,
      signer: header.signer,
      references: header.references,
      addressees: header.addressees.map((a) => a.replace(/(?<![;,.])[;,.]+$/u, '')),
    },
    sections: toSections(seg.root, norm.lineStarts),
    obligations,
    warnings,
  };
}

/** Load the markdown reader only when the text has emphasis for it to read: most text has none,
 * and unified + remark-parse are the heaviest part of start-up. */
export async function loadReadersFor(text: string): Promise<void> {
  if (mayHaveEmphasis(text, '*') || mayHaveEmphasis(text, '_')) await loadMarkdown();
}

/** Emphasis needs an opening run of `*` (or `_`) followed by a non-space, and a second delimiter to
 * close it: a lone "(*)" or a "______" rule has none, so such text needs no markdown parser (#11).
 * A superset of real emphasis, so nothing the parser would find is missed. */
export function mayHaveEmphasis(text: string, mark: '*' | '_'): boolean {
  const first = text.indexOf(mark);
  if (first < 0 || first === text.lastIndexOf(mark)) return false;
  return (mark === '*' ? OPENS_STAR : OPENS_UNDERSCORE).test(text);
}

// A run of marks followed by a non-space exists exactly when one mark is: test that pair only, so no
// run is ever re-scanned (the checker's fuzzer read the run-with-lookbehind form as quadratic).
const OPENS_STAR = /\*[^\s*]/u;
const OPENS_UNDERSCORE = /_[^\s_]/u;

/** processSource, after loading the readers the text needs. */
export async function extractDocument(src: Source, opts: PipelineOptions = {}): Promise<Result> {
  await loadReadersFor(src.text);
  return processSource(src, opts);
}

export { normalize, segment };
