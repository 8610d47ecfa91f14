/**
 * Open proxies, proven by behaviour (issue 15, item 5): after every port is
 * identified, each plain-HTTP port is asked to forward a request, by
 * absolute URI (`GET http://A:P/`) and by CONNECT, to another HTTP endpoint
 * of this same scan: one the scan found open, inside its targets and scope,
 * and recognises by what it answered directly. The port is an open proxy
 * (`http.open_proxy: true`) only when what came back through it is what that
 * endpoint answered directly, and differs from what the port answers
 * itself (a web server that serves its own page for an absolute URI is not
 * a proxy). Nothing outside the scan is ever named to a proxy: the URL holds
 * the endpoint's address as probed, never a hostname the proxy would
 * resolve. A proxy product (Squid, Tinyproxy) that forwarded nothing gets
 * `http.open_proxy: false` with the answers it gave.
 */
import type { Finding, Logger } from '../model.js';
import { untrustedLine } from '../untrusted.js';
import { openTcp, type Endpoint } from './io.js';
import { exchange, type Answer, type Request } from './products/exchange.js';
import { lookupProduct } from './products/table.js';
import type { ProbeContext } from './types.js';

/** HTTP ports asked to forward, per scan. */
export const MAX_PROXY_CANDIDATES = 64;
/** Endpoints each port is asked to forward to. */
const MAX_DESTINATIONS = 2;
/** Ports tested at once. */
const CONCURRENCY = 8;
/** Endpoints whose direct answer is read to choose among them (a 2xx answer makes the clearest proof). */
const DESTINATION_CHOICE = 8;
/** The most one port's check may take, whatever the per-port budget. */
const MAX_CHECK_MS = 6000;

export interface ProxyCheckOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  logger: Logger;
}

/** What an answer is, for telling one endpoint's answer from another's. */
export function signature(res: Answer | undefined): string | undefined {
  if (!res) return undefined;
  const body = res.body.slice(0, 2048).trim();
  // An empty answer names nobody: two endpoints that say nothing look alike.
  if (!body) return undefined;
  const type = res.headers['content-type']?.[0] ?? '';
  return `${res.status}\n${type}\n${body}`;
}

function hostPort(f: Finding): string {
  return `${f.host.includes(':') ? `[${f.host}]` : f.host}:${f.port}`;
}

const endpointOf = (f: Finding): Endpoint => ({ address: f.host, port: f.port });
const ctxOf = (f: Finding): ProbeContext => ({ address: f.host, port: f.port });

async function ask(
  f: Finding,
  req: Request,
  opts: ProxyCheckOptions,
  deadline: number,
): Promise<Answer | undefined> {
  const left = Math.min(2000, deadline - Date.now());
  if (left < 100 || opts.signal?.aborted) return undefined;
  const conv = await openTcp(endpointOf(f), left, opts.signal).catch(() => undefined);
  if (!conv) return undefined;
  try {
    return await exchange(conv, ctxOf(f), req, left);
  } finally {
    conv.close();
  }
}

/** CONNECT through `proxy` to `dest`, then GET / inside the tunnel. */
async function tunnel(
  proxy: Finding,
  dest: Finding,
  opts: ProxyCheckOptions,
  deadline: number,
): Promise<{ connect?: Answer; inner?: Answer }> {
  const left = Math.min(3000, deadline - Date.now());
  if (left < 100 || opts.signal?.aborted) return {};
  const conv = await openTcp(endpointOf(proxy), left, opts.signal).catch(() => undefined);
  if (!conv) return {};
  try {
    const connect = await exchange(conv, ctxOf(proxy), { method: 'CONNECT', target: hostPort(dest) }, left);
    if (!connect || connect.status < 200 || connect.status > 299 || conv.closed) return { connect };
    conv.take();
    const inner = await exchange(conv, ctxOf(dest), { target: '/' }, Math.min(2000, deadline - Date.now()));
    return { connect, inner };
  } finally {
    conv.close();
  }
}

/** The plain-HTTP ports this scan named by an exchange of its own. */
function httpEndpoints(findings: Finding[]): Finding[] {
  return findings.filter(
    (f) =>
      f.protocol === 'tcp' &&
      f.state === 'open' &&
      f.origin === undefined &&
      f.service?.name === 'http' &&
      f.service.tls !== true &&
      f.service.identifiedBy === 'exchange' &&
      f.service.confidence === 'high',
  );
}

