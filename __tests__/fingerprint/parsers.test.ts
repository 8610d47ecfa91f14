/**
 * The protocol parsers, from bytes recorded off real Debian daemons
 * (fixtures/, see record-fixtures.ts) and, for protocols with no Debian
 * daemon in the test set, from bytes built to the protocol's specification.
 * Every recorded reply is also offered to every other parser: only its own
 * may claim it.
 */
import { describe, expect, test } from '@jest/globals';
import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import { TCP_MODULES, UDP_MODULES } from '../../src/fingerprint/modules.js';
import { bsonCommand, readBson } from '../../src/fingerprint/protocols/bson.js';
import { parseDnsMessage, parseDnsTcp, versionQuery } from '../../src/fingerprint/protocols/dns.js';
import { parseFtp } from '../../src/fingerprint/protocols/ftp.js';
import { authSchemes, parseHttp, parseHttpResponse } from '../../src/fingerprint/protocols/http-parse.js';
import { ikeSaInit, parseIke } from '../../src/fingerprint/protocols/ike.js';
import { parseImap } from '../../src/fingerprint/protocols/imap.js';
import { memcachedUdpModule, parseMemcached } from '../../src/fingerprint/protocols/memcached.js';
import { mongoQuery, parseMongodb, parseMongoReply } from '../../src/fingerprint/protocols/mongodb.js';
import { parseMysql } from '../../src/fingerprint/protocols/mysql.js';
import { ntpRequest, parseNtp } from '../../src/fingerprint/protocols/ntp.js';
import { hardReset, parseOpenvpnPacket, parseOpenvpnTcp } from '../../src/fingerprint/protocols/openvpn.js';
import { parsePop3 } from '../../src/fingerprint/protocols/pop3.js';
import {
  parseErrorFields,
  parsePostgresql,
  parseSslRequestReply,
  parseStartupReply,
  SSL_REQUEST,
} from '../../src/fingerprint/protocols/postgresql.js';
import { connectionRequest, parseRdp, parseRdpConfirm } from '../../src/fingerprint/protocols/rdp.js';
import { parseRedis } from '../../src/fingerprint/protocols/redis.js';
import {
  MULTI_PROTOCOL_NEGOTIATE,
  parseSmb,
  parseSmbNegotiate,
  smb2Negotiate,
} from '../../src/fingerprint/protocols/smb.js';
import { ehloFacts, parseSmtp } from '../../src/fingerprint/protocols/smtp.js';
import { getRequest, parseSnmp, readTlv } from '../../src/fingerprint/protocols/snmp.js';
import { parseSshBanner } from '../../src/fingerprint/protocols/ssh.js';
import { parseTelnet } from '../../src/fingerprint/protocols/telnet.js';
import { certificateEvidence, clientHello, parseTls } from '../../src/fingerprint/protocols/tls.js';
import { parseVnc, parseVncSecurity } from '../../src/fingerprint/protocols/vnc.js';
import { parseWinrm } from '../../src/fingerprint/protocols/winrm.js';
import type { Identification } from '../../src/fingerprint/types.js';

const fixture = (name: string) => fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

// ------------------------------------------------------------ built to spec

const SMTP_GREETING = Buffer.from('220 mail.example.test ESMTP Postfix (Debian/GNU)\r\n');
const SMTP_EHLO = Buffer.from(
  '250-mail.example.test\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-STARTTLS\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n',
);
const POP3_GREETING = Buffer.from('+OK Dovecot (Debian) ready.\r\n');
const POP3_CAPA = Buffer.from('+OK\r\nCAPA\r\nTOP\r\nUIDL\r\nRESP-CODES\r\nSTLS\r\nSASL PLAIN\r\n.\r\n');
const IMAP_GREETING = Buffer.from(
  '* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS LOGINDISABLED AUTH=PLAIN] Dovecot (Debian) ready.\r\n',
);
const WINRM_401 = Buffer.from(
  'HTTP/1.1 401 \r\nServer: Microsoft-HTTPAPI/2.0\r\nWWW-Authenticate: Negotiate\r\nWWW-Authenticate: Kerberos\r\nDate: Thu, 26 Nov 2026 09:00:00 GMT\r\nConnection: close\r\nContent-Length: 0\r\n\r\n',
);

