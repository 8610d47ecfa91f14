import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { PortResult } from '../../src/model.js';
import { scan } from '../../src/prober/index.js';
import { parsePorts, probeTasks, resolveTargets } from '../../src/targets/index.js';
import { createNamespace, listenerScript, namespaceSkipReason, type Namespace } from './netns.js';

/**
 * A real link to a real second host: a namespace behind a veth pair, listeners inside it,
 * and nftables rules that DROP some ports and REJECT others. The prober must tell open,
 * closed and filtered apart over IPv4 and IPv6, with both TCP socket implementations.
 */
const skip = namespaceSkipReason(['nft']);
if (skip) console.warn(`skipping the firewall tests: ${skip}`);
const maybe = skip ? describe.skip : describe;

const TCP_OPEN = [8080, 9443];
const TCP_NOTHING = 8081; // nothing listens: the kernel answers RST
const TCP_RESET = 8082; // listener behind "reject with tcp reset"
const TCP_DROP = [8083, 8084]; // listener behind "drop"
const TCP_PROHIBITED = 8085; // listener behind "reject with icmpx admin-prohibited"
const UDP_OPEN = 7000;
const UDP_NOTHING = 7001; // nothing listens: ICMP port unreachable
const UDP_DROP = 7002; // responder behind "drop"

maybe('prober against nftables DROP and REJECT in a network namespace', () => {
  let ns: Namespace;
  let cleanupScript = () => undefined as void;

  beforeAll(async () => {
    ns = createNamespace('fw');
    const listeners = listenerScript(
      [ns.v4, ns.v6],
      [...TCP_OPEN, TCP_RESET, ...TCP_DROP, TCP_PROHIBITED],
      [UDP_OPEN, UDP_DROP],
    );
    cleanupScript = listeners.cleanup;
    ns.exec(
      'nft',
      ['-f', '-'],
      `table inet portcullis_test {
        chain input {
          type filter hook input priority 0; policy accept;
          tcp dport { ${TCP_DROP.join(', ')} } drop
          udp dport ${UDP_DROP} drop
          tcp dport ${TCP_RESET} reject with tcp reset
          tcp dport ${TCP_PROHIBITED} reject with icmpx type admin-prohibited
        }
      }`,
    );
    await ns.spawn(process.execPath, [listeners.path]);
  }, 30000);

  afterAll(() => {
    ns?.destroy();
    cleanupScript();
  });

  const summary = (results: PortResult[]) =>
    results.map(
      (r) => `${r.host} ${r.protocol}/${r.port} ${r.state} ${r.reason}${r.tries > 1 ? ` x${r.tries}` : ''}`,
    );

  for (const tcpImplementation of ['auto', 'net'] as const) {
    it(`classifies open, closed and filtered over IPv4 and IPv6 (TCP via ${tcpImplementation})`, async () => {
      const targets = await resolveTargets([ns.v4, ns.v6]);
      const ports = parsePorts(
        [...TCP_OPEN, TCP_NOTHING, TCP_RESET, ...TCP_DROP, TCP_PROHIBITED].join(',') +
          `,udp:${UDP_OPEN},${UDP_NOTHING},${UDP_DROP}`,
      );
      const result = await scan(probeTasks(targets, ports), targets.count * ports.count, {
        keepClosed: true,
        timeoutMs: 600,
        // A floor well above a busy CI runner's scheduling delays, so an answer never looks like silence.
        minTimeoutMs: 300,
        retries: 1,
        tcpImplementation,
      });
      const expected = (host: string) => [
        `${host} tcp/${TCP_OPEN[0]} open connected`,
        `${host} tcp/${TCP_OPEN[1]} open connected`,
        `${host} tcp/${TCP_NOTHING} closed refused`,
        `${host} tcp/${TCP_RESET} closed refused`,
        `${host} tcp/${TCP_DROP[0]} filtered timeout x2`,
        `${host} tcp/${TCP_DROP[1]} filtered timeout x2`,
        // Linux ends a connect on ICMP "administratively prohibited" with EHOSTUNREACH over IPv4;
        // over IPv6 it keeps the error soft and retries the SYN, so the port is silent: filtered either way.
        host.includes(':')
          ? `${host} tcp/${TCP_PROHIBITED} filtered timeout x2`
          : `${host} tcp/${TCP_PROHIBITED} filtered host-unreachable`,
        `${host} udp/${UDP_OPEN} open reply`,
        `${host} udp/${UDP_NOTHING} closed refused`,
        `${host} udp/${UDP_DROP} open|filtered no-reply x2`,
      ];
      const all = summary([...result.open, ...result.others]).sort();
      expect(all).toEqual([...expected(ns.v4), ...expected(ns.v6)].sort());
      expect(summary(result.open)).toEqual([
        `${ns.v4} tcp/${TCP_OPEN[0]} open connected`,
        `${ns.v4} tcp/${TCP_OPEN[1]} open connected`,
        `${ns.v4} udp/${UDP_OPEN} open reply`,
        `${ns.v4} udp/${UDP_DROP} open|filtered no-reply x2`,
        `${ns.v6} tcp/${TCP_OPEN[0]} open connected`,
        `${ns.v6} tcp/${TCP_OPEN[1]} open connected`,
        `${ns.v6} udp/${UDP_OPEN} open reply`,
        `${ns.v6} udp/${UDP_DROP} open|filtered no-reply x2`,
      ]);
      expect(result.counts).toEqual({ probed: 20, open: 6, closed: 6, filtered: 6, openFiltered: 2 });
      expect(result.stats.localRetries).toBe(0);
    }, 30000);
  }

  it('reports an address with no host on the link as host-unreachable (ARP fails), not closed', async () => {
    // .3 is inside the /29 but nobody has it: the kernel's neighbour lookup gives up after ~3 s.
    const absent = ns.v4.replace(/\.2$/, '.3');
    const targets = await resolveTargets([absent]);
    const ports = parsePorts('80');
    const result = await scan(probeTasks(targets, ports), 1, {
      keepClosed: true,
      timeoutMs: 8000,
      retries: 0,
    });
    expect(summary(result.others)).toEqual([`${absent} tcp/80 filtered host-unreachable`]);
  }, 20000);
});
