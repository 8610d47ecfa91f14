import type { Finding, PortResult, RiskClass, ServiceInfo } from '../model.js';
import { lookupService, serviceForPort } from '../services.js';

/** Risk classes for a service name, from the registry; `unknown` when the registry does not know it. */
export function riskFor(name: string | undefined): RiskClass[] {
  const def = name === undefined ? undefined : lookupService(name);
  return def ? [...def.risk] : ['unknown'];
}

/** Connect-only mode: the service guessed from the port number (identifiedBy 'port', confidence 'low'), no evidence. */
export function findingFromPort(result: PortResult): Finding {
  const def = serviceForPort(result.port, result.protocol);
  const service: ServiceInfo | undefined = def
    ? { name: def.name, confidence: 'low', identifiedBy: 'port' }
    : undefined;
  return {
    ...result,
    ...(service ? { service } : {}),
    risk: def ? [...def.risk] : ['unknown'],
    evidence: {},
  };
}
