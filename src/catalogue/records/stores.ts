import type { ProtocolRecord } from '../types.js';

/** Data stores and coordinators: ZooKeeper, Cassandra, Microsoft SQL Server, Oracle's listener. */

export const zookeeper: ProtocolRecord = {
  name: 'zookeeper',
  service: 'zookeeper',
  description: 'ZooKeeper: the `srvr` four-letter word (it may be left out of 4lw.commands.whitelist)',
  group: 'Databases and caches',
  // "srvr\n", as `echo srvr | nc` sends it: ZooKeeper reads the first four bytes. The newline also
  // keeps its refusal ("srvr is not executed …") from reading as an echo of the probe.
  tcp: { weight: 21, ports: [2181], probe: Buffer.from('srvr\n') },
  matches: [
    {
      pattern:
        /^Zookeeper version: (\d{1,3}(?:\.\d{1,4}){1,3})[^\n]*\n(?:[^\n]*\n){0,12}?Mode: ([a-z]{1,20})/,
      product: 'ZooKeeper',
      version: '$1',
      evidence: { 'zookeeper.four_letter_words': true, 'zookeeper.mode': '$2' },
    },
    {
      pattern: /^Zookeeper version: (\d{1,3}(?:\.\d{1,4}){1,3})/,
      product: 'ZooKeeper',
      version: '$1',
      evidence: { 'zookeeper.four_letter_words': true },
    },
    {
      pattern: /^srvr is not executed because it is not in the whitelist\./,
      product: 'ZooKeeper',
      evidence: { 'zookeeper.four_letter_words': false },
    },
  ],
  evidence: {
    'zookeeper.four_letter_words': {
      type: 'boolean',
      meaning:
        '`srvr` was answered (false: refused by 4lw.commands.whitelist); anyone may read the server state',
    },
    'zookeeper.mode': {
      type: 'string',
      meaning: '"standalone", "leader" or "follower", from `srvr`',
      text: true,
    },
  },
};

/** CQL native protocol v4 OPTIONS (§4.1.3), stream id "PC": every node answers SUPPORTED before authentication. */
export const CQL_OPTIONS = Buffer.from([0x04, 0x00, 0x50, 0x43, 0x05, 0, 0, 0, 0]);

export const cassandra: ProtocolRecord = {
  name: 'cassandra',
  service: 'cassandra',
  description: 'Cassandra: a CQL OPTIONS request; SUPPORTED names the CQL version',
  group: 'Databases and caches',
  tcp: { weight: 19, ports: [9042], probe: CQL_OPTIONS },
  matches: [
    {
      // A response frame (version | 0x80) on our stream, opcode SUPPORTED, its string multimap.
      pattern: /^[\x83-\x85]\x00PC\x06[\s\S]{4}[\s\S]*?CQL_VERSION\x00\x01\x00[\x01-\x20]([0-9.]{1,20})/,
      evidence: { 'cassandra.cql_version': '$1' },
    },
    // ERROR on our stream (a node that speaks another protocol version says so).
    { pattern: /^[\x81-\x85]\x00PC\x00[\s\S]{4}/, evidence: {} },
  ],
  evidence: {
    'cassandra.cql_version': { type: 'string', meaning: 'CQL_VERSION from SUPPORTED', text: true },
  },
};

export const mssql: ProtocolRecord = {
  name: 'mssql',
  service: 'mssql',
  description: 'Microsoft SQL Server: a TDS PRELOGIN; the answer gives the version and the encryption stance',
  group: 'Databases and caches',
  tcp: { weight: 33, ports: [1433] },
  evidence: {
    'mssql.version': { type: 'string', meaning: 'major.minor.build from the PRELOGIN VERSION option' },
    'mssql.encryption': {
      type: 'string',
      meaning:
        'the ENCRYPTION option of the answer to our "off": "off" (login only encrypted), "on", "not-supported" (nothing encrypted), "required"',
    },
  },
};

/**
 * A TNS CONNECT (as tnscmd sends it) whose connect data asks the listener for its version:
 * `(CONNECT_DATA=(COMMAND=version))`. Every listener answers, if only to refuse.
 */
export function tnsConnect(): Buffer {
  const data = Buffer.from('(CONNECT_DATA=(COMMAND=version))', 'latin1');
  const fixed = Buffer.alloc(58);
  fixed[4] = 0x01; // CONNECT
  fixed.writeUInt16BE(0x0136, 8); // version 310
  fixed.writeUInt16BE(0x012c, 10); // lowest compatible 300
  fixed.writeUInt16BE(0x0800, 14); // SDU
  fixed.writeUInt16BE(0x7fff, 16); // TDU
  fixed.writeUInt16BE(0x7f08, 18); // NT protocol characteristics
  fixed.writeUInt16BE(0x0100, 22); // value of 1 in hardware
  fixed.writeUInt16BE(data.length, 24);
  fixed.writeUInt16BE(58, 26); // offset of the connect data
  fixed.writeUInt16BE(58 + data.length, 0);
  return Buffer.concat([fixed, data]);
}

export const oracle: ProtocolRecord = {
  name: 'oracle',
  service: 'oracle',
  description: "Oracle TNS listener: a CONNECT asking for the listener's version; ACCEPT, REFUSE or RESEND",
  group: 'Databases and caches',
  tcp: { weight: 17, ports: [1521], probe: tnsConnect() },
  matches: [
    {
      // ACCEPT (2), REFUSE (4), REDIRECT (5) or DATA (6), with a VSNNUM in its text.
      pattern: /^[\s\S]{4}[\x02\x04\x05\x06]\x00[\s\S]{2}[\s\S]{0,256}?VSNNUM=(\d{1,12})/,
      evidence: { 'oracle.vsnnum': '$1' },
    },
    { pattern: /^[\s\S]{4}[\x02\x04\x05\x06]\x00[\s\S]{2}[\s\S]{0,256}?\(DESCRIPTION=/, evidence: {} },
    // RESEND (11): an 8-byte header and nothing else.
    { pattern: /^\x00\x08\x00\x00\x0b\x00\x00\x00$/, evidence: {}, soft: true },
  ],
  evidence: {
    'oracle.vsnnum': {
      type: 'string',
      meaning: 'VSNNUM of the listener (its version as one decimal number), from its answer',
    },
  },
};
