/** HTTP/1.x on the wire: requests we send and pure parsers of what comes back (WinRM reads it too). */
import type { Identification, ProbeContext } from '../types.js';
import { clean } from '../text.js';

/** Hosts of identity providers that put MFA in front of a web login. */
const IDP_HOSTS =
  /(^|\.)(okta\.com|oktapreview\.com|okta-emea\.com|login\.microsoftonline\.com|login\.microsoft\.com|login\.windows\.net|accounts\.google\.com|auth0\.com|onelogin\.com|pingidentity\.com|pingone\.com|duosecurity\.com|jumpcloud\.com|cloudflareaccess\.com|amazoncognito\.com|authentik\.\S+|keycloak\.\S+|sso\.\S+|login\.gov)$/i;
/** Paths of OIDC / SAML / SSO login flows, whatever the host. */
const IDP_PATHS =
  /\/(oauth2?\/(v\d\.\d\/)?(authorize|start|auth)|protocol\/openid-connect\/auth|saml2?\/|adfs\/ls|sso\/|cas\/login|application\/o\/authorize|oauth2\/sign_in|idp\/)/i;

export interface HttpResponse {
  version: string;
  status: number;
  headers: Record<string, string[]>;
  /** true when the header block ended (a blank line was read). */
  complete: boolean;
  body: string;
}

/** Pure: an HTTP/1.x response's status line and headers (at most 64, each bounded). */
export function parseHttpResponse(data: Buffer): HttpResponse | undefined {
  const text = data.subarray(0, 16 * 1024).toString('latin1');
  const m = /^HTTP\/(\d\.\d) (\d{3})(?: [^\r\n]*)?\r?\n/.exec(text);
  if (!m) return undefined;
  const headEnd = text.search(/\r?\n\r?\n/);
  const head = headEnd < 0 ? text : text.slice(0, headEnd);
  const headers: Record<string, string[]> = {};
  for (const line of head.split(/\r?\n/).slice(1, 65)) {
    const h = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*)$/.exec(line);
    if (!h) continue;
    const name = h[1].toLowerCase();
    (headers[name] ??= []).push(clean(h[2], 512));
  }
  const body =
    headEnd < 0
      ? ''
      : text
          .slice(headEnd)
          .replace(/^\r?\n\r?\n/, '')
          .slice(0, 2048);
  return { version: m[1], status: Number(m[2]), headers, complete: headEnd >= 0, body };
}

/** Auth schemes of WWW-Authenticate headers ("Basic realm=x, Bearer" -> Basic, Bearer). */
export function authSchemes(values: string[] | undefined): string[] {
  const out: string[] = [];
  for (const v of values ?? []) {
    for (const part of v.split(',')) {
      const s = /^\s*([A-Za-z][\w-]*)(\s|$)/.exec(part);
      // "realm=x" parameters after a comma are not schemes.
      if (s && !/=/.test(part.split(/\s+/).filter(Boolean)[0] ?? '=')) out.push(s[1]);
    }
  }
  return [...new Set(out)].slice(0, 16);
}

/** Facts from one HTTP response. */
export function httpEvidence(res: HttpResponse): Identification['evidence'] {
  const ev: Identification['evidence'] = { 'http.status': res.status };
  const server = res.headers.server?.[0];
  if (server) ev['http.server'] = server;
  const location = res.headers.location?.[0];
  if (location && res.status >= 300 && res.status < 400) {
    ev['http.location'] = location;
    let url: URL | undefined;
    try {
      url = new URL(location, 'http://portcullis.invalid/');
    } catch {
      url = undefined;
    }
    ev['http.redirects_to_https'] = url?.protocol === 'https:';
    if (url && url.hostname !== 'portcullis.invalid') ev['http.location_host'] = url.hostname.toLowerCase();
    ev['http.idp_redirect'] =
      url !== undefined &&
      ((url.hostname !== 'portcullis.invalid' && IDP_HOSTS.test(url.hostname)) ||
        IDP_PATHS.test(url.pathname));
  } else {
    ev['http.redirects_to_https'] = false;
  }
  if (res.headers['www-authenticate'])
    ev['http.www_authenticate'] = authSchemes(res.headers['www-authenticate']);
  ev['http.auth_required'] = res.status === 401 || res.status === 407;
  return ev;
}

/** A plain-HTTP request that reached a TLS port: the server says so in a 400. */
const PLAIN_TO_TLS =
  /plain HTTP request was sent to HTTPS port|speaking plain HTTP to an SSL-enabled server|client sent an HTTP request to an HTTPS server/i;

/** Pure: an HTTP response. */
export function parseHttp(data: Buffer): Identification | undefined {
  const res = parseHttpResponse(data);
  if (!res) return undefined;
  const id: Identification = {
    service: 'http',
    banner: clean(data.subarray(0, data.indexOf(0x0a) < 0 ? 256 : data.indexOf(0x0a)).toString('latin1')),
    evidence: httpEvidence(res),
    // A 400 that says the port wants TLS is a TLS port: let the TLS probe decide.
    confident: res.complete && !(res.status === 400 && PLAIN_TO_TLS.test(res.body)),
  };
  const server = res.headers.server?.[0];
  if (server) {
    const p = /^([^/\s]+)(?:\/([^\s]+))?/.exec(server);
    if (p) {
      id.product = p[1];
      if (p[2]) id.version = p[2];
    }
  }
  return id;
}

export function httpRequest(ctx: ProbeContext, method = 'GET', path = '/', extra = ''): Buffer {
  const host = ctx.hostname ?? (ctx.address.includes(':') ? `[${ctx.address}]` : ctx.address);
  return Buffer.from(
    `${method} ${path} HTTP/1.1\r\nHost: ${host}\r\nUser-Agent: portcullis\r\nAccept: */*\r\n${extra}Connection: close\r\n\r\n`,
  );
}

/** The body is not needed; the header block is the reply. */
export function headersDone(data: Buffer): boolean {
  return data.includes('\r\n\r\n') || data.includes('\n\n');
}
