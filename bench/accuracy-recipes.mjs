// The daemons of `npm run bench:accuracy`, one row per setup. To add a daemon, add a row:
//
//   name    what the bench prints
//   needs   DaemonLab's BINARIES keys (__tests__/helpers/daemons.ts): a row whose binaries are
//           missing is skipped, and the bench says so
//   start   async (lab, address, h) => starts the daemon(s) on `address` (a fresh 127.46.x.y of
//           the bench's own) on the row's ports; return another address if it is reached there
//           (a namespace's). `h.products` is __tests__/helpers/product-daemons.ts, `h.protocols`
//           __tests__/helpers/protocol-daemons.ts (start a daemon there when a test starts it too).
//   ports   the ground truth: each port (the usual one, then an odd one), protocol, the service
//           as src/services.ts names it (the protocol spoken: http, https, ssh, ...), the product
//           when the row is about one (Portcullis's name; nmap's is matched by NMAP_PRODUCT in
//           accuracy.mjs), and the facts a default scan must get right (a wrong value is a false
//           fact; a missing one is a miss).
const p = (port, service, extra = {}) => ({ port, protocol: 'tcp', service, ...extra });
const u = (port, service, extra = {}) => ({ port, protocol: 'udp', service, ...extra });
const twice = (ports, f) => Promise.all(ports.map(f));

