import type { Identification, TcpModule } from '../types.js';
import { bsonCommand, readBson, type BsonScalar } from './bson.js';

const OP_REPLY = 1;
const OP_QUERY = 2004;
const OP_MSG = 2013;

/** OP_QUERY of a command on admin.$cmd: still accepted for the handshake by every MongoDB version. */
export function mongoQuery(requestId: number, command: string): Buffer {
  const coll = Buffer.from('admin.$cmd\0', 'latin1');
  const doc = bsonCommand(command);
  const body = Buffer.alloc(4 + coll.length + 8);
  body.writeInt32LE(0, 0); // flags
  coll.copy(body, 4);
  body.writeInt32LE(0, 4 + coll.length); // numberToSkip
  body.writeInt32LE(-1, 8 + coll.length); // numberToReturn
  const head = Buffer.alloc(16);
  head.writeInt32LE(16 + body.length + doc.length, 0);
  head.writeInt32LE(requestId, 4);
  head.writeInt32LE(0, 8);
  head.writeInt32LE(OP_QUERY, 12);
  return Buffer.concat([head, body, doc]);
}

/** Pure: the first document of an OP_REPLY (or OP_MSG) answering `requestId`. */
export function parseMongoReply(data: Buffer, requestId?: number): Record<string, BsonScalar> | undefined {
  if (data.length < 16) return undefined;
  const len = data.readInt32LE(0);
  if (len < 16 || len > 16 * 1024 * 1024 || data.length < len) return undefined;
  const responseTo = data.readInt32LE(8);
  const op = data.readInt32LE(12);
  if (requestId !== undefined && responseTo !== requestId) return undefined;
  const msg = data.subarray(0, len);
  if (op === OP_REPLY) return readBson(msg, 36)?.fields;
  if (op === OP_MSG && msg.length > 21 && msg[20] === 0) return readBson(msg, 21)?.fields;
  return undefined;
}

const HELLO_ID = 0x50430001;
const BUILDINFO_ID = 0x50430002;
const LISTDB_ID = 0x50430003;

/** Pure: the reply to isMaster. */
export function parseMongodb(data: Buffer): Identification | undefined {
  const doc = parseMongoReply(data, HELLO_ID);
  if (!doc) return undefined;
  const confident = 'maxWireVersion' in doc || 'ismaster' in doc || 'isWritablePrimary' in doc || 'ok' in doc;
  if (!confident) return undefined;
  return { service: 'mongodb', product: 'MongoDB', evidence: {}, confident: true };
}

export const mongodbModule: TcpModule = {
  name: 'mongodb',
  services: ['mongodb'],
  parse: parseMongodb,
  probe: () => mongoQuery(HELLO_ID, 'isMaster'),
  complete: (data) => data.length >= 4 && data.length >= data.readInt32LE(0),
  async interrogate(id, session) {
    const conv = await session.connect();
    try {
      const ms = () => Math.min(2000, session.remaining());
      const whole = (b: Buffer) => b.length >= 4 && b.length >= b.readInt32LE(0);
      conv.write(mongoQuery(BUILDINFO_ID, 'buildinfo'));
      const build = parseMongoReply(await conv.read(whole, ms()), BUILDINFO_ID);
      if (typeof build?.version === 'string') {
        id.version = build.version.slice(0, 64);
        id.evidence['mongodb.version'] = id.version;
      }
      conv.write(mongoQuery(LISTDB_ID, 'listDatabases'));
      const list = parseMongoReply(await conv.read(whole, ms()), LISTDB_ID);
      if (list) {
        const unauthorized =
          list.ok === 0 &&
          (list.code === 13 ||
            /auth|unauthori[sz]ed|requires authentication/i.test(String(list.errmsg ?? '')));
        if (list.ok === 1) id.evidence['mongodb.auth_required'] = false;
        else if (unauthorized) id.evidence['mongodb.auth_required'] = true;
      }
    } finally {
      conv.close();
    }
  },
};
