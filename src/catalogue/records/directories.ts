import type { ProtocolRecord } from '../types.js';

/** Directories and file services: what a stranger may read without credentials. */

export const ldap: ProtocolRecord = {
  name: 'ldap',
  service: 'ldap',
  description: 'LDAP: an anonymous simple bind, then a base search of the root DSE',
  group: 'Directories and file services',
  tcp: { weight: 22, ports: [389] },
  tls: { name: 'ldaps', ports: [636] },
  evidence: {
    'ldap.anonymous_bind': {
      type: 'boolean',
      meaning:
        'a simple bind with an empty name and password (RFC 4513 §5.1.1) got resultCode 0; false for any other result',
    },
    'ldap.bind_result': { type: 'number', meaning: 'the BindResponse resultCode (0 success, 49, 53, …)' },
    'ldap.root_dse': {
      type: 'boolean',
      meaning: 'the root DSE search returned an entry to an anonymous client',
    },
    'ldap.naming_contexts': {
      type: 'string[]',
      meaning: 'namingContexts of the root DSE (the directory trees it holds)',
      text: true,
    },
  },
};

export const rsync: ProtocolRecord = {
  name: 'rsync',
  service: 'rsync',
  description: 'rsync daemon: the `@RSYNCD:` greeting, then `#list` for the modules it lists to anyone',
  group: 'Directories and file services',
  tcp: { weight: 20, ports: [873], greeting: true },
  evidence: {
    'rsync.protocol': { type: 'string', meaning: 'the protocol version of the greeting', text: true },
    'rsync.modules_listed': {
      type: 'boolean',
      meaning: '`#list` (what `rsync host::` sends) named at least one module; false: the listing was empty',
    },
    'rsync.modules': { type: 'string[]', meaning: 'the module names listed (up to 32)', text: true },
  },
};

/** The file a TFTP read request asks for: one no server should have. */
export const TFTP_PROBE_FILE = 'portcullis-probe-no-such-file';

/** TFTP (RFC 1350) RRQ: opcode 1, the file name, the mode "octet". 42 bytes. */
export function tftpReadRequest(): Buffer {
  return Buffer.from(`\x00\x01${TFTP_PROBE_FILE}\x00octet\x00`, 'latin1');
}

export const tftp: ProtocolRecord = {
  name: 'tftp',
  service: 'tftp',
  description:
    'TFTP: a read request for a file that does not exist; the ERROR (or DATA) comes back from a new port (the TID)',
  group: 'Directories and file services',
  udp: { weight: 20, ports: [69], payloads: [{ bytes: tftpReadRequest() }], replyFromAnyPort: true },
  matches: [
    {
      // ERROR (opcode 5): a 16-bit code 0-8, then a NUL-terminated message.
      pattern: /^\x00\x05\x00[\x00-\x08]([\x20-\x7e]{0,200})\x00/,
      evidence: { 'tftp.answered': true, 'tftp.error': '$1' },
    },
    // DATA (opcode 3), block 1: the server has a file of that name and sends it to anyone.
    { pattern: /^\x00\x03\x00\x01/, evidence: { 'tftp.answered': true } },
  ],
  evidence: {
    'tftp.answered': {
      type: 'boolean',
      meaning: "a read request got a TFTP ERROR or DATA packet (from the server's new transfer port)",
    },
    'tftp.error': {
      type: 'string',
      meaning: 'the message of the ERROR packet ("File not found")',
      text: true,
    },
  },
};

/** ONC RPC NULL call to the portmapper (program 100000 v2, AUTH_NULL): 40 bytes, an empty answer. */
function rpcNullCall(): Buffer {
  const b = Buffer.alloc(40);
  b.writeUInt32BE(0x50435242, 0); // xid (src/fingerprint/protocols/rpcbind.ts RPC_XID)
  b.writeUInt32BE(2, 8);
  b.writeUInt32BE(100000, 12);
  b.writeUInt32BE(2, 16);
  return b;
}

function recordMark(message: Buffer): Buffer {
  const mark = Buffer.alloc(4);
  mark.writeUInt32BE(0x80000000 + message.length);
  return Buffer.concat([mark, message]);
}

export const rpcbind: ProtocolRecord = {
  name: 'rpcbind',
  service: 'rpcbind',
  description:
    'ONC RPC portmapper / rpcbind: a NULL call to program 100000 v2; after an answer, DUMP (the registered programs)',
  group: 'Directories and file services',
  tcp: { weight: 8, ports: [111], probe: recordMark(rpcNullCall()) },
  udp: { weight: 30, ports: [111], payloads: [{ bytes: rpcNullCall() }] },
  evidence: {
    'rpcbind.answered': {
      type: 'boolean',
      meaning: 'a NULL call to the portmapper got an accepted RPC reply',
    },
    'rpcbind.programs': {
      type: 'string[]',
      meaning:
        'the programs DUMP lists, by rpcinfo name where known (portmapper, nfs, mountd, nlockmgr, status, …), else their number',
    },
  },
};
