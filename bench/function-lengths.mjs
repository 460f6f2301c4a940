// Lists functions longer than a limit (default 80 lines) under the given folders: the house rule.
// Usage: node bench/function-lengths.mjs [--max N] src/extract src/core …
import ts from 'typescript';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const i = args.indexOf('--max');
const max = i >= 0 ? Number(args.splice(i, 2)[1]) : 80;
const files = (d) => (statSync(d).isDirectory() ? readdirSync(d).flatMap((f) => files(join(d, f))) : d.endsWith('.ts') ? [d] : []);
let over = 0;
for (const f of (args.length ? args : ['src']).flatMap(files)) {
  const sf = ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.ES2022, true);
  const visit = (n) => {
    if (ts.isFunctionLike(n) && 'body' in n && n.body) {
      const a = sf.getLineAndCharacterOfPosition(n.getStart()).line;
      const b = sf.getLineAndCharacterOfPosition(n.end).line;
      if (b - a + 1 > max) {
        over++;
        console.log(`${f}:${a + 1} ${b - a + 1} lines ${n.name ? n.name.getText() : '(anonymous)'}`);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
}
console.log(`${over} functions over ${max} lines`);
process.exitCode = over ? 1 : 0;
