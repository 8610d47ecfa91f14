/**
 * Debug and runtime ports, from spec-built answers of listeners the test starts on its own
 * loopback address (a JVM, an RMI registry, epmd and an X server would each cost seconds to
 * start, and X servers and epmd bind the wildcard address): JDWP, Java RMI, EPMD, X11 open
 * and refused; and an echo, which repeats the JDWP handshake but is not a debugger.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:net';
import { CATALOGUE } from '../../src/catalogue/index.js';
import { EPMD_NAMES, JRMI_PROBE, X11_SETUP } from '../../src/catalogue/records/debug.js';
import { fingerprintAll } from '../../src/fingerprint/index.js';
import { jdwpProbe, parseJdwp } from '../../src/fingerprint/protocols/jdwp.js';
import { matchRules } from '../../src/fingerprint/rules.js';
import type { Finding } from '../../src/model.js';
import { DaemonLab, requireDaemons } from '../helpers/daemons.js';
import { DAEMON_TIMING, findingAt, openPort } from './real-daemons.js';

const record = (name: string) => CATALOGUE.find((r) => r.name === name)!;

const jstr = (s: string) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(Buffer.byteLength(s));
  return Buffer.concat([b, Buffer.from(s)]);
};

/** The JDWP handshake back, then a VirtualMachine.Version reply packet to the command's id. */
function jdwpAnswer(command: Buffer): Buffer {
  const ints = Buffer.alloc(8);
  ints.writeInt32BE(17, 0);
  ints.writeInt32BE(0, 4);
  const data = Buffer.concat([
    jstr('Java Debug Wire Protocol (Reference Implementation) version 17.0'),
    ints,
    jstr('17.0.9'),
    jstr('OpenJDK 64-Bit Server VM'),
  ]);
  const head = Buffer.alloc(11);
  head.writeUInt32BE(11 + data.length, 0);
  command.copy(head, 4, 4, 8);
  head[8] = 0x80;
  return Buffer.concat([Buffer.from('JDWP-Handshake'), head, data]);
}

/** ProtocolAck with the client's host and port (Java RMI spec §10.2.2). */
function protocolAck(host: string, port: number): Buffer {
  const h = Buffer.alloc(2);
  h.writeUInt16BE(host.length);
  const p = Buffer.alloc(4);
  p.writeUInt32BE(port);
  return Buffer.concat([Buffer.from([0x4e]), h, Buffer.from(host), p]);
}

const EPMD_ANSWER = Buffer.concat([
  Buffer.from([0, 0, 0x11, 0x11]),
  Buffer.from('name rabbit at port 25672\n'),
]);

/** X11 setup Success (protocol ch. 8) with a vendor string, as Xorg sends it (the fixed part). */
function x11Success(vendor: string): Buffer {
  const fixed = Buffer.alloc(40);
  fixed[0] = 1;
  fixed.writeUInt16LE(11, 2);
  fixed.writeUInt16LE(0, 4);
  fixed.writeUInt16LE(vendor.length, 24);
  const pad = (4 - (vendor.length % 4)) % 4;
  return Buffer.concat([
    fixed,
    Buffer.from(vendor),
    Buffer.alloc(pad),
    Buffer.from([1, 1, 32, 0, 0, 0, 0, 0]),
  ]);
}

function x11Failed(reason: string): Buffer {
  const head = Buffer.alloc(8);
  head[0] = 0;
  head[1] = reason.length;
  head.writeUInt16LE(11, 2);
  head.writeUInt16LE(Math.ceil(reason.length / 4), 6);
  return Buffer.concat([head, Buffer.from(reason), Buffer.alloc((4 - (reason.length % 4)) % 4)]);
}

