import { identifyProduct } from '../products/identify.js';
import type { Identification, Session, TcpModule } from '../types.js';
import { headersDone, httpRequest, parseHttp } from './http-parse.js';
import { parseWinrm, wsmanRequest } from './winrm.js';

export const httpModule: TcpModule = {
  name: 'http',
  services: ['http'],
  parse: parseHttp,
  probe: (ctx) => httpRequest(ctx),
  complete: headersDone,
  async interrogate(id, session) {
    // Windows' HTTP.sys on an odd port may be a WinRM listener: ask /wsman before calling it a web server.
    if (/^Microsoft-HTTPAPI/i.test(String(id.evidence['http.server'] ?? '')) && session.allowed('winrm'))
      await askWinrm(id, session);
    // What answers behind HTTP (nginx, Docker, etcd, Prometheus, …): products/identify.ts.
    if (id.service === 'http') await identifyProduct(id, session);
  },
};

async function askWinrm(id: Identification, session: Session): Promise<void> {
  const conv = await session.connect();
  try {
    const ep = session.endpoint;
    conv.write(wsmanRequest({ address: ep.address, hostname: ep.hostname, port: ep.port }));
    const winrm = parseWinrm(await conv.read(headersDone, Math.min(2000, session.remaining())));
    if (winrm?.confident) {
      id.service = 'winrm';
      Object.assign(id.evidence, winrm.evidence);
    }
  } finally {
    conv.close();
  }
}
