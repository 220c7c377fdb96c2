#!/usr/bin/env node
// Entry point for `npx regdoc`: runs the compiled CLI (built by `npm install` through the prepare script).
import('../dist/cli/main.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli/main.js')) {
    process.stderr.write('regdoc 尚未编译：请先运行 npm install（或 npm run build）。\n');
    process.exit(2);
  }
  throw error;
});
