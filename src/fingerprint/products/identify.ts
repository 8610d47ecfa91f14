/**
 * Naming the product behind an HTTP (or HTTPS) port, after the HTTP module
 * matched: GET / is read whole, its clues are tested against every record of
 * the product table, and when it names nothing more specific than a web
 * server, a few of the requests the products serve are asked, those the
 * first answer hints at first. Once a product is named, its fact requests
 * run. Requests are bounded in count (MAX_REQUESTS) and by the port's time
 * budget; every answer is untrusted and bounded (exchange.ts).
 */
import type { Evidence } from '../../model.js';
import type { Identification, ProbeContext, Session } from '../types.js';
import { exchange, json, type Answer, type Request } from './exchange.js';
import { matches, PRODUCTS, type Clue, type Match, type ProductRecord, type VersionRule } from './table.js';

/** Blind requests asked to discover a product GET / did not name. */
export const MAX_DISCOVERY = 4;
/** Requests for the version and facts of the product once named. */
export const MAX_FACT_REQUESTS = 3;
/** Requests one port may get for its product: GET /, discovery, facts. */
export const MAX_REQUESTS = 1 + MAX_DISCOVERY + MAX_FACT_REQUESTS;
/** No request is started with less than this left of the port's budget. */
const MIN_LEFT_MS = 150;

/** Products that front others: a Server header of theirs does not end the search. */
const FRONTS = new Set(['web-server', 'proxy', 'load-balancer']);

export interface ProductFinding {
  record: ProductRecord;
  version?: string;
  /** The exchange that named it: "GET /_ping → 200 OK with an Api-Version header". */
  proof: string;
  facts: Evidence;
}

/** "GET /version → 200 with ApiVersion". */
export function describe(req: Request, res: Answer, shows: string): string {
  const method = req.method ?? (req.json === undefined ? 'GET' : 'POST');
  return `${method} ${req.target} → ${res.status} ${shows}`;
}

function readVersion(rule: VersionRule | undefined, res: Answer, parsed: () => unknown): string | undefined {
  if (!rule) return undefined;
  let v: string | undefined;
  if (rule.header) {
    const h = res.headers[rule.header[0]]?.[0];
    v = h === undefined ? undefined : rule.header[1].exec(h)?.[1];
  }
  if (!v && rule.body) v = rule.body.exec(res.body)?.[1];
  if (!v && rule.json) {
    let x: unknown = parsed();
    for (const k of rule.json.split('.')) {
      x =
        x !== null && typeof x === 'object' && !Array.isArray(x)
          ? (x as Record<string, unknown>)[k]
          : undefined;
    }
    if (typeof x === 'string' || typeof x === 'number') v = String(x);
  }
  // Versions are shown in reports: printable, short.
  const clean = v?.replace(/[^\x21-\x7e]/g, '').slice(0, 64);
  return clean ? clean : undefined;
}

/** Pure: what one answer to `req` shows about `record`. */
export function applyClues(
  record: ProductRecord,
  clues: readonly Clue[],
  req: Request,
  res: Answer,
  found: ProductFinding | undefined,
  identifying: boolean,
): ProductFinding | undefined {
  let parsedValue: unknown;
  let parsedDone = false;
  const parsed = () => {
    if (!parsedDone) {
      parsedValue = json(res);
      parsedDone = true;
    }
    return parsedValue;
  };
  for (const clue of clues) {
    const names = clue.identifies !== false;
    if (!found && (!names || !identifying)) continue;
    if (!matches(clue.match, res, parsed)) continue;
    const proof = describe(req, res, clue.shows);
    const out: ProductFinding = found ?? { record, proof, facts: {} };
    out.version ??= readVersion(clue.version, res, parsed);
    for (const [k, v] of Object.entries(clue.facts ?? {})) {
      const key = `${record.ns}.${k}`;
      // A proven exposure stands: a later refusal (another path) does not take it back.
      if (out.facts[key] === true && v === false) continue;
      // The first exchange that proved a fact stays its proof.
      if (out.facts[key] === v) continue;
      out.facts[key] = v;
      out.facts[`${key}_proof`] = proof;
    }
    return out;
  }
  return found;
}

const sameRequest = (a: Request, b: Request) =>
  (a.method ?? '') === (b.method ?? '') && a.target === b.target && a.json === b.json;

