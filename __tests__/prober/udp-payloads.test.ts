import { describe, expect, it } from '@jest/globals';
import { udpProbeFor, udpProbePorts } from '../../src/prober/udp-payloads.js';

/** Structure checks of each payload; the real daemons' answers are in udp-services.test.ts. */
describe('UDP payloads', () => {
  const payload = (port: number) => udpProbeFor(port)!.payload;

  it('covers DNS, NTP, SNMP, IKE (500 and 4500), OpenVPN, memcached and SSDP', () => {
    expect(udpProbePorts()).toEqual(
      expect.arrayContaining([
        { port: 53, service: 'dns' },
        { port: 123, service: 'ntp' },
        { port: 161, service: 'snmp' },
        { port: 500, service: 'ike' },
        { port: 4500, service: 'ike' },
        { port: 1194, service: 'openvpn' },
        { port: 11211, service: 'memcached' },
        { port: 1900, service: 'ssdp' },
      ]),
    );
    expect(udpProbeFor(9)).toBeUndefined();
  });

  it('DNS: one question, version.bind TXT in class CHAOS (a small answer), recursion desired', () => {
    const p = payload(53);
    expect(p.readUInt16BE(2)).toBe(0x0100);
    expect([p.readUInt16BE(4), p.readUInt16BE(6), p.readUInt16BE(8), p.readUInt16BE(10)]).toEqual([
      1, 0, 0, 0,
    ]);
    expect(p.subarray(12).toString('latin1')).toBe('\x07version\x04bind\x00\x00\x10\x00\x03');
  });

  it('NTP: 48 bytes, version 4, client mode', () => {
    const p = payload(123);
    expect(p).toHaveLength(48);
    expect((p[0] >> 3) & 7).toBe(4);
    expect(p[0] & 7).toBe(3);
  });

  it('SNMP: a v2c GetRequest for sysDescr.0 with community public, lengths consistent', () => {
    const p = payload(161);
    expect(p[0]).toBe(0x30);
    expect(p[1]).toBe(p.length - 2);
    expect([...p.subarray(2, 5)]).toEqual([0x02, 0x01, 0x01]); // version 1 = v2c
    expect(p.subarray(5, 13).toString('latin1')).toBe('\x04\x06public');
    expect(p[13]).toBe(0xa0); // GetRequest-PDU
    expect(p[14]).toBe(p.length - 15);
    expect(p.includes(Buffer.from([0x06, 0x08, 0x2b, 6, 1, 2, 1, 1, 1, 0, 0x05, 0x00]))).toBe(true);
  });

  it('IKE: an IKEv2 IKE_SA_INIT whose length field is its length; NAT-T adds the zero marker', () => {
    const p = payload(500);
    expect(p[17]).toBe(0x20);
    expect(p[18]).toBe(34);
    expect(p[19]).toBe(0x08);
    expect(p.readUInt32BE(24)).toBe(p.length);
    // The payload chain SA -> KE -> Nonce adds up to the message.
    let offset = 28;
    let next = p[16];
    const chain: number[] = [];
    while (next !== 0) {
      chain.push(next);
      next = p[offset];
      offset += p.readUInt16BE(offset + 2);
    }
    expect(chain).toEqual([33, 34, 40]);
    expect(offset).toBe(p.length);
    const nat = payload(4500);
    expect([...nat.subarray(0, 4)]).toEqual([0, 0, 0, 0]);
    expect(nat.subarray(4)).toEqual(p);
  });

  it('OpenVPN: P_CONTROL_HARD_RESET_CLIENT_V2, key id 0, no acks, packet id 0', () => {
    const p = payload(1194);
    expect(p).toHaveLength(14);
    expect(p[0] >> 3).toBe(7);
    expect(p[0] & 7).toBe(0);
    expect(p[9]).toBe(0);
    expect(p.readUInt32BE(10)).toBe(0);
  });

  it('memcached: a one-datagram UDP frame carrying `version`', () => {
    const p = payload(11211);
    expect(p.readUInt16BE(4)).toBe(1);
    expect(p.subarray(8).toString('latin1')).toBe('version\r\n');
  });

  it('SSDP: an M-SEARCH for ssdp:all that ends its headers', () => {
    const text = payload(1900).toString('latin1');
    expect(text.startsWith('M-SEARCH * HTTP/1.1\r\n')).toBe(true);
    expect(text).toContain('MAN: "ssdp:discover"\r\n');
    expect(text).toContain('ST: ssdp:all\r\n');
    expect(text.endsWith('\r\n\r\n')).toBe(true);
  });
});
