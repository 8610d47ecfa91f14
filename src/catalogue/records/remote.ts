import { hardReset, ikeNatTraversal, ikeSaInit } from '../payloads.js';
import type { ProtocolRecord } from '../types.js';

export const ssh: ProtocolRecord = {
  name: 'ssh',
  service: 'ssh',
  description: 'Secure Shell: the banner, then the authentication methods offered to "none"',
  group: 'SSH',
  tcp: { weight: 90, ports: [22], greeting: true },
  evidence: {
    'ssh.protocol': { type: 'string', meaning: '"2.0" (or "1.99", "1.5")' },
    'ssh.software': {
      type: 'string',
      meaning: 'software part of the banner, e.g. "OpenSSH_9.2p1"',
      text: true,
    },
    'ssh.auth_methods': {
      type: 'string[]',
      meaning:
        'methods offered after the "none" request: "publickey", "password", "keyboard-interactive", "gssapi-with-mic", …',
    },
    'ssh.none_auth': {
      type: 'boolean',
      meaning: 'the server accepted "none": a login without any credential',
    },
    'ssh.password_auth': { type: 'boolean', meaning: '"password" is offered as a first factor' },
    'ssh.kbd_interactive_auth': {
      type: 'boolean',
      meaning: '"keyboard-interactive" is offered as a first factor',
    },
    'ssh.publickey_auth': { type: 'boolean', meaning: '"publickey" is offered as a first factor' },
    'ssh.credentials_accepted': {
      type: 'boolean',
      meaning:
        'with credentials from options.credentials.ssh only (never stored or logged): the test credential completed the login on its own',
    },
    'ssh.partial_success': {
      type: 'boolean',
      meaning: 'with credentials: the first factor was accepted and another one is demanded',
    },
    'ssh.second_factor_methods': {
      type: 'string[]',
      meaning: 'with credentials: methods the server demands after partial success',
    },
  },
};

export const rdp: ProtocolRecord = {
  name: 'rdp',
  service: 'rdp',
  description: 'Remote Desktop Protocol: an X.224 connection request with RDP negotiation',
  group: 'RDP',
  tcp: { weight: 30, ports: [3389] },
  evidence: {
    'rdp.selected_protocol': {
      type: 'string',
      meaning: 'what the server chose from RDP|TLS|CredSSP: "rdp", "ssl", "hybrid", "hybrid_ex"',
    },
    'rdp.standard_security_allowed': {
      type: 'boolean',
      meaning: 'a client asking for standard RDP security only is accepted',
    },
    'rdp.nla_supported': { type: 'boolean', meaning: 'CredSSP (NLA) is offered' },
    'rdp.nla_required': { type: 'boolean', meaning: 'a client asking for TLS without CredSSP is refused' },
  },
};

export const vnc: ProtocolRecord = {
  name: 'vnc',
  service: 'vnc',
  description: 'VNC (RFB): the version greeting, then the security types offered',
  group: 'VNC',
  tcp: { weight: 65, ports: [5900, 5901, 5902, 5903], greeting: true },
  evidence: {
    'vnc.protocol_version': { type: 'string', meaning: '"3.8", "3.7", "3.3"' },
    'vnc.security_types': {
      type: 'string[]',
      meaning: '"None", "VNC Authentication", "Tight", "VeNCrypt", "TLS", "RA2", …',
    },
    'vnc.no_auth': { type: 'boolean', meaning: 'security type None is offered' },
  },
};

export const telnet: ProtocolRecord = {
  name: 'telnet',
  service: 'telnet',
  description: 'Telnet: option negotiation or a login prompt',
  group: 'Telnet',
  tcp: { weight: 55, ports: [23], greeting: true },
  evidence: {
    'telnet.open': {
      type: 'boolean',
      meaning: 'a telnet server answered (option negotiation or a login prompt)',
    },
  },
};

export const openvpn: ProtocolRecord = {
  name: 'openvpn',
  service: 'openvpn',
  description: 'OpenVPN: a client hard reset (TCP framed with a 16-bit length)',
  group: 'VPN gateways and name service',
  tcp: { weight: 15, ports: [1194] },
  udp: {
    weight: 70,
    ports: [1194],
    payloads: [{ bytes: hardReset() }],
  },
  evidence: {
    'openvpn.detected': {
      type: 'boolean',
      meaning: 'a client hard reset got a server hard reset (no tls-auth/tls-crypt key needed)',
    },
  },
};

export const ike: ProtocolRecord = {
  name: 'ike',
  service: 'ike',
  description: 'IPsec IKE: an IKEv2 IKE_SA_INIT, bare and with the NAT-T marker',
  group: 'VPN gateways and name service',
  udp: {
    weight: 60,
    ports: [500, 4500],
    payloads: [
      { bytes: ikeSaInit(), ports: [500] },
      { bytes: ikeNatTraversal(), ports: [4500] },
    ],
  },
  evidence: {
    'ike.detected': {
      type: 'boolean',
      meaning: 'an IKE_SA_INIT got an IKE answer naming our SPI (a reflection of our own bytes never counts)',
    },
    'ike.version': {
      type: 'string',
      meaning: '"2", or "1" when an IKEv1-only responder answered with a notify',
    },
  },
};
