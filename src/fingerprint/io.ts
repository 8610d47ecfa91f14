import dgram from 'node:dgram';
import net from 'node:net';
import tls from 'node:tls';

/** The most a service can make us hold from one read: what it says is untrusted. */
export const MAX_READ_BYTES = 16 * 1024;

/**
 * One TCP (or TLS) connection with bounded, time-limited reads. Received bytes
 * accumulate up to MAX_READ_BYTES; past that the socket is paused until the
 * caller takes them, so a service that floods us costs at most that much memory.
 */
export class Conversation {
  private buf: Buffer = Buffer.alloc(0);
  private ended = false;
  private wakers = new Set<() => void>();
  /** Whether anything was written on this connection yet (a banner read on a fresh connection is clean). */
  wrote = false;
  /** Bytes received over the connection's life (taken or not). */
  received = 0;

  constructor(
    readonly socket: net.Socket | tls.TLSSocket,
    private readonly maxBytes = MAX_READ_BYTES,
  ) {
    socket.on('data', (chunk: Buffer) => {
      this.received += chunk.length;
      const room = this.maxBytes - this.buf.length;
      if (room > 0) this.buf = Buffer.concat([this.buf, chunk.subarray(0, room)]);
      if (this.buf.length >= this.maxBytes) socket.pause();
      this.wake();
    });
    const finish = () => {
      this.ended = true;
      this.wake();
    };
    socket.on('end', finish);
    socket.on('close', finish);
    socket.on('error', finish);
  }

  private wake() {
    for (const w of this.wakers) w();
  }

  /** true once the peer closed, reset, or the socket failed. */
  get closed(): boolean {
    return this.ended || this.socket.destroyed;
  }

  /** Bytes received and not yet taken. */
  get buffered(): Buffer {
    return this.buf;
  }

  /** Hand over what was received and make room for more. */
  take(): Buffer {
    const b = this.buf;
    this.buf = Buffer.alloc(0);
    if (!this.closed) this.socket.resume();
    return b;
  }

  write(data: Buffer | string): void {
    this.wrote = true;
    if (!this.closed) this.socket.write(data);
  }

  /**
   * Wait until `done(buffered)` is true, the peer closes, the byte limit is
   * reached, `ms` pass, or (with `idleMs`) that long passes with no new byte
   * after the first. Resolves with the buffered bytes (still buffered).
   */
  waitFor(done: (b: Buffer) => boolean, ms: number, idleMs?: number): Promise<Buffer> {
    return new Promise((resolve) => {
      let idle: NodeJS.Timeout | undefined;
      const finish = () => {
        clearTimeout(timer);
        if (idle) clearTimeout(idle);
        this.wakers.delete(check);
        resolve(this.buf);
      };
      const check = () => {
        let enough = false;
        try {
          enough = this.buf.length > 0 && done(this.buf);
        } catch {
          enough = true;
        }
        if (enough || this.closed || this.buf.length >= this.maxBytes) return finish();
        if (idleMs !== undefined && this.buf.length > 0) {
          if (idle) clearTimeout(idle);
          idle = setTimeout(finish, idleMs);
        }
      };
      const timer = setTimeout(finish, Math.max(0, ms));
      this.wakers.add(check);
      check();
    });
  }

  /** Read one reply: wait for `done`, then take the bytes. */
  async read(done: (b: Buffer) => boolean, ms: number, idleMs?: number): Promise<Buffer> {
    await this.waitFor(done, ms, idleMs);
    return this.take();
  }

  close(): void {
    this.socket.destroy();
  }
}

export interface Endpoint {
  address: string;
  port: number;
  /** Name for TLS SNI, when the user gave one. */
  hostname?: string;
}

function abortError(): Error {
  return new Error('aborted');
}

/**
 * The scan has one signal and the fingerprint stage opens many connections on it at once
 * (32 and more, plus gateway probes and SSH sessions). Each of them registering its own
 * 'abort' listener is what made Node warn (MaxListenersExceededWarning), and a finished
 * conversation that kept its listener was a leak. So each signal gets one listener, for
 * as long as something in flight waits on it, and each connection a place in its set.
 */
const waitingOn = new WeakMap<AbortSignal, { callbacks: Set<() => void>; fire: () => void }>();

