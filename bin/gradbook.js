#!/usr/bin/env node
// Entry point of `npx gradbook`: the bundled CLI (npm run build makes dist/cli.js).
const { main } = require('../dist/cli.js');
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => { process.stderr.write(String((e && e.stack) || e) + '\n'); process.exitCode = 1; },
);
