// The segment stage's named rules (header fields, field lines, paragraph repairs, zones) as one
// index, in the shape of the extract registry, so `nhiemvu rules` and docs/rules.md list them too.
// Their examples have shapes of their own (a header example names the field and the value it must
// get) and run in test/structure/*; here each becomes a line of text.
import { HEADER_RULES } from './header.js';
import type { HeaderExample } from './header/context.js';
import { FIELD_RULES } from './fields.js';
import { REPAIR_RULES } from './repairs.js';
import { ZONE_RULES } from './index.js';

export interface SegmentRuleMeta {
  id: string;
  description: string;
  examples: { fires: string[]; skips: string[] };
}

export interface SegmentRuleList {
  name: string;
  runs: 'first' | 'each';
  rules: readonly SegmentRuleMeta[];
}

const headerExample = (e: HeaderExample): string => `${e.doc}  ⇒ ${e.field}${e.value === undefined ? '' : ` = ${JSON.stringify(e.value)}`}`;

export const SEGMENT_RULE_LISTS: SegmentRuleList[] = [
  {
    name: 'header: document fields (the first rule that finds a value keeps it)',
    runs: 'first',
    rules: HEADER_RULES.map((r) => ({ id: r.id, description: r.description, examples: { fires: r.examples.fires.map(headerExample), skips: r.examples.skips.map(headerExample) } })),
  },
  { name: 'field: field lines under a task', runs: 'first', rules: FIELD_RULES.map(({ id, description, examples }) => ({ id, description, examples })) },
  { name: 'repair: paragraph breaks mended before the tree is built', runs: 'first', rules: REPAIR_RULES.map(({ id, description, examples }) => ({ id, description, examples })) },
  { name: 'zone: where a body starts again', runs: 'first', rules: ZONE_RULES },
];

export const SEGMENT_RULES: SegmentRuleMeta[] = SEGMENT_RULE_LISTS.flatMap((l) => l.rules);
