import type { TcpHooks, UdpHooks } from './types.js';
import { dnsTcpModule, dnsUdpModule } from './protocols/dns.js';
import { ftpModule } from './protocols/ftp.js';
import { httpModule } from './protocols/http.js';
import { ikeModule } from './protocols/ike.js';
import { imapModule } from './protocols/imap.js';
import { memcachedModule, memcachedUdpModule } from './protocols/memcached.js';
import { mongodbModule } from './protocols/mongodb.js';
import { mysqlModule } from './protocols/mysql.js';
import { ntpModule } from './protocols/ntp.js';
import { openvpnModule, openvpnUdpModule } from './protocols/openvpn.js';
import { pop3Module } from './protocols/pop3.js';
import { postgresqlModule } from './protocols/postgresql.js';
import { rdpModule } from './protocols/rdp.js';
import { redisModule, sentinelModule } from './protocols/redis.js';
import { smbModule } from './protocols/smb.js';
import { smtpModule } from './protocols/smtp.js';
import { snmpModule } from './protocols/snmp.js';
import { sshModule } from './protocols/ssh.js';
import { telnetModule } from './protocols/telnet.js';
import { tlsModule } from './protocols/tls.js';
import { vncModule } from './protocols/vnc.js';
import { winrmModule } from './protocols/winrm.js';
import { echoUdpHooks } from './protocols/echo.js';
import { amqpModule } from './protocols/amqp.js';
import { ldapModule } from './protocols/ldap.js';
import { rsyncHooks } from './protocols/rsync.js';
import { jdwpModule } from './protocols/jdwp.js';
import { chargenTcpHooks, chargenUdpHooks } from './protocols/chargen.js';
import { mssqlModule } from './protocols/mssql.js';
import { qotdTcpHooks, qotdUdpHooks } from './protocols/qotd.js';
import { rpcbindTcpHooks, rpcbindUdpHooks } from './protocols/rpcbind.js';

/**
 * The code hooks of catalogue records (src/catalogue), keyed by record name: parsers for what
 * match rules cannot say, and interrogations for the deep checks. A record without hooks runs on
 * its data alone (its probe bytes and match rules). __tests__/catalogue checks every key names
 * a record, and every record that sends or greets has a parser (a hook or match rules).
 */
export const HOOKS: Readonly<Record<string, { tcp?: TcpHooks; udp?: UdpHooks }>> = {
  tls: { tcp: tlsModule },
  http: { tcp: httpModule },
  ssh: { tcp: sshModule },
  ftp: { tcp: ftpModule },
  smtp: { tcp: smtpModule },
  pop3: { tcp: pop3Module },
  imap: { tcp: imapModule },
  telnet: { tcp: telnetModule },
  vnc: { tcp: vncModule },
  rdp: { tcp: rdpModule },
  mysql: { tcp: mysqlModule },
  postgresql: { tcp: postgresqlModule },
  redis: { tcp: redisModule },
  redis_sentinel: { tcp: sentinelModule },
  memcached: { tcp: memcachedModule, udp: memcachedUdpModule },
  mongodb: { tcp: mongodbModule },
  smb: { tcp: smbModule },
  winrm: { tcp: winrmModule },
  openvpn: { tcp: openvpnModule, udp: openvpnUdpModule },
  dns: { tcp: dnsTcpModule, udp: dnsUdpModule },
  snmp: { udp: snmpModule },
  ike: { udp: ikeModule },
  ntp: { udp: ntpModule },
  echo: { udp: echoUdpHooks },
  amqp: { tcp: amqpModule },
  ldap: { tcp: ldapModule },
  rsync: { tcp: rsyncHooks },
  jdwp: { tcp: jdwpModule },
  chargen: { tcp: chargenTcpHooks, udp: chargenUdpHooks },
  mssql: { tcp: mssqlModule },
  qotd: { tcp: qotdTcpHooks, udp: qotdUdpHooks },
  rpcbind: { tcp: rpcbindTcpHooks, udp: rpcbindUdpHooks },
};
