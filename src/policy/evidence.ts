import type { Evidence, Finding, ObservedState, RequirementResult, Vantage } from '../model.js';
import { lookupProduct, type ProductRecord } from '../fingerprint/products/table.js';
import { isRemoteAccess } from '../services.js';
import { isEmptyObject } from '../objects.js';

/**
 * The evidence model (DESIGN.md, "The evidence model for VPN and MFA"): each
 * requirement of a rule, judged from the facts the fingerprints proved, ends
 * verified, violated or unverified here; exceptions later turn unverified
 * into attested. Absent evidence is "unknown", never "false".
 */

export interface Judged extends RequirementResult {
  /** How to fix it, when violated or unverified. */
  fix?: string;
}

function bool(e: Evidence, key: string): boolean | undefined {
  const v = e[key];
  return typeof v === 'boolean' ? v : undefined;
}

function list(e: Evidence, key: string): string[] | undefined {
  const v = e[key];
  return Array.isArray(v) ? v : undefined;
}

function str(e: Evidence, key: string): string | undefined {
  const v = e[key];
  return typeof v === 'string' ? v : undefined;
}

export function serviceName(f: Finding): string | undefined {
  return f.service?.name;
}

export function isRemoteAccessFinding(f: Finding): boolean {
  return isRemoteAccess(f.service?.name) || f.risk.includes('remote-access');
}

/** The product-table record of the product a finding names, when it names one Portcullis knows. */
export function productRecord(f: Finding): ProductRecord | undefined {
  const p = f.service?.product;
  return p ? lookupProduct(p) : undefined;
}

/** Does a rule's `product:` list name the finding's product (case-insensitive; nmap's names too)? */
export function productMatches(products: readonly string[], f: Finding): boolean {
  const p = f.service?.product;
  if (!p) return false;
  const name = productRecord(f)?.name ?? p.trim().toLowerCase();
  return products.includes(name);
}

/** `when: { evidence }`: every key holds exactly that value (absent evidence holds nothing). */
export function evidenceHolds(want: Record<string, string | number | boolean>, f: Finding): boolean {
  for (const [k, v] of Object.entries(want)) if (f.evidence[k] !== v) return false;
  return true;
}

/** The exchanges that proved what a conditional deny rests on (`<key>_proof` evidence), for its message. */
export function proofsFor(keys: readonly string[], f: Finding): string[] {
  const out: string[] = [];
  for (const k of keys) {
    const p = str(f.evidence, `${k}_proof`);
    if (p && !out.includes(p)) out.push(p);
  }
  return out;
}

/** Facts that say whether a service lets anyone in: [key, the value that means it does, yes, no]. */
const AUTH_CHECKS: readonly (readonly [string, boolean, string, string])[] = [
  ['ftp.anonymous', true, 'anonymous FTP login is accepted', 'anonymous FTP login is refused'],
  ['snmp.public', true, 'SNMP answers the community "public"', 'SNMP does not answer the community "public"'],
  ['vnc.no_auth', true, 'VNC offers security type None (no password)', 'VNC demands authentication'],
  ['ssh.none_auth', true, 'SSH accepts a login without any credential', 'SSH demands a credential'],
  [
    'mqtt.anonymous',
    true,
    'MQTT accepts a CONNECT without user name or password',
    'MQTT refuses a CONNECT without credentials',
  ],
  ['ldap.anonymous_bind', true, 'LDAP accepts an anonymous bind', 'LDAP refuses an anonymous bind'],
  ['rsync.modules_listed', true, 'rsync lists its modules to anyone', 'rsync lists no module to strangers'],
  ['jdwp.open', true, 'the JVM debugger answers anyone (no authentication exists)', 'JDWP refused us'],
  ['x11.open', true, 'X11 accepts a connection without authorisation', 'X11 demands authorisation'],
];

/** Does the service let anyone in? From the per-protocol facts the fingerprints record. */
export function authState(f: Finding): AuthState {
  const e = f.evidence;
  const name = serviceName(f) ?? '';
  // No fact at all (a connect-only scan, a silent port): nothing below can hold.
  if (isEmptyObject(e)) return unknownAuth(name);
  // A product's own read (docker.unauthenticated) says more than the status of GET / (http.auth_required).
  const product = productRecord(f);
  const read = product ? bool(e, `${product.ns}.unauthenticated`) : undefined;
  if (product && read !== undefined) {
    const proof = str(e, `${product.ns}.unauthenticated_proof`);
    const by = proof ? `: ${proof}` : '';
    return read
      ? { state: 'none', detail: `${product.description} answers without authentication${by}` }
      : { state: 'required', detail: `${product.description} demands authentication${by}` };
  }
  const own = bool(e, `${name}.auth_required`);
  if (own !== undefined)
    return own
      ? { state: 'required', detail: `${name} demands authentication` }
      : { state: 'none', detail: `${name} answers without authentication` };
  for (const [key, bad, yes, no] of AUTH_CHECKS) {
    const v = bool(e, key);
    if (v !== undefined)
      return v === bad ? { state: 'none', detail: yes } : { state: 'required', detail: no };
  }
  if (list(e, 'ssh.auth_methods')) return { state: 'required', detail: 'SSH demands a credential' };
  for (const [key, value] of Object.entries(e)) {
    if (key.endsWith('.auth_required') && typeof value === 'boolean') {
      const svc = key.slice(0, -'.auth_required'.length);
      return value
        ? { state: 'required', detail: `${svc} demands authentication` }
        : { state: 'none', detail: `${svc} answers without authentication` };
    }
  }
  return unknownAuth(name);
}

