import type { Evidence, Finding, IdentifiedBy, Logger, PortResult, Protocol, ServiceInfo } from '../model.js';
import { silentLogger } from '../model.js';
import { untrustedLine } from '../untrusted.js';
import { socketBudget } from '../prober/limits.js';
import { lookupService } from '../services.js';
import {
  DNS_RECURSION_NAME,
  tlsInnerRecord,
  tlsName,
  udpAttempts,
  usualRecords,
  type UdpAttempt,
} from '../catalogue/index.js';
import { TokenBucket } from '../prober/timing.js';
import { findingFromPort, riskFor } from './finding.js';
import type { FingerprintOptions } from './options.js';
import { type Conversation, type Endpoint, openTcp, openTls, udpExchange, udpGather } from './io.js';
import { TCP_MODULES, tcpModuleNamed, UDP_MODULES, udpModuleNamed } from './modules.js';
import { checkOpenProxies } from './proxies.js';
import { connectionEvidence } from './protocols/tls.js';
import { echoIdentification, reflection } from './reflection.js';
import { firstLine } from './text.js';
import type { Identification, ProbeContext, Session, TcpModule, UdpSession } from './types.js';
import { plural } from '../words.js';

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

/**
 * How many `open|filtered` UDP ports get every UDP payload of the catalogue (the sweep), in the
 * order the ports come (address, then port). On a firewalled host every UDP port is
 * open|filtered: the bound keeps such a scan short. FingerprintOptions.udpSweepPorts changes it.
 */
export const DEFAULT_UDP_SWEEP_PORTS = 64;

interface Context {
  options: FingerprintOptions;
  /** TCP ports per host that connected and said nothing at all (no match, no banner). */
  silent: Map<string, number>;
  logger: Logger;
  allowed: (name: string) => boolean;
  bannerWaitMs: number;
  /** Floors of the per-probe reply wait, TCP and UDP. */
  replyWaitMs: { tcp: number; udp: number };
  /** open|filtered UDP ports the sweep may still take. */
  sweepLeft: number;
  /** Waits for a datagram's turn under FingerprintOptions.rate (the sweep's datagrams). */
  pace(): Promise<void>;
  dnsRecursionName: string;
}

interface Match {
  id: Identification;
  module: TcpModule;
}

/** The catalogue records usual on a port, by name (their modules go first there). */
function usualOn(port: number, protocol: Protocol): string[] {
  return usualRecords(port, protocol).map((r) => r.name);
}

function ordered<T extends { name: string }>(modules: readonly T[], usual: readonly string[]): T[] {
  const first = usual.flatMap((n) => modules.filter((m) => m.name === n));
  return [...first, ...modules.filter((m) => !first.includes(m))];
}

const echoMatch = (probe: string, data: Buffer, sent: Buffer): Match => ({
  id: echoIdentification(probe, data, sent),
  module: tcpModuleNamed('echo')!,
});

/**
 * Offer bytes to every parser, the one whose probe drew them first; the first confident match
 * wins. A reply that repeats the probe (`sent`) is an echo before it is anything else.
 */
