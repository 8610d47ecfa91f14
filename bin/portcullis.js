#!/usr/bin/env node
// The `portcullis` command. The TypeScript sources compile to lib/ (`npm run build`, run by `npm ci`).
try {
  await import('../lib/cli/index.js');
} catch (err) {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('lib/cli/index.js')) {
    process.stderr.write('portcullis: not built yet; run `npm run build` (npm ci does it for you)\n');
    process.exit(3);
  }
  throw err;
}
