// The command line: wires read → pipeline → emit. Every failure of one input is one line on
// stderr naming the file and the reason; the other inputs are still processed.
import { Command, CommanderError, Option } from 'commander';
import { readSource, ReadError } from '../read/index.js';
import { addExtractOptions, addSummaryCommand, addValidateOptions } from './options.js';
import { calendarDate } from './dates.js';
import { addExplainCommands } from './explain-commands.js';
import { langFromArgv, translateCommander } from './commander-vi.js';
import { langFromEnv, type Lang } from '../emit/i18n.js';

const fail = (path: string, reason: string) => process.stderr.write(`nhiemvu: ${path}: ${reason}\n`);

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

async function validateCmd(files: string[], opts: { strict?: boolean; referenceDate?: string; format?: 'text' | 'github' | 'json'; lang?: Lang }): Promise<number> {
  const lang = opts.lang ?? langFromEnv(process.env);
  if (!files.length && process.stdin.isTTY) {
    // validate's words come with zod (its Vietnamese locale): loaded only when validate runs.
    const { noInputHint } = await import('./validate-i18n.js');
    process.stderr.write(noInputHint(lang) + '\n');
    return 2;
  }
  const { validateInputs } = await import('./validate.js');
  return validateInputs(files.length ? files : ['-'], { ...opts, lang });
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = new Command();
  const lang = langFromArgv(argv.slice(2), process.env);
  program
    .name('nhiemvu')
    .description('Extract obligations — who must do what, by when — from Vietnamese administrative documents\n(Nghị quyết, Thông báo kết luận, Công văn, Chỉ thị, Kế hoạch, Quyết định …).')
    .version('0.1.0')
    .exitOverride()
    // One prefix for every error, commander's included.
    .configureOutput({ writeErr: (s) => process.stderr.write(s), outputError: (s, write) => write(translateCommander(s.replace(/^error: /u, 'nhiemvu: '), lang)) })
    .showHelpAfterError(translateCommander('(run with --help for usage)', lang))
    .addHelpText('after', `
Start with:
  nhiemvu extract cong-van.docx                 the tasks as a table
  nhiemvu extract -o tasks.xlsx docs/*.txt      a spreadsheet (.csv .json .ndjson .ics .md too)
  nhiemvu extract --help                        formats, filters (--body, --due-before, --overdue) and examples`);

  addExtractOptions(
    program
      .command('extract')
      .description('extract the obligations of each document (text, Markdown, .docx, .pdf)')
      .argument('[files...]', 'documents to read; "-" reads standard input (so does no file, when it is a pipe)'),
  ).action(async (files: string[], opts) => {
    const { extractCmd } = await import('./extract.js');
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

  addValidateOptions(
    program
      .command('validate')
      .description('check extraction results (JSON or NDJSON) against the schema; given source documents, extract and check them')
      .argument('[files...]', 'result files or documents; "-" or none reads standard input'),
  ).action(async (files: string[], opts) => {
    code = await validateCmd(files, opts);
  });

  addSummaryCommand(program, (c) => (code = c));

  program
    .command('schema')
    .description('print the JSON Schema of the output (generated from the zod schema)')
    .action(async () => {
      const { jsonSchema } = await import('../schema/index.js');
      process.stdout.write(JSON.stringify(jsonSchema(), null, 2) + '\n');
    });

  addExplainCommands(program, calendarDate, (c) => (code = c));

  // No command at all: the help, on standard output, as asked for.
  if (argv.length <= 2) {
    program.outputHelp();
    return 0;
  }

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