/** An SMB2 NEGOTIATE response choosing `dialect`, in its NetBIOS frame. */
function smb2Response(dialect: number, securityMode: number): Buffer {
  const header = Buffer.alloc(64);
  header.write('\xfeSMB', 0, 'latin1');
  header.writeUInt16LE(64, 4);
  header.writeUInt16LE(0, 12);
  header.writeUInt32LE(1, 16); // flags: response
  const body = Buffer.alloc(65);
  body.writeUInt16LE(65, 0);
  body.writeUInt16LE(securityMode, 2);
  body.writeUInt16LE(dialect, 4);
  const msg = Buffer.concat([header, body]);
  const nb = Buffer.alloc(4);
  nb.writeUInt32BE(msg.length);
  return Buffer.concat([nb, msg]);
}

/** An SMB1 NEGOTIATE response choosing dialect index `index`. */
function smb1Response(index: number): Buffer {
  const header = Buffer.alloc(32);
  header.write('\xffSMB', 0, 'latin1');
  header[4] = 0x72;
  header[9] = 0x88;
  const words = Buffer.alloc(1 + 34 + 2);
  words[0] = 17;
  words.writeUInt16LE(index, 1);
  const msg = Buffer.concat([header, words]);
  const nb = Buffer.alloc(4);
  nb.writeUInt32BE(msg.length);
  return Buffer.concat([nb, msg]);
}

/** An OP_REPLY to `responseTo` carrying one document. */
function opReply(responseTo: number, doc: Buffer): Buffer {
  const head = Buffer.alloc(36);
  head.writeInt32LE(36 + doc.length, 0);
  head.writeInt32LE(99, 4);
  head.writeInt32LE(responseTo, 8);
  head.writeInt32LE(1, 12);
  head.writeInt32LE(1, 32); // numberReturned
  return Buffer.concat([head, doc]);
}

/** A BSON document from scalar fields. */
function bson(fields: Record<string, number | string | boolean>): Buffer {
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    const key = Buffer.from(`${k}\0`);
    if (typeof v === 'number' && Number.isInteger(v)) {
      const b = Buffer.alloc(4);
      b.writeInt32LE(v);
      parts.push(Buffer.from([0x10]), key, b);
    } else if (typeof v === 'number') {
      const b = Buffer.alloc(8);
      b.writeDoubleLE(v);
      parts.push(Buffer.from([0x01]), key, b);
    } else if (typeof v === 'boolean') parts.push(Buffer.from([0x08]), key, Buffer.from([v ? 1 : 0]));
    else {
      const s = Buffer.from(`${v}\0`);
      const l = Buffer.alloc(4);
      l.writeInt32LE(s.length);
      parts.push(Buffer.from([0x02]), key, l, s);
    }
  }
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(4);
  head.writeInt32LE(body.length + 5);
  return Buffer.concat([head, body, Buffer.from([0])]);
}

function ikeResponse(spi: Buffer, version = 0x20): Buffer {
  const h = Buffer.alloc(36);
  spi.copy(h, 0);
  Buffer.from('RESPONDR').copy(h, 8);
  h[16] = 41; // Notify
  h[17] = version;
  h[18] = 34;
  h[19] = 0x20;
  h.writeUInt32BE(36, 24);
  h.writeUInt16BE(8, 30);
  return h;
}

// ------------------------------------------------------------ per protocol

