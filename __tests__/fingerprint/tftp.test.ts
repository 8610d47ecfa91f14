/**
 * TFTP: Debian's tftpd-hpa on its usual port and an odd one answers a read request for a file it
 * does not have with an ERROR from a new port (its transfer identifier), which only the TFTP
 * record's datagrams accept; a datagram from another address is never taken for the answer.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createSocket } from 'node:dgram';
import { CATALOGUE } from '../../src/catalogue/index.js';
import { tftpReadRequest } from '../../src/catalogue/records/directories.js';
import { udpExchange } from '../../src/fingerprint/io.js';
import { matchRules } from '../../src/fingerprint/rules.js';
import type { Report } from '../../src/model.js';
import { run as runScan } from '../../src/run.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DaemonLab, requireDaemons } from '../helpers/daemons.js';

const tftp = CATALOGUE.find((r) => r.name === 'tftp')!;

describe('TFTP replies (pure)', () => {
  test('an ERROR or DATA packet; the request itself is not', () => {
    expect(matchRules(tftp, Buffer.from('\x00\x05\x00\x01File not found\x00', 'latin1'))).toMatchObject({
      service: 'tftp',
      evidence: { 'tftp.answered': true, 'tftp.error': 'File not found' },
    });
    expect(matchRules(tftp, Buffer.from('\x00\x03\x00\x01hello', 'latin1'))?.evidence).toEqual({
      'tftp.answered': true,
    });
    expect(matchRules(tftp, tftpReadRequest())).toBeUndefined();
    expect(tftpReadRequest().length).toBeLessThanOrEqual(64);
  });
});

const env = requireDaemons(['tftpd']);
if (!env.ok) console.log(`TFTP tests skipped: ${env.reason}`);
const run = env.ok ? describe : describe.skip;

run('tftpd-hpa', () => {
  const lab = new DaemonLab('tftp');
  let addr = '';
  let other = '';

  let dir = '';
  let report: Report | undefined;

  beforeAll(async () => {
    addr = await lab.address();
    other = await lab.address();
    await Promise.all([lab.tftpd({ address: addr, port: 69 }), lab.tftpd({ address: addr, port: 1069 })]);
    dir = mkdtempSync(join(tmpdir(), 'pc-tftp-'));
    writeFileSync(join(dir, 'policy.yml'), 'version: 1\ndefault: allow\n');
    // End to end: the prober's connected socket never sees the reply from the new port, so both
    // ports stay open|filtered until the fingerprint stage's TFTP datagram accepts it.
    report = await runScan({
      targets: [addr],
      ports: 'udp:69,1069',
      policyFile: join(dir, 'policy.yml'),
      timeoutMs: 1500,
      retries: 1,
    });
  }, 60_000);
  afterAll(async () => {
    await lab.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test.each([69, 1069])('on %i: open, tftp, answered with File not found', (port) => {
    expect(report?.ports.find((p) => p.port === port && p.protocol === 'udp')).toMatchObject({
      state: 'open',
      service: { name: 'tftp' },
      evidence: { 'tftp.answered': true, 'tftp.error': 'File not found' },
    });
  });

  test('the connected exchange drops the reply from the new port; the any-port one takes it', async () => {
    expect(await udpExchange({ address: addr, port: 1069 }, tftpReadRequest(), 1500)).toBeUndefined();
    const reply = await udpExchange({ address: addr, port: 1069 }, tftpReadRequest(), 5000, undefined, {
      anyPort: true,
    });
    expect(reply?.subarray(0, 2)).toEqual(Buffer.from([0, 5]));
  });

  test('the any-port exchange takes a new port of the same address, never another address', async () => {
    // A listener on addr that answers from a socket of its own: first on `other` (ignored), then on addr.
    const server = createSocket('udp4');
    const fromOther = createSocket('udp4');
    const fromSame = createSocket('udp4');
    await Promise.all([
      new Promise<void>((r) => server.bind(0, addr, r)),
      new Promise<void>((r) => fromOther.bind(0, other, r)),
      new Promise<void>((r) => fromSame.bind(0, addr, r)),
    ]);
    let answerFrom = fromOther;
    server.on('message', (_m, rinfo) =>
      answerFrom.send(Buffer.from('\x00\x05\x00\x01x\x00', 'latin1'), rinfo.port, rinfo.address),
    );
    try {
      const ep = { address: addr, port: server.address().port };
      expect(await udpExchange(ep, tftpReadRequest(), 1500, undefined, { anyPort: true })).toBeUndefined();
      answerFrom = fromSame;
      expect(await udpExchange(ep, tftpReadRequest(), 5000, undefined, { anyPort: true })).toBeDefined();
    } finally {
      for (const s of [server, fromOther, fromSame]) s.close();
    }
  });
});
