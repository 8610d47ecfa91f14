import type { RawDefault, RawPolicy } from './raw.js';
import type { Collector, PathSegment } from './source.js';

/**
 * Built-in policies never allow. `extends: [portcullis:recommended]` may add
 * denials and requirements to a user's policy, never widen what the user's
 * own rules and `default: deny` forbid: a built-in allow rule with no port
 * and no host once let any TLS service on any port of any host pass. So a
 * built-in (a file named `portcullis:NAME`) may hold only deny rules and
 * requirement rules, and none of the settings that let a port through:
 * allow rules, a default other than deny, exceptions, declared VPN gateways
 * (a gateway's own port is allowed), and the settings that turn failures
 * into warnings or passes (mode: warn, fail-on other than any, unverified:
 * pass). `remote_access.require` stays: it never allows a port (decide.ts
 * only lets it make a verdict worse).
 */

const WHY = 'a built-in policy never allows a port';

function defaultAction(d: RawDefault): string {
  return typeof d === 'string' ? d : d.action;
}

export function checkBuiltinNeverAllows(c: Collector, raw: RawPolicy): void {
  const refuse = (path: PathSegment[], what: string, which: 'key' | 'value' = 'key') =>
    c.at(path, `${what}: ${WHY}`, which);
  if (raw.allow?.length)
    refuse(
      ['allow'],
      'allow rules are not allowed here; write deny rules or requirement rules (requirements:)',
    );
  if (raw.default !== undefined && defaultAction(raw.default) !== 'deny')
    refuse(['default'], `default: ${defaultAction(raw.default)} is not allowed here (only deny)`, 'value');
  raw.targets?.forEach((t, i) => {
    if (t.allow?.length)
      refuse(
        ['targets', i, 'allow'],
        'allow rules are not allowed here; write deny rules or requirement rules (requirements:)',
      );
    if (t.default !== undefined && defaultAction(t.default) !== 'deny')
      refuse(
        ['targets', i, 'default'],
        `default: ${defaultAction(t.default)} is not allowed here (only deny)`,
        'value',
      );
  });
  if (raw.exceptions?.length) refuse(['exceptions'], 'exceptions are not allowed here');
  if (raw.remote_access?.vpn_gateways?.length)
    refuse(
      ['remote_access', 'vpn_gateways'],
      'vpn_gateways are not allowed here (a declared gateway’s port is allowed)',
    );
  if (raw.mode === 'warn') refuse(['mode'], 'mode: warn is not allowed here', 'value');
  if (raw['fail-on'] !== undefined && raw['fail-on'] !== 'any')
    refuse(['fail-on'], `fail-on: ${raw['fail-on']} is not allowed here (only any)`, 'value');
  if (raw.unverified === 'pass') refuse(['unverified'], 'unverified: pass is not allowed here', 'value');
  if (raw.remote_access?.unverified === 'pass')
    refuse(['remote_access', 'unverified'], 'unverified: pass is not allowed here', 'value');
}