describe('SSH', () => {
  test('OpenSSH banner from Debian', () => {
    const id = parseSshBanner(fixture('ssh-openssh-banner.bin'));
    expect(id).toMatchObject({ service: 'ssh', product: 'OpenSSH', confident: true });
    expect(id?.version).toMatch(/^9\.\dp\d/);
    expect(id?.evidence['ssh.protocol']).toBe('2.0');
    expect(id?.evidence['ssh.software']).toMatch(/^OpenSSH_/);
  });
  test('the banner still identifies SSH when it answered an HTTP request', () => {
    expect(parseSshBanner(fixture('ssh-reply-to-http.bin'))?.service).toBe('ssh');
  });
  test('lines before the banner are allowed (RFC 4253 4.2)', () => {
    expect(parseSshBanner(Buffer.from('hello\r\nSSH-2.0-dropbear_2022.83\r\n'))).toMatchObject({
      product: 'Dropbear',
      version: '2022.83',
    });
  });
  test('a banner without its line end is not yet confident; garbage is nothing', () => {
    expect(parseSshBanner(Buffer.from('SSH-2.0-OpenSSH_9'))?.confident).toBe(false);
    expect(parseSshBanner(Buffer.from('SSH-'))).toBeUndefined();
    expect(parseSshBanner(Buffer.from('HTTP/1.1 200 OK\r\n\r\n'))).toBeUndefined();
  });
});

describe('FTP', () => {
  test('vsftpd greeting', () => {
    expect(parseFtp(fixture('ftp-vsftpd-banner.bin'))).toMatchObject({
      service: 'ftp',
      product: 'vsFTPd',
      version: '3.0.3',
      confident: true,
    });
  });
  test('ProFTPD greeting (recorded from Debian proftpd-core 1.3.8, run from a private dpkg-deb -x prefix)', () => {
    expect(parseFtp(fixture('ftp-proftpd-banner.bin'))).toMatchObject({
      service: 'ftp',
      product: 'ProFTPD',
      confident: true,
    });
    expect(parseFtp(fixture('ftp-proftpd-banner.bin'))?.version).toBeUndefined();
    expect(parseFtp(Buffer.from('220 ProFTPD 1.3.5e Server (Debian) [::ffff:10.0.0.1]\r\n'))).toMatchObject({
      product: 'ProFTPD',
      version: '1.3.5e',
    });
  });
  test('a bare 220 is only a weak FTP match until SYST answers 215', () => {
    expect(parseFtp(Buffer.from('220 ready\r\n'))?.confident).toBe(false);
    expect(parseFtp(Buffer.from('220 ready\r\n215 UNIX Type: L8\r\n'))?.confident).toBe(true);
  });
  test('vsftpd refusing every client is still vsftpd', () => {
    expect(
      parseFtp(Buffer.from('500 OOPS: vsftpd: both local and anonymous access disabled!\r\n'))?.confident,
    ).toBe(true);
  });
  test('a mail greeting is not FTP', () => {
    expect(parseFtp(SMTP_GREETING)).toBeUndefined();
  });
});

describe('SMTP', () => {
  test('Postfix greeting and EHLO facts', () => {
    expect(parseSmtp(SMTP_GREETING)).toMatchObject({ service: 'smtp', product: 'Postfix', confident: true });
    const id = parseSmtp(Buffer.concat([Buffer.from('220 host\r\n'), SMTP_EHLO]));
    expect(id?.confident).toBe(true);
    expect(id?.evidence).toEqual({ 'smtp.starttls': true, 'smtp.auth_methods': ['PLAIN', 'LOGIN'] });
  });
  test('EHLO without STARTTLS', () => {
    expect(ehloFacts(['host', 'PIPELINING', '8BITMIME'])).toEqual({ starttls: false, auth: [] });
  });
  test('an FTP greeting is not SMTP', () => {
    expect(parseSmtp(fixture('ftp-vsftpd-banner.bin'))).toBeUndefined();
  });
});

