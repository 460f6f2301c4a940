// Markdown for minutes and e-mails: a heading per document and a pipe table of its obligations.
import type { Result } from '../schema/index.js';
import { words, type Lang } from './i18n.js';
import { deadlineLabel, whoLabel } from './labels.js';

/** Pipes and line breaks would end the cell; backslashes and backticks would change the text. A blank
 * run is matched only from its start (the lookbehind), so a long run without a line break is scanned once. */
const mdCell = (s: string): string => s.replace(/[\\`|*_[\]<>]/gu, (c) => `\\${c}`).replace(/(?<!\s)\s*[\r\n]\s*/gu, ' ');

export function renderMarkdown(r: Result, lang: Lang): string {
  const w = words(lang);
  const d = r.document;
  const title = [d.number, d.type, d.issuer, d.date].filter(Boolean).join(' · ') || r.source.path;
  const lines = [`## ${mdCell(title)}`, ''];
  if (d.subject) lines.push(`*${mdCell(d.subject)}*`, '');
  lines.push(`${w.source}: \`${r.source.path.replace(/`/gu, "'")}\``, '');
  lines.push(`| ${w.id} | ${w.who} | ${w.deadline} | ${w.task} |`, '| --- | --- | --- | --- |');
  for (const o of r.obligations) {
    lines.push(`| ${mdCell(o.id)} | ${mdCell(whoLabel(o, lang))} | ${mdCell(deadlineLabel(o.deadline, lang))} | ${mdCell(o.action || o.text)} |`);
  }
  lines.push('', `${r.obligations.length} ${w.obligations}`, '', '');
  return lines.join('\n');
}
