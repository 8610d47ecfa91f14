import type { ProtocolRecord } from '../types.js';

export const ftp: ProtocolRecord = {
  name: 'ftp',
  service: 'ftp',
  description: 'FTP: the 220 greeting (SYST when it does not say what it is), anonymous login, AUTH TLS',
  group: 'FTP',
  tcp: { weight: 85, ports: [21], greeting: true },
  tls: { name: 'ftps', ports: [990] },
  evidence: {
    'ftp.anonymous': { type: 'boolean', meaning: 'USER anonymous was accepted with a dummy password' },
    'ftp.auth_tls': { type: 'boolean', meaning: 'AUTH TLS is accepted (explicit FTPS)' },
  },
};

export const smtp: ProtocolRecord = {
  name: 'smtp',
  service: 'smtp',
  description: 'SMTP: the 220 greeting and EHLO',
  group: 'SMTP / POP3 / IMAP',
  tcp: { weight: 80, ports: [25, 587], greeting: true },
  tls: { name: 'smtps', ports: [465] },
  evidence: {
    'smtp.starttls': { type: 'boolean', meaning: 'EHLO lists STARTTLS' },
    'smtp.auth_methods': { type: 'string[]', meaning: "EHLO's AUTH mechanisms" },
  },
};

export const pop3: ProtocolRecord = {
  name: 'pop3',
  service: 'pop3',
  description: 'POP3: the +OK greeting and CAPA',
  group: 'SMTP / POP3 / IMAP',
  tcp: { weight: 75, ports: [110], greeting: true },
  tls: { name: 'pop3s', ports: [995] },
  evidence: { 'pop3.stls': { type: 'boolean', meaning: 'CAPA lists STLS' } },
};

export const imap: ProtocolRecord = {
  name: 'imap',
  service: 'imap',
  description: 'IMAP: the * OK greeting and CAPABILITY',
  group: 'SMTP / POP3 / IMAP',
  tcp: { weight: 70, ports: [143], greeting: true },
  tls: { name: 'imaps', ports: [993] },
  evidence: {
    'imap.starttls': { type: 'boolean', meaning: 'CAPABILITY lists STARTTLS' },
    'imap.login_disabled': { type: 'boolean', meaning: 'CAPABILITY lists LOGINDISABLED' },
    'imap.preauth': {
      type: 'boolean',
      meaning: 'the greeting is "* PREAUTH": logged in without credentials',
    },
  },
};
