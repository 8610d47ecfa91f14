import { X509Certificate } from 'node:crypto';
import type tls from 'node:tls';
import type { Evidence } from '../../model.js';
import type { Identification, ProbeContext, TcpModule } from '../types.js';
import { clean } from '../text.js';

const u16 = (n: number) => Buffer.from([(n >> 8) & 0xff, n & 0xff]);
const vec16 = (b: Buffer) => Buffer.concat([u16(b.length), b]);
const ext = (type: number, body: Buffer) => Buffer.concat([u16(type), vec16(body)]);

/**
 * A ClientHello that TLS 1.0–1.3 servers all answer: TLS 1.3 and common
 * ECDHE/RSA suites, SNI when we have a name, an X25519 key share.
 */
export function clientHello(serverName?: string): Buffer {
  const suites = [
    0x1301, 0x1302, 0x1303, 0xc02b, 0xc02f, 0xc02c, 0xc030, 0xcca9, 0xcca8, 0xc013, 0xc014, 0x009c, 0x009d,
    0x002f, 0x0035, 0x000a,
  ];
  const random = Buffer.alloc(32, 0x50);
  const exts: Buffer[] = [];
  if (serverName) {
    const name = Buffer.from(serverName, 'latin1').subarray(0, 253);
    exts.push(ext(0x0000, vec16(Buffer.concat([Buffer.from([0]), vec16(name)]))));
  }
  exts.push(ext(0x000a, vec16(Buffer.concat([u16(0x001d), u16(0x0017), u16(0x0018), u16(0x0100)])))); // groups
  exts.push(ext(0x000b, Buffer.from([1, 0]))); // ec_point_formats: uncompressed
  exts.push(
    ext(
      0x000d,
      vec16(Buffer.concat([0x0403, 0x0804, 0x0401, 0x0503, 0x0805, 0x0501, 0x0806, 0x0601, 0x0201].map(u16))),
    ),
  ); // signature_algorithms
  exts.push(ext(0x002b, Buffer.concat([Buffer.from([6]), u16(0x0304), u16(0x0303), u16(0x0302)]))); // supported_versions
  exts.push(ext(0xff01, Buffer.from([0]))); // renegotiation_info
  // key_share: one X25519 share. OpenSSL 3 servers refuse a 1.3 hello without one ("no suitable
  // key share") and close without an alert; we never finish the handshake, so any point will do.
  const share = Buffer.concat([u16(0x001d), vec16(Buffer.alloc(32, 0x09))]);
  exts.push(ext(0x0033, vec16(share)));
  const body = Buffer.concat([
    u16(0x0303),
    random,
    Buffer.from([0]), // session id
    vec16(Buffer.concat(suites.map(u16))),
    Buffer.from([1, 0]), // compression: null
    vec16(Buffer.concat(exts)),
  ]);
  const hs = Buffer.concat([Buffer.from([1, (body.length >> 16) & 0xff]), u16(body.length & 0xffff), body]);
  return Buffer.concat([Buffer.from([0x16, 0x03, 0x01]), u16(hs.length), hs]);
}

const VERSIONS: Record<number, string> = {
  0x0300: '3.0',
  0x0301: '1.0',
  0x0302: '1.1',
  0x0303: '1.2',
  0x0304: '1.3',
};

