// Every rule of the extract stage, by list, in the order each list runs. `nhiemvu rules`, docs/rules.md
// and test/rules read this; a rule that is not listed here is not documented or tested.
import type { RuleMeta } from '../core/rule.js';
import { KIND_RULES, LONG_PAST, PERIODIC_YEARLESS, RECURRENCE_BRACKETED, RECURRENCE_OF_NOUN, RECURRENCE_ONLY, SEMIANNUAL_CELL } from './deadline/kinds.js';
import {  ADDRESSEES_FOR_REQUEST, BODY_HEADING, ISSUER_ISSUES_THIS, CONCLUSION_ABOUT_PLACE, FIELD_LINES, FOR_WHOM, ITEM_SUBJECT_CONTINUES, LEAD_IN_COLON, LEAD_IN_DEADLINE, LEAD_IN_DISTRIBUTES, LEAD_IN_LISTS_BREACHES, LEAD_IN_SUBJECT, LEAD_IN_SUBJECT_AFTER_OPENER, MEASURES_TO_EXECUTOR, PHASE_HEADING, APPENDIX_DEADLINE, TIMING_ITEM, TASK_LEAD_IN_REOPENS, TITLE_NAMES_BODY , AGENCY_DUTIES_ARTICLE, DUTY_LEAD_IN_KEEPS_DUTIES, PRINCIPLES_EXPLICIT_DUTIES } from './rules/context.js';
import { DESCRIPTIVE_SECTION, ITEM_ROUTE, MEMBER_ROLES_SECTION, REGULATION_PRINCIPLES } from './rules/item.js';
import { ROLE_RULES } from './rules/roles.js';
import { FIELD_LEAD_CLAUSE } from './facts.js';
import { ROW_RULES } from './rules/rows.js';
import { CLOSING_DEADLINE_SENTENCE, KEEP_WHOLE_COMPLETION, KEEP_WHOLE_REPORT, KEEP_WHOLE_TRAILING, PREFACE_JOINS_FIRST, SPLIT_BY_DEADLINE, SPLIT_BY_SUBJECT, SPLIT_ENUMERATED, SPLIT_TWO_DEADLINES } from './rules/split.js';
import { NO_LEAD, UNIT_GATE, UNIT_LEAD } from './rules/unit.js';
import { CHUNK_GATE } from './rules/not-tasks.js';
import { KEEP_SUPPORT_LIST } from './split.js';
import { OUTSIDE_BODY, PARA_LEAD_IN_TASK, PARAGRAPH, PREAMBLE_BEFORE_FIRST_ITEM } from './rules/walk.js';

export interface RuleList {
  name: string;
  /** How the list runs: the first rule that answers decides, or every rule that applies adds. */
  runs: 'first' | 'each';
  rules: readonly RuleMeta[];
}

export const RULE_LISTS: RuleList[] = [
  { name: 'context: what a node hands down', runs: 'each', rules: [FOR_WHOM, CONCLUSION_ABOUT_PLACE, LEAD_IN_COLON, ISSUER_ISSUES_THIS, ADDRESSEES_FOR_REQUEST, FIELD_LINES, ROW_RULES.issuer, MEASURES_TO_EXECUTOR, BODY_HEADING, TITLE_NAMES_BODY, LEAD_IN_SUBJECT, LEAD_IN_DEADLINE, PHASE_HEADING, APPENDIX_DEADLINE, TIMING_ITEM, LEAD_IN_DISTRIBUTES, LEAD_IN_LISTS_BREACHES, ITEM_SUBJECT_CONTINUES, TASK_LEAD_IN_REOPENS, FIELD_LEAD_CLAUSE, LEAD_IN_SUBJECT_AFTER_OPENER, PRINCIPLES_EXPLICIT_DUTIES, AGENCY_DUTIES_ARTICLE, DUTY_LEAD_IN_KEEPS_DUTIES] },
  { name: 'gate: parts of the document', runs: 'first', rules: [OUTSIDE_BODY, PREAMBLE_BEFORE_FIRST_ITEM, PARAGRAPH, PARA_LEAD_IN_TASK, DESCRIPTIVE_SECTION, MEMBER_ROLES_SECTION, REGULATION_PRINCIPLES] },
  { name: 'gate: an item\'s own text', runs: 'first', rules: ITEM_ROUTE },
  { name: 'gate: a unit of text', runs: 'first', rules: UNIT_GATE },
  { name: 'lead: whose obligation', runs: 'first', rules: [...UNIT_LEAD, NO_LEAD] },
  { name: 'split: one obligation or several', runs: 'each', rules: [SPLIT_BY_SUBJECT, KEEP_SUPPORT_LIST, SPLIT_ENUMERATED, SPLIT_TWO_DEADLINES, KEEP_WHOLE_TRAILING, KEEP_WHOLE_REPORT, KEEP_WHOLE_COMPLETION, PREFACE_JOINS_FIRST, SPLIT_BY_DEADLINE, CLOSING_DEADLINE_SENTENCE] },
  { name: 'gate: each part after the split', runs: 'first', rules: CHUNK_GATE },
  { name: 'roles: support and report-to', runs: 'each', rules: ROLE_RULES },
  { name: 'table rows', runs: 'first', rules: [ROW_RULES.repeats, ROW_RULES.leadCell, ROW_RULES.yearCell] },
  { name: 'deadline kind', runs: 'first', rules: [...KIND_RULES, RECURRENCE_OF_NOUN, RECURRENCE_ONLY, SEMIANNUAL_CELL, LONG_PAST] },
  { name: 'deadline recurrence: a dated phrase that repeats', runs: 'each', rules: [RECURRENCE_BRACKETED, PERIODIC_YEARLESS] },
];

export const ALL_RULES: RuleMeta[] = RULE_LISTS.flatMap((l) => l.rules);

/** The rule of an id, or undefined (a trace only ever names listed rules; test/rules checks it). */
export function ruleById(id: string): RuleMeta | undefined {
  return ALL_RULES.find((r) => r.id === id);
}
