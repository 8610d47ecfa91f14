import type { IdentifiedBy, Protocol, RiskClass, ServiceInfo } from './model.js';

/**
 * The one registry of service names that users write (`--ports ssh`,
 * `service: https` in a policy) and that fingerprints report. Port numbers
 * are the IANA registrations or, where IANA is silent, the port the daemon
 * ships with.
 */
export interface ServiceDef {
  name: string;
  /** Other names users write for it. */
  aliases?: string[];
  tcp?: number[];
  udp?: number[];
  risk: RiskClass[];
  /** Remote-access services: governed by `remote_access` (VPN + MFA) in a policy. */
  remoteAccess?: boolean;
  description: string;
}

export const SERVICES: readonly ServiceDef[] = [
  { name: 'ssh', tcp: [22], risk: ['remote-access'], remoteAccess: true, description: 'Secure Shell' },
  {
    name: 'telnet',
    tcp: [23],
    risk: ['remote-access', 'cleartext-legacy'],
    remoteAccess: true,
    description: 'Telnet',
  },
  {
    name: 'rdp',
    aliases: ['ms-wbt-server'],
    tcp: [3389],
    udp: [3389],
    risk: ['remote-access'],
    remoteAccess: true,
    description: 'Remote Desktop Protocol',
  },
  {
    name: 'vnc',
    aliases: ['rfb'],
    tcp: [5900, 5901, 5902, 5903],
    risk: ['remote-access'],
    remoteAccess: true,
    description: 'VNC (RFB)',
  },
  {
    name: 'winrm',
    aliases: ['wsman'],
    tcp: [5985, 5986],
    risk: ['remote-access', 'management'],
    remoteAccess: true,
    description: 'Windows Remote Management',
  },
  { name: 'http', aliases: ['www'], tcp: [80, 8000, 8008, 8080, 8888], risk: ['web'], description: 'HTTP' },
  { name: 'https', tcp: [443, 8443], udp: [443], risk: ['web'], description: 'HTTP over TLS' },
  {
    name: 'ftp',
    tcp: [21],
    risk: ['file-sharing', 'cleartext-legacy'],
    description: 'File Transfer Protocol',
  },
  { name: 'ftps', tcp: [990], risk: ['file-sharing'], description: 'FTP over TLS' },
  { name: 'tftp', udp: [69], risk: ['file-sharing', 'cleartext-legacy'], description: 'Trivial FTP' },
  { name: 'smtp', tcp: [25, 587], risk: ['mail'], description: 'SMTP' },
  { name: 'smtps', aliases: ['submissions'], tcp: [465], risk: ['mail'], description: 'SMTP over TLS' },
  { name: 'pop3', tcp: [110], risk: ['mail', 'cleartext-legacy'], description: 'POP3' },
  { name: 'pop3s', tcp: [995], risk: ['mail'], description: 'POP3 over TLS' },
  { name: 'imap', tcp: [143], risk: ['mail', 'cleartext-legacy'], description: 'IMAP' },
  { name: 'imaps', tcp: [993], risk: ['mail'], description: 'IMAP over TLS' },
  { name: 'dns', aliases: ['domain'], tcp: [53], udp: [53], risk: ['name-service'], description: 'DNS' },
  {
    name: 'mdns',
    aliases: ['zeroconf'],
    udp: [5353],
    risk: ['name-service'],
    description: 'Multicast DNS (DNS messages on 5353)',
  },
  { name: 'ntp', udp: [123], risk: ['name-service'], description: 'Network Time Protocol' },
  { name: 'snmp', udp: [161], risk: ['management'], description: 'SNMP' },
  {
    name: 'netbios',
    aliases: ['netbios-ssn', 'netbios-ns'],
    tcp: [139],
    udp: [137, 138],
    risk: ['file-sharing', 'cleartext-legacy'],
    description: 'NetBIOS',
  },
  {
    name: 'smb',
    aliases: ['microsoft-ds', 'cifs'],
    tcp: [445],
    risk: ['file-sharing'],
    description: 'SMB / CIFS',
  },
  { name: 'ldap', tcp: [389], udp: [389], risk: ['management'], description: 'LDAP' },
  { name: 'ldaps', tcp: [636], risk: ['management'], description: 'LDAP over TLS' },
  { name: 'mysql', aliases: ['mariadb'], tcp: [3306], risk: ['database'], description: 'MySQL / MariaDB' },
  { name: 'postgresql', aliases: ['postgres'], tcp: [5432], risk: ['database'], description: 'PostgreSQL' },
  {
    name: 'mssql',
    aliases: ['ms-sql-s'],
    tcp: [1433],
    risk: ['database'],
    description: 'Microsoft SQL Server',
  },
  { name: 'oracle', tcp: [1521], risk: ['database'], description: 'Oracle TNS listener' },
  { name: 'mongodb', aliases: ['mongo'], tcp: [27017], risk: ['database'], description: 'MongoDB' },
  { name: 'elasticsearch', tcp: [9200, 9300], risk: ['database'], description: 'Elasticsearch' },
  { name: 'zookeeper', tcp: [2181], risk: ['database'], description: 'Apache ZooKeeper' },
  { name: 'cassandra', tcp: [9042], risk: ['database'], description: 'Cassandra CQL' },
  { name: 'redis', tcp: [6379], risk: ['cache', 'database'], description: 'Redis' },
  { name: 'redis-sentinel', tcp: [26379], risk: ['cache', 'database'], description: 'Redis Sentinel' },
  { name: 'memcached', tcp: [11211], udp: [11211], risk: ['cache'], description: 'memcached' },
  { name: 'openvpn', tcp: [1194], udp: [1194], risk: ['vpn-gateway'], description: 'OpenVPN' },
  {
    name: 'ike',
    aliases: ['isakmp', 'ipsec'],
    udp: [500, 4500],
    risk: ['vpn-gateway'],
    description: 'IPsec IKE',
  },
  { name: 'wireguard', udp: [51820], risk: ['vpn-gateway'], description: 'WireGuard' },
  { name: 'ssdp', udp: [1900], risk: ['management'], description: 'SSDP / UPnP' },
  {
    name: 'echo',
    tcp: [7],
    udp: [7],
    risk: ['cleartext-legacy'],
    description: 'Echo (RFC 862): sends back what it receives, a reflector over UDP',
  },
  {
    name: 'stun',
    aliases: ['turn'],
    tcp: [3478],
    udp: [3478],
    risk: ['management'],
    description: 'STUN / TURN (a relay for real-time media)',
  },
  { name: 'sip', tcp: [5060], udp: [5060], risk: ['management'], description: 'SIP (VoIP signalling)' },
  {
    name: 'chargen',
    tcp: [19],
    udp: [19],
    risk: ['cleartext-legacy'],
    description: 'Character generator (RFC 864): a reflector over UDP',
  },
  {
    name: 'daytime',
    tcp: [13],
    udp: [13],
    risk: ['cleartext-legacy'],
    description: 'Daytime (RFC 867): a reflector over UDP',
  },
  {
    name: 'qotd',
    tcp: [17],
    udp: [17],
    risk: ['cleartext-legacy'],
    description: 'Quote of the day (RFC 865): a reflector over UDP',
  },
  {
    name: 'docker',
    tcp: [2375, 2376],
    risk: ['management', 'remote-access'],
    description: 'Docker Engine API',
  },
  { name: 'kubernetes-api', tcp: [6443], risk: ['management'], description: 'Kubernetes API server' },
  { name: 'kafka', tcp: [9092], risk: ['database'], description: 'Apache Kafka' },
  { name: 'amqp', aliases: ['rabbitmq'], tcp: [5672], risk: ['database'], description: 'AMQP' },
  { name: 'mqtt', tcp: [1883], risk: ['database'], description: 'MQTT message broker' },
  { name: 'nats', tcp: [4222], risk: ['database'], description: 'NATS message broker' },
  {
    name: 'jdwp',
    tcp: [5005],
    risk: ['management'],
    description: 'Java Debug Wire Protocol (a JVM debugger: code execution)',
  },
  {
    name: 'java-rmi',
    aliases: ['rmiregistry', 'rmi'],
    tcp: [1099],
    risk: ['management'],
    description: 'Java RMI registry (JRMP)',
  },
  { name: 'epmd', tcp: [4369], risk: ['management'], description: 'Erlang port mapper daemon' },
  {
    name: 'x11',
    tcp: [6000, 6001, 6002, 6003],
    risk: ['remote-access', 'cleartext-legacy'],
    description: 'X Window System (a display: screen and keyboard)',
  },
  { name: 'rsync', tcp: [873], risk: ['file-sharing'], description: 'rsync daemon' },
  { name: 'nfs', tcp: [2049], udp: [2049], risk: ['file-sharing'], description: 'NFS' },
  {
    name: 'rpcbind',
    aliases: ['portmapper', 'sunrpc'],
    tcp: [111],
    udp: [111],
    risk: ['file-sharing'],
    description: 'ONC RPC portmapper (rpcbind)',
  },
  {
    name: 'tls',
    aliases: ['ssl'],
    risk: ['unknown'],
    description: 'A TLS service whose inner protocol was not identified',
  },
];