/** Pure: a ServerHello (or HelloRetryRequest), or a TLS alert, in reply to a ClientHello. */
export function parseTls(data: Buffer): Identification | undefined {
  if (data.length < 7) return undefined;
  const type = data[0];
  const major = data[1];
  const minor = data[2];
  if (major !== 3 || minor > 4) return undefined;
  const len = data.readUInt16BE(3);
  if (len === 0 || len > 18432) return undefined;
  if (type === 0x15) {
    // An alert: a TLS stack refused our hello (no common suite or version). Two bytes, level 1 or 2.
    if (len !== 2 || (data[5] !== 1 && data[5] !== 2)) return undefined;
    return { service: 'tls', evidence: { 'tls.alert': data[6] }, confident: true };
  }
  if (type !== 0x16 || data[5] !== 0x02 || data.length < 9) return undefined;
  const hsLen = data.readUIntBE(6, 3);
  if (hsLen < 38 || hsLen > len - 4) return undefined;
  const ev: Evidence = {};
  const body = data.subarray(9, Math.min(data.length, 9 + hsLen));
  if (body.length >= 2) {
    let version = body.readUInt16BE(0);
    // supported_versions in the extensions carries the real version for TLS 1.3.
    const sidLen = body[34];
    let off = 35 + (sidLen ?? 0) + 3;
    if (body.length >= off + 2) {
      const extEnd = Math.min(body.length, off + 2 + body.readUInt16BE(off));
      off += 2;
      while (off + 4 <= extEnd) {
        const t = body.readUInt16BE(off);
        const l = body.readUInt16BE(off + 2);
        if (t === 0x002b && l === 2 && off + 6 <= extEnd) version = body.readUInt16BE(off + 4);
        off += 4 + l;
      }
    }
    if (VERSIONS[version]) ev['tls.version'] = VERSIONS[version];
  }
  return { service: 'tls', evidence: ev, confident: true };
}

export const tlsModule: TcpModule = {
  name: 'tls',
  services: ['https', 'imaps', 'pop3s', 'smtps', 'ftps', 'tls'],
  parse: parseTls,
  probe: (ctx: ProbeContext) => clientHello(ctx.hostname),
};

function cn(dn: string | undefined): string | undefined {
  if (!dn) return undefined;
  const m = /(?:^|\n)CN=([^\n]*)/.exec(dn);
  return clean(m ? m[1] : dn.replace(/\n/g, ', '));
}

/** Pure: the facts of a certificate (as Node parsed it), at time `now`. */
export function certificateEvidence(cert: X509Certificate, now: Date): Evidence {
  const ev: Evidence = {};
  const subject = cn(cert.subject);
  const issuer = cn(cert.issuer);
  if (subject !== undefined) ev['tls.subject'] = subject;
  if (issuer !== undefined) ev['tls.issuer'] = issuer;
  ev['tls.sans'] = (cert.subjectAltName ?? '')
    .split(/,\s*/)
    .filter(Boolean)
    .slice(0, 64)
    .map((s) => clean(s));
  const notBefore = new Date(cert.validFrom);
  const notAfter = new Date(cert.validTo);
  if (!Number.isNaN(notBefore.getTime())) ev['tls.not_before'] = notBefore.toISOString();
  if (!Number.isNaN(notAfter.getTime())) {
    ev['tls.not_after'] = notAfter.toISOString();
    ev['tls.expired'] = notAfter.getTime() < now.getTime();
  }
  let selfSigned = false;
  try {
    selfSigned = cert.subject === cert.issuer && cert.checkIssued(cert) && cert.verify(cert.publicKey);
  } catch {
    selfSigned = false;
  }
  ev['tls.self_signed'] = selfSigned;
  return ev;
}

/** Facts of an established TLS connection. */
export function connectionEvidence(socket: tls.TLSSocket, now = new Date()): Evidence {
  const ev: Evidence = {};
  const proto = socket.getProtocol();
  const m = proto && /^TLSv(1(?:\.[0-3])?)$/.exec(proto);
  if (m) ev['tls.version'] = m[1] === '1' ? '1.0' : m[1];
  ev['tls.alpn'] = typeof socket.alpnProtocol === 'string' ? socket.alpnProtocol : null;
  const cipher = socket.getCipher();
  if (cipher?.name) ev['tls.cipher'] = cipher.name;
  const cert = socket.getPeerX509Certificate();
  if (cert) Object.assign(ev, certificateEvidence(cert, now));
  return ev;
}
