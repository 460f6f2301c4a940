// The three ways validate reports: lines for people ("file: path: reason" on stderr), GitHub
// workflow commands (annotations on the pull request), and JSON for other tools.
import type { Violation } from './validate.js';

/** Workflow-command escaping (actions/toolkit): % CR LF in data; also : and , in properties. */
const ghData = (s: string) => s.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
const ghProp = (s: string) => ghData(s).replace(/:/gu, '%3A').replace(/,/gu, '%2C');

export function githubLine(v: Violation): string {
  const props = [`file=${ghProp(v.file)}`, ...(v.line ? [`line=${v.line}`] : []), 'title=nhiemvu validate'];
  return `::error ${props.join(',')}::${ghData(`${v.path}: ${v.message}`)}`;
}

export function textLine(v: Violation): string {
  return `${v.file}: ${v.path}: ${v.message}`;
}

export function printReport(all: Violation[], checked: number, format: 'text' | 'github' | 'json'): void {
  if (format === 'json') {
    process.stdout.write(JSON.stringify({ ok: all.length === 0, checked, violations: all }, null, 2) + '\n');
    return;
  }
  if (format === 'github') {
    for (const v of all) process.stdout.write(githubLine(v) + '\n');
  } else {
    for (const v of all) process.stderr.write(textLine(v) + '\n');
  }
  process.stderr.write(`${checked} document(s) checked, ${all.length} violation(s)\n`);
}