describe('POP3 and IMAP', () => {
  test('POP3 greeting and CAPA', () => {
    expect(parsePop3(POP3_GREETING)).toMatchObject({ service: 'pop3', product: 'Dovecot', confident: true });
    expect(parsePop3(Buffer.concat([POP3_GREETING, POP3_CAPA]))?.evidence['pop3.stls']).toBe(true);
  });
  test('IMAP greeting with capabilities', () => {
    const id = parseImap(IMAP_GREETING);
    expect(id).toMatchObject({ service: 'imap', product: 'Dovecot', confident: true });
    expect(id?.evidence).toEqual({ 'imap.starttls': true, 'imap.login_disabled': true });
  });
  test('PREAUTH is recorded', () => {
    expect(
      parseImap(Buffer.from('* PREAUTH IMAP4rev1 server logged in as root\r\n'))?.evidence['imap.preauth'],
    ).toBe(true);
  });
});

describe('Telnet', () => {
  test('inetutils telnetd option negotiation', () => {
    const id = parseTelnet(fixture('telnet-inetutils-negotiation.bin'));
    expect(id).toMatchObject({ service: 'telnet', confident: true, evidence: { 'telnet.open': true } });
    expect(id?.banner).toBeUndefined();
  });
  test('text between negotiations becomes the banner', () => {
    const data = Buffer.concat([
      Buffer.from([0xff, 0xfd, 0x18]),
      Buffer.from('\r\nDebian GNU/Linux 12\r\nlogin: '),
    ]);
    expect(parseTelnet(data)?.banner).toBe('Debian GNU/Linux 12');
  });
});

describe('VNC', () => {
  test('TigerVNC greeting and security types', () => {
    expect(parseVnc(fixture('vnc-tigervnc-banner.bin'))).toMatchObject({ service: 'vnc', version: '3.8' });
    expect(parseVncSecurity(fixture('vnc-tigervnc-security-none.bin'), 8)).toEqual({ types: ['None'] });
    expect(parseVncSecurity(fixture('vnc-tigervnc-security-vncauth.bin'), 8)).toEqual({
      types: ['VNC Authentication'],
    });
  });
  test('RFB 3.3 sends one type; a zero count carries a reason', () => {
    expect(parseVncSecurity(Buffer.from([0, 0, 0, 1]), 3)).toEqual({ types: ['None'] });
    const reason = Buffer.concat([Buffer.from([0, 0, 0, 0, 8]), Buffer.from('too many')]);
    expect(parseVncSecurity(reason, 8)).toEqual({ types: [], failure: 'too many' });
    expect(parseVncSecurity(Buffer.from([3, 1, 2]), 8)).toBeUndefined();
  });
});

describe('MySQL / MariaDB', () => {
  test('MariaDB greeting from Debian', () => {
    const id = parseMysql(fixture('mysql-mariadb-greeting.bin'));
    expect(id).toMatchObject({ service: 'mysql', product: 'MariaDB', confident: true });
    expect(id?.version).toMatch(/^10\.11\.\d+$/);
    expect(id?.evidence['mysql.ssl']).toBe(false);
    expect(id?.evidence['mysql.auth_plugin']).toBe('mysql_native_password');
  });
  test('host-blocked error packet', () => {
    const msg = Buffer.from("jHost '10.0.0.9' is not allowed to connect to this MariaDB server", 'latin1');
    const p = Buffer.concat([Buffer.from([0xff, 0x6a, 0x04]), msg.subarray(1)]);
    const head = Buffer.from([p.length, 0, 0, 0]);
    expect(parseMysql(Buffer.concat([head, p]))).toMatchObject({
      service: 'mysql',
      product: 'MariaDB',
      evidence: { 'mysql.host_blocked': true },
    });
  });
});