export const RECIPES = [
  {
    name: 'openssh, password',
    needs: ['sshd'],
    start: (lab, address) => twice([22, 40022], (port) => lab.sshd({ address, port, mode: 'password' })),
    ports: [22, 40022].map((n) => p(n, 'ssh', { facts: { 'ssh.password_auth': true } })),
  },
  {
    name: 'openssh, MFA',
    needs: ['sshd'],
    start: (lab, address) => twice([22, 40022], (port) => lab.sshd({ address, port, mode: 'mfa' })),
    ports: [22, 40022].map((n) => p(n, 'ssh', { facts: { 'ssh.password_auth': false } })),
  },
  {
    name: 'redis, no auth',
    needs: ['redis'],
    start: (lab, address) => twice([6379, 16379], (port) => lab.redis({ address, port })),
    ports: [6379, 16379].map((n) => p(n, 'redis', { facts: { 'redis.auth_required': false } })),
  },
  {
    name: 'redis, requirepass',
    needs: ['redis'],
    start: (lab, address) =>
      twice([6379, 16379], (port) => lab.redis({ address, port, requirepass: 'portcullis-bench' })),
    ports: [6379, 16379].map((n) => p(n, 'redis', { facts: { 'redis.auth_required': true } })),
  },
  {
    name: 'postgresql',
    needs: ['postgres'],
    start: (lab, address) =>
      twice([5432, 15432], (port) =>
        lab.postgres({ address, port, auth: 'scram-sha-256', ssl: port === 5432 }),
      ),
    ports: [5432, 15432].map((n) => p(n, 'postgresql', { facts: { 'postgresql.ssl': n === 5432 } })),
  },
  {
    name: 'nginx (TLS + redirect)',
    needs: ['nginx'],
    start: (lab, address) =>
      Promise.all([
        lab.nginx({ address, port: 443, redirectPort: 80 }),
        lab.nginx({ address, port: 8443, redirectPort: 18080 }),
      ]),
    ports: [
      ...[443, 8443].map((n) => p(n, 'https', { product: 'nginx', facts: { 'tls.self_signed': true } })),
      ...[80, 18080].map((n) =>
        p(n, 'http', { product: 'nginx', facts: { 'http.redirects_to_https': true } }),
      ),
    ],
  },
  {
    name: 'vsftpd, anonymous',
    needs: ['vsftpd'],
    start: (lab, address) => twice([21, 2121], (port) => lab.vsftpd({ address, port, anonymous: true })),
    ports: [21, 2121].map((n) => p(n, 'ftp', { facts: { 'ftp.anonymous': true } })),
  },
  {
    name: 'vsftpd, no anonymous',
    needs: ['vsftpd'],
    start: (lab, address) => twice([21, 2121], (port) => lab.vsftpd({ address, port, anonymous: false })),
    ports: [21, 2121].map((n) => p(n, 'ftp', { facts: { 'ftp.anonymous': false } })),
  },
  {
    name: 'vnc, no auth',
    needs: ['vnc'],
    start: (lab, address) => twice([5900, 15900], (port) => lab.vnc({ address, port })),
    ports: [5900, 15900].map((n) => p(n, 'vnc', { facts: { 'vnc.no_auth': true } })),
  },
  {
    name: 'vnc, password',
    needs: ['vnc'],
    start: (lab, address) => twice([5900, 15900], (port) => lab.vnc({ address, port, password: 'secret12' })),
    ports: [5900, 15900].map((n) => p(n, 'vnc', { facts: { 'vnc.no_auth': false } })),
  },
  {
    name: 'telnetd',
    needs: ['telnetd'],
    start: (lab, address) => twice([23, 2323], (port) => lab.telnetd({ address, port })),
    ports: [23, 2323].map((n) => p(n, 'telnet', { facts: { 'telnet.open': true } })),
  },
  {
    // No upstream: it answers REFUSED to recursion (and sets RA): never an open resolver.
    name: 'dnsmasq, refusing recursion',
    needs: ['dnsmasq'],
    start: (lab, address) => twice([53, 10053], (port) => lab.dnsmasq({ address, port })),
    ports: [53, 10053].flatMap((n) => [
      u(n, 'dns', { product: 'dnsmasq', facts: { 'dns.open_resolver': false } }),
      p(n, 'dns', { product: 'dnsmasq', facts: { 'dns.open_resolver': false } }),
    ]),
  },
  {
    name: 'snmpd, public',
    needs: ['snmpd'],
    start: (lab, address) => twice([161, 1161], (port) => lab.snmpd({ address, port, community: 'public' })),
    ports: [161, 1161].map((n) => u(n, 'snmp', { facts: { 'snmp.public': true } })),
  },
  {
    name: 'openvpn',
    needs: ['openvpn'],
    start: (lab, address) =>
      Promise.all(
        [1194, 11194].flatMap((port) => [
          lab.openvpn({ address, port, protocol: 'tcp' }),
          lab.openvpn({ address, port, protocol: 'udp' }),
        ]),
      ),
    ports: [1194, 11194].flatMap((n) => [
      p(n, 'openvpn', { facts: { 'openvpn.detected': true } }),
      u(n, 'openvpn', { facts: { 'openvpn.detected': true } }),
    ]),
  },
  {
    // UDP on: the amplifier case, on its usual port and an odd one.
    name: 'memcached, TCP and UDP',
    needs: ['memcached'],
    start: (lab, address) => twice([11211, 21211], (port) => lab.memcached({ address, port, udp: true })),
    ports: [11211, 21211].flatMap((n) => [
      p(n, 'memcached', { facts: { 'memcached.auth_required': false } }),
      u(n, 'memcached', { facts: { 'memcached.udp': true } }),
    ]),
  },
  {
    name: 'mariadb',
    needs: ['mariadb'],
    start: (lab, address) => lab.mariadb({ address, port: 3306 }),
    ports: [p(3306, 'mysql')],
  },
  {
    name: 'xrdp',
    needs: ['xrdp'],
    start: (lab, address) => twice([3389, 13389], (port) => lab.xrdp({ address, port })),
    ports: [3389, 13389].map((n) => p(n, 'rdp', { facts: { 'rdp.standard_security_allowed': true } })),
  },
  ...[
    ['dovecot, usual ports', [143, 110, 993, 995]],
    ['dovecot, odd ports', [10143, 10110, 10993, 10995]],
  ].map(([name, [imap, pop3, imaps, pop3s]]) => ({
    name,
    needs: ['dovecot'],
    start: (lab, address) => lab.dovecot({ address, imap, pop3, imaps, pop3s }),
    ports: [
      p(imap, 'imap', { facts: { 'imap.starttls': true } }),
      p(pop3, 'pop3', { facts: { 'pop3.stls': true } }),
      p(imaps, 'imaps', { facts: { 'tls.self_signed': true } }),
      p(pop3s, 'pop3s', { facts: { 'tls.self_signed': true } }),
    ],
  })),
  {
    name: 'opensmtpd',
    needs: ['opensmtpd'],
    start: (lab, address) => lab.opensmtpd({ address, ports: [25, 10025] }),
    ports: [25, 10025].map((n) => p(n, 'smtp', { facts: { 'smtp.starttls': true } })),
  },
  {
    name: 'samba, SMB2+',
    needs: ['samba'],
    start: (lab, address) => twice([445, 10445], (port) => lab.samba({ address, port, smb1: false })),
    ports: [445, 10445].map((n) => p(n, 'smb', { facts: { 'smb.smb1': false } })),
  },
  {
    name: 'samba, SMB1 allowed',
    needs: ['samba'],
    start: (lab, address) => twice([445, 10445], (port) => lab.samba({ address, port, smb1: true })),
    ports: [445, 10445].map((n) => p(n, 'smb', { facts: { 'smb.smb1': true } })),
  },
  {
    // strongSwan binds 0.0.0.0 only: it runs in a namespace of the bench's own, reached over a veth pair.
    name: 'strongswan charon',
    needs: ['charon'],
    start: async (lab) => (await lab.charon()).info.address,
    ports: [500, 4500].map((n) => u(n, 'ike', { facts: { 'ike.detected': true } })),
  },
  {
    // openbsd-inetd knows its built-ins by service name only: echo on 7/tcp, no odd port.
    name: 'inetd echo',
    needs: ['inetdEcho'],
    start: (lab, address) => lab.inetdEcho({ address }),
    ports: [p(7, 'echo', { facts: { 'echo.reflects': true } })],
  },
  // ---- products behind HTTP (__tests__/helpers/product-daemons.ts)
  {
    name: 'lighttpd',
    needs: ['lighttpd'],
    start: (lab, address, h) => h.products.lighttpd(lab, address, [80, 18088]),
    ports: [80, 18088].map((n) => p(n, 'http', { product: 'lighttpd' })),
  },
  {
    name: 'apache2',
    needs: ['apache2'],
    start: (lab, address, h) => h.products.apache(lab, address, [80, 18081]),
    ports: [80, 18081].map((n) => p(n, 'http', { product: 'apache' })),
  },
  {
    name: 'haproxy (frontend, stats page)',
    needs: ['haproxy'],
    start: (lab, address, h) => h.products.haproxy(lab, address),
    ports: [
      ...[80, 18080].map((n) => p(n, 'http', { product: 'haproxy' })),
      ...[8404, 18404].map((n) =>
        p(n, 'http', { product: 'haproxy', facts: { 'haproxy.stats_exposed': true } }),
      ),
    ],
  },
  {
    name: 'squid, open proxy',
    needs: ['squid'],
    start: (lab, address, h) => h.products.squid(lab, address, [3128, 13128], true, 'open'),
    ports: [3128, 13128].map((n) => p(n, 'http', { product: 'squid', facts: { 'http.open_proxy': true } })),
  },
  {
    name: 'squid, refusing',
    needs: ['squid'],
    start: (lab, address, h) => h.products.squid(lab, address, [3128, 13128], false, 'deny'),
    ports: [3128, 13128].map((n) => p(n, 'http', { product: 'squid', facts: { 'http.open_proxy': false } })),
  },
  {
    name: 'tinyproxy, open proxy',
    needs: ['tinyproxy'],
    start: (lab, address, h) =>
      twice([8888, 18888], (port) => h.products.tinyproxy(lab, address, port, true)),
    ports: [8888, 18888].map((n) =>
      p(n, 'http', { product: 'tinyproxy', facts: { 'http.open_proxy': true } }),
    ),
  },
  {
    name: 'tinyproxy, refusing',
    needs: ['tinyproxy'],
    start: (lab, address, h) =>
      twice([8888, 18888], (port) => h.products.tinyproxy(lab, address, port, false)),
    ports: [8888, 18888].map((n) => p(n, 'http', { product: 'tinyproxy' })),
  },
  {
    name: 'prometheus-node-exporter',
    needs: ['node-exporter'],
    start: (lab, address, h) => twice([9100, 19100], (port) => h.products.nodeExporter(lab, address, port)),
    ports: [9100, 19100].map((n) =>
      p(n, 'http', { product: 'node-exporter', facts: { 'prometheus.metrics_exposed': true } }),
    ),
  },
  {
    name: 'prometheus',
    needs: ['prometheus'],
    start: (lab, address, h) => twice([9090, 19090], (port) => h.products.prometheus(lab, address, port)),
    ports: [9090, 19090].map((n) =>
      p(n, 'http', {
        product: 'prometheus',
        facts: { 'prometheus.metrics_exposed': true, 'prometheus.unauthenticated': true },
      }),
    ),
  },
  {
    name: 'etcd-server',
    needs: ['etcd'],
    start: (lab, address, h) => h.products.etcd(lab, address, [2379, 12379]),
    ports: [2379, 12379].map((n) =>
      p(n, 'http', { product: 'etcd', facts: { 'etcd.unauthenticated': true } }),
    ),
  },
  {
    name: 'influxdb',
    needs: ['influxdb'],
    start: (lab, address, h) => twice([8086, 18086], (port) => h.products.influxdb(lab, address, port)),
    ports: [8086, 18086].map((n) =>
      p(n, 'http', { product: 'influxdb', facts: { 'influxdb.unauthenticated': true } }),
    ),
  },
];

