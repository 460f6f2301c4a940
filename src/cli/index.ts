// The command line: wires read → pipeline → emit. Every failure of one input is one line on
// stderr naming the file and the reason; the other inputs are still processed.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { createWriteStream, type WriteStream } from 'node:fs';
import { readSource, ReadError, type Source } from '../read/index.js';

type Format = 'table' | 'json' | 'ndjson' | 'csv';

interface Out {
  write(s: string): void;
  end(): Promise<void>;
}

function openOut(file: string | undefined): Out {
  if (!file || file === '-') {
    return {
      write: (s) => void process.stdout.write(s),
      end: () => new Promise((res) => (process.stdout.writableNeedDrain ? process.stdout.once('drain', () => res()) : res())),
    };
  }
  const ws: WriteStream = createWriteStream(file);
  return { write: (s) => void ws.write(s), end: () => new Promise((res, rej) => ws.end((e?: Error | null) => (e ? rej(e) : res()))) };
}

const fail = (path: string, reason: string) => process.stderr.write(`nhiemvu: ${path}: ${reason}\n`);

function checkDate(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(v) || Number.isNaN(Date.parse(v + 'T00:00:00Z'))) throw new InvalidArgumentError(`expected a date YYYY-MM-DD, got "${v}"`);
  return v;
}

function checkJobs(v: string): number {
  if (!/^[1-9]\d{0,3}$/u.test(v)) throw new InvalidArgumentError(`expected a whole number of jobs from 1, got "${v}"`);
  return Number(v);
}

async function extractCmd(files: string[], opts: { format?: Format; out?: string; referenceDate?: string; color: boolean; quiet?: boolean; jobs?: number }): Promise<number> {
  const inputs = files.length ? files : ['-'];
  const toTerminal = !opts.out && process.stdout.isTTY;
  const format: Format = opts.format ?? (toTerminal ? 'table' : 'json');
  const out = openOut(opts.out);
  let chalk: import('chalk').ChalkInstance | null = null;
  if (format === 'table') {
    const mod = await import('chalk');
    chalk = new mod.Chalk({ level: opts.color && toTerminal ? mod.default.level : 0 });
  }
  let failed = 0;
  let first = true;
  if (format === 'json') out.write('[');
  const csv = format === 'csv' ? await import('../emit/csv.js') : null;
  if (csv) out.write(csv.csvHeader());
  const table = format === 'table' ? await import('../emit/table.js') : null;
  // --jobs (#11): read and extract on worker threads; outcomes come back in input order.
  const { extractAll } = await import('../pipeline/jobs.js');
  for await (const outcome of extractAll(inputs, { referenceDate: opts.referenceDate ?? null }, opts.jobs)) {
    const { path } = outcome;
    if ('error' in outcome) {
      failed++;
      fail(path, outcome.error);
      continue;
    }
    const { result } = outcome;
    if (!opts.quiet) for (const w of result.warnings.filter((x) => x.code === 'no-reference-date' || x.code === 'encoding')) fail(path, `warning: ${w.message}`);
    if (format === 'json') {
      out.write((first ? '\n' : ',\n') + JSON.stringify(result, null, 2));
    } else if (format === 'ndjson') out.write(JSON.stringify(result) + '\n');
    else if (csv) out.write(csv.csvRows(result));
    else if (table && chalk) out.write(table.renderTable(result, chalk, process.stdout.columns || 120) + '\n');
    first = false;
  }
  if (format === 'json') out.write(first ? ']\n' : '\n]\n');
  await out.end();
  return failed ? 1 : 0;
}

