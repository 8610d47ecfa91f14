// Records the bytes real Debian daemons send, into fixtures/, for the parser
// unit tests. Not part of the test run (the name does not match *.test.ts);
// re-record after a daemon upgrade with:
//
//   NODE_OPTIONS='--experimental-vm-modules --no-warnings' \
//     npx jest --testMatch '**/record-fixtures.ts' __tests__/fingerprint/record-fixtures.ts
import { afterAll, test } from '@jest/globals';
import dgram from 'node:dgram';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { DaemonLab } from '../helpers/daemons.js';
import { REDIS_PROBE } from '../../src/fingerprint/protocols/redis.js';
import { SSL_REQUEST, startupMessage } from '../../src/fingerprint/protocols/postgresql.js';
import { clientHello } from '../../src/fingerprint/protocols/tls.js';
import { httpRequest } from '../../src/fingerprint/protocols/http-parse.js';
import { versionQuery } from '../../src/fingerprint/protocols/dns.js';
import { getRequest } from '../../src/fingerprint/protocols/snmp.js';
import { hardReset } from '../../src/fingerprint/protocols/openvpn.js';
import { connectionRequest } from '../../src/fingerprint/protocols/rdp.js';
import { ikeSaInit } from '../../src/fingerprint/protocols/ike.js';

const DIR = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures');
const lab = new DaemonLab('record');
afterAll(() => lab.close());

/** Connect, send each step's bytes (after reading the previous reply), and return every reply. */
async function converse(
  host: string,
  port: number,
  steps: (Buffer | string | null)[],
  waitMs = 400,
): Promise<Buffer[]> {
  const socket = net.connect({ host, port });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  const replies: Buffer[] = [];
  let buf = Buffer.alloc(0);
  socket.on('data', (d) => (buf = Buffer.concat([buf, d])));
  socket.on('error', () => undefined);
  for (const step of steps) {
    if (step !== null) socket.write(step);
    await new Promise((r) => setTimeout(r, waitMs));
    replies.push(buf);
    buf = Buffer.alloc(0);
  }
  socket.destroy();
  return replies;
}

async function udp(host: string, port: number, payload: Buffer): Promise<Buffer> {
  const s = dgram.createSocket('udp4');
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => {
      s.close();
      reject(new Error('no reply'));
    }, 2000);
    s.on('message', (m) => {
      clearTimeout(t);
      s.close();
      resolve(m);
    });
    s.connect(port, host, () => s.send(payload));
  });
}

function save(name: string, data: Buffer) {
  fs.writeFileSync(path.join(DIR, name), data);
}

