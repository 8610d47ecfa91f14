// Bundle the action's entry points with @vercel/ncc into dist/ (committed; CI checks it is fresh).
//
// Each bundle is built into a scratch folder and moved into place only when the
// build succeeded, so a failed build never leaves dist/ half-deleted.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

// ncc emits an ES module, where CommonJS's __dirname does not exist; ssh2's bundled
// poly1305 (emscripten) reads it at load time. Define it once, at the top of the bundle.
const PRELUDE =
  "import { dirname as __portcullisDirname } from 'node:path';\n" +
  "import { fileURLToPath as __portcullisFileURLToPath } from 'node:url';\n" +
  'const __dirname = __portcullisDirname(__portcullisFileURLToPath(import.meta.url));\n';

function ncc(entry, out) {
  rmSync(out, { recursive: true, force: true });
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
    stdio: 'inherit',
  });
}

/**
 * Files ncc copies that the action must not ship: native addons (ssh2's optional
 * sshcrypto and cpu-features, built for this machine's Node ABI, not the runner's
 * node24 — ssh2 falls back to pure JavaScript without them) and TypeScript sources
 * it copied as assets.
 */
function prune(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      prune(path);
      if (readdirSync(path).length === 0) rmSync(path, { recursive: true });
    } else if (name.endsWith('.node') || name.endsWith('.ts') || name.endsWith('.a') || name.endsWith('.o')) {
      rmSync(path);
    }
  }
}

const entries = { main: 'src/action/main.ts', post: 'src/action/post.ts' };
for (const [name, entry] of Object.entries(entries)) {
  const scratch = `dist/.build-${name}`;
  ncc(entry, scratch);
  const bundle = join(scratch, 'index.js');
  writeFileSync(bundle, PRELUDE + readFileSync(bundle, 'utf8'));
  prune(scratch);
  if (name === 'main') {
    // The prober splits a large scan over worker threads, loading ./worker.js beside
    // itself; give the main bundle its own bundled worker.
    const worker = 'dist/.build-worker';
    ncc('src/prober/worker.ts', worker);
    copyFileSync(join(worker, 'index.js'), join(scratch, 'worker.js'));
    rmSync(worker, { recursive: true, force: true });
  }
  rmSync(`dist/${name}`, { recursive: true, force: true });
  renameSync(scratch, `dist/${name}`);
}
if (!existsSync('dist/main/index.js') || !existsSync('dist/post/index.js')) {
  throw new Error('bundle: dist/main or dist/post is missing');
}
