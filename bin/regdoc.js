#!/usr/bin/env node
// Entry point for `npx regdoc`: runs the bundled CLI (dist/cli-bundle/main.cjs, made by scripts/bundle.mjs
// through `npm install`'s prepare script or `npm run build`) with a V8 code cache (src/cli/compile-cache.ts)
// kept in node_modules/.cache/regdoc-v8, so a cold run does not recompile the same code every time.
// CommonJS, like the bundle (bin/package.json says so; the name stays regdoc.js for existing npx links): Node
// then starts without setting up its ES-module loader.
'use strict';
// V8's young generation starts at 1 MB a half and doubles while objects survive, up to 16 MB: a PDF build
// then touches some 30 MB of fresh memory for it, which on a virtual machine costs more (13–20 µs a 4 KB page
// on the benchmark machine) than the extra minor collections of a young generation kept at its first size: a
// PDF build runs 25–50 ms faster there (BENCHMARKS.md). Set first: V8 keys its code caches to the flags. Only
// on the V8 versions known to have the flag (Node 20–24): V8 prints an error line for a flag it does not know.
if (Number(process.versions.v8.split('.')[0]) <= 13) require('node:v8').setFlagsFromString('--semi-space-growth-factor=1');
const { join } = require('node:path');

/** The command and its output formats (`build-docx,pdf`): runs that compile the same code share one cache. */
function cacheVariant(args) {
  const command = /^[a-z]+$/.test(args[0] ?? '') ? args[0] : 'other';
  const index = args.findIndex((arg) => arg === '--to' || arg.startsWith('--to='));
  const formats = index < 0 ? '' : (args[index] === '--to' ? args[index + 1] ?? '' : args[index].slice(5)).replace(/[^a-z,]/g, '');
  return formats ? `${command}-${formats}` : command;
}

const root = join(__dirname, '..');
let cli;
try {
  if (process.env.REGDOC_NO_COMPILE_CACHE !== '1') {
    require('../dist/cli-bundle/compile-cache.cjs').installCompileCache(
      join(root, 'node_modules', '.cache', 'regdoc-v8'),
      cacheVariant(process.argv.slice(2)),
    );
  }
  cli = require('../dist/cli-bundle/main.cjs');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('cli-bundle')) {
    process.stderr.write('regdoc 尚未编译：请先运行 npm install（或 npm run build）。\n');
    process.exit(2);
  }
  throw error;
}
cli.main(process.argv);
