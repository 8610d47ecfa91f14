import type { Identification, Session, TcpHooks, UdpHooks, UdpSession } from '../types.js';

/** Our transaction id; a reply must carry it back. */
export const RPC_XID = 0x50435242;

const PMAP_PROG = 100000;

/** Names of the ONC RPC programs a policy cares about (rpcinfo's names). */
const PROGRAM_NAMES: Record<number, string> = {
  100000: 'portmapper',
  100003: 'nfs',
  100005: 'mountd',
  100011: 'rquotad',
  100021: 'nlockmgr',
  100024: 'status',
  100227: 'nfs_acl',
  100004: 'ypserv',
  100007: 'ypbind',
  100009: 'yppasswdd',
  150001: 'pcnfsd',
};

/**
 * An ONC RPC call (RFC 5531) to the portmapper, program 100000 version 2, with AUTH_NULL: 40
 * bytes. Procedure 0 is NULL (an empty answer), 4 is DUMP (the list of registrations).
 */
export function rpcCall(proc: 0 | 4): Buffer {
  const b = Buffer.alloc(40);
  b.writeUInt32BE(RPC_XID, 0);
  b.writeUInt32BE(0, 4); // CALL
  b.writeUInt32BE(2, 8); // RPC version
  b.writeUInt32BE(PMAP_PROG, 12);
  b.writeUInt32BE(2, 16);
  b.writeUInt32BE(proc, 20);
  return b; // cred and verifier: AUTH_NULL, zero length
}

/** Over TCP: one record, the last-fragment bit and its length before it (RFC 5531 §11). */
export function recordMarked(message: Buffer): Buffer {
  const mark = Buffer.alloc(4);
  mark.writeUInt32BE(0x80000000 + message.length);
  return Buffer.concat([mark, message]);
}

/** Pure: the body of an accepted, successful reply to our xid, or undefined. */
export function acceptedReply(msg: Buffer): Buffer | undefined {
  if (msg.length < 24) return undefined;
  if (msg.readUInt32BE(0) !== RPC_XID || msg.readUInt32BE(4) !== 1) return undefined;
  if (msg.readUInt32BE(8) !== 0) return undefined; // MSG_DENIED
  const verfLen = msg.readUInt32BE(16);
  if (verfLen > 400) return undefined;
  const at = 20 + verfLen;
  if (msg.length < at + 4) return undefined;
  // accept_stat: SUCCESS, or PROG_UNAVAIL / PROG_MISMATCH / PROC_UNAVAIL — still an RPC server.
  return msg.subarray(at);
}

/** Pure: a DUMP result: (value-follows, prog, vers, prot, port)* then 0. At most 256 entries. */
export function parseDump(body: Buffer): { programs: string[]; entries: number } | undefined {
  if (body.length < 8 || body.readUInt32BE(0) !== 0) return undefined;
  const names = new Set<string>();
  let off = 4;
  let entries = 0;
  for (; entries < 256; entries++) {
    if (off + 4 > body.length) return undefined;
    const follows = body.readUInt32BE(off);
    if (follows === 0) break;
    if (follows !== 1 || off + 20 > body.length) return undefined;
    const prog = body.readUInt32BE(off + 4);
    names.add(PROGRAM_NAMES[prog] ?? String(prog));
    off += 20;
  }
  return { programs: [...names].sort(), entries };
}

function identify(msg: Buffer): Identification | undefined {
  const body = acceptedReply(msg);
  if (!body) return undefined;
  return { service: 'rpcbind', evidence: { 'rpcbind.answered': true }, confident: true };
}

/** Pure: a record-marked reply over TCP. */
export function parseRpcTcp(data: Buffer): Identification | undefined {
  if (data.length < 8 || (data.readUInt32BE(0) & 0x80000000) === 0) return undefined;
  const len = data.readUInt32BE(0) & 0x7fffffff;
  if (len < 24 || len > 1 << 20) return undefined;
  return identify(data.subarray(4, 4 + len));
}

function wholeRecord(b: Buffer): boolean {
  return b.length >= 4 && b.length >= 4 + (b.readUInt32BE(0) & 0x7fffffff);
}

function addPrograms(id: Identification, msg: Buffer | undefined) {
  const body = msg && acceptedReply(msg);
  const dump = body && parseDump(body);
  if (dump) id.evidence['rpcbind.programs'] = dump.programs;
}

export const rpcbindTcpHooks: TcpHooks = {
  parse: parseRpcTcp,
  complete: wholeRecord,
  async interrogate(id: Identification, session: Session) {
    if (session.remaining() < 200) return;
    const conv = await session.connect();
    try {
      conv.write(recordMarked(rpcCall(4)));
      const data = await conv.read(wholeRecord, Math.min(2000, session.remaining()));
      if (wholeRecord(data)) addPrograms(id, data.subarray(4, 4 + (data.readUInt32BE(0) & 0x7fffffff)));
    } finally {
      conv.close();
    }
  },
};

export const rpcbindUdpHooks: UdpHooks = {
  parse: (reply) => identify(reply),
  async interrogate(id: Identification, session: UdpSession) {
    const left = session.remaining();
    if (left < 100) return;
    addPrograms(id, await session.exchange(rpcCall(4), Math.min(1500, left)));
  },
};