/** Call `fn` when `signal` aborts; the returned function forgets it (call it when done). */
export function whenAborted(signal: AbortSignal | undefined, fn: () => void): () => void {
  if (!signal) return () => undefined;
  if (signal.aborted) {
    // An aborted signal fires no more 'abort' events: answer at once, as the listener would.
    queueMicrotask(fn);
    return () => undefined;
  }
  let entry = waitingOn.get(signal);
  if (!entry) {
    const callbacks = new Set<() => void>();
    const fire = () => {
      waitingOn.delete(signal);
      for (const f of [...callbacks]) f();
      callbacks.clear();
    };
    entry = { callbacks, fire };
    waitingOn.set(signal, entry);
    signal.addEventListener('abort', fire, { once: true });
  }
  const { callbacks, fire } = entry;
  callbacks.add(fn);
  return () => {
    // The last one out removes the listener, so an idle signal holds nothing of ours.
    if (!callbacks.delete(fn) || callbacks.size > 0 || waitingOn.get(signal)?.callbacks !== callbacks) return;
    waitingOn.delete(signal);
    signal.removeEventListener('abort', fire);
  };
}

/**
 * Settle once `socket` emits `ready` within `ms`: rejects (and destroys the
 * socket) on an error, the timeout or an abort, and leaves no listener behind.
 */
function whenReady<S extends net.Socket>(
  socket: S,
  ready: 'connect' | 'secureConnect',
  ms: number,
  timeoutMessage: string,
  signal?: AbortSignal,
): Promise<S> {
  return new Promise((resolve, reject) => {
    const fail = (err: Error) => {
      cleanup();
      socket.destroy();
      reject(err);
    };
    const timer = setTimeout(() => fail(new Error(timeoutMessage)), Math.max(1, ms));
    const forget = whenAborted(signal, () => fail(abortError()));
    const cleanup = () => {
      clearTimeout(timer);
      forget();
      socket.off('error', fail);
    };
    socket.once('error', fail);
    socket.once(ready, () => {
      cleanup();
      resolve(socket);
    });
  });
}

/** A conversation on a connected socket, closed when the scan is aborted. */
function converse(socket: net.Socket, signal?: AbortSignal): Conversation {
  const conversation = new Conversation(socket);
  // Taken back when the socket closes, whoever closes it.
  const forget = whenAborted(signal, () => conversation.close());
  socket.once('close', forget);
  return conversation;
}

/** Open a TCP connection within `ms`; rejects on refusal, timeout or abort. */
export async function openTcp(ep: Endpoint, ms: number, signal?: AbortSignal): Promise<Conversation> {
  if (signal?.aborted) throw abortError();
  const socket = await whenReady(
    net.connect({ host: ep.address, port: ep.port }),
    'connect',
    ms,
    'connect timeout',
    signal,
  );
  // On loopback an ephemeral-range connect can land on itself; that is nobody's service.
  if (socket.localPort === socket.remotePort && socket.localAddress === socket.remoteAddress) {
    socket.destroy();
    throw new Error('self-connect');
  }
  socket.setNoDelay(true);
  return converse(socket, signal);
}

export interface TlsHandshake {
  conversation: Conversation;
  socket: tls.TLSSocket;
}

/** Open a TLS connection (certificate not verified: we report on it, we do not trust it). */
export async function openTls(
  ep: Endpoint,
  ms: number,
  alpn: string[],
  signal?: AbortSignal,
): Promise<TlsHandshake> {
  if (signal?.aborted) throw abortError();
  const servername = ep.hostname && net.isIP(ep.hostname) === 0 ? ep.hostname : undefined;
  const socket = await whenReady(
    tls.connect({
      host: ep.address,
      port: ep.port,
      servername,
      rejectUnauthorized: false,
      ALPNProtocols: alpn,
      // Old servers still deserve a name: allow every version Node can speak.
      minVersion: 'TLSv1',
    }),
    'secureConnect',
    ms,
    'TLS handshake timeout',
    signal,
  );
  return { conversation: converse(socket, signal), socket };
}

