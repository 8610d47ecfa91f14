/**
 * The lifecycle stage: bring the environment up (`start`), wait until it
 * answers (`wait-for`), and tear it down (`stop`). In the action, main runs
 * start and wait, and the post step runs stop, so teardown survives failures.
 */
export { parseWaitFor, waitFor, type WaitEntry } from './wait.js';
export {
  lineLogger,
  runCommand,
  startEnvironment,
  stopEnvironment,
  type StartedEnvironment,
} from './process.js';
export {
  bringUp,
  composeTargets,
  execProgram,
  followLog,
  tailOf,
  tearDown,
  type BringUpOptions,
  type Environment,
  type TearDownOptions,
} from './environment.js';
export {
  composeCommands,
  discoverPublishedPorts,
  parseComposePs,
  type ComposeDiscovery,
  type ComposePublisher,
} from './compose.js';
export { commandEnvironment, SCRUBBED_NAMES, SCRUBBED_PREFIXES } from './command-env.js';
export { newListeners, parseProcAddress, parseProcNet, readListeners, type Listener } from './listeners.js';
