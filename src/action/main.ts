import { mainStep } from './main-step.js';
import { runnerIO } from './io.js';

// The action's main entry (dist/main): thin, as in actions/typescript-action; the logic is in main-step.ts.
// PORTCULLIS_LOAD_ONLY=1: stop once every module is loaded (the imports above run first), so
// `npm run bench` can time the bundle's load without running the action.
if (process.env.PORTCULLIS_LOAD_ONLY === '1') process.exit(0);
const io = runnerIO();
try {
  await mainStep({ io });
} catch (err) {
  // mainStep reports its own failures; this is the last line for a bug in it.
  io.setFailed(`Portcullis failed unexpectedly: ${err instanceof Error ? err.message : String(err)}`);
}
// The started environment runs on until the post step; do not wait for it.
process.exit();
