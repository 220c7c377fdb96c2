#!/usr/bin/env node
// Bundles the CLI (src/cli/main.ts and everything it imports) into dist/cli-bundle/ with esbuild, run by
// `npm install` (prepare) and `npm run build`; bin/regdoc.js runs the bundle. Why: a cold `regdoc` spent most
// of its time resolving and compiling hundreds of small ES modules (zod, remark, micromark, yaml …); a few
// chunks load several times faster. Code splitting keeps every `await import()` of a command action in its
// own chunk, so `regdoc --help` does not load the parser and `check` does not load the renderers.
// tsc stays the type checker and still writes dist/ (scripts/prepare-fonts.mjs and bench-warm.mjs use it).
// Left outside the bundle: packages that read their own files at run time (pdfmake and pdfkit's font data,
// fontkit, wawoff2's wasm); they load from node_modules as before (see src/render/pdf/defer-unused-modules.ts).
// Caveat: in the bundle, `await import('<CommonJS package>')` yields only `default` (no named exports):
// import such a package statically from a module that is itself imported lazily (src/cli/parse-config-text.ts).
// Minified whitespace and syntax, not identifiers: less to parse at start. (keepNames is off: it costs ~25 ms a
// run; esbuild only renames a class whose name clashes, e.g. commander's CommanderError → CommanderError2, and
// nothing regdoc prints or tests depends on a class's name.)
// REGDOC_BUNDLE_PLAIN=1 leaves it readable; REGDOC_BUNDLE_OUTDIR writes it elsewhere (for comparisons).
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = process.env.REGDOC_BUNDLE_OUTDIR ?? join(root, 'dist', 'cli-bundle');

await rm(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['pdfmake', 'pdfmake/*', 'fontkit', 'wawoff2', 'wawoff2/*'],
  // Bundled CommonJS packages (gray-matter, handlebars …) call require() for Node's own modules.
  banner: { js: "import { createRequire as __regdocCreateRequire } from 'node:module'; const require = __regdocCreateRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  minifyWhitespace: process.env.REGDOC_BUNDLE_PLAIN !== '1',
  minifySyntax: process.env.REGDOC_BUNDLE_PLAIN !== '1',
  logLevel: 'warning',
});
