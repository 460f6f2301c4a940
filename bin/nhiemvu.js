#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm install` via the prepare script).
// dist/bundle/ (scripts/bundle.mjs) is the same code in a few files, which starts much faster; it is
// used only when it is at least as new as dist/cli/index.js, so a later `tsc` alone is never shadowed.
import { statSync } from 'node:fs';

function bundleIsFresh() {
  try {
    const bundle = statSync(new URL('../dist/bundle/index.js', import.meta.url)).mtimeMs;
    return bundle >= statSync(new URL('../dist/cli/index.js', import.meta.url)).mtimeMs;
  } catch {
    return false;
  }
}

const { main } = await import(bundleIsFresh() ? '../dist/bundle/index.js' : '../dist/cli/index.js');

// `nhiemvu extract … | head` closes the pipe early: that is the reader saying "enough",
// not a failure, so stop quietly as other Unix tools do instead of printing a stack trace.
process.stdout.on('error', (err) => {
  if (err && err.code === 'EPIPE') process.exit(0);
  process.stderr.write(`nhiemvu: cannot write output: ${err && err.message ? err.message : String(err)}\n`);
  process.exit(1);
});

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write(`nhiemvu: internal error: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