function hinted(record: ProductRecord, res: Answer | undefined): boolean {
  if (!res) return false;
  const parsed = () => json(res);
  const hints: Match[] = [
    ...(record.hints ?? []),
    ...(record.root ?? []).filter((c) => c.identifies === false).map((c) => c.match),
  ];
  return hints.some((m) => matches(m, res, parsed));
}

/** Discovery order: records the first answer hints at, then by weight; never a record of weight 0 unhinted. */
export function discoveryOrder(root: Answer | undefined, named?: ProductRecord): ProductRecord[] {
  const asked = PRODUCTS.filter((r) => r !== named && r.probes?.some((p) => !p.factsOnly));
  const scored = asked
    .map((r, i) => ({ r, i, hint: hinted(r, root) }))
    .filter((x) => x.hint || x.r.weight > 0)
    .sort((a, b) => Number(b.hint) - Number(a.hint) || b.r.weight - a.r.weight || a.i - b.i);
  return scored.map((x) => x.r);
}

/** Pure: the product GET /'s answer names, most specific record first. */
export function nameFromRoot(res: Answer): ProductFinding | undefined {
  const req: Request = { target: '/' };
  for (const record of PRODUCTS) {
    const f = applyClues(record, record.root ?? [], req, res, undefined, true);
    if (f) return f;
  }
  return undefined;
}

/**
 * Name the product behind `id` (an HTTP identification on `session`) and add
 * its facts. Changes `id.product`, `id.version` and `id.evidence` only when a
 * record of the table matched; never throws on what the service says.
 */
export async function identifyProduct(id: Identification, session: Session): Promise<void> {
  const ctx: ProbeContext = {
    address: session.endpoint.address,
    hostname: session.endpoint.hostname,
    port: session.endpoint.port,
  };
  let requests = 0;
  const answers: Array<{ req: Request; res: Answer | undefined }> = [];
  const ask = async (req: Request): Promise<Answer | undefined> => {
    const earlier = answers.find((a) => sameRequest(a.req, req));
    if (earlier) return earlier.res;
    if (requests >= MAX_REQUESTS || session.remaining() < MIN_LEFT_MS || session.signal?.aborted)
      return undefined;
    requests++;
    let res: Answer | undefined;
    const conv = await session.connect().catch(() => undefined);
    if (conv) {
      try {
        res = await exchange(conv, ctx, req, Math.min(2000, session.remaining() - 50));
      } finally {
        conv.close();
      }
    }
    answers.push({ req, res });
    return res;
  };

  const root = await ask({ target: '/' });
  let found = root ? nameFromRoot(root) : undefined;

  // Only a web server's or a proxy's name (or none): ask what the products serve.
  if (!found || FRONTS.has(found.record.kind)) {
    let discovery = 0;
    for (const record of discoveryOrder(root, found?.record)) {
      if (discovery >= MAX_DISCOVERY) break;
      const probe = record.probes?.find((p) => !p.factsOnly);
      if (!probe) continue;
      const fresh = !answers.some((a) => sameRequest(a.req, probe.request));
      const res = await ask(probe.request);
      if (fresh) discovery++;
      if (!res) continue;
      // One answer serves every record that asks the same request (/version: Docker, etcd, Kubernetes).
      let named: ProductFinding | undefined;
      for (const r of PRODUCTS) {
        for (const p of r.probes ?? []) {
          if (p.factsOnly || !sameRequest(p.request, probe.request)) continue;
          named = applyClues(r, p.clues, p.request, res, undefined, true);
          if (named) break;
        }
        if (named) break;
      }
      if (named) {
        found = named;
        break;
      }
    }
  }
  if (!found) return;

  // Its own requests: version and facts (answers already read are reused, not asked again).
  const factsFrom = requests;
  for (const probe of found.record.probes ?? []) {
    const fresh = !answers.some((a) => sameRequest(a.req, probe.request));
    if (fresh && requests - factsFrom >= MAX_FACT_REQUESTS) break;
    const res = await ask(probe.request);
    if (res) found = applyClues(found.record, probe.clues, probe.request, res, found, false) ?? found;
  }

  id.product = found.record.name;
  if (found.version) id.version = found.version;
  else if (id.version && !FRONTS.has(found.record.kind)) delete id.version; // the front's version, not the product's
  id.evidence['http.product_proof'] = found.proof;
  Object.assign(id.evidence, found.facts);
}
