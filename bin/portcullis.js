#!/usr/bin/env node
// The `portcullis` command.
//
// Installed from npm, it runs the one bundled file dist/cli/index.js (scripts/bundle.mjs,
// built by `prepack`): nothing to build and nothing else to install. In a checkout of the
// repository, the TypeScript sources compiled to lib/ (`npm run build`, run by `npm ci`)
// come first, so `npm start` and the tests run what src/ says now; lib/ is never packed.
import { existsSync } from 'node:fs';

const candidates = ['../lib/cli/index.js', '../dist/cli/index.js'];
const entry = candidates.find((path) => existsSync(new URL(path, import.meta.url)));
if (!entry) {
  process.stderr.write('portcullis: not built yet; run `npm run build` (npm ci does it for you)\n');
  process.exit(3);
}
await import(entry);
