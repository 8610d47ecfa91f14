/**
 * rpcbind / portmapper: Debian's rpcbind in a network namespace of the test's own (it binds
 * 0.0.0.0:111 and [::]:111 whatever it is told, and has no option for another port, so only the
 * usual port is tested), with NFS and mountd registered as an NFS server would register them:
 * a NULL call names it over TCP and UDP, and DUMP lists the programs.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fingerprintAll } from '../../src/fingerprint/index.js';
import { acceptedReply, parseDump, rpcCall, RPC_XID } from '../../src/fingerprint/protocols/rpcbind.js';
import type { Finding } from '../../src/model.js';
import { DaemonLab, requireDaemons } from '../helpers/daemons.js';
import { DAEMON_TIMING, findingAt, openPort } from './real-daemons.js';

/** An accepted reply: xid, REPLY, MSG_ACCEPTED, an AUTH_NULL verifier, SUCCESS; then `body`. */
function reply(body: Buffer, xid = RPC_XID): Buffer {
  const head = Buffer.alloc(24);
  head.writeUInt32BE(xid, 0);
  head.writeUInt32BE(1, 4);
  return Buffer.concat([head, body]);
}

function dump(progs: number[]): Buffer {
  const parts = progs.map((p) => {
    const e = Buffer.alloc(20);
    e.writeUInt32BE(1, 0);
    e.writeUInt32BE(p, 4);
    e.writeUInt32BE(2, 8);
    e.writeUInt32BE(6, 12);
    e.writeUInt32BE(111, 16);
    return e;
  });
  return Buffer.concat([...parts, Buffer.alloc(4)]);
}

describe('RPC replies (pure)', () => {
  test('DUMP lists programs by name; a call (an echo), another xid or a short list is not a reply', () => {
    const body = acceptedReply(reply(dump([100000, 100003, 100005, 395000])));
    expect(parseDump(body!)).toEqual({ programs: ['395000', 'mountd', 'nfs', 'portmapper'], entries: 4 });
    expect(acceptedReply(rpcCall(4))).toBeUndefined();
    expect(acceptedReply(reply(Buffer.alloc(8), 1))).toBeUndefined();
    expect(parseDump(Buffer.concat([Buffer.alloc(4), dump([100000]).subarray(0, 12)]))).toBeUndefined();
    expect(rpcCall(0).length).toBe(40);
  });
});

const env = requireDaemons(['rpcbind']);
if (!env.ok) console.log(`rpcbind tests skipped: ${env.reason}`);
const run = env.ok ? describe : describe.skip;

run('rpcbind in a namespace', () => {
  const lab = new DaemonLab('rpcbind');
  let addr = '';
  let findings: Finding[] = [];

  beforeAll(async () => {
    const d = await lab.rpcbind();
    addr = d.info.address;
    d.register([
      [100003, 3, 6, 2049],
      [100005, 3, 17, 20048],
    ]);
    findings = await fingerprintAll([openPort(addr, 111), openPort(addr, 111, 'udp')], DAEMON_TIMING);
  }, 60_000);
  afterAll(() => lab.close());

  test.each(['tcp', 'udp'] as const)(
    'over %s: rpcbind, with nfs and mountd among its programs',
    (protocol) => {
      const f = findingAt(findings, addr, 111, protocol);
      expect(f).toMatchObject({ service: { name: 'rpcbind' }, evidence: { 'rpcbind.answered': true } });
      expect(f.evidence['rpcbind.programs']).toEqual(['mountd', 'nfs', 'portmapper']);
    },
  );
});
