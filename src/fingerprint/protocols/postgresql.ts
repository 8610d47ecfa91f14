import type { Identification, TcpModule } from '../types.js';
import { cString, clean } from '../text.js';

/** SSLRequest: length 8, code 80877103. */
export const SSL_REQUEST = Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]);

/** StartupMessage, protocol 3.0, for a user that should not exist. */
export function startupMessage(user = 'portcullis', database = 'portcullis'): Buffer {
  const params = Buffer.from(
    `user\0${user}\0database\0${database}\0application_name\0portcullis\0\0`,
    'latin1',
  );
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + params.length, 0);
  head.writeUInt32BE(0x00030000, 4);
  return Buffer.concat([head, params]);
}

/** Pure: the fields of an ErrorResponse ('E'), keyed by their one-letter codes. */
export function parseErrorFields(data: Buffer): Record<string, string> | undefined {
  if (data.length < 5 || data[0] !== 0x45) return undefined;
  const len = data.readUInt32BE(1);
  if (len < 4 || len > 8192) return undefined;
  const body = data.subarray(5, 1 + len);
  const fields: Record<string, string> = {};
  let off = 0;
  for (let n = 0; n < 32 && off < body.length && body[off] !== 0; n++) {
    const code = String.fromCharCode(body[off]);
    const value = cString(body, off + 1, 512);
    if (!value) break;
    fields[code] = value.value;
    off = value.next;
  }
  return fields.S || fields.V ? fields : undefined;
}

const AUTH_NAMES: Record<number, string> = {
  0: 'trust',
  2: 'kerberos',
  3: 'password',
  5: 'md5',
  7: 'gss',
  9: 'sspi',
  10: 'scram-sha-256',
};

/** Pure: what a StartupMessage got: an authentication request or an error. */
export function parseStartupReply(data: Buffer): { method: string; message?: string } | undefined {
  if (data.length >= 9 && data[0] === 0x52) {
    const len = data.readUInt32BE(1);
    if (len < 8 || len > 8192) return undefined;
    const code = data.readUInt32BE(5);
    return { method: AUTH_NAMES[code] ?? `auth-${code}` };
  }
  const err = parseErrorFields(data);
  if (!err) return undefined;
  const message = clean(err.M ?? '');
  if (/pg_hba\.conf/.test(message)) return { method: 'rejected', message };
  // The role check comes after authentication: reaching it without a password means "trust".
  if (/role ".*" does not exist/.test(message) || /database ".*" does not exist/.test(message))
    return { method: 'trust', message };
  if (/ident|peer/i.test(message)) return { method: 'ident', message };
  return { method: 'rejected', message };
}

/** Pure: an ErrorResponse to anything a PostgreSQL server cannot read, or an authentication request. */
export function parsePostgresql(data: Buffer): Identification | undefined {
  const err = parseErrorFields(data);
  if (
    err &&
    err.C &&
    /^[0-9A-Z]{5}$/.test(err.C) &&
    (err.S === 'FATAL' || err.S === 'ERROR' || err.V === 'FATAL')
  ) {
    return {
      service: 'postgresql',
      product: 'PostgreSQL',
      banner: clean(err.M ?? ''),
      evidence: {},
      confident: true,
    };
  }
  const auth = data.length >= 9 && data[0] === 0x52 ? parseStartupReply(data) : undefined;
  if (auth) return { service: 'postgresql', product: 'PostgreSQL', evidence: {}, confident: true };
  return undefined;
}

/**
 * Pure: the reply to our SSLRequest: exactly one byte, S (TLS offered) or N.
 * Alone, one byte proves little (it could be the start of a banner); as the
 * answer to SSLRequest it is PostgreSQL's.
 */
export function parseSslRequestReply(data: Buffer): Identification | undefined {
  if (data.length === 1 && (data[0] === 0x53 || data[0] === 0x4e)) {
    return {
      service: 'postgresql',
      product: 'PostgreSQL',
      evidence: { 'postgresql.ssl': data[0] === 0x53 },
      confident: true,
    };
  }
  return parsePostgresql(data);
}

/** A version 2.0 StartupMessage with no parameters: 8 bytes, answered with an error by every current server. */
export const V2_STARTUP = Buffer.from([0, 0, 0, 8, 0, 2, 0, 0]);

/**
 * Pure: whether an ErrorResponse is PgBouncer's, not PostgreSQL's. PgBouncer refuses a version
 * 2.0 startup with "old V2 protocol not supported" and a trust login of an unknown user with
 * '"trust" authentication failed' (both SQLSTATE 08P01); PostgreSQL answers the first
 * "unsupported frontend protocol 2.0: …" (0A000) and never says the second.
 */
export function isPgbouncerError(data: Buffer): boolean {
  const err = parseErrorFields(data);
  if (!err || err.C !== '08P01') return false;
  return (
    /^old V2 protocol not supported$/.test(err.M ?? '') || /^"trust" authentication failed$/.test(err.M ?? '')
  );
}

/** After PostgreSQL's own checks: the 8-byte version 2.0 startup, whose refusal names a PgBouncer. */
async function poolerCheck(
  id: Identification,
  session: Parameters<NonNullable<TcpModule['interrogate']>>[1],
) {
  if (id.product === 'pgbouncer' || session.remaining() < 200) return;
  const conv = await session.connect();
  try {
    conv.write(V2_STARTUP);
    const reply = await conv.read(
      (b) => parseErrorFields(b) !== undefined,
      Math.min(2000, session.remaining()),
    );
    if (isPgbouncerError(reply)) id.product = 'pgbouncer';
  } finally {
    conv.close();
  }
}

export const postgresqlModule: TcpModule = {
  name: 'postgresql',
  services: ['postgresql'],
  parse: parsePostgresql,
  parseReply: parseSslRequestReply,
  probe: () => SSL_REQUEST,
  async interrogate(id, session) {
    if (session.tls) return;
    await pgChecks(id, session);
    await poolerCheck(id, session);
  },
};

/** SSLRequest, then a startup for user "portcullis": TLS offered, and which authentication. */
async function pgChecks(id: Identification, session: Parameters<NonNullable<TcpModule['interrogate']>>[1]) {
  const conv = await session.connect();
  try {
    const ms = () => Math.min(2000, session.remaining());
    if (!('postgresql.ssl' in id.evidence)) {
      conv.write(SSL_REQUEST);
      const b = await conv.read((x) => x.length >= 1, ms());
      if (b.length === 1) id.evidence['postgresql.ssl'] = b[0] === 0x53;
      if (b[0] === 0x53) {
        // The server now expects a TLS handshake; ask for the startup on a new connection.
        conv.close();
        return await startup(id, session, ms());
      }
    } else if (id.evidence['postgresql.ssl'] === true) {
      conv.close();
      return await startup(id, session, ms());
    }
    await startupOn(conv, id, ms());
  } finally {
    conv.close();
  }
}

async function startup(
  id: Identification,
  session: Parameters<NonNullable<TcpModule['interrogate']>>[1],
  ms: number,
) {
  const conv = await session.connect();
  try {
    await startupOn(conv, id, ms);
  } finally {
    conv.close();
  }
}

async function startupOn(conv: import('../io.js').Conversation, id: Identification, ms: number) {
  conv.write(startupMessage());
  const data = await conv.read((b) => parseStartupReply(b) !== undefined, ms);
  const reply = parseStartupReply(data);
  if (!reply) return;
  if (isPgbouncerError(data)) id.product = 'pgbouncer';
  id.confident = true;
  id.evidence['postgresql.auth_method'] = reply.method;
  id.evidence['postgresql.auth_required'] = reply.method !== 'trust';
}
