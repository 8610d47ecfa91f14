import type { Finding } from '../model.js';
import { lookupProduct } from '../fingerprint/products/table.js';
import { identifiedBy, isTransportOnly, lookupService, serviceForPort } from '../services.js';

/**
 * Which service names a rule may match a finding by (docs/policy.md,
 * "Services"). A name is only as good as how it was learned:
 *
 * - allow rules and exceptions that name a service loosen the gate, so they
 *   need a positive identification (an exchange or a banner); a guess from
 *   the port number never satisfies them;
 * - deny and requirement rules tighten it, so they match the positive
 *   identification or the port-number guess; and an identification that
 *   names only a transport (tls, http, https) never cancels what the port
 *   number alone would be denied as: Elasticsearch on 9200 behind TLS is
 *   still matched by `service: elasticsearch`. A positive identification of
 *   anything else (ssh on 9200) replaces the port's guess.
 */

export interface ServiceNames {
  /** The canonical name allow rules and exceptions match; undefined unless positively identified. */
  positive: string | undefined;
  /** The canonical names deny and requirement rules match. */
  denial: readonly string[];
}

const NONE: ServiceNames = Object.freeze({ positive: undefined, denial: Object.freeze([]) });

/** Frozen answers shared by every finding they fit: a guess alone, or a name alone (bounded: names come from reports too). */
const guessed = new Map<string, ServiceNames>();
const identified = new Map<string, ServiceNames>();
function shared(cache: Map<string, ServiceNames>, name: string, positive: string | undefined): ServiceNames {
  let names = cache.get(name);
  if (!names) {
    names = Object.freeze({ positive, denial: Object.freeze([name]) });
    if (cache.size < 1024) cache.set(name, names);
  }
  return names;
}

/** The registry's name for the service a finding names (aliases resolved). */
export function canonicalService(f: Finding): string | undefined {
  const n = f.service?.name;
  if (!n) return undefined;
  return lookupService(n)?.name ?? n.toLowerCase();
}

export function serviceNames(f: Finding): ServiceNames {
  const named = canonicalService(f);
  const guess = serviceForPort(f.port, f.protocol)?.name;
  if (!named || !f.service) return guess ? shared(guessed, guess, undefined) : NONE;
  if (identifiedBy(f.service) === 'port')
    return { positive: undefined, denial: guess && guess !== named ? [named, guess] : [named] };
  const known = f.service.product ? lookupProduct(f.service.product) : undefined;
  // The common case, once per name: a service named by what it answered, nothing else to add.
  if (!known && (!guess || guess === named || !isTransportOnly(named)))
    return shared(identified, named, named);
  const denial = isTransportOnly(named) && guess && guess !== named ? [named, guess] : [named];
  // A product that is also a registered service (docker, elasticsearch) behind HTTP on any port is
  // still matched by deny rules that name that service: a fingerprint adds risk, never removes it.
  // Only a product of the table (named by what it answered), never any Server header's word.
  const product = known ? lookupService(known.name) : undefined;
  if (product && isTransportOnly(named) && !denial.includes(product.name)) denial.push(product.name);
  return { positive: named, denial };
}