describe('Redis and memcached', () => {
  test('PONG and INFO: no authentication', () => {
    expect(parseRedis(fixture('redis-ping-info.bin'))).toMatchObject({
      service: 'redis',
      version: '7.0.15',
      confident: true,
      evidence: { 'redis.auth_required': false, 'redis.version': '7.0.15' },
    });
  });
  test('NOAUTH: authentication required', () => {
    expect(parseRedis(fixture('redis-noauth.bin'))?.evidence).toEqual({ 'redis.auth_required': true });
  });
  test('protected mode', () => {
    expect(
      parseRedis(
        Buffer.from('-DENIED Redis is running in protected mode because protected mode is enabled\r\n'),
      )?.evidence,
    ).toEqual({ 'redis.protected_mode': true });
  });
  test('memcached version, TCP and UDP', () => {
    expect(parseMemcached(fixture('memcached-version.bin'))).toMatchObject({
      service: 'memcached',
      version: '1.6.18',
      evidence: { 'memcached.auth_required': false },
    });
    const udp = Buffer.concat([
      Buffer.from([0x50, 0x43, 0, 0, 0, 1, 0, 0]),
      fixture('memcached-version.bin'),
    ]);
    expect(
      memcachedUdpModule.parse(udp, memcachedUdpModule.probe({ address: '127.0.0.1', port: 11211 })),
    ).toMatchObject({
      evidence: { 'memcached.udp': true },
    });
  });
});

describe('PostgreSQL', () => {
  test('SSLRequest answers', () => {
    expect(parseSslRequestReply(fixture('postgresql-sslrequest-no.bin'))?.evidence).toEqual({
      'postgresql.ssl': false,
    });
    expect(parseSslRequestReply(fixture('postgresql-sslrequest-yes.bin'))?.evidence).toEqual({
      'postgresql.ssl': true,
    });
    // Alone, one byte is no proof: it may be the first byte of someone's banner.
    expect(parsePostgresql(fixture('postgresql-sslrequest-yes.bin'))).toBeUndefined();
    expect(SSL_REQUEST.readUInt32BE(4)).toBe(80877103);
  });
  test('startup replies: trust lets us through, SCRAM asks for a password', () => {
    expect(parseStartupReply(fixture('postgresql-startup-trust.bin'))?.method).toBe('trust');
    expect(parseStartupReply(fixture('postgresql-startup-scram.bin'))?.method).toBe('scram-sha-256');
    expect(parsePostgresql(fixture('postgresql-startup-trust.bin'))?.confident).toBe(true);
  });
  test('error fields', () => {
    const trust = fixture('postgresql-startup-trust.bin');
    expect(parseErrorFields(trust.subarray(9))).toMatchObject({ S: 'FATAL', C: '28000' });
    expect(parseStartupReply(trust.subarray(9))?.method).toBe('trust');
  });
});

describe('HTTP and WinRM', () => {
  test('nginx redirect to HTTPS', () => {
    const id = parseHttp(fixture('http-nginx-redirect.bin'));
    expect(id).toMatchObject({ service: 'http', product: 'nginx', version: '1.22.1', confident: true });
    expect(id?.evidence).toMatchObject({
      'http.status': 301,
      'http.server': 'nginx/1.22.1',
      'http.redirects_to_https': true,
      'http.location_host': 'portcullis.test',
      'http.idp_redirect': false,
    });
  });
  test('plain HTTP to a TLS port is a weak HTTP match, so the TLS probe decides', () => {
    expect(parseHttp(fixture('http-nginx-plain-to-tls.bin'))?.confident).toBe(false);
  });
  test('redirect to an identity provider', () => {
    const res = Buffer.from(
      'HTTP/1.1 302 Found\r\nLocation: https://acme.okta.com/oauth2/v1/authorize?client_id=x\r\n\r\n',
    );
    expect(parseHttp(res)?.evidence).toMatchObject({
      'http.idp_redirect': true,
      'http.location_host': 'acme.okta.com',
      'http.redirects_to_https': true,
    });
  });
  test('WWW-Authenticate schemes', () => {
    expect(authSchemes(['Basic realm="x", charset="UTF-8"', 'Negotiate'])).toEqual(['Basic', 'Negotiate']);
    const res = parseHttpResponse(
      Buffer.from('HTTP/1.0 401 Unauthorized\r\nWWW-Authenticate: Bearer\r\n\r\n'),
    );
    expect(res?.status).toBe(401);
  });
  test('WinRM listener', () => {
    expect(parseWinrm(WINRM_401)).toMatchObject({
      service: 'winrm',
      confident: true,
      evidence: { 'winrm.auth_schemes': ['Negotiate', 'Kerberos'], 'winrm.basic_auth': false },
    });
    expect(parseWinrm(fixture('http-nginx-redirect.bin'))).toBeUndefined();
  });
});

