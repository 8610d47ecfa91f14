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
