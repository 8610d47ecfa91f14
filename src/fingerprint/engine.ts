import type { Evidence, Finding, IdentifiedBy, Logger, PortResult, Protocol, ServiceInfo } from '../model.js';
import { silentLogger } from '../model.js';
import { untrustedLine } from '../untrusted.js';
import { socketBudget } from '../prober/limits.js';
import { lookupService, serviceForPort } from '../services.js';
import { findingFromPort, riskFor } from './finding.js';
import type { FingerprintOptions } from './options.js';
import { type Conversation, type Endpoint, openTcp, openTls, udpExchange } from './io.js';
import { TCP_MODULES, UDP_MODULES } from './modules.js';
import { httpModule } from './protocols/http.js';
import { connectionEvidence, tlsModule } from './protocols/tls.js';
import { firstLine } from './text.js';
import type { Identification, ProbeContext, Session, TcpModule, UdpModule } from './types.js';

export const DEFAULT_TIMEOUT_MS = 5000;
/**
 * Ports identified at once. Each port's conversation is sequential and bounded by its own
 * budget, so with every port in flight the stage takes about one budget however many ports
 * are open; 32 at a time made 1,000 open ports wait in line for about five budgets. The
 * open-file limit caps it (socketBudget), as it does the prober's concurrency.
 */
export const DEFAULT_CONCURRENCY = 1024;
export const DEFAULT_BANNER_WAIT_MS = 400;
export const DEFAULT_REPLY_WAIT_MS = 500;
/** Banner wait on a port whose usual service speaks first. */
const SLOW_GREETING_MS = 1500;
/**
 * A tarpit (a host whose ports accept and never say a byte) would cost its whole budget on
 * every port: 320 such ports took 50 s at 32 at a time. Once a host has shown this many silent
 * TCP ports, its other ports get TARPIT_BUDGET_MS each: time for a greeting and the port's usual
 * probe, which still names any service that answers at once. A port left unnamed keeps the
 * port-number guess, which never lets more through than an identification would.
 */
export const TARPIT_SILENT_PORTS = 8;
export const TARPIT_BUDGET_MS = 1500;

/** The service usually found inside TLS on a port, to try its module first. */
const TLS_INNER: Record<number, string> = {
  443: 'http',
  8443: 'http',
  993: 'imap',
  995: 'pop3',
  465: 'smtp',
  990: 'ftp',
  5986: 'winrm',
};
/** What a plain service is called when it speaks inside TLS. */
const TLS_NAME: Record<string, string> = {
  http: 'https',
  imap: 'imaps',
  pop3: 'pop3s',
  smtp: 'smtps',
  ftp: 'ftps',
};

interface Context {
  options: FingerprintOptions;
  /** TCP ports per host that connected and said nothing at all (no match, no banner). */
  silent: Map<string, number>;
  logger: Logger;
  allowed: (name: string) => boolean;
  bannerWaitMs: number;
  /** Floors of the per-probe reply wait, TCP and UDP. */
  replyWaitMs: { tcp: number; udp: number };
}

interface Match {
  id: Identification;
  module: TcpModule;
}

function expectedFor(port: number, protocol: Protocol): string[] {
  const def = serviceForPort(port, protocol);
  return def ? [def.name, ...(def.aliases ?? [])] : [];
}

function ordered<T extends { services: string[] }>(modules: readonly T[], expected: string[]): T[] {
  const first = modules.filter((m) => m.services.some((s) => expected.includes(s)));
  return [...first, ...modules.filter((m) => !first.includes(m))];
}

/** Offer bytes to every parser, the one whose probe drew them first; the first confident match wins. */
function consider(data: Buffer, order: readonly TcpModule[], sentBy?: TcpModule): Match | undefined {
  if (data.length === 0) return undefined;
  let weak: Match | undefined;
  for (const module of sentBy ? [sentBy, ...order.filter((m) => m !== sentBy)] : order) {
    let id: Identification | undefined;
    try {
      id = module === sentBy && module.parseReply ? module.parseReply(data) : module.parse(data);
    } catch {
      id = undefined;
    }
    if (!id) continue;
    if (id.confident) return { id, module };
    weak ??= { id, module };
  }
  return weak;
}

function settled(m: Match | undefined, data: Buffer): boolean {
  if (!m?.id.confident) return false;
  try {
    return m.module.complete ? m.module.complete(data) : true;
  } catch {
    return true;
  }
}

