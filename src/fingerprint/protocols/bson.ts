/** The little BSON Portcullis needs: write {name: 1}, read a document's top-level scalars. */

export function bsonCommand(name: string, extra: Record<string, string> = {}): Buffer {
  const parts: Buffer[] = [];
  const key = (k: string) => Buffer.from(`${k}\0`, 'utf8');
  const i32 = Buffer.alloc(4);
  i32.writeInt32LE(1);
  parts.push(Buffer.from([0x10]), key(name), i32);
  for (const [k, v] of Object.entries(extra)) {
    const s = Buffer.from(`${v}\0`, 'utf8');
    const len = Buffer.alloc(4);
    len.writeInt32LE(s.length);
    parts.push(Buffer.from([0x02]), key(k), len, s);
  }
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(4);
  head.writeInt32LE(4 + body.length + 1);
  return Buffer.concat([head, body, Buffer.from([0])]);
}

export type BsonScalar = string | number | boolean | null;

/** Pure: the top-level fields of one BSON document at `offset`; nested documents and arrays are skipped. */
export function readBson(
  data: Buffer,
  offset = 0,
): { fields: Record<string, BsonScalar>; next: number } | undefined {
  if (offset < 0 || data.length < offset + 5) return undefined;
  const size = data.readInt32LE(offset);
  const end = offset + size;
  if (size < 5 || end > data.length || data[end - 1] !== 0) return undefined;
  const fields: Record<string, BsonScalar> = {};
  let p = offset + 4;
  for (let n = 0; n < 256 && p < end - 1; n++) {
    const type = data[p];
    const nameEnd = data.indexOf(0, p + 1);
    if (nameEnd < 0 || nameEnd >= end) return undefined;
    const name = data
      .subarray(p + 1, nameEnd)
      .toString('utf8')
      .slice(0, 64);
    p = nameEnd + 1;
    const need = (n2: number) => p + n2 <= end - 1;
    switch (type) {
      case 0x01:
        if (!need(8)) return undefined;
        fields[name] = data.readDoubleLE(p);
        p += 8;
        break;
      case 0x02:
      case 0x0d:
      case 0x0e: {
        if (!need(4)) return undefined;
        const len = data.readInt32LE(p);
        if (len < 1 || !need(4 + len)) return undefined;
        fields[name] = data
          .subarray(p + 4, p + 4 + len - 1)
          .toString('utf8')
          .slice(0, 256);
        p += 4 + len;
        break;
      }
      case 0x03:
      case 0x04: {
        if (!need(4)) return undefined;
        const len = data.readInt32LE(p);
        if (len < 5 || !need(len)) return undefined;
        p += len;
        break;
      }
      case 0x05: {
        if (!need(5)) return undefined;
        const len = data.readInt32LE(p);
        if (len < 0 || !need(5 + len)) return undefined;
        p += 5 + len;
        break;
      }
      case 0x07:
        if (!need(12)) return undefined;
        p += 12;
        break;
      case 0x08:
        if (!need(1)) return undefined;
        fields[name] = data[p] !== 0;
        p += 1;
        break;
      case 0x09:
      case 0x11:
      case 0x12:
        if (!need(8)) return undefined;
        fields[name] = Number(data.readBigInt64LE(p));
        p += 8;
        break;
      case 0x0a:
      case 0x06:
      case 0x7f:
      case 0xff:
        fields[name] = null;
        break;
      case 0x10:
        if (!need(4)) return undefined;
        fields[name] = data.readInt32LE(p);
        p += 4;
        break;
      case 0x13:
        if (!need(16)) return undefined;
        p += 16;
        break;
      default:
        return undefined;
    }
  }
  return { fields, next: end };
}
