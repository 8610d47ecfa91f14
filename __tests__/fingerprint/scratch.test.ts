import { afterAll, test } from '@jest/globals';
import { DaemonLab } from '../helpers/daemons.js';
import { fingerprintAll } from '../../src/fingerprint/index.js';
import type { PortResult } from '../../src/model.js';

const lab = new DaemonLab('scratch');
afterAll(() => lab.close());

test('scratch', async () => {
  const which = (process.env.SCRATCH ?? '').split(',');
  const ds = [];
  const a = await lab.address();
  const b = await lab.address();
  const t0 = Date.now();
  if (which.includes('ssh')) {
    ds.push(await lab.sshd({ address: a, port: 22, mode: 'password' }));
    ds.push(await lab.sshd({ address: b, port: 40022, mode: 'mfa' }));
  }
  if (which.includes('redis')) {
    ds.push(await lab.redis({ address: a, port: 6379 }));
    ds.push(await lab.redis({ address: b, port: 16379, requirepass: 'x' }));
  }
  if (which.includes('pg')) {
    ds.push(await lab.postgres({ address: a, port: 5432, auth: 'trust' }));
    ds.push(await lab.postgres({ address: b, port: 15432, auth: 'scram-sha-256', ssl: true }));
  }
  if (which.includes('nginx')) {
    ds.push(await lab.nginx({ address: a, port: 443, redirectPort: 80 }));
    ds.push(await lab.nginx({ address: b, port: 9443 }));
  }
  if (which.includes('ftp')) {
    ds.push(await lab.vsftpd({ address: a, port: 21, anonymous: true }));
    ds.push(await lab.vsftpd({ address: b, port: 2121, anonymous: false }));
  }
  if (which.includes('vnc')) {
    ds.push(await lab.vnc({ address: a, port: 5900 }));
    ds.push(await lab.vnc({ address: b, port: 15900, password: 'secret12' }));
  }
  if (which.includes('telnet')) {
    ds.push(await lab.telnetd({ address: a, port: 23 }));
    ds.push(await lab.telnetd({ address: b, port: 2323 }));
  }
  if (which.includes('dns')) {
    ds.push(await lab.dnsmasq({ address: a, port: 53 }));
    ds.push(await lab.dnsmasq({ address: b, port: 5353 }));
  }
  if (which.includes('snmp')) {
    ds.push(await lab.snmpd({ address: a, port: 161, community: 'public' }));
    ds.push(await lab.snmpd({ address: b, port: 1161, community: 'public' }));
  }
  if (which.includes('ovpn')) {
    ds.push(await lab.openvpn({ address: a, port: 1194, protocol: 'tcp' }));
    ds.push(await lab.openvpn({ address: b, port: 11940, protocol: 'udp' }));
  }
  if (which.includes('mc')) {
    ds.push(await lab.memcached({ address: a, port: 11211, udp: true }));
  }
  if (which.includes('maria')) {
    ds.push(await lab.mariadb({ address: b, port: 13306 }));
  }
  if (which.includes('xrdp')) {
    ds.push(await lab.xrdp({ address: b, port: 13389 }));
  }
  console.log('started in', Date.now() - t0);
  const results: PortResult[] = ds.flatMap((d) =>
    d.listeners.map((l) => ({
      host: l.address,
      port: l.port,
      protocol: l.protocol,
      state: 'open' as const,
      reason: 'connected' as const,
      tries: 1,
    })),
  );
  const t1 = Date.now();
  const f = await fingerprintAll(results, {
    credentials: process.env.CREDS
      ? { ssh: { username: 'root', privateKey: ds[1]?.info.privateKey } }
      : undefined,
  });
  console.log('fingerprinted in', Date.now() - t1, JSON.stringify(f, null, 1));
});
