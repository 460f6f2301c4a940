// The `explain` and `rules` commands as the program knows them; their code (cli/explain.ts) is
// loaded only when one of them runs, so other commands start as fast as before.
import { type Command, InvalidArgumentError } from 'commander';

/** `explain` and `rules`, added to the program (kept here so the CLI's main only wires them in). */
export function addExplainCommands(program: Command, checkDate: (v: string) => string, setCode: (c: number) => void): void {
  program
    .command('explain')
    .description('print the rules behind each obligation (gate, lead, split, deadline, roles) with line numbers')
    .argument('[files...]', 'documents to read; "-" or none reads standard input')
    .option('--id <id>', 'only the obligation with this id (and its split pieces id#2, …)')
    .option('--line <n>', 'only the obligations whose text starts on this line', (v: string) => {
      if (!/^[1-9]\d*$/u.test(v)) throw new InvalidArgumentError(`expected a line number, got "${v}"`);
      return Number(v);
    })
    .option('--all-candidates', 'also list the text that was not taken, with the rule that dropped it')
    .option('-r, --reference-date <YYYY-MM-DD>', 'as for extract', checkDate)
    .action(async (files: string[], opts) => {
      setCode(await (await import('./explain.js')).explainCmd(files, opts));
    });
  program
    .command('rules')
    .description('print the index of rules (ids, descriptions, examples) as Markdown')
    .action(async () => {
      process.stdout.write(await (await import('./explain.js')).rulesText());
    });
}
