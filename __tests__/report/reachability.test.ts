import { describe, expect, test } from '@jest/globals';
import type { Finding, Observation, Report } from '../../src/model.js';
import { MAX_DIAGRAM_EDGES, reachabilitySection } from '../../src/report/reachability.js';

function merged(n: number, serviceName = 'http'): Report {
  const observations: Observation[] = [];
  const ports: Finding[] = [];
  for (let i = 0; i < n; i++) {
    ports.push({
      host: '10.0.0.1',
      port: 1000 + i,
      protocol: 'tcp' as const,
      state: 'open' as const,
      reason: 'connected',
      tries: 1,
      risk: [],
      evidence: {},
      service: { name: serviceName, confidence: 'high' as const },
    });
    observations.push({
      host: '10.0.0.1',
      port: 1000 + i,
      protocol: 'tcp',
      vantage: 'untrusted',
      state: 'open',
    });
    observations.push({
      host: '10.0.0.1',
      port: 1000 + i,
      protocol: 'tcp',
      vantage: 'internal',
      state: 'not observed',
    });
  }
  return {
    version: 1,
    result: 'pass',
    partial: false,
    startedAt: '2026-11-26T08:00:00.000Z',
    durationMs: 1,
    policy: { file: 'p.yml' },
    scan: {
      targets: ['10.0.0.1'],
      ports: '1000-2000',
      vantage: 'untrusted',
      counts: { probed: n, open: n, closed: 0, filtered: 0 },
    },
    ports,
    verdicts: [],
    summary: { violations: 0, warnings: 0, passed: 0 },
    notices: [],
    observations,
  };
}

describe('the reachability picture', () => {
  test('nothing for a report without observations (a single scan)', () => {
    expect(reachabilitySection({ ...merged(1), observations: undefined })).toEqual([]);
  });

  test(`a diagram up to ${MAX_DIAGRAM_EDGES} open paths; past that, the matrix alone says so`, () => {
    const small = reachabilitySection(merged(MAX_DIAGRAM_EDGES)).join('\n');
    expect(small).toContain('```mermaid');
    expect(small.match(/-->/g)).toHaveLength(MAX_DIAGRAM_EDGES);
    const big = reachabilitySection(merged(MAX_DIAGRAM_EDGES + 1)).join('\n');
    expect(big).not.toContain('```mermaid');
    expect(big).toContain(`${MAX_DIAGRAM_EDGES + 1} open paths are more than ${MAX_DIAGRAM_EDGES}`);
    expect(big.match(/— not observed/g)).toHaveLength(MAX_DIAGRAM_EDGES + 1);
  });

  test('a hostile service name cannot end a Mermaid label or the code block', () => {
    const text = reachabilitySection(merged(1, 'x"]\n```\n<script>click s0 call alert()')).join('\n');
    const diagram = text.slice(text.indexOf('```mermaid'));
    expect(diagram.match(/```/g)).toHaveLength(2);
    expect(diagram).not.toContain('<script>');
    // One label, opened and closed by the renderer's own quotes and brackets.
    expect(diagram).toMatch(/^ {2}s0\["[^"[\]\n]*"\]$/m);
    expect(diagram.split('\n').filter((l) => l.includes('s0[')).length).toBe(1);
  });
});
