import { connect, type LookupFunction } from 'node:net';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Logger } from '../model.js';
import { ConfigurationError, RuntimeFailure } from '../errors.js';

/** wait-for: what must answer before the scan, and polling until it does. */

export type WaitEntry =
  { kind: 'tcp'; host: string; port: number; raw: string } | { kind: 'http'; url: URL; raw: string };

/** Parse `host:port` entries and http(s) URLs, comma- or newline-separated. */
export function parseWaitFor(text: string, source = 'wait-for'): WaitEntry[] {
  const entries: WaitEntry[] = [];
  for (const raw of text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (/^https?:\/\//i.test(raw)) {
      try {
        entries.push({ kind: 'http', url: new URL(raw), raw });
      } catch {
        throw new ConfigurationError({ source, message: `"${raw}" is not a valid URL` });
      }
      continue;
    }
    const m = /^(?:\[([^\]]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(raw);
    const port = m ? Number(m[3]) : NaN;
    if (!m || port < 1 || port > 65535) {
      throw new ConfigurationError({
        source,
        message: `"${raw}" is neither host:port (port 1–65535) nor an http(s) URL`,
      });
    }
    entries.push({ kind: 'tcp', host: (m[1] ?? m[2]) as string, port, raw });
  }
  return entries;
}

function tcpAnswers(
  host: string,
  port: number,
  timeoutMs: number,
  lookup?: LookupFunction,
): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: host.replace(/^\[(.*)\]$/, '$1'), port, ...(lookup ? { lookup } : {}) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function httpAnswers(url: URL, timeoutMs: number, lookup?: LookupFunction): Promise<boolean> {
  return new Promise((resolve) => {
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(
      url,
      // A staging environment often has a self-signed certificate; readiness is not trust.
      { method: 'GET', timeout: timeoutMs, rejectUnauthorized: false, ...(lookup ? { lookup } : {}) },
      (res) => {
        res.resume();
        resolve((res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300);
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });
}

/**
 * Poll every entry with exponential back-off until all answer or the timeout
 * passes; then fail, naming what did not answer.
 */
export async function waitFor(
  entries: WaitEntry[],
  options: {
    timeoutMs: number;
    logger: Logger;
    signal?: AbortSignal;
    /** Name resolution for the entries (the session's, so the addresses checked are the ones reached). */
    lookup?: LookupFunction;
  },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  const pending = new Set(entries);
  let delay = 100;
  for (let attempt = 0; pending.size > 0; attempt++) {
    for (const e of [...pending]) {
      const perTry = Math.max(100, Math.min(2000, deadline - Date.now()));
      const ok =
        e.kind === 'tcp'
          ? await tcpAnswers(e.host, e.port, perTry, options.lookup)
          : await httpAnswers(e.url, perTry, options.lookup);
      if (ok) {
        pending.delete(e);
        options.logger.info(`${e.raw} answers`);
      }
    }
    if (pending.size === 0) return;
    if (options.signal?.aborted) throw new RuntimeFailure('wait-for was cancelled');
    if (Date.now() >= deadline) {
      const names = [...pending].map((e) => e.raw).join(', ');
      throw new RuntimeFailure(
        `the environment did not come up: ${names} did not answer within ${Math.round(options.timeoutMs / 1000)} s`,
      );
    }
    await new Promise((r) => setTimeout(r, Math.min(delay, Math.max(0, deadline - Date.now()))));
    delay = Math.min(delay * 2, 2000);
  }
}
