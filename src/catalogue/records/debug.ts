import type { ProtocolRecord } from '../types.js';

/**
 * Debug and runtime ports: a JVM's debugger, Java RMI, Erlang's port mapper and X11. Each is,
 * open to a stranger, a way to run code or read a screen; what a policy needs is that it answers.
 */

export const jdwp: ProtocolRecord = {
  name: 'jdwp',
  service: 'jdwp',
  description: 'JDWP (a JVM debugger): the JDWP-Handshake, then VirtualMachine.Version',
  group: 'Debug and runtime ports',
  tcp: { weight: 18, ports: [5005] },
  evidence: {
    'jdwp.open': {
      type: 'boolean',
      meaning: 'the JDWP-Handshake was answered: anyone who reaches the port can run code in the JVM',
    },
    'jdwp.vm': { type: 'string', meaning: 'the description of VirtualMachine.Version', text: true },
  },
};

/** JRMP header (Java RMI spec §10.2.1): "JRMI", version 2, StreamProtocol. */
export const JRMI_PROBE = Buffer.from('JRMI\x00\x02\x4b', 'latin1');

export const rmi: ProtocolRecord = {
  name: 'rmi',
  service: 'java-rmi',
  description: 'Java RMI: the JRMP stream header; a ProtocolAck names the endpoint it saw us at',
  group: 'Debug and runtime ports',
  tcp: { weight: 16, ports: [1099], probe: JRMI_PROBE },
  matches: [
    {
      // ProtocolAck (0x4e), then our address as a Java modified-UTF string, then our port.
      pattern: /^\x4e\x00[\x01-\x7f]([0-9A-Za-z.:%_-]{1,127})\x00\x00[\s\S]{2}/,
      evidence: { 'rmi.jrmp': true, 'rmi.client_host': '$1' },
    },
  ],
  evidence: {
    'rmi.jrmp': {
      type: 'boolean',
      meaning: 'the JRMP header got a ProtocolAck: an RMI registry or endpoint (deserialisation risk)',
    },
    'rmi.client_host': { type: 'string', meaning: 'the address the server says it saw us at', text: true },
  },
};

/** EPMD NAMES_REQ (erts epmd protocol): length 1, request 110 ('n'). */
export const EPMD_NAMES = Buffer.from([0x00, 0x01, 0x6e]);

export const epmd: ProtocolRecord = {
  name: 'epmd',
  service: 'epmd',
  description: "Erlang's port mapper: NAMES_REQ lists the nodes and their distribution ports",
  group: 'Debug and runtime ports',
  tcp: { weight: 14, ports: [4369], probe: EPMD_NAMES },
  matches: [
    {
      // EPMD's own port (32-bit), then one "name N at port P" line per node.
      pattern: /^\x00\x00[\s\S]{2}name ([!-~]{1,64}) at port (\d{1,5})\n/,
      evidence: { 'epmd.answered': true, 'epmd.node': '$1' },
    },
    { pattern: /^\x00\x00[\x00-\xff]{2}$/, evidence: { 'epmd.answered': true }, soft: true },
  ],
  evidence: {
    'epmd.answered': {
      type: 'boolean',
      meaning:
        'NAMES_REQ was answered: the node names and distribution ports are public (the cookie guards the rest)',
    },
    'epmd.node': { type: 'string', meaning: 'the first node name listed', text: true },
  },
};

/** X11 connection setup (X Window System Protocol, ch. 8): little-endian, protocol 11.0, no authorisation. */
export const X11_SETUP = Buffer.from([0x6c, 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

export const x11: ProtocolRecord = {
  name: 'x11',
  service: 'x11',
  description: 'X11: a connection setup without authorisation; Success means the display is open to anyone',
  group: 'Debug and runtime ports',
  tcp: { weight: 12, ports: [6000, 6001, 6002, 6003], probe: X11_SETUP },
  matches: [
    {
      pattern: /^\x01\x00\x0b\x00\x00\x00[\s\S]{34}([\x20-\x7e]{1,64})/,
      product: '$1',
      evidence: { 'x11.open': true },
    },
    { pattern: /^\x01\x00\x0b\x00\x00\x00/, evidence: { 'x11.open': true } },
    {
      pattern: /^\x00[\s\S]\x0b\x00\x00\x00[\s\S]{2}([\x20-\x7e]{1,120})/,
      evidence: { 'x11.open': false, 'x11.refusal': '$1' },
    },
    { pattern: /^\x02\x00{5}/, evidence: { 'x11.open': false } },
  ],
  evidence: {
    'x11.open': {
      type: 'boolean',
      meaning:
        'true: a connection setup without authorisation got Success (anyone can read the screen and send keystrokes); false: Failed or Authenticate',
    },
    'x11.refusal': { type: 'string', meaning: 'the reason a Failed setup gave', text: true },
  },
};
