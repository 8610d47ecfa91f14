import type { TcpModule } from '../types.js';
import { headersDone, httpRequest, parseHttp } from './http-parse.js';
import { parseWinrm } from './winrm.js';

export const httpModule: TcpModule = {
  name: 'http',
  services: ['http'],
  parse: parseHttp,
  probe: (ctx) => httpRequest(ctx),
  complete: headersDone,
  async interrogate(id, session) {
    // Windows' HTTP.sys on an odd port may be a WinRM listener: ask /wsman before calling it a web server.
    if (!/^Microsoft-HTTPAPI/i.test(String(id.evidence['http.server'] ?? '')) || !session.allowed('winrm'))
      return;
    const conv = await session.connect();
    try {
      const ep = session.endpoint;
      conv.write(
        httpRequest(
          { address: ep.address, hostname: ep.hostname, port: ep.port },
          'POST',
          '/wsman',
          'Content-Type: application/soap+xml;charset=UTF-8\r\nContent-Length: 0\r\n',
        ),
      );
      const winrm = parseWinrm(await conv.read(headersDone, Math.min(2000, session.remaining())));
      if (winrm?.confident) {
        id.service = 'winrm';
        Object.assign(id.evidence, winrm.evidence);
      }
    } finally {
      conv.close();
    }
  },
};
