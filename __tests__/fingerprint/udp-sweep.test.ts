/**
 * UDP as `nmap -sV` does it: a UDP service on an odd port ignores the prober's usual payload
 * (there is none for the port), so the port is open|filtered; the sweep sends it every UDP
 * payload of the catalogue, and the one that answers names it and opens it. Real snmpd and
 * memcached, each on an odd port of the lab's own address, scanned by run() end to end.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/run.js';
import type { Report } from '../../src/model.js';
import { DaemonLab, requireDaemons } from '../helpers/daemons.js';

const env = requireDaemons(['snmpd', 'memcached']);
if (!env.ok) console.log(`UDP sweep tests skipped: ${env.reason}`);
const maybe = env.ok ? describe : describe.skip;

maybe('the UDP sweep of open|filtered ports', () => {
  const lab = new DaemonLab('sweep');
  let addr = '';
  let dir = '';
  let policyFile = '';
  const SNMP = 11161;
  const MEMCACHED = 12211;
  const CLOSED = 12212;

  beforeAll(async () => {
    addr = await lab.address();
    await lab.snmpd({ address: addr, port: SNMP, community: 'public' });
    await lab.memcached({ address: addr, port: MEMCACHED, udp: true });
    dir = mkdtempSync(join(tmpdir(), 'pc-sweep-'));
    policyFile = join(dir, 'policy.yml');
    writeFileSync(policyFile, 'version: 1\ndefault: allow\n');
  }, 60_000);
  afterAll(async () => {
    await lab.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const scan = (extra: { udpSweepPorts?: number; probes?: string[] } = {}) =>
    run({
      targets: [addr],
      ports: `udp:${SNMP},${MEMCACHED},${CLOSED}`,
      policyFile,
      timeoutMs: 1500,
      retries: 1,
      ...extra,
    });
  const port = (r: Report, p: number) => r.ports.find((x) => x.port === p);

  test('every payload finds SNMP and memcached on odd ports: open, named, counted', async () => {
    const r = await scan();
    expect(port(r, SNMP)).toMatchObject({
      state: 'open',
      reason: 'reply',
      service: { name: 'snmp', confidence: 'high', identifiedBy: 'exchange' },
      evidence: { 'snmp.public': true },
    });
    expect(port(r, MEMCACHED)).toMatchObject({
      state: 'open',
      service: { name: 'memcached' },
      evidence: { 'memcached.udp': true },
    });
    expect(port(r, CLOSED)).toBeUndefined();
    expect(r.scan.counts).toMatchObject({ open: 2, openFiltered: 0, closed: 1 });
  }, 60_000);

  test('bounded: with --udp-sweep-ports 1 only the first open|filtered port is swept', async () => {
    const r = await scan({ udpSweepPorts: 1 });
    expect(port(r, SNMP)).toMatchObject({ state: 'open', service: { name: 'snmp' } });
    expect(port(r, MEMCACHED)?.state).toBe('open|filtered');
    expect(r.scan.counts).toMatchObject({ open: 1, openFiltered: 1 });
  }, 60_000);

  test('within --probes: a payload left out is not sent, so the port stays open|filtered', async () => {
    const r = await scan({ probes: ['dns', 'memcached'] });
    expect(port(r, SNMP)?.state).toBe('open|filtered');
    expect(port(r, MEMCACHED)?.service?.name).toBe('memcached');
  }, 60_000);

  test('0 turns the sweep off', async () => {
    const r = await scan({ udpSweepPorts: 0 });
    expect([port(r, SNMP)?.state, port(r, MEMCACHED)?.state]).toEqual(['open|filtered', 'open|filtered']);
  }, 60_000);
});
