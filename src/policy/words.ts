import type { Finding, Protocol, RuleRef } from '../model.js';
import { lookupProduct } from '../fingerprint/products/table.js';
import { identifiedBy } from '../services.js';

/** How verdict sentences name an endpoint, a service and a rule, alike in every phase of evaluation. */

export function endpoint(f: { host: string; hostname?: string; port: number; protocol: Protocol }): string {
  const h = f.hostname ?? f.host;
  return `${h.includes(':') ? `[${h}]` : h}:${f.port}/${f.protocol}`;
}

export function label(f: Finding): string {
  const s = f.service;
  if (!s) return 'an unidentified service';
  if (identifiedBy(s) === 'port') return `${s.name} (guessed from the port number)`;
  // The product behind the protocol, when it is more than a web server: "http (docker)".
  const product = s.product ? lookupProduct(s.product) : undefined;
  return product && product.kind !== 'web-server' ? `${s.name} (${product.name})` : s.name;
}

export function ruleName(ref: RuleRef): string {
  // Written once per rule: a large scan names the same few rules in every verdict.
  let name = ruleNames.get(ref);
  if (name === undefined) {
    name = flat(`rule "${ref.id}" (${ref.file}:${ref.line})`);
    ruleNames.set(ref, name);
  }
  return name;
}
const ruleNames = new WeakMap<RuleRef, string>();

/**
 * Template literals build ropes (V8 cons strings: one heap object per piece).
 * Kept in 100,000 verdicts, the ropes are what garbage collection copies;
 * reading a character makes V8 flatten the string into one object.
 */
export function flat(s: string): string {
  void s.charCodeAt(0);
  return s;
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
