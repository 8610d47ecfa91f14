// Bundle the entry points with @vercel/ncc into dist/: the action's main and post steps
// (dist/main, dist/post: committed, CI checks they are fresh) and the CLI (dist/cli: the
// one file the npm package runs, so installing it needs nothing from the registry).
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
 * Files ncc copies that no bundle may ship: native addons (ssh2's optional
 * sshcrypto and cpu-features, built for this machine's Node ABI, not the runner's
 * node24 or the user's Node — ssh2 falls back to pure JavaScript without them) and
 * TypeScript sources it copied as assets.
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

// The prober shards a large scan over worker threads, loading ./worker.js beside
// itself (src/prober/shards.ts): the action's main step and the CLI each get a copy of
// one bundled worker.
const worker = 'dist/.build-worker';
ncc('src/prober/worker.ts', worker);

const entries = [
  { name: 'main', entry: 'src/action/main.ts', worker: true },
  { name: 'post', entry: 'src/action/post.ts', worker: false },
  { name: 'cli', entry: 'src/cli/index.ts', worker: true },
];
for (const { name, entry, worker: withWorker } of entries) {
  const scratch = `dist/.build-${name}`;
  ncc(entry, scratch);
  // The entry and every chunk ncc split off (modules loaded on first use, such as ssh2) get the
  // prelude: each is an ES module of its own, where CommonJS's __dirname does not exist.
  for (const file of readdirSync(scratch).filter((f) => f.endsWith('.js'))) {
    const path = join(scratch, file);
    writeFileSync(path, PRELUDE + readFileSync(path, 'utf8'));
  }
  prune(scratch);
  // ssh2's helper for PuTTY's Pageant agent on Windows: the CLI never uses an SSH agent,
  // and the npm package should not carry a Windows executable it never runs.
  if (name === 'cli') rmSync(join(scratch, 'pagent.exe'), { force: true });
  if (withWorker) copyFileSync(join(worker, 'index.js'), join(scratch, 'worker.js'));
  rmSync(`dist/${name}`, { recursive: true, force: true });
  renameSync(scratch, `dist/${name}`);
}
rmSync(worker, { recursive: true, force: true });
for (const { name } of entries) {
  if (!existsSync(`dist/${name}/index.js`)) throw new Error(`bundle: dist/${name}/index.js is missing`);
}