describe('parsers (pure)', () => {
  test('JDWP: the handshake and a reply naming our packet; our own probe coming back is not a reply', () => {
    const probe = jdwpProbe();
    expect(parseJdwp(jdwpAnswer(probe.subarray(14)))).toMatchObject({
      service: 'jdwp',
      product: 'OpenJDK 64-Bit Server VM',
      version: '17.0.9',
      confident: true,
      evidence: { 'jdwp.open': true },
    });
    expect(parseJdwp(probe)?.confident).toBe(false);
    expect(parseJdwp(Buffer.from('HTTP/1.1 400 Bad Request\r\n\r\n'))).toBeUndefined();
  });
  test('RMI, EPMD, X11: answers match, our own probes and garbage do not', () => {
    expect(matchRules(record('rmi'), protocolAck('127.0.0.1', 40000))?.evidence).toEqual({
      'rmi.jrmp': true,
      'rmi.client_host': '127.0.0.1',
    });
    expect(matchRules(record('epmd'), EPMD_ANSWER)?.evidence).toEqual({
      'epmd.answered': true,
      'epmd.node': 'rabbit',
    });
    expect(matchRules(record('x11'), x11Success('The X.Org Foundation'))).toMatchObject({
      product: 'The X.Org Foundation',
      evidence: { 'x11.open': true },
    });
    expect(matchRules(record('x11'), x11Failed('No protocol specified\n'))?.evidence).toEqual({
      'x11.open': false,
      'x11.refusal': 'No protocol specified',
    });
    for (const [name, probe] of [
      ['rmi', JRMI_PROBE],
      ['epmd', EPMD_NAMES],
      ['x11', X11_SETUP],
    ] as const) {
      expect(matchRules(record(name), probe)).toBeUndefined();
      expect(matchRules(record(name), Buffer.alloc(64, 0xff))).toBeUndefined();
    }
  });
});

const env = requireDaemons([]);
if (!env.ok) console.log(`debug-port listener tests skipped: ${env.reason}`);
const run = env.ok ? describe : describe.skip;

run('debug ports on the wire (spec-built answers)', () => {
  const lab = new DaemonLab('debug');
  let addr = '';
  const servers: Server[] = [];
  let findings: Finding[] = [];
  const ODD = { x11Closed: 16001, echo: 15006, jdwp: 18787 };

  const listen = async (port: number, onData: (d: Buffer) => Buffer | undefined) => {
    const s = createServer((c) => {
      let seen = Buffer.alloc(0);
      c.on('data', (d) => {
        seen = Buffer.concat([seen, d]);
        const out = onData(seen);
        if (out) {
          c.write(out);
          seen = Buffer.alloc(0);
        }
      });
      c.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => s.listen(port, addr, resolve));
    servers.push(s);
  };

  beforeAll(async () => {
    addr = await lab.address();
    // A JVM reads the 14-byte handshake, answers it, then reads the command packet.
    const jdwp = (d: Buffer) =>
      d.length >= 25 && d.subarray(0, 14).toString() === 'JDWP-Handshake'
        ? jdwpAnswer(d.subarray(14))
        : undefined;
    await listen(5005, jdwp);
    await listen(ODD.jdwp, jdwp);
    await listen(1099, (d) =>
      d.subarray(0, 4).toString() === 'JRMI' ? protocolAck(addr, 40000) : undefined,
    );
    await listen(4369, (d) => (d.length >= 3 && d[2] === 0x6e ? EPMD_ANSWER : undefined));
    await listen(6000, (d) =>
      d.length >= 12 && d[0] === 0x6c ? x11Success('The X.Org Foundation') : undefined,
    );
    await listen(ODD.x11Closed, (d) =>
      d.length >= 12 && d[0] === 0x6c ? x11Failed('No protocol specified\n') : undefined,
    );
    await listen(ODD.echo, (d) => d);
    findings = await fingerprintAll(
      [5005, ODD.jdwp, 1099, 4369, 6000, ODD.x11Closed].map((p) => openPort(addr, p)),
      DAEMON_TIMING,
    );
  }, 90_000);
  afterAll(async () => {
    for (const s of servers) s.close();
    await lab.close();
  });

  test.each([
    [5005, 'jdwp', { 'jdwp.open': true }],
    [ODD.jdwp, 'jdwp', { 'jdwp.open': true }],
    [1099, 'java-rmi', { 'rmi.jrmp': true }],
    [4369, 'epmd', { 'epmd.answered': true, 'epmd.node': 'rabbit' }],
    [6000, 'x11', { 'x11.open': true }],
    [ODD.x11Closed, 'x11', { 'x11.open': false }],
  ] as const)('%i is %s, with its fact', (port, service, evidence) => {
    const f = findingAt(findings, addr, port);
    expect(f.service).toMatchObject({ name: service, confidence: 'high' });
    expect(f.evidence).toMatchObject(evidence);
  });

  test('an echo repeats the JDWP probe but is an echo, not a debugger', async () => {
    const [f] = await fingerprintAll([openPort(addr, ODD.echo)], { ...DAEMON_TIMING, probes: ['jdwp'] });
    expect(f.service?.name).toBe('echo');
    expect(f.evidence['jdwp.open']).toBeUndefined();
  });
});
