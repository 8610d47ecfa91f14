import type { EvidenceKeyDoc, ProtocolRecord } from '../types.js';

/**
 * Facts of products behind HTTP (src/fingerprint/products/table.ts names them by namespace);
 * every fact KEY has KEY_proof, the exchange that proved it. A test keeps this list and the
 * product table in step.
 */
export const PRODUCT_FACT_NAMESPACES = [
  'docker',
  'kubernetes',
  'kubelet',
  'etcd',
  'consul',
  'elasticsearch',
  'opensearch',
  'couchdb',
  'influxdb',
  'clickhouse',
  'prometheus',
  'jaeger',
  'kibana',
  'jenkins',
  'jupyter',
  'node_inspector',
] as const;

function productFacts(): Record<string, EvidenceKeyDoc> {
  const out: Record<string, EvidenceKeyDoc> = {};
  const fact = (key: string, meaning: string) => {
    out[key] = { type: 'boolean', meaning };
    out[`${key}_proof`] = { type: 'string', meaning: `the exchange that proved ${key}` };
  };
  for (const ns of PRODUCT_FACT_NAMESPACES)
    fact(`${ns}.unauthenticated`, 'an unauthenticated read answered (true), or was refused (false)');
  fact('prometheus.metrics_exposed', 'GET /metrics answered in the Prometheus text format');
  fact(
    'haproxy.stats_exposed',
    'the statistics page answered without credentials (false: it asked for them)',
  );
  return out;
}

export const PRODUCT_FACT_DOCS: Readonly<Record<string, EvidenceKeyDoc>> = productFacts();

export const tls: ProtocolRecord = {
  name: 'tls',
  service: 'tls',
  description: 'TLS (any service inside it; ServiceInfo.tls = true, and the service is named inside)',
  group: 'TLS (any service inside TLS; ServiceInfo.tls = true)',
  tcp: { weight: 95, ports: [] },
  evidence: {
    'tls.version': { type: 'string', meaning: 'negotiated version: "1.3", "1.2", "1.1", "1.0"' },
    'tls.alpn': {
      type: 'string|null',
      meaning: 'negotiated ALPN protocol ("h2", "http/1.1"), null when none',
    },
    'tls.cipher': { type: 'string', meaning: 'negotiated cipher suite name' },
    'tls.subject': {
      type: 'string',
      meaning: 'certificate subject CN, else the whole subject',
      text: true,
    },
    'tls.issuer': { type: 'string', meaning: 'certificate issuer CN, else the whole issuer', text: true },
    'tls.sans': {
      type: 'string[]',
      meaning: 'subjectAltName entries, "DNS:x" / "IP Address:y" as Node prints them',
      text: true,
    },
    'tls.not_before': { type: 'string', meaning: 'ISO 8601' },
    'tls.not_after': { type: 'string', meaning: 'ISO 8601' },
    'tls.expired': { type: 'boolean', meaning: 'not_after is in the past at scan time' },
    'tls.self_signed': {
      type: 'boolean',
      meaning: 'issuer equals subject and the certificate verifies with its own key',
    },
    'tls.alert': {
      type: 'number',
      meaning: 'only when no handshake completed: the TLS alert our ClientHello got',
    },
    'tls.silent': {
      type: 'boolean',
      meaning:
        'true: the port accepted a TCP connection and our ClientHello got no reply at all (not a byte in its whole wait, or a hang-up without one); a TLS requirement on the port is then violated, not unverified',
    },
  },
};

export const http: ProtocolRecord = {
  name: 'http',
  service: 'http',
  description: 'HTTP/1.1: GET / with the target as Host',
  group: 'HTTP / HTTPS',
  tcp: { weight: 100, ports: [80, 8000, 8008, 8080, 8888] },
  tls: { name: 'https', ports: [443, 8443] },
  evidence: {
    'http.status': { type: 'number', meaning: 'status code of GET /' },
    'http.server': { type: 'string', meaning: 'Server header', text: true },
    'http.location': { type: 'string', meaning: 'Location header', text: true },
    'http.location_host': { type: 'string', meaning: 'host of the Location URL, lower-case', text: true },
    'http.redirects_to_https': { type: 'boolean', meaning: '3xx whose Location is https://' },
    'http.idp_redirect': {
      type: 'boolean',
      meaning:
        '3xx to a known identity-provider host or path (Okta, Entra ID, Google, Auth0, Keycloak, OIDC /authorize, SAML)',
    },
    'http.www_authenticate': {
      type: 'string[]',
      meaning: 'auth schemes offered by WWW-Authenticate ("Basic", "Negotiate", …)',
    },
    'http.auth_required': { type: 'boolean', meaning: 'status 401 or 407' },
    'http.silent': {
      type: 'boolean',
      meaning:
        'true: an HTTP request (in cleartext, or inside TLS on a TLS port) got no reply at all on a connection the port accepted; a redirect requirement is then violated. Never set for UDP, nor on ports not open.',
    },
    'http.product_proof': {
      type: 'string',
      meaning: 'the exchange that named ServiceInfo.product ("GET /version → 200 with …")',
    },
    'http.open_proxy': {
      type: 'boolean',
      meaning:
        "true: a request for another HTTP endpoint of this scan (absolute URI or CONNECT) came back with that endpoint's own answer; false: a proxy product forwarded nothing",
    },
    'http.open_proxy_proof': { type: 'string', meaning: 'the exchanges behind http.open_proxy' },
    ...PRODUCT_FACT_DOCS,
  },
};

export const winrm: ProtocolRecord = {
  name: 'winrm',
  service: 'winrm',
  description: 'Windows Remote Management: an empty POST /wsman',
  group: 'File sharing and management',
  tcp: { weight: 20, ports: [5985] },
  tls: { name: 'winrm', ports: [5986] },
  evidence: {
    'winrm.auth_schemes': { type: 'string[]', meaning: 'WWW-Authenticate schemes of POST /wsman' },
    'winrm.basic_auth': { type: 'boolean', meaning: 'Basic is among them' },
  },
};