test('record fixtures from real daemons', async () => {
  const a = await lab.address();
  const b = await lab.address();
  const ctx = { address: a, port: 0 };

  const sshd = await lab.sshd({ address: a, port: 22, mode: 'password' });
  save('ssh-openssh-banner.bin', (await converse(sshd.address, 22, [null]))[0]);

  const ftp = await lab.vsftpd({ address: a, port: 21, anonymous: true });
  const [ftpBanner, ftpUser, ftpPass] = await converse(ftp.address, 21, [
    null,
    'USER anonymous\r\n',
    'PASS x@y\r\n',
  ]);
  save('ftp-vsftpd-banner.bin', ftpBanner);
  save('ftp-vsftpd-user-anonymous.bin', ftpUser);
  save('ftp-vsftpd-pass-anonymous.bin', ftpPass);
  const ftpNo = await lab.vsftpd({ address: b, port: 2121, anonymous: false });
  const [, , noPass] = await converse(ftpNo.address, 2121, [null, 'USER anonymous\r\n', 'PASS x@y\r\n']);
  save('ftp-vsftpd-pass-refused.bin', noPass);
  const [, syst] = await converse(ftpNo.address, 2121, [null, 'SYST\r\n']);
  save('ftp-vsftpd-syst.bin', syst);

  const vnc = await lab.vnc({ address: a, port: 5900 });
  const [rfb, secNone] = await converse(vnc.address, 5900, [null, 'RFB 003.008\n']);
  save('vnc-tigervnc-banner.bin', rfb);
  save('vnc-tigervnc-security-none.bin', secNone);
  const vncPw = await lab.vnc({ address: b, port: 5901, password: 'secret12' });
  save(
    'vnc-tigervnc-security-vncauth.bin',
    (await converse(vncPw.address, 5901, [null, 'RFB 003.008\n']))[1],
  );

  const telnet = await lab.telnetd({ address: a, port: 23 });
  save('telnet-inetutils-negotiation.bin', (await converse(telnet.address, 23, [null]))[0]);

  const redis = await lab.redis({ address: a, port: 6379 });
  save('redis-ping-info.bin', (await converse(redis.address, 6379, [REDIS_PROBE]))[0]);
  save('redis-reply-to-http.bin', (await converse(redis.address, 6379, [httpRequest(ctx)]))[0]);
  const redisAuth = await lab.redis({ address: b, port: 6379, requirepass: 'x' });
  save('redis-noauth.bin', (await converse(redisAuth.address, 6379, [REDIS_PROBE]))[0]);

  const pg = await lab.postgres({ address: a, port: 5432, auth: 'trust' });
  save('postgresql-sslrequest-no.bin', (await converse(pg.address, 5432, [SSL_REQUEST]))[0]);
  save('postgresql-startup-trust.bin', (await converse(pg.address, 5432, [startupMessage()]))[0]);
  save('postgresql-reply-to-http.bin', (await converse(pg.address, 5432, [httpRequest(ctx)]))[0]);
  const pgSsl = await lab.postgres({ address: b, port: 5432, auth: 'scram-sha-256', ssl: true });
  save('postgresql-sslrequest-yes.bin', (await converse(pgSsl.address, 5432, [SSL_REQUEST]))[0]);
  save('postgresql-startup-scram.bin', (await converse(pgSsl.address, 5432, [startupMessage()]))[0]);

  const nginx = await lab.nginx({ address: a, port: 443, redirectPort: 80 });
  save('http-nginx-redirect.bin', (await converse(nginx.address, 80, [httpRequest(ctx)]))[0]);
  save('http-nginx-plain-to-tls.bin', (await converse(nginx.address, 443, [httpRequest(ctx)]))[0]);
  save(
    'tls-nginx-serverhello.bin',
    (await converse(nginx.address, 443, [clientHello('portcullis.test')]))[0],
  );
  save('tls-nginx-selfsigned.pem', Buffer.from(nginx.info.certificate));

  const dns = await lab.dnsmasq({ address: a, port: 53 });
  save('dns-dnsmasq-udp.bin', await udp(dns.address, 53, versionQuery()));
  const q = versionQuery();
  const len = Buffer.alloc(2);
  len.writeUInt16BE(q.length);
  save('dns-dnsmasq-tcp.bin', (await converse(dns.address, 53, [Buffer.concat([len, q])]))[0]);

  const snmp = await lab.snmpd({ address: a, port: 161, community: 'public' });
  save('snmp-netsnmp-public.bin', await udp(snmp.address, 161, getRequest('public')));

  const ovpn = await lab.openvpn({ address: a, port: 1194, protocol: 'tcp' });
  const reset = hardReset();
  const rlen = Buffer.alloc(2);
  rlen.writeUInt16BE(reset.length);
  save(
    'openvpn-tcp-server-reset.bin',
    (await converse(ovpn.address, 1194, [Buffer.concat([rlen, reset])]))[0],
  );
  const ovpnU = await lab.openvpn({ address: b, port: 1194, protocol: 'udp' });
  save('openvpn-udp-server-reset.bin', await udp(ovpnU.address, 1194, reset));

  const mc = await lab.memcached({ address: a, port: 11211, udp: true });
  save('memcached-version.bin', (await converse(mc.address, 11211, ['version\r\n']))[0]);
  save('memcached-reply-to-http.bin', (await converse(mc.address, 11211, [httpRequest(ctx)]))[0]);

  const maria = await lab.mariadb({ address: b, port: 3306 });
  save('mysql-mariadb-greeting.bin', (await converse(maria.address, 3306, [null]))[0]);

  const rdp = await lab.xrdp({ address: a, port: 3389 });
  save('rdp-xrdp-negotiate-all.bin', (await converse(rdp.address, 3389, [connectionRequest(0x0b)]))[0]);
  save('rdp-xrdp-negotiate-rdp.bin', (await converse(rdp.address, 3389, [connectionRequest(0)]))[0]);
  save('rdp-xrdp-negotiate-ssl.bin', (await converse(rdp.address, 3389, [connectionRequest(1)]))[0]);
  save('ssh-reply-to-http.bin', (await converse(sshd.address, 22, [httpRequest(ctx)]))[0]);

  const charon = await lab.charon();
  save('ike-charon-sa-init-reply.bin', await udp(charon.info.address, 500, ikeSaInit()));
  save(
    'ike-charon-natt-reply.bin',
    await udp(charon.info.address, 4500, Buffer.concat([Buffer.alloc(4), ikeSaInit()])),
  );
}, 120_000);