/** One endpoint, plain or inside TLS: how to connect, and what is left of the budget. */
interface Channel {
  endpoint: Endpoint;
  tls: boolean;
  deadline: number;
  signal?: AbortSignal;
  connect(): Promise<Conversation>;
  /** A connection already open and clean (the TLS details connection), used first. */
  first?: Conversation;
}

const remaining = (ch: Channel) => ch.deadline - Date.now();

interface TcpOutcome {
  match?: Match;
  banner?: string;
  /** How the match was made: a probe of ours drew it, or the service spoke first. */
  how?: 'exchange' | 'banner';
  /**
   * Modules whose probe drew not one byte, on a connection that had accepted
   * it, in the whole wait it was given (or before the peer hung up): the
   * evidence of silence behind `tls.silent` and `http.silent`.
   */
  silent: Set<string>;
}

/** A match the parser of `writer`'s own probe made is an exchange; a greeting another parser read is a banner. */
function howMatched(m: Match, writer: TcpModule | undefined): 'exchange' | 'banner' {
  if (writer === undefined) return 'banner';
  return m.module !== writer && m.module.bannerFirst ? 'banner' : 'exchange';
}

async function identifyTcp(
  ch: Channel,
  expected: string[],
  ctx: Context,
  rttMs: number | undefined,
): Promise<TcpOutcome> {
  const order = ordered(TCP_MODULES, expected);
  const probeCtx: ProbeContext = {
    address: ch.endpoint.address,
    hostname: ch.endpoint.hostname,
    port: ch.endpoint.port,
  };
  const floor = ctx.replyWaitMs.tcp;
  const probeWait = Math.max(floor, Math.min(2000, (rttMs ?? 0) * 4 + floor));
  let conv: Conversation | undefined;
  let lastWriter: TcpModule | undefined;
  let best: Match | undefined;
  let how: TcpOutcome['how'];
  let banner: string | undefined;
  const tried = new Set<TcpModule>();
  const silent = new Set<string>();
  /** After `module`'s probe: nothing at all came back on a clean connection, in the full wait or before a hang-up. */
  const noteSilence = (module: TcpModule, c: Conversation, data: Buffer, waited: number) => {
    if (data.length === 0 && c.received === 0 && !ch.signal?.aborted && (waited >= probeWait || c.closed))
      silent.add(module.name);
  };
  try {
    conv = ch.first ?? (await ch.connect());
  } catch {
    return { silent };
  }
  try {
    const lead = order[0];
    const leadSpeaksFirst =
      lead !== undefined && lead.services.some((s) => expected.includes(s)) && !lead.bannerFirst;
    if (leadSpeaksFirst && lead.probe && ctx.allowed(lead.name)) {
      // The usual service here waits for the client: ask it at once; a banner-first
      // service sends its greeting all the same, and the parsers see it.
      tried.add(lead);
      lastWriter = lead;
      conv.write(lead.probe(probeCtx));
      const waited = Math.min(probeWait, remaining(ch));
      const data = await conv.waitFor((b) => settled(consider(b, order, lead), b), waited);
      noteSilence(lead, conv, data, waited);
      best = consider(data, order, lead);
      if (best) how = howMatched(best, lead);
      if (data.length && !best?.id.confident && !lead.parse(data)) banner = firstLine(data, false);
    } else {
      // Where the usual service speaks first (SSH on 22, IMAP inside TLS on 993), a slow
      // greeting is still likely: give it longer before sending anything.
      const leadGreets =
        lead !== undefined && lead.bannerFirst === true && lead.services.some((x) => expected.includes(x));
      const wait = leadGreets ? Math.max(ctx.bannerWaitMs, SLOW_GREETING_MS) : ctx.bannerWaitMs;
      const data = await conv.waitFor((b) => settled(consider(b, order), b), Math.min(wait, remaining(ch)));
      best = consider(data, order);
      if (best) how = 'banner';
      // A matched parser knows what of the greeting is text; raw bytes are shown only when nothing matched.
      if (data.length) banner = best ? best.id.banner : firstLine(data, false);
    }
    const bannerSeen = conv.received > 0;
    for (const module of order) {
      if (best?.id.confident) break;
      if (remaining(ch) < 50 || ch.signal?.aborted) break;
      if (!module.probe || tried.has(module) || !ctx.allowed(module.name)) continue;
      // FTP's SYST, SMTP's EHLO, POP3's CAPA only settle a greeting that did not say what it is.
      if (module.bannerFirst && !bannerSeen) continue;
      tried.add(module);
      if (!conv || conv.closed || conv.wrote || conv.received > 0) {
        conv?.close();
        conv = undefined;
        try {
          conv = await ch.connect();
        } catch {
          // Refused now: the service went away or rate-limits us; nothing more to learn.
          break;
        }
      }
      lastWriter = module;
      conv.write(module.probe(probeCtx));
      const waited = Math.min(probeWait, remaining(ch));
      const data = await conv.waitFor((b) => settled(consider(b, order, module), b), waited);
      noteSilence(module, conv, data, waited);
      const found = consider(data, order, module);
      if (found && (!best || (found.id.confident && !best.id.confident))) {
        best = found;
        how = howMatched(found, module);
      }
    }
    if (!best) return { banner, silent };
    // Interrogation: the matched module's own conversation for its security facts.
    const match = best;
    if (match.module === tlsModule || !match.module.interrogate || !ctx.allowed(match.module.name)) {
      return { match, how, banner: match.id.banner ?? banner, silent };
    }
    let leftover: Conversation | undefined =
      conv && !conv.closed && (!conv.wrote || lastWriter === match.module) ? conv : undefined;
    const session: Session = {
      endpoint: ch.endpoint,
      tls: ch.tls,
      signal: ch.signal,
      logger: ctx.logger,
      credentials: ctx.options.credentials,
      remaining: () => remaining(ch),
      connect: () => ch.connect(),
      async reuse() {
        const c = leftover;
        leftover = undefined;
        if (c && !c.closed) {
          const greeted = c.received > 0;
          c.take();
          return { conversation: c, greeted };
        }
        return { conversation: await ch.connect(), greeted: false };
      },
      allowed: ctx.allowed,
    };
    // The interrogation gets at least a little time even when identification used most of the budget.
    ch.deadline = Math.max(ch.deadline, Date.now() + 1500);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        match.module.interrogate(match.id, session),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, remaining(ch) + 50))),
      ]);
    } catch (err) {
      ctx.logger.debug(
        `fingerprint ${ch.endpoint.address}:${ch.endpoint.port}: ${match.module.name} interrogation failed: ${untrustedLine(String(err))}`,
      );
    } finally {
      clearTimeout(timer);
      leftover?.close();
    }
    return { match, how, banner: match.id.banner ?? banner, silent };
  } finally {
    conv?.close();
  }
}

