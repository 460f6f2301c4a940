// The three ways validate reports: lines for people ("file: path: reason" on stderr), GitHub
// workflow commands (annotations on the pull request), and JSON for other tools.
import type { Violation } from './validate.js';
import type { Lang } from '../emit/i18n.js';
import { checkedLine, pathIn, reasonIn } from './validate-i18n.js';

/** Workflow-command escaping (actions/toolkit): % CR LF in data; also : and , in properties. */
const ghData = (s: string) => s.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
const ghProp = (s: string) => ghData(s).replace(/:/gu, '%3A').replace(/,/gu, '%2C');

export function githubLine(v: Violation, lang: Lang = 'en'): string {
  const props = [`file=${ghProp(v.file)}`, ...(v.line ? [`line=${v.line}`] : []), 'title=nhiemvu validate'];
  return `::error ${props.join(',')}::${ghData(`${pathIn(v.path, lang)}: ${reasonIn(v.message, lang)}`)}`;
}

export function textLine(v: Violation, lang: Lang = 'en'): string {
  return `${v.file}: ${pathIn(v.path, lang)}: ${reasonIn(v.message, lang)}`;
}

export function printReport(all: Violation[], checked: number, format: 'text' | 'github' | 'json', lang: Lang = 'en'): void {
  if (format === 'json') {
    process.stdout.write(JSON.stringify({ ok: all.length === 0, checked, violations: all }, null, 2) + '\n');
    return;
  }
  if (format === 'github') {
    for (const v of all) process.stdout.write(githubLine(v, lang) + '\n');
  } else {
    for (const v of all) process.stderr.write(textLine(v, lang) + '\n');
  }
  process.stderr.write(checkedLine(checked, all.length, lang) + '\n');
}
