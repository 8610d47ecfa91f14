import { Socket } from 'node:net';
import { outcomeForError, type ProbeHandle, type ProbeOutcome } from './outcome.js';

const OPEN: ProbeOutcome = { kind: 'answer', state: 'open', reason: 'connected' };
const SELF: ProbeOutcome = { kind: 'self' };
const ignore = () => undefined;

/**
 * One TCP connect probe. A completed handshake is `open` unless the socket met itself
 * (same local and remote address and port: loopback simultaneous open, which nmap also
 * checks for); the connection is then reset rather than closed, so neither side keeps a
 * TIME_WAIT entry and a scan of many open ports does not use up ephemeral ports.
 */
export function probeTcp(host: string, port: number, done: (outcome: ProbeOutcome) => void): ProbeHandle {
  const socket = new Socket();
  let finished = false;
  socket.on('error', (err: NodeJS.ErrnoException) => {
    if (finished) return;
    finished = true;
    socket.destroy();
    done(outcomeForError(err.code));
  });
  socket.once('connect', () => {
    if (finished) return;
    finished = true;
    const self = socket.localPort === socket.remotePort && socket.localAddress === socket.remoteAddress;
    socket.resetAndDestroy();
    done(self ? SELF : OPEN);
  });
  socket.connect({ host, port });
  return {
    cancel() {
      if (finished) return;
      finished = true;
      socket.removeAllListeners();
      socket.on('error', ignore);
      socket.destroy();
    },
  };
}