export interface AuthState {
  state: 'required' | 'none' | 'unknown';
  detail: string;
}

/** One shared, frozen answer per service name: a large scan asks once per finding. */
const unknownByName = new Map<string, AuthState>();
function unknownAuth(name: string): AuthState {
  let a = unknownByName.get(name);
  if (!a) {
    a = Object.freeze({
      state: 'unknown' as const,
      detail: `no probe showed whether ${name || 'this service'} demands authentication`,
    });
    // Names come from reports too (merge): keep the cache small whatever they hold.
    if (unknownByName.size < 1024) unknownByName.set(name, a);
  }
  return a;
}

function tlsNumber(v: string): number {
  const m = /^(\d+)\.(\d+)$/.exec(v.trim());
  return m ? Number(m[1]) + Number(m[2]) / 10 : NaN;
}

/**
 * A TCP port that accepted our connection and said nothing to a probe of
 * this protocol: silence there is a proof, not a gap (`tls.silent`,
 * `http.silent`). UDP silence, and ports closed or filtered from this
 * vantage, never carry these keys, and keep their own meaning.
 */
function silentTcp(f: Finding, key: 'tls.silent' | 'http.silent'): boolean {
  return f.protocol === 'tcp' && f.state === 'open' && bool(f.evidence, key) === true;
}

export function judgeTls(f: Finding, min: number, text: string): Judged {
  const v = str(f.evidence, 'tls.version');
  const minText = min.toFixed(1);
  if (v === undefined && silentTcp(f, 'tls.silent')) {
    return {
      state: 'violated',
      detail: `the port accepted a connection, but the TLS probe got no reply, so it does not serve TLS ${minText} or newer (${text})`,
      fix: `Serve TLS ${minText} or newer on this port, or close it.`,
    };
  }
  if (v === undefined) {
    return {
      state: 'unverified',
      detail: `no TLS handshake was seen, so TLS ${minText} or newer (${text}) is not shown`,
      fix: `Serve TLS ${minText} or newer on this port, or check that the scan can reach it.`,
    };
  }
  const n = tlsNumber(v);
  if (!(n >= min))
    return {
      state: 'violated',
      detail: `TLS ${v} was negotiated, older than the required ${minText}`,
      fix: `Disable TLS versions older than ${minText} in the server's TLS settings.`,
    };
  return { state: 'verified', detail: `TLS ${v} was negotiated (at least ${minText})` };
}

export function judgeRedirect(f: Finding): Judged {
  const r = bool(f.evidence, 'http.redirects_to_https');
  const status = f.evidence['http.status'];
  if (r === true) {
    const host = str(f.evidence, 'http.location_host');
    return { state: 'verified', detail: `answers with a redirect to https://${host ? host + '/…' : ''}` };
  }
  if (r === false)
    return {
      state: 'violated',
      detail: `answers${typeof status === 'number' ? ` with status ${status}` : ''} instead of redirecting to HTTPS`,
      fix: 'Make this port answer every request with a redirect (301/308) to https://.',
    };
  if (status === undefined && silentTcp(f, 'http.silent'))
    return {
      state: 'violated',
      detail:
        'the port accepted a connection, but the HTTP request got no reply, so it does not redirect to HTTPS',
      fix: 'Make this port answer every request with a redirect (301/308) to https://, or close it.',
    };
  return {
    state: 'unverified',
    detail: 'no HTTP answer was seen, so a redirect to HTTPS is not shown',
    fix: 'Make this port answer every request with a redirect (301/308) to https://.',
  };
}

export function judgeAuth(f: Finding): Judged {
  const a = authState(f);
  if (a.state === 'required') return { state: 'verified', detail: a.detail };
  if (a.state === 'none')
    return {
      state: 'violated',
      detail: a.detail,
      fix: `Turn on authentication for ${serviceName(f) ?? 'this service'} (a password, a key or client certificates) and keep it off the public network.`,
    };
  return {
    state: 'unverified',
    detail: a.detail,
    fix: `Check that ${serviceName(f) ?? 'the service'} demands authentication.`,
  };
}

/**
 * `outside`: how the port looked from the untrusted vantage, when a merged report holds a scan
 * from there too (src/session/merge.ts); undefined when none does.
 */
