#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/index.js) and the --jobs worker into dist/bundle/ with esbuild.
// Why: loading ~150 separate ES modules (ours and the dependencies') costs more at start-up than the
// work on a small document; one file per entry (plus lazily loaded chunks for the PDF reader and
// remark) is read and compiled much faster. bin/nhiemvu.js uses the bundle only when it is at least
// as new as dist/cli/index.js, so a plain `tsc` rebuild can never run stale code.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const outdir = 'dist/bundle';
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: ['dist/cli/index.js', 'dist/pipeline/worker.js'],
  bundle: true,
  // Dynamic imports (unpdf, remark) stay separate chunks, loaded only when a PDF or Markdown needs them.
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir,
  // worker.js next to the chunks: jobs.ts looks for './worker.js' beside itself.
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  // Less source for V8 to parse at start-up; identifiers are kept, so function and class names are too.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  // CommonJS dependencies call require() for Node built-ins, which an ES module bundle lacks.
  banner: { js: "import { createRequire as __nhiemvuRequire } from 'node:module'; const require = __nhiemvuRequire(import.meta.url);" },
});
