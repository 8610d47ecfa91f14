/**
 * Products behind HTTP and TLS, as data: what each one serves (its Server
 * header, a version endpoint, a metrics page, a ping endpoint, a stats page),
 * how to read its version, and the facts an answer proves. A finding keeps
 * `service` for the protocol spoken (http, https) and names the product in
 * `product`; policies match it with `product:` (docs/policy.md).
 *
 * A fact is proven by behaviour: `docker.unauthenticated: true` only when an
 * unauthenticated read (GET /version) answered with what only Docker says.
 * Every fact records the exchange that proved it, under `<fact>_proof`.
 *
 * Adding a product: one record here (name, nmap's name when nmap has one,
 * the clues of GET / and the requests that confirm it), and a row in
 * __tests__/fingerprint/products.test.ts with the bytes it answers.
 */
import type { EvidenceValue } from '../../model.js';
import type { Answer, Request } from './exchange.js';

/** What a product is, for policies and docs. */
export type ProductKind =
  | 'web-server'
  | 'proxy'
  | 'load-balancer'
  | 'observability'
  | 'data-store'
  | 'control-plane'
  | 'ci'
  | 'notebook'
  | 'debug'
  | 'broker-admin';

/** A test of one answer; every part given must hold. */
export interface Match {
  status?: number[];
  /** Header (lower-case name) → a test of its first value. */
  header?: Record<string, RegExp>;
  /** A test of the (bounded, de-chunked) body. */
  body?: RegExp;
  /** Dotted paths that must exist in a JSON object body. */
  json?: string[];
}

/** Where the version is written: a header's first group, the body's first group, or a JSON field. */
export interface VersionRule {
  header?: [name: string, pattern: RegExp];
  body?: RegExp;
  json?: string;
}

/** What one answer shows: the product (unless `identifies: false`), its version and facts. */
export interface Clue {
  match: Match;
  /** How the proof reads after the status: "with ApiVersion". */
  shows: string;
  version?: VersionRule;
  /** Facts under the record's `ns` (`unauthenticated` → `docker.unauthenticated`). */
  facts?: Record<string, EvidenceValue>;
  /** false: the answer adds facts to a product already named, and names nothing by itself. */
  identifies?: boolean;
}

export interface Probe {
  request: Request;
  clues: Clue[];
  /** Asked only once the product is named, for its facts (never to discover it). */
  factsOnly?: boolean;
}

export interface ProductRecord {
  /** The `product` a finding carries and `product:` matches (lower-case). */
  name: string;
  /** nmap -sV's product name, where nmap has one. */
  nmap?: string;
  kind: ProductKind;
  /** Evidence namespace of its facts. */
  ns: string;
  description: string;
  /** Clues in the answer to GET / (the HTTP probe's own request: no extra request). */
  root?: Clue[];
  /** Requests that identify it, or add its facts, in order. */
  probes?: Probe[];
  /** What in GET /'s answer makes this product worth asking about first. */
  hints?: Match[];
  /** Order of asking when GET / named nothing (higher first); 0: never asked blind. */
  weight: number;
}

/** Go's net/http NotFound: what many Go daemons answer on /. */
const GO_404: Match = { status: [404], body: /^404 page not found\s*$/ };
const get = (target: string): Request => ({ target });

/**
 * Most specific first: an application (Grafana) behind a web server (nginx)
 * is named for the application; the web servers' Server headers come last.
 */