/**
 * Send one datagram through a connected UDP socket and collect the first
 * reply (bounded), or undefined on silence or ICMP unreachable. `anyPort`: for a
 * service that answers from a new port (TFTP: RFC 1350 §4, the server picks a transfer
 * identifier), take the first datagram from the target's address whatever its source port.
 */
export async function udpExchange(
  ep: Endpoint,
  payload: Buffer,
  ms: number,
  signal?: AbortSignal,
  opts: { anyPort?: boolean } = {},
): Promise<Buffer | undefined> {
  const replies = await udpRequest(ep, payload, {
    ms,
    signal,
    anyPort: opts.anyPort,
    maxDatagrams: 1,
    maxBytes: MAX_READ_BYTES,
  });
  return replies[0];
}

/** The most datagrams and bytes udpGather keeps from one request. */
export const MAX_GATHER_DATAGRAMS = 16;
export const MAX_GATHER_BYTES = 64 * 1024;

/**
 * Send one datagram through a connected UDP socket and collect every reply to it (a multi-datagram
 * answer: memcached's `stats`, ntpd's monlist) until `done(replies)` says it is whole, `idleMs`
 * pass with no new datagram after the first, `ms` pass, or MAX_GATHER_DATAGRAMS /
 * MAX_GATHER_BYTES are reached. Resolves with the replies (none on silence).
 */
export function udpGather(
  ep: Endpoint,
  payload: Buffer,
  o: { ms: number; idleMs: number; done?: (replies: Buffer[]) => boolean; signal?: AbortSignal },
): Promise<Buffer[]> {
  return udpRequest(ep, payload, { ...o, maxDatagrams: MAX_GATHER_DATAGRAMS, maxBytes: MAX_GATHER_BYTES });
}

interface UdpRequest {
  ms: number;
  signal?: AbortSignal;
  /**
   * An unconnected socket that takes datagrams from the target's address, whatever their source
   * port, and ignores every other sender (no ICMP error is seen then: silence instead).
   */
  anyPort?: boolean;
  /** After the first datagram, stop when this long passes without another. */
  idleMs?: number;
  /** Whether the replies so far are the whole answer. */
  done?: (replies: Buffer[]) => boolean;
  maxDatagrams: number;
  /** All datagrams together, cut to this. */
  maxBytes: number;
}

/** One request datagram and its replies, bounded in count, bytes and time; ends early on an error. */
function udpRequest(ep: Endpoint, payload: Buffer, o: UdpRequest): Promise<Buffer[]> {
  return new Promise((resolve) => {
    const replies: Buffer[] = [];
    if (o.signal?.aborted) return resolve(replies);
    const v6 = net.isIPv6(ep.address);
    const socket = dgram.createSocket(v6 ? 'udp6' : 'udp4');
    const want = v6 ? ep.address.toLowerCase() : ep.address;
    let bytes = 0;
    let done = false;
    let idle: NodeJS.Timeout | undefined;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (idle) clearTimeout(idle);
      forget();
      try {
        socket.close();
      } catch {
        // already closed
      }
      resolve(replies);
    };
    const timer = setTimeout(finish, Math.max(1, o.ms));
    const forget = whenAborted(o.signal, finish);
    socket.on('error', finish);
    socket.on('message', (msg: Buffer, rinfo: dgram.RemoteInfo) => {
      if (done) return;
      // A connected socket hears only its peer; an unconnected one filters by address itself.
      if (o.anyPort && rinfo.address.toLowerCase() !== want) return;
      const kept = msg.subarray(0, Math.min(msg.length, o.maxBytes - bytes));
      replies.push(kept);
      bytes += kept.length;
      let whole = replies.length >= o.maxDatagrams || bytes >= o.maxBytes;
      if (!whole && o.done) {
        try {
          whole = o.done(replies);
        } catch {
          whole = true;
        }
      }
      if (whole) return finish();
      if (o.idleMs !== undefined) {
        if (idle) clearTimeout(idle);
        idle = setTimeout(finish, Math.max(1, o.idleMs));
      }
    });
    const sent = (err: Error | null) => {
      if (err) finish();
    };
    if (o.anyPort) socket.send(payload, ep.port, ep.address, sent);
    else socket.connect(ep.port, ep.address, () => socket.send(payload, sent));
  });
}
