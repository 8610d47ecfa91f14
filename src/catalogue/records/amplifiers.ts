import type { ProtocolRecord } from '../types.js';

/**
 * The old inetd services that answer any datagram with more than they got: over UDP, with a
 * spoofed source, each is a reflector for denial-of-service. (Echo is in network.ts; memcached
 * and SSDP carry their own `*.udp` / `*.answered` facts.)
 */

/** One short line: any datagram makes a chargen or daytime server answer. */
export const AMPLIFIER_PROBE = Buffer.from('portcullis\r\n', 'latin1');

export const chargen: ProtocolRecord = {
  name: 'chargen',
  service: 'chargen',
  description:
    'Character generator (RFC 864): the rotating ASCII pattern, on connect (TCP) or to any datagram (UDP)',
  group: 'Reflections',
  tcp: { weight: 4, ports: [19], greeting: true },
  udp: { weight: 6, ports: [19], payloads: [{ bytes: AMPLIFIER_PROBE }] },
  evidence: {
    'chargen.answered': {
      type: 'boolean',
      meaning: 'the RFC 864 pattern arrived (at least 40 characters of it)',
    },
    'chargen.amplification': {
      type: 'number',
      meaning: 'UDP only: bytes received per byte sent (a chargen datagram answer is up to 512 bytes)',
    },
  },
};

/** A date line: a day name, a clock time, a year or zone; what inetd and most daytime servers send. */
const DATE_LINE =
  /^((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? [^\r\n]{0,40}\b\d{1,2}:\d{2}:\d{2}\b[^\r\n]{0,30})\r?\n?$/;

export const daytime: ProtocolRecord = {
  name: 'daytime',
  service: 'daytime',
  description: 'Daytime (RFC 867): one date line, on connect (TCP) or to any datagram (UDP)',
  group: 'Reflections',
  tcp: { weight: 3, ports: [13], greeting: true },
  udp: { weight: 5, ports: [13], payloads: [{ bytes: AMPLIFIER_PROBE }] },
  // Soft: a date line alone is weak evidence on a port that is not 13; on 13/tcp, once no other
  // probe found anything surer, it names daytime (as nmap -sV's NULL probe does).
  matches: [
    {
      pattern: DATE_LINE,
      evidence: { 'daytime.answered': true, 'daytime.time': '$1' },
      soft: true,
      firmOnUsualPort: true,
    },
  ],
  evidence: {
    'daytime.answered': { type: 'boolean', meaning: 'a date line arrived and nothing else' },
    'daytime.time': { type: 'string', meaning: 'the date line', text: true },
  },
};

export const qotd: ProtocolRecord = {
  name: 'qotd',
  service: 'qotd',
  description:
    'Quote of the Day (RFC 865): a quote of up to 512 characters, on connect (TCP) or to any datagram (UDP); a soft match',
  group: 'Reflections',
  tcp: { weight: 2, ports: [17], greeting: true },
  udp: { weight: 4, ports: [17], payloads: [{ bytes: AMPLIFIER_PROBE }] },
  evidence: {
    'qotd.answered': {
      type: 'boolean',
      meaning:
        'printable text of at most 512 characters and three words or more arrived, and nothing else claimed it',
    },
    'qotd.amplification': { type: 'number', meaning: 'UDP only: bytes received per byte sent' },
  },
};