function consider(
  data: Buffer,
  order: readonly TcpModule[],
  sentBy?: TcpModule,
  sent?: Buffer,
): Match | undefined {
  if (data.length === 0) return undefined;
  const echoed = sentBy && sent ? reflection(data, sent) : undefined;
  if (echoed === 'prefix') return echoMatch(sentBy!.name, data, sent!);
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
  return echoed === 'contained' ? echoMatch(sentBy!.name, data, sent!) : weak;
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

/**
 * Probes on a port that met silence so far go one at a time for the likeliest (the web and
 * TLS, whose silence is evidence); the rest go at once, each on its own connection, so that a
 * service that waits silently on every probe but its own (Samba, DNS over TCP) costs one reply
 * wait and not one per protocol in the catalogue.
 */
const PROBES_IN_TURN = 2;

/** Connections one port's batch holds open at once (32 ports in flight: 256 sockets at most). */
const BATCH_WIDTH = 8;

/**
 * Every module's probe on its own connection, BATCH_WIDTH at a time; the first confident match
 * (in `modules` order within a wave) wins and ends the waves.
 */
async function probeAtOnce(
  ch: Channel,
  modules: readonly TcpModule[],
  order: readonly TcpModule[],
  probeCtx: ProbeContext,
  probeWait: number,
): Promise<{ found: Match; module: TcpModule; conversation: Conversation } | undefined> {
  let weak: { found: Match; module: TcpModule; conversation: Conversation } | undefined;
  for (let i = 0; i < modules.length; i += BATCH_WIDTH) {
    if (remaining(ch) < 50 || ch.signal?.aborted) break;
    const got = await probeWave(ch, modules.slice(i, i + BATCH_WIDTH), order, probeCtx, probeWait);
    if (got?.found.id.confident) {
      weak?.conversation.close();
      return got;
    }
    if (got && !weak) weak = got;
    else got?.conversation.close();
  }
  return weak;
}

/** The match was made by the parser of the probe that drew it (an echo of it counts too). */
const own = (found: Match, module: TcpModule) =>
  found.module.name === module.name || found.module.name === 'echo';

async function probeWave(
  ch: Channel,
  modules: readonly TcpModule[],
  order: readonly TcpModule[],
  probeCtx: ProbeContext,
  probeWait: number,
): Promise<{ found: Match; module: TcpModule; conversation: Conversation } | undefined> {
  const open = new Set<Conversation>();
  let settledOne = false;
  const runs = modules.map(async (module) => {
    let c: Conversation;
    try {
      c = await ch.connect();
    } catch {
      return undefined;
    }
    if (settledOne) {
      c.close();
      return undefined;
    }
    open.add(c);
    const sent = module.probe!(probeCtx);
    c.write(sent);
    const data = await c.waitFor(
      (b) => settled(consider(b, order, module, sent), b),
      Math.min(probeWait, remaining(ch)),
    );
    const found = consider(data, order, module, sent);
    if (found?.id.confident && own(found, module)) {
      // A protocol's answer to its own probe is enough: end the others' waits.
      settledOne = true;
      for (const other of open) if (other !== c) other.close();
    }
    return found ? { found, module, conversation: c } : undefined;
  });
  const results = await Promise.all(runs);
  // An answer to a protocol's own probe says most (Redis answers PING with NOAUTH, and another
  // protocol's bytes with "unknown command"): it wins over a confident reading of a foreign probe.
  const pick =
    results.find((r) => r?.found.id.confident && own(r.found, r.module)) ??
    results.find((r) => r?.found.id.confident) ??
    results.find((r) => r !== undefined);
  for (const c of open) if (c !== pick?.conversation) c.close();
  return pick;
}

/**
 * The matched module's own probe on a fresh connection, when it has one not yet sent (never for a
 * protocol that greets first, nor an echo): its answer, when its own parser reads it confidently.
 */
async function ownProbe(
  ch: Channel,
  module: TcpModule,
  order: readonly TcpModule[],
  probeCtx: ProbeContext,
  probeWait: number,
  ctx: Context,
  tried: Set<TcpModule>,
): Promise<{ found: Match; conversation: Conversation } | undefined> {
  if (!module.probe || module.bannerFirst || module.name === 'echo' || tried.has(module)) return undefined;
  if (!ctx.allowed(module.name) || remaining(ch) < 50 || ch.signal?.aborted) return undefined;
  tried.add(module);
  let c: Conversation;
  try {
    c = await ch.connect();
  } catch {
    return undefined;
  }
  const sent = module.probe(probeCtx);
  c.write(sent);
  const data = await c.waitFor(
    (b) => settled(consider(b, order, module, sent), b),
    Math.min(probeWait, remaining(ch)),
  );
  const found = consider(data, order, module, sent);
  if (found?.id.confident && found.module === module) return { found, conversation: c };
  c.close();
  return undefined;
}

async function identifyTcp(
  ch: Channel,
  usual: readonly string[],
  ctx: Context,
  rttMs: number | undefined,
): Promise<TcpOutcome> {
  const order = ordered(TCP_MODULES, usual);
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
  /** The module whose probe drew `best` (undefined: a greeting nobody asked for). */
  let bestWriter: TcpModule | undefined;
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
    const leadSpeaksFirst = lead !== undefined && usual.includes(lead.name) && !lead.bannerFirst;
    if (leadSpeaksFirst && lead.probe && ctx.allowed(lead.name)) {
      // The usual service here waits for the client: ask it at once; a banner-first
      // service sends its greeting all the same, and the parsers see it.
      tried.add(lead);
      lastWriter = lead;
      const sent = lead.probe(probeCtx);
      conv.write(sent);
      const waited = Math.min(probeWait, remaining(ch));
      const data = await conv.waitFor((b) => settled(consider(b, order, lead, sent), b), waited);
      noteSilence(lead, conv, data, waited);
      best = consider(data, order, lead, sent);
      bestWriter = lead;
      if (best) how = howMatched(best, lead);
      if (data.length && !best?.id.confident && !lead.parse(data)) banner = firstLine(data, false);
    } else {
      // Where the usual service speaks first (SSH on 22, IMAP inside TLS on 993), a slow
      // greeting is still likely: give it longer before sending anything.
      const leadGreets = lead !== undefined && lead.bannerFirst === true && usual.includes(lead.name);
      const wait = leadGreets ? Math.max(ctx.bannerWaitMs, SLOW_GREETING_MS) : ctx.bannerWaitMs;
      const data = await conv.waitFor((b) => settled(consider(b, order), b), Math.min(wait, remaining(ch)));
      best = consider(data, order);
      if (best) how = 'banner';
      // A matched parser knows what of the greeting is text; raw bytes are shown only when nothing matched.
      if (data.length) banner = best ? best.id.banner : firstLine(data, false);
    }
    const bannerSeen = conv.received > 0;
    /** Probes left for one batch at once, after the likeliest went one at a time. */
    const batch: TcpModule[] = [];
    let inTurn = 0;
    for (const module of order) {
      if (best?.id.confident) break;
      if (remaining(ch) < 50 || ch.signal?.aborted) break;
      if (!module.probe || tried.has(module) || !ctx.allowed(module.name)) continue;
      // FTP's SYST, SMTP's EHLO, POP3's CAPA only settle a greeting that did not say what it is.
      if (module.bannerFirst && !bannerSeen) continue;
      if (!module.bannerFirst && inTurn >= PROBES_IN_TURN) {
        batch.push(module);
        continue;
      }
      if (!module.bannerFirst) inTurn++;
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
      const sent = module.probe(probeCtx);
      conv.write(sent);
      const waited = Math.min(probeWait, remaining(ch));
      const data = await conv.waitFor((b) => settled(consider(b, order, module, sent), b), waited);
      noteSilence(module, conv, data, waited);
      const found = consider(data, order, module, sent);
      if (found && (!best || (found.id.confident && !best.id.confident))) {
        best = found;
        bestWriter = module;
        how = howMatched(found, module);
      }
    }
    if (!best?.id.confident && batch.length && remaining(ch) >= 50 && !ch.signal?.aborted) {
      const got = await probeAtOnce(ch, batch, order, probeCtx, probeWait);
      if (got && (!best || got.found.id.confident)) {
        conv?.close();
        conv = got.conversation;
        lastWriter = got.module;
        best = got.found;
        bestWriter = got.module;
        how = howMatched(got.found, got.module);
      } else got?.conversation.close();
    }
    if (best?.id.confident && bestWriter && best.module !== bestWriter) {
      // A confident reading of another protocol's probe (Redis's "unknown command" to memcached's
      // `version`) names the service but holds none of its facts: ask it once in its own words.
      const own = await ownProbe(ch, best.module, order, probeCtx, probeWait, ctx, tried);
      if (own) {
        conv?.close();
        conv = own.conversation;
        lastWriter = best.module;
        best = {
          ...own.found,
          id: { ...own.found.id, evidence: { ...best.id.evidence, ...own.found.id.evidence } },
        };
        how = 'exchange';
      }
    }
    if (best && !best.id.confident && best.id.firmOnUsualPort && usual.includes(best.module.name)) {
      // Every probe ran and none was surer: on its own usual port, this weak match names it.
      best = { ...best, id: { ...best.id, confident: true } };
    }
    if (!best) return { banner, silent };
    // Interrogation: the matched module's own conversation for its security facts.
    const match = best;
    if (match.module.name === 'tls' || !match.module.interrogate || !ctx.allowed(match.module.name)) {
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
      dnsRecursionName: ctx.dnsRecursionName,
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
      `fingerprint: ${host} has ${plural(n, 'port')} that accept and say nothing (a tarpit?); its other ports get ${TARPIT_BUDGET_MS / 1000} s each`,
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
  if (keys.tls && silent.has('tls')) e['tls.silent'] = true;
  if (keys.http && silent.has('http')) e['http.silent'] = true;
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
  const outcome = await identifyTcp(plain, usualOn(result.port, 'tcp'), ctx, result.rttMs);
  // A port cut short by the scan's end said nothing because it had no time to: not a tarpit's.
  if (
    !outcome.match &&
    !ctx.options.signal?.aborted &&
    opened.length > 0 &&
    opened.every((c) => c.received === 0)
  )
    noteSilent(result.host, ctx);
  const isTls = outcome.match?.module.name === 'tls';
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
  const innerOutcome = await identifyTcp(
    inner,
    [tlsInnerRecord(result.port)?.name ?? 'http'],
    ctx,
    result.rttMs,
  );
  hs.conversation.close();
  Object.assign(silence, silenceEvidence(innerOutcome.silent, { tls: false, http: true }));
  const id = innerOutcome.match?.id;
  if (!id || innerOutcome.match?.module.name === 'tls') {
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
      service: tlsName(id.service) ?? id.service,
      evidence: { ...evidence, ...id.evidence },
      tls: true,
    },
    // The TLS handshake was ours; what spoke inside it decides how the service was named.
    how: innerOutcome.how ?? 'exchange',
    banner: innerOutcome.banner ?? id.banner,
    silence,
  };
}

/**
 * What one reply to one of our datagrams proves: a reflection of it is an echo before it is
 * anything else; else the parser of the payload's own record reads it first, then every other.
 */
function judgeUdp(reply: Buffer, attempt: UdpAttempt): Identification | undefined {
  const sent = attempt.payload.bytes;
  const echoed = reflection(reply, sent);
  if (echoed === 'prefix') return echoIdentification(attempt.record.name, reply, sent);
  const own = udpModuleNamed(attempt.record.name);
  let weak: Identification | undefined;
  for (const m of own ? [own, ...UDP_MODULES.filter((x) => x !== own)] : UDP_MODULES) {
    let id: Identification | undefined;
    try {
      id = m.parse(reply, sent);
    } catch {
      id = undefined;
    }
    if (id?.confident) return id;
    weak ??= id;
  }
  return echoed === 'contained' ? echoIdentification(attempt.record.name, reply, sent) : weak;
}

interface UdpOutcome {
  id?: Identification;
  /** Some datagram of ours drew a reply: the port is open, whatever the reply was. */
  answered: boolean;
}

/** Sequentially, the port's usual payload first (twice: UDP silence may be loss or a daemon still starting). */
async function probeUdpInTurn(
  ep: Endpoint,
  attempts: UdpAttempt[],
  usual: readonly string[],
  ctx: Context,
  wait: number,
  deadline: number,
): Promise<UdpOutcome> {
  const first = attempts[0];
  const plan = first && usual.includes(first.record.name) ? [first, ...attempts] : attempts;
  let weak: Identification | undefined;
  let answered = false;
  for (const attempt of plan) {
    const left = deadline - Date.now();
    if (left < 50 || ctx.options.signal?.aborted) break;
    const isUsual = usual.includes(attempt.record.name);
    const reply = await udpExchange(
      ep,
      attempt.payload.bytes,
      Math.min(isUsual ? 2 * wait : wait, left),
      ctx.options.signal,
      { anyPort: attempt.record.udp?.replyFromAnyPort },
    );
    if (!reply) continue;
    answered = true;
    const id = judgeUdp(reply, attempt);
    if (id?.confident) return { id, answered };
    weak ??= id;
  }
  return { id: weak, answered };
}

/**
 * The sweep of an open|filtered port: every payload at once, most likely first (each on its own
 * socket, so each reply is matched to the datagram that drew it), paced by the rate; the first
 * confident identification ends it, and one reply wait bounds it.
 */
async function sweepUdp(
  ep: Endpoint,
  attempts: UdpAttempt[],
  ctx: Context,
  wait: number,
  deadline: number,
): Promise<UdpOutcome> {
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  ctx.options.signal?.addEventListener('abort', onAbort, { once: true });
  let best: Identification | undefined;
  let answered = false;
  const runs: Promise<void>[] = [];
  try {
    for (const attempt of attempts) {
      if (stop.signal.aborted || deadline - Date.now() < 50) break;
      await ctx.pace();
      const left = deadline - Date.now();
      runs.push(
        udpExchange(ep, attempt.payload.bytes, Math.min(wait, left), stop.signal, {
          anyPort: attempt.record.udp?.replyFromAnyPort,
        }).then((reply) => {
          if (!reply) return;
          answered = true;
          const id = judgeUdp(reply, attempt);
          if (id?.confident && !best?.confident) {
            best = id;
            stop.abort();
          } else best ??= id;
        }),
      );
    }
    await Promise.all(runs);
  } finally {
    ctx.options.signal?.removeEventListener('abort', onAbort);
  }
  return { id: best, answered };
}

/** UDP: every identification answers a datagram of ours, so it is an exchange. */
async function identifyUdpPort(result: PortResult, ctx: Context, sweep: boolean): Promise<UdpOutcome> {
  const ep: Endpoint = { address: result.host, port: result.port, hostname: result.hostname };
  const deadline = Date.now() + (ctx.options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const usual = usualOn(result.port, 'udp');
  const attempts = udpAttempts(result.port).filter((a) => ctx.allowed(a.record.name));
  const floor = ctx.replyWaitMs.udp;
  const wait = Math.max(floor, Math.min(2000, (result.rttMs ?? 0) * 4 + floor));
  const outcome = sweep
    ? await sweepUdp(ep, attempts, ctx, 2 * wait, deadline)
    : await probeUdpInTurn(ep, attempts, usual, ctx, wait, deadline);
  const id = outcome.id;
  const module = id ? UDP_MODULES.find((m) => m.services.includes(id.service)) : undefined;
  if (!id?.confident || !module?.interrogate || !ctx.allowed(module.name)) return outcome;
  const session: UdpSession = {
    endpoint: ep,
    signal: ctx.options.signal,
    logger: ctx.logger,
    remaining: () => deadline - Date.now(),
    exchange: (payload, ms) =>
      udpExchange(ep, payload, Math.max(1, Math.min(ms, deadline - Date.now())), ctx.options.signal),
    gather: (payload, ms, idleMs, done) =>
      udpGather(ep, payload, {
        ms: Math.max(1, Math.min(ms, deadline - Date.now())),
        idleMs,
        done,
        signal: ctx.options.signal,
      }),
    allowed: ctx.allowed,
    dnsRecursionName: ctx.dnsRecursionName,
  };
  try {
    await module.interrogate(id, session);
  } catch (err) {
    ctx.logger.debug(
      `fingerprint ${ep.address}:${ep.port}/udp: ${module.name} interrogation failed: ${untrustedLine(String(err))}`,
    );
  }
  return outcome;
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
  if (ctx.options.signal?.aborted) return findingFromPort(result);
  if (result.protocol === 'udp' && result.state === 'open|filtered' && ctx.sweepLeft > 0) {
    ctx.sweepLeft--;
    const out = await identifyUdpPort(result, ctx, true);
    if (!out.answered) return findingFromPort(result);
    // A reply to any of our datagrams proves the port open, named or not.
    return toFinding({ ...result, state: 'open', reason: 'reply' }, out.id, 'exchange', undefined);
  }
  if (result.state !== 'open') return findingFromPort(result);
  if (result.protocol === 'udp') {
    const out = await identifyUdpPort(result, ctx, false);
    return toFinding(result, out.id, 'exchange', undefined);
  }
  const out = await identifyTcpPort(result, ctx);
  return toFinding(result, out.id, out.how ?? 'exchange', out.banner, out.silence);
}

/**
 * One Finding per input, same order; open TCP and UDP results are probed, and the first
 * `udpSweepPorts` open|filtered UDP results get every UDP payload (a reply makes them open); at
 * most `concurrency` ports in flight.
 */
export async function fingerprintAll(
  results: PortResult[],
  options: FingerprintOptions = {},
): Promise<Finding[]> {
  const allowedSet = options.probes ? new Set(options.probes) : undefined;
  const bucket = options.rate ? new TokenBucket(options.rate) : undefined;
  const pace = async (): Promise<void> => {
    // Bounded: at the lowest rate (1 a second) a token is a second away.
    for (let i = 0; bucket && !bucket.take() && i < 1000 && !options.signal?.aborted; i++)
      await new Promise((r) => setTimeout(r, Math.max(1, bucket.waitMs())));
  };
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
    sweepLeft: options.udpSweepPorts ?? DEFAULT_UDP_SWEEP_PORTS,
    pace,
    dnsRecursionName: options.dnsRecursionName ?? DNS_RECURSION_NAME,
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
  // Open proxies are proven against the other HTTP endpoints this scan found (proxies.ts).
  if (ctx.allowed('http') && !options.signal?.aborted)
    await checkOpenProxies(out, {
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      signal: options.signal,
      logger: ctx.logger,
    });
  return out;
}