export const PRODUCTS: readonly ProductRecord[] = [
  {
    name: 'docker',
    nmap: 'Docker',
    kind: 'control-plane',
    ns: 'docker',
    description: 'Docker Engine API',
    weight: 90,
    root: [
      {
        match: { header: { 'api-version': /^\d+\.\d+$/ }, body: /"message"\s*:/ },
        shows: 'with an Api-Version header',
        version: { header: ['server', /Docker\/(\S+)/] },
      },
    ],
    hints: [{ status: [404], body: /^\{"message":"page not found"\}/ }, { header: { 'api-version': /./ } }],
    probes: [
      {
        request: get('/version'),
        clues: [
          {
            match: { status: [200], json: ['ApiVersion', 'Version'] },
            shows: 'with ApiVersion and Version (an unauthenticated read)',
            version: { json: 'Version' },
            facts: { unauthenticated: true },
          },
          {
            match: { status: [401, 403], header: { 'api-version': /./ } },
            shows: 'refused without credentials',
            facts: { unauthenticated: false },
          },
        ],
      },
      {
        request: get('/_ping'),
        clues: [
          {
            match: { status: [200], header: { 'api-version': /^\d+\.\d+$/ }, body: /^OK$/ },
            shows: 'OK with an Api-Version header',
            version: { header: ['server', /Docker\/(\S+)/] },
          },
        ],
      },
    ],
  },
  {
    name: 'kubernetes',
    nmap: 'Kubernetes API server',
    kind: 'control-plane',
    ns: 'kubernetes',
    description: 'Kubernetes API server',
    weight: 60,
    root: [
      {
        match: { json: ['kind', 'apiVersion', 'status'], body: /"kind"\s*:\s*"Status"/ },
        shows: 'with a Kubernetes Status object',
      },
      {
        match: { status: [200], json: ['paths'], body: /"\/api\/v1"/ },
        shows: 'with the API paths (an unauthenticated read)',
        facts: { unauthenticated: true },
      },
    ],
    hints: [{ body: /"kind"\s*:\s*"Status"/ }],
    probes: [
      {
        request: get('/version'),
        clues: [
          {
            match: { status: [200], json: ['major', 'minor', 'gitVersion'] },
            shows: 'with major, minor and gitVersion',
            version: { json: 'gitVersion' },
          },
        ],
      },
      {
        request: get('/api/v1/namespaces'),
        factsOnly: true,
        clues: [
          {
            match: { status: [200], body: /"kind"\s*:\s*"NamespaceList"/ },
            shows: 'with a NamespaceList (an unauthenticated read)',
            facts: { unauthenticated: true },
            identifies: false,
          },
          {
            match: { status: [401, 403] },
            shows: 'refused without credentials',
            facts: { unauthenticated: false },
            identifies: false,
          },
        ],
      },
    ],
  },
  {
    name: 'kubelet',
    nmap: 'Kubernetes Kubelet API',
    kind: 'control-plane',
    ns: 'kubelet',
    description: 'Kubernetes node agent (kubelet) API',
    weight: 30,
    hints: [GO_404],
    probes: [
      {
        request: get('/pods'),
        clues: [
          {
            match: { status: [200], body: /"kind"\s*:\s*"PodList"/ },
            shows: 'with a PodList (an unauthenticated read)',
            facts: { unauthenticated: true },
          },
          {
            match: { status: [403], body: /system:anonymous.*resource=nodes/ },
            shows: 'refused to system:anonymous for resource nodes',
            facts: { unauthenticated: false },
          },
        ],
      },
    ],
  },
  {
    name: 'etcd',
    nmap: 'etcd',
    kind: 'control-plane',
    ns: 'etcd',
    description: 'etcd key-value store (client API)',
    weight: 70,
    hints: [GO_404],
    probes: [
      {
        request: get('/version'),
        clues: [
          {
            match: { status: [200], json: ['etcdserver', 'etcdcluster'] },
            shows: 'with etcdserver and etcdcluster',
            version: { json: 'etcdserver' },
          },
        ],
      },
      {
        // A read of one key ("portcullis") through the v3 JSON gateway: no key is written.
        request: { target: '/v3/kv/range', json: '{"key":"cG9ydGN1bGxpcw=="}' },
        factsOnly: true,
        clues: [
          {
            match: { status: [200], json: ['header.revision'] },
            shows: 'with a revision (a key read without credentials)',
            facts: { unauthenticated: true },
            identifies: false,
          },
          {
            match: {
              status: [400, 401, 403],
              body: /user name is empty|permission denied|invalid auth token/i,
            },
            shows: 'refused without credentials',
            facts: { unauthenticated: false },
            identifies: false,
          },
        ],
      },
    ],
  },
  {
    name: 'consul',
    nmap: 'HashiCorp Consul',
    kind: 'control-plane',
    ns: 'consul',
    description: 'HashiCorp Consul HTTP API',
    weight: 40,
    root: [
      {
        match: {
          status: [301, 302, 307],
          header: { location: /^\/ui\/?$/ },
          body: /Consul|<a href="\/ui\/">/,
        },
        shows: 'redirecting to /ui/',
        identifies: false,
      },
    ],
    hints: [{ header: { location: /^\/ui\/?$/ } }],
    probes: [
      {
        request: get('/v1/status/leader'),
        clues: [
          {
            match: { status: [200], body: /^"[^"]*"\s*$/, header: { 'content-type': /json/ } },
            shows: 'with the leader address',
          },
        ],
      },
      {
        request: get('/v1/agent/self'),
        factsOnly: true,
        clues: [
          {
            match: { status: [200], json: ['Config'] },
            shows: 'with the agent Config (an unauthenticated read)',
            version: { json: 'Config.Version' },
            facts: { unauthenticated: true },
            identifies: false,
          },
          {
            match: { status: [403], body: /Permission denied|ACL not found/i },
            shows: 'refused by an ACL',
            facts: { unauthenticated: false },
            identifies: false,
          },
        ],
      },
    ],
  },
  {
    name: 'vault',
    nmap: 'HashiCorp Vault',
    kind: 'control-plane',
    ns: 'vault',
    description: 'HashiCorp Vault HTTP API',
    weight: 40,
    hints: [{ status: [307], header: { location: /^\/ui\/?$/ } }],
    probes: [
      {
        request: get('/v1/sys/health'),
        clues: [
          {
            match: { status: [200, 429, 472, 473, 501, 503], json: ['initialized', 'sealed'] },
            shows: 'with initialized and sealed',
            version: { json: 'version' },
          },
        ],
      },
    ],
  },
  {
    name: 'elasticsearch',
    nmap: 'Elasticsearch REST API',
    kind: 'data-store',
    ns: 'elasticsearch',
    description: 'Elasticsearch',
    weight: 50,
    root: [
      {
        match: { status: [200], body: /"tagline"\s*:\s*"You Know, for Search"/ },
        shows: 'with the tagline "You Know, for Search" (an unauthenticated read)',
        version: { json: 'version.number' },
        facts: { unauthenticated: true },
      },
      {
        match: {
          status: [401],
          header: { 'www-authenticate': /realm="security"/ },
          body: /security_exception/,
        },
        shows: 'with a security_exception',
        facts: { unauthenticated: false },
      },
    ],
    probes: [
      {
        request: get('/_cluster/health'),
        factsOnly: true,
        clues: [
          {
            match: { status: [200], json: ['cluster_name', 'status'] },
            shows: 'with cluster_name and status (an unauthenticated read)',
            facts: { unauthenticated: true },
            identifies: false,
          },
        ],
      },
    ],
  },
  {
    name: 'opensearch',
    nmap: 'OpenSearch REST API',
    kind: 'data-store',
    ns: 'opensearch',
    description: 'OpenSearch',
    weight: 0,
    root: [
      {
        match: { status: [200], body: /"tagline"\s*:\s*"The OpenSearch Project/ },
        shows: 'with the OpenSearch tagline (an unauthenticated read)',
        version: { json: 'version.number' },
        facts: { unauthenticated: true },
      },
    ],
  },
  {
    name: 'couchdb',
    nmap: 'CouchDB',
    kind: 'data-store',
    ns: 'couchdb',
    description: 'Apache CouchDB',
    weight: 30,
    root: [
      {
        match: { status: [200], body: /"couchdb"\s*:\s*"Welcome"/ },
        shows: 'with "couchdb": "Welcome"',
        version: { json: 'version' },
      },
    ],
    hints: [{ header: { server: /CouchDB/i } }],
    probes: [
      {
        request: get('/_all_dbs'),
        factsOnly: true,
        clues: [
          {
            match: { status: [200], body: /^\s*\[/ },
            shows: 'with the list of databases (an unauthenticated read)',
            facts: { unauthenticated: true },
            identifies: false,
          },
          {
            match: { status: [401], body: /"unauthorized"/ },
            shows: 'refused without credentials',
            facts: { unauthenticated: false },
            identifies: false,
          },
        ],
      },
    ],
  },
  {
    name: 'influxdb',
    nmap: 'InfluxDB http admin',
    kind: 'data-store',
    ns: 'influxdb',
    description: 'InfluxDB HTTP API',
    weight: 50,
    root: [
      {
        match: { header: { 'x-influxdb-version': /./ } },
        shows: 'with an X-Influxdb-Version header',
        version: { header: ['x-influxdb-version', /^v?(\S+)/] },
      },
    ],
    probes: [
      {
        request: get('/ping'),
        clues: [
          {
            match: { status: [204, 200], header: { 'x-influxdb-version': /./ } },
            shows: 'with an X-Influxdb-Version header',
            version: { header: ['x-influxdb-version', /^v?(\S+)/] },
          },
        ],
      },
      {
        request: get('/query?q=SHOW%20DATABASES'),
        factsOnly: true,
        clues: [
          {
            match: { status: [200], json: ['results'] },
            shows: 'with results (an unauthenticated read)',
            facts: { unauthenticated: true },
            identifies: false,
          },
          {
            match: { status: [401, 403] },
            shows: 'refused without credentials',
            facts: { unauthenticated: false },
            identifies: false,
          },
        ],
      },
    ],
  },
  {
    name: 'clickhouse',
    nmap: 'ClickHouse',
    kind: 'data-store',
    ns: 'clickhouse',
    description: 'ClickHouse HTTP interface',
    weight: 20,
    root: [
      {
        match: { header: { 'x-clickhouse-summary': /./ } },
        shows: 'with an X-ClickHouse-Summary header',
      },
    ],
    hints: [{ status: [200], body: /^Ok\.\s*$/ }],
    probes: [
      {
        request: get('/?query=SELECT%20version()'),
        clues: [
          {
            match: { status: [200], header: { 'x-clickhouse-summary': /./ }, body: /^\d+\.\d+/ },
            shows: 'with the server version (a query without credentials)',
            version: { body: /^(\d+\.\d+[\d.]*)/ },
            facts: { unauthenticated: true },
          },
          {
            match: { body: /Code: 516|Authentication failed/ },
            shows: 'refused without credentials (code 516)',
            facts: { unauthenticated: false },
          },
        ],
      },
    ],
  },
  {
    name: 'prometheus',
    nmap: 'Prometheus',
    kind: 'observability',
    ns: 'prometheus',
    description: 'Prometheus server',
    weight: 60,
    root: [
      {
        match: {
          status: [302],
          header: { location: /^(\/classic)?\/graph$/ },
          body: /<a href="\/(classic\/)?graph">Found<\/a>/,
        },
        shows: 'redirecting to /graph',
        identifies: false,
      },
    ],
    hints: [{ header: { location: /^(\/classic)?\/graph$/ } }],
    probes: [
      {
        request: get('/api/v1/status/buildinfo'),
        clues: [
          {
            match: { status: [200], json: ['status', 'data.version'], body: /"goVersion"/ },
            shows: 'with its build info (an unauthenticated read of its API)',
            version: { json: 'data.version' },
            facts: { unauthenticated: true },
          },
        ],
      },
      {
        request: get('/metrics'),
        factsOnly: true,
        clues: [
          {
            match: { status: [200], body: /^# (HELP|TYPE) \w+/m },
            shows: 'with metrics in the Prometheus text format',
            facts: { metrics_exposed: true },
            identifies: false,
          },
        ],
      },
    ],
  },
  {
    name: 'node-exporter',
    nmap: 'Prometheus Node Exporter',
    kind: 'observability',
    ns: 'prometheus',
    description: 'Prometheus node exporter',
    weight: 0,
    root: [
      {
        match: { status: [200], body: /<title>Node Exporter<\/title>|<h1>Node Exporter<\/h1>/ },
        shows: 'with the Node Exporter page',
        version: { body: /version=([0-9][^,)\s]*)/ },
      },
    ],
    probes: [
      {
        request: get('/metrics'),
        factsOnly: true,
        clues: [
          {
            match: { status: [200], body: /^# (HELP|TYPE) \w+/m },
            shows: 'with metrics in the Prometheus text format',
            version: { body: /node_exporter_build_info\{[^}]*version="([^"]+)"/ },
            facts: { metrics_exposed: true },
            identifies: false,
          },
        ],
      },
    ],
  },
  {
    name: 'prometheus-exporter',
    nmap: 'Prometheus exporter',
    kind: 'observability',
    ns: 'prometheus',
    description: 'a Prometheus exporter (any /metrics page in the Prometheus text format)',
    weight: 50,
    root: [
      {
        match: { status: [200], body: /<a href=['"]\/?metrics['"]>/i },
        shows: 'with a link to /metrics',
        identifies: false,
      },
    ],
    hints: [{ body: /<a href=['"]\/?metrics['"]>/i }, { body: /Exporter/ }, GO_404],
    probes: [
      {
        request: get('/metrics'),
        clues: [
          {
            match: {
              status: [200],
              header: { 'content-type': /^text\/plain|openmetrics/ },
              body: /^# (HELP|TYPE) \w+ /m,
            },
            shows: 'with metrics in the Prometheus text format',
            facts: { metrics_exposed: true },
          },
        ],
      },
    ],
  },
  {
    name: 'grafana',
    nmap: 'Grafana',
    kind: 'observability',
    ns: 'grafana',
    description: 'Grafana',
    weight: 40,
    root: [
      {
        match: { status: [302], header: { location: /^\/login$/ }, body: /<a href="\/login">Found<\/a>/ },
        shows: 'redirecting to /login',
        identifies: false,
      },
    ],
    hints: [{ header: { location: /^\/login$/ } }],
    probes: [
      {
        request: get('/api/health'),
        clues: [
          {
            match: { status: [200], json: ['database', 'version'] },
            shows: 'with database and version',
            version: { json: 'version' },
          },
        ],
      },
    ],
  },
  {
    name: 'jaeger',
    nmap: 'Jaeger',
    kind: 'observability',
    ns: 'jaeger',
    description: 'Jaeger query UI and API',
    weight: 10,
    root: [{ match: { status: [200], body: /<title>Jaeger UI<\/title>/ }, shows: 'with the Jaeger UI page' }],
    probes: [
      {
        request: get('/api/services'),
        factsOnly: true,
        clues: [
          {
            match: { status: [200], json: ['data'] },
            shows: 'with the traced services (an unauthenticated read)',
            facts: { unauthenticated: true },
            identifies: false,
          },
        ],
      },
    ],
  },
  {
    name: 'kibana',
    nmap: 'Kibana',
    kind: 'observability',
    ns: 'kibana',
    description: 'Kibana',
    weight: 0,
    root: [{ match: { header: { 'kbn-name': /./ } }, shows: 'with a kbn-name header' }],
    probes: [
      {
        request: get('/api/status'),
        factsOnly: true,
        clues: [
          {
            match: { status: [200], json: ['version.number'] },
            shows: 'with its status (an unauthenticated read)',
            version: { json: 'version.number' },
            facts: { unauthenticated: true },
            identifies: false,
          },
          {
            match: { status: [401] },
            shows: 'refused without credentials',
            facts: { unauthenticated: false },
            identifies: false,
          },
        ],
      },
    ],
  },
  {
    name: 'jenkins',
    nmap: 'Jenkins',
    kind: 'ci',
    ns: 'jenkins',
    description: 'Jenkins',
    weight: 0,
    root: [
      {
        match: { header: { 'x-jenkins': /./ } },
        shows: 'with an X-Jenkins header',
        version: { header: ['x-jenkins', /^(\S+)/] },
      },
    ],
    probes: [
      {
        request: get('/api/json'),
        factsOnly: true,
        clues: [
          {
            match: { status: [200], body: /"_class"\s*:\s*"hudson\.model\.Hudson"/ },
            shows: 'with the Jenkins object (anonymous read access)',
            facts: { unauthenticated: true },
            identifies: false,
          },
          {
            match: { status: [401, 403] },
            shows: 'refused without credentials',
            facts: { unauthenticated: false },
            identifies: false,
          },
        ],
      },
    ],
  },
  {
    name: 'jupyter',
    nmap: 'Jupyter Notebook',
    kind: 'notebook',
    ns: 'jupyter',
    description: 'Jupyter Notebook / JupyterLab server',
    weight: 10,
    hints: [{ header: { server: /TornadoServer/ } }, { header: { location: /^\/(tree|lab)\b/ } }],
    probes: [
      {
        request: get('/api'),
        clues: [
          {
            match: { status: [200], json: ['version'], header: { 'content-type': /json/ } },
            shows: 'with the notebook server version',
            version: { json: 'version' },
          },
        ],
      },
      {
        request: get('/api/kernels'),
        factsOnly: true,
        clues: [
          {
            match: { status: [200], body: /^\s*\[/ },
            shows: 'with the list of kernels (code execution without a token)',
            facts: { unauthenticated: true },
            identifies: false,
          },
          {
            match: { status: [401, 403] },
            shows: 'refused without a token',
            facts: { unauthenticated: false },
            identifies: false,
          },
        ],
      },
    ],
  },
  {
    name: 'node-inspector',
    nmap: 'Node.js inspector',
    kind: 'debug',
    ns: 'node_inspector',
    description: 'the Node.js inspector (--inspect): a remote debugger',
    weight: 20,
    root: [
      {
        match: { status: [400], body: /WebSockets request was expected/ },
        shows: 'saying a WebSocket request was expected',
        identifies: false,
      },
    ],
    hints: [{ status: [400], body: /WebSockets request was expected/ }],
    probes: [
      {
        request: get('/json/version'),
        clues: [
          {
            match: { status: [200], json: ['Browser', 'Protocol-Version'], body: /"node\.js\// },
            shows: 'with Browser node.js and a Protocol-Version (a debugger anyone can attach to)',
            version: { body: /"Browser"\s*:\s*"node\.js\/v?([^"]+)"/ },
            facts: { unauthenticated: true },
          },
        ],
      },
      {
        request: get('/json'),
        clues: [
          {
            match: { status: [200], body: /"webSocketDebuggerUrl"/ },
            shows: 'with a webSocketDebuggerUrl (a debugger anyone can attach to)',
            facts: { unauthenticated: true },
          },
        ],
      },
    ],
  },
  {
    name: 'haproxy',
    nmap: 'HAProxy http proxy',
    kind: 'load-balancer',
    ns: 'haproxy',
    description: 'HAProxy (and its statistics page)',
    weight: 0,
    root: [
      {
        match: { status: [200], body: /Statistics Report for HAProxy/ },
        shows: 'with the statistics report page (readable without credentials)',
        version: { body: /HAProxy version ([0-9][^,\s<]*)/ },
        facts: { stats_exposed: true },
      },
      {
        match: { status: [401], header: { 'www-authenticate': /realm="HAProxy Statistics"/ } },
        shows: 'asking for credentials for HAProxy Statistics',
        facts: { stats_exposed: false },
      },
      {
        match: { status: [503], body: /No server is available to handle this request/ },
        shows: 'with HAProxy\'s "No server is available" page',
      },
    ],
    // Where a frontend also serves the statistics page: HAProxy's default URI, and the usual one.
    probes: ['/haproxy?stats', '/stats'].map((target) => ({
      request: get(target),
      factsOnly: true,
      clues: [
        {
          match: { status: [200], body: /Statistics Report for HAProxy/ },
          shows: 'with the statistics report page (readable without credentials)',
          version: { body: /HAProxy version ([0-9][^,\s<]*)/ },
          facts: { stats_exposed: true },
          identifies: false,
        },
        {
          match: { status: [401], header: { 'www-authenticate': /realm="HAProxy Statistics"/ } },
          shows: 'asking for credentials for HAProxy Statistics',
          facts: { stats_exposed: false },
          identifies: false,
        },
      ],
    })),
  },
  {
    name: 'rabbitmq-management',
    nmap: 'RabbitMQ management web UI',
    kind: 'broker-admin',
    ns: 'rabbitmq',
    description: 'RabbitMQ management plugin (web UI and HTTP API)',
    weight: 0,
    root: [
      {
        match: { status: [200], body: /<title>RabbitMQ Management<\/title>/ },
        shows: 'with the management page',
      },
    ],
  },
  {
    name: 'squid',
    nmap: 'Squid http proxy',
    kind: 'proxy',
    ns: 'squid',
    description: 'Squid caching proxy',
    weight: 0,
    root: [
      {
        match: { header: { server: /^squid\b/i } },
        shows: 'with Server: squid',
        version: { header: ['server', /^squid\/(\S+)/i] },
      },
    ],
  },
  {
    name: 'tinyproxy',
    nmap: 'tinyproxy',
    kind: 'proxy',
    ns: 'tinyproxy',
    description: 'Tinyproxy',
    weight: 0,
    root: [
      {
        match: { header: { server: /^tinyproxy\b/i } },
        shows: 'with Server: tinyproxy',
        version: { header: ['server', /^tinyproxy\/(\S+)/i] },
      },
    ],
  },
  {
    name: 'apache',
    nmap: 'Apache httpd',
    kind: 'web-server',
    ns: 'apache',
    description: 'Apache HTTP Server',
    weight: 0,
    root: [
      {
        match: { header: { server: /^Apache\b/ } },
        shows: 'with Server: Apache',
        version: { header: ['server', /^Apache\/(\S+)/] },
      },
    ],
  },
  {
    name: 'nginx',
    nmap: 'nginx',
    kind: 'web-server',
    ns: 'nginx',
    description: 'nginx',
    weight: 0,
    root: [
      {
        match: { header: { server: /^nginx\b/i } },
        shows: 'with Server: nginx',
        version: { header: ['server', /^nginx\/(\S+)/i] },
      },
    ],
  },
  {
    name: 'lighttpd',
    nmap: 'lighttpd',
    kind: 'web-server',
    ns: 'lighttpd',
    description: 'lighttpd',
    weight: 0,
    root: [
      {
        match: { header: { server: /^lighttpd\b/i } },
        shows: 'with Server: lighttpd',
        version: { header: ['server', /^lighttpd\/(\S+)/i] },
      },
    ],
  },
];

/** Product names, for `product:` in policies and the docs. */
export const PRODUCT_NAMES: readonly string[] = PRODUCTS.map((p) => p.name);

/** A record by its name or nmap's name (case-insensitive). */
export function lookupProduct(name: string): ProductRecord | undefined {
  const n = name.trim().toLowerCase();
  return PRODUCTS.find((p) => p.name === n || p.nmap?.toLowerCase() === n);
}

/** Does `res` pass every part of `m`? Pure, never throws. */
export function matches(m: Match, res: Answer, parsed: () => unknown): boolean {
  if (m.status && !m.status.includes(res.status)) return false;
  for (const [name, test] of Object.entries(m.header ?? {})) {
    const v = res.headers[name]?.[0];
    if (v === undefined || !test.test(v)) return false;
  }
  if (m.body && !m.body.test(res.body)) return false;
  if (m.json) {
    const j = parsed();
    for (const path of m.json) {
      let v: unknown = j;
      for (const k of path.split('.')) {
        if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
        v = (v as Record<string, unknown>)[k];
      }
      if (v === undefined) return false;
    }
  }
  return true;
}
