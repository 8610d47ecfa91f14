import type { Identification, TcpModule } from '../types.js';
import { clean } from '../text.js';

const HANDSHAKE = Buffer.from('JDWP-Handshake', 'latin1');
/** Our packet id in the command, which a reply names back: "PC\0\1". */
const PACKET_ID = 0x50430001;

/**
 * The JDWP handshake (JDWP spec, "Transport"), then a VirtualMachine.Version command (command
 * set 1, command 1): a real VM answers the handshake with the same 14 bytes, then a reply packet
 * (flag 0x80) that names the VM. An echo sends our command back with flag 0.
 */
export function jdwpProbe(): Buffer {
  const cmd = Buffer.alloc(11);
  cmd.writeUInt32BE(11, 0);
  cmd.writeUInt32BE(PACKET_ID, 4);
  cmd[8] = 0;
  cmd[9] = 1;
  cmd[10] = 1;
  return Buffer.concat([HANDSHAKE, cmd]);
}

function jdwpString(data: Buffer, at: number): { value: string; next: number } | undefined {
  if (at + 4 > data.length) return undefined;
  const len = data.readUInt32BE(at);
  if (len > 4096 || at + 4 + len > data.length) return undefined;
  return { value: clean(data.subarray(at + 4, at + 4 + len).toString('utf8'), 128), next: at + 4 + len };
}

/**
 * Pure: the handshake answered, then (when present) the Version reply: description, JDWP
 * major/minor, vmVersion, vmName. The handshake alone is a weak match (an echo cut short).
 */
export function parseJdwp(data: Buffer): Identification | undefined {
  if (data.length < HANDSHAKE.length || !data.subarray(0, HANDSHAKE.length).equals(HANDSHAKE))
    return undefined;
  const id: Identification = { service: 'jdwp', evidence: { 'jdwp.open': true }, confident: false };
  const reply = data.subarray(HANDSHAKE.length);
  if (reply.length < 11 || reply.readUInt32BE(4) !== PACKET_ID || reply[8] !== 0x80) return id;
  id.confident = true;
  if (reply.readUInt16BE(9) !== 0) return id;
  const description = jdwpString(reply, 11);
  if (!description) return id;
  const vmVersion = jdwpString(reply, description.next + 8);
  const vmName = vmVersion && jdwpString(reply, vmVersion.next);
  if (vmName?.value) id.product = vmName.value;
  if (vmVersion?.value) id.version = vmVersion.value;
  id.evidence['jdwp.vm'] = clean(description.value, 128);
  return id;
}

/** The handshake and the whole reply packet (its length field), or anything that is not JDWP. */
function complete(data: Buffer): boolean {
  if (
    !data
      .subarray(0, Math.min(data.length, HANDSHAKE.length))
      .equals(HANDSHAKE.subarray(0, Math.min(data.length, HANDSHAKE.length)))
  )
    return true;
  const reply = data.subarray(HANDSHAKE.length);
  return reply.length >= 4 && reply.length >= reply.readUInt32BE(0);
}

export const jdwpModule: TcpModule = {
  name: 'jdwp',
  services: ['jdwp'],
  parse: parseJdwp,
  probe: () => jdwpProbe(),
  complete,
};
