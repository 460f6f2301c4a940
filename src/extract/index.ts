// extract: structure tree → obligations. Who (lead, support, reportTo), what (action), by when
// (deadline), where (path, span). Every decision is a named rule (rules/*.ts, run in order by the
// visitor in walk.ts); with an Explanation given, each obligation carries the rules that made it.
import type { Obligation, Warning } from '../schema/index.js';
import type { Normalized } from '../normalize/index.js';
import type { Segmented } from '../segment/index.js';
import { type Mapped, spanOf } from '../util/text.js';
import type { Explanation } from '../core/trace.js';
import { splitBodies } from '../bodies/grammar.js';
import { mention } from '../bodies/names.js';
import type { Run } from './context.js';
import { walk } from './walk.js';
import { CONCLUSION_ABOUT_PLACE, resolutionExecutor, regulatedAgency } from './rules/context.js';
import { answersOrReports } from './rules/unit.js';

export { splitChunks } from './split.js';

export interface Extracted {
  obligations: Obligation[];
  warnings: Warning[];
}

export function extract(seg: Segmented, norm: Normalized, ref: string | null, explain: Explanation | null = null): Extracted {
  const run: Run = {
    seg,
    ref,
    span: (m: Mapped) => spanOf(m, norm.lineStarts),
    issuer: seg.header.issuer ? [mention(seg.header.issuer)] : null,
    addressees: seg.header.addressees.flatMap((a) => splitBodies(a.replace(/[;,.]$/u, ''))).map(mention),
    executor: null,
    agency: null,
    rootHasItems: seg.root.children.some((c) => c.kind === 'item'),
    obligations: [],
    warnings: [],
    appendixCited: new Map(),
    explain,
  };
  run.executor = resolutionExecutor(run.issuer, seg.root);
  run.agency = regulatedAgency(seg.root);
  // The preamble's directive sentence gives the lead to items that name none.
  const body = norm.paragraphs.slice(seg.header.bodyStart, seg.header.footerStart).map((p) => p.text);
  const answers = answersOrReports(seg.header.subject, body);
  walk(run, seg.root, { lead: null, deadline: null, fallback: null, answers, place: CONCLUSION_ABOUT_PLACE.apply(seg.header.subject), path: [], why: [] });
  return { obligations: run.obligations, warnings: run.warnings };
}
