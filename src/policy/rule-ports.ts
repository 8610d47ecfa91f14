import type { Protocol } from '../model.js';
import { SERVICES } from '../services.js';
import { parsePortTerm } from '../targets/ports.js';
import { coversEveryPort, normalizeRanges } from './match.js';
import type { PortValue, RawRequirementRule, RawRule } from './raw.js';
import type { Collector, PathSegment } from './source.js';
import { closest } from './suggest.js';
import type { PortRanges, RuleKind, Scope } from './types.js';

/**
 * The ports of a rule or an exception's match: written in the grammar the scan's --ports
 * shares (targets/ports.ts parses both, so `80-` means the same everywhere: an error), and
 * checked for the one mistake a gate cannot afford, a rule that matches every port.
 */

/** The known service name nearest a mistyped one, for "did you mean". */
export function nearestService(name: string): string | undefined {
  // Only a typo is worth a suggestion; a long string would cost a quadratic comparison with every name.
  if (name.length > 40) return undefined;
  return closest(
    name,
    SERVICES.flatMap((s) => [s.name, ...(s.aliases ?? [])]),
    () => 2,
  );
}

/** Sets and prefixes of the ports to probe, which a rule cannot take: what to write instead. */
function probeOnlyForm(text: string): string | undefined {
  const t = text.trim();
  if (t.startsWith('!'))
    return `${JSON.stringify(text)} is an exclusion of the ports to probe (--ports, input ports); a rule lists the ports it matches`;
  const prefix = /^(tcp|udp|t|u)\s*:/i.exec(t);
  if (prefix)
    return `${JSON.stringify(text)} has a protocol prefix, which only the ports to probe take; write protocol: ${prefix[1].toLowerCase().startsWith('u') ? 'udp' : 'tcp'} beside the port`;
  if (/^(all|\*|top-?\d+)$/i.test(t))
    return `${JSON.stringify(text)} is a set of ports to probe (--ports, input ports), not something a rule can name; write ports, ranges or service names`;
  return undefined;
}

/**
 * A rule's `port`/`ports` in the grammar the scan's --ports shares (targets/ports.ts): a port,
 * a range that names both ends, or a service name, which stands for its registered ports of
 * the rule's protocol (of both, for protocol any).
 */
export function compilePorts(
  c: Collector,
  rule: { port?: PortValue; ports?: PortValue[] },
  path: PathSegment[],
  protocol: Protocol | 'any',
): PortRanges | null {
  if (rule.port === undefined && rule.ports === undefined) return null;
  if (rule.port !== undefined && rule.ports !== undefined) {
    c.at([...path, 'ports'], 'write either port or ports, not both', 'key');
  }
  const entries: Array<{ v: PortValue; at: PathSegment[] }> = [];
  if (rule.port !== undefined) entries.push({ v: rule.port, at: [...path, 'port'] });
  (rule.ports ?? []).forEach((v, i) => {
    if (v !== undefined) entries.push({ v, at: [...path, 'ports', i] });
  });
  const ranges: PortRanges = [];
  for (const e of entries) {
    const text = String(e.v);
    const probeOnly = probeOnlyForm(text);
    if (probeOnly) {
      c.at(e.at, probeOnly);
      continue;
    }
    const term = parsePortTerm(text, {
      expected: 'a port (1–65535), a range such as "8000-8100" or a service name such as ssh',
    });
    if ('error' in term) {
      const near = /^[a-z]/i.test(text.trim()) ? nearestService(text.trim()) : undefined;
      c.at(e.at, `${term.error}${near ? `; did you mean ${JSON.stringify(near)}?` : ''}`);
    } else if (term.kind === 'range') ranges.push([term.from, term.to]);
    else {
      const ports = [...(protocol !== 'udp' ? term.tcp : []), ...(protocol !== 'tcp' ? term.udp : [])];
      if (ports.length === 0)
        c.at(e.at, `${JSON.stringify(text)}: the service ${term.service} has no registered ${protocol} port`);
      for (const p of ports) ranges.push([p, p]);
    }
  }
  return normalizeRanges(ranges);
}

/**
 * A rule that names no port and no service (or ports that cover them all) matches every
 * port of its scope: an allow would pass whatever listens, and a deny is `default: deny`
 * written so that no allow can ever apply. Both are refused, saying what to write instead.
 */
export function checkMatchesEveryPort(
  c: Collector,
  raw: RawRule | RawRequirementRule,
  kind: RuleKind,
  ports: PortRanges | null,
  path: PathSegment[],
  scope: Scope,
): void {
  const everyPort = coversEveryPort(ports);
  if ((raw.port !== undefined || raw.ports !== undefined) && !everyPort) return;
  if (raw.service !== undefined || raw.product !== undefined) return;
  // A conditional deny (when: { auth: none }) fails only what is proven open to anyone.
  if (kind === 'deny' && (raw as RawRule).when !== undefined) return;
  const where = scope.kind === 'target' ? ` of target ${JSON.stringify(scope.name)}` : '';
  const why = everyPort ? 'its ports cover 1-65535' : 'it names no port and no service';
  if (kind === 'allow') {
    c.at(
      path,
      `this allow rule matches every port${where} (${why}), so it would allow whatever listens; ` +
        'name the ports or services it allows, such as port: 443 or service: https',
    );
  } else if (kind === 'require') {
    c.at(
      path,
      `this requirement rule matches every port${where} (${why}), so it would demand the same of every service; ` +
        'name the ports or services it applies to, such as service: https',
    );
  } else {
    c.at(
      path,
      `this deny rule matches every port${where} (${why}); to fail every port that no rule allows, ` +
        `write default: deny${scope.kind === 'target' ? ' in this target' : ''} instead, or name the ports or services it denies`,
    );
  }
}
