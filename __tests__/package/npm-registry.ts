import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the npm registry on loopback, for what a release asks of it: a package's
 * document (404 while the name is free). `npm publish --dry-run` reads it too, and never
 * uploads.
 */
export class FakeRegistry {
  readonly requests: string[] = [];
  /** Package documents by name, as GET /NAME serves them. */
  readonly packages = new Map<string, { name: string; repository?: { url: string }; versions: object }>();
  private server?: Server;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.requests.push(`${req.method} ${req.url}`);
      const name = decodeURIComponent((req.url ?? '/').slice(1).split('?')[0]);
      const doc = req.method === 'GET' ? this.packages.get(name) : undefined;
      res.writeHead(doc ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(doc ?? { error: 'Not found' }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
