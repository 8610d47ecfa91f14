import { postStep } from './post-step.js';
import { runnerIO } from './io.js';

// The action's post entry (dist/post), run with post-if: always().
await postStep(runnerIO());
