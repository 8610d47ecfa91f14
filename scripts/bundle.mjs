// Bundle the action's entry points with @vercel/ncc into dist/ (committed; CI checks it is fresh).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const entries = { main: 'src/action/main.ts', post: 'src/action/post.ts' };
for (const [name, entry] of Object.entries(entries)) {
  rmSync(`dist/${name}`, { recursive: true, force: true });
  execFileSync('npx', ['ncc', 'build', entry, '-o', `dist/${name}`, '--license', 'licenses.txt', '--quiet'], {
    stdio: 'inherit',
  });
}
