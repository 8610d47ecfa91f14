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
