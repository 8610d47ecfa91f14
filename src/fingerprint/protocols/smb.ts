import type { Identification, TcpModule } from '../types.js';

/** An SMB1 NEGOTIATE in a NetBIOS session message, offering `dialects`. */
export function smb1Negotiate(dialects: string[]): Buffer {
  const names = Buffer.concat(dialects.map((d) => Buffer.from(`\x02${d}\0`, 'latin1')));
  const header = Buffer.alloc(32);
  header.write('\xffSMB', 0, 'latin1');
  header[4] = 0x72; // SMB_COM_NEGOTIATE
  header[9] = 0x18; // flags: case-insensitive paths, canonicalised
  header.writeUInt16LE(0xc853, 10); // flags2: unicode, NT status, long names, extended security
  header.writeUInt16LE(0xfeff, 28); // PID
  const params = Buffer.from([0]); // word count
  const byteCount = Buffer.alloc(2);
  byteCount.writeUInt16LE(names.length);
  const smb = Buffer.concat([header, params, byteCount, names]);
  const nb = Buffer.alloc(4);
  nb.writeUInt32BE(smb.length);
  return Buffer.concat([nb, smb]);
}

export const MULTI_PROTOCOL_NEGOTIATE = smb1Negotiate(['NT LM 0.12', 'SMB 2.002', 'SMB 2.???']);
export const SMB1_ONLY_NEGOTIATE = smb1Negotiate(['NT LM 0.12']);

/** An SMB2 NEGOTIATE offering 2.0.2 through 3.0.2 (3.1.1 needs negotiate contexts). */
export function smb2Negotiate(): Buffer {
  const header = Buffer.alloc(64);
  header.write('\xfeSMB', 0, 'latin1');
  header.writeUInt16LE(64, 4); // structure size
  header.writeUInt16LE(0, 12); // NEGOTIATE
  const dialects = [0x0202, 0x0210, 0x0300, 0x0302];
  const body = Buffer.alloc(36 + dialects.length * 2);
  body.writeUInt16LE(36, 0);
  body.writeUInt16LE(dialects.length, 2);
  body.writeUInt16LE(1, 4); // security mode: signing enabled
  body.writeUInt32LE(0, 8); // capabilities
  Buffer.alloc(16, 0x50).copy(body, 12); // client GUID
  dialects.forEach((d, i) => body.writeUInt16LE(d, 36 + i * 2));
  const smb = Buffer.concat([header, body]);
  const nb = Buffer.alloc(4);
  nb.writeUInt32BE(smb.length);
  return Buffer.concat([nb, smb]);
}

const DIALECTS: Record<number, string> = {
  0x0202: '2.0.2',
  0x0210: '2.1',
  0x0300: '3.0',
  0x0302: '3.0.2',
  0x0311: '3.1.1',
  0x02ff: '2.???',
};

export type SmbNegotiation =
  | { smb: 1; dialectIndex: number; status: number }
  | { smb: 2; dialect: string; signingRequired: boolean; status: number };

/** Pure: a NEGOTIATE response, SMB1 or SMB2, in its NetBIOS session message. */
export function parseSmbNegotiate(data: Buffer): SmbNegotiation | undefined {
  if (data.length < 8 || data[0] !== 0x00) return undefined;
  const len = data.readUIntBE(1, 3);
  if (len < 4 || len > 0x1ffff) return undefined;
  const msg = data.subarray(4, 4 + len);
  if (msg.length >= 37 && msg.toString('latin1', 0, 4) === '\xffSMB' && msg[4] === 0x72) {
    const status = msg.readUInt32LE(5);
    const wordCount = msg[32];
    const dialectIndex = wordCount >= 1 && msg.length >= 35 ? msg.readUInt16LE(33) : 0xffff;
    return { smb: 1, dialectIndex, status };
  }
  if (msg.length >= 64 + 8 && msg.toString('latin1', 0, 4) === '\xfeSMB' && msg.readUInt16LE(12) === 0) {
    const status = msg.readUInt32LE(8);
    const body = msg.subarray(64);
    const securityMode = body.readUInt16LE(2);
    const dialect = body.readUInt16LE(4);
    return {
      smb: 2,
      dialect: DIALECTS[dialect] ?? `0x${dialect.toString(16)}`,
      signingRequired: (securityMode & 2) !== 0,
      status,
    };
  }
  return undefined;
}

export function parseSmb(data: Buffer): Identification | undefined {
  const neg = parseSmbNegotiate(data);
  if (!neg) return undefined;
  const id: Identification = { service: 'smb', evidence: {}, confident: true };
  if (neg.smb === 2 && neg.dialect !== '2.???') {
    id.evidence['smb.dialect'] = neg.dialect;
    id.evidence['smb.signing_required'] = neg.signingRequired;
  }
  if (neg.smb === 1 && neg.status === 0 && neg.dialectIndex === 0) id.evidence['smb.dialect'] = 'NT LM 0.12';
  return id;
}

const whole = (b: Buffer) => b.length >= 4 && b.length >= 4 + b.readUIntBE(1, 3);

export const smbModule: TcpModule = {
  name: 'smb',
  services: ['smb', 'netbios'],
  parse: parseSmb,
  probe: () => MULTI_PROTOCOL_NEGOTIATE,
  complete: whole,
  async interrogate(id, session) {
    const ms = () => Math.min(2000, session.remaining());
    if (!('smb.dialect' in id.evidence)) {
      const conv = await session.connect();
      try {
        conv.write(smb2Negotiate());
        const neg = parseSmbNegotiate(await conv.read(whole, ms()));
        if (neg?.smb === 2 && neg.status === 0) {
          id.evidence['smb.dialect'] = neg.dialect;
          id.evidence['smb.signing_required'] = neg.signingRequired;
        }
      } finally {
        conv.close();
      }
    }
    const conv = await session.connect();
    try {
      conv.write(SMB1_ONLY_NEGOTIATE);
      const neg = parseSmbNegotiate(await conv.read(whole, ms()));
      // A server without SMB1 closes the connection or answers without choosing the dialect.
      id.evidence['smb.smb1'] = neg?.smb === 1 && neg.status === 0 && neg.dialectIndex === 0;
    } finally {
      conv.close();
    }
  },
};
