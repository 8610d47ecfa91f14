import type { SessionSources } from '../session.js';
import { Input } from './constants.js';

/** The action's inputs, as errors name them. */
export const ACTION_SOURCES: SessionSources = {
  targets: `input ${Input.Targets}`,
  ports: `input ${Input.Ports}`,
  scope: `input ${Input.Scope}`,
  maxAddresses: `input ${Input.MaxAddresses}`,
  probes: `input ${Input.Probes}`,
  concurrency: `input ${Input.Concurrency}`,
  rate: `input ${Input.Rate}`,
  timeout: `input ${Input.Timeout}`,
  retries: 'input retries',
  udpSweepPorts: `input ${Input.UdpSweepPorts}`,
  failOn: `input ${Input.FailOn}`,
  shard: `input ${Input.Shard}`,
  baseline: `input ${Input.Baseline}`,
  writeBaseline: 'input write-baseline',
  waitFor: `input ${Input.WaitFor}`,
  maxDuration: `input ${Input.MaxDuration}`,
  listeners: `input ${Input.Listeners}`,
};
