import { tearDown, tailOf } from '../lifecycle/index.js';
import { Input, SECRET_INPUTS, State } from './constants.js';
import type { ActionIO } from './io.js';

/**
 * The post step (`post-if: always()`): tear down what main brought up, after
 * success, failure or cancellation alike. It only ever warns: a teardown
 * problem must not turn a passing job red.
 */
export async function postStep(io: ActionIO): Promise<void> {
  const logger = io.logger;
  try {
    if (io.getState(State.Lifecycle) !== 'true') {
      logger.info('main did not reach the lifecycle stage: nothing to tear down');
      return;
    }
    const pidText = io.getState(State.StartPid);
    const pid = /^\d+$/.test(pidText) ? Number(pidText) : undefined;
    const composeFile = io.getState(State.ComposeFile) || undefined;
    const cwd = io.getState(State.Cwd) || process.cwd();
    const stop = io.getInput(Input.Stop).trim() || undefined;
    const startLog = io.getState(State.StartLog);
    if (startLog) {
      const tail = tailOf(startLog);
      if (tail.length)
        await logger.group('start command output (last lines)', async () =>
          tail.forEach((l) => logger.info(l)),
        );
    }
    if (!stop && !pid && !composeFile) {
      logger.info('nothing to tear down');
      return;
    }
    // The same secrets main kept from start: stop sees neither the inputs nor these values.
    const secrets = SECRET_INPUTS.map((name) => io.getInput(name).trim()).filter(Boolean);
    await logger.group('stop', () => tearDown({ stop, pid, composeFile, cwd, logger, secrets }));
  } catch (err) {
    logger.warn(`teardown failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
