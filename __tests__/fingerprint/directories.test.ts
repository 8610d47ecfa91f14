/**
 * Directories and file services: Debian's slapd (anonymous bind allowed on 389, disallowed on an
 * odd port) and rsync in daemon mode (a listable module on 873, only an unlisted one on an odd
 * port).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { fingerprintAll } from '../../src/fingerprint/index.js';
import type { Finding } from '../../src/model.js';
import { ldapProbe, parseLdap } from '../../src/fingerprint/protocols/ldap.js';
import { parseRsync, parseRsyncList } from '../../src/fingerprint/protocols/rsync.js';
import { DaemonLab, requireDaemons } from '../helpers/daemons.js';
import { rsyncd, slapd } from '../helpers/protocol-daemons.js';
import { DAEMON_TIMING, findingAt, openPort } from './real-daemons.js';

/** A BindResponse (RFC 4511 §4.2.2) with `code`, as message 1. */
const bindResponse = (code: number) =>
  Buffer.from([0x30, 0x0c, 0x02, 0x01, 0x01, 0x61, 0x07, 0x0a, 0x01, code, 0x04, 0x00, 0x04, 0x00]);

describe('parsers (pure)', () => {
  test('BindResponse 0 is an anonymous bind, 53 is not; our own request is not a response; garbage', () => {
    expect(parseLdap(bindResponse(0))?.evidence).toEqual({
      'ldap.bind_result': 0,
      'ldap.anonymous_bind': true,
    });
    expect(parseLdap(bindResponse(53))?.evidence).toEqual({
      'ldap.bind_result': 53,
      'ldap.anonymous_bind': false,
    });
    expect(parseLdap(ldapProbe())).toBeUndefined();
    expect(parseLdap(Buffer.alloc(64, 0xff))).toBeUndefined();
    expect(parseLdap(Buffer.from([0x30, 0x84, 0xff, 0xff, 0xff, 0xff]))).toBeUndefined();
  });
  test('rsync: the greeting and a #list answer', () => {
    expect(parseRsync(Buffer.from('@RSYNCD: 31.0 sha512 sha256 sha1 md5 md4\n'))?.evidence).toEqual({
      'rsync.protocol': '31.0',
    });
    expect(parseRsync(Buffer.from('SSH-2.0-x\r\n'))).toBeUndefined();
    expect(parseRsyncList(Buffer.from('pub            \tpublic files\nsrc\n@RSYNCD: EXIT\n'))).toEqual([
      'pub',
      'src',
    ]);
    expect(parseRsyncList(Buffer.from('@RSYNCD: EXIT\n'))).toEqual([]);
    expect(parseRsyncList(Buffer.from('pub\n'))).toBeUndefined();
  });
});

const env = requireDaemons([]);
const missing = ['/usr/sbin/slapd', '/usr/bin/rsync'].filter((b) => !existsSync(b));
const reason = env.ok
  ? missing.length
    ? `${missing.join(', ')} missing (.ci/apt-packages.txt)`
    : ''
  : env.reason;
if (reason) console.log(`directory daemon tests skipped: ${reason}`);
const run = reason ? describe.skip : describe;

run('slapd and rsync on the wire', () => {
  const lab = new DaemonLab('dirs');
  let addr = '';
  let findings: Finding[] = [];
  const ODD = { ldap: 10389, rsync: 10873 };

  beforeAll(async () => {
    addr = await lab.address();
    await Promise.all([
      slapd(lab, addr, 389, true),
      slapd(lab, addr, ODD.ldap, false),
      rsyncd(lab, addr, 873, true),
      rsyncd(lab, addr, ODD.rsync, false),
    ]);
    findings = await fingerprintAll(
      [389, ODD.ldap, 873, ODD.rsync].map((p) => openPort(addr, p)),
      DAEMON_TIMING,
    );
  }, 90_000);
  afterAll(async () => {
    await lab.close();
  });

  test('slapd: anonymous bind accepted and the root DSE read on 389; refused on the odd port', () => {
    expect(findingAt(findings, addr, 389)).toMatchObject({
      service: { name: 'ldap', confidence: 'high' },
      evidence: {
        'ldap.anonymous_bind': true,
        'ldap.bind_result': 0,
        'ldap.root_dse': true,
        'ldap.naming_contexts': ['dc=portcullis,dc=test'],
      },
    });
    const closed = findingAt(findings, addr, ODD.ldap);
    expect(closed).toMatchObject({ service: { name: 'ldap' }, evidence: { 'ldap.anonymous_bind': false } });
    expect(closed.evidence['ldap.naming_contexts']).toBeUndefined();
  });

  test('rsync: modules listed on 873, none on the odd port', () => {
    expect(findingAt(findings, addr, 873)).toMatchObject({
      service: { name: 'rsync', product: 'rsync' },
      evidence: { 'rsync.modules_listed': true, 'rsync.modules': ['pub'] },
    });
    expect(findingAt(findings, addr, ODD.rsync)).toMatchObject({
      service: { name: 'rsync' },
      evidence: { 'rsync.modules_listed': false, 'rsync.modules': [] },
    });
  });
});
