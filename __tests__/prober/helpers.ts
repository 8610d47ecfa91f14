import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';

/** True when this process runs as root (namespaces, nftables and loopback aliases need it). */
export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export function hasCommand(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Puts a /32 alias on lo for the duration of a test file (when root), so the listeners a
 * test starts sit on an address nothing else uses. Linux routes all of 127/8 to lo, so
 * without root the address still works; the alias only makes it visible in `ip addr`.
 */
export function addLoopbackAlias(address: string): () => void {
  if (!isRoot || !hasCommand('ip')) return () => undefined;
  const family = address.includes(':') ? '-6' : '-4';
  const prefix = address.includes(':') ? '128' : '32';
  let added = false;
  try {
    execFileSync('ip', [family, 'addr', 'add', `${address}/${prefix}`, 'dev', 'lo'], { stdio: 'ignore' });
    added = true;
  } catch {
    // already there (another run, or another file of ours): leave it as we found it
  }
  return () => {
    if (added)
      execFileSync('ip', [family, 'addr', 'del', `${address}/${prefix}`, 'dev', 'lo'], { stdio: 'ignore' });
  };
}

/** Starts a TCP listener on host (port 0 = any free port) and resolves with it and its port. */
export function listen(host: string, port = 0): Promise<{ server: Server; port: number }> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => {
      socket.on('error', () => undefined);
      socket.destroy();
    });
    server.once('error', reject);
    server.listen({ host, port, backlog: 4096 }, () => {
      const address = server.address();
      if (!address || typeof address === 'string') return reject(new Error('no address'));
      resolve({ server, port: address.port });
    });
  });
}

export function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

/** A port on host where nothing listens right now: one the kernel just handed out and took back. */
export async function freePort(host: string): Promise<number> {
  const { server, port } = await listen(host);
  await close(server);
  return port;
}
