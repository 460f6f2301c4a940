// The bodies stage's naming rules as one index, in the shape of the extract and segment registries,
// so `nhiemvu rules` and docs/rules.md list them too. Their examples are name phrases or clauses and
// run in test/bodies/rules.test.ts against each rule's own `apply`.
import type { RuleMeta } from '../core/rule.js';
import { BODY_NAME_RULES } from './grammar.js';

export interface BodyRuleList {
  name: string;
  runs: 'first' | 'each';
  rules: readonly RuleMeta[];
}

export const BODY_RULE_LISTS: BodyRuleList[] = [
  { name: 'name: how far a body\'s name runs and which body a title stands for', runs: 'each', rules: BODY_NAME_RULES.map(({ id, description, examples }) => ({ id, description, examples })) },
];
