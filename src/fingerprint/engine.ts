import type { Finding, PortResult } from '../model.js';
import type { FingerprintOptions } from './index.js';
import { findingFromPort } from './finding.js';

// Interim: the protocol modules land in the next commits; until then every port is a port-number guess.
export async function fingerprintAll(
  results: PortResult[],
  _options: FingerprintOptions,
): Promise<Finding[]> {
  return results.map(findingFromPort);
}
