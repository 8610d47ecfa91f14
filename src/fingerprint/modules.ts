import type { TcpModule, UdpModule } from './types.js';
import { dnsTcpModule, dnsUdpModule } from './protocols/dns.js';
import { ftpModule } from './protocols/ftp.js';
import { httpModule } from './protocols/http.js';
import { ikeModule, ikeOtherFramingModule } from './protocols/ike.js';
import { imapModule } from './protocols/imap.js';
import { memcachedModule, memcachedUdpModule } from './protocols/memcached.js';
import { mongodbModule } from './protocols/mongodb.js';
import { mysqlModule } from './protocols/mysql.js';
import { ntpModule } from './protocols/ntp.js';
import { openvpnModule, openvpnUdpModule } from './protocols/openvpn.js';
import { pop3Module } from './protocols/pop3.js';
import { postgresqlModule } from './protocols/postgresql.js';
import { rdpModule } from './protocols/rdp.js';
import { redisModule } from './protocols/redis.js';
import { smbModule } from './protocols/smb.js';
import { smtpModule } from './protocols/smtp.js';
import { snmpModule } from './protocols/snmp.js';
import { sshModule } from './protocols/ssh.js';
import { telnetModule } from './protocols/telnet.js';
import { tlsModule } from './protocols/tls.js';
import { vncModule } from './protocols/vnc.js';
import { winrmModule } from './protocols/winrm.js';

/**
 * TCP modules in order of likelihood on an unknown port: the web and TLS
 * first (most services on odd ports are one of them), then databases and
 * caches, then the rarer ones. A port's usual service is always tried first.
 */
export const TCP_MODULES: readonly TcpModule[] = [
  httpModule,
  tlsModule,
  sshModule,
  ftpModule,
  smtpModule,
  pop3Module,
  imapModule,
  vncModule,
  mysqlModule,
  telnetModule,
  redisModule,
  postgresqlModule,
  memcachedModule,
  mongodbModule,
  rdpModule,
  smbModule,
  winrmModule,
  openvpnModule,
  dnsTcpModule,
];

export const UDP_MODULES: readonly UdpModule[] = [
  dnsUdpModule,
  snmpModule,
  ntpModule,
  openvpnUdpModule,
  ikeModule,
  memcachedUdpModule,
  ikeOtherFramingModule,
];
