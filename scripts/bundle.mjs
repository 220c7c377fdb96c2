#!/usr/bin/env node
// Bundles the CLI (src/cli/main.ts and everything it imports) into dist/cli-bundle/main.cjs with esbuild, run by
// `npm install` (prepare) and `npm run build`; bin/regdoc.js runs the bundle. Why: a cold `regdoc` spent most
// of its time resolving and compiling hundreds of small ES modules (zod, remark, micromark, yaml …); one
// CommonJS file loads much faster, and being CommonJS it can be served from a V8 code cache on Node 20
// (src/cli/compile-cache.ts, bundled beside it as compile-cache.cjs). esbuild wraps each lazily imported
// module in a function that runs on first use, so `regdoc --help` still does not run the parser and `check`
// does not run the renderers.
// tsc stays the type checker and still writes dist/ (scripts/prepare-fonts.mjs and bench-warm.mjs use it).
// Left outside the bundle: packages that read their own files at run time (pdfmake and pdfkit's font data,
// fontkit, wawoff2's wasm); they are required from node_modules (see src/render/pdf/defer-unused-modules.ts)
// and cached by the same code cache.
// Minified, names included: a third less to read and load at every start (~30 ms). keepNames is off (it costs
// ~25 ms a run) and nothing regdoc prints or tests depends on a function's or class's name; a `--verbose`
// stack trace shows short names. REGDOC_BUNDLE_PLAIN=1 leaves the bundle readable (for profiling);
// REGDOC_BUNDLE_OUTDIR writes it elsewhere (for comparisons).
import { build } from 'esbuild';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = process.env.REGDOC_BUNDLE_OUTDIR ?? join(root, 'dist', 'cli-bundle');
const minify = process.env.REGDOC_BUNDLE_PLAIN !== '1';

/** commander's node:child_process becomes scripts/bundle-stubs/lazy-child-process.cjs (loaded on first use). */
const lazyChildProcessInCommander = {
  name: 'lazy-child-process-in-commander',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: join(root, 'scripts/bundle-stubs/lazy-child-process.cjs') } : undefined,
    );
  },
};

await rm(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/cli/main.ts', 'compile-cache': 'src/cli/compile-cache.ts' },
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['pdfmake', 'pdfmake/*', 'fontkit', 'wawoff2', 'wawoff2/*'],
  // gray-matter loads js-yaml (and js-yaml loads esprima, ~10 ms) for a YAML reader that src/parse/front-matter.ts
  // replaces with the `yaml` package; the bundle carries a stand-in that says so if it is ever called.
  // micromark's decoder of `&name;` references builds its table of HTML entity names on first use, not at start.
  alias: {
    'js-yaml': './scripts/bundle-stubs/js-yaml.cjs',
    'decode-named-character-reference': './scripts/bundle-stubs/lazy-named-character-reference.cjs',
  },
  plugins: [lazyChildProcessInCommander],
  // `import()` of a package becomes require(), which the code cache serves (and the Node 20 loader needs no
  // ES-module machinery for it).
  supported: { 'dynamic-import': false },
  // The sources find their package's files from import.meta.url; in CommonJS that is the bundle's own file.
  define: { 'import.meta.url': '__regdocModuleUrl' },
  banner: { js: "const __regdocModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'none',
  minify,
  logLevel: 'warning',
});

// esbuild leaves non-ASCII characters in regular expressions (the parser's [一二三…] classes) as they are, and one
// such character makes Node decode the whole megabyte as UTF-8 into a two-byte string: ~30 ms on every run.
// Written as \uXXXX escapes (a backslash before the character is the escape's own), the file is pure ASCII.
const bundle = join(outdir, 'main.cjs');
const source = await readFile(bundle, 'utf8');
const ascii = source.replace(/(\\*)([^\0-\x7f])/g, (_, backslashes, character) =>
  backslashes.slice(backslashes.length % 2) + `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
);
await writeFile(bundle, ascii);