async function checkOne(
  proxy: Finding,
  destinations: Finding[],
  direct: (f: Finding) => Promise<string | undefined>,
  opts: ProxyCheckOptions,
): Promise<void> {
  const deadline = Date.now() + Math.min(opts.timeoutMs, MAX_CHECK_MS);
  const own = await direct(proxy);
  const tried: string[] = [];
  let asked = 0;
  // Endpoints that answered 2xx directly first: a page of their own, not an error page alike elsewhere.
  const choice = destinations.slice(0, DESTINATION_CHOICE);
  const answered = await Promise.all(choice.map((d) => direct(d)));
  const ok = choice.filter((_, i) => /^2\d\d\n/.test(answered[i] ?? ''));
  const ordered = [...ok, ...destinations.filter((d) => !ok.includes(d))];
  for (const dest of ordered) {
    if (asked >= MAX_DESTINATIONS || Date.now() > deadline - 100) break;
    if (dest === proxy || (dest.host === proxy.host && dest.port === proxy.port)) continue;
    const expected = await direct(dest);
    // Only an endpoint recognised by its own direct answer, and told apart from the port's own answer.
    if (expected === undefined || expected === own) continue;
    asked++;
    const where = hostPort(dest);
    const uri = `http://${where}/`;
    const via = await ask(proxy, { target: uri }, opts, deadline);
    if (via && signature(via) === expected) {
      proxy.evidence['http.open_proxy'] = true;
      proxy.evidence['http.open_proxy_proof'] =
        `GET ${uri} → ${via.status}, the answer ${where} gave directly (the request was forwarded)`;
      return;
    }
    tried.push(`GET ${uri} → ${via ? String(via.status) : 'no answer'}`);
    const t = await tunnel(proxy, dest, opts, deadline);
    if (t.inner && signature(t.inner) === expected) {
      proxy.evidence['http.open_proxy'] = true;
      proxy.evidence['http.open_proxy_proof'] =
        `CONNECT ${where} → ${t.connect?.status ?? 200}, then GET / → ${t.inner.status}, the answer ${where} gave directly (the tunnel was opened)`;
      return;
    }
    tried.push(
      `CONNECT ${where} → ${t.connect ? String(t.connect.status) : 'no answer'}${t.inner ? `, then GET / → ${t.inner.status}, not the answer ${where} gave directly` : ''}`,
    );
  }
  const product = proxy.service?.product ? lookupProduct(proxy.service.product) : undefined;
  if (product?.kind === 'proxy' && tried.length > 0) {
    proxy.evidence['http.open_proxy'] = false;
    proxy.evidence['http.open_proxy_proof'] = `${tried.join('; ')}: nothing was forwarded`;
  }
}

/**
 * Ask the scan's plain-HTTP ports to forward to each other; adds
 * `http.open_proxy` (and its proof) to the findings it tested. Never throws.
 */
export async function checkOpenProxies(findings: Finding[], opts: ProxyCheckOptions): Promise<void> {
  const endpoints = httpEndpoints(findings);
  if (endpoints.length < 2) return;
  // Each endpoint's direct answer to GET /, asked once and shared.
  const answers = new Map<Finding, Promise<string | undefined>>();
  const direct = (f: Finding) => {
    let p = answers.get(f);
    if (!p) {
      p = ask(f, { target: '/' }, opts, Date.now() + opts.timeoutMs).then(signature, () => undefined);
      answers.set(f, p);
    }
    return p;
  };
  // Proxy products first, then every other HTTP port, in the scan's order.
  const isProxy = (f: Finding) => lookupProduct(f.service?.product ?? '')?.kind === 'proxy';
  const candidates = [...endpoints.filter(isProxy), ...endpoints.filter((f) => !isProxy(f))].slice(
    0,
    MAX_PROXY_CANDIDATES,
  );
  let next = 0;
  const worker = async () => {
    while (next < candidates.length && !opts.signal?.aborted) {
      const proxy = candidates[next++];
      // Endpoints that are not proxies first: a proxy's own error page names no endpoint well.
      const destinations = [
        ...endpoints.filter((d) => d !== proxy && !isProxy(d)),
        ...endpoints.filter((d) => d !== proxy && isProxy(d)),
      ];
      try {
        await checkOne(proxy, destinations, direct, opts);
      } catch (err) {
        opts.logger.debug(`open proxy check ${hostPort(proxy)}: ${untrustedLine(String(err))}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, candidates.length) }, worker));
}
