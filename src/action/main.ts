import { mainStep } from './main-step.js';
import { runnerIO } from './io.js';

// The action's main entry (dist/main): thin, as in actions/typescript-action; the logic is in main-step.ts.
await mainStep({ io: runnerIO() });
// The started environment runs on until the post step; do not wait for it.
process.exit();
