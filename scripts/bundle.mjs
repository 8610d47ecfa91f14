// Bundle the action's entry points with @vercel/ncc into dist/ (committed; CI checks it is fresh).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

// ncc emits an ES module, where CommonJS's __dirname does not exist; ssh2's bundled
// poly1305 (emscripten) reads it at load time. Define it once, at the top of the bundle.
const PRELUDE =
  "import { dirname as __portcullisDirname } from 'node:path';\n" +
  "import { fileURLToPath as __portcullisFileURLToPath } from 'node:url';\n" +
  'const __dirname = __portcullisDirname(__portcullisFileURLToPath(import.meta.url));\n';

const entries = { main: 'src/action/main.ts', post: 'src/action/post.ts' };
for (const [name, entry] of Object.entries(entries)) {
  rmSync(`dist/${name}`, { recursive: true, force: true });
  execFileSync('npx', ['ncc', 'build', entry, '-o', `dist/${name}`, '--license', 'licenses.txt', '--quiet'], {
    stdio: 'inherit',
  });
  const bundle = `dist/${name}/index.js`;
  writeFileSync(bundle, PRELUDE + readFileSync(bundle, 'utf8'));
}
