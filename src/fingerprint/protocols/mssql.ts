import type { Identification, TcpModule } from '../types.js';

/**
 * A TDS PRELOGIN (MS-TDS §2.2.6.5): packet type 0x12, options VERSION, ENCRYPTION (we offer
 * "off": 0), INSTOPT (empty instance name), THREADID, MARS, then the terminator.
 */
export function prelogin(): Buffer {
  const data = Buffer.from([
    // VERSION: client version 0.0.0.0, sub-build 0
    0, 0, 0, 0, 0, 0,
    // ENCRYPTION: ENCRYPT_OFF
    0,
    // INSTOPT: an empty instance name (NUL)
    0,
    // THREADID
    0x50, 0x43, 0, 1,
    // MARS off
    0,
  ]);
  const options: Array<[number, number]> = [
    [0, 6],
    [1, 1],
    [2, 1],
    [3, 4],
    [4, 1],
  ];
  const table = Buffer.alloc(options.length * 5 + 1);
  let offset = table.length;
  options.forEach(([token, len], i) => {
    table[i * 5] = token;
    table.writeUInt16BE(offset, i * 5 + 1);
    table.writeUInt16BE(len, i * 5 + 3);
    offset += len;
  });
  table[table.length - 1] = 0xff;
  const payload = Buffer.concat([table, data]);
  const header = Buffer.from([0x12, 0x01, 0, 0, 0, 0, 0x01, 0x00]);
  header.writeUInt16BE(8 + payload.length, 2);
  return Buffer.concat([header, payload]);
}

const ENCRYPTION = ['off', 'on', 'not-supported', 'required'];

/**
 * Pure: the server's PRELOGIN answer (a tabular-result packet, type 0x04): its option table,
 * the VERSION (major.minor.build) and what it says about encryption. Never throws.
 */
export function parseMssql(data: Buffer): Identification | undefined {
  if (data.length < 8 + 6 || data[0] !== 0x04 || (data[1] & 0x01) === 0) return undefined;
  const len = data.readUInt16BE(2);
  if (len < 14 || len > 4096) return undefined;
  const body = data.subarray(8, Math.min(len, data.length));
  let version: string | undefined;
  let encryption: string | undefined;
  let sawVersion = false;
  for (let at = 0; at + 5 <= body.length && at < 5 * 16; at += 5) {
    const token = body[at];
    if (token === 0xff) break;
    const off = body.readUInt16BE(at + 1);
    const l = body.readUInt16BE(at + 3);
    if (off + l > body.length) return undefined;
    if (token === 0 && l >= 6) {
      sawVersion = true;
      version = `${body[off]}.${body[off + 1]}.${body.readUInt16BE(off + 2)}`;
    }
    if (token === 1 && l >= 1) encryption = ENCRYPTION[body[off]] ?? `0x${body[off].toString(16)}`;
  }
  if (!sawVersion) return undefined;
  const id: Identification = {
    service: 'mssql',
    product: 'Microsoft SQL Server',
    evidence: {},
    confident: true,
  };
  if (version) {
    id.version = version;
    id.evidence['mssql.version'] = version;
  }
  if (encryption) id.evidence['mssql.encryption'] = encryption;
  return id;
}

export const mssqlModule: TcpModule = {
  name: 'mssql',
  services: ['mssql'],
  parse: parseMssql,
  probe: () => prelogin(),
  complete: (d) => d.length >= 4 && d.length >= d.readUInt16BE(2),
};