const byName = new Map<string, ServiceDef>();
for (const s of SERVICES) {
  byName.set(s.name, s);
  for (const a of s.aliases ?? []) byName.set(a, s);
}

/** The service a user-written name refers to (case-insensitive, aliases accepted). */
export function lookupService(name: string): ServiceDef | undefined {
  return byName.get(name.toLowerCase());
}

/** The service registered on a port, for a port-number guess when no fingerprint matched. */
export function serviceForPort(port: number, protocol: Protocol): ServiceDef | undefined {
  return (protocol === 'tcp' ? byPort.tcp : byPort.udp).get(port);
}

/** Port → the first service registered on it, per protocol (a large scan asks once per finding). */
const byPort = { tcp: new Map<number, ServiceDef>(), udp: new Map<number, ServiceDef>() };
for (const s of SERVICES) {
  for (const p of s.tcp ?? []) if (!byPort.tcp.has(p)) byPort.tcp.set(p, s);
  for (const p of s.udp ?? []) if (!byPort.udp.has(p)) byPort.udp.set(p, s);
}

export function isRemoteAccess(name: string | undefined): boolean {
  return name !== undefined && lookupService(name)?.remoteAccess === true;
}

/**
 * Names that say only how bytes travel (TLS, HTTP), not what serves them: an
 * identification as one of these never cancels what the port number alone
 * would be denied as (Elasticsearch on 9200 answering over TLS is still a
 * database port until the product behind HTTP is named).
 */
const TRANSPORT_ONLY = new Set(['tls', 'http', 'https']);

export function isTransportOnly(name: string): boolean {
  const def = lookupService(name);
  return TRANSPORT_ONLY.has(def?.name ?? name.toLowerCase());
}

/**
 * How a service was identified. A report written before `identifiedBy`
 * existed lacks it: a low confidence then counts as a port-number guess (the
 * careful reading: a guess never satisfies an allow rule that names a service).
 */
export function identifiedBy(service: ServiceInfo): IdentifiedBy {
  return service.identifiedBy ?? (service.confidence === 'low' ? 'port' : 'exchange');
}