async function segmentCmd(files: string[], opts: { format?: 'table' | 'json' }): Promise<number> {
  const { normalize, segment, loadReadersFor } = await import('../pipeline/index.js');
  const { toSections } = await import('../segment/index.js');
  const format = opts.format ?? (process.stdout.isTTY ? 'table' : 'json');
  let failed = 0;
  const docs: unknown[] = [];
  for (const path of files.length ? files : ['-']) {
    try {
      const src = await readSource(path);
      await loadReadersFor(src.text);
      const norm = normalize(src.text);
      const seg = segment(norm);
      const sections = toSections(seg.root, norm.lineStarts);
      if (format === 'json') docs.push({ path, sections });
      else {
        const lines: string[] = [path];
        const walk = (nodes: typeof sections, depth: number) => {
          for (const n of nodes) {
            lines.push(`${'  '.repeat(depth)}${n.label.padEnd(6)} ${n.kind.padEnd(9)} L${String(n.span.line).padEnd(5)} ${n.heading.slice(0, 70)}`);
            walk(n.children, depth + 1);
          }
        };
        walk(sections, 1);
        process.stdout.write(lines.join('\n') + '\n');
      }
    } catch (e) {
      failed++;
      fail(path, e instanceof ReadError ? e.message : String((e as Error).message));
    }
  }
  if (format === 'json') process.stdout.write(JSON.stringify(docs, null, 2) + '\n');
  return failed ? 1 : 0;
}

async function validateCmd(files: string[], opts: { strict?: boolean; referenceDate?: string }): Promise<number> {
  const { validateInputs } = await import('./validate.js');
  return validateInputs(files.length ? files : ['-'], opts);
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = new Command();
  program
    .name('nhiemvu')
    .description('Extract obligations — who must do what, by when — from Vietnamese administrative documents\n(Nghị quyết, Thông báo kết luận, Công văn, Chỉ thị, Kế hoạch, Quyết định …).')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError('(run with --help for usage)');

  program
    .command('extract')
    .description('extract the obligations of each document (text, Markdown, .docx; .pdf with pdftotext)')
    .argument('[files...]', 'documents to read; "-" or none reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(['table', 'json', 'ndjson', 'csv']))
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .option('-r, --reference-date <YYYY-MM-DD>', 'date to count relative deadlines from when a document carries none', checkDate)
    .option('--no-color', 'no colours in the table')
    .option('-q, --quiet', 'do not print warnings on stderr')
    .option('-j, --jobs <n>', 'documents extracted at once, on worker threads (default: the number of cores; 1: no threads)', checkJobs)
    .addHelpText('after', `
Examples:
  nhiemvu extract cong-van.txt                      a table of tasks, bodies and deadlines
  nhiemvu extract --format csv docs/*.txt > tasks.csv
  nhiemvu extract --format ndjson docs/*.txt | jq .obligations[].lead
  echo "Bộ Y tế hoàn thành trong quý IV năm 2025." | nhiemvu extract --reference-date 2025-08-01 -

Exit codes: 0 every input extracted; 1 some input failed (the others are still written); 2 usage error.`)
    .action(async (files: string[], opts) => {
      code = await extractCmd(files, opts);
    });

  program
    .command('segment')
    .description('print the structure tree only (sections, items, spans)')
    .argument('[files...]', 'documents to read; "-" or none reads standard input')
    .addOption(new Option('-f, --format <format>', 'table (default on a terminal) or json').choices(['table', 'json']))
    .action(async (files: string[], opts) => {
      code = await segmentCmd(files, opts);
    });

  program
    .command('validate')
    .description('check extraction results (JSON or NDJSON) against the schema; given source documents, extract and check them')
    .argument('[files...]', 'result files or documents; "-" or none reads standard input')
    .option('--strict', 'also fail on warnings (text not placed in the structure, an obligation without a lead)')
    .option('-r, --reference-date <YYYY-MM-DD>', 'as for extract, when documents are given', checkDate)
    .addHelpText('after', '\nEvery violation is printed as "file: path: reason". Exit 1 on any violation.')
    .action(async (files: string[], opts) => {
      code = await validateCmd(files, opts);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the output (generated from the zod schema)')
    .action(async () => {
      const { jsonSchema } = await import('../schema/index.js');
      process.stdout.write(JSON.stringify(jsonSchema(), null, 2) + '\n');
    });

  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    throw e;
  }
  return code;
}
