#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm install` via the prepare script).
import { main } from '../dist/cli/index.js';

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
