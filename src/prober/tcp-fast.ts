import { constants } from 'node:os';
import { getSystemErrorName } from 'node:util';
import { outcomeForError, type ProbeFn, type ProbeHandle, type ProbeOutcome } from './outcome.js';

/**
 * A TCP connect probe on libuv's TCP handle directly, without net.Socket's stream
 * machinery: the same connect(2), about three times fewer microseconds per port,
 * which is most of a full-range sweep's cost. The handle comes from Node's
 * `process.binding('tcp_wrap')` — an internal interface that Node still exposes
 * (it is on the allow-list of process.binding) and whose shape has been stable
 * for many major versions. It is feature-checked once; when anything is off,
 * fastTcpProbe() returns undefined and the prober uses net.Socket instead
 * (set PORTCULLIS_PROBER=net to force that).
 */

interface SocketAddress {
  address?: string;
  port?: number;
}

interface TcpHandle {
  connect(req: ConnectRequest, address: string, port: number): number;
  connect6(req: ConnectRequest, address: string, port: number): number;
  getsockname(out: SocketAddress): number;
  getpeername(out: SocketAddress): number;
  close(callback?: () => void): void;
  /** Closes with an RST (uv_tcp_close_reset); newer than close(), so optional. */
  reset?(callback?: () => void): number;
}

interface ConnectRequest {
  oncomplete: (status: number) => void;
  address: string;
  port: number;
}

interface TcpWrapBinding {
  TCP: new (type: number) => TcpHandle;
  TCPConnectWrap: new () => ConnectRequest;
  constants: { SOCKET: number };
}

const OPEN: ProbeOutcome = { kind: 'answer', state: 'open', reason: 'connected' };
const REFUSED: ProbeOutcome = { kind: 'answer', state: 'closed', reason: 'refused' };
/** libuv reports errors as negative errno; ECONNREFUSED is nearly every port of a sweep. */
const UV_ECONNREFUSED = -constants.errno.ECONNREFUSED;
const SELF: ProbeOutcome = { kind: 'self' };

function loadBinding(): TcpWrapBinding | undefined {
  if (process.env.PORTCULLIS_PROBER === 'net') return undefined;
  try {
    const binding = (process as unknown as { binding(name: string): unknown }).binding(
      'tcp_wrap',
    ) as TcpWrapBinding;
    if (
      typeof binding?.TCP !== 'function' ||
      typeof binding.TCPConnectWrap !== 'function' ||
      typeof binding.constants?.SOCKET !== 'number'
    ) {
      return undefined;
    }
    const probe = new binding.TCP(binding.constants.SOCKET);
    const ok = ['connect', 'connect6', 'getsockname', 'getpeername', 'close'].every(
      (m) => typeof (probe as unknown as Record<string, unknown>)[m] === 'function',
    );
    probe.close();
    return ok ? binding : undefined;
  } catch {
    return undefined;
  }
}

function errorCode(status: number): string | undefined {
  try {
    return getSystemErrorName(status);
  } catch {
    return undefined;
  }
}

let cached: ProbeFn | null | undefined;

/** The fast TCP probe, or undefined where this Node does not offer the handle it needs. */
export function fastTcpProbe(): ProbeFn | undefined {
  if (cached !== undefined) return cached ?? undefined;
  const binding = loadBinding();
  if (!binding) {
    cached = null;
    return undefined;
  }
  const { TCP, TCPConnectWrap } = binding;
  const SOCKET = binding.constants.SOCKET;

  const probe: ProbeFn = (host, port, done): ProbeHandle => {
    const handle = new TCP(SOCKET);
    const req = new TCPConnectWrap();
    let finished = false;
    req.address = host;
    req.port = port;
    req.oncomplete = (status: number) => {
      if (finished) return;
      finished = true;
      if (status === 0) {
        const local: SocketAddress = {};
        const remote: SocketAddress = {};
        handle.getsockname(local);
        handle.getpeername(remote);
        // Reset rather than close: no TIME_WAIT on either side, so many open ports never
        // use up ephemeral ports, and the service sees one short-lived connection.
        if (typeof handle.reset !== 'function' || handle.reset() !== 0) handle.close();
        done(local.port === remote.port && local.address === remote.address ? SELF : OPEN);
        return;
      }
      handle.close();
      done(status === UV_ECONNREFUSED ? REFUSED : outcomeForError(errorCode(status)));
    };
    // Targets are canonical IP literals, so a colon means IPv6.
    const err = host.includes(':') ? handle.connect6(req, host, port) : handle.connect(req, host, port);
    if (err) {
      finished = true;
      handle.close();
      const outcome = outcomeForError(errorCode(err));
      // connect(2) failing at once (EMFILE, EADDRNOTAVAIL, ENETUNREACH) is reported on the next
      // turn, as a socket error would be, so the engine's bookkeeping sees a started probe.
      process.nextTick(done, outcome);
    }
    return {
      cancel() {
        if (finished) return;
        finished = true;
        handle.close();
      },
    };
  };
  cached = probe;
  return probe;
}
