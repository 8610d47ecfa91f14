import { createSocket } from 'node:dgram';
import { isIPv6 } from 'node:net';
import { outcomeForError, type ProbeHandle, type ProbeOutcome } from './outcome.js';
import { udpProbeFor } from './udp-payloads.js';

const REPLY: ProbeOutcome = { kind: 'answer', state: 'open', reason: 'reply' };
const EMPTY = Buffer.alloc(0);
const ignore = () => undefined;

/**
 * One UDP probe on a connected socket: connecting lets the kernel hand back an ICMP
 * port unreachable as ECONNREFUSED on the socket (closed), and filters out datagrams
 * from anyone but the target. A reply is open; silence is left to the engine's timer
 * (open|filtered after the retries).
 */
export function probeUdp(host: string, port: number, done: (outcome: ProbeOutcome) => void): ProbeHandle {
  const socket = createSocket({ type: isIPv6(host) ? 'udp6' : 'udp4' });
  let finished = false;
  const end = (outcome: ProbeOutcome) => {
    if (finished) return;
    finished = true;
    close();
    done(outcome);
  };
  const close = () => {
    socket.removeAllListeners();
    socket.on('error', ignore);
    try {
      socket.close();
    } catch {
      // already closed
    }
  };
  socket.on('error', (err: NodeJS.ErrnoException) => end(outcomeForError(err.code)));
  socket.on('message', () => end(REPLY));
  socket.connect(port, host, () => {
    if (finished) return;
    const payload = udpProbeFor(port)?.payload ?? EMPTY;
    socket.send(payload, (err) => {
      if (err) end(outcomeForError((err as NodeJS.ErrnoException).code));
    });
  });
  return {
    cancel() {
      if (finished) return;
      finished = true;
      close();
    },
  };
}
