import { ConfigurationError } from '../errors.js';

/**
 * Docker Compose discovery: which ports a compose project publishes on the
 * host, read from `docker compose ps --format json`. That output has two
 * shapes: one JSON array up to Compose 2.20, one JSON object per line since
 * 2.21. In `Publishers`, an entry with `PublishedPort: 0` and `URL: ""` is an
 * exposed port that is not published at all, and a published port appears
 * once per address family (`0.0.0.0` and `::`).
 */

export interface ComposePublisher {
  service: string;
  /** The host address the port is published on, as Compose reports it (`0.0.0.0`, `::`, `127.0.0.1`). */
  url: string;
  publishedPort: number;
  targetPort: number;
  protocol: 'tcp' | 'udp';
}

export interface ComposeDiscovery {
  /** Published ports, one per (service, host address family folded, port, protocol). */
  published: ComposePublisher[];
  /** Where to probe them from the runner: wildcard binds become loopback. */
  targets: string[];
  /** A port expression for the engine: `80,443` and/or `udp:53`. */
  ports: string;
  /** Services with no published port, for the log. */
  unpublished: string[];
}

type Json = Record<string, unknown>;

/** Parse either shape into container objects. Bad output is a configuration problem of the compose project. */
export function parseComposePs(output: string): Json[] {
  const text = output.trim();
  if (!text) return [];
  const fail = (detail: string) =>
    new ConfigurationError({
      source: 'docker compose ps --format json',
      message: `unreadable output: ${detail}`,
    });
  if (text.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      throw fail((err as Error).message);
    }
    if (!Array.isArray(parsed)) throw fail('expected a JSON array');
    return parsed.filter((c): c is Json => !!c && typeof c === 'object');
  }
  const out: Json[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    try {
      const parsed: unknown = JSON.parse(line);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) out.push(parsed as Json);
      else throw new Error('not an object');
    } catch (err) {
      throw fail(`line ${i + 1}: ${(err as Error).message}`);
    }
  }
  return out;
}

const WILDCARD_V4 = '0.0.0.0';
const WILDCARD_V6 = '::';

/** Where the runner reaches a port published on `url`: a wildcard bind answers on loopback. */
function probeAddress(url: string): string {
  if (url === WILDCARD_V4 || url === WILDCARD_V6 || url === '') return '127.0.0.1';
  return url.replace(/^\[(.*)\]$/, '$1');
}

export function discoverPublishedPorts(output: string): ComposeDiscovery {
  const containers = parseComposePs(output);
  const seen = new Map<string, ComposePublisher>();
  const unpublished = new Set<string>();
  for (const c of containers) {
    const service = typeof c.Service === 'string' ? c.Service : typeof c.Name === 'string' ? c.Name : '?';
    const publishers = Array.isArray(c.Publishers) ? c.Publishers : [];
    let any = false;
    for (const p of publishers) {
      if (!p || typeof p !== 'object') continue;
      const e = p as Json;
      const port = typeof e.PublishedPort === 'number' ? e.PublishedPort : 0;
      // Exposed but not published: nothing listens on the host.
      if (!Number.isInteger(port) || port < 1 || port > 65535) continue;
      const url = typeof e.URL === 'string' ? e.URL : '';
      const protocol = e.Protocol === 'udp' ? 'udp' : 'tcp';
      const address = probeAddress(url);
      // 0.0.0.0 and :: are one publication seen twice.
      const key = `${service}|${address}|${port}|${protocol}`;
      any = true;
      if (!seen.has(key)) {
        seen.set(key, {
          service,
          url,
          publishedPort: port,
          targetPort: typeof e.TargetPort === 'number' ? e.TargetPort : port,
          protocol,
        });
      }
    }
    if (!any) unpublished.add(service);
  }
  const published = [...seen.values()];
  const targets = [...new Set(published.map((p) => probeAddress(p.url)))];
  const tcp = [...new Set(published.filter((p) => p.protocol === 'tcp').map((p) => p.publishedPort))].sort(
    (a, b) => a - b,
  );
  const udp = [...new Set(published.filter((p) => p.protocol === 'udp').map((p) => p.publishedPort))].sort(
    (a, b) => a - b,
  );
  const ports = [tcp.join(','), udp.length ? `udp:${udp.join(',')}` : ''].filter(Boolean).join(',');
  return {
    published,
    targets,
    ports,
    unpublished: [...unpublished].filter((s) => !published.some((p) => p.service === s)),
  };
}

/** The commands the lifecycle issues, as argument vectors (no shell: the file name is the user's text). */
export function composeCommands(composeFile: string): { up: string[]; ps: string[]; down: string[] } {
  const base = ['compose', '-f', composeFile];
  return {
    up: [...base, 'up', '-d', '--wait'],
    ps: [...base, 'ps', '--format', 'json'],
    down: [...base, 'down', '--remove-orphans'],
  };
}