function noteSilent(host: string, ctx: Context): void {
  const n = (ctx.silent.get(host) ?? 0) + 1;
  ctx.silent.set(host, n);
  if (n === TARPIT_SILENT_PORTS)
    ctx.logger.info(
      `fingerprint: ${host} has ${n} ports that accept and say nothing (a tarpit?); its other ports get ${TARPIT_BUDGET_MS / 1000} s each`,
    );
}

function tcpChannel(ep: Endpoint, deadline: number, signal?: AbortSignal): Channel {
  const ch: Channel = {
    endpoint: ep,
    tls: false,
    deadline,
    signal,
    connect: () => openTcp(ep, Math.min(3000, Math.max(1, remaining(ch))), signal),
  };
  return ch;
}

/** What identifying one TCP port came to. */
interface TcpIdentity {
  id?: Identification & { tls?: boolean };
  /** How `id` was made (a TLS handshake is an exchange). */
  how?: 'exchange' | 'banner';
  banner?: string;
  /** `tls.silent`, `http.silent`: kept whatever was identified, and when nothing was. */
  silence: Evidence;
}

/** The silence a channel's probes met, as evidence keys; `http` only where plain HTTP is what the port speaks. */
function silenceEvidence(silent: Set<string>, keys: { tls: boolean; http: boolean }): Evidence {
  const e: Evidence = {};
  if (keys.tls && silent.has(tlsModule.name)) e['tls.silent'] = true;
  if (keys.http && silent.has(httpModule.name)) e['http.silent'] = true;
  return e;
}