// ---- services on another service's usual port: a port number must never outweigh what the
// service answers (a staging stack maps ports as it likes).
RECIPES.push(
  {
    name: "redis on memcached's port",
    needs: ['redis'],
    start: (lab, address) => lab.redis({ address, port: 11211 }),
    ports: [p(11211, 'redis', { facts: { 'redis.auth_required': false } })],
  },
  {
    name: "memcached on redis's port",
    needs: ['memcached'],
    start: (lab, address) => lab.memcached({ address, port: 6379, udp: true }),
    ports: [p(6379, 'memcached'), u(6379, 'memcached', { facts: { 'memcached.udp': true } })],
  },
  {
    name: 'openssh on 443',
    needs: ['sshd'],
    start: (lab, address) => lab.sshd({ address, port: 443, mode: 'password' }),
    ports: [p(443, 'ssh', { facts: { 'ssh.password_auth': true } })],
  },
  {
    name: 'vsftpd on SMTP ports',
    needs: ['vsftpd'],
    start: (lab, address) => twice([25, 587], (port) => lab.vsftpd({ address, port, anonymous: true })),
    ports: [25, 587].map((n) => p(n, 'ftp', { facts: { 'ftp.anonymous': true } })),
  },
  {
    name: 'dovecot, IMAP and POP3 swapped',
    needs: ['dovecot'],
    start: (lab, address) => lab.dovecot({ address, imap: 110, pop3: 143, imaps: 995, pop3s: 993 }),
    ports: [
      p(110, 'imap', { facts: { 'imap.starttls': true } }),
      p(143, 'pop3', { facts: { 'pop3.stls': true } }),
      p(995, 'imaps', { facts: { 'tls.self_signed': true } }),
      p(993, 'pop3s', { facts: { 'tls.self_signed': true } }),
    ],
  },
  {
    name: "dnsmasq on snmp's port",
    needs: ['dnsmasq'],
    start: (lab, address) => lab.dnsmasq({ address, port: 161 }),
    ports: [
      u(161, 'dns', { product: 'dnsmasq', facts: { 'dns.open_resolver': false } }),
      p(161, 'dns', { product: 'dnsmasq', facts: { 'dns.open_resolver': false } }),
    ],
  },
  {
    name: "snmpd on dns's port",
    needs: ['snmpd'],
    start: (lab, address) => lab.snmpd({ address, port: 53, community: 'public' }),
    ports: [u(53, 'snmp', { facts: { 'snmp.public': true } })],
  },
  {
    name: "vnc on rdp's port",
    needs: ['vnc'],
    start: (lab, address) => lab.vnc({ address, port: 3389 }),
    ports: [p(3389, 'vnc', { facts: { 'vnc.no_auth': true } })],
  },
  {
    name: "xrdp on vnc's port",
    needs: ['xrdp'],
    start: (lab, address) => lab.xrdp({ address, port: 5900 }),
    ports: [p(5900, 'rdp')],
  },
  {
    name: "postgresql on mysql's port",
    needs: ['postgres'],
    start: (lab, address) => lab.postgres({ address, port: 3306, auth: 'scram-sha-256', ssl: false }),
    ports: [p(3306, 'postgresql', { facts: { 'postgresql.ssl': false } })],
  },
  {
    name: "telnetd on ftp's port",
    needs: ['telnetd'],
    start: (lab, address) => lab.telnetd({ address, port: 21 }),
    ports: [p(21, 'telnet', { facts: { 'telnet.open': true } })],
  },
  {
    name: "tinyproxy on squid's port",
    needs: ['tinyproxy'],
    start: (lab, address, h) => h.products.tinyproxy(lab, address, 3128, true),
    ports: [p(3128, 'http', { product: 'tinyproxy', facts: { 'http.open_proxy': true } })],
  },
  {
    name: "etcd on prometheus's port",
    needs: ['etcd'],
    start: (lab, address, h) => h.products.etcd(lab, address, [9090]),
    ports: [p(9090, 'http', { product: 'etcd', facts: { 'etcd.unauthenticated': true } })],
  },
  {
    name: "node exporter on influxdb's port",
    needs: ['node-exporter'],
    start: (lab, address, h) => h.products.nodeExporter(lab, address, 8086),
    ports: [p(8086, 'http', { product: 'node-exporter', facts: { 'prometheus.metrics_exposed': true } })],
  },
  {
    name: "apache on https's port, plain HTTP",
    needs: ['apache2'],
    start: (lab, address, h) => h.products.apache(lab, address, [443]),
    ports: [p(443, 'http', { product: 'apache' })],
  },
);
RECIPES.push(
  {
    name: 'openvpn on 443/tcp',
    needs: ['openvpn'],
    start: (lab, address) => lab.openvpn({ address, port: 443, protocol: 'tcp' }),
    ports: [p(443, 'openvpn', { facts: { 'openvpn.detected': true } })],
  },
  {
    name: "apache on ssh's port",
    needs: ['apache2'],
    start: (lab, address, h) => h.products.apache(lab, address, [22]),
    ports: [p(22, 'http', { product: 'apache' })],
  },
  {
    name: "redis with requirepass on postgresql's port",
    needs: ['redis'],
    start: (lab, address) => lab.redis({ address, port: 5432, requirepass: 'portcullis-bench' }),
    ports: [p(5432, 'redis', { facts: { 'redis.auth_required': true } })],
  },
  {
    name: "mariadb on postgresql's port",
    needs: ['mariadb'],
    start: (lab, address) => lab.mariadb({ address, port: 5432 }),
    ports: [p(5432, 'mysql')],
  },
  {
    name: "vsftpd on pop3's port",
    needs: ['vsftpd'],
    start: (lab, address) => lab.vsftpd({ address, port: 110, anonymous: false }),
    ports: [p(110, 'ftp', { facts: { 'ftp.anonymous': false } })],
  },
  {
    name: "dovecot IMAP on ftp's and smtp's ports",
    needs: ['dovecot'],
    start: (lab, address) => lab.dovecot({ address, imap: 21, pop3: 25, imaps: 443, pop3s: 8443 }),
    ports: [
      p(21, 'imap', { facts: { 'imap.starttls': true } }),
      p(25, 'pop3', { facts: { 'pop3.stls': true } }),
      p(443, 'imaps', { facts: { 'tls.self_signed': true } }),
      p(8443, 'pop3s', { facts: { 'tls.self_signed': true } }),
    ],
  },
  {
    name: "xrdp on https's port",
    needs: ['xrdp'],
    start: (lab, address) => lab.xrdp({ address, port: 443 }),
    ports: [p(443, 'rdp', { facts: { 'rdp.standard_security_allowed': true } })],
  },
  {
    name: 'samba on 139',
    needs: ['samba'],
    start: (lab, address) => lab.samba({ address, port: 139, smb1: false }),
    ports: [p(139, 'smb', { facts: { 'smb.smb1': false } })],
  },
  {
    name: "telnetd on ssh's port",
    needs: ['telnetd'],
    start: (lab, address) => lab.telnetd({ address, port: 22 }),
    ports: [p(22, 'telnet', { facts: { 'telnet.open': true } })],
  },
  {
    name: "squid on http's port",
    needs: ['squid'],
    start: (lab, address, h) => h.products.squid(lab, address, [8080], true, 'alt'),
    ports: [p(8080, 'http', { product: 'squid', facts: { 'http.open_proxy': true } })],
  },
  {
    name: "vnc on x11's port",
    needs: ['vnc'],
    start: (lab, address) => lab.vnc({ address, port: 6000, password: 'secret12' }),
    ports: [p(6000, 'vnc', { facts: { 'vnc.no_auth': false } })],
  },
);
// ---- newer protocol families (__tests__/helpers/protocol-daemons.ts, the daemons the tests in
// __tests__/fingerprint/{brokers,directories,realtime,ssh-products,amplifiers} start)
RECIPES.push(
  ...[true, false].map((anonymous) => ({
    name: `mosquitto, anonymous ${anonymous ? 'allowed' : 'refused'}`,
    needs: ['mosquitto'],
    start: (lab, address, h) =>
      h.protocols.mosquitto(lab, address, [
        { port: 1883, anonymous },
        { port: 11883, anonymous },
      ]),
    ports: [1883, 11883].map((n) => p(n, 'mqtt', { facts: { 'mqtt.anonymous': anonymous } })),
  })),
  ...[false, true].map((auth) => ({
    name: `nats-server, ${auth ? 'password' : 'no auth'}`,
    needs: ['nats-server'],
    start: (lab, address, h) =>
      twice([4222, 14222], (port) =>
        h.protocols.nats(lab, address, port, auth ? 'not-the-password-1' : undefined),
      ),
    ports: [4222, 14222].map((n) => p(n, 'nats', { facts: { 'nats.auth_required': auth } })),
  })),
  ...[true, false].map((anonymous) => ({
    name: `slapd, anonymous bind ${anonymous ? 'allowed' : 'refused'}`,
    needs: ['slapd'],
    start: (lab, address, h) =>
      twice([389, 10389], (port) => h.protocols.slapd(lab, address, port, anonymous)),
    ports: [389, 10389].map((n) => p(n, 'ldap', { facts: { 'ldap.anonymous_bind': anonymous } })),
  })),
  ...[true, false].map((listable) => ({
    name: `rsync daemon, modules ${listable ? 'listed' : 'unlisted'}`,
    needs: ['rsync'],
    start: (lab, address, h) =>
      twice([873, 10873], (port) => h.protocols.rsyncd(lab, address, port, listable)),
    ports: [873, 10873].map((n) => p(n, 'rsync', { facts: { 'rsync.modules_listed': listable } })),
  })),
  {
    name: 'coturn, STUN over UDP and TCP',
    needs: ['coturn'],
    start: (lab, address, h) => twice([3478, 13478], (port) => h.protocols.coturn(lab, address, port)),
    ports: [3478, 13478].flatMap((n) => [
      u(n, 'stun', { facts: { 'stun.binding': true } }),
      p(n, 'stun', { facts: { 'stun.binding': true } }),
    ]),
  },
  {
    // Dropbear allows password logins unless started with -s.
    name: 'dropbear',
    needs: ['dropbear'],
    start: (lab, address, h) => h.protocols.dropbear(lab, address, [22, 10022]),
    ports: [22, 10022].map((n) => p(n, 'ssh', { product: 'Dropbear', facts: { 'ssh.password_auth': true } })),
  },
  {
    // openbsd-inetd knows its built-ins by service name only (no odd port); its UDP built-ins
    // never answer a 127/8 source, so TCP only.
    name: 'inetd chargen and daytime',
    needs: ['inetdEcho'],
    start: (lab, address, h) => h.protocols.inetdAmplifiers(lab, address),
    ports: [
      p(19, 'chargen', { facts: { 'chargen.answered': true } }),
      p(13, 'daytime', { facts: { 'daytime.answered': true } }),
    ],
  },
  {
    // chrony answers mode 3 and refuses mode 6 and 7: no amplifier.
    name: 'chrony (NTP)',
    needs: ['chrony'],
    start: (lab, address) => twice([123, 1123], (port) => lab.chrony({ address, port })),
    ports: [123, 1123].map((n) =>
      u(n, 'ntp', { facts: { 'ntp.mode6_answered': false, 'ntp.monlist_answered': false } }),
    ),
  },
  {
    name: 'redis sentinel',
    needs: ['redisSentinel'],
    start: (lab, address) => twice([26379, 16380], (port) => lab.redisSentinel({ address, port })),
    ports: [26379, 16380].map((n) =>
      p(n, 'redis-sentinel', { facts: { 'redis_sentinel.auth_required': false } }),
    ),
  },
  {
    name: 'pgbouncer',
    needs: ['pgbouncer'],
    start: (lab, address) => twice([6432, 16432], (port) => lab.pgbouncer({ address, port, auth: 'trust' })),
    ports: [6432, 16432].map((n) => p(n, 'postgresql', { product: 'pgbouncer' })),
  },
  {
    name: 'tftpd-hpa',
    needs: ['tftpd'],
    start: (lab, address) => twice([69, 1069], (port) => lab.tftpd({ address, port })),
    ports: [69, 1069].map((n) => u(n, 'tftp', { facts: { 'tftp.answered': true } })),
  },
  {
    // rpcbind binds every address whatever it is told: it runs in a namespace of its own, on 111 only.
    name: 'rpcbind (namespace)',
    needs: ['rpcbind'],
    start: async (lab) => (await lab.rpcbind()).info.address,
    ports: [
      p(111, 'rpcbind', { facts: { 'rpcbind.answered': true } }),
      u(111, 'rpcbind', { facts: { 'rpcbind.answered': true } }),
    ],
  },
);