describe('TLS', () => {
  test('nginx ServerHello', () => {
    const id = parseTls(fixture('tls-nginx-serverhello.bin'));
    expect(id).toMatchObject({ service: 'tls', confident: true });
    expect(['1.2', '1.3']).toContain(id?.evidence['tls.version']);
  });
  test('an alert is a TLS stack too', () => {
    expect(parseTls(Buffer.from([0x15, 0x03, 0x01, 0x00, 0x02, 0x02, 0x28]))?.confident).toBe(true);
    expect(parseTls(Buffer.from([0x15, 0x03, 0x01, 0x00, 0x03, 0x02, 0x28, 0]))).toBeUndefined();
  });
  test('our ClientHello is a well-formed record', () => {
    const hello = clientHello('portcullis.test');
    expect(hello[0]).toBe(0x16);
    expect(hello.readUInt16BE(3)).toBe(hello.length - 5);
    expect(hello.includes(Buffer.from('portcullis.test'))).toBe(true);
  });
  test('certificate facts of a self-signed certificate', () => {
    const cert = new X509Certificate(fixture('tls-nginx-selfsigned.pem'));
    const ev = certificateEvidence(cert, new Date(cert.validFrom));
    expect(ev).toMatchObject({
      'tls.subject': 'portcullis.test',
      'tls.issuer': 'portcullis.test',
      'tls.self_signed': true,
      'tls.expired': false,
    });
    expect(ev['tls.sans']).toContain('DNS:portcullis.test');
    expect(certificateEvidence(cert, new Date('2999-01-01'))['tls.expired']).toBe(true);
  });
});

describe('RDP', () => {
  test('xrdp negotiation: TLS chosen, standard security allowed', () => {
    expect(parseRdp(fixture('rdp-xrdp-negotiate-all.bin'))?.evidence).toEqual({
      'rdp.selected_protocol': 'ssl',
      'rdp.nla_supported': false,
    });
    expect(parseRdpConfirm(fixture('rdp-xrdp-negotiate-rdp.bin'))).toEqual({
      kind: 'selected',
      protocol: 'rdp',
      code: 0,
    });
    expect(parseRdpConfirm(fixture('rdp-xrdp-negotiate-ssl.bin'))).toEqual({
      kind: 'selected',
      protocol: 'ssl',
      code: 1,
    });
  });
  test('NLA demanded: HYBRID_REQUIRED_BY_SERVER', () => {
    const failure = Buffer.from([
      3, 0, 0, 0x13, 0x0e, 0xd0, 0, 0, 0x12, 0x34, 0, 0x03, 0, 0x08, 0, 0x05, 0, 0, 0,
    ]);
    expect(parseRdpConfirm(failure)).toEqual({ kind: 'failure', code: 5 });
    expect(connectionRequest(3).readUInt32LE(15)).toBe(3);
  });
});

describe('SMB', () => {
  test('SMB2 answer to the multi-protocol negotiate', () => {
    expect(parseSmb(smb2Response(0x02ff, 1))).toMatchObject({
      service: 'smb',
      confident: true,
      evidence: {},
    });
    expect(parseSmbNegotiate(smb2Response(0x0311, 3))).toEqual({
      smb: 2,
      dialect: '3.1.1',
      signingRequired: true,
      status: 0,
    });
  });
  test('SMB1 accepted', () => {
    expect(parseSmb(smb1Response(0))?.evidence['smb.dialect']).toBe('NT LM 0.12');
    expect(parseSmbNegotiate(smb1Response(0xffff))).toMatchObject({ smb: 1, dialectIndex: 0xffff });
  });
  test('our requests are framed', () => {
    for (const req of [MULTI_PROTOCOL_NEGOTIATE, smb2Negotiate()])
      expect(req.readUInt32BE(0)).toBe(req.length - 4);
  });
});

