// The options of extract, validate and summary, kept out of index.ts so that it only wires.
import { Command, InvalidArgumentError, Option } from 'commander';
import { calendarDate } from './dates.js';
import { FORMATS } from './output.js';

const lang = () => new Option('--lang <lang>', 'language of the table and messages (default: from LC_ALL/LANG, vi_VN → vi)').choices(['vi', 'en']);

function jobs(v: string): number {
  if (!/^[1-9]\d{0,3}$/u.test(v)) throw new InvalidArgumentError(`expected a whole number of jobs from 1, got "${v}"`);
  return Number(v);
}

export function addExtractOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', 'output format (default: the --out extension, else table on a terminal, json otherwise)').choices([...FORMATS]))
    .option('-o, --out <file>', 'write to a file (never an input; written whole, then renamed into place)')
    .option('-r, --reference-date <YYYY-MM-DD>', 'date to count relative deadlines from when a document carries none', calendarDate)
    .option('--no-color', 'no colours in the table (so does NO_COLOR)')
    .option('-q, --quiet', 'no warnings or progress on stderr')
    .addOption(lang())
    .option('--compact', 'table: at most two lines per cell, shortened with "…"')
    .option('--warnings', 'table: list every warning instead of counts per code')
    .option('--body <text>', 'only obligations with this lead or support body (accents and case ignored; UBND, VPCP … understood)')
    .option('--due-before <YYYY-MM-DD>', 'only obligations due on or before this day', calendarDate)
    .option('--due-after <YYYY-MM-DD>', 'only obligations due on or after this day', calendarDate)
    .option('--overdue', 'only obligations whose date is before today (see --today)')
    .option('--today <YYYY-MM-DD>', 'the day --overdue and summary count from (default: today)', calendarDate)
    .option('-j, --jobs <n>', 'documents extracted at once, on worker threads (default: the number of cores; 1: no threads)', jobs)
    .option('--explain', 'add to each obligation `why`: the ids of the rules that made it (see `nhiemvu rules`)')
    .addOption(new Option('--sort <key>', 'order: deadline (csv, xlsx: across the whole batch; other formats: within each document) or id (within each document)').choices(['deadline', 'id']))
    .addHelpText('after', `
Examples:
  nhiemvu extract cong-van.txt                      a table of tasks, bodies and deadlines
  nhiemvu extract -o tasks.csv docs/*.txt           CSV (format from the extension; .json .ndjson .xlsx .ics .md too)
  nhiemvu extract --body "bo noi vu" --sort deadline docs/*.txt
  nhiemvu extract --format ndjson docs/*.txt | jq .obligations[].lead
  echo "Bộ Y tế hoàn thành trong quý IV năm 2025." | nhiemvu extract --reference-date 2025-08-01 -

Exit codes: 0 every input extracted; 1 some input failed (the others are still written); 2 usage error.`);
}

export function addValidateOptions(cmd: Command): Command {
  return cmd
    .option('--strict', 'also fail on an empty lead, a missing document number or date, duplicate ids, and no-lead/unplaced-text warnings')
    .option('-r, --reference-date <YYYY-MM-DD>', 'as for extract, when documents are given', calendarDate)
    .addOption(new Option('--format <format>', 'text (stderr), github (workflow annotations on stdout) or json (a report on stdout)').choices(['text', 'github', 'json']).default('text'))
    .addOption(lang())
    .addHelpText('after', '\nEvery violation is printed as "file: path: reason" (obligations named by id). Exit 1 on any violation.');
}

export function addSummaryCommand(program: Command, done: (code: number) => void): void {
  program
    .command('summary')
    .description('per lead body: the number of obligations and the nearest deadline')
    .argument('[files...]', 'documents to read; "-" reads standard input')
    .addOption(new Option('-f, --format <format>', 'table (default on a terminal) or json').choices(['table', 'json']))
    .option('-r, --reference-date <YYYY-MM-DD>', 'as for extract', calendarDate)
    .option('--today <YYYY-MM-DD>', 'the day "nearest" counts from (default: today)', calendarDate)
    .addOption(lang())
    .action(async (files: string[], opts) => {
      const { summaryCmd } = await import('./summary.js');
      done(await summaryCmd(files, opts));
    });
}
