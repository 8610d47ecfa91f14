/**
 * The protocol catalogue: one record per protocol (src/catalogue/records/), read by the
 * prober (its UDP payloads) and the fingerprint stage (its probes, their order, the TLS
 * names, the evidence keys). Everything else that lists protocols derives from it:
 * PROBE_NAMES, the probe order, the TLS maps, the UDP payloads and docs/evidence.md.
 * A leaf: it imports only the service registry and the model.
 */
import type { ProtocolRecord, UdpPayload } from './types.js';
import { http, tls, winrm } from './records/web.js';
import { ike, openvpn, rdp, ssh, telnet, vnc } from './records/remote.js';
import { ftp, imap, pop3, smtp } from './records/mail.js';
import { memcached, mongodb, mysql, postgresql, redis, redisSentinel, smb } from './records/data.js';
import { dns, echo, ntp, snmp, ssdp } from './records/network.js';
import { amqp, kafka, mqtt, nats } from './records/brokers.js';
import { ldap, rpcbind, rsync, tftp } from './records/directories.js';
import { epmd, jdwp, rmi, x11 } from './records/debug.js';
import { chargen, daytime, qotd } from './records/amplifiers.js';
import { cassandra, mssql, oracle, zookeeper } from './records/stores.js';
import { sip, stun } from './records/realtime.js';

export type {
  EvidenceKeyDoc,
  EvidenceType,
  MatchRule,
  ProtocolRecord,
  TcpSpec,
  UdpPayload,
  UdpSpec,
} from './types.js';
export { DNS_RECURSION_NAME, ECHO_PROBE } from './records/network.js';

/** Every protocol, in the order `--probes` lists them. */
export const CATALOGUE: readonly ProtocolRecord[] = [
  tls,
  http,
  ssh,
  ftp,
  smtp,
  pop3,
  imap,
  telnet,
  vnc,
  rdp,
  mysql,
  postgresql,
  redis,
  redisSentinel,
  memcached,
  mongodb,
  smb,
  winrm,
  openvpn,
  dns,
  snmp,
  ike,
  ntp,
  ssdp,
  echo,
  mqtt,
  amqp,
  nats,
  kafka,
  ldap,
  rsync,
  tftp,
  rpcbind,
  jdwp,
  rmi,
  epmd,
  x11,
  chargen,
  daytime,
  qotd,
  zookeeper,
  cassandra,
  mssql,
  oracle,
  stun,
  sip,
];

/** Valid values for `--probes` (FingerprintOptions.probes): the records' names. */
export const PROBE_NAMES: readonly string[] = CATALOGUE.map((r) => r.name);

const byName = new Map(CATALOGUE.map((r) => [r.name, r]));

export function protocolRecord(name: string): ProtocolRecord | undefined {
  return byName.get(name);
}

const byWeight = (t: 'tcp' | 'udp') => (a: ProtocolRecord, b: ProtocolRecord) => b[t]!.weight - a[t]!.weight;

/** Records that speak TCP, most likely first on a port that is nobody's usual one. */
export const TCP_RECORDS: readonly ProtocolRecord[] = CATALOGUE.filter((r) => r.tcp).sort(byWeight('tcp'));
/** Records that speak UDP, most likely first. */
export const UDP_RECORDS: readonly ProtocolRecord[] = CATALOGUE.filter((r) => r.udp).sort(byWeight('udp'));

/** What a plain service is called inside TLS (http → https, imap → imaps). */
export function tlsName(service: string): string | undefined {
  return CATALOGUE.find((r) => r.service === service && r.tls)?.tls?.name;
}

/** The record usually found inside TLS on a port (993 → imap), to try it first there. */
export function tlsInnerRecord(port: number): ProtocolRecord | undefined {
  return CATALOGUE.find((r) => r.tls?.ports.includes(port));
}

/** Names of the services that TLS usually carries, with the ports they are usual on. */
export function tlsServices(): { name: string; ports: readonly number[] }[] {
  return CATALOGUE.flatMap((r) => (r.tls ? [r.tls] : []));
}

/** Records whose usual ports include `port` on `transport` (for TCP, TLS on its TLS ports). */
export function usualRecords(port: number, transport: 'tcp' | 'udp'): ProtocolRecord[] {
  const own = CATALOGUE.filter((r) => r[transport]?.ports.includes(port));
  if (transport === 'tcp' && tlsInnerRecord(port) && !own.includes(tls)) own.unshift(tls);
  return own;
}

/** One datagram to send, and the record it speaks for. */
export interface UdpAttempt {
  record: ProtocolRecord;
  payload: UdpPayload;
}

/** A record's payloads with the one usual on `port` first. */
function payloadsFor(record: ProtocolRecord, port: number): UdpPayload[] {
  const all = [...(record.udp?.payloads ?? [])];
  const usual = all.find((p) => p.ports?.includes(port));
  return usual ? [usual, ...all.filter((p) => p !== usual)] : all;
}

/** The payload the prober sends to a UDP port: the usual one there, else none. */
export function usualUdpAttempt(port: number): UdpAttempt | undefined {
  const record = usualRecords(port, 'udp')[0];
  const payload = record && payloadsFor(record, port)[0];
  return payload ? { record, payload } : undefined;
}

/** Every UDP payload in the catalogue for `port`, most likely first: the port's usual ones, then by weight. */
export function udpAttempts(port: number): UdpAttempt[] {
  const usual = usualRecords(port, 'udp');
  const order = [...usual, ...UDP_RECORDS.filter((r) => !usual.includes(r))];
  return order.flatMap((record) => payloadsFor(record, port).map((payload) => ({ record, payload })));
}