async function identifyTcpPort(result: PortResult, ctx: Context): Promise<TcpIdentity> {
  const ep: Endpoint = { address: result.host, port: result.port, hostname: result.hostname };
  const budget = ctx.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const tarpit = (ctx.silent.get(result.host) ?? 0) >= TARPIT_SILENT_PORTS;
  const deadline = Date.now() + (tarpit ? Math.min(budget, TARPIT_BUDGET_MS) : budget);
  const plain = tcpChannel(ep, deadline, ctx.options.signal);
  // Every connection made, to tell a port that said nothing at all from one that said something unknown.
  const opened: Conversation[] = [];
  const connect = plain.connect;
  plain.connect = () =>
    connect().then((c) => {
      opened.push(c);
      return c;
    });
  const outcome = await identifyTcp(plain, expectedFor(result.port, 'tcp'), ctx, result.rttMs);
  // A port cut short by the scan's end said nothing because it had no time to: not a tarpit's.
  if (
    !outcome.match &&
    !ctx.options.signal?.aborted &&
    opened.length > 0 &&
    opened.every((c) => c.received === 0)
  )
    noteSilent(result.host, ctx);
  const isTls = outcome.match?.module === tlsModule;
  // Cleartext HTTP that a TLS port ignores says nothing about the HTTP inside it.
  const silence = silenceEvidence(outcome.silent, { tls: true, http: !isTls });
  if (!outcome.match) return { banner: outcome.banner, silence };
  if (!isTls)
    return {
      id: outcome.match.id,
      how: outcome.how,
      banner: outcome.banner ?? outcome.match.id.banner,
      silence,
    };
  // TLS: read the certificate and the negotiated parameters, then name the service inside.
  const outer = outcome.match.id;
  plain.deadline = Math.max(plain.deadline, Date.now() + 1500);
  let hs;
  try {
    hs = await openTls(ep, Math.min(3000, remaining(plain)), ['h2', 'http/1.1'], ctx.options.signal);
  } catch {
    return { id: { ...outer, service: 'tls', tls: true }, how: 'exchange', silence };
  }
  const evidence = { ...outer.evidence, ...connectionEvidence(hs.socket) };
  delete evidence['tls.alert'];
  const alpn = evidence['tls.alpn'];
  const inner: Channel = {
    endpoint: ep,
    tls: true,
    deadline: plain.deadline,
    signal: ctx.options.signal,
    connect: () =>
      openTls(ep, Math.min(3000, Math.max(1, remaining(inner))), ['http/1.1'], ctx.options.signal).then(
        (h) => h.conversation,
      ),
  };
  // An h2 connection cannot carry our HTTP/1.1 probe: name the service on a fresh http/1.1 one.
  if (alpn === 'h2') hs.conversation.close();
  else inner.first = hs.conversation;
  const innerOutcome = await identifyTcp(inner, [TLS_INNER[result.port] ?? 'http'], ctx, result.rttMs);
  hs.conversation.close();
  Object.assign(silence, silenceEvidence(innerOutcome.silent, { tls: false, http: true }));
  const id = innerOutcome.match?.id;
  if (!id || innerOutcome.match?.module === tlsModule) {
    // Offering ALPN h2 or http/1.1 is a claim; only an HTTP answer makes it https (a shell
    // behind TLS 1.3 can offer ALPN too). Without one this is TLS, and tls.alpn says what it offered.
    return {
      id: { service: 'tls', evidence, confident: true, tls: true },
      how: 'exchange',
      banner: innerOutcome.banner,
      silence,
    };
  }
  return {
    id: {
      ...id,
      service: TLS_NAME[id.service] ?? id.service,
      evidence: { ...evidence, ...id.evidence },
      tls: true,
    },
    // The TLS handshake was ours; what spoke inside it decides how the service was named.
    how: innerOutcome.how ?? 'exchange',
    banner: innerOutcome.banner ?? id.banner,
    silence,
  };
}

