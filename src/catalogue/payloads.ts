/**
 * The bytes the catalogue's records send, built once from each protocol's RFC or
 * specification. Each carries a marker of ours (a query id, an SPI, a session id, a
 * timestamp) that a real answer names back, so a parser can tell an answer to us from
 * noise, and a reflection (the same bytes coming back) from an answer.
 */

/** Our marker in ids and cookies: "PC" and "portcull". */
export const DNS_QUERY_ID = 0x5043;
export const IKE_SPI = Buffer.from('portcull', 'latin1');
export const OPENVPN_SESSION = Buffer.from('portcull', 'latin1');
export const NTP_TRANSMIT = Buffer.from('portcull', 'latin1');
export const SNMP_REQUEST_ID = 0x50430001;

/** DNS (RFC 1035): version.bind TXT in class CHAOS, recursion desired; every server answers, if only REFUSED. */
export function versionQuery(): Buffer {
  const header = Buffer.from([DNS_QUERY_ID >> 8, DNS_QUERY_ID & 0xff, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]);
  const qname = Buffer.from([7, ...Buffer.from('version'), 4, ...Buffer.from('bind'), 0]);
  return Buffer.concat([header, qname, Buffer.from([0, 16, 0, 3])]);
}

/** DNS over TCP: a 16-bit length before the message (RFC 1035 §4.2.2). */
export function tcpFramed(message: Buffer): Buffer {
  const len = Buffer.alloc(2);
  len.writeUInt16BE(message.length);
  return Buffer.concat([len, message]);
}

/** NTP (RFC 5905): a 48-byte client request (version 4, mode 3) with our transmit timestamp. */
export function ntpRequest(): Buffer {
  const b = Buffer.alloc(48);
  b[0] = 0x23;
  NTP_TRANSMIT.copy(b, 40);
  return b;
}

/** 1.3.6.1.2.1.1.1.0, sysDescr.0 */
export const SYS_DESCR_OID = Buffer.from([0x2b, 6, 1, 2, 1, 1, 1, 0]);

function tlv(tag: number, value: Buffer): Buffer {
  const len = value.length;
  const head = len < 128 ? Buffer.from([tag, len]) : Buffer.from([tag, 0x82, len >> 8, len & 0xff]);
  return Buffer.concat([head, value]);
}

/** SNMP v2c (RFC 3416): GetRequest for sysDescr.0 with community `community`. */
export function getRequest(community = 'public'): Buffer {
  const rid = Buffer.alloc(4);
  rid.writeUInt32BE(SNMP_REQUEST_ID);
  const varbind = tlv(0x30, Buffer.concat([tlv(0x06, SYS_DESCR_OID), Buffer.from([0x05, 0x00])]));
  const pdu = tlv(
    0xa0,
    Buffer.concat([
      tlv(0x02, rid),
      tlv(0x02, Buffer.from([0])),
      tlv(0x02, Buffer.from([0])),
      tlv(0x30, varbind),
    ]),
  );
  return tlv(
    0x30,
    Buffer.concat([tlv(0x02, Buffer.from([1])), tlv(0x04, Buffer.from(community, 'latin1')), pdu]),
  );
}

function ikePayload(next: number, body: Buffer): Buffer {
  const h = Buffer.from([next, 0, 0, 0]);
  h.writeUInt16BE(4 + body.length, 2);
  return Buffer.concat([h, body]);
}

function ikeTransform(last: boolean, type: number, id: number, attrs = Buffer.alloc(0)): Buffer {
  const b = Buffer.from([last ? 0 : 3, 0, 0, 0, type, 0, id >> 8, id & 0xff]);
  b.writeUInt16BE(8 + attrs.length, 2);
  return Buffer.concat([b, attrs]);
}

/**
 * IKEv2 (RFC 7296): an IKE_SA_INIT offering AES-CBC-128, SHA-256, MODP-2048, with a KE and a
 * nonce. A responder answers with its own IKE_SA_INIT or a notification, an answer either way.
 */
export function ikeSaInit(): Buffer {
  const transforms = Buffer.concat([
    ikeTransform(false, 1, 12, Buffer.from([0x80, 0x0e, 0x00, 0x80])),
    ikeTransform(false, 2, 5),
    ikeTransform(false, 3, 12),
    ikeTransform(true, 4, 14),
  ]);
  const proposal = Buffer.concat([Buffer.from([0, 0, 0, 0, 1, 1, 0, 4]), transforms]);
  proposal.writeUInt16BE(proposal.length, 2);
  const sa = ikePayload(34, proposal);
  const keyData = Buffer.alloc(256, 0x5a);
  const ke = ikePayload(40, Buffer.concat([Buffer.from([0, 14, 0, 0]), keyData]));
  const nonce = ikePayload(0, Buffer.alloc(32, 0x4e));
  const body = Buffer.concat([sa, ke, nonce]);
  const header = Buffer.alloc(28);
  IKE_SPI.copy(header, 0);
  header[16] = 33; // next payload: SA
  header[17] = 0x20; // version 2.0
  header[18] = 34; // IKE_SA_INIT
  header[19] = 0x08; // initiator
  header.writeUInt32BE(28 + body.length, 24);
  return Buffer.concat([header, body]);
}

/** The four zero bytes that mark IKE (not ESP) on the NAT-T port (RFC 3948). */
export function ikeNatTraversal(): Buffer {
  return Buffer.concat([Buffer.alloc(4), ikeSaInit()]);
}

/** OpenVPN P_CONTROL_HARD_RESET_CLIENT_V2 without tls-auth: opcode 7, session id, no acks, packet id 0. */
export function hardReset(): Buffer {
  return Buffer.concat([Buffer.from([7 << 3]), OPENVPN_SESSION, Buffer.from([0, 0, 0, 0, 0])]);
}

/** memcached over UDP: the 8-byte frame header (request id, sequence 0, one datagram), then `version`. */
export function memcachedVersion(): Buffer {
  return Buffer.concat([Buffer.from([0x50, 0x43, 0, 0, 0, 1, 0, 0]), Buffer.from('version\r\n', 'latin1')]);
}

/** SSDP (UPnP 1.1): a unicast M-SEARCH for every device and service. */
export function ssdpSearch(): Buffer {
  return Buffer.from(
    'M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: "ssdp:discover"\r\nMX: 1\r\nST: ssdp:all\r\n\r\n',
    'latin1',
  );
}
