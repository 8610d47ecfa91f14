import type { Identification, TcpModule } from '../types.js';

/** RFB security type numbers (RFC 6143 §7.1.2 and the IANA registry). */
export const VNC_SECURITY_TYPES: Record<number, string> = {
  0: 'Invalid',
  1: 'None',
  2: 'VNC Authentication',
  5: 'RA2',
  6: 'RA2ne',
  16: 'Tight',
  17: 'Ultra',
  18: 'TLS',
  19: 'VeNCrypt',
  20: 'SASL',
  21: 'MD5',
  22: 'xvp',
  30: 'Apple Remote Desktop',
  113: 'MSLogonII',
};

const RFB = /^RFB (\d{3})\.(\d{3})\n/;

/** Pure: the RFB ProtocolVersion greeting ("RFB 003.008\n"). */
export function parseVnc(data: Buffer): Identification | undefined {
  const m = RFB.exec(data.subarray(0, 12).toString('latin1'));
  if (!m) return undefined;
  const version = `${Number(m[1])}.${Number(m[2])}`;
  return {
    service: 'vnc',
    version,
    banner: `RFB ${m[1]}.${m[2]}`,
    evidence: { 'vnc.protocol_version': version },
    confident: true,
  };
}

/**
 * Pure: the server's security offer after the version exchange. From 3.7 on a
 * count and a list (count 0: a failure reason follows); in 3.3 one u32 type.
 */
export function parseVncSecurity(
  data: Buffer,
  minor: number,
): { types: string[]; failure?: string } | undefined {
  if (minor >= 7) {
    if (data.length < 1) return undefined;
    const n = data[0];
    if (n === 0) {
      if (data.length < 5) return { types: [] };
      const len = Math.min(data.readUInt32BE(1), 256);
      return {
        types: [],
        failure: data
          .subarray(5, 5 + len)
          .toString('latin1')
          .replace(/[^\x20-\x7e]/g, ''),
      };
    }
    if (data.length < 1 + n) return undefined;
    return { types: [...data.subarray(1, 1 + n)].map((t) => VNC_SECURITY_TYPES[t] ?? `type-${t}`) };
  }
  if (data.length < 4) return undefined;
  const t = data.readUInt32BE(0);
  if (t === 0) return { types: [] };
  return { types: [VNC_SECURITY_TYPES[t] ?? `type-${t}`] };
}

export const vncModule: TcpModule = {
  name: 'vnc',
  services: ['vnc'],
  bannerFirst: true,
  parse: parseVnc,
  async interrogate(id, session) {
    const { conversation: conv, greeted } = await session.reuse();
    try {
      const ms = () => Math.min(2000, session.remaining());
      let serverMinor = Number(String(id.evidence['vnc.protocol_version'] ?? '3.8').split('.')[1]);
      if (!greeted) {
        const hello = parseVnc(await conv.read((b) => b.length >= 12, ms()));
        if (!hello) return;
        serverMinor = Number(String(hello.evidence['vnc.protocol_version']).split('.')[1]);
      }
      // Answer with the highest version both sides know; 3.4–3.6 and odd minors behave as 3.3.
      const minor = serverMinor >= 8 ? 8 : serverMinor === 7 ? 7 : 3;
      conv.write(`RFB 003.00${minor}\n`);
      const offer = parseVncSecurity(
        await conv.read(
          (b) => parseVncSecurity(b, minor) !== undefined && (minor < 7 || b[0] !== 0 || b.length >= 5),
          ms(),
        ),
        minor,
      );
      if (!offer) return;
      id.evidence['vnc.security_types'] = offer.types;
      id.evidence['vnc.no_auth'] = offer.types.includes('None');
    } finally {
      conv.close();
    }
  },
};
