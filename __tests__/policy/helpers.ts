import type { EvaluationContext, Evidence, Finding, Protocol, RiskClass } from '../../src/model.js';
import { lookupService } from '../../src/services.js';

/** A finding as the fingerprint stage would produce it (service from the registry, evidence as given). */
export function finding(
  host: string,
  port: number,
  service?: string,
  evidence: Evidence = {},
  extra: {
    protocol?: Protocol;
    hostname?: string;
    state?: Finding['state'];
    confidence?: 'high' | 'low';
  } = {},
): Finding {
  const def = service ? lookupService(service) : undefined;
  const risk: RiskClass[] = def ? [...def.risk] : ['unknown'];
  return {
    host,
    ...(extra.hostname ? { hostname: extra.hostname } : {}),
    port,
    protocol: extra.protocol ?? 'tcp',
    state: extra.state ?? 'open',
    reason: 'connected',
    tries: 1,
    ...(service ? { service: { name: service, confidence: extra.confidence ?? 'high' } } : {}),
    risk,
    evidence,
  };
}

export const NOW = new Date('2026-11-26T10:00:00Z');

export function ctx(extra: Partial<EvaluationContext> = {}): EvaluationContext {
  return { vantage: 'untrusted', now: NOW, ...extra };
}
