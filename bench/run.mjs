// `npm run bench`: every benchmark in one run, figures printed side by side, nothing asserted.
// The prober's benchmark first, then the policy engine's (when bench/policy.mjs exists), then the merge's.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let failed = false;
for (const name of ['prober.mjs', 'policy.mjs', 'merge.mjs']) {
  const path = fileURLToPath(new URL(name, import.meta.url));
  if (!existsSync(path)) continue;
  const r = spawnSync(process.execPath, [path], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`bench/${name} exited with ${r.status ?? r.signal}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
