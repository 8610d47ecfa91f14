import type { ProtocolRecord } from '../types.js';

/** Real-time media signalling: STUN/TURN and SIP. */

/** STUN Binding request (RFC 8489 §5): magic cookie, transaction id "portcullis12", no attributes. */
export const STUN_BINDING = Buffer.concat([
  Buffer.from([0x00, 0x01, 0x00, 0x00, 0x21, 0x12, 0xa4, 0x42]),
  Buffer.from('portcullis12', 'latin1'),
]);

/** A Binding success (0x0101) or error (0x0111) to our transaction, and its SOFTWARE attribute if any. */
const STUN_SOFTWARE = '(?:(?=[\\s\\S]*?\\x80\\x22\\x00[\\x01-\\x7f]([\\x20-\\x7e]{1,64}))|)';

export const stun: ProtocolRecord = {
  name: 'stun',
  service: 'stun',
  description: 'STUN / TURN: a Binding request, over UDP and TCP; the answer names our transaction',
  group: 'Real-time media',
  tcp: { weight: 9, ports: [3478], probe: STUN_BINDING },
  udp: { weight: 30, ports: [3478], payloads: [{ bytes: STUN_BINDING }] },
  matches: [
    {
      pattern: new RegExp(`^\\x01\\x01[\\s\\S]{2}\\x21\\x12\\xa4\\x42portcullis12${STUN_SOFTWARE}`),
      product: '$1',
      evidence: { 'stun.binding': true },
    },
    {
      pattern: new RegExp(`^\\x01\\x11[\\s\\S]{2}\\x21\\x12\\xa4\\x42portcullis12${STUN_SOFTWARE}`),
      product: '$1',
      evidence: { 'stun.binding': false },
    },
  ],
  evidence: {
    'stun.binding': {
      type: 'boolean',
      meaning:
        'a Binding request got a success response to our transaction id (false: an error response); over UDP its answer is larger than the request',
    },
  },
};

/** SIP OPTIONS (RFC 3261 §11) to a user at an invalid domain, Max-Forwards 0 so that nothing is forwarded. */
export const SIP_OPTIONS = Buffer.from(
  [
    'OPTIONS sip:portcullis@portcullis.invalid SIP/2.0',
    'Via: SIP/2.0/UDP portcullis.invalid;branch=z9hG4bKportcullis;rport',
    'Max-Forwards: 0',
    'To: <sip:portcullis@portcullis.invalid>',
    'From: <sip:portcullis@portcullis.invalid>;tag=portcullis',
    'Call-ID: portcullis@portcullis.invalid',
    'CSeq: 1 OPTIONS',
    'Content-Length: 0',
    '',
    '',
  ].join('\r\n'),
  'latin1',
);

export const sip: ProtocolRecord = {
  name: 'sip',
  service: 'sip',
  description: 'SIP: an OPTIONS request (Max-Forwards 0), over UDP and TCP; any SIP status line answers',
  group: 'Real-time media',
  tcp: { weight: 8, ports: [5060], probe: SIP_OPTIONS },
  udp: { weight: 25, ports: [5060], payloads: [{ bytes: SIP_OPTIONS }] },
  matches: [
    {
      pattern:
        /^SIP\/2\.0 (\d{3})[^\r\n]*\r\n(?:(?=(?:[^\r\n]*\r\n)*?(?:Server|User-Agent): *([^\r\n]{1,80})\r\n)|)/i,
      product: '$2',
      evidence: { 'sip.status': '$1' },
    },
  ],
  evidence: {
    'sip.status': { type: 'string', meaning: 'the status code of the answer to OPTIONS (200, 404, 483, …)' },
  },
};