export function judgeVpn(f: Finding, vantage: Vantage, outside?: ObservedState): Judged {
  const what = serviceName(f) ?? 'this port';
  if (vantage === 'untrusted')
    return {
      state: 'violated',
      detail: `${what} is reachable from the untrusted vantage, so not only through a VPN`,
      fix: `Close this port to the internet and reach ${what} through the VPN gateway.`,
    };
  if (outside === 'open')
    return {
      state: 'violated',
      detail: `${what} is open from the ${vantage} vantage and from the untrusted vantage too, so not only through a VPN`,
      fix: `Close this port to the internet and reach ${what} through the VPN gateway.`,
    };
  if (outside === 'closed' || outside === 'filtered' || outside === 'not open')
    return {
      state: 'verified',
      detail: `${what} is open from the ${vantage} vantage and ${outside === 'not open' ? 'closed or filtered' : outside} from the untrusted vantage: reachable only from inside`,
    };
  if (outside === 'not observed' || outside === 'open|filtered')
    return {
      state: 'unverified',
      detail:
        outside === 'not observed'
          ? `${what} is open from the ${vantage} vantage; the untrusted vantage's scan did not probe it (not observed there), so nothing shows whether it is reachable without the VPN`
          : `${what} is open from the ${vantage} vantage; from the untrusted vantage it stayed silent (open|filtered), which proves neither`,
      fix: `Scan this port from the untrusted vantage too (a runner outside the private network), and merge the reports.`,
    };
  return {
    state: 'unverified',
    detail: `${what} is open from the ${vantage} vantage; only a scan from the untrusted vantage shows whether it is also reachable without the VPN`,
    fix: 'Scan from the untrusted vantage too (a runner outside the private network).',
  };
}

export function judgeMfa(f: Finding): Judged {
  const e = f.evidence;
  const name = serviceName(f);
  if (name === 'ssh' || e['ssh.auth_methods'] !== undefined) {
    const sshFix =
      'Turn off password login and demand a second factor (sshd: AuthenticationMethods publickey,keyboard-interactive).';
    if (bool(e, 'ssh.partial_success') === true) {
      const second = list(e, 'ssh.second_factor_methods');
      return {
        state: 'verified',
        detail: `after the first factor the server demanded another${second?.length ? ` (${second.join(', ')})` : ''}`,
      };
    }
    if (bool(e, 'ssh.none_auth') === true)
      return { state: 'violated', detail: 'SSH accepts a login without any credential', fix: sshFix };
    if (bool(e, 'ssh.credentials_accepted') === true)
      return { state: 'violated', detail: 'the test credential alone completed the SSH login', fix: sshFix };
    const methods = list(e, 'ssh.auth_methods');
    if (bool(e, 'ssh.password_auth') === true || methods?.includes('password'))
      return { state: 'violated', detail: 'password login is offered as a first factor', fix: sshFix };
    return {
      state: 'unverified',
      detail: methods
        ? `SSH offers ${methods.join(', ')} first; whether a second factor follows shows only with test credentials`
        : 'no probe showed how SSH authenticates',
      fix: 'Give the scan test credentials (ssh) so it can see the second factor, or attest MFA with an exception.',
    };
  }
  if (name === 'vnc' || e['vnc.security_types'] !== undefined) {
    if (bool(e, 'vnc.no_auth') === true || list(e, 'vnc.security_types')?.includes('None'))
      return {
        state: 'violated',
        detail: 'VNC offers security type None (no password at all)',
        fix: 'Require VNC authentication and reach VNC only through the VPN.',
      };
    return {
      state: 'unverified',
      detail: 'VNC demands a password; no second factor can be seen',
      fix: 'Attest MFA with an exception if the VPN in front demands it.',
    };
  }
  if (name === 'rdp' || e['rdp.nla_required'] !== undefined) {
    if (bool(e, 'rdp.standard_security_allowed') === true || bool(e, 'rdp.nla_required') === false)
      return {
        state: 'violated',
        detail: 'RDP allows standard RDP security without NLA',
        fix: 'Require Network Level Authentication (NLA) and put an identity provider with MFA in front.',
      };
    return {
      state: 'unverified',
      detail: bool(e, 'rdp.nla_required')
        ? 'RDP requires NLA, but NLA alone is not a second factor'
        : 'no probe showed how RDP authenticates',
      fix: 'Attest MFA with an exception naming the identity provider in front of RDP.',
    };
  }
  if (name === 'telnet' || bool(e, 'telnet.open') === true)
    return {
      state: 'violated',
      detail: 'Telnet sends the login in cleartext and has no second factor',
      fix: 'Replace Telnet with SSH behind the VPN.',
    };
  if (name === 'winrm' && bool(e, 'winrm.basic_auth') === true)
    return {
      state: 'violated',
      detail: 'WinRM offers Basic authentication (a password alone)',
      fix: 'Turn off Basic authentication for WinRM.',
    };
  return {
    state: 'unverified',
    detail: `no probe can see a second factor on ${name ?? 'this service'}`,
    fix: 'Attest MFA with an exception, with a reason, an approver and an expiry date.',
  };
}
