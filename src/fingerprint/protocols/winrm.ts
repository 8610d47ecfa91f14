import type { Identification, ProbeContext, TcpModule } from '../types.js';
import { authSchemes, headersDone, httpRequest, parseHttp, parseHttpResponse } from './http-parse.js';

/** Pure: the reply of a WS-Management listener to an empty POST /wsman. */
export function parseWinrm(data: Buffer): Identification | undefined {
  const res = parseHttpResponse(data);
  if (!res || !res.complete) return undefined;
  const server = res.headers.server?.[0] ?? '';
  const schemes = authSchemes(res.headers['www-authenticate']);
  const wsman =
    /Microsoft-HTTPAPI/i.test(server) &&
    (res.status === 401 || res.status === 405 || res.status === 415 || res.status === 500);
  if (!wsman && !(res.status === 401 && schemes.some((s) => /^(Negotiate|Kerberos|CredSSP)$/i.test(s))))
    return undefined;
  const base = parseHttp(data);
  return {
    service: 'winrm',
    product: base?.product,
    version: base?.version,
    banner: base?.banner,
    evidence: {
      ...(base?.evidence ?? {}),
      'winrm.auth_schemes': schemes,
      'winrm.basic_auth': schemes.some((s) => s.toLowerCase() === 'basic'),
    },
    confident: wsman,
  };
}

/** An empty WS-Management POST: a listener answers it with its auth schemes. */
export function wsmanRequest(ctx: ProbeContext): Buffer {
  return httpRequest(
    ctx,
    'POST',
    '/wsman',
    'Content-Type: application/soap+xml;charset=UTF-8\r\nContent-Length: 0\r\n',
  );
}

export const winrmModule: TcpModule = {
  name: 'winrm',
  services: ['winrm'],
  parse: parseWinrm,
  probe: wsmanRequest,
  complete: headersDone,
};