describe('MongoDB', () => {
  test('isMaster reply', () => {
    const req = mongoQuery(0x50430001, 'isMaster');
    expect(req.readInt32LE(0)).toBe(req.length);
    const reply = opReply(0x50430001, bson({ ismaster: true, maxWireVersion: 17, ok: 1.0 }));
    expect(parseMongodb(reply)).toMatchObject({ service: 'mongodb', confident: true });
    expect(parseMongodb(opReply(7, bson({ ok: 1 })))).toBeUndefined();
  });
  test('listDatabases refused', () => {
    const doc = parseMongoReply(
      opReply(5, bson({ ok: 0.0, errmsg: 'command listDatabases requires authentication', code: 13 })),
      5,
    );
    expect(doc).toEqual({ ok: 0, errmsg: 'command listDatabases requires authentication', code: 13 });
  });
  test('BSON reader skips what it does not need and refuses what runs past the end', () => {
    expect(readBson(bsonCommand('ping', { $db: 'admin' }))?.fields).toEqual({ ping: 1, $db: 'admin' });
    const doc = bson({ a: 1 });
    expect(readBson(doc.subarray(0, doc.length - 1))).toBeUndefined();
  });
});

describe('OpenVPN', () => {
  test('server hard reset over TCP and UDP (recorded)', () => {
    expect(parseOpenvpnTcp(fixture('openvpn-tcp-server-reset.bin'))).toMatchObject({
      service: 'openvpn',
      evidence: { 'openvpn.detected': true },
    });
    expect(parseOpenvpnPacket(fixture('openvpn-udp-server-reset.bin'))?.confident).toBe(true);
  });
  test('our own client reset is not a server reset', () => {
    expect(parseOpenvpnPacket(hardReset())).toBeUndefined();
  });
});

describe('DNS, SNMP, IKE, NTP', () => {
  test('dnsmasq over UDP and TCP', () => {
    for (const id of [
      parseDnsMessage(fixture('dns-dnsmasq-udp.bin')),
      parseDnsTcp(fixture('dns-dnsmasq-tcp.bin')),
    ]) {
      expect(id).toMatchObject({ service: 'dns', product: 'dnsmasq', confident: true });
      expect(id?.evidence['dns.version']).toMatch(/^dnsmasq-/);
    }
    expect(parseDnsMessage(versionQuery())).toBeUndefined();
  });
  test('net-snmp answers the public community', () => {
    const id = parseSnmp(fixture('snmp-netsnmp-public.bin'));
    expect(id).toMatchObject({ service: 'snmp', evidence: { 'snmp.public': true, 'snmp.version': '2c' } });
    expect(id?.evidence['snmp.sys_descr']).toMatch(/Linux/);
    expect(parseSnmp(getRequest('public'))).toBeUndefined();
    expect(readTlv(Buffer.from([0x30, 0x84, 0xff, 0xff, 0xff, 0xff]), 0)).toBeUndefined();
  });
  test('strongSwan answers IKE_SA_INIT on 500 and, after the non-ESP marker, on 4500 (recorded)', () => {
    for (const name of ['ike-charon-sa-init-reply.bin', 'ike-charon-natt-reply.bin']) {
      expect(parseIke(fixture(name))).toMatchObject({
        service: 'ike',
        confident: true,
        evidence: { 'ike.detected': true, 'ike.version': '2' },
      });
    }
  });
  test('IKE responses name our SPI', () => {
    const spi = ikeSaInit().subarray(0, 8);
    expect(parseIke(ikeResponse(spi))).toMatchObject({
      evidence: { 'ike.detected': true, 'ike.version': '2' },
    });
    expect(parseIke(ikeResponse(spi, 0x10))?.evidence['ike.version']).toBe('1');
    expect(parseIke(ikeResponse(Buffer.from('someone!')))).toBeUndefined();
    expect(ikeSaInit().readUInt32BE(24)).toBe(ikeSaInit().length);
  });
  test('NTP server reply', () => {
    const reply = Buffer.alloc(48);
    reply[0] = 0x24; // v4, server
    reply[1] = 2;
    ntpRequest().copy(reply, 24, 40, 48);
    expect(parseNtp(reply)).toMatchObject({ service: 'ntp', evidence: { 'ntp.stratum': 2 } });
    expect(parseNtp(ntpRequest())).toBeUndefined();
  });
});

