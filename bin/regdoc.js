#!/usr/bin/env node
// Entry point for `npx regdoc`: runs the bundled CLI (dist/cli-bundle, made by scripts/bundle.mjs through
// `npm install`'s prepare script or `npm run build`): a few chunks start much faster than hundreds of modules.
import('../dist/cli-bundle/main.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli-bundle/main.js')) {
    process.stderr.write('regdoc 尚未编译：请先运行 npm install（或 npm run build）。\n');
    process.exit(2);
  }
  throw error;
});
