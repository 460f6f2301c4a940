#!/usr/bin/env node
// `npm run score` / `npm run score:dev`: the shared scorer on the seeds or the dev set. The scorer
// and the gold annotations live outside this repository (../shared by default, or NHIEMVU_SHARED);
// when they are absent, say what is needed instead of failing with a module-not-found trace.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.NHIEMVU_SHARED ?? join(root, '..', 'shared'));
const which = process.argv[2] === 'dev' ? 'dev' : 'seeds';
const scorer = join(shared, 'eval', 'score.mjs');
const gold = which === 'dev' ? join(shared, 'dev', 'gold') : join(shared, 'gold');
const docs = which === 'dev' ? join(shared, 'dev', 'docs') : join(root, 'seeds');

const missing = [scorer, gold, docs].filter((p) => !existsSync(p));
if (missing.length) {
  process.stderr.write(
    `nhiemvu: npm run score${which === 'dev' ? ':dev' : ''} needs the project's evaluation kit, which is not in this repository:\n` +
      missing.map((p) => `  missing: ${p}\n`).join('') +
      `It expects a folder "shared" beside the repository (eval/score.mjs, gold/, dev/docs/, dev/gold/),\n` +
      `or NHIEMVU_SHARED=/path/to/shared. The tests (npm test) need none of it.\n`,
  );
  process.exit(2);
}
if (!existsSync(join(root, 'dist', 'cli', 'index.js'))) {
  process.stderr.write('nhiemvu: dist/ is not built: run npm run build first\n');
  process.exit(2);
}
const r = spawnSync(process.execPath, [scorer, '--gold', gold, '--docs', docs, '--verbose', ...process.argv.slice(3)], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