// ------------------------------------------------------------ across parsers

const RECORDED: [string, string][] = [
  ['ssh-openssh-banner.bin', 'ssh'],
  ['ssh-reply-to-http.bin', 'ssh'],
  ['ftp-vsftpd-banner.bin', 'ftp'],
  ['ftp-proftpd-banner.bin', 'ftp'],
  ['vnc-tigervnc-banner.bin', 'vnc'],
  ['telnet-inetutils-negotiation.bin', 'telnet'],
  ['redis-ping-info.bin', 'redis'],
  ['redis-noauth.bin', 'redis'],
  ['redis-sentinel-ping-info.bin', 'redis-sentinel'],
  ['postgresql-startup-trust.bin', 'postgresql'],
  ['http-nginx-redirect.bin', 'http'],
  ['tls-nginx-serverhello.bin', 'tls'],
  ['dns-dnsmasq-tcp.bin', 'dns'],
  ['openvpn-tcp-server-reset.bin', 'openvpn'],
  ['memcached-version.bin', 'memcached'],
  ['mysql-mariadb-greeting.bin', 'mysql'],
  ['rdp-xrdp-negotiate-all.bin', 'rdp'],
];

describe('every recorded TCP reply is claimed by its own parser only', () => {
  test.each(RECORDED)('%s', (name, service) => {
    const data = fixture(name);
    const claims = TCP_MODULES.map((m) => [m.name, m.parse(data)] as const).filter(
      (c): c is readonly [string, Identification] => c[1]?.confident === true,
    );
    expect(claims.map(([, id]) => id.service)).toEqual([service]);
  });
});

describe('truncated replies never throw and never claim another protocol', () => {
  test.each(RECORDED)('%s', (name, service) => {
    const data = fixture(name);
    for (let n = 0; n < data.length; n++) {
      const cut = data.subarray(0, n);
      for (const m of TCP_MODULES) {
        const id = m.parse(cut);
        if (id?.confident) expect(id.service).toBe(service);
      }
    }
  });
});

describe('garbage', () => {
  const samples = [
    Buffer.alloc(0),
    Buffer.alloc(64, 0),
    Buffer.alloc(64, 0xff),
    Buffer.from('\r\n\r\n\r\n'),
    Buffer.from('HTTP/1.1 99 x\r\n'),
    Buffer.from('SSH-2.0-\r\n'),
    Buffer.from([0x16, 0x03, 0x03, 0xff, 0xff, 0x02]),
    Buffer.from([0x03, 0x00, 0xff, 0xff, 0x0e, 0xd0]),
    Buffer.from([0x00, 0xff, 0xff, 0xff, 0xfe, 0x53, 0x4d, 0x42]),
    Buffer.from([0x7f, 0xff, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0]),
  ];
  test('no TCP parser claims meaningless bytes', () => {
    for (const s of samples) for (const m of TCP_MODULES) expect(m.parse(s)?.confident ?? false).toBe(false);
  });
  test('no UDP parser claims meaningless bytes', () => {
    for (const s of samples)
      for (const m of UDP_MODULES)
        expect(m.parse(s, m.probe({ address: '127.0.0.1', port: 1 }))).toBeUndefined();
  });
});
