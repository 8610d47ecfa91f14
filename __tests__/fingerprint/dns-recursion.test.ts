/**
 * An open resolver is proven by behaviour: a recursive query for a name outside the server's own
 * zones is answered. There is no internet here, so the name is in a loopback zone of the test's
 * own: one dnsmasq holds example.test, a second forwards example.test to it (an open resolver for
 * that name), and a third has no upstream at all, so it answers REFUSED — with the RA flag set,
 * which is why the flag is not read. Each on its usual port and an odd one, over UDP and TCP.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createSocket } from 'node:dgram';
import { fingerprintAll } from '../../src/fingerprint/index.js';
import { recursiveQuery } from '../../src/fingerprint/protocols/dns.js';
import type { Finding, PortResult, Protocol } from '../../src/model.js';
import { DaemonLab, requireDaemons } from '../helpers/daemons.js';
import { findingAt, openPort } from './real-daemons.js';

const NAME = 'www.example.test';
const TIMING = { timeoutMs: 10_000, bannerWaitMs: 1_000, replyWaitMs: 1_500 };

const env = requireDaemons(['dnsmasq']);
if (!env.ok) console.log(`DNS recursion tests skipped: ${env.reason}`);
const run = env.ok ? describe : describe.skip;

run('open resolvers, proven by a recursive query for a name outside the zones', () => {
  const lab = new DaemonLab('dnsrec');
  const at: Record<string, string> = {};
  let findings: Finding[] = [];
  const ODD = 10053;
  /** The odd UDP port as a firewalled-looking scan leaves it: the sweep must find it. */
  const silentUdp = (host: string): PortResult => ({
    ...openPort(host, ODD, 'udp'),
    state: 'open|filtered',
    reason: 'timeout',
  });

  beforeAll(async () => {
    for (const k of ['zone', 'open', 'closed']) at[k] = await lab.address();
    await lab.dnsmasq({ address: at.zone, port: 5300, extra: ['--address=/example.test/192.0.2.7'] });
    const forward = [`--server=/example.test/${at.zone}#5300`];
    await Promise.all([
      lab.dnsmasq({ address: at.open, port: 53, extra: forward }),
      lab.dnsmasq({ address: at.open, port: ODD, extra: forward }),
      lab.dnsmasq({ address: at.closed, port: 53 }),
      lab.dnsmasq({ address: at.closed, port: ODD }),
    ]);
    findings = await fingerprintAll(
      ['open', 'closed'].flatMap((k) => [
        openPort(at[k], 53, 'udp'),
        openPort(at[k], 53, 'tcp'),
        silentUdp(at[k]),
        openPort(at[k], ODD, 'tcp'),
      ]),
      { ...TIMING, dnsRecursionName: NAME },
    );
  }, 90_000);
  afterAll(() => lab.close());

  const cases: [number, Protocol][] = [
    [53, 'udp'],
    [53, 'tcp'],
    [ODD, 'udp'],
    [ODD, 'tcp'],
  ];

  test.each(cases)('a forwarder that answers for the name on %i/%s is an open resolver', (port, protocol) => {
    const f = findingAt(findings, at.open, port, protocol);
    expect(f.state).toBe('open');
    expect(f.service).toMatchObject({ name: 'dns', product: 'dnsmasq', confidence: 'high' });
    expect(f.evidence['dns.open_resolver']).toBe(true);
    expect(f.evidence['dns.recursion_query']).toMatch(
      /^recursive A query for www\.example\.test answered NOERROR with 1 record/,
    );
  });

  test.each(cases)('a server that answers REFUSED on %i/%s is not one', (port, protocol) => {
    const f = findingAt(findings, at.closed, port, protocol);
    expect(f.service).toMatchObject({ name: 'dns', confidence: 'high' });
    expect(f.evidence['dns.open_resolver']).toBe(false);
    expect(f.evidence['dns.recursion_query']).toBe(
      'recursive A query for www.example.test answered REFUSED with 0 records',
    );
    expect(f.evidence).not.toHaveProperty('dns.recursion_available');
  });

  test('the refusing server sets the RA flag all the same: the flag proves nothing', async () => {
    const s = createSocket('udp4');
    const reply = await new Promise<Buffer | undefined>((resolve) => {
      const timer = setTimeout(() => resolve(undefined), 5000);
      s.on('message', (m) => {
        clearTimeout(timer);
        resolve(m);
      });
      s.send(recursiveQuery(NAME), 53, at.closed);
    });
    s.close();
    expect(reply).toBeDefined();
    const flags = reply!.readUInt16BE(2);
    expect({ ra: (flags & 0x80) !== 0, rcode: flags & 0xf }).toEqual({ ra: true, rcode: 5 });
  });

  test('the swept odd UDP port is reported open, named by its reply', () => {
    for (const k of ['open', 'closed'])
      expect(findingAt(findings, at[k], ODD, 'udp')).toMatchObject({ state: 'open', reason: 'reply' });
  });
});