/** UDP: every identification answers a datagram of ours, so it is an exchange. */
async function identifyUdpPort(result: PortResult, ctx: Context): Promise<Identification | undefined> {
  const ep: Endpoint = { address: result.host, port: result.port, hostname: result.hostname };
  const deadline = Date.now() + (ctx.options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const order: UdpModule[] = ordered(UDP_MODULES, expectedFor(result.port, 'udp'));
  const probeCtx: ProbeContext = { address: ep.address, hostname: ep.hostname, port: ep.port };
  const floor = ctx.replyWaitMs.udp;
  const wait = Math.max(floor, Math.min(2000, (result.rttMs ?? 0) * 4 + floor));
  const expected = new Set(
    order.filter((m) => m.services.some((s) => expectedFor(result.port, 'udp').includes(s))),
  );
  let weak: Identification | undefined;
  // UDP silence may be loss or a daemon still starting: the port's usual module gets a second
  // try before anything else is sent.
  const attempts = expected.size ? [order[0], ...order] : order;
  for (const module of attempts) {
    const left = deadline - Date.now();
    if (left < 50 || ctx.options.signal?.aborted) break;
    if (!ctx.allowed(module.name)) continue;
    const sent = module.probe(probeCtx);
    const reply = await udpExchange(
      ep,
      sent,
      Math.min(expected.has(module) ? 2 * wait : wait, left),
      ctx.options.signal,
    );
    if (!reply) continue;
    for (const m of [module, ...order.filter((x) => x !== module)]) {
      let id: Identification | undefined;
      try {
        id = m.parse(reply, sent);
      } catch {
        id = undefined;
      }
      if (id?.confident) return id;
      weak ??= id;
    }
  }
  return weak;
}

function toFinding(
  result: PortResult,
  id: (Identification & { tls?: boolean }) | undefined,
  how: Exclude<IdentifiedBy, 'port'>,
  banner: string | undefined,
  silence: Evidence = {},
): Finding {
  const def = id ? lookupService(id.service) : undefined;
  if (!id || !def) {
    // Nothing parsed into a service we know: the port number is all the name there is.
    const guess = findingFromPort(result);
    if (guess.service && banner) guess.service.banner = banner;
    guess.evidence = { ...(id?.evidence ?? {}), ...silence };
    return guess;
  }
  const service: ServiceInfo = {
    name: def.name,
    confidence: id.confident ? 'high' : 'low',
    identifiedBy: how,
  };
  if (id.product) service.product = id.product;
  if (id.version) service.version = id.version;
  if (id.tls) service.tls = true;
  const b = banner ?? id.banner;
  if (b) service.banner = b;
  return { ...result, service, risk: riskFor(def.name), evidence: { ...id.evidence, ...silence } };
}

async function fingerprintOne(result: PortResult, ctx: Context): Promise<Finding> {
  if (result.state !== 'open' || ctx.options.signal?.aborted) return findingFromPort(result);
  if (result.protocol === 'udp') {
    const id = await identifyUdpPort(result, ctx);
    return toFinding(result, id, 'exchange', undefined);
  }
  const out = await identifyTcpPort(result, ctx);
  return toFinding(result, out.id, out.how ?? 'exchange', out.banner, out.silence);
}

/** One Finding per input, same order; only open TCP and open UDP results are probed; at most `concurrency` ports in flight. */
export async function fingerprintAll(
  results: PortResult[],
  options: FingerprintOptions = {},
): Promise<Finding[]> {
  const allowedSet = options.probes ? new Set(options.probes) : undefined;
  const ctx: Context = {
    options,
    silent: new Map(),
    logger: options.logger ?? silentLogger,
    allowed: (name) => !allowedSet || allowedSet.has(name),
    bannerWaitMs: options.bannerWaitMs ?? DEFAULT_BANNER_WAIT_MS,
    replyWaitMs: {
      tcp: options.replyWaitMs ?? DEFAULT_REPLY_WAIT_MS,
      udp: options.replyWaitMs ?? DEFAULT_REPLY_WAIT_MS + 100,
    },
  };
  const out: Finding[] = new Array(results.length);
  let next = 0;
  const worker = async () => {
    while (next < results.length) {
      const i = next++;
      const result = results[i];
      try {
        out[i] = await fingerprintOne(result, ctx);
      } catch (err) {
        ctx.logger.debug(
          `fingerprint ${result.host}:${result.port}/${result.protocol}: ${untrustedLine(String(err))}`,
        );
        out[i] = findingFromPort(result);
      }
      const s = out[i].service;
      if (result.state === 'open')
        ctx.logger.debug(
          `fingerprint ${result.host}:${result.port}/${result.protocol}: ${s ? `${s.name} (${s.confidence}, by ${s.identifiedBy ?? 'port'})` : 'unknown'}`,
        );
    }
  };
  const n = Math.max(
    1,
    Math.min(options.concurrency ?? Math.min(DEFAULT_CONCURRENCY, socketBudget()), results.length),
  );
  await Promise.all(Array.from({ length: n }, worker));
  return out;
}
