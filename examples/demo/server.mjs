// The demo environment: a web app and an admin endpoint, two real HTTP servers on loopback.
// The policy (portcullis.yml) allows the web app; the admin endpoint is the port nobody approved.
import { createServer } from 'node:http';

const HOST = process.env.DEMO_HOST ?? '127.0.0.1';
const WEB_PORT = Number(process.env.DEMO_WEB_PORT ?? 18080);
const ADMIN_PORT = Number(process.env.DEMO_ADMIN_PORT ?? 18081);

const web = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', server: 'demo-web/1.0' });
  res.end('<h1>Demo shop</h1><p>Welcome.</p>\n');
});

const admin = createServer((req, res) => {
  // An admin panel with no authentication: exactly what a port policy should catch.
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', server: 'demo-admin/0.3' });
  res.end('<h1>Admin</h1><p>Delete all orders?</p>\n');
});

web.listen(WEB_PORT, HOST, () => console.log(`web app on http://${HOST}:${WEB_PORT}/`));
admin.listen(ADMIN_PORT, HOST, () => console.log(`admin endpoint on http://${HOST}:${ADMIN_PORT}/`));

const shutdown = () => {
  web.close();
  admin.close();
  process.exit(0);
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
