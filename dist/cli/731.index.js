import { dirname as __portcullisDirname } from 'node:path';
import { fileURLToPath as __portcullisFileURLToPath } from 'node:url';
const __dirname = __portcullisDirname(__portcullisFileURLToPath(import.meta.url));
export const id = 731;
export const ids = [731];
export const modules = {

/***/ 605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   US: () => (/* binding */ lookupProduct),
/* harmony export */   cK: () => (/* binding */ matches),
/* harmony export */   zv: () => (/* binding */ PRODUCTS)
/* harmony export */ });
/* unused harmony export PRODUCT_NAMES */
/** Go's net/http NotFound: what many Go daemons answer on /. */
const GO_404 = { status: [404], body: /^404 page not found\s*$/ };
const get = (target) => ({ target });
/**
 * Most specific first: an application (Grafana) behind a web server (nginx)
 * is named for the application; the web servers' Server headers come last.
 */
const PRODUCTS = [
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
const PRODUCT_NAMES = PRODUCTS.map((p) => p.name);
/** A record by its name or nmap's name (case-insensitive). */
function lookupProduct(name) {
    const n = name.trim().toLowerCase();
    return PRODUCTS.find((p) => p.name === n || p.nmap?.toLowerCase() === n);
}
/** Does `res` pass every part of `m`? Pure, never throws. */
function matches(m, res, parsed) {
    if (m.status && !m.status.includes(res.status))
        return false;
    for (const [name, test] of Object.entries(m.header ?? {})) {
        const v = res.headers[name]?.[0];
        if (v === undefined || !test.test(v))
            return false;
    }
    if (m.body && !m.body.test(res.body))
        return false;
    if (m.json) {
        const j = parsed();
        for (const path of m.json) {
            let v = j;
            for (const k of path.split('.')) {
                if (v === null || typeof v !== 'object' || Array.isArray(v))
                    return false;
                v = v[k];
            }
            if (v === undefined)
                return false;
        }
    }
    return true;
}


/***/ }),

/***/ 731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kx: () => (/* reexport */ baselineFromVerdicts),
  _3: () => (/* reexport */ evaluate),
  sx: () => (/* reexport */ judgeChange),
  tb: () => (/* reexport */ loadPolicy),
  gC: () => (/* reexport */ loadPolicyFromString),
  nk: () => (/* reexport */ parseBaseline),
  h6: () => (/* reexport */ runPolicyTests),
  ky: () => (/* reexport */ serializeBaseline),
  kO: () => (/* reexport */ settleChange),
  B8: () => (/* reexport */ testRunLines),
  DP: () => (/* reexport */ validatePolicies)
});

// UNUSED EXPORTS: DEFAULT_MAX_EXCEPTION_DAYS, GATE_FAIL_ON, cachedRemote, countVerdicts, defaultCacheDir, defaultRemote, describePolicy, endpointKey, failsGate, httpFetchers, isLetThrough, parseGitHubRef, pendingVerdicts, pinnedLabel, sha256Hex

// NAMESPACE OBJECT: ./src/policy/generated/schema.validator.ts
var schema_validator_namespaceObject = {};
__webpack_require__.r(schema_validator_namespaceObject);
__webpack_require__.d(schema_validator_namespaceObject, {
  "default": () => (schema_validator),
  sha256: () => (sha256),
  validate: () => (validate)
});

// NAMESPACE OBJECT: ./src/policy/generated/test-schema.validator.ts
var test_schema_validator_namespaceObject = {};
__webpack_require__.r(test_schema_validator_namespaceObject);
__webpack_require__.d(test_schema_validator_namespaceObject, {
  "default": () => (test_schema_validator),
  sha256: () => (test_schema_validator_sha256),
  validate: () => (test_schema_validator_validate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/ipaddr.js/lib/ipaddr.js
var ipaddr = __webpack_require__(8280);
var ipaddr_default = /*#__PURE__*/__webpack_require__.n(ipaddr);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
// EXTERNAL MODULE: ./src/targets/address.ts
var address = __webpack_require__(9522);
;// CONCATENATED MODULE: ./src/policy/match.ts



/** Ports, host patterns and vantages as the evaluator tests them. Port terms are parsed by targets/ports.ts. */
/** Sort and merge ranges so membership is a binary search. */
function normalizeRanges(ranges) {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    const out = [];
    for (const r of sorted) {
        const last = out[out.length - 1];
        if (last && r[0] <= last[1] + 1)
            last[1] = Math.max(last[1], r[1]);
        else
            out.push([r[0], r[1]]);
    }
    return out;
}
/** Ranges that leave no port out. */
function coversEveryPort(ranges) {
    return !!ranges && ranges.length === 1 && ranges[0][0] <= 1 && ranges[0][1] >= 65535;
}
function portInRanges(port, ranges) {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const r = ranges[mid];
        if (port < r[0])
            hi = mid - 1;
        else if (port > r[1])
            lo = mid + 1;
        else
            return true;
    }
    return false;
}
/** null (no `vantages` written) applies from every vantage. */
function inVantage(vantages, vantage) {
    return vantages === null || vantages.includes(vantage);
}
function rangesOverlap(a, b) {
    for (const x of a)
        for (const y of b)
            if (x[0] <= y[1] && y[0] <= x[1])
                return [Math.max(x[0], y[0]), Math.min(x[1], y[1])];
    return null;
}
/** Dotted-quad IPv4 (no leading zeros) as an unsigned number; null for anything else. Hot: no regex, no split. */
function parseV4(text) {
    let n = 0;
    let part = 0;
    let digits = 0;
    let dots = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57) {
            if (digits === 1 && part === 0)
                return null; // a leading zero
            part = part * 10 + (c - 48);
            if (++digits > 3 || part > 255)
                return null;
        }
        else if (c === 46 && digits > 0 && dots < 3) {
            n = n * 256 + part;
            part = 0;
            digits = 0;
            dots++;
        }
        else
            return null;
    }
    return dots === 3 && digits > 0 ? n * 256 + part : null;
}
function parseRef(text) {
    const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
    const v4 = parseV4(bare);
    if (v4 !== null)
        return { v4, v6: null };
    if (!bare.includes(':') || !ipaddr_default().IPv6.isValid(bare))
        return { v4: null, v6: null };
    const a = ipaddr_default().process(bare);
    return a.kind() === 'ipv4' ? { v4: parseV4(a.toString()), v6: null } : { v4: null, v6: a };
}
function hostRef(address, hostname) {
    const h = hostname?.toLowerCase().replace(/\.$/, '');
    return { text: address.toLowerCase(), hostname: h, ...parseRef(address) };
}
/** `*`, or a CIDR block of prefix 0: a pattern that leaves no host out. */
function coversEveryHost(m) {
    return m.kind === 'any' || (m.kind === 'cidr' && /\/0+\s*$/.test(m.pattern));
}
/** An address parsed by the targets stage, as the tests below compare it. */
function v4Number(a) {
    if (a.family === 4)
        return Number(a.value);
    // IPv4-mapped IPv6 (::ffff:10.0.0.1) is the IPv4 address, as hostRef reads it.
    return a.value >> 32n === 0xffffn ? Number(a.value & 0xffffffffn) : null;
}
function v6Address(a) {
    return ipaddr_default().IPv6.parse((0,address/* formatAddress */.M0)(6, a.value));
}
/**
 * Compile a host pattern: `*` (every host), a CIDR block, an IP address, or a
 * hostname glob (minimatch, case-insensitive, tested against the name an
 * address was resolved from, and against the address when the glob could
 * match one). Returns an error sentence instead when the pattern is none of
 * these, or is written as an address or a CIDR block and is not a valid one
 * (`300.1.1.1` would otherwise be a glob that never matches). Addresses are
 * read by the same parser as the scan's targets.
 */
function compileHostPattern(pattern) {
    const p = pattern.trim();
    if (p === '*' || p === '**')
        return { pattern, kind: 'any', test: () => true, v4: 'all' };
    const parsed = (0,address/* parseAddressText */.z0)(p);
    if (parsed.kind === 'invalid')
        return { error: `${JSON.stringify(pattern)} ${parsed.problem}` };
    if (parsed.kind === 'cidr') {
        const { base, prefix } = parsed;
        const v4 = v4Number(base);
        if (base.family === 4 || (v4 !== null && prefix >= 96)) {
            const bits = base.family === 4 ? prefix : prefix - 96;
            const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
            const net = (v4 & mask) >>> 0;
            return {
                pattern,
                kind: 'cidr',
                test: (h) => h.v4 !== null && (h.v4 & mask) >>> 0 === net,
                v4: [net, (net | ~mask) >>> 0],
            };
        }
        const net = v6Address(base);
        return { pattern, kind: 'cidr', test: (h) => h.v6 !== null && h.v6.match(net, prefix), v4: 'none' };
    }
    if (parsed.kind === 'address') {
        const v4 = v4Number(parsed.address);
        if (v4 !== null)
            return { pattern, kind: 'ip', test: (h) => h.v4 === v4, v4: [v4, v4] };
        const canonical = v6Address(parsed.address).toNormalizedString();
        return {
            pattern,
            kind: 'ip',
            test: (h) => h.v6 !== null && h.v6.toNormalizedString() === canonical,
            v4: 'none',
        };
    }
    if (/\s/.test(p) || p.length === 0)
        return { error: `${JSON.stringify(pattern)} is not a hostname, glob, address or CIDR` };
    // Brace sets multiply ({a,b}{c,d}…): a handful is plenty for host names.
    if ((p.match(/\{/g) ?? []).length > 4)
        return { error: `${JSON.stringify(pattern)} has more than 4 brace sets` };
    let mm;
    try {
        mm = new esm/* Minimatch */.VR(p.toLowerCase(), { nocase: true, dot: true, nocomment: true, nonegate: true });
    }
    catch {
        return { error: `${JSON.stringify(pattern)} is not a valid host glob` };
    }
    // Only a glob made of address characters (10.0.*, fd00:*) can match an address's text.
    const addressLike = /^[0-9a-f.:*?[\]{},-]+$/i.test(p);
    return {
        pattern,
        kind: 'glob',
        test: (h) => (h.hostname !== undefined && mm.match(h.hostname)) || (addressLike && mm.match(h.text)),
        // A glob that could match an address's text must see each one.
        ...(addressLike ? {} : { v4: 'none' }),
    };
}

;// CONCATENATED MODULE: ./src/policy/checks.ts

/**
 * The checks no schema can make because they compare one part of a policy
 * with another: an allow and a deny of the same port in one scope, target
 * names repeated across `extends`, exceptions that name a target or a rule
 * that does not exist.
 */
function overlapping(a, b) {
    return a === null || b === null || a.some((x) => b.includes(x));
}
/** A port both allowed and denied in one scope is a contradiction: the allow could never apply. */
function checkContradictions(c, scope, path) {
    for (const a of scope.allow) {
        for (const d of scope.deny) {
            if (d.whenNoAuth || d.whenEvidence)
                continue; // a conditional deny narrows the allow, it does not contradict it
            if (a.products || d.products)
                continue; // a product narrows either rule to what answers there
            if (a.protocol !== 'any' && d.protocol !== 'any' && a.protocol !== d.protocol)
                continue;
            if (!overlapping(a.vantages, d.vantages))
                continue;
            const proto = a.protocol === 'any' ? d.protocol : a.protocol;
            const suffix = proto === 'any' ? '' : '/' + proto;
            const where = `denied by ${d.id} (line ${d.ref.line}) in the same scope; remove one of them`;
            const both = a.ports && d.ports ? rangesOverlap(a.ports, d.ports) : null;
            const sharedServices = a.services && d.services ? a.services.filter((x) => d.services?.includes(x)) : [];
            if (both && overlapping(a.services, d.services)) {
                const ports = both[0] === both[1] ? `port ${both[0]}` : `ports ${both[0]}-${both[1]}`;
                c.at(rulePath(path, scope, a), `${ports}${suffix} is both allowed here and ${where}`);
            }
            else if (sharedServices.length > 0 && (!a.ports || !d.ports)) {
                c.at(rulePath(path, scope, a), `service ${sharedServices.join(', ')}${suffix} is both allowed here and ${where}`);
            }
        }
    }
}
function rulePath(scopePath, scope, rule) {
    const list = rule.kind === 'allow' ? scope.allow : rule.kind === 'deny' ? scope.deny : scope.requirements;
    return [...scopePath, rule.kind === 'require' ? 'requirements' : rule.kind, list.indexOf(rule)];
}
/**
 * Checks that need the merged policy: `layers` in merge order (bases first),
 * so a repeated target name is reported in the file that repeats it. `knownRuleIds`: ids of
 * rules the schema rejected, which exceptions may still name without being told they match nothing.
 */
function checkAcrossLayers(layers, policy, knownRuleIds = []) {
    const diagnostics = [];
    const byName = new Map();
    for (const s of layers.flatMap((l) => l.scopes)) {
        if (s.kind !== 'target')
            continue;
        const prev = byName.get(s.name);
        if (prev) {
            diagnostics.push({
                source: s.ref.file,
                line: s.ref.line,
                column: s.ref.column,
                message: `target name ${JSON.stringify(s.name)} is already used in ${prev.ref.file}:${prev.ref.line}; target names must be unique across extends`,
            });
        }
        else
            byName.set(s.name, s);
    }
    const scopes = policy.scopes;
    const ruleIds = new Set(scopes.flatMap((s) => [...s.allow, ...s.deny, ...s.requirements].map((r) => r.id)));
    for (const id of knownRuleIds)
        ruleIds.add(id);
    if (policy.remoteAccess)
        ruleIds.add('remote_access');
    ruleIds.add('default');
    const defaults = new Map();
    for (const s of scopes)
        if (s.default)
            defaults.set(s.default.ref.id, s);
    for (const id of defaults.keys())
        ruleIds.add(id);
    for (const e of policy.exceptions) {
        const every = matchesEveryPort(e, byName, defaults, ruleIds);
        if (every) {
            diagnostics.push({
                source: e.ref.file,
                ...(e.at.match ?? { line: e.ref.line, column: e.ref.column }),
                path: `${e.at.path}.match`,
                message: every,
            });
        }
        if (e.match.target !== undefined && !byName.has(e.match.target)) {
            diagnostics.push({
                source: e.ref.file,
                ...(e.at.target ?? { line: e.ref.line, column: e.ref.column }),
                path: `${e.at.path}.match.target`,
                message: `this exception matches nothing: there is no target named ${JSON.stringify(e.match.target)} (targets: ${[...byName.keys()].join(', ') || 'none'})`,
            });
        }
        if (e.match.rule !== undefined && !ruleIds.has(e.match.rule)) {
            diagnostics.push({
                source: e.ref.file,
                ...(e.at.rule ?? { line: e.ref.line, column: e.ref.column }),
                path: `${e.at.path}.match.rule`,
                message: `this exception matches nothing: there is no rule with id ${JSON.stringify(e.match.rule)}`,
            });
        }
    }
    return diagnostics;
}
/**
 * A target whose hosts leave some host out narrows what an exception scoped to it matches
 * (hosts that are missing or all wrong are reported on their own, and count as narrowing).
 */
function narrowsHosts(scope) {
    return scope?.kind === 'target' && !scope.hosts?.some(coversEveryHost);
}
/**
 * Why an exception matches every port, or undefined when something narrows it: a host,
 * ports, services (at compile time), a rule other than a default, or a target (or a
 * target's default) whose hosts leave some host out. A reference to a target or rule that
 * does not exist is reported on its own.
 */
function matchesEveryPort(e, targets, defaults, ruleIds) {
    if (e.at.narrowed)
        return undefined;
    const { target, rule } = e.match;
    if (target !== undefined && (!targets.has(target) || narrowsHosts(targets.get(target))))
        return undefined;
    if (rule !== undefined && rule !== 'default') {
        if (!ruleIds.has(rule))
            return undefined;
        const scope = defaults.get(rule);
        if (!scope || narrowsHosts(scope))
            return undefined;
    }
    const fix = 'name the host, port, service or rule it waives';
    if (rule !== undefined) {
        return `this exception matches every port that no rule allows (rule ${JSON.stringify(rule)} and no host, port or service), so it would waive every unapproved port; ${fix}`;
    }
    if (target !== undefined) {
        const every = targets.get(target)?.hosts?.find(coversEveryHost)?.pattern ?? '*';
        return `this exception matches every port of target ${JSON.stringify(target)}, whose hosts (${JSON.stringify(every)}) leave no host out, so it would waive every failing verdict; ${fix}`;
    }
    return `this exception matches every port (its match names no host, port, service or rule), so it would waive every failing verdict; ${fix}`;
}

;// CONCATENATED MODULE: ./src/policy/builtins.ts
/**
 * Built-in policies never allow. `extends: [portcullis:recommended]` may add
 * denials and requirements to a user's policy, never widen what the user's
 * own rules and `default: deny` forbid: a built-in allow rule with no port
 * and no host once let any TLS service on any port of any host pass. So a
 * built-in (a file named `portcullis:NAME`) may hold only deny rules and
 * requirement rules, and none of the settings that let a port through:
 * allow rules, a default other than deny, exceptions, declared VPN gateways
 * (a gateway's own port is allowed), and the settings that turn failures
 * into warnings or passes (mode: warn, fail-on other than any, unverified:
 * pass). `remote_access.require` stays: it never allows a port (decide.ts
 * only lets it make a verdict worse).
 */
const WHY = 'a built-in policy never allows a port';
function defaultAction(d) {
    return typeof d === 'string' ? d : d.action;
}
function checkBuiltinNeverAllows(c, raw) {
    const refuse = (path, what, which = 'key') => c.at(path, `${what}: ${WHY}`, which);
    if (raw.allow?.length)
        refuse(['allow'], 'allow rules are not allowed here; write deny rules or requirement rules (requirements:)');
    if (raw.default !== undefined && defaultAction(raw.default) !== 'deny')
        refuse(['default'], `default: ${defaultAction(raw.default)} is not allowed here (only deny)`, 'value');
    raw.targets?.forEach((t, i) => {
        if (t.allow?.length)
            refuse(['targets', i, 'allow'], 'allow rules are not allowed here; write deny rules or requirement rules (requirements:)');
        if (t.default !== undefined && defaultAction(t.default) !== 'deny')
            refuse(['targets', i, 'default'], `default: ${defaultAction(t.default)} is not allowed here (only deny)`, 'value');
    });
    if (raw.exceptions?.length)
        refuse(['exceptions'], 'exceptions are not allowed here');
    if (raw.remote_access?.vpn_gateways?.length)
        refuse(['remote_access', 'vpn_gateways'], 'vpn_gateways are not allowed here (a declared gateway’s port is allowed)');
    if (raw.mode === 'warn')
        refuse(['mode'], 'mode: warn is not allowed here', 'value');
    if (raw['fail-on'] !== undefined && raw['fail-on'] !== 'any')
        refuse(['fail-on'], `fail-on: ${raw['fail-on']} is not allowed here (only any)`, 'value');
    if (raw.unverified === 'pass')
        refuse(['unverified'], 'unverified: pass is not allowed here', 'value');
    if (raw.remote_access?.unverified === 'pass')
        refuse(['remote_access', 'unverified'], 'unverified: pass is not allowed here', 'value');
}

// EXTERNAL MODULE: ./src/fingerprint/products/table.ts
var table = __webpack_require__(605);
// EXTERNAL MODULE: ./src/services.ts
var services = __webpack_require__(439);
// EXTERNAL MODULE: ./src/targets/ports.ts
var ports = __webpack_require__(5822);
;// CONCATENATED MODULE: ./src/policy/suggest.ts
/**
 * "Did you mean": the nearest known word to a mistyped one, for the policy's
 * unknown keys and unknown service names alike.
 */
/** Edit distance: insertions, deletions and substitutions, one row of the table at a time. */
function levenshtein(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const t = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = t;
        }
    }
    return row[b.length];
}
/**
 * The known word nearest to `word`, if it is at most `limit(candidate)` edits
 * away; on a tie the first wins, so the order of `candidates` decides. Case is
 * ignored: a user who wrote `Allow` meant `allow`.
 */
function closest(word, candidates, limit) {
    const typed = word.toLowerCase();
    let best;
    for (const candidate of candidates) {
        const d = levenshtein(typed, candidate.toLowerCase());
        if (d <= limit(candidate) && (!best || d < best.d))
            best = { candidate, d };
    }
    return best?.candidate;
}

;// CONCATENATED MODULE: ./src/policy/rule-ports.ts




/**
 * The ports of a rule or an exception's match: written in the grammar the scan's --ports
 * shares (targets/ports.ts parses both, so `80-` means the same everywhere: an error), and
 * checked for the one mistake a gate cannot afford, a rule that matches every port.
 */
/** The known service name nearest a mistyped one, for "did you mean". */
function nearestService(name) {
    // Only a typo is worth a suggestion; a long string would cost a quadratic comparison with every name.
    if (name.length > 40)
        return undefined;
    return closest(name, services/* SERVICES */.Bg.flatMap((s) => [s.name, ...(s.aliases ?? [])]), () => 2);
}
/** Sets and prefixes of the ports to probe, which a rule cannot take: what to write instead. */
function probeOnlyForm(text) {
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
function compilePorts(c, rule, path, protocol) {
    if (rule.port === undefined && rule.ports === undefined)
        return null;
    if (rule.port !== undefined && rule.ports !== undefined) {
        c.at([...path, 'ports'], 'write either port or ports, not both', 'key');
    }
    const entries = [];
    if (rule.port !== undefined)
        entries.push({ v: rule.port, at: [...path, 'port'] });
    (rule.ports ?? []).forEach((v, i) => {
        if (v !== undefined)
            entries.push({ v, at: [...path, 'ports', i] });
    });
    const ranges = [];
    for (const e of entries) {
        const text = String(e.v);
        const probeOnly = probeOnlyForm(text);
        if (probeOnly) {
            c.at(e.at, probeOnly);
            continue;
        }
        const term = (0,ports/* parsePortTerm */.t)(text, {
            expected: 'a port (1–65535), a range such as "8000-8100" or a service name such as ssh',
        });
        if ('error' in term) {
            const near = /^[a-z]/i.test(text.trim()) ? nearestService(text.trim()) : undefined;
            c.at(e.at, `${term.error}${near ? `; did you mean ${JSON.stringify(near)}?` : ''}`);
        }
        else if (term.kind === 'range')
            ranges.push([term.from, term.to]);
        else {
            const ports = [...(protocol !== 'udp' ? term.tcp : []), ...(protocol !== 'tcp' ? term.udp : [])];
            if (ports.length === 0)
                c.at(e.at, `${JSON.stringify(text)}: the service ${term.service} has no registered ${protocol} port`);
            for (const p of ports)
                ranges.push([p, p]);
        }
    }
    return normalizeRanges(ranges);
}
/**
 * A rule that names no port and no service (or ports that cover them all) matches every
 * port of its scope: an allow would pass whatever listens, and a deny is `default: deny`
 * written so that no allow can ever apply. Both are refused, saying what to write instead.
 */
function checkMatchesEveryPort(c, raw, kind, ports, path, scope) {
    const everyPort = coversEveryPort(ports);
    if ((raw.port !== undefined || raw.ports !== undefined) && !everyPort)
        return;
    if (raw.service !== undefined || raw.product !== undefined)
        return;
    // A conditional deny (when: { auth: none }) fails only what is proven open to anyone.
    if (kind === 'deny' && raw.when !== undefined)
        return;
    const where = scope.kind === 'target' ? ` of target ${JSON.stringify(scope.name)}` : '';
    const why = everyPort ? 'its ports cover 1-65535' : 'it names no port and no service';
    if (kind === 'allow') {
        c.at(path, `this allow rule matches every port${where} (${why}), so it would allow whatever listens; ` +
            'name the ports or services it allows, such as port: 443 or service: https');
    }
    else if (kind === 'require') {
        c.at(path, `this requirement rule matches every port${where} (${why}), so it would demand the same of every service; ` +
            'name the ports or services it applies to, such as service: https');
    }
    else {
        c.at(path, `this deny rule matches every port${where} (${why}); to fail every port that no rule allows, ` +
            `write default: deny${scope.kind === 'target' ? ' in this target' : ''} instead, or name the ports or services it denies`);
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/policy/source.ts

/**
 * A policy file as parsed YAML that still knows where everything was written,
 * so every diagnostic and every verdict can point at file:line:column.
 *
 * Hostile input is bounded before the YAML library sees it: the library
 * recurses per nesting level (thousands of `[` exhaust memory, not just the
 * stack), so nesting is measured on the raw text first.
 */
/** Largest policy file accepted. Real policies are a few KiB. */
const MAX_POLICY_BYTES = 1024 * 1024;
/** Deepest nesting accepted (flow brackets plus block indentation levels). Real policies stay under 10. */
const MAX_NESTING = 64;
/** Aliases a document may expand (YAML alias bombs). */
const MAX_ALIASES = 100;
function formatPath(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else if (/^[A-Za-z_$][\w$-]*$/.test(seg))
            out += out ? `.${seg}` : seg;
        else
            out += `[${JSON.stringify(seg)}]`;
    }
    return out;
}
function position(lines, offset) {
    const p = lines.linePos(Math.max(0, offset));
    return { line: p.line, column: p.col };
}
/**
 * Nesting depth estimated from the raw text, without trusting the YAML parser:
 * open flow brackets outside quotes and comments, plus the block indentation
 * stack (each deeper indent or `- ` opens a level). It over-counts rather
 * than under-counts, and only rejects what no real policy comes near.
 */
function estimateNesting(text) {
    let flow = 0;
    let maxDepth = 0;
    let at = 0;
    const indents = [];
    let i = 0;
    const n = text.length;
    while (i < n) {
        // Start of a line: measure block indentation when not inside a flow collection.
        let col = 0;
        while (i < n && (text[i] === ' ' || text[i] === '\t')) {
            i++;
            col++;
        }
        let blockDepth = indents.length;
        if (flow === 0 && i < n && text[i] !== '\n' && text[i] !== '#') {
            while (indents.length > 0 && indents[indents.length - 1] >= col)
                indents.pop();
            indents.push(col);
            // Compact sequences ("- - - x") open one level per dash on the same line.
            let j = i;
            while (j + 1 < n && text[j] === '-' && (text[j + 1] === ' ' || text[j + 1] === '\t')) {
                indents.push(col + (j - i) + 1);
                j += 2;
                while (j < n && text[j] === ' ')
                    j++;
            }
            blockDepth = indents.length;
        }
        let quote = null;
        for (; i < n && text[i] !== '\n'; i++) {
            const c = text[i];
            if (quote) {
                if (c === '\\' && quote === '"')
                    i++;
                else if (c === quote)
                    quote = null;
                continue;
            }
            if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) {
                while (i < n && text[i] !== '\n')
                    i++;
                break;
            }
            if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1])))
                quote = c;
            else if (c === '[' || c === '{') {
                flow++;
                if (flow + blockDepth > maxDepth) {
                    maxDepth = flow + blockDepth;
                    at = i;
                }
            }
            else if ((c === ']' || c === '}') && flow > 0)
                flow--;
        }
        if (blockDepth > maxDepth) {
            maxDepth = blockDepth;
            at = i;
        }
        i++;
    }
    return { depth: maxDepth, offset: at };
}
/**
 * Parse one policy file. Returns the parsed source, or the diagnostics that
 * make it unusable (every YAML error at once, not only the first).
 */
function parseSource(text, file) {
    const lines = new dist/* LineCounter */.HN();
    if (Buffer.byteLength(text, 'utf8') > MAX_POLICY_BYTES) {
        return {
            diagnostics: [
                {
                    source: file,
                    line: 1,
                    column: 1,
                    message: `the policy is larger than ${MAX_POLICY_BYTES / 1024} KiB; a port policy should be a few KiB`,
                },
            ],
        };
    }
    const nesting = estimateNesting(text);
    if (nesting.depth > MAX_NESTING) {
        // A throwaway counter over the text gives the line of the offending bracket.
        lines.addNewLine(0);
        for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1))
            lines.addNewLine(k + 1);
        return {
            diagnostics: [
                {
                    source: file,
                    ...position(lines, nesting.offset),
                    message: `the policy is nested more than ${MAX_NESTING} levels deep; a port policy needs far fewer`,
                },
            ],
        };
    }
    const doc = (0,dist/* parseDocument */.Tp)(text, {
        lineCounter: lines,
        prettyErrors: false,
        uniqueKeys: true,
        strict: true,
    });
    const diagnostics = [];
    for (const err of doc.errors) {
        diagnostics.push({ source: file, ...position(lines, err.pos[0]), message: yamlMessage(err.message) });
    }
    if (diagnostics.length > 0)
        return { diagnostics };
    // Nothing but whitespace and comments: say so, not that null is not a mapping.
    if (doc.contents === null)
        return {
            diagnostics: [
                {
                    source: file,
                    line: 1,
                    column: 1,
                    message: 'the policy file is empty (nothing but whitespace or comments); a policy starts with `version: 1` (see docs/policy.md)',
                },
            ],
        };
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    }
    catch (err) {
        const message = err instanceof ReferenceError && /alias/i.test(err.message)
            ? `the policy expands too many YAML aliases (more than ${MAX_ALIASES}); write the values out`
            : `the policy cannot be read as data: ${err instanceof Error ? err.message : String(err)}`;
        return { diagnostics: [{ source: file, line: 1, column: 1, message }] };
    }
    return { source: { file, text, doc, lines, data }, diagnostics: [] };
}
function yamlMessage(message) {
    // The library appends " at line L, column C" and a code frame; the diagnostic carries the position.
    const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?\s*$/, '');
    return `YAML syntax error: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}
/** The node at a path, and (for a map entry) the node of its key. */
function nodeAt(source, path) {
    let node = source.doc.contents;
    let key;
    for (const seg of path) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(seg));
            if (!pair)
                return { node: node };
            key = pair.key;
            node = pair.value ?? pair.key;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number' && seg < node.items.length) {
            key = undefined;
            node = node.items[seg];
        }
        else {
            return { node: node };
        }
    }
    return { node: node, key };
}
/** file:line:column of the value at a path (or of its key, when asked), falling back to the nearest parent. */
function locate(source, path, which = 'value') {
    const { node, key } = nodeAt(source, path);
    const target = which === 'key' && key ? key : (node ?? key);
    const offset = target?.range?.[0] ?? 0;
    return position(source.lines, offset);
}
/** One file's errors and warnings, each placed where its YAML path is written. */
class Collector {
    source;
    diagnostics = [];
    warnings = [];
    constructor(source) {
        this.source = source;
    }
    at(path, message, which = 'value', severity = 'error') {
        const d = {
            source: this.source.file,
            ...locate(this.source, path, which),
            path: formatPath(path),
            message,
        };
        (severity === 'error' ? this.diagnostics : this.warnings).push(d);
    }
    ref(id, path, which = 'value') {
        return { id, file: this.source.file, ...locate(this.source, path, which) };
    }
}

;// CONCATENATED MODULE: ./src/policy/compile.ts






function asList(v) {
    return v === undefined ? undefined : Array.isArray(v) ? v : [v];
}
function compileServices(c, value, path) {
    const list = asList(value);
    if (!list)
        return null;
    const out = [];
    list.forEach((name, i) => {
        const def = (0,services/* lookupService */.os)(name);
        const at = Array.isArray(value) ? [...path, i] : path;
        const product = def ? undefined : (0,table/* lookupProduct */.US)(name);
        if (product) {
            // service: nginx — the service is the protocol spoken (http, https); the product is what answers.
            c.at(at, `${JSON.stringify(name)} is a product, not a service: write product: ${product.name} (service names the protocol spoken, such as http or https; docs/policy.md, "Products")`);
        }
        else if (!def) {
            const near = nearestService(name);
            c.at(at, `${JSON.stringify(name)} is not a service Portcullis knows${near ? `; did you mean ${JSON.stringify(near)}?` : ''} (the known services are listed in docs/policy.md)`);
        }
        else if (!out.includes(def.name))
            out.push(def.name);
    });
    return out;
}
/**
 * `product:` names, lower-case. Any name is accepted (a product may come from a Server header
 * Portcullis has no record of); nmap's name of a known product is read as that product's name.
 */
function compileProducts(value) {
    const list = asList(value);
    if (!list)
        return null;
    const out = [];
    for (const name of list) {
        const n = (0,table/* lookupProduct */.US)(name)?.name ?? name.trim().toLowerCase();
        if (!out.includes(n))
            out.push(n);
    }
    return out;
}
function compileTls(c, text, path) {
    const m = /^\s*(>=)?\s*(1\.[0-3])\s*$/.exec(text);
    if (!m) {
        c.at(path, `${JSON.stringify(text)} is not a TLS version such as ">=1.2"`);
        return undefined;
    }
    return { min: Number(m[2]), text: text.trim() };
}
function compileDefault(c, raw, path, id) {
    const action = typeof raw === 'string' ? raw : raw.action;
    const severity = (typeof raw === 'object' ? raw.severity : undefined) ?? 'high';
    return { action, severity, ref: c.ref(id, path, 'key') };
}
function compileRequire(c, raw, path) {
    const require = {};
    if (!raw)
        return require;
    if (raw.tls !== undefined)
        require.tls = compileTls(c, raw.tls, [...path, 'tls']);
    if (raw.redirect)
        require.redirect = raw.redirect;
    if (raw.auth)
        require.auth = raw.auth;
    if (raw.vpn !== undefined)
        require.vpn = raw.vpn;
    if (raw.mfa !== undefined)
        require.mfa = raw.mfa;
    return require;
}
function compileRule(c, raw, kind, path, scope, ids) {
    const id = raw.id ?? formatPath(path);
    if (raw.id !== undefined) {
        const prev = ids.get(raw.id);
        if (prev)
            c.at([...path, 'id'], `the rule id ${JSON.stringify(raw.id)} is already used by ${formatPath(prev)}`);
        else
            ids.set(raw.id, path);
    }
    const deny = kind === 'deny' ? raw : undefined;
    const ports = compilePorts(c, raw, path, raw.protocol ?? 'any');
    checkMatchesEveryPort(c, raw, kind, ports, path, scope);
    return {
        kind,
        id,
        ref: c.ref(id, path),
        ports,
        protocol: raw.protocol ?? 'any',
        services: compileServices(c, raw.service, [...path, 'service']),
        products: compileProducts(raw.product),
        vantages: raw.vantages ?? null,
        require: compileRequire(c, raw.require, [...path, 'require']),
        severity: raw.severity ?? 'high',
        reason: deny?.reason,
        whenNoAuth: deny?.when?.auth === 'none' ? true : undefined,
        whenEvidence: deny?.when?.evidence,
        scope,
        rank: 0,
    };
}
function compileHosts(c, hosts, path) {
    const out = [];
    hosts.forEach((h, i) => {
        if (h === undefined)
            return;
        const m = compileHostPattern(h);
        if ('error' in m)
            c.at([...path, i], m.error);
        else
            out.push(m);
    });
    return out;
}
/** "2027-03-31" → the end of that UTC day; "never" → null; anything else → malformed (counts as expired). */
function parseExpiry(value) {
    if (typeof value === 'string' && value.trim().toLowerCase() === 'never')
        return { at: null, malformed: false };
    const m = typeof value === 'string' ? /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(value) : null;
    if (!m)
        return { at: Number.NEGATIVE_INFINITY, malformed: true };
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    const t = Date.UTC(y, mo - 1, d);
    const back = new Date(t);
    if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
        return { at: Number.NEGATIVE_INFINITY, malformed: true };
    return { at: t + 24 * 3600 * 1000 - 1, malformed: false };
}
function compileException(c, raw, path, ids) {
    const id = raw.id ?? formatPath(path);
    if (raw.id !== undefined) {
        const prev = ids.get(raw.id);
        if (prev)
            c.at([...path, 'id'], `the id ${JSON.stringify(raw.id)} is already used by ${formatPath(prev)}`);
        else
            ids.set(raw.id, path);
    }
    const mp = [...path, 'match'];
    let host;
    if (raw.match.host !== undefined) {
        const m = compileHostPattern(raw.match.host);
        if ('error' in m)
            c.at([...mp, 'host'], m.error);
        else
            host = m;
    }
    const ports = compilePorts(c, raw.match, mp, raw.match.protocol ?? 'any') ?? undefined;
    const services = compileServices(c, raw.match.service, [...mp, 'service']) ?? undefined;
    const products = compileProducts(raw.match.product) ?? undefined;
    const expiry = parseExpiry(raw.expires);
    if (expiry.malformed) {
        c.at([...path, 'expires'], `${JSON.stringify(raw.expires)} is not a date (YYYY-MM-DD) nor never, so this exception counts as expired`, 'value', 'warning');
    }
    if (raw.ticket !== undefined &&
        !/^https?:\/\/\S+$/.test(raw.ticket) &&
        !/^[A-Z][A-Z0-9]+-\d+$/.test(raw.ticket)) {
        c.at([...path, 'ticket'], `${JSON.stringify(raw.ticket)} is not a link (https://…) nor a ticket key such as SEC-123`);
    }
    return {
        id,
        ref: c.ref(id, path),
        match: {
            host,
            ports,
            protocol: raw.match.protocol,
            services,
            products,
            target: raw.match.target,
            rule: raw.match.rule,
        },
        reason: raw.reason,
        approvedBy: raw.approved_by,
        ticket: raw.ticket,
        expiresText: String(raw.expires),
        expiresAt: expiry.at,
        malformedExpiry: expiry.malformed,
        waiveViolated: raw.waive === 'violated',
        at: {
            path: formatPath(path),
            match: locate(c.source, mp),
            target: raw.match.target !== undefined ? locate(c.source, [...mp, 'target']) : undefined,
            rule: raw.match.rule !== undefined ? locate(c.source, [...mp, 'rule']) : undefined,
            // A host, ports or services that narrow it (one written wrong is reported already, and counts).
            narrowed: (raw.match.host !== undefined && !(host && coversEveryHost(host))) ||
                ((raw.match.port !== undefined || raw.match.ports !== undefined) && !coversEveryPort(ports)) ||
                raw.match.service !== undefined ||
                raw.match.product !== undefined,
        },
    };
}
/** Compile one file (`layer` is its place among the files merged; merge renumbers it). */
function compileLayer(source, raw, layer, c) {
    // One id space per file: rules and exceptions may not share an id.
    const ids = new Map();
    const out = {
        file: source.file,
        source,
        raw,
        scopes: [],
        exceptions: [],
        gateways: [],
        governance: compileGovernance(c, raw),
    };
    if (raw.default !== undefined)
        out.default = compileDefault(c, raw.default, ['default'], 'default');
    if (raw.mode)
        out.mode = { value: raw.mode };
    if (raw['fail-on'])
        out.failOn = raw['fail-on'];
    if (raw.unverified)
        out.unverified = raw.unverified;
    if (raw.allow?.length || raw.deny?.length || raw.requirements?.length)
        out.scopes.push(compileGlobalScope(c, raw, layer, ids));
    // Holes (undefined) are parts the schema rejected (accepted.ts): the rest is still checked.
    raw.targets?.forEach((t, ti) => {
        if (t)
            out.scopes.push(compileTarget(c, t, ['targets', ti], layer, ids));
    });
    if (raw.remote_access) {
        out.remote = { raw: raw.remote_access, ref: c.ref('remote_access', ['remote_access'], 'key') };
        out.gateways = compileGateways(c, raw.remote_access.vpn_gateways ?? []);
    }
    raw.exceptions?.forEach((e, i) => {
        if (e)
            out.exceptions.push(compileException(c, e, ['exceptions', i], ids));
    });
    return out;
}
/** approvers, trust_pull_request_policy, max_exception_days, allow_permanent_exceptions. */
function compileGovernance(c, raw) {
    const g = { refs: {} };
    if (raw.approvers !== undefined) {
        g.approvers = raw.approvers.map((a) => a.replace(/^@/, ''));
        g.refs.approvers = c.ref('approvers', ['approvers'], 'key');
    }
    if (raw.trust_pull_request_policy !== undefined) {
        g.trustPullRequestPolicy = raw.trust_pull_request_policy;
        g.refs.trustPullRequestPolicy = c.ref('trust_pull_request_policy', ['trust_pull_request_policy'], 'key');
    }
    if (raw.max_exception_days !== undefined) {
        g.maxExceptionDays = raw.max_exception_days;
        g.refs.maxExceptionDays = c.ref('max_exception_days', ['max_exception_days'], 'key');
    }
    if (raw.allow_permanent_exceptions !== undefined) {
        g.allowPermanentExceptions = raw.allow_permanent_exceptions;
        g.refs.allowPermanentExceptions = c.ref('allow_permanent_exceptions', ['allow_permanent_exceptions'], 'key');
    }
    return g;
}
/** A scope's allow, deny and requirement rules (holes are parts the schema rejected). */
function compileScopeRules(c, src, prefix, scope, ids) {
    src.allow?.forEach((r, i) => {
        if (r)
            scope.allow.push(compileRule(c, r, 'allow', [...prefix, 'allow', i], scope, ids));
    });
    src.deny?.forEach((r, i) => {
        if (r)
            scope.deny.push(compileRule(c, r, 'deny', [...prefix, 'deny', i], scope, ids));
    });
    src.requirements?.forEach((r, i) => {
        if (r)
            scope.requirements.push(compileRule(c, r, 'require', [...prefix, 'requirements', i], scope, ids));
    });
}
/** The top-level allow and deny rules: one scope that covers every host. */
function compileGlobalScope(c, raw, layer, ids) {
    const scope = {
        name: 'global',
        kind: 'global',
        hosts: null,
        vantages: null,
        layer,
        ref: c.ref('global', raw.allow ? ['allow'] : raw.deny ? ['deny'] : ['requirements'], 'key'),
        allow: [],
        deny: [],
        requirements: [],
    };
    compileScopeRules(c, raw, [], scope, ids);
    checkContradictions(c, scope, []);
    return scope;
}
function compileTarget(c, t, tp, layer, ids) {
    // A name or hosts the schema rejected are missing here; the target's rules are still checked.
    const name = t.name ?? formatPath(tp);
    const scope = {
        name,
        kind: 'target',
        hosts: compileHosts(c, t.hosts ?? [], [...tp, 'hosts']),
        vantages: t.vantages ?? null,
        layer,
        ref: c.ref(name, tp),
        allow: [],
        deny: [],
        requirements: [],
    };
    if (t.default !== undefined)
        scope.default = compileDefault(c, t.default, [...tp, 'default'], `${name}.default`);
    compileScopeRules(c, t, tp, scope, ids);
    checkContradictions(c, scope, tp);
    return scope;
}
function compileGateways(c, gateways) {
    return gateways.flatMap((g, i) => {
        if (!g)
            return [];
        const gp = ['remote_access', 'vpn_gateways', i];
        const m = compileHostPattern(g.host);
        const usable = !('error' in m) && (m.kind === 'ip' || (m.kind === 'glob' && !/[*?[\]{}]/.test(g.host)));
        if (!usable) {
            c.at([...gp, 'host'], `${JSON.stringify(g.host)} is not a hostname or an IP address`);
        }
        const protocol = g.protocol ?? 'udp';
        const kind = g.kind.toLowerCase();
        if ((kind === 'ike' && protocol !== 'udp') ||
            (kind === 'openvpn' && !['udp', 'tcp'].includes(protocol))) {
            c.at([...gp, 'protocol'], `an ${kind} gateway speaks udp, not ${protocol}`);
        }
        return {
            host: g.host,
            port: g.port,
            protocol,
            kind,
            rule: c.ref(`remote_access.vpn_gateways[${i}]`, gp),
        };
    });
}

;// CONCATENATED MODULE: ./src/policy/accepted.ts

const N = -1; // any index
const UNITS = [
    ['allow', N],
    ['deny', N],
    ['requirements', N],
    ['targets', N, 'allow', N],
    ['targets', N, 'deny', N],
    ['targets', N, 'requirements', N],
    ['targets', N, 'hosts', N],
    ['targets', N, 'default'],
    ['exceptions', N],
    ['remote_access', 'vpn_gateways', N],
    ['extends', N],
    ['default'],
];
function startsWithShape(path, shape) {
    if (path.length < shape.length)
        return false;
    return shape.every((s, i) => (s === N ? typeof path[i] === 'number' : s === path[i]));
}
/** What to leave out for a schema error at `path`. */
function unitOf(path) {
    for (const shape of UNITS)
        if (startsWithShape(path, shape))
            return path.slice(0, shape.length);
    // A wrong element of a list of words (vantages) spoils the list; a wrong target is left out whole.
    if (path.length > 2 && typeof path[path.length - 1] === 'number')
        return path.slice(0, -1);
    return path;
}
function within(path, outer) {
    return path === outer || path.startsWith(outer + '.') || path.startsWith(outer + '[');
}
/** Whether a diagnostic at `path` lies in a part that was left out. */
function inRemoved(path, removed) {
    return removed.some((r) => within(path ?? '', r));
}
/**
 * A mapping or list as YAML gives them; tags such as !!binary or !!set give other objects.
 * Told apart without comparing prototypes, which differ between realms (a test's vm context).
 */
function isPlain(v) {
    if (Array.isArray(v))
        return true;
    if (v === null || typeof v !== 'object')
        return false;
    const proto = Object.getPrototypeOf(v);
    return (proto === null ||
        (Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(v) === '[object Object]'));
}
/** A copy of the mappings and lists (shared ones stay shared, as YAML aliases made them); other values as they are. */
function copyPlain(v, seen = new Map()) {
    if (!isPlain(v))
        return v;
    const done = seen.get(v);
    if (done !== undefined)
        return done;
    const out = (Array.isArray(v) ? [] : {});
    seen.set(v, out);
    // Defined, not assigned: a key named __proto__ stays a key.
    for (const key of Object.keys(v))
        Object.defineProperty(out, key, {
            value: copyPlain(v[key], seen),
            enumerable: true,
            writable: true,
            configurable: true,
        });
    return out;
}
/** The accepted parts of `data`, or undefined when nothing is (the document itself is rejected). */
function acceptedParts(data, rejected) {
    if (!isPlain(data) || Array.isArray(data))
        return undefined;
    const copy = copyPlain(data);
    const removed = [];
    const ruleIds = [];
    for (const path of rejected) {
        let unit = unitOf(path);
        if (unit.length === 0)
            return undefined;
        // Walk down to the unit's parent; a value that is no mapping or list on the way is left out whole.
        let parent = copy;
        for (let i = 0; i < unit.length - 1; i++) {
            const next = parent[unit[i]];
            if (!isPlain(next)) {
                unit = unit.slice(0, i + 1);
                break;
            }
            parent = next;
        }
        const last = unit[unit.length - 1];
        removed.push(formatPath(unit));
        const value = parent[last];
        const id = isPlain(value) ? value.id : undefined;
        if (typeof id === 'string')
            ruleIds.push(id);
        if (Array.isArray(parent) && typeof last === 'number')
            parent[last] = undefined;
        else
            delete parent[last];
    }
    return { data: copy, removed, ruleIds };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/policy/remote.ts







/** How `extends` writes a pinned policy, and how verdicts and messages name its rules. */
function pinnedLabel(p) {
    return p.kind === 'github' ? `github:${p.owner}/${p.repo}/${p.path}@${p.sha}` : p.url;
}
/** `github:OWNER/REPO/PATH@SHA`, or why it is not one. */
function parseGitHubRef(text) {
    const m = /^github:([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})\/([^@]+)@([^@]*)$/.exec(text);
    if (!m)
        return {
            error: `${JSON.stringify(text)} is not github:OWNER/REPO/PATH@SHA (for example github:acme/policies/org/portcullis.yml@<40-hex commit>)`,
        };
    const [, owner, repo, path, sha] = m;
    if (!/^[0-9a-f]{40}$/.test(sha))
        return {
            error: `${JSON.stringify(text)} names ${JSON.stringify(sha)}, not a commit: give the full 40-hex commit SHA, so that the file cannot change under the policy (a branch or tag can)`,
        };
    const parts = path.split('/');
    if (path.startsWith('/') || parts.some((s) => s === '' || s === '.' || s === '..'))
        return {
            error: `${JSON.stringify(text)}: the path inside the repository must be plain (no ., .. or //)`,
        };
    return { kind: 'github', owner, repo, path, sha };
}
function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/** $XDG_CACHE_HOME/portcullis/extends, else ~/.cache/portcullis/extends. */
function defaultCacheDir(env = process.env) {
    const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : undefined;
    return (0,external_node_path_.join)(base ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache'), 'portcullis', 'extends');
}
function cacheKey(p) {
    // A URL's file is known by its checksum alone: the same bytes from another address are the same policy.
    return p.kind === 'github' ? pinnedLabel(p) : `sha256:${p.sha256.toLowerCase()}`;
}
function decode(bytes, p) {
    if (bytes.length > MAX_POLICY_BYTES)
        throw new Error(`${pinnedLabel(p)} is larger than ${MAX_POLICY_BYTES / 1024} KiB; a port policy is a few KiB`);
    return bytes.toString('utf8');
}
/**
 * Pinned policies through a cache on disk. Every read from the cache is
 * checked (the record's key, and the checksum of its text); a URL's bytes are
 * checked against the sha256 the policy gives, whether fetched or cached.
 */
function cachedRemote(fetchers, options = {}) {
    const dir = options.cacheDir ?? defaultCacheDir();
    const fileOf = (key) => (0,external_node_path_.join)(dir, `${sha256Hex(key)}.json`);
    async function fromCache(p) {
        const key = cacheKey(p);
        let record;
        try {
            record = JSON.parse(await (0,promises_.readFile)(fileOf(key), 'utf8'));
        }
        catch {
            return undefined;
        }
        if (record?.key !== key || typeof record.text !== 'string' || sha256Hex(record.text) !== record.sha256)
            return undefined; // damaged or foreign: fetch again
        if (p.kind === 'url' && record.sha256 !== p.sha256.toLowerCase())
            return undefined;
        return record.text;
    }
    async function toCache(p, text) {
        const key = cacheKey(p);
        const record = { key, sha256: sha256Hex(text), text };
        try {
            await (0,promises_.mkdir)(dir, { recursive: true });
            const tmp = `${fileOf(key)}.${process.pid}.tmp`;
            await (0,promises_.writeFile)(tmp, JSON.stringify(record));
            await (0,promises_.rename)(tmp, fileOf(key));
        }
        catch {
            // A cache that cannot be written costs a fetch next time, nothing more.
        }
    }
    return {
        async read(p) {
            const cached = await fromCache(p);
            if (cached !== undefined)
                return cached;
            let bytes;
            try {
                bytes = p.kind === 'github' ? await fetchers.github(p) : await fetchers.url(p.url);
            }
            catch (err) {
                const why = err instanceof Error ? err.message : String(err);
                throw new Error(`cannot fetch ${pinnedLabel(p)} (${why}), and it is not in the cache (${dir}): run once with network access${p.kind === 'github' ? ' and, for a private repository, a token that may read it' : ''}`);
            }
            if (p.kind === 'url') {
                const got = sha256Hex(bytes);
                if (got !== p.sha256.toLowerCase())
                    throw new Error(`${p.url} does not match its sha256: the policy expects ${p.sha256.toLowerCase()}, the file has ${got}. If the file changed on purpose, review it and update sha256`);
            }
            const text = decode(bytes, p);
            await toCache(p, text);
            return text;
        },
    };
}
/** One GET with a deadline and a size cap; `ca` lets tests trust their own loopback server. */
function get(url, headers, options) {
    return new Promise((resolve, reject) => {
        let parsed;
        try {
            parsed = new URL(url);
        }
        catch {
            reject(new Error(`${url} is not a URL`));
            return;
        }
        const request = parsed.protocol === 'http:' ? external_node_http_.request : external_node_https_.request;
        const req = request(parsed, {
            method: 'GET',
            headers: { 'user-agent': 'portcullis', ...headers },
            // No pooled connection or resumed TLS session: each fetch verifies the server afresh.
            agent: false,
            ...(options.ca && parsed.protocol === 'https:' ? { ca: options.ca } : {}),
            timeout: options.timeoutMs ?? 30_000,
        }, (res) => {
            const status = res.statusCode ?? 0;
            if (status >= 300 && status < 400 && res.headers.location) {
                res.resume();
                const next = new URL(res.headers.location, parsed);
                if ((options.redirects ?? 0) >= 5)
                    return reject(new Error('too many redirects'));
                if (parsed.protocol === 'https:' && next.protocol !== 'https:')
                    return reject(new Error(`redirected from https to ${next.protocol}`));
                get(next.toString(), headers, { ...options, redirects: (options.redirects ?? 0) + 1 }).then(resolve, reject);
                return;
            }
            const chunks = [];
            let size = 0;
            res.on('data', (c) => {
                size += c.length;
                if (size > MAX_POLICY_BYTES + 1) {
                    req.destroy(new Error(`larger than ${MAX_POLICY_BYTES / 1024} KiB`));
                    return;
                }
                chunks.push(c);
            });
            res.on('end', () => {
                const body = Buffer.concat(chunks);
                if (status === 200)
                    return resolve(body);
                let message = '';
                try {
                    const m = JSON.parse(body.toString('utf8')).message;
                    if (typeof m === 'string')
                        message = `: ${m.slice(0, 200)}`;
                }
                catch {
                    // not JSON
                }
                reject(new Error(`HTTP ${status}${message}`));
            });
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(new Error('no answer in time')));
        req.on('error', (err) => reject(new Error(err.code ?? err.message)));
        req.end();
    });
}
/**
 * Fetchers over node:http(s): the contents API of `apiUrl` (GITHUB_API_URL,
 * GitHub Enterprise Server) with an optional token, and plain https:// for URLs.
 */
function httpFetchers(options = {}) {
    const api = (options.apiUrl || 'https://api.github.com').replace(/\/+$/, '');
    return {
        github: (ref) => get(`${api}/repos/${encodeURIComponent(ref.owner)}/${encodeURIComponent(ref.repo)}/contents/${ref.path
            .split('/')
            .map(encodeURIComponent)
            .join('/')}?ref=${ref.sha}`, {
            accept: 'application/vnd.github.raw',
            'x-github-api-version': '2022-11-28',
            ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        }, options),
        url: (url) => {
            if (!url.startsWith('https://'))
                return Promise.reject(new Error('only https:// URLs are read'));
            return get(url, {}, options);
        },
    };
}
/**
 * The reader the CLI uses: GITHUB_API_URL (default api.github.com), a token
 * from PORTCULLIS_POLICY_TOKEN for private repositories, the default cache.
 */
function defaultRemote(env = process.env) {
    return cachedRemote(httpFetchers({ apiUrl: env.GITHUB_API_URL, token: env.PORTCULLIS_POLICY_TOKEN || undefined }), { cacheDir: defaultCacheDir(env) });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(755);
;// CONCATENATED MODULE: ./src/policy/generated/schema.validator.ts
// @ts-nocheck
/* eslint-disable */
// Generated by scripts/gen-validators.mjs from schemas/policy.schema.json (npm run build); do not edit.
/** ajv/dist/runtime/ucs2length */
const __runtime0 = { default: (function ucs2length(str) {
        const len = str.length;
        let length = 0;
        let pos = 0;
        let value;
        while (pos < len) {
            length++;
            value = str.charCodeAt(pos++);
            if (value >= 0xd800 && value <= 0xdbff && pos < len) {
                // high surrogate, and there is a next character
                value = str.charCodeAt(pos);
                if ((value & 0xfc00) === 0xdc00)
                    pos++; // low surrogate
            }
        }
        return length;
    }) };
/** ajv/dist/runtime/equal */
const __runtime1 = { default: (function equal(a, b) {
        if (a === b)
            return true;
        if (a && b && typeof a == 'object' && typeof b == 'object') {
            if (a.constructor !== b.constructor)
                return false;
            var length, i, keys;
            if (Array.isArray(a)) {
                length = a.length;
                if (length != b.length)
                    return false;
                for (i = length; i-- !== 0;)
                    if (!equal(a[i], b[i]))
                        return false;
                return true;
            }
            if (a.constructor === RegExp)
                return a.source === b.source && a.flags === b.flags;
            if (a.valueOf !== Object.prototype.valueOf)
                return a.valueOf() === b.valueOf();
            if (a.toString !== Object.prototype.toString)
                return a.toString() === b.toString();
            keys = Object.keys(a);
            length = keys.length;
            if (length !== Object.keys(b).length)
                return false;
            for (i = length; i-- !== 0;)
                if (!Object.prototype.hasOwnProperty.call(b, keys[i]))
                    return false;
            for (i = length; i-- !== 0;) {
                var key = keys[i];
                if (!equal(a[key], b[key]))
                    return false;
            }
            return true;
        }
        // true if both NaN, false otherwise
        return a !== a && b !== b;
    }) };
/** sha256 of the schema's text this validator was compiled from. */
const sha256 = '0f6dcc459de1764b8173d17e0302580a4e7bb13b41a5db99b880216a55959b32';
const validate = validate10;
/* harmony default export */ const schema_validator = (validate10);
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/portcullis/portcullis/v1/schemas/policy.schema.json", "title": "Portcullis port policy, format version 1", "description": "Which ports may be open on which hosts, and what must guard them. Documented in docs/policy.md.", "type": "object", "additionalProperties": false, "required": ["version"], "properties": { "$schema": { "type": "string", "description": "The JSON Schema this file follows, for editors. Ignored by Portcullis." }, "version": { "const": 1, "description": "Policy format version. Always 1 for this format." }, "extends": { "description": "Policies this one builds on, applied first: a path relative to this file, a built-in policy (portcullis:recommended, portcullis:strict), a file of another repository pinned to a commit (github:OWNER/REPO/PATH@SHA), or an https:// URL with its sha256 checksum ({ url, sha256 }). See docs/policy.md, \"Composition\".", "type": ["string", "array"], "minLength": 1, "maxItems": 16, "items": { "$ref": "#/definitions/extendsEntry" } }, "mode": { "description": "enforce: violations fail the check. warn: violations are reported as warnings and the check passes (a dry run while a policy is rolled out).", "enum": ["enforce", "warn"] }, "default": { "$ref": "#/definitions/default" }, "fail-on": { "description": "Which violations fail the check. any: every violation. low|medium|high|critical: violations of at least that severity; the rest become warnings. new: with a baseline, only violations that were not in it.", "enum": ["any", "low", "medium", "high", "critical", "new"] }, "unverified": { "description": "What a requirement that no probe could prove or disprove (and no exception attests) does to its verdict: warn (the default), fail or pass.", "enum": ["warn", "fail", "pass"] }, "allow": { "description": "Rules that apply to every scanned host: open ports they allow pass (if their requirements hold). Not allowed in a built-in policy.", "type": "array", "maxItems": 10000, "items": { "$ref": "#/definitions/allowRule" } }, "deny": { "description": "Rules that apply to every scanned host: open ports they match fail, whatever any allow rule says. Only an exception can waive them.", "type": "array", "maxItems": 10000, "items": { "$ref": "#/definitions/denyRule" } }, "requirements": { "description": "Requirement-only rules for every scanned host: each open port a rule matches must meet its require, but no such rule allows a port (an allow rule or default: allow still must). The only rules besides deny that a built-in policy may hold.", "type": "array", "maxItems": 10000, "items": { "$ref": "#/definitions/requirementRule" } }, "targets": { "description": "Scopes: groups of hosts with their own rules. A finding is judged by every target whose hosts match it, and by the top-level rules.", "type": "array", "maxItems": 1000, "items": { "$ref": "#/definitions/target" } }, "remote_access": { "$ref": "#/definitions/remoteAccess" }, "exceptions": { "description": "Approved, expiring waivers: a finding that an exception matches passes although a rule would fail it. Stale and expired exceptions are reported.", "type": "array", "maxItems": 10000, "items": { "$ref": "#/definitions/exception" } }, "approvers": { "description": "Who may approve a pull request's changes to the rules: GitHub users (alice) and teams (@acme/security). Read from the base branch's policy: a pull request that loosens what the base allows fails until one of them approves it (docs/security.md, \"Who may change the rules\").", "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "type": "string", "pattern": "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$", "x-expected": "a GitHub user (alice, @alice) or a team (@acme/security)" } }, "trust_pull_request_policy": { "description": "true: judge a pull request by its own policy, extends and baseline, without comparing them with the base branch's (for repositories that trust every pull request's author). Read only from the base branch's policy.", "type": "boolean" }, "max_exception_days": { "description": "How far past the scan date an exception's expires may lie (default 365); a later date makes the exception invalid. Read from the base branch's policy on a pull request.", "type": "integer", "minimum": 1, "maximum": 36500 }, "allow_permanent_exceptions": { "description": "true: exceptions may say expires: never. Default false: such an exception is invalid. Read from the base branch's policy on a pull request.", "type": "boolean" } }, "definitions": { "port": { "description": "A port number, 1–65535.", "type": "integer", "minimum": 1, "maximum": 65535 }, "portOrRange": { "description": "A port number (443), an inclusive range written as a string with both ends (\"8000-8100\"), or a service name that stands for its registered ports (ssh). The same grammar as the scan's --ports, without its sets (top-100, all), udp: prefixes and ! exclusions.", "type": ["integer", "string"], "minimum": 1, "maximum": 65535, "minLength": 1, "maxLength": 60 }, "protocol": { "description": "tcp, udp, or any (the default).", "enum": ["tcp", "udp", "any"] }, "severity": { "description": "How bad a violation of this rule is; compared with fail-on.", "enum": ["low", "medium", "high", "critical"] }, "vantages": { "description": "The scan vantages this applies to (the scan's --vantage): untrusted (outside, as an attacker; the default vantage), vpn, internal. Omitted: every vantage.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["untrusted", "vpn", "internal"] } }, "services": { "description": "A service name or a list of names from Portcullis' registry (ssh, https, redis, …); matched against what the fingerprint identified, whatever the port.", "type": ["string", "array"], "minLength": 1, "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "products": { "description": "A product name or a list of names (nginx, docker, etcd, prometheus, squid, …; docs/policy.md, \"Products\"), matched case-insensitively against the product the fingerprint named behind the protocol, whatever the port. service: http still matches every product that speaks HTTP.", "type": ["string", "array"], "minLength": 1, "maxLength": 100, "minItems": 1, "maxItems": 100, "items": { "type": "string", "minLength": 1, "maxLength": 100 } }, "ruleId": { "description": "A name for this rule, shown in verdicts and usable in exceptions' match.rule. Default: its path, such as targets[0].allow[2].", "type": "string", "minLength": 1, "maxLength": 100, "pattern": "^[A-Za-z0-9][A-Za-z0-9_.:/-]*$", "x-expected": "a name of letters, digits and _ . : / -" }, "requirements": { "description": "What must hold for a port an allow rule or a requirement rule matches. Each requirement ends verified, attested, unverified or violated (docs/policy.md, \"Evidence\").", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "tls": { "description": "Minimum negotiated TLS version, such as \">=1.2\" or \">=1.3\".", "type": "string", "pattern": "^\\s*(>=)?\\s*1\\.[0-3]\\s*$", "x-expected": "a TLS version such as \">=1.2\"" }, "redirect": { "description": "https: the port must answer only with a redirect to HTTPS.", "enum": ["https"] }, "auth": { "description": "required: the service must demand authentication (Redis AUTH, no anonymous FTP, no VNC security type None, no SNMP community public, …).", "enum": ["required"] }, "vpn": { "description": "true: the port must not be reachable from the untrusted vantage; declared VPN gateways must answer.", "type": "boolean" }, "mfa": { "description": "true: logging in must need a second factor (SSH partial success; no password-only login; no VNC without authentication; RDP with NLA).", "type": "boolean" } } }, "allowRule": { "description": "An open port that may be open. Names the ports or services it allows: a rule that matches every port is refused.", "type": "object", "additionalProperties": false, "properties": { "id": { "$ref": "#/definitions/ruleId" }, "description": { "type": "string", "description": "Why this port is open, for reviewers." }, "port": { "$ref": "#/definitions/portOrRange" }, "ports": { "description": "Several ports or ranges: [80, 443, \"8000-8100\"].", "type": "array", "minItems": 1, "maxItems": 1000, "items": { "$ref": "#/definitions/portOrRange" } }, "protocol": { "$ref": "#/definitions/protocol" }, "service": { "$ref": "#/definitions/services" }, "product": { "$ref": "#/definitions/products" }, "vantages": { "$ref": "#/definitions/vantages" }, "require": { "$ref": "#/definitions/requirements" }, "severity": { "$ref": "#/definitions/severity" } } }, "denyRule": { "description": "An open port that must not be open, with the reason. Names the ports or services it denies (or, with when, the evidence): for every port, write default: deny.", "type": "object", "additionalProperties": false, "required": ["reason"], "properties": { "id": { "$ref": "#/definitions/ruleId" }, "port": { "$ref": "#/definitions/portOrRange" }, "ports": { "description": "Several ports or ranges: [23, 139, 445].", "type": "array", "minItems": 1, "maxItems": 1000, "items": { "$ref": "#/definitions/portOrRange" } }, "protocol": { "$ref": "#/definitions/protocol" }, "service": { "$ref": "#/definitions/services" }, "product": { "$ref": "#/definitions/products" }, "vantages": { "$ref": "#/definitions/vantages" }, "reason": { "description": "Why this is denied, in one sentence; shown in the verdict.", "type": "string", "minLength": 1, "maxLength": 500 }, "when": { "description": "Deny only when the evidence shows this: auth: none (the service answers without authentication), or evidence: { key: value } (every key holds that value).", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "auth": { "description": "none: only when the service is proven to let anyone in (SNMP community public, anonymous FTP, Redis without AUTH, VNC type None, an unauthenticated read of a product's API such as docker.unauthenticated).", "enum": ["none"] }, "evidence": { "description": "Deny only when every listed evidence key holds exactly this value, such as http.open_proxy: true (docs/evidence keys in src/fingerprint/index.ts). Absent evidence never matches.", "type": "object", "minProperties": 1, "maxProperties": 20, "propertyNames": { "pattern": "^[a-z0-9_]+(\\.[a-z0-9_]+)+$", "x-expected": "an evidence key such as http.open_proxy (lower-case words joined by dots)" }, "additionalProperties": { "type": ["string", "number", "boolean"] } } } }, "severity": { "$ref": "#/definitions/severity" } } }, "requirementRule": { "description": "A requirement-only rule: the open ports it matches must meet its require (violated fails, unverified follows unverified:), yet it never allows a port by itself. It names the ports or services it applies to (port, ports or service).", "type": "object", "additionalProperties": false, "required": ["require"], "properties": { "id": { "$ref": "#/definitions/ruleId" }, "description": { "type": "string", "description": "Why this must hold, for reviewers." }, "port": { "$ref": "#/definitions/portOrRange" }, "ports": { "description": "Several ports or ranges: [443, \"8443-8444\"].", "type": "array", "minItems": 1, "maxItems": 1000, "items": { "$ref": "#/definitions/portOrRange" } }, "protocol": { "$ref": "#/definitions/protocol" }, "service": { "$ref": "#/definitions/services" }, "product": { "$ref": "#/definitions/products" }, "vantages": { "$ref": "#/definitions/vantages" }, "require": { "$ref": "#/definitions/requirements" }, "severity": { "$ref": "#/definitions/severity" } } }, "default": { "description": "What happens to an open port that no rule allows or denies: deny (fail), warn, or allow (pass). Also an object {action, severity}.", "oneOf": [{ "enum": ["deny", "warn", "allow"] }, { "type": "object", "additionalProperties": false, "required": ["action"], "properties": { "action": { "enum": ["deny", "warn", "allow"], "description": "deny, warn or allow." }, "severity": { "$ref": "#/definitions/severity" } } }] }, "hostPattern": { "description": "A hostname or glob (*.staging.example.com), an IP address, or a CIDR block (10.20.0.0/24, fd00::/64). \"*\" matches every host. Text written as an address (300.1.1.1, 10.0.0.0/33, ::g) must be a valid one.", "type": "string", "minLength": 1, "maxLength": 300 }, "target": { "description": "A scope: hosts and the rules for them.", "type": "object", "additionalProperties": false, "required": ["name", "hosts"], "properties": { "name": { "description": "A unique name for this scope, shown in verdicts and usable in exceptions' match.target.", "type": "string", "minLength": 1, "maxLength": 100 }, "hosts": { "description": "Which hosts this scope covers: names or globs (matched against the name a scanned address came from), IP addresses and CIDR blocks.", "type": "array", "minItems": 1, "maxItems": 1000, "items": { "$ref": "#/definitions/hostPattern" } }, "vantages": { "$ref": "#/definitions/vantages" }, "default": { "$ref": "#/definitions/default" }, "allow": { "description": "Open ports allowed on these hosts.", "type": "array", "maxItems": 10000, "items": { "$ref": "#/definitions/allowRule" } }, "deny": { "description": "Open ports denied on these hosts.", "type": "array", "maxItems": 10000, "items": { "$ref": "#/definitions/denyRule" } }, "requirements": { "description": "Requirement-only rules for these hosts: what an open port they match must meet; they never allow a port.", "type": "array", "maxItems": 10000, "items": { "$ref": "#/definitions/requirementRule" } } } }, "gateway": { "description": "A VPN gateway that remote access must go through; probed where the protocol allows (OpenVPN, IKE), and allowed to be open.", "type": "object", "additionalProperties": false, "required": ["host", "port", "kind"], "properties": { "host": { "type": "string", "minLength": 1, "maxLength": 253, "description": "The gateway's hostname or IP address." }, "port": { "$ref": "#/definitions/port" }, "protocol": { "enum": ["tcp", "udp"], "description": "tcp or udp (default udp)." }, "kind": { "description": "openvpn and ike are probed; other kinds (wireguard, …) cannot answer an unauthenticated probe and stay unverified.", "type": "string", "minLength": 1, "maxLength": 50 } } }, "remoteAccess": { "description": "Requirements for every remote-access service (ssh, rdp, vnc, telnet, winrm, …), on top of the rules that allow its port.", "type": "object", "additionalProperties": false, "properties": { "require": { "description": "vpn: true — not reachable from the untrusted vantage, only through a declared gateway. mfa: true — login needs a second factor.", "type": "object", "additionalProperties": false, "properties": { "vpn": { "type": "boolean", "description": "Remote access only through a VPN." }, "mfa": { "type": "boolean", "description": "Remote access only with a second factor." } } }, "unverified": { "description": "What an unverified remote-access requirement does: warn, fail or pass. Default: the policy's unverified.", "enum": ["warn", "fail", "pass"] }, "severity": { "$ref": "#/definitions/severity" }, "vantages": { "$ref": "#/definitions/vantages" }, "vpn_gateways": { "description": "The VPN gateways remote access goes through.", "type": "array", "maxItems": 100, "items": { "$ref": "#/definitions/gateway" } } } }, "exception": { "description": "A waiver with a reason, an approver and an expiry date.", "type": "object", "additionalProperties": false, "required": ["match", "reason", "approved_by", "expires"], "properties": { "id": { "$ref": "#/definitions/ruleId" }, "match": { "description": "Which findings this exception waives; every key given must match. It must name a host, port, service or rule (or a target whose hosts leave some out): an exception that matches every port is refused.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "host": { "$ref": "#/definitions/hostPattern" }, "port": { "$ref": "#/definitions/portOrRange" }, "ports": { "type": "array", "minItems": 1, "maxItems": 1000, "items": { "$ref": "#/definitions/portOrRange" }, "description": "Several ports or ranges." }, "protocol": { "$ref": "#/definitions/protocol" }, "service": { "$ref": "#/definitions/services" }, "product": { "$ref": "#/definitions/products" }, "target": { "type": "string", "minLength": 1, "description": "The name of a target (scope) in this policy." }, "rule": { "type": "string", "minLength": 1, "description": "The id of the rule this exception waives." } } }, "reason": { "description": "Why this is acceptable, in one sentence a reviewer can judge.", "type": "string", "minLength": 1, "maxLength": 500 }, "approved_by": { "description": "Who approved it: a person or team, such as @acme/security.", "type": "string", "minLength": 1, "maxLength": 200 }, "ticket": { "description": "A link to the ticket or discussion that records the approval.", "type": "string", "minLength": 1, "maxLength": 500 }, "expires": { "description": "The last day this exception applies (YYYY-MM-DD, UTC), or never for a permanent exception. A date that cannot be read counts as expired.", "type": ["string", "number"], "minLength": 1, "maxLength": 40 }, "waive": { "description": "violated: also waive requirements a probe proved violated; the verdict is then a warning, never a pass. Without it a proven violation stays a failure under this exception.", "enum": ["violated"] } } }, "extendsEntry": { "description": "A policy file path, portcullis:NAME, github:OWNER/REPO/PATH@SHA (a full 40-hex commit), or { url, sha256 }.", "oneOf": [{ "type": "string", "minLength": 1, "maxLength": 1000 }, { "type": "object", "additionalProperties": false, "required": ["url", "sha256"], "properties": { "url": { "description": "An https:// URL of a policy file.", "type": "string", "maxLength": 2000, "pattern": "^https://[^\\s]+$", "x-expected": "an https:// URL" }, "sha256": { "description": "The SHA-256 of the file's bytes, 64 hex digits; a mismatch is an error.", "type": "string", "pattern": "^[0-9a-fA-F]{64}$", "x-expected": "64 hex digits (sha256sum of the file)" } } }] } } };
const schema12 = { "description": "A policy file path, portcullis:NAME, github:OWNER/REPO/PATH@SHA (a full 40-hex commit), or { url, sha256 }.", "oneOf": [{ "type": "string", "minLength": 1, "maxLength": 1000 }, { "type": "object", "additionalProperties": false, "required": ["url", "sha256"], "properties": { "url": { "description": "An https:// URL of a policy file.", "type": "string", "maxLength": 2000, "pattern": "^https://[^\\s]+$", "x-expected": "an https:// URL" }, "sha256": { "description": "The SHA-256 of the file's bytes, 64 hex digits; a mismatch is an error.", "type": "string", "pattern": "^[0-9a-fA-F]{64}$", "x-expected": "64 hex digits (sha256sum of the file)" } } }] };
const func2 = Object.prototype.hasOwnProperty;
const func3 = __runtime0.default;
const pattern0 = new RegExp("^https://[^\\s]+$", "u");
const pattern1 = new RegExp("^[0-9a-fA-F]{64}$", "u");
const pattern9 = new RegExp("^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$", "u");
const schema13 = { "description": "What happens to an open port that no rule allows or denies: deny (fail), warn, or allow (pass). Also an object {action, severity}.", "oneOf": [{ "enum": ["deny", "warn", "allow"] }, { "type": "object", "additionalProperties": false, "required": ["action"], "properties": { "action": { "enum": ["deny", "warn", "allow"], "description": "deny, warn or allow." }, "severity": { "$ref": "#/definitions/severity" } } }] };
const schema14 = { "description": "How bad a violation of this rule is; compared with fail-on.", "enum": ["low", "medium", "high", "critical"] };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; let valid0 = false; let passing0 = null; const _errs1 = errors; if (!(((data === "deny") || (data === "warn")) || (data === "allow"))) {
    const err0 = { instancePath, schemaPath: "#/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema13.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema13.oneOf[0].enum, parentSchema: schema13.oneOf[0], data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} var _valid0 = _errs1 === errors; if (_valid0) {
    valid0 = true;
    passing0 = 0;
} const _errs2 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.action === undefined) {
        const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property '" + "action" + "'", schema: schema13.oneOf[1].required, parentSchema: schema13.oneOf[1], data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((key0 === "action") || (key0 === "severity"))) {
            const err2 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.oneOf[1], data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.action !== undefined) {
        let data0 = data.action;
        if (!(((data0 === "deny") || (data0 === "warn")) || (data0 === "allow"))) {
            const err3 = { instancePath: instancePath + "/action", schemaPath: "#/oneOf/1/properties/action/enum", keyword: "enum", params: { allowedValues: schema13.oneOf[1].properties.action.enum }, message: "must be equal to one of the allowed values", schema: schema13.oneOf[1].properties.action.enum, parentSchema: schema13.oneOf[1].properties.action, data: data0 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.severity !== undefined) {
        let data1 = data.severity;
        if (!((((data1 === "low") || (data1 === "medium")) || (data1 === "high")) || (data1 === "critical"))) {
            const err4 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data1 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
}
else {
    const err5 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.oneOf[1].type, parentSchema: schema13.oneOf[1], data };
    if (vErrors === null) {
        vErrors = [err5];
    }
    else {
        vErrors.push(err5);
    }
    errors++;
} var _valid0 = _errs2 === errors; if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
}
else {
    if (_valid0) {
        valid0 = true;
        passing0 = 1;
    }
} if (!valid0) {
    const err6 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema13.oneOf, parentSchema: schema13, data };
    if (vErrors === null) {
        vErrors = [err6];
    }
    else {
        vErrors.push(err6);
    }
    errors++;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} validate11.errors = vErrors; return errors === 0; }
const schema15 = { "description": "An open port that may be open. Names the ports or services it allows: a rule that matches every port is refused.", "type": "object", "additionalProperties": false, "properties": { "id": { "$ref": "#/definitions/ruleId" }, "description": { "type": "string", "description": "Why this port is open, for reviewers." }, "port": { "$ref": "#/definitions/portOrRange" }, "ports": { "description": "Several ports or ranges: [80, 443, \"8000-8100\"].", "type": "array", "minItems": 1, "maxItems": 1000, "items": { "$ref": "#/definitions/portOrRange" } }, "protocol": { "$ref": "#/definitions/protocol" }, "service": { "$ref": "#/definitions/services" }, "product": { "$ref": "#/definitions/products" }, "vantages": { "$ref": "#/definitions/vantages" }, "require": { "$ref": "#/definitions/requirements" }, "severity": { "$ref": "#/definitions/severity" } } };
const schema16 = { "description": "A name for this rule, shown in verdicts and usable in exceptions' match.rule. Default: its path, such as targets[0].allow[2].", "type": "string", "minLength": 1, "maxLength": 100, "pattern": "^[A-Za-z0-9][A-Za-z0-9_.:/-]*$", "x-expected": "a name of letters, digits and _ . : / -" };
const schema17 = { "description": "A port number (443), an inclusive range written as a string with both ends (\"8000-8100\"), or a service name that stands for its registered ports (ssh). The same grammar as the scan's --ports, without its sets (top-100, all), udp: prefixes and ! exclusions.", "type": ["integer", "string"], "minimum": 1, "maximum": 65535, "minLength": 1, "maxLength": 60 };
const schema19 = { "description": "tcp, udp, or any (the default).", "enum": ["tcp", "udp", "any"] };
const schema20 = { "description": "A service name or a list of names from Portcullis' registry (ssh, https, redis, …); matched against what the fingerprint identified, whatever the port.", "type": ["string", "array"], "minLength": 1, "minItems": 1, "items": { "type": "string", "minLength": 1 } };
const schema21 = { "description": "A product name or a list of names (nginx, docker, etcd, prometheus, squid, …; docs/policy.md, \"Products\"), matched case-insensitively against the product the fingerprint named behind the protocol, whatever the port. service: http still matches every product that speaks HTTP.", "type": ["string", "array"], "minLength": 1, "maxLength": 100, "minItems": 1, "maxItems": 100, "items": { "type": "string", "minLength": 1, "maxLength": 100 } };
const schema22 = { "description": "The scan vantages this applies to (the scan's --vantage): untrusted (outside, as an attacker; the default vantage), vpn, internal. Omitted: every vantage.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["untrusted", "vpn", "internal"] } };
const schema23 = { "description": "What must hold for a port an allow rule or a requirement rule matches. Each requirement ends verified, attested, unverified or violated (docs/policy.md, \"Evidence\").", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "tls": { "description": "Minimum negotiated TLS version, such as \">=1.2\" or \">=1.3\".", "type": "string", "pattern": "^\\s*(>=)?\\s*1\\.[0-3]\\s*$", "x-expected": "a TLS version such as \">=1.2\"" }, "redirect": { "description": "https: the port must answer only with a redirect to HTTPS.", "enum": ["https"] }, "auth": { "description": "required: the service must demand authentication (Redis AUTH, no anonymous FTP, no VNC security type None, no SNMP community public, …).", "enum": ["required"] }, "vpn": { "description": "true: the port must not be reachable from the untrusted vantage; declared VPN gateways must answer.", "type": "boolean" }, "mfa": { "description": "true: logging in must need a second factor (SSH partial success; no password-only login; no VNC without authentication; RDP with NLA).", "type": "boolean" } } };
const func0 = __runtime1.default;
const pattern2 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.:/-]*$", "u");
const pattern3 = new RegExp("^\\s*(>=)?\\s*1\\.[0-3]\\s*$", "u");
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(func2.call(schema15.properties, key0))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.id !== undefined) {
        let data0 = data.id;
        if (typeof data0 === "string") {
            if (func3(data0) > 100) {
                const err1 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/ruleId/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema16, data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            if (func3(data0) < 1) {
                const err2 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/ruleId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            if (!pattern2.test(data0)) {
                const err3 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/ruleId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.:/-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9_.:/-]*$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9_.:/-]*$", parentSchema: schema16, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        else {
            const err4 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.description !== undefined) {
        let data1 = data.description;
        if (typeof data1 !== "string") {
            const err5 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.description.type, parentSchema: schema15.properties.description, data: data1 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.port !== undefined) {
        let data2 = data.port;
        if ((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (typeof data2 !== "string")) {
            const err6 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/portOrRange/type", keyword: "type", params: { type: schema17.type }, message: "must be integer,string", schema: schema17.type, parentSchema: schema17, data: data2 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if ((typeof data2 == "number") && (isFinite(data2))) {
            if (data2 > 65535 || isNaN(data2)) {
                const err7 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/portOrRange/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema17, data: data2 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if (data2 < 1 || isNaN(data2)) {
                const err8 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/portOrRange/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema17, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (typeof data2 === "string") {
            if (func3(data2) > 60) {
                const err9 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/portOrRange/maxLength", keyword: "maxLength", params: { limit: 60 }, message: "must NOT have more than 60 characters", schema: 60, parentSchema: schema17, data: data2 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
            if (func3(data2) < 1) {
                const err10 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/portOrRange/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17, data: data2 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
    }
    if (data.ports !== undefined) {
        let data3 = data.ports;
        if (Array.isArray(data3)) {
            if (data3.length > 1000) {
                const err11 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/maxItems", keyword: "maxItems", params: { limit: 1000 }, message: "must NOT have more than 1000 items", schema: 1000, parentSchema: schema15.properties.ports, data: data3 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
            if (data3.length < 1) {
                const err12 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema15.properties.ports, data: data3 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data4 = data3[i0];
                if ((!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) && (typeof data4 !== "string")) {
                    const err13 = { instancePath: instancePath + "/ports/" + i0, schemaPath: "#/definitions/portOrRange/type", keyword: "type", params: { type: schema17.type }, message: "must be integer,string", schema: schema17.type, parentSchema: schema17, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
                if ((typeof data4 == "number") && (isFinite(data4))) {
                    if (data4 > 65535 || isNaN(data4)) {
                        const err14 = { instancePath: instancePath + "/ports/" + i0, schemaPath: "#/definitions/portOrRange/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema17, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                    if (data4 < 1 || isNaN(data4)) {
                        const err15 = { instancePath: instancePath + "/ports/" + i0, schemaPath: "#/definitions/portOrRange/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema17, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                }
                if (typeof data4 === "string") {
                    if (func3(data4) > 60) {
                        const err16 = { instancePath: instancePath + "/ports/" + i0, schemaPath: "#/definitions/portOrRange/maxLength", keyword: "maxLength", params: { limit: 60 }, message: "must NOT have more than 60 characters", schema: 60, parentSchema: schema17, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
                            vErrors.push(err16);
                        }
                        errors++;
                    }
                    if (func3(data4) < 1) {
                        const err17 = { instancePath: instancePath + "/ports/" + i0, schemaPath: "#/definitions/portOrRange/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err17];
                        }
                        else {
                            vErrors.push(err17);
                        }
                        errors++;
                    }
                }
            }
        }
        else {
            const err18 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.ports.type, parentSchema: schema15.properties.ports, data: data3 };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
    }
    if (data.protocol !== undefined) {
        let data5 = data.protocol;
        if (!(((data5 === "tcp") || (data5 === "udp")) || (data5 === "any"))) {
            const err19 = { instancePath: instancePath + "/protocol", schemaPath: "#/definitions/protocol/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values", schema: schema19.enum, parentSchema: schema19, data: data5 };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
    }
    if (data.service !== undefined) {
        let data6 = data.service;
        if ((typeof data6 !== "string") && (!(Array.isArray(data6)))) {
            const err20 = { instancePath: instancePath + "/service", schemaPath: "#/definitions/services/type", keyword: "type", params: { type: schema20.type }, message: "must be string,array", schema: schema20.type, parentSchema: schema20, data: data6 };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
        if (typeof data6 === "string") {
            if (func3(data6) < 1) {
                const err21 = { instancePath: instancePath + "/service", schemaPath: "#/definitions/services/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20, data: data6 };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
        if (Array.isArray(data6)) {
            if (data6.length < 1) {
                const err22 = { instancePath: instancePath + "/service", schemaPath: "#/definitions/services/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema20, data: data6 };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
            const len1 = data6.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data7 = data6[i1];
                if (typeof data7 === "string") {
                    if (func3(data7) < 1) {
                        const err23 = { instancePath: instancePath + "/service/" + i1, schemaPath: "#/definitions/services/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.items, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                }
                else {
                    const err24 = { instancePath: instancePath + "/service/" + i1, schemaPath: "#/definitions/services/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.items.type, parentSchema: schema20.items, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
            }
        }
    }
    if (data.product !== undefined) {
        let data8 = data.product;
        if ((typeof data8 !== "string") && (!(Array.isArray(data8)))) {
            const err25 = { instancePath: instancePath + "/product", schemaPath: "#/definitions/products/type", keyword: "type", params: { type: schema21.type }, message: "must be string,array", schema: schema21.type, parentSchema: schema21, data: data8 };
            if (vErrors === null) {
                vErrors = [err25];
            }
            else {
                vErrors.push(err25);
            }
            errors++;
        }
        if (typeof data8 === "string") {
            if (func3(data8) > 100) {
                const err26 = { instancePath: instancePath + "/product", schemaPath: "#/definitions/products/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema21, data: data8 };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
            if (func3(data8) < 1) {
                const err27 = { instancePath: instancePath + "/product", schemaPath: "#/definitions/products/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema21, data: data8 };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
        }
        if (Array.isArray(data8)) {
            if (data8.length > 100) {
                const err28 = { instancePath: instancePath + "/product", schemaPath: "#/definitions/products/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema21, data: data8 };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
            if (data8.length < 1) {
                const err29 = { instancePath: instancePath + "/product", schemaPath: "#/definitions/products/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema21, data: data8 };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
            const len2 = data8.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data9 = data8[i2];
                if (typeof data9 === "string") {
                    if (func3(data9) > 100) {
                        const err30 = { instancePath: instancePath + "/product/" + i2, schemaPath: "#/definitions/products/items/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema21.items, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err30];
                        }
                        else {
                            vErrors.push(err30);
                        }
                        errors++;
                    }
                    if (func3(data9) < 1) {
                        const err31 = { instancePath: instancePath + "/product/" + i2, schemaPath: "#/definitions/products/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema21.items, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err31];
                        }
                        else {
                            vErrors.push(err31);
                        }
                        errors++;
                    }
                }
                else {
                    const err32 = { instancePath: instancePath + "/product/" + i2, schemaPath: "#/definitions/products/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.items.type, parentSchema: schema21.items, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err32];
                    }
                    else {
                        vErrors.push(err32);
                    }
                    errors++;
                }
            }
        }
    }
    if (data.vantages !== undefined) {
        let data10 = data.vantages;
        if (Array.isArray(data10)) {
            if (data10.length < 1) {
                const err33 = { instancePath: instancePath + "/vantages", schemaPath: "#/definitions/vantages/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema22, data: data10 };
                if (vErrors === null) {
                    vErrors = [err33];
                }
                else {
                    vErrors.push(err33);
                }
                errors++;
            }
            const len3 = data10.length;
            for (let i3 = 0; i3 < len3; i3++) {
                let data11 = data10[i3];
                if (!(((data11 === "untrusted") || (data11 === "vpn")) || (data11 === "internal"))) {
                    const err34 = { instancePath: instancePath + "/vantages/" + i3, schemaPath: "#/definitions/vantages/items/enum", keyword: "enum", params: { allowedValues: schema22.items.enum }, message: "must be equal to one of the allowed values", schema: schema22.items.enum, parentSchema: schema22.items, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
            }
            let i4 = data10.length;
            let j0;
            if (i4 > 1) {
                outer0: for (; i4--;) {
                    for (j0 = i4; j0--;) {
                        if (func0(data10[i4], data10[j0])) {
                            const err35 = { instancePath: instancePath + "/vantages", schemaPath: "#/definitions/vantages/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i4 + " are identical)", schema: true, parentSchema: schema22, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                            break outer0;
                        }
                    }
                }
            }
        }
        else {
            const err36 = { instancePath: instancePath + "/vantages", schemaPath: "#/definitions/vantages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema22.type, parentSchema: schema22, data: data10 };
            if (vErrors === null) {
                vErrors = [err36];
            }
            else {
                vErrors.push(err36);
            }
            errors++;
        }
    }
    if (data.require !== undefined) {
        let data12 = data.require;
        if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (Object.keys(data12).length < 1) {
                const err37 = { instancePath: instancePath + "/require", schemaPath: "#/definitions/requirements/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema23, data: data12 };
                if (vErrors === null) {
                    vErrors = [err37];
                }
                else {
                    vErrors.push(err37);
                }
                errors++;
            }
            for (const key1 in data12) {
                if (!(((((key1 === "tls") || (key1 === "redirect")) || (key1 === "auth")) || (key1 === "vpn")) || (key1 === "mfa"))) {
                    const err38 = { instancePath: instancePath + "/require", schemaPath: "#/definitions/requirements/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err38];
                    }
                    else {
                        vErrors.push(err38);
                    }
                    errors++;
                }
            }
            if (data12.tls !== undefined) {
                let data13 = data12.tls;
                if (typeof data13 === "string") {
                    if (!pattern3.test(data13)) {
                        const err39 = { instancePath: instancePath + "/require/tls", schemaPath: "#/definitions/requirements/properties/tls/pattern", keyword: "pattern", params: { pattern: "^\\s*(>=)?\\s*1\\.[0-3]\\s*$" }, message: "must match pattern \"" + "^\\s*(>=)?\\s*1\\.[0-3]\\s*$" + "\"", schema: "^\\s*(>=)?\\s*1\\.[0-3]\\s*$", parentSchema: schema23.properties.tls, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err39];
                        }
                        else {
                            vErrors.push(err39);
                        }
                        errors++;
                    }
                }
                else {
                    const err40 = { instancePath: instancePath + "/require/tls", schemaPath: "#/definitions/requirements/properties/tls/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.tls.type, parentSchema: schema23.properties.tls, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err40];
                    }
                    else {
                        vErrors.push(err40);
                    }
                    errors++;
                }
            }
            if (data12.redirect !== undefined) {
                let data14 = data12.redirect;
                if (!(data14 === "https")) {
                    const err41 = { instancePath: instancePath + "/require/redirect", schemaPath: "#/definitions/requirements/properties/redirect/enum", keyword: "enum", params: { allowedValues: schema23.properties.redirect.enum }, message: "must be equal to one of the allowed values", schema: schema23.properties.redirect.enum, parentSchema: schema23.properties.redirect, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err41];
                    }
                    else {
                        vErrors.push(err41);
                    }
                    errors++;
                }
            }
            if (data12.auth !== undefined) {
                let data15 = data12.auth;
                if (!(data15 === "required")) {
                    const err42 = { instancePath: instancePath + "/require/auth", schemaPath: "#/definitions/requirements/properties/auth/enum", keyword: "enum", params: { allowedValues: schema23.properties.auth.enum }, message: "must be equal to one of the allowed values", schema: schema23.properties.auth.enum, parentSchema: schema23.properties.auth, data: data15 };
                    if (vErrors === null) {
                        vErrors = [err42];
                    }
                    else {
                        vErrors.push(err42);
                    }
                    errors++;
                }
            }
            if (data12.vpn !== undefined) {
                let data16 = data12.vpn;
                if (typeof data16 !== "boolean") {
                    const err43 = { instancePath: instancePath + "/require/vpn", schemaPath: "#/definitions/requirements/properties/vpn/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema23.properties.vpn.type, parentSchema: schema23.properties.vpn, data: data16 };
                    if (vErrors === null) {
                        vErrors = [err43];
                    }
                    else {
                        vErrors.push(err43);
                    }
                    errors++;
                }
            }
            if (data12.mfa !== undefined) {
                let data17 = data12.mfa;
                if (typeof data17 !== "boolean") {
                    const err44 = { instancePath: instancePath + "/require/mfa", schemaPath: "#/definitions/requirements/properties/mfa/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema23.properties.mfa.type, parentSchema: schema23.properties.mfa, data: data17 };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
            }
        }
        else {
            const err45 = { instancePath: instancePath + "/require", schemaPath: "#/definitions/requirements/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data: data12 };
            if (vErrors === null) {
                vErrors = [err45];
            }
            else {
                vErrors.push(err45);
            }
            errors++;
        }
    }
    if (data.severity !== undefined) {
        let data18 = data.severity;
        if (!((((data18 === "low") || (data18 === "medium")) || (data18 === "high")) || (data18 === "critical"))) {
            const err46 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data18 };
            if (vErrors === null) {
                vErrors = [err46];
            }
            else {
                vErrors.push(err46);
            }
            errors++;
        }
    }
}
else {
    const err47 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data };
    if (vErrors === null) {
        vErrors = [err47];
    }
    else {
        vErrors.push(err47);
    }
    errors++;
} validate13.errors = vErrors; return errors === 0; }
const schema25 = { "description": "An open port that must not be open, with the reason. Names the ports or services it denies (or, with when, the evidence): for every port, write default: deny.", "type": "object", "additionalProperties": false, "required": ["reason"], "properties": { "id": { "$ref": "#/definitions/ruleId" }, "port": { "$ref": "#/definitions/portOrRange" }, "ports": { "description": "Several ports or ranges: [23, 139, 445].", "type": "array", "minItems": 1, "maxItems": 1000, "items": { "$ref": "#/definitions/portOrRange" } }, "protocol": { "$ref": "#/definitions/protocol" }, "service": { "$ref": "#/definitions/services" }, "product": { "$ref": "#/definitions/products" }, "vantages": { "$ref": "#/definitions/vantages" }, "reason": { "description": "Why this is denied, in one sentence; shown in the verdict.", "type": "string", "minLength": 1, "maxLength": 500 }, "when": { "description": "Deny only when the evidence shows this: auth: none (the service answers without authentication), or evidence: { key: value } (every key holds that value).", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "auth": { "description": "none: only when the service is proven to let anyone in (SNMP community public, anonymous FTP, Redis without AUTH, VNC type None, an unauthenticated read of a product's API such as docker.unauthenticated).", "enum": ["none"] }, "evidence": { "description": "Deny only when every listed evidence key holds exactly this value, such as http.open_proxy: true (docs/evidence keys in src/fingerprint/index.ts). Absent evidence never matches.", "type": "object", "minProperties": 1, "maxProperties": 20, "propertyNames": { "pattern": "^[a-z0-9_]+(\\.[a-z0-9_]+)+$", "x-expected": "an evidence key such as http.open_proxy (lower-case words joined by dots)" }, "additionalProperties": { "type": ["string", "number", "boolean"] } } } }, "severity": { "$ref": "#/definitions/severity" } } };
const pattern5 = new RegExp("^[a-z0-9_]+(\\.[a-z0-9_]+)+$", "u");
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.reason === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property '" + "reason" + "'", schema: schema25.required, parentSchema: schema25, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func2.call(schema25.properties, key0))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.id !== undefined) {
        let data0 = data.id;
        if (typeof data0 === "string") {
            if (func3(data0) > 100) {
                const err2 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/ruleId/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema16, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            if (func3(data0) < 1) {
                const err3 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/ruleId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if (!pattern2.test(data0)) {
                const err4 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/ruleId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.:/-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9_.:/-]*$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9_.:/-]*$", parentSchema: schema16, data: data0 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data0 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.port !== undefined) {
        let data1 = data.port;
        if ((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (typeof data1 !== "string")) {
            const err6 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/portOrRange/type", keyword: "type", params: { type: schema17.type }, message: "must be integer,string", schema: schema17.type, parentSchema: schema17, data: data1 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if ((typeof data1 == "number") && (isFinite(data1))) {
            if (data1 > 65535 || isNaN(data1)) {
                const err7 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/portOrRange/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema17, data: data1 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if (data1 < 1 || isNaN(data1)) {
                const err8 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/portOrRange/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema17, data: data1 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (typeof data1 === "string") {
            if (func3(data1) > 60) {
                const err9 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/portOrRange/maxLength", keyword: "maxLength", params: { limit: 60 }, message: "must NOT have more than 60 characters", schema: 60, parentSchema: schema17, data: data1 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
            if (func3(data1) < 1) {
                const err10 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/portOrRange/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17, data: data1 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
    }
    if (data.ports !== undefined) {
        let data2 = data.ports;
        if (Array.isArray(data2)) {
            if (data2.length > 1000) {
                const err11 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/maxItems", keyword: "maxItems", params: { limit: 1000 }, message: "must NOT have more than 1000 items", schema: 1000, parentSchema: schema25.properties.ports, data: data2 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
            if (data2.length < 1) {
                const err12 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema25.properties.ports, data: data2 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data3 = data2[i0];
                if ((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (typeof data3 !== "string")) {
                    const err13 = { instancePath: instancePath + "/ports/" + i0, schemaPath: "#/definitions/portOrRange/type", keyword: "type", params: { type: schema17.type }, message: "must be integer,string", schema: schema17.type, parentSchema: schema17, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
                if ((typeof data3 == "number") && (isFinite(data3))) {
                    if (data3 > 65535 || isNaN(data3)) {
                        const err14 = { instancePath: instancePath + "/ports/" + i0, schemaPath: "#/definitions/portOrRange/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema17, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                    if (data3 < 1 || isNaN(data3)) {
                        const err15 = { instancePath: instancePath + "/ports/" + i0, schemaPath: "#/definitions/portOrRange/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema17, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                }
                if (typeof data3 === "string") {
                    if (func3(data3) > 60) {
                        const err16 = { instancePath: instancePath + "/ports/" + i0, schemaPath: "#/definitions/portOrRange/maxLength", keyword: "maxLength", params: { limit: 60 }, message: "must NOT have more than 60 characters", schema: 60, parentSchema: schema17, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
                            vErrors.push(err16);
                        }
                        errors++;
                    }
                    if (func3(data3) < 1) {
                        const err17 = { instancePath: instancePath + "/ports/" + i0, schemaPath: "#/definitions/portOrRange/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err17];
                        }
                        else {
                            vErrors.push(err17);
                        }
                        errors++;
                    }
                }
            }
        }
        else {
            const err18 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.ports.type, parentSchema: schema25.properties.ports, data: data2 };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
    }
    if (data.protocol !== undefined) {
        let data4 = data.protocol;
        if (!(((data4 === "tcp") || (data4 === "udp")) || (data4 === "any"))) {
            const err19 = { instancePath: instancePath + "/protocol", schemaPath: "#/definitions/protocol/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values", schema: schema19.enum, parentSchema: schema19, data: data4 };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
    }
    if (data.service !== undefined) {
        let data5 = data.service;
        if ((typeof data5 !== "string") && (!(Array.isArray(data5)))) {
            const err20 = { instancePath: instancePath + "/service", schemaPath: "#/definitions/services/type", keyword: "type", params: { type: schema20.type }, message: "must be string,array", schema: schema20.type, parentSchema: schema20, data: data5 };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
        if (typeof data5 === "string") {
            if (func3(data5) < 1) {
                const err21 = { instancePath: instancePath + "/service", schemaPath: "#/definitions/services/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20, data: data5 };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
        if (Array.isArray(data5)) {
            if (data5.length < 1) {
                const err22 = { instancePath: instancePath + "/service", schemaPath: "#/definitions/services/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema20, data: data5 };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
            const len1 = data5.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data6 = data5[i1];
                if (typeof data6 === "string") {
                    if (func3(data6) < 1) {
                        const err23 = { instancePath: instancePath + "/service/" + i1, schemaPath: "#/definitions/services/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.items, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                }
                else {
                    const err24 = { instancePath: instancePath + "/service/" + i1, schemaPath: "#/definitions/services/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.items.type, parentSchema: schema20.items, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
            }
        }
    }
    if (data.product !== undefined) {
        let data7 = data.product;
        if ((typeof data7 !== "string") && (!(Array.isArray(data7)))) {
            const err25 = { instancePath: instancePath + "/product", schemaPath: "#/definitions/products/type", keyword: "type", params: { type: schema21.type }, message: "must be string,array", schema: schema21.type, parentSchema: schema21, data: data7 };
            if (vErrors === null) {
                vErrors = [err25];
            }
            else {
                vErrors.push(err25);
            }
            errors++;
        }
        if (typeof data7 === "string") {
            if (func3(data7) > 100) {
                const err26 = { instancePath: instancePath + "/product", schemaPath: "#/definitions/products/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema21, data: data7 };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
            if (func3(data7) < 1) {
                const err27 = { instancePath: instancePath + "/product", schemaPath: "#/definitions/products/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema21, data: data7 };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
        }
        if (Array.isArray(data7)) {
            if (data7.length > 100) {
                const err28 = { instancePath: instancePath + "/product", schemaPath: "#/definitions/products/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema21, data: data7 };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
            if (data7.length < 1) {
                const err29 = { instancePath: instancePath + "/product", schemaPath: "#/definitions/products/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema21, data: data7 };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
            const len2 = data7.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data8 = data7[i2];
                if (typeof data8 === "string") {
                    if (func3(data8) > 100) {
                        const err30 = { instancePath: instancePath + "/product/" + i2, schemaPath: "#/definitions/products/items/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema21.items, data: data8 };
                        if (vErrors === null) {
                            vErrors = [err30];
                        }
                        else {
                            vErrors.push(err30);
                        }
                        errors++;
                    }
                    if (func3(data8) < 1) {
                        const err31 = { instancePath: instancePath + "/product/" + i2, schemaPath: "#/definitions/products/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema21.items, data: data8 };
                        if (vErrors === null) {
                            vErrors = [err31];
                        }
                        else {
                            vErrors.push(err31);
                        }
                        errors++;
                    }
                }
                else {
                    const err32 = { instancePath: instancePath + "/product/" + i2, schemaPath: "#/definitions/products/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.items.type, parentSchema: schema21.items, data: data8 };
                    if (vErrors === null) {
                        vErrors = [err32];
                    }
                    else {
                        vErrors.push(err32);
                    }
                    errors++;
                }
            }
        }
    }
    if (data.vantages !== undefined) {
        let data9 = data.vantages;
        if (Array.isArray(data9)) {
            if (data9.length < 1) {
                const err33 = { instancePath: instancePath + "/vantages", schemaPath: "#/definitions/vantages/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema22, data: data9 };
                if (vErrors === null) {
                    vErrors = [err33];
                }
                else {
                    vErrors.push(err33);
                }
                errors++;
            }
            const len3 = data9.length;
            for (let i3 = 0; i3 < len3; i3++) {
                let data10 = data9[i3];
                if (!(((data10 === "untrusted") || (data10 === "vpn")) || (data10 === "internal"))) {
                    const err34 = { instancePath: instancePath + "/vantages/" + i3, schemaPath: "#/definitions/vantages/items/enum", keyword: "enum", params: { allowedValues: schema22.items.enum }, message: "must be equal to one of the allowed values", schema: schema22.items.enum, parentSchema: schema22.items, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
            }
            let i4 = data9.length;
            let j0;
            if (i4 > 1) {
                outer0: for (; i4--;) {
                    for (j0 = i4; j0--;) {
                        if (func0(data9[i4], data9[j0])) {
                            const err35 = { instancePath: instancePath + "/vantages", schemaPath: "#/definitions/vantages/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i4 + " are identical)", schema: true, parentSchema: schema22, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                            break outer0;
                        }
                    }
                }
            }
        }
        else {
            const err36 = { instancePath: instancePath + "/vantages", schemaPath: "#/definitions/vantages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema22.type, parentSchema: schema22, data: data9 };
            if (vErrors === null) {
                vErrors = [err36];
            }
            else {
                vErrors.push(err36);
            }
            errors++;
        }
    }
    if (data.reason !== undefined) {
        let data11 = data.reason;
        if (typeof data11 === "string") {
            if (func3(data11) > 500) {
                const err37 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema25.properties.reason, data: data11 };
                if (vErrors === null) {
                    vErrors = [err37];
                }
                else {
                    vErrors.push(err37);
                }
                errors++;
            }
            if (func3(data11) < 1) {
                const err38 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.reason, data: data11 };
                if (vErrors === null) {
                    vErrors = [err38];
                }
                else {
                    vErrors.push(err38);
                }
                errors++;
            }
        }
        else {
            const err39 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.reason.type, parentSchema: schema25.properties.reason, data: data11 };
            if (vErrors === null) {
                vErrors = [err39];
            }
            else {
                vErrors.push(err39);
            }
            errors++;
        }
    }
    if (data.when !== undefined) {
        let data12 = data.when;
        if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (Object.keys(data12).length < 1) {
                const err40 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema25.properties.when, data: data12 };
                if (vErrors === null) {
                    vErrors = [err40];
                }
                else {
                    vErrors.push(err40);
                }
                errors++;
            }
            for (const key1 in data12) {
                if (!((key1 === "auth") || (key1 === "evidence"))) {
                    const err41 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.when, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err41];
                    }
                    else {
                        vErrors.push(err41);
                    }
                    errors++;
                }
            }
            if (data12.auth !== undefined) {
                let data13 = data12.auth;
                if (!(data13 === "none")) {
                    const err42 = { instancePath: instancePath + "/when/auth", schemaPath: "#/properties/when/properties/auth/enum", keyword: "enum", params: { allowedValues: schema25.properties.when.properties.auth.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.when.properties.auth.enum, parentSchema: schema25.properties.when.properties.auth, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err42];
                    }
                    else {
                        vErrors.push(err42);
                    }
                    errors++;
                }
            }
            if (data12.evidence !== undefined) {
                let data14 = data12.evidence;
                if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                    if (Object.keys(data14).length > 20) {
                        const err43 = { instancePath: instancePath + "/when/evidence", schemaPath: "#/properties/when/properties/evidence/maxProperties", keyword: "maxProperties", params: { limit: 20 }, message: "must NOT have more than 20 properties", schema: 20, parentSchema: schema25.properties.when.properties.evidence, data: data14 };
                        if (vErrors === null) {
                            vErrors = [err43];
                        }
                        else {
                            vErrors.push(err43);
                        }
                        errors++;
                    }
                    if (Object.keys(data14).length < 1) {
                        const err44 = { instancePath: instancePath + "/when/evidence", schemaPath: "#/properties/when/properties/evidence/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema25.properties.when.properties.evidence, data: data14 };
                        if (vErrors === null) {
                            vErrors = [err44];
                        }
                        else {
                            vErrors.push(err44);
                        }
                        errors++;
                    }
                    for (const key2 in data14) {
                        const _errs38 = errors;
                        if (typeof key2 === "string") {
                            if (!pattern5.test(key2)) {
                                const err45 = { instancePath: instancePath + "/when/evidence", schemaPath: "#/properties/when/properties/evidence/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9_]+(\\.[a-z0-9_]+)+$" }, message: "must match pattern \"" + "^[a-z0-9_]+(\\.[a-z0-9_]+)+$" + "\"", schema: "^[a-z0-9_]+(\\.[a-z0-9_]+)+$", parentSchema: schema25.properties.when.properties.evidence.propertyNames, data: key2, propertyName: key2 };
                                if (vErrors === null) {
                                    vErrors = [err45];
                                }
                                else {
                                    vErrors.push(err45);
                                }
                                errors++;
                            }
                        }
                        var valid18 = _errs38 === errors;
                        if (!valid18) {
                            const err46 = { instancePath: instancePath + "/when/evidence", schemaPath: "#/properties/when/properties/evidence/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema25.properties.when.properties.evidence.propertyNames, parentSchema: schema25.properties.when.properties.evidence, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err46];
                            }
                            else {
                                vErrors.push(err46);
                            }
                            errors++;
                        }
                    }
                    for (const key3 in data14) {
                        let data15 = data14[key3];
                        if (((typeof data15 !== "string") && (!((typeof data15 == "number") && (isFinite(data15))))) && (typeof data15 !== "boolean")) {
                            const err47 = { instancePath: instancePath + "/when/evidence/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/when/properties/evidence/additionalProperties/type", keyword: "type", params: { type: schema25.properties.when.properties.evidence.additionalProperties.type }, message: "must be string,number,boolean", schema: schema25.properties.when.properties.evidence.additionalProperties.type, parentSchema: schema25.properties.when.properties.evidence.additionalProperties, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err47];
                            }
                            else {
                                vErrors.push(err47);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err48 = { instancePath: instancePath + "/when/evidence", schemaPath: "#/properties/when/properties/evidence/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.when.properties.evidence.type, parentSchema: schema25.properties.when.properties.evidence, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err48];
                    }
                    else {
                        vErrors.push(err48);
                    }
                    errors++;
                }
            }
        }
        else {
            const err49 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.when.type, parentSchema: schema25.properties.when, data: data12 };
            if (vErrors === null) {
                vErrors = [err49];
            }
            else {
                vErrors.push(err49);
            }
            errors++;
        }
    }
    if (data.severity !== undefined) {
        let data16 = data.severity;
        if (!((((data16 === "low") || (data16 === "medium")) || (data16 === "high")) || (data16 === "critical"))) {
            const err50 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data16 };
            if (vErrors === null) {
                vErrors = [err50];
            }
            else {
                vErrors.push(err50);
            }
            errors++;
        }
    }
}
else {
    const err51 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data };
    if (vErrors === null) {
        vErrors = [err51];
    }
    else {
        vErrors.push(err51);
    }
    errors++;
} validate15.errors = vErrors; return errors === 0; }
const schema34 = { "description": "A requirement-only rule: the open ports it matches must meet its require (violated fails, unverified follows unverified:), yet it never allows a port by itself. It names the ports or services it applies to (port, ports or service).", "type": "object", "additionalProperties": false, "required": ["require"], "properties": { "id": { "$ref": "#/definitions/ruleId" }, "description": { "type": "string", "description": "Why this must hold, for reviewers." }, "port": { "$ref": "#/definitions/portOrRange" }, "ports": { "description": "Several ports or ranges: [443, \"8443-8444\"].", "type": "array", "minItems": 1, "maxItems": 1000, "items": { "$ref": "#/definitions/portOrRange" } }, "protocol": { "$ref": "#/definitions/protocol" }, "service": { "$ref": "#/definitions/services" }, "product": { "$ref": "#/definitions/products" }, "vantages": { "$ref": "#/definitions/vantages" }, "require": { "$ref": "#/definitions/requirements" }, "severity": { "$ref": "#/definitions/severity" } } };
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.require === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "require" }, message: "must have required property '" + "require" + "'", schema: schema34.required, parentSchema: schema34, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func2.call(schema34.properties, key0))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.id !== undefined) {
        let data0 = data.id;
        if (typeof data0 === "string") {
            if (func3(data0) > 100) {
                const err2 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/ruleId/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema16, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            if (func3(data0) < 1) {
                const err3 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/ruleId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if (!pattern2.test(data0)) {
                const err4 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/ruleId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.:/-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9_.:/-]*$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9_.:/-]*$", parentSchema: schema16, data: data0 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data0 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.description !== undefined) {
        let data1 = data.description;
        if (typeof data1 !== "string") {
            const err6 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.description.type, parentSchema: schema34.properties.description, data: data1 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.port !== undefined) {
        let data2 = data.port;
        if ((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (typeof data2 !== "string")) {
            const err7 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/portOrRange/type", keyword: "type", params: { type: schema17.type }, message: "must be integer,string", schema: schema17.type, parentSchema: schema17, data: data2 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        if ((typeof data2 == "number") && (isFinite(data2))) {
            if (data2 > 65535 || isNaN(data2)) {
                const err8 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/portOrRange/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema17, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            if (data2 < 1 || isNaN(data2)) {
                const err9 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/portOrRange/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema17, data: data2 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (typeof data2 === "string") {
            if (func3(data2) > 60) {
                const err10 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/portOrRange/maxLength", keyword: "maxLength", params: { limit: 60 }, message: "must NOT have more than 60 characters", schema: 60, parentSchema: schema17, data: data2 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
            if (func3(data2) < 1) {
                const err11 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/portOrRange/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17, data: data2 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
    }
    if (data.ports !== undefined) {
        let data3 = data.ports;
        if (Array.isArray(data3)) {
            if (data3.length > 1000) {
                const err12 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/maxItems", keyword: "maxItems", params: { limit: 1000 }, message: "must NOT have more than 1000 items", schema: 1000, parentSchema: schema34.properties.ports, data: data3 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
            if (data3.length < 1) {
                const err13 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema34.properties.ports, data: data3 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data4 = data3[i0];
                if ((!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) && (typeof data4 !== "string")) {
                    const err14 = { instancePath: instancePath + "/ports/" + i0, schemaPath: "#/definitions/portOrRange/type", keyword: "type", params: { type: schema17.type }, message: "must be integer,string", schema: schema17.type, parentSchema: schema17, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
                if ((typeof data4 == "number") && (isFinite(data4))) {
                    if (data4 > 65535 || isNaN(data4)) {
                        const err15 = { instancePath: instancePath + "/ports/" + i0, schemaPath: "#/definitions/portOrRange/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema17, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                    if (data4 < 1 || isNaN(data4)) {
                        const err16 = { instancePath: instancePath + "/ports/" + i0, schemaPath: "#/definitions/portOrRange/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema17, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
                            vErrors.push(err16);
                        }
                        errors++;
                    }
                }
                if (typeof data4 === "string") {
                    if (func3(data4) > 60) {
                        const err17 = { instancePath: instancePath + "/ports/" + i0, schemaPath: "#/definitions/portOrRange/maxLength", keyword: "maxLength", params: { limit: 60 }, message: "must NOT have more than 60 characters", schema: 60, parentSchema: schema17, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err17];
                        }
                        else {
                            vErrors.push(err17);
                        }
                        errors++;
                    }
                    if (func3(data4) < 1) {
                        const err18 = { instancePath: instancePath + "/ports/" + i0, schemaPath: "#/definitions/portOrRange/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                }
            }
        }
        else {
            const err19 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.ports.type, parentSchema: schema34.properties.ports, data: data3 };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
    }
    if (data.protocol !== undefined) {
        let data5 = data.protocol;
        if (!(((data5 === "tcp") || (data5 === "udp")) || (data5 === "any"))) {
            const err20 = { instancePath: instancePath + "/protocol", schemaPath: "#/definitions/protocol/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values", schema: schema19.enum, parentSchema: schema19, data: data5 };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
    }
    if (data.service !== undefined) {
        let data6 = data.service;
        if ((typeof data6 !== "string") && (!(Array.isArray(data6)))) {
            const err21 = { instancePath: instancePath + "/service", schemaPath: "#/definitions/services/type", keyword: "type", params: { type: schema20.type }, message: "must be string,array", schema: schema20.type, parentSchema: schema20, data: data6 };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
        if (typeof data6 === "string") {
            if (func3(data6) < 1) {
                const err22 = { instancePath: instancePath + "/service", schemaPath: "#/definitions/services/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20, data: data6 };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
        }
        if (Array.isArray(data6)) {
            if (data6.length < 1) {
                const err23 = { instancePath: instancePath + "/service", schemaPath: "#/definitions/services/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema20, data: data6 };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
            const len1 = data6.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data7 = data6[i1];
                if (typeof data7 === "string") {
                    if (func3(data7) < 1) {
                        const err24 = { instancePath: instancePath + "/service/" + i1, schemaPath: "#/definitions/services/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.items, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err24];
                        }
                        else {
                            vErrors.push(err24);
                        }
                        errors++;
                    }
                }
                else {
                    const err25 = { instancePath: instancePath + "/service/" + i1, schemaPath: "#/definitions/services/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.items.type, parentSchema: schema20.items, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err25];
                    }
                    else {
                        vErrors.push(err25);
                    }
                    errors++;
                }
            }
        }
    }
    if (data.product !== undefined) {
        let data8 = data.product;
        if ((typeof data8 !== "string") && (!(Array.isArray(data8)))) {
            const err26 = { instancePath: instancePath + "/product", schemaPath: "#/definitions/products/type", keyword: "type", params: { type: schema21.type }, message: "must be string,array", schema: schema21.type, parentSchema: schema21, data: data8 };
            if (vErrors === null) {
                vErrors = [err26];
            }
            else {
                vErrors.push(err26);
            }
            errors++;
        }
        if (typeof data8 === "string") {
            if (func3(data8) > 100) {
                const err27 = { instancePath: instancePath + "/product", schemaPath: "#/definitions/products/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema21, data: data8 };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
            if (func3(data8) < 1) {
                const err28 = { instancePath: instancePath + "/product", schemaPath: "#/definitions/products/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema21, data: data8 };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
        }
        if (Array.isArray(data8)) {
            if (data8.length > 100) {
                const err29 = { instancePath: instancePath + "/product", schemaPath: "#/definitions/products/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema21, data: data8 };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
            if (data8.length < 1) {
                const err30 = { instancePath: instancePath + "/product", schemaPath: "#/definitions/products/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema21, data: data8 };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
            const len2 = data8.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data9 = data8[i2];
                if (typeof data9 === "string") {
                    if (func3(data9) > 100) {
                        const err31 = { instancePath: instancePath + "/product/" + i2, schemaPath: "#/definitions/products/items/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema21.items, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err31];
                        }
                        else {
                            vErrors.push(err31);
                        }
                        errors++;
                    }
                    if (func3(data9) < 1) {
                        const err32 = { instancePath: instancePath + "/product/" + i2, schemaPath: "#/definitions/products/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema21.items, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err32];
                        }
                        else {
                            vErrors.push(err32);
                        }
                        errors++;
                    }
                }
                else {
                    const err33 = { instancePath: instancePath + "/product/" + i2, schemaPath: "#/definitions/products/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.items.type, parentSchema: schema21.items, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err33];
                    }
                    else {
                        vErrors.push(err33);
                    }
                    errors++;
                }
            }
        }
    }
    if (data.vantages !== undefined) {
        let data10 = data.vantages;
        if (Array.isArray(data10)) {
            if (data10.length < 1) {
                const err34 = { instancePath: instancePath + "/vantages", schemaPath: "#/definitions/vantages/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema22, data: data10 };
                if (vErrors === null) {
                    vErrors = [err34];
                }
                else {
                    vErrors.push(err34);
                }
                errors++;
            }
            const len3 = data10.length;
            for (let i3 = 0; i3 < len3; i3++) {
                let data11 = data10[i3];
                if (!(((data11 === "untrusted") || (data11 === "vpn")) || (data11 === "internal"))) {
                    const err35 = { instancePath: instancePath + "/vantages/" + i3, schemaPath: "#/definitions/vantages/items/enum", keyword: "enum", params: { allowedValues: schema22.items.enum }, message: "must be equal to one of the allowed values", schema: schema22.items.enum, parentSchema: schema22.items, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err35];
                    }
                    else {
                        vErrors.push(err35);
                    }
                    errors++;
                }
            }
            let i4 = data10.length;
            let j0;
            if (i4 > 1) {
                outer0: for (; i4--;) {
                    for (j0 = i4; j0--;) {
                        if (func0(data10[i4], data10[j0])) {
                            const err36 = { instancePath: instancePath + "/vantages", schemaPath: "#/definitions/vantages/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i4 + " are identical)", schema: true, parentSchema: schema22, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err36];
                            }
                            else {
                                vErrors.push(err36);
                            }
                            errors++;
                            break outer0;
                        }
                    }
                }
            }
        }
        else {
            const err37 = { instancePath: instancePath + "/vantages", schemaPath: "#/definitions/vantages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema22.type, parentSchema: schema22, data: data10 };
            if (vErrors === null) {
                vErrors = [err37];
            }
            else {
                vErrors.push(err37);
            }
            errors++;
        }
    }
    if (data.require !== undefined) {
        let data12 = data.require;
        if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (Object.keys(data12).length < 1) {
                const err38 = { instancePath: instancePath + "/require", schemaPath: "#/definitions/requirements/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema23, data: data12 };
                if (vErrors === null) {
                    vErrors = [err38];
                }
                else {
                    vErrors.push(err38);
                }
                errors++;
            }
            for (const key1 in data12) {
                if (!(((((key1 === "tls") || (key1 === "redirect")) || (key1 === "auth")) || (key1 === "vpn")) || (key1 === "mfa"))) {
                    const err39 = { instancePath: instancePath + "/require", schemaPath: "#/definitions/requirements/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err39];
                    }
                    else {
                        vErrors.push(err39);
                    }
                    errors++;
                }
            }
            if (data12.tls !== undefined) {
                let data13 = data12.tls;
                if (typeof data13 === "string") {
                    if (!pattern3.test(data13)) {
                        const err40 = { instancePath: instancePath + "/require/tls", schemaPath: "#/definitions/requirements/properties/tls/pattern", keyword: "pattern", params: { pattern: "^\\s*(>=)?\\s*1\\.[0-3]\\s*$" }, message: "must match pattern \"" + "^\\s*(>=)?\\s*1\\.[0-3]\\s*$" + "\"", schema: "^\\s*(>=)?\\s*1\\.[0-3]\\s*$", parentSchema: schema23.properties.tls, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err40];
                        }
                        else {
                            vErrors.push(err40);
                        }
                        errors++;
                    }
                }
                else {
                    const err41 = { instancePath: instancePath + "/require/tls", schemaPath: "#/definitions/requirements/properties/tls/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.tls.type, parentSchema: schema23.properties.tls, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err41];
                    }
                    else {
                        vErrors.push(err41);
                    }
                    errors++;
                }
            }
            if (data12.redirect !== undefined) {
                let data14 = data12.redirect;
                if (!(data14 === "https")) {
                    const err42 = { instancePath: instancePath + "/require/redirect", schemaPath: "#/definitions/requirements/properties/redirect/enum", keyword: "enum", params: { allowedValues: schema23.properties.redirect.enum }, message: "must be equal to one of the allowed values", schema: schema23.properties.redirect.enum, parentSchema: schema23.properties.redirect, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err42];
                    }
                    else {
                        vErrors.push(err42);
                    }
                    errors++;
                }
            }
            if (data12.auth !== undefined) {
                let data15 = data12.auth;
                if (!(data15 === "required")) {
                    const err43 = { instancePath: instancePath + "/require/auth", schemaPath: "#/definitions/requirements/properties/auth/enum", keyword: "enum", params: { allowedValues: schema23.properties.auth.enum }, message: "must be equal to one of the allowed values", schema: schema23.properties.auth.enum, parentSchema: schema23.properties.auth, data: data15 };
                    if (vErrors === null) {
                        vErrors = [err43];
                    }
                    else {
                        vErrors.push(err43);
                    }
                    errors++;
                }
            }
            if (data12.vpn !== undefined) {
                let data16 = data12.vpn;
                if (typeof data16 !== "boolean") {
                    const err44 = { instancePath: instancePath + "/require/vpn", schemaPath: "#/definitions/requirements/properties/vpn/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema23.properties.vpn.type, parentSchema: schema23.properties.vpn, data: data16 };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
            }
            if (data12.mfa !== undefined) {
                let data17 = data12.mfa;
                if (typeof data17 !== "boolean") {
                    const err45 = { instancePath: instancePath + "/require/mfa", schemaPath: "#/definitions/requirements/properties/mfa/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema23.properties.mfa.type, parentSchema: schema23.properties.mfa, data: data17 };
                    if (vErrors === null) {
                        vErrors = [err45];
                    }
                    else {
                        vErrors.push(err45);
                    }
                    errors++;
                }
            }
        }
        else {
            const err46 = { instancePath: instancePath + "/require", schemaPath: "#/definitions/requirements/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data: data12 };
            if (vErrors === null) {
                vErrors = [err46];
            }
            else {
                vErrors.push(err46);
            }
            errors++;
        }
    }
    if (data.severity !== undefined) {
        let data18 = data.severity;
        if (!((((data18 === "low") || (data18 === "medium")) || (data18 === "high")) || (data18 === "critical"))) {
            const err47 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data18 };
            if (vErrors === null) {
                vErrors = [err47];
            }
            else {
                vErrors.push(err47);
            }
            errors++;
        }
    }
}
else {
    const err48 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
        vErrors = [err48];
    }
    else {
        vErrors.push(err48);
    }
    errors++;
} validate17.errors = vErrors; return errors === 0; }
const schema44 = { "description": "A scope: hosts and the rules for them.", "type": "object", "additionalProperties": false, "required": ["name", "hosts"], "properties": { "name": { "description": "A unique name for this scope, shown in verdicts and usable in exceptions' match.target.", "type": "string", "minLength": 1, "maxLength": 100 }, "hosts": { "description": "Which hosts this scope covers: names or globs (matched against the name a scanned address came from), IP addresses and CIDR blocks.", "type": "array", "minItems": 1, "maxItems": 1000, "items": { "$ref": "#/definitions/hostPattern" } }, "vantages": { "$ref": "#/definitions/vantages" }, "default": { "$ref": "#/definitions/default" }, "allow": { "description": "Open ports allowed on these hosts.", "type": "array", "maxItems": 10000, "items": { "$ref": "#/definitions/allowRule" } }, "deny": { "description": "Open ports denied on these hosts.", "type": "array", "maxItems": 10000, "items": { "$ref": "#/definitions/denyRule" } }, "requirements": { "description": "Requirement-only rules for these hosts: what an open port they match must meet; they never allow a port.", "type": "array", "maxItems": 10000, "items": { "$ref": "#/definitions/requirementRule" } } } };
const schema45 = { "description": "A hostname or glob (*.staging.example.com), an IP address, or a CIDR block (10.20.0.0/24, fd00::/64). \"*\" matches every host. Text written as an address (300.1.1.1, 10.0.0.0/33, ::g) must be a valid one.", "type": "string", "minLength": 1, "maxLength": 300 };
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema44.required, parentSchema: schema44, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.hosts === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hosts" }, message: "must have required property '" + "hosts" + "'", schema: schema44.required, parentSchema: schema44, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((((((key0 === "name") || (key0 === "hosts")) || (key0 === "vantages")) || (key0 === "default")) || (key0 === "allow")) || (key0 === "deny")) || (key0 === "requirements"))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data0 = data.name;
        if (typeof data0 === "string") {
            if (func3(data0) > 100) {
                const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema44.properties.name, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if (func3(data0) < 1) {
                const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44.properties.name, data: data0 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.name.type, parentSchema: schema44.properties.name, data: data0 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.hosts !== undefined) {
        let data1 = data.hosts;
        if (Array.isArray(data1)) {
            if (data1.length > 1000) {
                const err6 = { instancePath: instancePath + "/hosts", schemaPath: "#/properties/hosts/maxItems", keyword: "maxItems", params: { limit: 1000 }, message: "must NOT have more than 1000 items", schema: 1000, parentSchema: schema44.properties.hosts, data: data1 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            if (data1.length < 1) {
                const err7 = { instancePath: instancePath + "/hosts", schemaPath: "#/properties/hosts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema44.properties.hosts, data: data1 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data2 = data1[i0];
                if (typeof data2 === "string") {
                    if (func3(data2) > 300) {
                        const err8 = { instancePath: instancePath + "/hosts/" + i0, schemaPath: "#/definitions/hostPattern/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema45, data: data2 };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                    if (func3(data2) < 1) {
                        const err9 = { instancePath: instancePath + "/hosts/" + i0, schemaPath: "#/definitions/hostPattern/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45, data: data2 };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                }
                else {
                    const err10 = { instancePath: instancePath + "/hosts/" + i0, schemaPath: "#/definitions/hostPattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.type, parentSchema: schema45, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/hosts", schemaPath: "#/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema44.properties.hosts.type, parentSchema: schema44.properties.hosts, data: data1 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.vantages !== undefined) {
        let data3 = data.vantages;
        if (Array.isArray(data3)) {
            if (data3.length < 1) {
                const err12 = { instancePath: instancePath + "/vantages", schemaPath: "#/definitions/vantages/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema22, data: data3 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
            const len1 = data3.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data4 = data3[i1];
                if (!(((data4 === "untrusted") || (data4 === "vpn")) || (data4 === "internal"))) {
                    const err13 = { instancePath: instancePath + "/vantages/" + i1, schemaPath: "#/definitions/vantages/items/enum", keyword: "enum", params: { allowedValues: schema22.items.enum }, message: "must be equal to one of the allowed values", schema: schema22.items.enum, parentSchema: schema22.items, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
            }
            let i2 = data3.length;
            let j0;
            if (i2 > 1) {
                outer0: for (; i2--;) {
                    for (j0 = i2; j0--;) {
                        if (func0(data3[i2], data3[j0])) {
                            const err14 = { instancePath: instancePath + "/vantages", schemaPath: "#/definitions/vantages/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema22, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                            break outer0;
                        }
                    }
                }
            }
        }
        else {
            const err15 = { instancePath: instancePath + "/vantages", schemaPath: "#/definitions/vantages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema22.type, parentSchema: schema22, data: data3 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
    if (data.default !== undefined) {
        if (!(validate11(data.default, { instancePath: instancePath + "/default", parentData: data, parentDataProperty: "default", rootData }))) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
        }
    }
    if (data.allow !== undefined) {
        let data6 = data.allow;
        if (Array.isArray(data6)) {
            if (data6.length > 10000) {
                const err16 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/maxItems", keyword: "maxItems", params: { limit: 10000 }, message: "must NOT have more than 10000 items", schema: 10000, parentSchema: schema44.properties.allow, data: data6 };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
            const len2 = data6.length;
            for (let i3 = 0; i3 < len2; i3++) {
                if (!(validate13(data6[i3], { instancePath: instancePath + "/allow/" + i3, parentData: data6, parentDataProperty: i3, rootData }))) {
                    vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err17 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema44.properties.allow.type, parentSchema: schema44.properties.allow, data: data6 };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
    }
    if (data.deny !== undefined) {
        let data8 = data.deny;
        if (Array.isArray(data8)) {
            if (data8.length > 10000) {
                const err18 = { instancePath: instancePath + "/deny", schemaPath: "#/properties/deny/maxItems", keyword: "maxItems", params: { limit: 10000 }, message: "must NOT have more than 10000 items", schema: 10000, parentSchema: schema44.properties.deny, data: data8 };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
            const len3 = data8.length;
            for (let i4 = 0; i4 < len3; i4++) {
                if (!(validate15(data8[i4], { instancePath: instancePath + "/deny/" + i4, parentData: data8, parentDataProperty: i4, rootData }))) {
                    vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err19 = { instancePath: instancePath + "/deny", schemaPath: "#/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema44.properties.deny.type, parentSchema: schema44.properties.deny, data: data8 };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
    }
    if (data.requirements !== undefined) {
        let data10 = data.requirements;
        if (Array.isArray(data10)) {
            if (data10.length > 10000) {
                const err20 = { instancePath: instancePath + "/requirements", schemaPath: "#/properties/requirements/maxItems", keyword: "maxItems", params: { limit: 10000 }, message: "must NOT have more than 10000 items", schema: 10000, parentSchema: schema44.properties.requirements, data: data10 };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            const len4 = data10.length;
            for (let i5 = 0; i5 < len4; i5++) {
                if (!(validate17(data10[i5], { instancePath: instancePath + "/requirements/" + i5, parentData: data10, parentDataProperty: i5, rootData }))) {
                    vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err21 = { instancePath: instancePath + "/requirements", schemaPath: "#/properties/requirements/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema44.properties.requirements.type, parentSchema: schema44.properties.requirements, data: data10 };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
    }
}
else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data };
    if (vErrors === null) {
        vErrors = [err22];
    }
    else {
        vErrors.push(err22);
    }
    errors++;
} validate19.errors = vErrors; return errors === 0; }
const schema47 = { "description": "Requirements for every remote-access service (ssh, rdp, vnc, telnet, winrm, …), on top of the rules that allow its port.", "type": "object", "additionalProperties": false, "properties": { "require": { "description": "vpn: true — not reachable from the untrusted vantage, only through a declared gateway. mfa: true — login needs a second factor.", "type": "object", "additionalProperties": false, "properties": { "vpn": { "type": "boolean", "description": "Remote access only through a VPN." }, "mfa": { "type": "boolean", "description": "Remote access only with a second factor." } } }, "unverified": { "description": "What an unverified remote-access requirement does: warn, fail or pass. Default: the policy's unverified.", "enum": ["warn", "fail", "pass"] }, "severity": { "$ref": "#/definitions/severity" }, "vantages": { "$ref": "#/definitions/vantages" }, "vpn_gateways": { "description": "The VPN gateways remote access goes through.", "type": "array", "maxItems": 100, "items": { "$ref": "#/definitions/gateway" } } } };
const schema50 = { "description": "A VPN gateway that remote access must go through; probed where the protocol allows (OpenVPN, IKE), and allowed to be open.", "type": "object", "additionalProperties": false, "required": ["host", "port", "kind"], "properties": { "host": { "type": "string", "minLength": 1, "maxLength": 253, "description": "The gateway's hostname or IP address." }, "port": { "$ref": "#/definitions/port" }, "protocol": { "enum": ["tcp", "udp"], "description": "tcp or udp (default udp)." }, "kind": { "description": "openvpn and ike are probed; other kinds (wireguard, …) cannot answer an unauthenticated probe and stay unverified.", "type": "string", "minLength": 1, "maxLength": 50 } } };
const schema51 = { "description": "A port number, 1–65535.", "type": "integer", "minimum": 1, "maximum": 65535 };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.host === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "host" }, message: "must have required property '" + "host" + "'", schema: schema50.required, parentSchema: schema50, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.port === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property '" + "port" + "'", schema: schema50.required, parentSchema: schema50, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.kind === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'", schema: schema50.required, parentSchema: schema50, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((key0 === "host") || (key0 === "port")) || (key0 === "protocol")) || (key0 === "kind"))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.host !== undefined) {
        let data0 = data.host;
        if (typeof data0 === "string") {
            if (func3(data0) > 253) {
                const err4 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema50.properties.host, data: data0 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            if (func3(data0) < 1) {
                const err5 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.host, data: data0 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.host.type, parentSchema: schema50.properties.host, data: data0 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.port !== undefined) {
        let data1 = data.port;
        if (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) {
            const err7 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema51.type, parentSchema: schema51, data: data1 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        if ((typeof data1 == "number") && (isFinite(data1))) {
            if (data1 > 65535 || isNaN(data1)) {
                const err8 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema51, data: data1 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            if (data1 < 1 || isNaN(data1)) {
                const err9 = { instancePath: instancePath + "/port", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema51, data: data1 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
    }
    if (data.protocol !== undefined) {
        let data2 = data.protocol;
        if (!((data2 === "tcp") || (data2 === "udp"))) {
            const err10 = { instancePath: instancePath + "/protocol", schemaPath: "#/properties/protocol/enum", keyword: "enum", params: { allowedValues: schema50.properties.protocol.enum }, message: "must be equal to one of the allowed values", schema: schema50.properties.protocol.enum, parentSchema: schema50.properties.protocol, data: data2 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.kind !== undefined) {
        let data3 = data.kind;
        if (typeof data3 === "string") {
            if (func3(data3) > 50) {
                const err11 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema50.properties.kind, data: data3 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
            if (func3(data3) < 1) {
                const err12 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.kind, data: data3 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        else {
            const err13 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.kind.type, parentSchema: schema50.properties.kind, data: data3 };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
    }
}
else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data };
    if (vErrors === null) {
        vErrors = [err14];
    }
    else {
        vErrors.push(err14);
    }
    errors++;
} validate26.errors = vErrors; return errors === 0; }
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(((((key0 === "require") || (key0 === "unverified")) || (key0 === "severity")) || (key0 === "vantages")) || (key0 === "vpn_gateways"))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.require !== undefined) {
        let data0 = data.require;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            for (const key1 in data0) {
                if (!((key1 === "vpn") || (key1 === "mfa"))) {
                    const err1 = { instancePath: instancePath + "/require", schemaPath: "#/properties/require/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.properties.require, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                }
            }
            if (data0.vpn !== undefined) {
                let data1 = data0.vpn;
                if (typeof data1 !== "boolean") {
                    const err2 = { instancePath: instancePath + "/require/vpn", schemaPath: "#/properties/require/properties/vpn/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema47.properties.require.properties.vpn.type, parentSchema: schema47.properties.require.properties.vpn, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
            if (data0.mfa !== undefined) {
                let data2 = data0.mfa;
                if (typeof data2 !== "boolean") {
                    const err3 = { instancePath: instancePath + "/require/mfa", schemaPath: "#/properties/require/properties/mfa/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema47.properties.require.properties.mfa.type, parentSchema: schema47.properties.require.properties.mfa, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
        }
        else {
            const err4 = { instancePath: instancePath + "/require", schemaPath: "#/properties/require/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.properties.require.type, parentSchema: schema47.properties.require, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.unverified !== undefined) {
        let data3 = data.unverified;
        if (!(((data3 === "warn") || (data3 === "fail")) || (data3 === "pass"))) {
            const err5 = { instancePath: instancePath + "/unverified", schemaPath: "#/properties/unverified/enum", keyword: "enum", params: { allowedValues: schema47.properties.unverified.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.unverified.enum, parentSchema: schema47.properties.unverified, data: data3 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.severity !== undefined) {
        let data4 = data.severity;
        if (!((((data4 === "low") || (data4 === "medium")) || (data4 === "high")) || (data4 === "critical"))) {
            const err6 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data4 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.vantages !== undefined) {
        let data5 = data.vantages;
        if (Array.isArray(data5)) {
            if (data5.length < 1) {
                const err7 = { instancePath: instancePath + "/vantages", schemaPath: "#/definitions/vantages/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema22, data: data5 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data6 = data5[i0];
                if (!(((data6 === "untrusted") || (data6 === "vpn")) || (data6 === "internal"))) {
                    const err8 = { instancePath: instancePath + "/vantages/" + i0, schemaPath: "#/definitions/vantages/items/enum", keyword: "enum", params: { allowedValues: schema22.items.enum }, message: "must be equal to one of the allowed values", schema: schema22.items.enum, parentSchema: schema22.items, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
            let i1 = data5.length;
            let j0;
            if (i1 > 1) {
                outer0: for (; i1--;) {
                    for (j0 = i1; j0--;) {
                        if (func0(data5[i1], data5[j0])) {
                            const err9 = { instancePath: instancePath + "/vantages", schemaPath: "#/definitions/vantages/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema22, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                            break outer0;
                        }
                    }
                }
            }
        }
        else {
            const err10 = { instancePath: instancePath + "/vantages", schemaPath: "#/definitions/vantages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema22.type, parentSchema: schema22, data: data5 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.vpn_gateways !== undefined) {
        let data7 = data.vpn_gateways;
        if (Array.isArray(data7)) {
            if (data7.length > 100) {
                const err11 = { instancePath: instancePath + "/vpn_gateways", schemaPath: "#/properties/vpn_gateways/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema47.properties.vpn_gateways, data: data7 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
            const len1 = data7.length;
            for (let i2 = 0; i2 < len1; i2++) {
                if (!(validate26(data7[i2], { instancePath: instancePath + "/vpn_gateways/" + i2, parentData: data7, parentDataProperty: i2, rootData }))) {
                    vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err12 = { instancePath: instancePath + "/vpn_gateways", schemaPath: "#/properties/vpn_gateways/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties.vpn_gateways.type, parentSchema: schema47.properties.vpn_gateways, data: data7 };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
    }
}
else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data };
    if (vErrors === null) {
        vErrors = [err13];
    }
    else {
        vErrors.push(err13);
    }
    errors++;
} validate25.errors = vErrors; return errors === 0; }
const schema52 = { "description": "A waiver with a reason, an approver and an expiry date.", "type": "object", "additionalProperties": false, "required": ["match", "reason", "approved_by", "expires"], "properties": { "id": { "$ref": "#/definitions/ruleId" }, "match": { "description": "Which findings this exception waives; every key given must match. It must name a host, port, service or rule (or a target whose hosts leave some out): an exception that matches every port is refused.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "host": { "$ref": "#/definitions/hostPattern" }, "port": { "$ref": "#/definitions/portOrRange" }, "ports": { "type": "array", "minItems": 1, "maxItems": 1000, "items": { "$ref": "#/definitions/portOrRange" }, "description": "Several ports or ranges." }, "protocol": { "$ref": "#/definitions/protocol" }, "service": { "$ref": "#/definitions/services" }, "product": { "$ref": "#/definitions/products" }, "target": { "type": "string", "minLength": 1, "description": "The name of a target (scope) in this policy." }, "rule": { "type": "string", "minLength": 1, "description": "The id of the rule this exception waives." } } }, "reason": { "description": "Why this is acceptable, in one sentence a reviewer can judge.", "type": "string", "minLength": 1, "maxLength": 500 }, "approved_by": { "description": "Who approved it: a person or team, such as @acme/security.", "type": "string", "minLength": 1, "maxLength": 200 }, "ticket": { "description": "A link to the ticket or discussion that records the approval.", "type": "string", "minLength": 1, "maxLength": 500 }, "expires": { "description": "The last day this exception applies (YYYY-MM-DD, UTC), or never for a permanent exception. A date that cannot be read counts as expired.", "type": ["string", "number"], "minLength": 1, "maxLength": 40 }, "waive": { "description": "violated: also waive requirements a probe proved violated; the verdict is then a warning, never a pass. Without it a proven violation stays a failure under this exception.", "enum": ["violated"] } } };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.match === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property '" + "match" + "'", schema: schema52.required, parentSchema: schema52, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.reason === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property '" + "reason" + "'", schema: schema52.required, parentSchema: schema52, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.approved_by === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "approved_by" }, message: "must have required property '" + "approved_by" + "'", schema: schema52.required, parentSchema: schema52, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.expires === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property '" + "expires" + "'", schema: schema52.required, parentSchema: schema52, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((((((key0 === "id") || (key0 === "match")) || (key0 === "reason")) || (key0 === "approved_by")) || (key0 === "ticket")) || (key0 === "expires")) || (key0 === "waive"))) {
            const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.id !== undefined) {
        let data0 = data.id;
        if (typeof data0 === "string") {
            if (func3(data0) > 100) {
                const err5 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/ruleId/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema16, data: data0 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            if (func3(data0) < 1) {
                const err6 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/ruleId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16, data: data0 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            if (!pattern2.test(data0)) {
                const err7 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/ruleId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.:/-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9_.:/-]*$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9_.:/-]*$", parentSchema: schema16, data: data0 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        else {
            const err8 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data0 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.match !== undefined) {
        let data1 = data.match;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (Object.keys(data1).length < 1) {
                const err9 = { instancePath: instancePath + "/match", schemaPath: "#/properties/match/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema52.properties.match, data: data1 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
            for (const key1 in data1) {
                if (!((((((((key1 === "host") || (key1 === "port")) || (key1 === "ports")) || (key1 === "protocol")) || (key1 === "service")) || (key1 === "product")) || (key1 === "target")) || (key1 === "rule"))) {
                    const err10 = { instancePath: instancePath + "/match", schemaPath: "#/properties/match/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52.properties.match, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
            }
            if (data1.host !== undefined) {
                let data2 = data1.host;
                if (typeof data2 === "string") {
                    if (func3(data2) > 300) {
                        const err11 = { instancePath: instancePath + "/match/host", schemaPath: "#/definitions/hostPattern/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema45, data: data2 };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                    if (func3(data2) < 1) {
                        const err12 = { instancePath: instancePath + "/match/host", schemaPath: "#/definitions/hostPattern/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45, data: data2 };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
                else {
                    const err13 = { instancePath: instancePath + "/match/host", schemaPath: "#/definitions/hostPattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.type, parentSchema: schema45, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
            }
            if (data1.port !== undefined) {
                let data3 = data1.port;
                if ((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (typeof data3 !== "string")) {
                    const err14 = { instancePath: instancePath + "/match/port", schemaPath: "#/definitions/portOrRange/type", keyword: "type", params: { type: schema17.type }, message: "must be integer,string", schema: schema17.type, parentSchema: schema17, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
                if ((typeof data3 == "number") && (isFinite(data3))) {
                    if (data3 > 65535 || isNaN(data3)) {
                        const err15 = { instancePath: instancePath + "/match/port", schemaPath: "#/definitions/portOrRange/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema17, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                    if (data3 < 1 || isNaN(data3)) {
                        const err16 = { instancePath: instancePath + "/match/port", schemaPath: "#/definitions/portOrRange/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema17, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
                            vErrors.push(err16);
                        }
                        errors++;
                    }
                }
                if (typeof data3 === "string") {
                    if (func3(data3) > 60) {
                        const err17 = { instancePath: instancePath + "/match/port", schemaPath: "#/definitions/portOrRange/maxLength", keyword: "maxLength", params: { limit: 60 }, message: "must NOT have more than 60 characters", schema: 60, parentSchema: schema17, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err17];
                        }
                        else {
                            vErrors.push(err17);
                        }
                        errors++;
                    }
                    if (func3(data3) < 1) {
                        const err18 = { instancePath: instancePath + "/match/port", schemaPath: "#/definitions/portOrRange/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                }
            }
            if (data1.ports !== undefined) {
                let data4 = data1.ports;
                if (Array.isArray(data4)) {
                    if (data4.length > 1000) {
                        const err19 = { instancePath: instancePath + "/match/ports", schemaPath: "#/properties/match/properties/ports/maxItems", keyword: "maxItems", params: { limit: 1000 }, message: "must NOT have more than 1000 items", schema: 1000, parentSchema: schema52.properties.match.properties.ports, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                    if (data4.length < 1) {
                        const err20 = { instancePath: instancePath + "/match/ports", schemaPath: "#/properties/match/properties/ports/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema52.properties.match.properties.ports, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                    const len0 = data4.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data5 = data4[i0];
                        if ((!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) && (typeof data5 !== "string")) {
                            const err21 = { instancePath: instancePath + "/match/ports/" + i0, schemaPath: "#/definitions/portOrRange/type", keyword: "type", params: { type: schema17.type }, message: "must be integer,string", schema: schema17.type, parentSchema: schema17, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err21];
                            }
                            else {
                                vErrors.push(err21);
                            }
                            errors++;
                        }
                        if ((typeof data5 == "number") && (isFinite(data5))) {
                            if (data5 > 65535 || isNaN(data5)) {
                                const err22 = { instancePath: instancePath + "/match/ports/" + i0, schemaPath: "#/definitions/portOrRange/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema17, data: data5 };
                                if (vErrors === null) {
                                    vErrors = [err22];
                                }
                                else {
                                    vErrors.push(err22);
                                }
                                errors++;
                            }
                            if (data5 < 1 || isNaN(data5)) {
                                const err23 = { instancePath: instancePath + "/match/ports/" + i0, schemaPath: "#/definitions/portOrRange/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema17, data: data5 };
                                if (vErrors === null) {
                                    vErrors = [err23];
                                }
                                else {
                                    vErrors.push(err23);
                                }
                                errors++;
                            }
                        }
                        if (typeof data5 === "string") {
                            if (func3(data5) > 60) {
                                const err24 = { instancePath: instancePath + "/match/ports/" + i0, schemaPath: "#/definitions/portOrRange/maxLength", keyword: "maxLength", params: { limit: 60 }, message: "must NOT have more than 60 characters", schema: 60, parentSchema: schema17, data: data5 };
                                if (vErrors === null) {
                                    vErrors = [err24];
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                            if (func3(data5) < 1) {
                                const err25 = { instancePath: instancePath + "/match/ports/" + i0, schemaPath: "#/definitions/portOrRange/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17, data: data5 };
                                if (vErrors === null) {
                                    vErrors = [err25];
                                }
                                else {
                                    vErrors.push(err25);
                                }
                                errors++;
                            }
                        }
                    }
                }
                else {
                    const err26 = { instancePath: instancePath + "/match/ports", schemaPath: "#/properties/match/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.match.properties.ports.type, parentSchema: schema52.properties.match.properties.ports, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
            }
            if (data1.protocol !== undefined) {
                let data6 = data1.protocol;
                if (!(((data6 === "tcp") || (data6 === "udp")) || (data6 === "any"))) {
                    const err27 = { instancePath: instancePath + "/match/protocol", schemaPath: "#/definitions/protocol/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values", schema: schema19.enum, parentSchema: schema19, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err27];
                    }
                    else {
                        vErrors.push(err27);
                    }
                    errors++;
                }
            }
            if (data1.service !== undefined) {
                let data7 = data1.service;
                if ((typeof data7 !== "string") && (!(Array.isArray(data7)))) {
                    const err28 = { instancePath: instancePath + "/match/service", schemaPath: "#/definitions/services/type", keyword: "type", params: { type: schema20.type }, message: "must be string,array", schema: schema20.type, parentSchema: schema20, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err28];
                    }
                    else {
                        vErrors.push(err28);
                    }
                    errors++;
                }
                if (typeof data7 === "string") {
                    if (func3(data7) < 1) {
                        const err29 = { instancePath: instancePath + "/match/service", schemaPath: "#/definitions/services/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                }
                if (Array.isArray(data7)) {
                    if (data7.length < 1) {
                        const err30 = { instancePath: instancePath + "/match/service", schemaPath: "#/definitions/services/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema20, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err30];
                        }
                        else {
                            vErrors.push(err30);
                        }
                        errors++;
                    }
                    const len1 = data7.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                        let data8 = data7[i1];
                        if (typeof data8 === "string") {
                            if (func3(data8) < 1) {
                                const err31 = { instancePath: instancePath + "/match/service/" + i1, schemaPath: "#/definitions/services/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.items, data: data8 };
                                if (vErrors === null) {
                                    vErrors = [err31];
                                }
                                else {
                                    vErrors.push(err31);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err32 = { instancePath: instancePath + "/match/service/" + i1, schemaPath: "#/definitions/services/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.items.type, parentSchema: schema20.items, data: data8 };
                            if (vErrors === null) {
                                vErrors = [err32];
                            }
                            else {
                                vErrors.push(err32);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data1.product !== undefined) {
                let data9 = data1.product;
                if ((typeof data9 !== "string") && (!(Array.isArray(data9)))) {
                    const err33 = { instancePath: instancePath + "/match/product", schemaPath: "#/definitions/products/type", keyword: "type", params: { type: schema21.type }, message: "must be string,array", schema: schema21.type, parentSchema: schema21, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err33];
                    }
                    else {
                        vErrors.push(err33);
                    }
                    errors++;
                }
                if (typeof data9 === "string") {
                    if (func3(data9) > 100) {
                        const err34 = { instancePath: instancePath + "/match/product", schemaPath: "#/definitions/products/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema21, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err34];
                        }
                        else {
                            vErrors.push(err34);
                        }
                        errors++;
                    }
                    if (func3(data9) < 1) {
                        const err35 = { instancePath: instancePath + "/match/product", schemaPath: "#/definitions/products/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema21, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err35];
                        }
                        else {
                            vErrors.push(err35);
                        }
                        errors++;
                    }
                }
                if (Array.isArray(data9)) {
                    if (data9.length > 100) {
                        const err36 = { instancePath: instancePath + "/match/product", schemaPath: "#/definitions/products/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema21, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err36];
                        }
                        else {
                            vErrors.push(err36);
                        }
                        errors++;
                    }
                    if (data9.length < 1) {
                        const err37 = { instancePath: instancePath + "/match/product", schemaPath: "#/definitions/products/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema21, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err37];
                        }
                        else {
                            vErrors.push(err37);
                        }
                        errors++;
                    }
                    const len2 = data9.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                        let data10 = data9[i2];
                        if (typeof data10 === "string") {
                            if (func3(data10) > 100) {
                                const err38 = { instancePath: instancePath + "/match/product/" + i2, schemaPath: "#/definitions/products/items/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema21.items, data: data10 };
                                if (vErrors === null) {
                                    vErrors = [err38];
                                }
                                else {
                                    vErrors.push(err38);
                                }
                                errors++;
                            }
                            if (func3(data10) < 1) {
                                const err39 = { instancePath: instancePath + "/match/product/" + i2, schemaPath: "#/definitions/products/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema21.items, data: data10 };
                                if (vErrors === null) {
                                    vErrors = [err39];
                                }
                                else {
                                    vErrors.push(err39);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err40 = { instancePath: instancePath + "/match/product/" + i2, schemaPath: "#/definitions/products/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.items.type, parentSchema: schema21.items, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err40];
                            }
                            else {
                                vErrors.push(err40);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data1.target !== undefined) {
                let data11 = data1.target;
                if (typeof data11 === "string") {
                    if (func3(data11) < 1) {
                        const err41 = { instancePath: instancePath + "/match/target", schemaPath: "#/properties/match/properties/target/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.match.properties.target, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err41];
                        }
                        else {
                            vErrors.push(err41);
                        }
                        errors++;
                    }
                }
                else {
                    const err42 = { instancePath: instancePath + "/match/target", schemaPath: "#/properties/match/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.match.properties.target.type, parentSchema: schema52.properties.match.properties.target, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err42];
                    }
                    else {
                        vErrors.push(err42);
                    }
                    errors++;
                }
            }
            if (data1.rule !== undefined) {
                let data12 = data1.rule;
                if (typeof data12 === "string") {
                    if (func3(data12) < 1) {
                        const err43 = { instancePath: instancePath + "/match/rule", schemaPath: "#/properties/match/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.match.properties.rule, data: data12 };
                        if (vErrors === null) {
                            vErrors = [err43];
                        }
                        else {
                            vErrors.push(err43);
                        }
                        errors++;
                    }
                }
                else {
                    const err44 = { instancePath: instancePath + "/match/rule", schemaPath: "#/properties/match/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.match.properties.rule.type, parentSchema: schema52.properties.match.properties.rule, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
            }
        }
        else {
            const err45 = { instancePath: instancePath + "/match", schemaPath: "#/properties/match/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.match.type, parentSchema: schema52.properties.match, data: data1 };
            if (vErrors === null) {
                vErrors = [err45];
            }
            else {
                vErrors.push(err45);
            }
            errors++;
        }
    }
    if (data.reason !== undefined) {
        let data13 = data.reason;
        if (typeof data13 === "string") {
            if (func3(data13) > 500) {
                const err46 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema52.properties.reason, data: data13 };
                if (vErrors === null) {
                    vErrors = [err46];
                }
                else {
                    vErrors.push(err46);
                }
                errors++;
            }
            if (func3(data13) < 1) {
                const err47 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.reason, data: data13 };
                if (vErrors === null) {
                    vErrors = [err47];
                }
                else {
                    vErrors.push(err47);
                }
                errors++;
            }
        }
        else {
            const err48 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.reason.type, parentSchema: schema52.properties.reason, data: data13 };
            if (vErrors === null) {
                vErrors = [err48];
            }
            else {
                vErrors.push(err48);
            }
            errors++;
        }
    }
    if (data.approved_by !== undefined) {
        let data14 = data.approved_by;
        if (typeof data14 === "string") {
            if (func3(data14) > 200) {
                const err49 = { instancePath: instancePath + "/approved_by", schemaPath: "#/properties/approved_by/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema52.properties.approved_by, data: data14 };
                if (vErrors === null) {
                    vErrors = [err49];
                }
                else {
                    vErrors.push(err49);
                }
                errors++;
            }
            if (func3(data14) < 1) {
                const err50 = { instancePath: instancePath + "/approved_by", schemaPath: "#/properties/approved_by/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.approved_by, data: data14 };
                if (vErrors === null) {
                    vErrors = [err50];
                }
                else {
                    vErrors.push(err50);
                }
                errors++;
            }
        }
        else {
            const err51 = { instancePath: instancePath + "/approved_by", schemaPath: "#/properties/approved_by/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.approved_by.type, parentSchema: schema52.properties.approved_by, data: data14 };
            if (vErrors === null) {
                vErrors = [err51];
            }
            else {
                vErrors.push(err51);
            }
            errors++;
        }
    }
    if (data.ticket !== undefined) {
        let data15 = data.ticket;
        if (typeof data15 === "string") {
            if (func3(data15) > 500) {
                const err52 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema52.properties.ticket, data: data15 };
                if (vErrors === null) {
                    vErrors = [err52];
                }
                else {
                    vErrors.push(err52);
                }
                errors++;
            }
            if (func3(data15) < 1) {
                const err53 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.ticket, data: data15 };
                if (vErrors === null) {
                    vErrors = [err53];
                }
                else {
                    vErrors.push(err53);
                }
                errors++;
            }
        }
        else {
            const err54 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.ticket.type, parentSchema: schema52.properties.ticket, data: data15 };
            if (vErrors === null) {
                vErrors = [err54];
            }
            else {
                vErrors.push(err54);
            }
            errors++;
        }
    }
    if (data.expires !== undefined) {
        let data16 = data.expires;
        if ((typeof data16 !== "string") && (!((typeof data16 == "number") && (isFinite(data16))))) {
            const err55 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/type", keyword: "type", params: { type: schema52.properties.expires.type }, message: "must be string,number", schema: schema52.properties.expires.type, parentSchema: schema52.properties.expires, data: data16 };
            if (vErrors === null) {
                vErrors = [err55];
            }
            else {
                vErrors.push(err55);
            }
            errors++;
        }
        if (typeof data16 === "string") {
            if (func3(data16) > 40) {
                const err56 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters", schema: 40, parentSchema: schema52.properties.expires, data: data16 };
                if (vErrors === null) {
                    vErrors = [err56];
                }
                else {
                    vErrors.push(err56);
                }
                errors++;
            }
            if (func3(data16) < 1) {
                const err57 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.expires, data: data16 };
                if (vErrors === null) {
                    vErrors = [err57];
                }
                else {
                    vErrors.push(err57);
                }
                errors++;
            }
        }
    }
    if (data.waive !== undefined) {
        let data17 = data.waive;
        if (!(data17 === "violated")) {
            const err58 = { instancePath: instancePath + "/waive", schemaPath: "#/properties/waive/enum", keyword: "enum", params: { allowedValues: schema52.properties.waive.enum }, message: "must be equal to one of the allowed values", schema: schema52.properties.waive.enum, parentSchema: schema52.properties.waive, data: data17 };
            if (vErrors === null) {
                vErrors = [err58];
            }
            else {
                vErrors.push(err58);
            }
            errors++;
        }
    }
}
else {
    const err59 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data };
    if (vErrors === null) {
        vErrors = [err59];
    }
    else {
        vErrors.push(err59);
    }
    errors++;
} validate29.errors = vErrors; return errors === 0; }
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://raw.githubusercontent.com/portcullis/portcullis/v1/schemas/policy.schema.json" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func2.call(schema11.properties, key0))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.$schema !== undefined) {
        let data0 = data.$schema;
        if (typeof data0 !== "string") {
            const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data1 = data.version;
        if (1 !== data1) {
            const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data1 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.extends !== undefined) {
        let data2 = data.extends;
        if ((typeof data2 !== "string") && (!(Array.isArray(data2)))) {
            const err4 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: schema11.properties.extends.type }, message: "must be string,array", schema: schema11.properties.extends.type, parentSchema: schema11.properties.extends, data: data2 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (typeof data2 === "string") {
            if (func3(data2) < 1) {
                const err5 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.extends, data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (Array.isArray(data2)) {
            if (data2.length > 16) {
                const err6 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/maxItems", keyword: "maxItems", params: { limit: 16 }, message: "must NOT have more than 16 items", schema: 16, parentSchema: schema11.properties.extends, data: data2 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data3 = data2[i0];
                const _errs9 = errors;
                let valid4 = false;
                let passing0 = null;
                const _errs10 = errors;
                if (typeof data3 === "string") {
                    if (func3(data3) > 1000) {
                        const err7 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/definitions/extendsEntry/oneOf/0/maxLength", keyword: "maxLength", params: { limit: 1000 }, message: "must NOT have more than 1000 characters", schema: 1000, parentSchema: schema12.oneOf[0], data: data3 };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                    if (func3(data3) < 1) {
                        const err8 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/definitions/extendsEntry/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.oneOf[0], data: data3 };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
                else {
                    const err9 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/definitions/extendsEntry/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.oneOf[0].type, parentSchema: schema12.oneOf[0], data: data3 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
                var _valid0 = _errs10 === errors;
                if (_valid0) {
                    valid4 = true;
                    passing0 = 0;
                }
                const _errs12 = errors;
                if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    if (data3.url === undefined) {
                        const err10 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/definitions/extendsEntry/oneOf/1/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'", schema: schema12.oneOf[1].required, parentSchema: schema12.oneOf[1], data: data3 };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                    if (data3.sha256 === undefined) {
                        const err11 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/definitions/extendsEntry/oneOf/1/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property '" + "sha256" + "'", schema: schema12.oneOf[1].required, parentSchema: schema12.oneOf[1], data: data3 };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                    for (const key1 in data3) {
                        if (!((key1 === "url") || (key1 === "sha256"))) {
                            const err12 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/definitions/extendsEntry/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.oneOf[1], data: data3 };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                    }
                    if (data3.url !== undefined) {
                        let data4 = data3.url;
                        if (typeof data4 === "string") {
                            if (func3(data4) > 2000) {
                                const err13 = { instancePath: instancePath + "/extends/" + i0 + "/url", schemaPath: "#/definitions/extendsEntry/oneOf/1/properties/url/maxLength", keyword: "maxLength", params: { limit: 2000 }, message: "must NOT have more than 2000 characters", schema: 2000, parentSchema: schema12.oneOf[1].properties.url, data: data4 };
                                if (vErrors === null) {
                                    vErrors = [err13];
                                }
                                else {
                                    vErrors.push(err13);
                                }
                                errors++;
                            }
                            if (!pattern0.test(data4)) {
                                const err14 = { instancePath: instancePath + "/extends/" + i0 + "/url", schemaPath: "#/definitions/extendsEntry/oneOf/1/properties/url/pattern", keyword: "pattern", params: { pattern: "^https://[^\\s]+$" }, message: "must match pattern \"" + "^https://[^\\s]+$" + "\"", schema: "^https://[^\\s]+$", parentSchema: schema12.oneOf[1].properties.url, data: data4 };
                                if (vErrors === null) {
                                    vErrors = [err14];
                                }
                                else {
                                    vErrors.push(err14);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err15 = { instancePath: instancePath + "/extends/" + i0 + "/url", schemaPath: "#/definitions/extendsEntry/oneOf/1/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.oneOf[1].properties.url.type, parentSchema: schema12.oneOf[1].properties.url, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                    }
                    if (data3.sha256 !== undefined) {
                        let data5 = data3.sha256;
                        if (typeof data5 === "string") {
                            if (!pattern1.test(data5)) {
                                const err16 = { instancePath: instancePath + "/extends/" + i0 + "/sha256", schemaPath: "#/definitions/extendsEntry/oneOf/1/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-fA-F]{64}$" }, message: "must match pattern \"" + "^[0-9a-fA-F]{64}$" + "\"", schema: "^[0-9a-fA-F]{64}$", parentSchema: schema12.oneOf[1].properties.sha256, data: data5 };
                                if (vErrors === null) {
                                    vErrors = [err16];
                                }
                                else {
                                    vErrors.push(err16);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err17 = { instancePath: instancePath + "/extends/" + i0 + "/sha256", schemaPath: "#/definitions/extendsEntry/oneOf/1/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.oneOf[1].properties.sha256.type, parentSchema: schema12.oneOf[1].properties.sha256, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err18 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/definitions/extendsEntry/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.oneOf[1].type, parentSchema: schema12.oneOf[1], data: data3 };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
                var _valid0 = _errs12 === errors;
                if (_valid0 && valid4) {
                    valid4 = false;
                    passing0 = [passing0, 1];
                }
                else {
                    if (_valid0) {
                        valid4 = true;
                        passing0 = 1;
                    }
                }
                if (!valid4) {
                    const err19 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/definitions/extendsEntry/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema12.oneOf, parentSchema: schema12, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err19];
                    }
                    else {
                        vErrors.push(err19);
                    }
                    errors++;
                }
                else {
                    errors = _errs9;
                    if (vErrors !== null) {
                        if (_errs9) {
                            vErrors.length = _errs9;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
        }
    }
    if (data.mode !== undefined) {
        let data6 = data.mode;
        if (!((data6 === "enforce") || (data6 === "warn"))) {
            const err20 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema11.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.mode.enum, parentSchema: schema11.properties.mode, data: data6 };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
    }
    if (data.default !== undefined) {
        if (!(validate11(data.default, { instancePath: instancePath + "/default", parentData: data, parentDataProperty: "default", rootData }))) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
        }
    }
    if (data["fail-on"] !== undefined) {
        let data8 = data["fail-on"];
        if (!((((((data8 === "any") || (data8 === "low")) || (data8 === "medium")) || (data8 === "high")) || (data8 === "critical")) || (data8 === "new"))) {
            const err21 = { instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/enum", keyword: "enum", params: { allowedValues: schema11.properties["fail-on"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties["fail-on"].enum, parentSchema: schema11.properties["fail-on"], data: data8 };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
    }
    if (data.unverified !== undefined) {
        let data9 = data.unverified;
        if (!(((data9 === "warn") || (data9 === "fail")) || (data9 === "pass"))) {
            const err22 = { instancePath: instancePath + "/unverified", schemaPath: "#/properties/unverified/enum", keyword: "enum", params: { allowedValues: schema11.properties.unverified.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.unverified.enum, parentSchema: schema11.properties.unverified, data: data9 };
            if (vErrors === null) {
                vErrors = [err22];
            }
            else {
                vErrors.push(err22);
            }
            errors++;
        }
    }
    if (data.allow !== undefined) {
        let data10 = data.allow;
        if (Array.isArray(data10)) {
            if (data10.length > 10000) {
                const err23 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/maxItems", keyword: "maxItems", params: { limit: 10000 }, message: "must NOT have more than 10000 items", schema: 10000, parentSchema: schema11.properties.allow, data: data10 };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
            const len1 = data10.length;
            for (let i1 = 0; i1 < len1; i1++) {
                if (!(validate13(data10[i1], { instancePath: instancePath + "/allow/" + i1, parentData: data10, parentDataProperty: i1, rootData }))) {
                    vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err24 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.allow.type, parentSchema: schema11.properties.allow, data: data10 };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
    }
    if (data.deny !== undefined) {
        let data12 = data.deny;
        if (Array.isArray(data12)) {
            if (data12.length > 10000) {
                const err25 = { instancePath: instancePath + "/deny", schemaPath: "#/properties/deny/maxItems", keyword: "maxItems", params: { limit: 10000 }, message: "must NOT have more than 10000 items", schema: 10000, parentSchema: schema11.properties.deny, data: data12 };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
            const len2 = data12.length;
            for (let i2 = 0; i2 < len2; i2++) {
                if (!(validate15(data12[i2], { instancePath: instancePath + "/deny/" + i2, parentData: data12, parentDataProperty: i2, rootData }))) {
                    vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err26 = { instancePath: instancePath + "/deny", schemaPath: "#/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.deny.type, parentSchema: schema11.properties.deny, data: data12 };
            if (vErrors === null) {
                vErrors = [err26];
            }
            else {
                vErrors.push(err26);
            }
            errors++;
        }
    }
    if (data.requirements !== undefined) {
        let data14 = data.requirements;
        if (Array.isArray(data14)) {
            if (data14.length > 10000) {
                const err27 = { instancePath: instancePath + "/requirements", schemaPath: "#/properties/requirements/maxItems", keyword: "maxItems", params: { limit: 10000 }, message: "must NOT have more than 10000 items", schema: 10000, parentSchema: schema11.properties.requirements, data: data14 };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
            const len3 = data14.length;
            for (let i3 = 0; i3 < len3; i3++) {
                if (!(validate17(data14[i3], { instancePath: instancePath + "/requirements/" + i3, parentData: data14, parentDataProperty: i3, rootData }))) {
                    vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err28 = { instancePath: instancePath + "/requirements", schemaPath: "#/properties/requirements/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.requirements.type, parentSchema: schema11.properties.requirements, data: data14 };
            if (vErrors === null) {
                vErrors = [err28];
            }
            else {
                vErrors.push(err28);
            }
            errors++;
        }
    }
    if (data.targets !== undefined) {
        let data16 = data.targets;
        if (Array.isArray(data16)) {
            if (data16.length > 1000) {
                const err29 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/maxItems", keyword: "maxItems", params: { limit: 1000 }, message: "must NOT have more than 1000 items", schema: 1000, parentSchema: schema11.properties.targets, data: data16 };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
            const len4 = data16.length;
            for (let i4 = 0; i4 < len4; i4++) {
                if (!(validate19(data16[i4], { instancePath: instancePath + "/targets/" + i4, parentData: data16, parentDataProperty: i4, rootData }))) {
                    vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err30 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.targets.type, parentSchema: schema11.properties.targets, data: data16 };
            if (vErrors === null) {
                vErrors = [err30];
            }
            else {
                vErrors.push(err30);
            }
            errors++;
        }
    }
    if (data.remote_access !== undefined) {
        if (!(validate25(data.remote_access, { instancePath: instancePath + "/remote_access", parentData: data, parentDataProperty: "remote_access", rootData }))) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
        }
    }
    if (data.exceptions !== undefined) {
        let data19 = data.exceptions;
        if (Array.isArray(data19)) {
            if (data19.length > 10000) {
                const err31 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/maxItems", keyword: "maxItems", params: { limit: 10000 }, message: "must NOT have more than 10000 items", schema: 10000, parentSchema: schema11.properties.exceptions, data: data19 };
                if (vErrors === null) {
                    vErrors = [err31];
                }
                else {
                    vErrors.push(err31);
                }
                errors++;
            }
            const len5 = data19.length;
            for (let i5 = 0; i5 < len5; i5++) {
                if (!(validate29(data19[i5], { instancePath: instancePath + "/exceptions/" + i5, parentData: data19, parentDataProperty: i5, rootData }))) {
                    vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err32 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.exceptions.type, parentSchema: schema11.properties.exceptions, data: data19 };
            if (vErrors === null) {
                vErrors = [err32];
            }
            else {
                vErrors.push(err32);
            }
            errors++;
        }
    }
    if (data.approvers !== undefined) {
        let data21 = data.approvers;
        if (Array.isArray(data21)) {
            if (data21.length > 100) {
                const err33 = { instancePath: instancePath + "/approvers", schemaPath: "#/properties/approvers/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema11.properties.approvers, data: data21 };
                if (vErrors === null) {
                    vErrors = [err33];
                }
                else {
                    vErrors.push(err33);
                }
                errors++;
            }
            const len6 = data21.length;
            for (let i6 = 0; i6 < len6; i6++) {
                let data22 = data21[i6];
                if (typeof data22 === "string") {
                    if (!pattern9.test(data22)) {
                        const err34 = { instancePath: instancePath + "/approvers/" + i6, schemaPath: "#/properties/approvers/items/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$" }, message: "must match pattern \"" + "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$" + "\"", schema: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$", parentSchema: schema11.properties.approvers.items, data: data22 };
                        if (vErrors === null) {
                            vErrors = [err34];
                        }
                        else {
                            vErrors.push(err34);
                        }
                        errors++;
                    }
                }
                else {
                    const err35 = { instancePath: instancePath + "/approvers/" + i6, schemaPath: "#/properties/approvers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.approvers.items.type, parentSchema: schema11.properties.approvers.items, data: data22 };
                    if (vErrors === null) {
                        vErrors = [err35];
                    }
                    else {
                        vErrors.push(err35);
                    }
                    errors++;
                }
            }
            let i7 = data21.length;
            let j0;
            if (i7 > 1) {
                const indices0 = {};
                for (; i7--;) {
                    let item0 = data21[i7];
                    if (typeof item0 !== "string") {
                        continue;
                    }
                    if (typeof indices0[item0] == "number") {
                        j0 = indices0[item0];
                        const err36 = { instancePath: instancePath + "/approvers", schemaPath: "#/properties/approvers/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i7 + " are identical)", schema: true, parentSchema: schema11.properties.approvers, data: data21 };
                        if (vErrors === null) {
                            vErrors = [err36];
                        }
                        else {
                            vErrors.push(err36);
                        }
                        errors++;
                        break;
                    }
                    indices0[item0] = i7;
                }
            }
        }
        else {
            const err37 = { instancePath: instancePath + "/approvers", schemaPath: "#/properties/approvers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.approvers.type, parentSchema: schema11.properties.approvers, data: data21 };
            if (vErrors === null) {
                vErrors = [err37];
            }
            else {
                vErrors.push(err37);
            }
            errors++;
        }
    }
    if (data.trust_pull_request_policy !== undefined) {
        let data23 = data.trust_pull_request_policy;
        if (typeof data23 !== "boolean") {
            const err38 = { instancePath: instancePath + "/trust_pull_request_policy", schemaPath: "#/properties/trust_pull_request_policy/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.trust_pull_request_policy.type, parentSchema: schema11.properties.trust_pull_request_policy, data: data23 };
            if (vErrors === null) {
                vErrors = [err38];
            }
            else {
                vErrors.push(err38);
            }
            errors++;
        }
    }
    if (data.max_exception_days !== undefined) {
        let data24 = data.max_exception_days;
        if (!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))) {
            const err39 = { instancePath: instancePath + "/max_exception_days", schemaPath: "#/properties/max_exception_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.max_exception_days.type, parentSchema: schema11.properties.max_exception_days, data: data24 };
            if (vErrors === null) {
                vErrors = [err39];
            }
            else {
                vErrors.push(err39);
            }
            errors++;
        }
        if ((typeof data24 == "number") && (isFinite(data24))) {
            if (data24 > 36500 || isNaN(data24)) {
                const err40 = { instancePath: instancePath + "/max_exception_days", schemaPath: "#/properties/max_exception_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 36500 }, message: "must be <= 36500", schema: 36500, parentSchema: schema11.properties.max_exception_days, data: data24 };
                if (vErrors === null) {
                    vErrors = [err40];
                }
                else {
                    vErrors.push(err40);
                }
                errors++;
            }
            if (data24 < 1 || isNaN(data24)) {
                const err41 = { instancePath: instancePath + "/max_exception_days", schemaPath: "#/properties/max_exception_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.max_exception_days, data: data24 };
                if (vErrors === null) {
                    vErrors = [err41];
                }
                else {
                    vErrors.push(err41);
                }
                errors++;
            }
        }
    }
    if (data.allow_permanent_exceptions !== undefined) {
        let data25 = data.allow_permanent_exceptions;
        if (typeof data25 !== "boolean") {
            const err42 = { instancePath: instancePath + "/allow_permanent_exceptions", schemaPath: "#/properties/allow_permanent_exceptions/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.allow_permanent_exceptions.type, parentSchema: schema11.properties.allow_permanent_exceptions, data: data25 };
            if (vErrors === null) {
                vErrors = [err42];
            }
            else {
                vErrors.push(err42);
            }
            errors++;
        }
    }
}
else {
    const err43 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err43];
    }
    else {
        vErrors.push(err43);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }

;// CONCATENATED MODULE: ./src/policy/generated/test-schema.validator.ts
// @ts-nocheck
/* eslint-disable */
// Generated by scripts/gen-validators.mjs from schemas/policy-test.schema.json (npm run build); do not edit.
/** ajv/dist/runtime/ucs2length */
const test_schema_validator_runtime0 = { default: (function ucs2length(str) {
        const len = str.length;
        let length = 0;
        let pos = 0;
        let value;
        while (pos < len) {
            length++;
            value = str.charCodeAt(pos++);
            if (value >= 0xd800 && value <= 0xdbff && pos < len) {
                // high surrogate, and there is a next character
                value = str.charCodeAt(pos);
                if ((value & 0xfc00) === 0xdc00)
                    pos++; // low surrogate
            }
        }
        return length;
    }) };
/** sha256 of the schema's text this validator was compiled from. */
const test_schema_validator_sha256 = '15fd7b45ee2c9191574dae891c1a8cbd85d728f68518cf1d1dd47cd611420666';
const test_schema_validator_validate = test_schema_validator_validate10;
/* harmony default export */ const test_schema_validator = (test_schema_validator_validate10);
const test_schema_validator_schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/portcullis/portcullis/v1/schemas/policy-test.schema.json", "title": "Portcullis policy test file", "description": "Unit tests for a port policy: fixture findings and the verdicts expected of them. Run with `portcullis test DIR`; see docs/policy.md, \"Testing a policy\".", "type": "object", "additionalProperties": false, "required": ["policy", "tests"], "properties": { "$schema": { "type": "string", "description": "The JSON Schema this file follows, for editors." }, "policy": { "description": "The policy under test: a path relative to this file, or portcullis:NAME.", "type": "string", "minLength": 1 }, "vantage": { "$ref": "#/definitions/vantage" }, "now": { "$ref": "#/definitions/now" }, "tests": { "description": "The test cases; each evaluates its findings against the policy and checks the expectations.", "type": "array", "minItems": 1, "maxItems": 10000, "items": { "$ref": "#/definitions/case" } } }, "definitions": { "vantage": { "description": "The scan's vantage for these findings: untrusted (default), vpn or internal.", "enum": ["untrusted", "vpn", "internal"] }, "now": { "description": "The evaluation date (YYYY-MM-DD or an ISO timestamp), for exception expiry. Default: today.", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+Z?)?$", "x-expected": "a date such as 2026-11-26" }, "finding": { "description": "An open port as a scan would find it.", "type": "object", "additionalProperties": false, "required": ["host", "port"], "properties": { "host": { "type": "string", "minLength": 1, "description": "The address probed." }, "hostname": { "type": "string", "minLength": 1, "description": "The name the address was resolved from." }, "port": { "type": "integer", "minimum": 1, "maximum": 65535, "description": "The port, 1–65535." }, "protocol": { "enum": ["tcp", "udp"], "description": "tcp (default) or udp." }, "state": { "enum": ["open", "open|filtered"], "description": "open (default), or open|filtered for UDP silence." }, "service": { "type": "string", "minLength": 1, "description": "What the fingerprint identified, by registry name (ssh, redis, https, …)." }, "product": { "type": "string", "minLength": 1, "maxLength": 100, "description": "The product behind the service (nginx, docker, etcd, squid, …), as a fingerprint names it." }, "confidence": { "enum": ["high", "low"], "description": "high (default): a confident protocol parse; low: a weak parse, or a guess from the port number." }, "identifiedBy": { "enum": ["exchange", "banner", "port"], "description": "How the service was identified: exchange (a probe drew a reply that parsed), banner (the service spoke first), port (guessed from the port number). Default: exchange, or port when confidence is low." }, "evidence": { "type": "object", "description": "Facts the fingerprints proved, such as redis.auth_required: false or ssh.auth_methods: [publickey].", "additionalProperties": { "type": ["string", "number", "boolean", "array", "null"], "items": { "type": "string" } } } } }, "expectedVerdict": { "description": "A verdict that must be among the results; every key given must match.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "host": { "type": "string", "description": "The address (or hostname) of the verdict." }, "port": { "type": "integer", "minimum": 1, "maximum": 65535, "description": "The port." }, "protocol": { "enum": ["tcp", "udp"], "description": "tcp or udp." }, "outcome": { "enum": ["pass", "warn", "fail"], "description": "pass, warn or fail." }, "severity": { "enum": ["low", "medium", "high", "critical"], "description": "The severity of a failure." }, "rule": { "type": "string", "description": "The id of the deciding rule (default, remote_access, an id, targets[0].allow[1], …)." }, "line": { "type": "integer", "minimum": 1, "description": "The line of the deciding rule." }, "message": { "type": "string", "description": "A substring the verdict's message must contain." }, "exception": { "type": "boolean", "description": "true: an exception decided it; false: none did." }, "requirements": { "type": "object", "description": "Requirement states, such as vpn: violated, mfa: unverified.", "additionalProperties": { "enum": ["verified", "attested", "unverified", "violated"] } } } }, "case": { "type": "object", "additionalProperties": false, "required": ["name", "findings", "expect"], "properties": { "name": { "type": "string", "minLength": 1, "description": "What this case shows." }, "vantage": { "$ref": "#/definitions/vantage" }, "now": { "$ref": "#/definitions/now" }, "findings": { "type": "array", "maxItems": 10000, "items": { "$ref": "#/definitions/finding" }, "description": "The open ports of this case." }, "gateways": { "description": "Results of probing the declared VPN gateways, as checkVpnGateways would report them.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["host", "port", "answered"], "properties": { "host": { "type": "string", "description": "The gateway host as declared." }, "port": { "type": "integer", "minimum": 1, "maximum": 65535, "description": "Its port." }, "protocol": { "enum": ["tcp", "udp"], "description": "Its protocol (default udp)." }, "answered": { "type": "boolean", "description": "Whether it answered as its kind of VPN." } } } }, "expect": { "description": "What the evaluation must give.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "result": { "enum": ["pass", "fail"], "description": "The overall result." }, "verdicts": { "type": "array", "items": { "$ref": "#/definitions/expectedVerdict" }, "description": "Verdicts that must be present (others may be too, unless only is true)." }, "only": { "type": "boolean", "description": "true: no verdicts beyond those listed." }, "violations": { "type": "integer", "minimum": 0, "description": "The number of failing verdicts." }, "notices": { "type": "array", "items": { "type": "string" }, "description": "Substrings that some notice must contain." } } } } } } };
const test_schema_validator_schema12 = { "description": "The scan's vantage for these findings: untrusted (default), vpn or internal.", "enum": ["untrusted", "vpn", "internal"] };
const test_schema_validator_schema13 = { "description": "The evaluation date (YYYY-MM-DD or an ISO timestamp), for exception expiry. Default: today.", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+Z?)?$", "x-expected": "a date such as 2026-11-26" };
const test_schema_validator_func2 = test_schema_validator_runtime0.default;
const test_schema_validator_pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+Z?)?$", "u");
const test_schema_validator_schema14 = { "type": "object", "additionalProperties": false, "required": ["name", "findings", "expect"], "properties": { "name": { "type": "string", "minLength": 1, "description": "What this case shows." }, "vantage": { "$ref": "#/definitions/vantage" }, "now": { "$ref": "#/definitions/now" }, "findings": { "type": "array", "maxItems": 10000, "items": { "$ref": "#/definitions/finding" }, "description": "The open ports of this case." }, "gateways": { "description": "Results of probing the declared VPN gateways, as checkVpnGateways would report them.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["host", "port", "answered"], "properties": { "host": { "type": "string", "description": "The gateway host as declared." }, "port": { "type": "integer", "minimum": 1, "maximum": 65535, "description": "Its port." }, "protocol": { "enum": ["tcp", "udp"], "description": "Its protocol (default udp)." }, "answered": { "type": "boolean", "description": "Whether it answered as its kind of VPN." } } } }, "expect": { "description": "What the evaluation must give.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "result": { "enum": ["pass", "fail"], "description": "The overall result." }, "verdicts": { "type": "array", "items": { "$ref": "#/definitions/expectedVerdict" }, "description": "Verdicts that must be present (others may be too, unless only is true)." }, "only": { "type": "boolean", "description": "true: no verdicts beyond those listed." }, "violations": { "type": "integer", "minimum": 0, "description": "The number of failing verdicts." }, "notices": { "type": "array", "items": { "type": "string" }, "description": "Substrings that some notice must contain." } } } } };
const test_schema_validator_schema17 = { "description": "An open port as a scan would find it.", "type": "object", "additionalProperties": false, "required": ["host", "port"], "properties": { "host": { "type": "string", "minLength": 1, "description": "The address probed." }, "hostname": { "type": "string", "minLength": 1, "description": "The name the address was resolved from." }, "port": { "type": "integer", "minimum": 1, "maximum": 65535, "description": "The port, 1–65535." }, "protocol": { "enum": ["tcp", "udp"], "description": "tcp (default) or udp." }, "state": { "enum": ["open", "open|filtered"], "description": "open (default), or open|filtered for UDP silence." }, "service": { "type": "string", "minLength": 1, "description": "What the fingerprint identified, by registry name (ssh, redis, https, …)." }, "product": { "type": "string", "minLength": 1, "maxLength": 100, "description": "The product behind the service (nginx, docker, etcd, squid, …), as a fingerprint names it." }, "confidence": { "enum": ["high", "low"], "description": "high (default): a confident protocol parse; low: a weak parse, or a guess from the port number." }, "identifiedBy": { "enum": ["exchange", "banner", "port"], "description": "How the service was identified: exchange (a probe drew a reply that parsed), banner (the service spoke first), port (guessed from the port number). Default: exchange, or port when confidence is low." }, "evidence": { "type": "object", "description": "Facts the fingerprints proved, such as redis.auth_required: false or ssh.auth_methods: [publickey].", "additionalProperties": { "type": ["string", "number", "boolean", "array", "null"], "items": { "type": "string" } } } } };
const schema18 = { "description": "A verdict that must be among the results; every key given must match.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "host": { "type": "string", "description": "The address (or hostname) of the verdict." }, "port": { "type": "integer", "minimum": 1, "maximum": 65535, "description": "The port." }, "protocol": { "enum": ["tcp", "udp"], "description": "tcp or udp." }, "outcome": { "enum": ["pass", "warn", "fail"], "description": "pass, warn or fail." }, "severity": { "enum": ["low", "medium", "high", "critical"], "description": "The severity of a failure." }, "rule": { "type": "string", "description": "The id of the deciding rule (default, remote_access, an id, targets[0].allow[1], …)." }, "line": { "type": "integer", "minimum": 1, "description": "The line of the deciding rule." }, "message": { "type": "string", "description": "A substring the verdict's message must contain." }, "exception": { "type": "boolean", "description": "true: an exception decided it; false: none did." }, "requirements": { "type": "object", "description": "Requirement states, such as vpn: violated, mfa: unverified.", "additionalProperties": { "enum": ["verified", "attested", "unverified", "violated"] } } } };
const func4 = Object.prototype.hasOwnProperty;
function test_schema_validator_validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: test_schema_validator_schema14.required, parentSchema: test_schema_validator_schema14, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.findings === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property '" + "findings" + "'", schema: test_schema_validator_schema14.required, parentSchema: test_schema_validator_schema14, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.expect === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expect" }, message: "must have required property '" + "expect" + "'", schema: test_schema_validator_schema14.required, parentSchema: test_schema_validator_schema14, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((((key0 === "name") || (key0 === "vantage")) || (key0 === "now")) || (key0 === "findings")) || (key0 === "gateways")) || (key0 === "expect"))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: test_schema_validator_schema14, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data0 = data.name;
        if (typeof data0 === "string") {
            if (test_schema_validator_func2(data0) < 1) {
                const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: test_schema_validator_schema14.properties.name, data: data0 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: test_schema_validator_schema14.properties.name.type, parentSchema: test_schema_validator_schema14.properties.name, data: data0 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.vantage !== undefined) {
        let data1 = data.vantage;
        if (!(((data1 === "untrusted") || (data1 === "vpn")) || (data1 === "internal"))) {
            const err6 = { instancePath: instancePath + "/vantage", schemaPath: "#/definitions/vantage/enum", keyword: "enum", params: { allowedValues: test_schema_validator_schema12.enum }, message: "must be equal to one of the allowed values", schema: test_schema_validator_schema12.enum, parentSchema: test_schema_validator_schema12, data: data1 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.now !== undefined) {
        let data2 = data.now;
        if (typeof data2 === "string") {
            if (!test_schema_validator_pattern0.test(data2)) {
                const err7 = { instancePath: instancePath + "/now", schemaPath: "#/definitions/now/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+Z?)?$" }, message: "must match pattern \"" + "^\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+Z?)?$" + "\"", schema: "^\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+Z?)?$", parentSchema: test_schema_validator_schema13, data: data2 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        else {
            const err8 = { instancePath: instancePath + "/now", schemaPath: "#/definitions/now/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: test_schema_validator_schema13.type, parentSchema: test_schema_validator_schema13, data: data2 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.findings !== undefined) {
        let data3 = data.findings;
        if (Array.isArray(data3)) {
            if (data3.length > 10000) {
                const err9 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/maxItems", keyword: "maxItems", params: { limit: 10000 }, message: "must NOT have more than 10000 items", schema: 10000, parentSchema: test_schema_validator_schema14.properties.findings, data: data3 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data4 = data3[i0];
                if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                    if (data4.host === undefined) {
                        const err10 = { instancePath: instancePath + "/findings/" + i0, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "host" }, message: "must have required property '" + "host" + "'", schema: test_schema_validator_schema17.required, parentSchema: test_schema_validator_schema17, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                    if (data4.port === undefined) {
                        const err11 = { instancePath: instancePath + "/findings/" + i0, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property '" + "port" + "'", schema: test_schema_validator_schema17.required, parentSchema: test_schema_validator_schema17, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                    for (const key1 in data4) {
                        if (!(func4.call(test_schema_validator_schema17.properties, key1))) {
                            const err12 = { instancePath: instancePath + "/findings/" + i0, schemaPath: "#/definitions/finding/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: test_schema_validator_schema17, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                    }
                    if (data4.host !== undefined) {
                        let data5 = data4.host;
                        if (typeof data5 === "string") {
                            if (test_schema_validator_func2(data5) < 1) {
                                const err13 = { instancePath: instancePath + "/findings/" + i0 + "/host", schemaPath: "#/definitions/finding/properties/host/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: test_schema_validator_schema17.properties.host, data: data5 };
                                if (vErrors === null) {
                                    vErrors = [err13];
                                }
                                else {
                                    vErrors.push(err13);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err14 = { instancePath: instancePath + "/findings/" + i0 + "/host", schemaPath: "#/definitions/finding/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: test_schema_validator_schema17.properties.host.type, parentSchema: test_schema_validator_schema17.properties.host, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                    }
                    if (data4.hostname !== undefined) {
                        let data6 = data4.hostname;
                        if (typeof data6 === "string") {
                            if (test_schema_validator_func2(data6) < 1) {
                                const err15 = { instancePath: instancePath + "/findings/" + i0 + "/hostname", schemaPath: "#/definitions/finding/properties/hostname/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: test_schema_validator_schema17.properties.hostname, data: data6 };
                                if (vErrors === null) {
                                    vErrors = [err15];
                                }
                                else {
                                    vErrors.push(err15);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err16 = { instancePath: instancePath + "/findings/" + i0 + "/hostname", schemaPath: "#/definitions/finding/properties/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: test_schema_validator_schema17.properties.hostname.type, parentSchema: test_schema_validator_schema17.properties.hostname, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err16];
                            }
                            else {
                                vErrors.push(err16);
                            }
                            errors++;
                        }
                    }
                    if (data4.port !== undefined) {
                        let data7 = data4.port;
                        if (!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))) {
                            const err17 = { instancePath: instancePath + "/findings/" + i0 + "/port", schemaPath: "#/definitions/finding/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: test_schema_validator_schema17.properties.port.type, parentSchema: test_schema_validator_schema17.properties.port, data: data7 };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                        if ((typeof data7 == "number") && (isFinite(data7))) {
                            if (data7 > 65535 || isNaN(data7)) {
                                const err18 = { instancePath: instancePath + "/findings/" + i0 + "/port", schemaPath: "#/definitions/finding/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: test_schema_validator_schema17.properties.port, data: data7 };
                                if (vErrors === null) {
                                    vErrors = [err18];
                                }
                                else {
                                    vErrors.push(err18);
                                }
                                errors++;
                            }
                            if (data7 < 1 || isNaN(data7)) {
                                const err19 = { instancePath: instancePath + "/findings/" + i0 + "/port", schemaPath: "#/definitions/finding/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: test_schema_validator_schema17.properties.port, data: data7 };
                                if (vErrors === null) {
                                    vErrors = [err19];
                                }
                                else {
                                    vErrors.push(err19);
                                }
                                errors++;
                            }
                        }
                    }
                    if (data4.protocol !== undefined) {
                        let data8 = data4.protocol;
                        if (!((data8 === "tcp") || (data8 === "udp"))) {
                            const err20 = { instancePath: instancePath + "/findings/" + i0 + "/protocol", schemaPath: "#/definitions/finding/properties/protocol/enum", keyword: "enum", params: { allowedValues: test_schema_validator_schema17.properties.protocol.enum }, message: "must be equal to one of the allowed values", schema: test_schema_validator_schema17.properties.protocol.enum, parentSchema: test_schema_validator_schema17.properties.protocol, data: data8 };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                    }
                    if (data4.state !== undefined) {
                        let data9 = data4.state;
                        if (!((data9 === "open") || (data9 === "open|filtered"))) {
                            const err21 = { instancePath: instancePath + "/findings/" + i0 + "/state", schemaPath: "#/definitions/finding/properties/state/enum", keyword: "enum", params: { allowedValues: test_schema_validator_schema17.properties.state.enum }, message: "must be equal to one of the allowed values", schema: test_schema_validator_schema17.properties.state.enum, parentSchema: test_schema_validator_schema17.properties.state, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err21];
                            }
                            else {
                                vErrors.push(err21);
                            }
                            errors++;
                        }
                    }
                    if (data4.service !== undefined) {
                        let data10 = data4.service;
                        if (typeof data10 === "string") {
                            if (test_schema_validator_func2(data10) < 1) {
                                const err22 = { instancePath: instancePath + "/findings/" + i0 + "/service", schemaPath: "#/definitions/finding/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: test_schema_validator_schema17.properties.service, data: data10 };
                                if (vErrors === null) {
                                    vErrors = [err22];
                                }
                                else {
                                    vErrors.push(err22);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err23 = { instancePath: instancePath + "/findings/" + i0 + "/service", schemaPath: "#/definitions/finding/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: test_schema_validator_schema17.properties.service.type, parentSchema: test_schema_validator_schema17.properties.service, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err23];
                            }
                            else {
                                vErrors.push(err23);
                            }
                            errors++;
                        }
                    }
                    if (data4.product !== undefined) {
                        let data11 = data4.product;
                        if (typeof data11 === "string") {
                            if (test_schema_validator_func2(data11) > 100) {
                                const err24 = { instancePath: instancePath + "/findings/" + i0 + "/product", schemaPath: "#/definitions/finding/properties/product/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: test_schema_validator_schema17.properties.product, data: data11 };
                                if (vErrors === null) {
                                    vErrors = [err24];
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                            if (test_schema_validator_func2(data11) < 1) {
                                const err25 = { instancePath: instancePath + "/findings/" + i0 + "/product", schemaPath: "#/definitions/finding/properties/product/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: test_schema_validator_schema17.properties.product, data: data11 };
                                if (vErrors === null) {
                                    vErrors = [err25];
                                }
                                else {
                                    vErrors.push(err25);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err26 = { instancePath: instancePath + "/findings/" + i0 + "/product", schemaPath: "#/definitions/finding/properties/product/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: test_schema_validator_schema17.properties.product.type, parentSchema: test_schema_validator_schema17.properties.product, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err26];
                            }
                            else {
                                vErrors.push(err26);
                            }
                            errors++;
                        }
                    }
                    if (data4.confidence !== undefined) {
                        let data12 = data4.confidence;
                        if (!((data12 === "high") || (data12 === "low"))) {
                            const err27 = { instancePath: instancePath + "/findings/" + i0 + "/confidence", schemaPath: "#/definitions/finding/properties/confidence/enum", keyword: "enum", params: { allowedValues: test_schema_validator_schema17.properties.confidence.enum }, message: "must be equal to one of the allowed values", schema: test_schema_validator_schema17.properties.confidence.enum, parentSchema: test_schema_validator_schema17.properties.confidence, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err27];
                            }
                            else {
                                vErrors.push(err27);
                            }
                            errors++;
                        }
                    }
                    if (data4.identifiedBy !== undefined) {
                        let data13 = data4.identifiedBy;
                        if (!(((data13 === "exchange") || (data13 === "banner")) || (data13 === "port"))) {
                            const err28 = { instancePath: instancePath + "/findings/" + i0 + "/identifiedBy", schemaPath: "#/definitions/finding/properties/identifiedBy/enum", keyword: "enum", params: { allowedValues: test_schema_validator_schema17.properties.identifiedBy.enum }, message: "must be equal to one of the allowed values", schema: test_schema_validator_schema17.properties.identifiedBy.enum, parentSchema: test_schema_validator_schema17.properties.identifiedBy, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err28];
                            }
                            else {
                                vErrors.push(err28);
                            }
                            errors++;
                        }
                    }
                    if (data4.evidence !== undefined) {
                        let data14 = data4.evidence;
                        if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                            for (const key2 in data14) {
                                let data15 = data14[key2];
                                if (((((typeof data15 !== "string") && (!((typeof data15 == "number") && (isFinite(data15))))) && (typeof data15 !== "boolean")) && (!(Array.isArray(data15)))) && (data15 !== null)) {
                                    const err29 = { instancePath: instancePath + "/findings/" + i0 + "/evidence/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/finding/properties/evidence/additionalProperties/type", keyword: "type", params: { type: test_schema_validator_schema17.properties.evidence.additionalProperties.type }, message: "must be string,number,boolean,array,null", schema: test_schema_validator_schema17.properties.evidence.additionalProperties.type, parentSchema: test_schema_validator_schema17.properties.evidence.additionalProperties, data: data15 };
                                    if (vErrors === null) {
                                        vErrors = [err29];
                                    }
                                    else {
                                        vErrors.push(err29);
                                    }
                                    errors++;
                                }
                                if (Array.isArray(data15)) {
                                    const len1 = data15.length;
                                    for (let i1 = 0; i1 < len1; i1++) {
                                        let data16 = data15[i1];
                                        if (typeof data16 !== "string") {
                                            const err30 = { instancePath: instancePath + "/findings/" + i0 + "/evidence/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/definitions/finding/properties/evidence/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: test_schema_validator_schema17.properties.evidence.additionalProperties.items.type, parentSchema: test_schema_validator_schema17.properties.evidence.additionalProperties.items, data: data16 };
                                            if (vErrors === null) {
                                                vErrors = [err30];
                                            }
                                            else {
                                                vErrors.push(err30);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                        }
                        else {
                            const err31 = { instancePath: instancePath + "/findings/" + i0 + "/evidence", schemaPath: "#/definitions/finding/properties/evidence/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: test_schema_validator_schema17.properties.evidence.type, parentSchema: test_schema_validator_schema17.properties.evidence, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err31];
                            }
                            else {
                                vErrors.push(err31);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err32 = { instancePath: instancePath + "/findings/" + i0, schemaPath: "#/definitions/finding/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: test_schema_validator_schema17.type, parentSchema: test_schema_validator_schema17, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err32];
                    }
                    else {
                        vErrors.push(err32);
                    }
                    errors++;
                }
            }
        }
        else {
            const err33 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: test_schema_validator_schema14.properties.findings.type, parentSchema: test_schema_validator_schema14.properties.findings, data: data3 };
            if (vErrors === null) {
                vErrors = [err33];
            }
            else {
                vErrors.push(err33);
            }
            errors++;
        }
    }
    if (data.gateways !== undefined) {
        let data17 = data.gateways;
        if (Array.isArray(data17)) {
            const len2 = data17.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data18 = data17[i2];
                if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                    if (data18.host === undefined) {
                        const err34 = { instancePath: instancePath + "/gateways/" + i2, schemaPath: "#/properties/gateways/items/required", keyword: "required", params: { missingProperty: "host" }, message: "must have required property '" + "host" + "'", schema: test_schema_validator_schema14.properties.gateways.items.required, parentSchema: test_schema_validator_schema14.properties.gateways.items, data: data18 };
                        if (vErrors === null) {
                            vErrors = [err34];
                        }
                        else {
                            vErrors.push(err34);
                        }
                        errors++;
                    }
                    if (data18.port === undefined) {
                        const err35 = { instancePath: instancePath + "/gateways/" + i2, schemaPath: "#/properties/gateways/items/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property '" + "port" + "'", schema: test_schema_validator_schema14.properties.gateways.items.required, parentSchema: test_schema_validator_schema14.properties.gateways.items, data: data18 };
                        if (vErrors === null) {
                            vErrors = [err35];
                        }
                        else {
                            vErrors.push(err35);
                        }
                        errors++;
                    }
                    if (data18.answered === undefined) {
                        const err36 = { instancePath: instancePath + "/gateways/" + i2, schemaPath: "#/properties/gateways/items/required", keyword: "required", params: { missingProperty: "answered" }, message: "must have required property '" + "answered" + "'", schema: test_schema_validator_schema14.properties.gateways.items.required, parentSchema: test_schema_validator_schema14.properties.gateways.items, data: data18 };
                        if (vErrors === null) {
                            vErrors = [err36];
                        }
                        else {
                            vErrors.push(err36);
                        }
                        errors++;
                    }
                    for (const key3 in data18) {
                        if (!((((key3 === "host") || (key3 === "port")) || (key3 === "protocol")) || (key3 === "answered"))) {
                            const err37 = { instancePath: instancePath + "/gateways/" + i2, schemaPath: "#/properties/gateways/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: test_schema_validator_schema14.properties.gateways.items, data: data18 };
                            if (vErrors === null) {
                                vErrors = [err37];
                            }
                            else {
                                vErrors.push(err37);
                            }
                            errors++;
                        }
                    }
                    if (data18.host !== undefined) {
                        let data19 = data18.host;
                        if (typeof data19 !== "string") {
                            const err38 = { instancePath: instancePath + "/gateways/" + i2 + "/host", schemaPath: "#/properties/gateways/items/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: test_schema_validator_schema14.properties.gateways.items.properties.host.type, parentSchema: test_schema_validator_schema14.properties.gateways.items.properties.host, data: data19 };
                            if (vErrors === null) {
                                vErrors = [err38];
                            }
                            else {
                                vErrors.push(err38);
                            }
                            errors++;
                        }
                    }
                    if (data18.port !== undefined) {
                        let data20 = data18.port;
                        if (!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))) {
                            const err39 = { instancePath: instancePath + "/gateways/" + i2 + "/port", schemaPath: "#/properties/gateways/items/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: test_schema_validator_schema14.properties.gateways.items.properties.port.type, parentSchema: test_schema_validator_schema14.properties.gateways.items.properties.port, data: data20 };
                            if (vErrors === null) {
                                vErrors = [err39];
                            }
                            else {
                                vErrors.push(err39);
                            }
                            errors++;
                        }
                        if ((typeof data20 == "number") && (isFinite(data20))) {
                            if (data20 > 65535 || isNaN(data20)) {
                                const err40 = { instancePath: instancePath + "/gateways/" + i2 + "/port", schemaPath: "#/properties/gateways/items/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: test_schema_validator_schema14.properties.gateways.items.properties.port, data: data20 };
                                if (vErrors === null) {
                                    vErrors = [err40];
                                }
                                else {
                                    vErrors.push(err40);
                                }
                                errors++;
                            }
                            if (data20 < 1 || isNaN(data20)) {
                                const err41 = { instancePath: instancePath + "/gateways/" + i2 + "/port", schemaPath: "#/properties/gateways/items/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: test_schema_validator_schema14.properties.gateways.items.properties.port, data: data20 };
                                if (vErrors === null) {
                                    vErrors = [err41];
                                }
                                else {
                                    vErrors.push(err41);
                                }
                                errors++;
                            }
                        }
                    }
                    if (data18.protocol !== undefined) {
                        let data21 = data18.protocol;
                        if (!((data21 === "tcp") || (data21 === "udp"))) {
                            const err42 = { instancePath: instancePath + "/gateways/" + i2 + "/protocol", schemaPath: "#/properties/gateways/items/properties/protocol/enum", keyword: "enum", params: { allowedValues: test_schema_validator_schema14.properties.gateways.items.properties.protocol.enum }, message: "must be equal to one of the allowed values", schema: test_schema_validator_schema14.properties.gateways.items.properties.protocol.enum, parentSchema: test_schema_validator_schema14.properties.gateways.items.properties.protocol, data: data21 };
                            if (vErrors === null) {
                                vErrors = [err42];
                            }
                            else {
                                vErrors.push(err42);
                            }
                            errors++;
                        }
                    }
                    if (data18.answered !== undefined) {
                        let data22 = data18.answered;
                        if (typeof data22 !== "boolean") {
                            const err43 = { instancePath: instancePath + "/gateways/" + i2 + "/answered", schemaPath: "#/properties/gateways/items/properties/answered/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: test_schema_validator_schema14.properties.gateways.items.properties.answered.type, parentSchema: test_schema_validator_schema14.properties.gateways.items.properties.answered, data: data22 };
                            if (vErrors === null) {
                                vErrors = [err43];
                            }
                            else {
                                vErrors.push(err43);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err44 = { instancePath: instancePath + "/gateways/" + i2, schemaPath: "#/properties/gateways/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: test_schema_validator_schema14.properties.gateways.items.type, parentSchema: test_schema_validator_schema14.properties.gateways.items, data: data18 };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
            }
        }
        else {
            const err45 = { instancePath: instancePath + "/gateways", schemaPath: "#/properties/gateways/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: test_schema_validator_schema14.properties.gateways.type, parentSchema: test_schema_validator_schema14.properties.gateways, data: data17 };
            if (vErrors === null) {
                vErrors = [err45];
            }
            else {
                vErrors.push(err45);
            }
            errors++;
        }
    }
    if (data.expect !== undefined) {
        let data23 = data.expect;
        if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            if (Object.keys(data23).length < 1) {
                const err46 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: test_schema_validator_schema14.properties.expect, data: data23 };
                if (vErrors === null) {
                    vErrors = [err46];
                }
                else {
                    vErrors.push(err46);
                }
                errors++;
            }
            for (const key4 in data23) {
                if (!(((((key4 === "result") || (key4 === "verdicts")) || (key4 === "only")) || (key4 === "violations")) || (key4 === "notices"))) {
                    const err47 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: test_schema_validator_schema14.properties.expect, data: data23 };
                    if (vErrors === null) {
                        vErrors = [err47];
                    }
                    else {
                        vErrors.push(err47);
                    }
                    errors++;
                }
            }
            if (data23.result !== undefined) {
                let data24 = data23.result;
                if (!((data24 === "pass") || (data24 === "fail"))) {
                    const err48 = { instancePath: instancePath + "/expect/result", schemaPath: "#/properties/expect/properties/result/enum", keyword: "enum", params: { allowedValues: test_schema_validator_schema14.properties.expect.properties.result.enum }, message: "must be equal to one of the allowed values", schema: test_schema_validator_schema14.properties.expect.properties.result.enum, parentSchema: test_schema_validator_schema14.properties.expect.properties.result, data: data24 };
                    if (vErrors === null) {
                        vErrors = [err48];
                    }
                    else {
                        vErrors.push(err48);
                    }
                    errors++;
                }
            }
            if (data23.verdicts !== undefined) {
                let data25 = data23.verdicts;
                if (Array.isArray(data25)) {
                    const len3 = data25.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                        let data26 = data25[i3];
                        if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                            if (Object.keys(data26).length < 1) {
                                const err49 = { instancePath: instancePath + "/expect/verdicts/" + i3, schemaPath: "#/definitions/expectedVerdict/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema18, data: data26 };
                                if (vErrors === null) {
                                    vErrors = [err49];
                                }
                                else {
                                    vErrors.push(err49);
                                }
                                errors++;
                            }
                            for (const key5 in data26) {
                                if (!(func4.call(schema18.properties, key5))) {
                                    const err50 = { instancePath: instancePath + "/expect/verdicts/" + i3, schemaPath: "#/definitions/expectedVerdict/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18, data: data26 };
                                    if (vErrors === null) {
                                        vErrors = [err50];
                                    }
                                    else {
                                        vErrors.push(err50);
                                    }
                                    errors++;
                                }
                            }
                            if (data26.host !== undefined) {
                                let data27 = data26.host;
                                if (typeof data27 !== "string") {
                                    const err51 = { instancePath: instancePath + "/expect/verdicts/" + i3 + "/host", schemaPath: "#/definitions/expectedVerdict/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.host.type, parentSchema: schema18.properties.host, data: data27 };
                                    if (vErrors === null) {
                                        vErrors = [err51];
                                    }
                                    else {
                                        vErrors.push(err51);
                                    }
                                    errors++;
                                }
                            }
                            if (data26.port !== undefined) {
                                let data28 = data26.port;
                                if (!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))) {
                                    const err52 = { instancePath: instancePath + "/expect/verdicts/" + i3 + "/port", schemaPath: "#/definitions/expectedVerdict/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.properties.port.type, parentSchema: schema18.properties.port, data: data28 };
                                    if (vErrors === null) {
                                        vErrors = [err52];
                                    }
                                    else {
                                        vErrors.push(err52);
                                    }
                                    errors++;
                                }
                                if ((typeof data28 == "number") && (isFinite(data28))) {
                                    if (data28 > 65535 || isNaN(data28)) {
                                        const err53 = { instancePath: instancePath + "/expect/verdicts/" + i3 + "/port", schemaPath: "#/definitions/expectedVerdict/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema18.properties.port, data: data28 };
                                        if (vErrors === null) {
                                            vErrors = [err53];
                                        }
                                        else {
                                            vErrors.push(err53);
                                        }
                                        errors++;
                                    }
                                    if (data28 < 1 || isNaN(data28)) {
                                        const err54 = { instancePath: instancePath + "/expect/verdicts/" + i3 + "/port", schemaPath: "#/definitions/expectedVerdict/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema18.properties.port, data: data28 };
                                        if (vErrors === null) {
                                            vErrors = [err54];
                                        }
                                        else {
                                            vErrors.push(err54);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            if (data26.protocol !== undefined) {
                                let data29 = data26.protocol;
                                if (!((data29 === "tcp") || (data29 === "udp"))) {
                                    const err55 = { instancePath: instancePath + "/expect/verdicts/" + i3 + "/protocol", schemaPath: "#/definitions/expectedVerdict/properties/protocol/enum", keyword: "enum", params: { allowedValues: schema18.properties.protocol.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties.protocol.enum, parentSchema: schema18.properties.protocol, data: data29 };
                                    if (vErrors === null) {
                                        vErrors = [err55];
                                    }
                                    else {
                                        vErrors.push(err55);
                                    }
                                    errors++;
                                }
                            }
                            if (data26.outcome !== undefined) {
                                let data30 = data26.outcome;
                                if (!(((data30 === "pass") || (data30 === "warn")) || (data30 === "fail"))) {
                                    const err56 = { instancePath: instancePath + "/expect/verdicts/" + i3 + "/outcome", schemaPath: "#/definitions/expectedVerdict/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema18.properties.outcome.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties.outcome.enum, parentSchema: schema18.properties.outcome, data: data30 };
                                    if (vErrors === null) {
                                        vErrors = [err56];
                                    }
                                    else {
                                        vErrors.push(err56);
                                    }
                                    errors++;
                                }
                            }
                            if (data26.severity !== undefined) {
                                let data31 = data26.severity;
                                if (!((((data31 === "low") || (data31 === "medium")) || (data31 === "high")) || (data31 === "critical"))) {
                                    const err57 = { instancePath: instancePath + "/expect/verdicts/" + i3 + "/severity", schemaPath: "#/definitions/expectedVerdict/properties/severity/enum", keyword: "enum", params: { allowedValues: schema18.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties.severity.enum, parentSchema: schema18.properties.severity, data: data31 };
                                    if (vErrors === null) {
                                        vErrors = [err57];
                                    }
                                    else {
                                        vErrors.push(err57);
                                    }
                                    errors++;
                                }
                            }
                            if (data26.rule !== undefined) {
                                let data32 = data26.rule;
                                if (typeof data32 !== "string") {
                                    const err58 = { instancePath: instancePath + "/expect/verdicts/" + i3 + "/rule", schemaPath: "#/definitions/expectedVerdict/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.rule.type, parentSchema: schema18.properties.rule, data: data32 };
                                    if (vErrors === null) {
                                        vErrors = [err58];
                                    }
                                    else {
                                        vErrors.push(err58);
                                    }
                                    errors++;
                                }
                            }
                            if (data26.line !== undefined) {
                                let data33 = data26.line;
                                if (!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))) {
                                    const err59 = { instancePath: instancePath + "/expect/verdicts/" + i3 + "/line", schemaPath: "#/definitions/expectedVerdict/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.properties.line.type, parentSchema: schema18.properties.line, data: data33 };
                                    if (vErrors === null) {
                                        vErrors = [err59];
                                    }
                                    else {
                                        vErrors.push(err59);
                                    }
                                    errors++;
                                }
                                if ((typeof data33 == "number") && (isFinite(data33))) {
                                    if (data33 < 1 || isNaN(data33)) {
                                        const err60 = { instancePath: instancePath + "/expect/verdicts/" + i3 + "/line", schemaPath: "#/definitions/expectedVerdict/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema18.properties.line, data: data33 };
                                        if (vErrors === null) {
                                            vErrors = [err60];
                                        }
                                        else {
                                            vErrors.push(err60);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            if (data26.message !== undefined) {
                                let data34 = data26.message;
                                if (typeof data34 !== "string") {
                                    const err61 = { instancePath: instancePath + "/expect/verdicts/" + i3 + "/message", schemaPath: "#/definitions/expectedVerdict/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.message.type, parentSchema: schema18.properties.message, data: data34 };
                                    if (vErrors === null) {
                                        vErrors = [err61];
                                    }
                                    else {
                                        vErrors.push(err61);
                                    }
                                    errors++;
                                }
                            }
                            if (data26.exception !== undefined) {
                                let data35 = data26.exception;
                                if (typeof data35 !== "boolean") {
                                    const err62 = { instancePath: instancePath + "/expect/verdicts/" + i3 + "/exception", schemaPath: "#/definitions/expectedVerdict/properties/exception/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema18.properties.exception.type, parentSchema: schema18.properties.exception, data: data35 };
                                    if (vErrors === null) {
                                        vErrors = [err62];
                                    }
                                    else {
                                        vErrors.push(err62);
                                    }
                                    errors++;
                                }
                            }
                            if (data26.requirements !== undefined) {
                                let data36 = data26.requirements;
                                if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                                    for (const key6 in data36) {
                                        let data37 = data36[key6];
                                        if (!((((data37 === "verified") || (data37 === "attested")) || (data37 === "unverified")) || (data37 === "violated"))) {
                                            const err63 = { instancePath: instancePath + "/expect/verdicts/" + i3 + "/requirements/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/expectedVerdict/properties/requirements/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema18.properties.requirements.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties.requirements.additionalProperties.enum, parentSchema: schema18.properties.requirements.additionalProperties, data: data37 };
                                            if (vErrors === null) {
                                                vErrors = [err63];
                                            }
                                            else {
                                                vErrors.push(err63);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err64 = { instancePath: instancePath + "/expect/verdicts/" + i3 + "/requirements", schemaPath: "#/definitions/expectedVerdict/properties/requirements/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.requirements.type, parentSchema: schema18.properties.requirements, data: data36 };
                                    if (vErrors === null) {
                                        vErrors = [err64];
                                    }
                                    else {
                                        vErrors.push(err64);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err65 = { instancePath: instancePath + "/expect/verdicts/" + i3, schemaPath: "#/definitions/expectedVerdict/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data: data26 };
                            if (vErrors === null) {
                                vErrors = [err65];
                            }
                            else {
                                vErrors.push(err65);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err66 = { instancePath: instancePath + "/expect/verdicts", schemaPath: "#/properties/expect/properties/verdicts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: test_schema_validator_schema14.properties.expect.properties.verdicts.type, parentSchema: test_schema_validator_schema14.properties.expect.properties.verdicts, data: data25 };
                    if (vErrors === null) {
                        vErrors = [err66];
                    }
                    else {
                        vErrors.push(err66);
                    }
                    errors++;
                }
            }
            if (data23.only !== undefined) {
                let data38 = data23.only;
                if (typeof data38 !== "boolean") {
                    const err67 = { instancePath: instancePath + "/expect/only", schemaPath: "#/properties/expect/properties/only/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: test_schema_validator_schema14.properties.expect.properties.only.type, parentSchema: test_schema_validator_schema14.properties.expect.properties.only, data: data38 };
                    if (vErrors === null) {
                        vErrors = [err67];
                    }
                    else {
                        vErrors.push(err67);
                    }
                    errors++;
                }
            }
            if (data23.violations !== undefined) {
                let data39 = data23.violations;
                if (!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))) {
                    const err68 = { instancePath: instancePath + "/expect/violations", schemaPath: "#/properties/expect/properties/violations/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: test_schema_validator_schema14.properties.expect.properties.violations.type, parentSchema: test_schema_validator_schema14.properties.expect.properties.violations, data: data39 };
                    if (vErrors === null) {
                        vErrors = [err68];
                    }
                    else {
                        vErrors.push(err68);
                    }
                    errors++;
                }
                if ((typeof data39 == "number") && (isFinite(data39))) {
                    if (data39 < 0 || isNaN(data39)) {
                        const err69 = { instancePath: instancePath + "/expect/violations", schemaPath: "#/properties/expect/properties/violations/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: test_schema_validator_schema14.properties.expect.properties.violations, data: data39 };
                        if (vErrors === null) {
                            vErrors = [err69];
                        }
                        else {
                            vErrors.push(err69);
                        }
                        errors++;
                    }
                }
            }
            if (data23.notices !== undefined) {
                let data40 = data23.notices;
                if (Array.isArray(data40)) {
                    const len4 = data40.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                        let data41 = data40[i4];
                        if (typeof data41 !== "string") {
                            const err70 = { instancePath: instancePath + "/expect/notices/" + i4, schemaPath: "#/properties/expect/properties/notices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: test_schema_validator_schema14.properties.expect.properties.notices.items.type, parentSchema: test_schema_validator_schema14.properties.expect.properties.notices.items, data: data41 };
                            if (vErrors === null) {
                                vErrors = [err70];
                            }
                            else {
                                vErrors.push(err70);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err71 = { instancePath: instancePath + "/expect/notices", schemaPath: "#/properties/expect/properties/notices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: test_schema_validator_schema14.properties.expect.properties.notices.type, parentSchema: test_schema_validator_schema14.properties.expect.properties.notices, data: data40 };
                    if (vErrors === null) {
                        vErrors = [err71];
                    }
                    else {
                        vErrors.push(err71);
                    }
                    errors++;
                }
            }
        }
        else {
            const err72 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: test_schema_validator_schema14.properties.expect.type, parentSchema: test_schema_validator_schema14.properties.expect, data: data23 };
            if (vErrors === null) {
                vErrors = [err72];
            }
            else {
                vErrors.push(err72);
            }
            errors++;
        }
    }
}
else {
    const err73 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: test_schema_validator_schema14.type, parentSchema: test_schema_validator_schema14, data };
    if (vErrors === null) {
        vErrors = [err73];
    }
    else {
        vErrors.push(err73);
    }
    errors++;
} test_schema_validator_validate11.errors = vErrors; return errors === 0; }
function test_schema_validator_validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://raw.githubusercontent.com/portcullis/portcullis/v1/schemas/policy-test.schema.json" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.policy === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property '" + "policy" + "'", schema: test_schema_validator_schema11.required, parentSchema: test_schema_validator_schema11, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.tests === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tests" }, message: "must have required property '" + "tests" + "'", schema: test_schema_validator_schema11.required, parentSchema: test_schema_validator_schema11, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((((key0 === "$schema") || (key0 === "policy")) || (key0 === "vantage")) || (key0 === "now")) || (key0 === "tests"))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: test_schema_validator_schema11, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.$schema !== undefined) {
        let data0 = data.$schema;
        if (typeof data0 !== "string") {
            const err3 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: test_schema_validator_schema11.properties.$schema.type, parentSchema: test_schema_validator_schema11.properties.$schema, data: data0 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.policy !== undefined) {
        let data1 = data.policy;
        if (typeof data1 === "string") {
            if (test_schema_validator_func2(data1) < 1) {
                const err4 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: test_schema_validator_schema11.properties.policy, data: data1 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: test_schema_validator_schema11.properties.policy.type, parentSchema: test_schema_validator_schema11.properties.policy, data: data1 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.vantage !== undefined) {
        let data2 = data.vantage;
        if (!(((data2 === "untrusted") || (data2 === "vpn")) || (data2 === "internal"))) {
            const err6 = { instancePath: instancePath + "/vantage", schemaPath: "#/definitions/vantage/enum", keyword: "enum", params: { allowedValues: test_schema_validator_schema12.enum }, message: "must be equal to one of the allowed values", schema: test_schema_validator_schema12.enum, parentSchema: test_schema_validator_schema12, data: data2 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.now !== undefined) {
        let data3 = data.now;
        if (typeof data3 === "string") {
            if (!test_schema_validator_pattern0.test(data3)) {
                const err7 = { instancePath: instancePath + "/now", schemaPath: "#/definitions/now/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+Z?)?$" }, message: "must match pattern \"" + "^\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+Z?)?$" + "\"", schema: "^\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+Z?)?$", parentSchema: test_schema_validator_schema13, data: data3 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        else {
            const err8 = { instancePath: instancePath + "/now", schemaPath: "#/definitions/now/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: test_schema_validator_schema13.type, parentSchema: test_schema_validator_schema13, data: data3 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.tests !== undefined) {
        let data4 = data.tests;
        if (Array.isArray(data4)) {
            if (data4.length > 10000) {
                const err9 = { instancePath: instancePath + "/tests", schemaPath: "#/properties/tests/maxItems", keyword: "maxItems", params: { limit: 10000 }, message: "must NOT have more than 10000 items", schema: 10000, parentSchema: test_schema_validator_schema11.properties.tests, data: data4 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
            if (data4.length < 1) {
                const err10 = { instancePath: instancePath + "/tests", schemaPath: "#/properties/tests/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: test_schema_validator_schema11.properties.tests, data: data4 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (!(test_schema_validator_validate11(data4[i0], { instancePath: instancePath + "/tests/" + i0, parentData: data4, parentDataProperty: i0, rootData }))) {
                    vErrors = vErrors === null ? test_schema_validator_validate11.errors : vErrors.concat(test_schema_validator_validate11.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/tests", schemaPath: "#/properties/tests/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: test_schema_validator_schema11.properties.tests.type, parentSchema: test_schema_validator_schema11.properties.tests, data: data4 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
}
else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: test_schema_validator_schema11.type, parentSchema: test_schema_validator_schema11, data };
    if (vErrors === null) {
        vErrors = [err12];
    }
    else {
        vErrors.push(err12);
    }
    errors++;
} test_schema_validator_validate10.errors = vErrors; return errors === 0; }

// EXTERNAL MODULE: ./src/words.ts
var words = __webpack_require__(5846);
;// CONCATENATED MODULE: ./src/policy/schema.ts










// ajv's compiler is CommonJS; required at first use (a bundler resolves this form too).
const schema_require = (0,external_node_module_.createRequire)(import.meta.url);
/**
/**
 * The policy JSON Schema (schemas/policy.schema.json) compiled with ajv (`allErrors`,
 * as spectral does), and ajv's errors turned into plain sentences at
 * file:line:column. The schemas are compiled at build time
 * (scripts/gen-validators.mjs → ./generated/); a schema whose text differs from
 * what was generated (an edit not yet built) is compiled here at first use, with
 * the same options.
 */
/** The policy schema and the test-file schema: stable paths users' editors point at (docs/policy.md). */
const POLICY_SCHEMA = 'policy.schema.json';
const POLICY_TEST_SCHEMA = 'policy-test.schema.json';
/** The validators generated at build time, by schema file name. */
const GENERATED = {
    [POLICY_SCHEMA]: schema_validator_namespaceObject,
    [POLICY_TEST_SCHEMA]: test_schema_validator_namespaceObject,
};
/**
 * The package's folder `name` that holds `marker`, found by walking up from this
 * module, so it works from src/ (tests), lib/ (the CLI) and a bundle in dist/ alike.
 */
function packageDir(name, marker) {
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 5; i++) {
        const candidate = (0,external_node_path_.join)(dir, name);
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(candidate, marker)))
            return candidate;
        const parent = (0,external_node_path_.dirname)(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    throw new Error(`${name}/${marker} not found above ${(0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url))}`);
}
/** The folder of the built-in policies (portcullis:recommended, portcullis:strict). */
function defaultPoliciesDir() {
    return packageDir('policies', 'recommended.yml');
}
/** The folder of the published JSON Schemas (policy, policy tests, report). */
function schemasDir() {
    return packageDir('schemas', POLICY_SCHEMA);
}
const cache = new Map();
/** Compile a schema now, with the options scripts/gen-validators.mjs compiles with. */
function compileAtRunTime(schema) {
    // Loaded only here: a start that uses the generated validators never loads ajv's compiler.
    const { Ajv } = schema_require('ajv');
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
    // Our own annotation: the expected form, in words, for pattern errors.
    ajv.addKeyword({ keyword: 'x-expected', schemaType: 'string' });
    return ajv.compile(schema);
}
function compiled(name) {
    const file = (0,external_node_path_.join)(schemasDir(), name);
    let entry = cache.get(file);
    if (!entry) {
        const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        const schema = JSON.parse(text);
        const generated = GENERATED[name];
        const fresh = generated && (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex') === generated.sha256;
        entry = { validate: fresh ? generated.validate : compileAtRunTime(schema), schema };
        cache.set(file, entry);
    }
    return entry;
}
function pointerToPath(pointer) {
    if (!pointer)
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
function show(value) {
    if (typeof value === 'string')
        return JSON.stringify(value.length > 60 ? value.slice(0, 57) + '...' : value);
    if (value === null)
        return 'null (an empty value)';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return String(value);
}
function valueAt(data, path) {
    let v = data;
    for (const seg of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[seg];
    }
    return v;
}
const TYPE_WORDS = {
    integer: 'a whole number',
    number: 'a number',
    string: 'a string',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping of keys to values',
    null: 'empty',
};
function typeWords(type) {
    const list = Array.isArray(type) ? type : [type];
    return list.map((t) => TYPE_WORDS[String(t)] ?? String(t)).join(' or ');
}
function isPortKey(path) {
    const last = path[path.length - 1];
    const parent = path[path.length - 2];
    return last === 'port' || (typeof last === 'number' && parent === 'ports');
}
function resolveSchema(root, node) {
    let n = node;
    for (let i = 0; n?.$ref && i < 10; i++) {
        const name = n.$ref.replace('#/definitions/', '');
        n = root.definitions?.[name];
    }
    return n;
}
function schemaAt(root, schemaPath) {
    // ajv's schemaPath ("#/definitions/allowRule/properties/port/pattern") names the failing keyword's parent.
    const parts = schemaPath.replace(/^#\//, '').split('/').slice(0, -1);
    let n = root;
    for (const p of parts) {
        if (n === null || typeof n !== 'object')
            return undefined;
        n = n[p.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    return n;
}
function sentence(err, path, data, root) {
    const value = valueAt(data, path);
    const params = err.params;
    const here = err.parentSchema ?? schemaAt(root, err.schemaPath);
    switch (err.keyword) {
        case 'minimum':
        case 'maximum':
            if (isPortKey(path))
                return `${show(value)} is not a port (1–65535)`;
            return `${show(value)} must be ${err.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params.limit)}`;
        case 'type':
            if (isPortKey(path) && typeof value !== 'number')
                return `${show(value)} is not a port (1–65535), a range such as "8000-8100" nor a service name`;
            if (isPortKey(path))
                return `${show(value)} is not a port (1–65535)`;
            return `${show(value)} is not ${typeWords(params.type)}`;
        case 'pattern':
            return `${show(value)} is not ${here?.['x-expected'] ?? `in the expected form (${String(params.pattern)})`}`;
        case 'enum':
            return `${show(value)} is not one of ${params.allowedValues.map((v) => String(v)).join(', ')}`;
        case 'const':
            if (path.length === 1 && path[0] === 'version')
                return `${show(value)} is not a supported policy format version (write version: 1)`;
            return `must be ${String(params.allowedValue)}`;
        case 'required': {
            const missing = String(params.missingProperty);
            const prop = resolveSchema(root, here?.properties?.[missing]);
            const hint = prop?.description ? ` (${prop.description.replace(/\.$/, '').split('. ')[0]})` : '';
            return `${missing} is required${hint}`;
        }
        case 'additionalProperties': {
            const extra = String(params.additionalProperty);
            const known = Object.keys(here?.properties ?? {});
            const near = closest(extra, known, (k) => Math.max(1, Math.floor(k.length / 3)));
            return `unknown key ${JSON.stringify(extra)}${near ? `; did you mean ${JSON.stringify(near)}?` : ''} (allowed: ${known.join(', ')})`;
        }
        case 'minLength':
            return 'must not be empty';
        case 'maxLength':
            return `is longer than ${(0,words/* plural */.LS)(Number(params.limit), 'character')}`;
        case 'minItems':
            return `needs at least ${(0,words/* plural */.LS)(Number(params.limit), 'item')}`;
        case 'maxItems':
            return `has more than ${(0,words/* plural */.LS)(Number(params.limit), 'item')}`;
        case 'minProperties':
            return `needs at least one of ${Object.keys(here?.properties ?? {}).join(', ')}`;
        case 'uniqueItems':
            return `lists the same value twice (items ${String(params.j)} and ${String(params.i)})`;
        default:
            return err.message ?? `is invalid (${err.keyword})`;
    }
}
/** Validate parsed data against the schema; every problem, each at its own file:line:column. */
function schemaDiagnostics(source, schemaFile = POLICY_SCHEMA) {
    return schemaProblems(source, schemaFile).diagnostics;
}
/**
 * The schema's diagnostics, and the paths it rejected: the value at fault, or the key that
 * is missing or unknown (`targets[0].hosts`), so the semantic checks can leave out just those.
 */
function schemaProblems(source, schemaFile = POLICY_SCHEMA) {
    const { validate, schema } = compiled(schemaFile);
    if (validate(source.data))
        return { diagnostics: [], rejected: [] };
    const errors = validate.errors ?? [];
    const out = [];
    const rejected = [];
    for (const err of errors) {
        if (err.keyword === 'if')
            continue;
        const params = err.params;
        const at = pointerToPath(err.instancePath);
        if (err.keyword === 'additionalProperties')
            rejected.push([...at, String(params.additionalProperty)]);
        else if (err.keyword === 'required')
            rejected.push([...at, String(params.missingProperty)]);
        else
            rejected.push(at);
    }
    const seen = new Set();
    // `default` is a oneOf (a word or a mapping). A word that is wrong gets one sentence naming both forms;
    // a mapping gets the errors inside it, without the word branch's complaint.
    const oneOfs = errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath);
    const suppressed = (err) => {
        for (const p of oneOfs) {
            const value = valueAt(source.data, pointerToPath(p));
            const isMapping = typeof value === 'object' && value !== null && !Array.isArray(value);
            if (err.keyword === 'oneOf')
                return err.instancePath === p && isMapping;
            if (isMapping) {
                if (err.instancePath === p && (err.keyword === 'enum' || err.keyword === 'type'))
                    return true;
            }
            else if (err.instancePath === p || err.instancePath.startsWith(p + '/'))
                return true;
        }
        return false;
    };
    for (const err of errors) {
        // A bad key under `propertyNames` (when.evidence): its own error below says which key and why.
        if (err.keyword === 'if' || err.keyword === 'propertyNames' || suppressed(err))
            continue;
        let path = pointerToPath(err.instancePath);
        let message;
        let which = 'value';
        if (err.propertyName !== undefined) {
            const here = err.parentSchema ?? schemaAt(schema, err.schemaPath);
            message = `the key ${JSON.stringify(err.propertyName)} is not ${here?.['x-expected'] ?? 'a valid key'}`;
            path = [...path, err.propertyName];
            which = 'key';
        }
        else if (err.keyword === 'oneOf') {
            const value = valueAt(source.data, path);
            const last = path[path.length - 1];
            message =
                last === 'default'
                    ? `${show(value)} is not one of deny, warn, allow (or a mapping with action and severity)`
                    : `${show(value)} is not in any of the accepted forms`;
        }
        else {
            message = sentence(err, path, source.data, schema);
            if (err.keyword === 'additionalProperties') {
                path = [...path, String(err.params.additionalProperty)];
                which = 'key';
            }
        }
        const pos = locate(source, path, which);
        const key = `${pos.line}:${pos.column}:${formatPath(path)}:${message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push({ source: source.file, ...pos, path: formatPath(path) || undefined, message });
    }
    return { diagnostics: out, rejected };
}

;// CONCATENATED MODULE: ./src/policy/extends.ts







/**
 * Reading a policy and what it `extends`: each file is parsed, validated and
 * compiled into a layer, its bases first. A base is a built-in policy
 * (`portcullis:NAME`), a file inside the repository, or a pinned policy that
 * no pull request can change (remote.ts: `github:OWNER/REPO/PATH@SHA`, or
 * `{ url, sha256 }`); cycles, chains deeper than MAX_EXTENDS_DEPTH and files
 * outside the repository are diagnostics.
 */
/** How deep `extends` may chain. */
const MAX_EXTENDS_DEPTH = 8;
const BUILTIN_PREFIX = 'portcullis:';
/** Where the built-in policy `portcullis:NAME` is stored. */
function builtinFile(builtinDir, name) {
    return (0,external_node_path_.join)(builtinDir, `${name.slice(BUILTIN_PREFIX.length)}.yml`);
}
function builtinNames(dir, readDir) {
    try {
        return readDir(dir)
            .filter((f) => f.endsWith('.yml'))
            .map((f) => BUILTIN_PREFIX + f.replace(/\.yml$/, ''));
    }
    catch {
        return [];
    }
}
function isInside(path, root) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
function readErrorWords(code, err) {
    if (code === 'ENOENT')
        return 'no such file';
    if (code === 'EISDIR')
        return 'it is a directory';
    if (code === 'EACCES')
        return 'permission denied';
    return code ?? String(err);
}
/** Read one file (`chain`: the files that extend it, the policy file first) into state.layers, its bases first. */
async function loadText(state, text, file, chain, depth) {
    const parsed = parseSource(text, file);
    if (!parsed.source) {
        state.diagnostics.push(...parsed.diagnostics);
        return;
    }
    const source = parsed.source;
    // The schema's errors, then the semantic checks on every part it did not reject.
    const schema = schemaProblems(source);
    state.diagnostics.push(...schema.diagnostics);
    let data = source.data;
    let removed = [];
    if (schema.diagnostics.length > 0) {
        const accepted = acceptedParts(source.data, schema.rejected);
        if (!accepted)
            return;
        ({ data, removed } = accepted);
        state.knownRuleIds.push(...accepted.ruleIds);
    }
    const raw = data;
    const c = new Collector(source);
    // Bases first, so that this file's settings land on top of theirs.
    const bases = asList(raw.extends) ?? [];
    for (let i = 0; i < bases.length; i++) {
        if (bases[i] === undefined || bases[i] === null)
            continue; // rejected by the schema
        const at = Array.isArray(raw.extends) ? ['extends', i] : ['extends'];
        await loadBase(state, c, bases[i], at, file, chain, depth);
    }
    let layer;
    try {
        layer = compileLayer(source, raw, 0, c);
    }
    catch (err) {
        // Only a file the schema rejected in part may hold a shape the compiler does not expect.
        if (schema.diagnostics.length === 0)
            throw err;
    }
    if (file.startsWith(BUILTIN_PREFIX))
        checkBuiltinNeverAllows(c, raw);
    state.diagnostics.push(...c.diagnostics.filter((d) => !inRemoved(d.path, removed)));
    state.warnings.push(...c.warnings.filter((d) => !inRemoved(d.path, removed)));
    if (layer)
        state.layers.push(layer);
}
/** One entry of `extends`, unless it closes a cycle, chains too deep or was read already. */
async function loadBase(state, c, entry, at, file, chain, depth) {
    const name = typeof entry === 'string' ? entry : entry.url;
    const base = resolveBase(state, c, entry, at, file);
    if (!base)
        return;
    const { target, label, origin } = base;
    if (chain.includes(target)) {
        const names = [...chain, target].map((p) => state.labels.get(p) ?? p);
        c.at(at, `extends ${JSON.stringify(name)} forms a cycle: ${names.join(' → ')}`);
        return;
    }
    if (depth + 1 > MAX_EXTENDS_DEPTH) {
        c.at(at, `extends chains more than ${MAX_EXTENDS_DEPTH} files deep`);
        return;
    }
    if (state.seen.has(target))
        return; // a diamond: the shared base is applied once
    let text;
    try {
        text =
            origin.kind === 'github' || origin.kind === 'url'
                ? await state.remote().read(origin)
                : await state.readFile(target);
    }
    catch (err) {
        const code = err.code;
        if (origin.kind === 'github' || origin.kind === 'url') {
            c.at(at, err instanceof Error ? err.message : String(err));
        }
        else if (name.startsWith(BUILTIN_PREFIX)) {
            const { readdirSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3024, 23));
            const known = builtinNames(state.builtinDir, (d) => readdirSync(d));
            c.at(at, `${JSON.stringify(name)} is not a built-in policy (known: ${known.join(', ') || 'none'})`);
        }
        else
            c.at(at, `cannot read ${JSON.stringify(name)}: ${readErrorWords(code, err)}`);
        return;
    }
    state.seen.add(target);
    state.labels.set(target, label);
    state.origins.set(label, origin);
    await loadText(state, text, label, [...chain, target], depth + 1);
}
/**
 * The file an `extends` entry names (`target`), the name diagnostics give it
 * (`label`) and where it comes from, or undefined, with a diagnostic, when it
 * may not be read. A relative path means a file beside the one that names it:
 * in the repository for a local file, in the same repository and commit for a
 * `github:` file; a file read from a URL has no such neighbours.
 */
function resolveBase(state, c, entry, at, file) {
    const from = state.origins.get(file) ?? { kind: 'local' };
    if (typeof entry !== 'string') {
        if (from.kind === 'builtin') {
            c.at(at, 'a built-in policy can only extend other built-in policies');
            return undefined;
        }
        const origin = { kind: 'url', url: entry.url, sha256: entry.sha256.toLowerCase() };
        return { target: `url:${origin.sha256}`, label: entry.url, origin };
    }
    const name = entry;
    if (name.startsWith(BUILTIN_PREFIX)) {
        const short = name.slice(BUILTIN_PREFIX.length);
        if (!/^[a-z][a-z0-9-]*$/.test(short)) {
            c.at(at, `${JSON.stringify(name)} is not a built-in policy name`);
            return undefined;
        }
        return { target: builtinFile(state.builtinDir, name), label: name, origin: { kind: 'builtin' } };
    }
    if (from.kind === 'builtin') {
        c.at(at, 'a built-in policy can only extend other built-in policies');
        return undefined;
    }
    if (name.startsWith('github:')) {
        const ref = parseGitHubRef(name);
        if ('error' in ref) {
            c.at(at, ref.error);
            return undefined;
        }
        return { target: pinnedLabel(ref), label: pinnedLabel(ref), origin: ref };
    }
    if (/^https?:\/\//i.test(name)) {
        c.at(at, `${JSON.stringify(name)}: a URL needs its checksum, so that the file cannot change under the policy: write { url: ${JSON.stringify(name)}, sha256: <64 hex digits> }`);
        return undefined;
    }
    if ((0,external_node_path_.isAbsolute)(name) || /^[a-z][a-z0-9+.-]*:/i.test(name)) {
        c.at(at, `${JSON.stringify(name)}: extends takes a path relative to this file, portcullis:NAME, github:OWNER/REPO/PATH@SHA or { url, sha256 }`);
        return undefined;
    }
    if (from.kind === 'url') {
        c.at(at, `${JSON.stringify(name)}: a policy read from a URL has no files beside it; extend portcullis:NAME, github:OWNER/REPO/PATH@SHA or { url, sha256 } instead`);
        return undefined;
    }
    if (from.kind === 'github') {
        const path = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(from.path), name));
        if (path.startsWith('../') || path === '..' || path.startsWith('/')) {
            c.at(at, `${JSON.stringify(name)} leaves the repository ${from.owner}/${from.repo}`);
            return undefined;
        }
        const origin = { ...from, path };
        return { target: pinnedLabel(origin), label: pinnedLabel(origin), origin };
    }
    const target = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(file), name);
    const rel = (0,external_node_path_.relative)(process.cwd(), target);
    const label = rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : target;
    // A policy names its bases inside the repository; reading /etc or a home folder is never meant.
    if (!state.roots.some((root) => isInside(target, root))) {
        c.at(at, `${JSON.stringify(name)} is outside the repository (${state.roots[0]}); extends reads only files under it`);
        return undefined;
    }
    return { target, label, origin: { kind: 'local' } };
}

// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(3943);
;// CONCATENATED MODULE: ./src/policy/merge.ts

/** Merge layers (bases first) into one policy. The rules are in docs/policy.md, "Composition". */
function merge(layers, file, warnings) {
    const n = layers.length;
    // The policy file is layer 0; earlier-merged files are further away.
    layers.forEach((l, i) => {
        const rank = n - 1 - i;
        for (const s of l.scopes) {
            s.layer = rank;
        }
    });
    let def;
    let mode = 'enforce';
    let failOn = 'any';
    let unverified = 'warn';
    let remote;
    const gateways = [];
    const exceptions = [];
    const governance = {
        approvers: [],
        trustPullRequestPolicy: false,
        maxExceptionDays: types/* DEFAULT_MAX_EXCEPTION_DAYS */.b,
        allowPermanentExceptions: false,
        refs: {},
        source: file,
    };
    for (const l of layers) {
        // Approvers add up along the chain (an organisation's and a repository's); the rest: the last file wins.
        const g = l.governance;
        for (const a of g.approvers ?? [])
            if (!governance.approvers.some((x) => x.toLowerCase() === a.toLowerCase()))
                governance.approvers.push(a);
        if (g.trustPullRequestPolicy !== undefined)
            governance.trustPullRequestPolicy = g.trustPullRequestPolicy;
        if (g.maxExceptionDays !== undefined)
            governance.maxExceptionDays = g.maxExceptionDays;
        if (g.allowPermanentExceptions !== undefined)
            governance.allowPermanentExceptions = g.allowPermanentExceptions;
        Object.assign(governance.refs, g.refs);
        if (l.default)
            def = l.default;
        if (l.mode)
            mode = l.mode.value;
        if (l.failOn)
            failOn = l.failOn;
        if (l.unverified)
            unverified = l.unverified;
        if (l.remote) {
            const r = l.remote.raw;
            remote = {
                vpn: r.require?.vpn ?? remote?.vpn ?? false,
                mfa: r.require?.mfa ?? remote?.mfa ?? false,
                unverified: r.unverified ?? remote?.unverified ?? unverified,
                severity: r.severity ?? remote?.severity ?? 'high',
                vantages: r.vantages ?? remote?.vantages ?? null,
                ref: l.remote.ref,
            };
        }
        gateways.push(...l.gateways);
        exceptions.push(...l.exceptions);
    }
    // A remote_access without its own `unverified` follows the policy's final setting.
    if (remote && !layers.some((l) => l.remote?.raw.unverified))
        remote.unverified = unverified;
    const scopes = layers
        .slice()
        .reverse()
        .flatMap((l) => l.scopes);
    const leaf = layers[layers.length - 1];
    return {
        file,
        mode,
        failOn,
        unverified,
        vpnGateways: gateways,
        default: def ?? {
            action: 'deny',
            severity: 'high',
            ref: { id: 'default', file: leaf?.file ?? file, line: 1, column: 1 },
        },
        scopes,
        remoteAccess: remote,
        exceptions,
        files: layers.map((l) => l.file).reverse(),
        governance,
        warnings,
    };
}

;// CONCATENATED MODULE: ./src/policy/loader.ts









/**
 * Read a policy file, refusing what is not a regular file or is over the size
 * cap before reading it (a policy path pointed at /dev/zero or a huge log).
 */
async function readPolicyFile(path) {
    const info = await (0,promises_.stat)(path);
    if (info.isDirectory())
        throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (!info.isFile())
        throw Object.assign(new Error('not a regular file'), { code: 'not a regular file' });
    if (info.size > MAX_POLICY_BYTES)
        throw Object.assign(new Error('too large'), { code: `larger than ${MAX_POLICY_BYTES / 1024} KiB` });
    return (0,promises_.readFile)(path, 'utf8');
}
/** By file (in the order first seen), then line and column: the order a reader fixes them in. */
function sortDiagnostics(list, root) {
    const files = [...new Set([root, ...list.map((d) => d.source)])];
    return list
        .map((d, i) => ({ d, i }))
        .sort((a, b) => files.indexOf(a.d.source) - files.indexOf(b.d.source) ||
        (a.d.line ?? 0) - (b.d.line ?? 0) ||
        (a.d.column ?? 0) - (b.d.column ?? 0) ||
        a.i - b.i)
        .map(({ d }) => d);
}
async function loadRoot(text, file, options, absolute) {
    const state = {
        readFile: options.readFile ?? readPolicyFile,
        builtinDir: options.builtinDir ?? defaultPoliciesDir(),
        diagnostics: [],
        warnings: [],
        layers: [],
        seen: new Set([absolute]),
        labels: new Map([[absolute, file]]),
        roots: [process.cwd(), (0,external_node_path_.dirname)(absolute)],
        knownRuleIds: [],
        remote: () => (options.remote ??= defaultRemote()),
        origins: new Map([[file, file.startsWith(BUILTIN_PREFIX) ? { kind: 'builtin' } : { kind: 'local' }]]),
    };
    await loadText(state, text, file, [absolute], 0);
    const policy = merge(state.layers, file, state.warnings);
    state.diagnostics.push(...checkAcrossLayers(state.layers, policy, state.knownRuleIds));
    if (!policy.governance.allowPermanentExceptions) {
        for (const e of policy.exceptions.filter((x) => x.expiresAt === null))
            policy.warnings.push({
                source: e.ref.file,
                line: e.ref.line,
                column: e.ref.column,
                path: `${e.at.path}.expires`,
                message: 'expires: never is invalid unless the policy (on a pull request, the base branch’s) says allow_permanent_exceptions: true; this exception waives nothing',
            });
    }
    if (state.diagnostics.length > 0)
        throw new src_errors/* ConfigurationError */.j1(sortDiagnostics(state.diagnostics, file));
    return policy;
}
/**
 * Load a policy file (or a built-in, `portcullis:recommended`), resolving
 * `extends`. Throws ConfigurationError carrying every diagnostic of every file.
 */
async function loadPolicy(file, options = {}) {
    const readFile = options.readFile ?? readPolicyFile;
    let path = file;
    if (file.startsWith(BUILTIN_PREFIX))
        path = builtinFile(options.builtinDir ?? defaultPoliciesDir(), file);
    let text;
    try {
        text = await readFile(path);
    }
    catch (err) {
        const code = err.code;
        throw new src_errors/* ConfigurationError */.j1({
            source: file,
            message: `cannot read the policy: ${readErrorWords(code, err)}`,
        });
    }
    return loadRoot(text, file, { ...options, readFile }, (0,external_node_path_.resolve)(path));
}
/** Load a policy from text; `file` names it in diagnostics and verdicts and anchors relative `extends`. */
async function loadPolicyFromString(text, file, options = {}) {
    return loadRoot(text, file, options, file.startsWith(BUILTIN_PREFIX) ? file : (0,external_node_path_.resolve)(file));
}

// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
;// CONCATENATED MODULE: ./src/policy/words.ts


/** How verdict sentences name an endpoint, a service and a rule, alike in every phase of evaluation. */
function endpoint(f) {
    const h = f.hostname ?? f.host;
    return `${h.includes(':') ? `[${h}]` : h}:${f.port}/${f.protocol}`;
}
function label(f) {
    const s = f.service;
    if (!s)
        return 'an unidentified service';
    if ((0,services/* identifiedBy */.R0)(s) === 'port')
        return `${s.name} (guessed from the port number)`;
    // The product behind the protocol, when it is more than a web server: "http (docker)".
    const product = s.product ? (0,table/* lookupProduct */.US)(s.product) : undefined;
    return product && product.kind !== 'web-server' ? `${s.name} (${product.name})` : s.name;
}
function ruleName(ref) {
    return `rule "${ref.id}" (${ref.file}:${ref.line})`;
}
/**
 * Template literals build ropes (V8 cons strings: one heap object per piece).
 * Kept in 100,000 verdicts, the ropes are what garbage collection copies;
 * reading a character makes V8 flatten the string into one object.
 */
function flat(s) {
    void s.charCodeAt(0);
    return s;
}
function capitalize(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}

;// CONCATENATED MODULE: ./src/policy/baseline.ts



const MAX_BASELINE_BYTES = 32 * 1024 * 1024;
function endpointKey(v) {
    return endpoint(v).toLowerCase();
}
/**
 * The baseline of an evaluation: every verdict of a finding except those that are already "gone",
 * each with the policy's judgement (a report written before `judged` existed gives its outcome).
 */
function baselineFromVerdicts(verdicts, options = {}) {
    const entries = [];
    const seen = new Set();
    for (const v of verdicts) {
        if (v.baseline === 'gone')
            continue;
        const key = endpointKey(v);
        if (seen.has(key))
            continue;
        seen.add(key);
        entries.push({
            key,
            host: v.host,
            hostname: v.hostname,
            port: v.port,
            protocol: v.protocol,
            ...(v.service ? { service: v.service } : {}),
            ...(v.product ? { product: v.product } : {}),
            outcome: v.judged ?? v.outcome,
            rule: v.rule,
            message: v.message,
        });
    }
    entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return {
        version: 1,
        createdAt: (options.now ?? new Date()).toISOString(),
        policy: options.policy,
        entries,
    };
}
/** A baseline as its file holds it. */
function serializeBaseline(baseline) {
    return JSON.stringify(baseline, null, 2) + '\n';
}
/** A service or product name in a baseline: absent, or a bounded string (the file may come from anywhere). */
const optionalName = (v) => v === undefined || (typeof v === 'string' && v.length <= 1000);
function isEntry(e) {
    if (e === null || typeof e !== 'object')
        return false;
    const o = e;
    return (typeof o.key === 'string' &&
        typeof o.host === 'string' &&
        typeof o.port === 'number' &&
        (o.protocol === 'tcp' || o.protocol === 'udp') &&
        (o.outcome === 'pass' || o.outcome === 'warn' || o.outcome === 'fail') &&
        typeof o.rule === 'object' &&
        o.rule !== null &&
        typeof o.message === 'string' &&
        optionalName(o.service) &&
        optionalName(o.product));
}
/** Parse a baseline; a bad file is the user's to fix (exit 2). */
function parseBaseline(text, file) {
    if (text.length > MAX_BASELINE_BYTES)
        throw new src_errors/* ConfigurationError */.j1({
            source: file,
            message: `the baseline is larger than ${MAX_BASELINE_BYTES >> 20} MiB`,
        });
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new src_errors/* ConfigurationError */.j1({
            source: file,
            message: `the baseline is not JSON (${err instanceof Error ? err.message : String(err)}); write one with --write-baseline`,
        });
    }
    const o = data;
    if (!o || typeof o !== 'object' || o.version !== 1 || !Array.isArray(o.entries))
        throw new src_errors/* ConfigurationError */.j1({
            source: file,
            message: 'the baseline is not a Portcullis baseline (version 1 with entries); write one with --write-baseline',
        });
    const bad = o.entries.findIndex((e) => !isEntry(e));
    if (bad !== -1)
        throw new src_errors/* ConfigurationError */.j1({
            source: file,
            path: `entries[${bad}]`,
            message: 'is not a baseline entry (key, host, port, protocol, outcome, rule, message)',
        });
    return {
        version: 1,
        createdAt: String(o.createdAt ?? ''),
        policy: typeof o.policy === 'string' ? o.policy : undefined,
        entries: o.entries,
    };
}
/**
 * Mark each verdict new or unchanged against the baseline (worse than it was
 * counts as new), and add a "gone" verdict for each endpoint of the baseline
 * this scan did not see. Returns the notices.
 */
function compareWithBaseline(verdicts, baseline, options) {
    if (!baseline) {
        // With nothing to compare with, everything this scan objects to is new (DESIGN.md's JSON `new`).
        for (const v of verdicts)
            v.new = (v.judged ?? v.outcome) !== 'pass';
        return options.failOn === 'new'
            ? ['fail-on: new was given without a baseline, so every violation counts as new.']
            : [];
    }
    const notices = [];
    const before = new Map(baseline.entries.map((e) => [e.key, e]));
    const seen = new Set();
    for (const v of verdicts) {
        const key = endpointKey(v);
        seen.add(key);
        const prev = before.get(key);
        // Judgement against judgement: the gate of either run has no say in what changed.
        const judged = v.judged ?? v.outcome;
        v.baseline = prev && model/* OUTCOME_RANK */.IQ[judged] <= model/* OUTCOME_RANK */.IQ[prev.outcome] ? 'unchanged' : 'new';
        v.new = v.baseline === 'new' && judged !== 'pass';
    }
    if (options.partial)
        notices.push('The scan was interrupted, so ports of the baseline that it did not see are not reported as gone.');
    for (const e of options.partial ? [] : baseline.entries) {
        if (seen.has(e.key))
            continue;
        verdicts.push({
            host: e.host,
            ...(e.hostname ? { hostname: e.hostname } : {}),
            port: e.port,
            protocol: e.protocol,
            ...(e.service ? { service: e.service } : {}),
            ...(e.product ? { product: e.product } : {}),
            outcome: 'pass',
            judged: 'pass',
            message: `${endpoint(e)} was open in the baseline (${e.outcome}, ${ruleName(e.rule)}) and is not open now`,
            rule: e.rule,
            requirements: {},
            baseline: 'gone',
            new: false,
        });
    }
    return notices;
}

;// CONCATENATED MODULE: ./src/policy/evidence.ts


function bool(e, key) {
    const v = e[key];
    return typeof v === 'boolean' ? v : undefined;
}
function list(e, key) {
    const v = e[key];
    return Array.isArray(v) ? v : undefined;
}
function str(e, key) {
    const v = e[key];
    return typeof v === 'string' ? v : undefined;
}
function serviceName(f) {
    return f.service?.name;
}
function isRemoteAccessFinding(f) {
    return (0,services/* isRemoteAccess */.VQ)(f.service?.name) || f.risk.includes('remote-access');
}
/** The product-table record of the product a finding names, when it names one Portcullis knows. */
function productRecord(f) {
    const p = f.service?.product;
    return p ? (0,table/* lookupProduct */.US)(p) : undefined;
}
/** Does a rule's `product:` list name the finding's product (case-insensitive; nmap's names too)? */
function productMatches(products, f) {
    const p = f.service?.product;
    if (!p)
        return false;
    const name = productRecord(f)?.name ?? p.trim().toLowerCase();
    return products.includes(name);
}
/** `when: { evidence }`: every key holds exactly that value (absent evidence holds nothing). */
function evidenceHolds(want, f) {
    for (const [k, v] of Object.entries(want))
        if (f.evidence[k] !== v)
            return false;
    return true;
}
/** The exchanges that proved what a conditional deny rests on (`<key>_proof` evidence), for its message. */
function proofsFor(keys, f) {
    const out = [];
    for (const k of keys) {
        const p = str(f.evidence, `${k}_proof`);
        if (p && !out.includes(p))
            out.push(p);
    }
    return out;
}
/** Does the service let anyone in? From the per-protocol facts the fingerprints record. */
function authState(f) {
    const e = f.evidence;
    const name = serviceName(f) ?? '';
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
    const checks = [
        ['ftp.anonymous', true, 'anonymous FTP login is accepted', 'anonymous FTP login is refused'],
        [
            'snmp.public',
            true,
            'SNMP answers the community "public"',
            'SNMP does not answer the community "public"',
        ],
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
    for (const [key, bad, yes, no] of checks) {
        const v = bool(e, key);
        if (v !== undefined)
            return v === bad ? { state: 'none', detail: yes } : { state: 'required', detail: no };
    }
    if (list(e, 'ssh.auth_methods'))
        return { state: 'required', detail: 'SSH demands a credential' };
    for (const [key, value] of Object.entries(e)) {
        if (key.endsWith('.auth_required') && typeof value === 'boolean') {
            const svc = key.slice(0, -'.auth_required'.length);
            return value
                ? { state: 'required', detail: `${svc} demands authentication` }
                : { state: 'none', detail: `${svc} answers without authentication` };
        }
    }
    return {
        state: 'unknown',
        detail: `no probe showed whether ${name || 'this service'} demands authentication`,
    };
}
function tlsNumber(v) {
    const m = /^(\d+)\.(\d+)$/.exec(v.trim());
    return m ? Number(m[1]) + Number(m[2]) / 10 : NaN;
}
/**
 * A TCP port that accepted our connection and said nothing to a probe of
 * this protocol: silence there is a proof, not a gap (`tls.silent`,
 * `http.silent`). UDP silence, and ports closed or filtered from this
 * vantage, never carry these keys, and keep their own meaning.
 */
function silentTcp(f, key) {
    return f.protocol === 'tcp' && f.state === 'open' && bool(f.evidence, key) === true;
}
function judgeTls(f, min, text) {
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
function judgeRedirect(f) {
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
            detail: 'the port accepted a connection, but the HTTP request got no reply, so it does not redirect to HTTPS',
            fix: 'Make this port answer every request with a redirect (301/308) to https://, or close it.',
        };
    return {
        state: 'unverified',
        detail: 'no HTTP answer was seen, so a redirect to HTTPS is not shown',
        fix: 'Make this port answer every request with a redirect (301/308) to https://.',
    };
}
function judgeAuth(f) {
    const a = authState(f);
    if (a.state === 'required')
        return { state: 'verified', detail: a.detail };
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
function judgeVpn(f, vantage, outside) {
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
            detail: outside === 'not observed'
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
function judgeMfa(f) {
    const e = f.evidence;
    const name = serviceName(f);
    if (name === 'ssh' || e['ssh.auth_methods'] !== undefined) {
        const sshFix = 'Turn off password login and demand a second factor (sshd: AuthenticationMethods publickey,keyboard-interactive).';
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

;// CONCATENATED MODULE: ./src/policy/identity.ts


const NONE = Object.freeze({ positive: undefined, denial: Object.freeze([]) });
/** The registry's name for the service a finding names (aliases resolved). */
function canonicalService(f) {
    const n = f.service?.name;
    if (!n)
        return undefined;
    return (0,services/* lookupService */.os)(n)?.name ?? n.toLowerCase();
}
function serviceNames(f) {
    const named = canonicalService(f);
    const guess = (0,services/* serviceForPort */.K0)(f.port, f.protocol)?.name;
    if (!named || !f.service)
        return guess ? { positive: undefined, denial: [guess] } : NONE;
    if ((0,services/* identifiedBy */.R0)(f.service) === 'port')
        return { positive: undefined, denial: guess && guess !== named ? [named, guess] : [named] };
    const denial = (0,services/* isTransportOnly */.k7)(named) && guess && guess !== named ? [named, guess] : [named];
    // A product that is also a registered service (docker, elasticsearch) behind HTTP on any port is
    // still matched by deny rules that name that service: a fingerprint adds risk, never removes it.
    // Only a product of the table (named by what it answered), never any Server header's word.
    const known = f.service.product ? (0,table/* lookupProduct */.US)(f.service.product) : undefined;
    const product = known ? (0,services/* lookupService */.os)(known.name) : undefined;
    if (product && (0,services/* isTransportOnly */.k7)(named) && !denial.includes(product.name))
        denial.push(product.name);
    return { positive: named, denial };
}

;// CONCATENATED MODULE: ./src/policy/requirements.ts


/** Shared by every verdict without requirements (read-only: a verdict's requirements are replaced, never edited). */
const NO_REQUIREMENTS = Object.freeze({});
function judgement(results) {
    return {
        results,
        violated: Object.keys(results).filter((k) => results[k].state === 'violated'),
        unverified: Object.keys(results).filter((k) => results[k].state === 'unverified'),
    };
}
function unverifiedOutcome(action) {
    return action === 'fail' ? 'fail' : action === 'warn' ? 'warn' : 'pass';
}
/** A violated requirement fails; an unverified one does what the policy's `unverified` says. */
function outcomeOf(judged, unverified) {
    if (judged.violated.length > 0)
        return 'fail';
    return judged.unverified.length > 0 ? unverifiedOutcome(unverified) : 'pass';
}
/** Judge one rule's requirements against a finding. */
function judgeRequirements(rule, f, vantage, outside) {
    const results = {};
    const req = rule.require;
    if (req.tls)
        results.tls = judgeTls(f, req.tls.min, req.tls.text);
    if (req.redirect)
        results.redirect = judgeRedirect(f);
    if (req.auth)
        results.auth = judgeAuth(f);
    if (req.vpn)
        results.vpn = judgeVpn(f, vantage, outside);
    if (req.mfa)
        results.mfa = judgeMfa(f);
    return judgement(results);
}
/** Worst last: where two sources judge one requirement, the worse state is the one that counts. */
const STATE_RANK = {
    verified: 0,
    attested: 1,
    unverified: 2,
    violated: 3,
};
/** Requirements of two sources together; on a shared key the worse state wins (the first on a tie). */
function mergeRequirements(a, b) {
    const keys = Object.keys(b);
    if (keys.length === 0)
        return a;
    const out = { ...a };
    for (const k of keys) {
        const prev = out[k];
        if (!prev || STATE_RANK[b[k].state] > STATE_RANK[prev.state])
            out[k] = b[k];
    }
    return out;
}
function badness(j) {
    return j.violated.length > 0 ? 2 : j.unverified.length > 0 ? 1 : 0;
}
/** Judge the requirement rules that match a finding (most specific first); undefined when none does. */
function judgeRequirementRules(rules, f, vantage, outside) {
    if (rules.length === 0)
        return undefined;
    let results = {};
    let worst;
    for (const rule of rules) {
        const judged = judgeRequirements(rule, f, vantage, outside);
        results = mergeRequirements(results, judged.results);
        if (!worst || badness(judged) > badness(worst.judged))
            worst = { rule, judged };
    }
    return { all: judgement(results), worst: worst, ruleIds: rules.map((r) => r.id) };
}
/** `remote_access.require` against a finding; undefined when it does not apply to it. */
function judgeRemoteAccess(ra, f, vantage, outside) {
    if (!ra || !(ra.vpn || ra.mfa) || !inVantage(ra.vantages, vantage) || !isRemoteAccessFinding(f))
        return undefined;
    const results = {};
    if (ra.vpn)
        results.vpn = judgeVpn(f, vantage, outside);
    if (ra.mfa)
        results.mfa = judgeMfa(f);
    return judgement(results);
}
/** The results as a verdict carries them (without the fixes, which go to the verdict's own `fix`). */
function plain(results) {
    const out = {};
    for (const [k, v] of Object.entries(results))
        out[k] = { state: v.state, detail: v.detail };
    return out;
}
function joinFixes(results, keys) {
    const fixes = [...new Set(keys.map((k) => results[k].fix).filter((x) => !!x))];
    return fixes.length ? fixes.join(' ') : undefined;
}
function requirementWords(rule, key) {
    switch (key) {
        case 'tls':
            return `it negotiates TLS ${rule.require.tls?.text ?? ''}`.trim();
        case 'redirect':
            return 'it only redirects to HTTPS';
        case 'auth':
            return 'it demands authentication';
        case 'vpn':
            return 'it is reachable only through a VPN';
        case 'mfa':
            return 'login needs a second factor';
        default:
            return key;
    }
}

;// CONCATENATED MODULE: ./src/policy/rule-index.ts

/**
 * The policy arranged for lookup, so that judging a large scan does not
 * test every rule against every finding: rules by port within each scope,
 * and, per host, the scopes and exceptions that can apply to it.
 */
/** Ranges wider than this go to the per-scope "wide" list instead of the per-port index. */
const INDEX_SPAN = 1024;
const indexCache = new WeakMap();
/** The key of a port in ScopeIndex.byPort. */
function portKey(port, protocol) {
    return protocol === 'tcp' ? port : 65536 + port;
}
/** Most specific first: targets before top-level rules, the policy file before its bases, then as written. */
function scopeOrder(a, b) {
    if (a.kind !== b.kind)
        return a.kind === 'target' ? -1 : 1;
    return a.layer - b.layer;
}
function buildIndex(policy) {
    const cached = indexCache.get(policy);
    if (cached)
        return cached;
    const scopes = policy.scopes
        .map((s, i) => ({ s, i }))
        .sort((a, b) => scopeOrder(a.s, b.s) || a.i - b.i)
        .map(({ s }) => s);
    let r = 0;
    const out = [];
    for (const scope of scopes) {
        const idx = { scope, byPort: new Map(), wide: [] };
        for (const rule of [...scope.deny, ...scope.allow, ...scope.requirements]) {
            rule.rank = r++;
            const span = rule.ports ? rule.ports.reduce((n, [a, b]) => n + b - a + 1, 0) : Infinity;
            if (span > INDEX_SPAN || !rule.ports) {
                idx.wide.push(rule);
                continue;
            }
            const protocols = rule.protocol === 'any' ? ['tcp', 'udp'] : [rule.protocol];
            for (const [a, b] of rule.ports) {
                for (let p = a; p <= b; p++) {
                    for (const proto of protocols) {
                        const key = portKey(p, proto);
                        const list = idx.byPort.get(key);
                        if (list)
                            list.push(rule);
                        else
                            idx.byPort.set(key, [rule]);
                    }
                }
            }
        }
        out.push(idx);
    }
    const index = { scopes: out, v4Cuts: v4Cuts(policy) };
    indexCache.set(policy, index);
    return index;
}
/**
 * The same policy without the index: every rule of a scope in its `wide` list and every host
 * tested on its own. For tests, which compare the indexed evaluation with it.
 */
function naiveIndex(policy) {
    const indexed = buildIndex(policy); // numbers the rules (`rank`) in the same order
    return {
        scopes: indexed.scopes.map(({ scope }) => ({
            scope,
            byPort: new Map(),
            wide: [...scope.deny, ...scope.allow, ...scope.requirements],
        })),
        v4Cuts: null,
    };
}
function v4Cuts(policy) {
    const matchers = [];
    for (const s of policy.scopes)
        if (s.hosts)
            matchers.push(...s.hosts);
    for (const e of policy.exceptions)
        if (e.match.host)
            matchers.push(e.match.host);
    const cuts = new Set([0]);
    for (const m of matchers) {
        if (m.v4 === undefined)
            return null;
        if (typeof m.v4 === 'string')
            continue;
        cuts.add(m.v4[0]);
        if (m.v4[1] < 0xffffffff)
            cuts.add(m.v4[1] + 1);
    }
    return Float64Array.from(cuts).sort();
}
/** The piece of the IPv4 space (an index into `cuts`) that holds `v4`. */
function v4Piece(cuts, v4) {
    let lo = 0;
    let hi = cuts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (cuts[mid] <= v4)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/**
 * The scopes and exceptions that apply to one host. Hosts that share the same
 * set share one context object, so a /16 sweep costs one small entry per host.
 */
function hostContext(ref, index, policy, vantage, interned) {
    let signature = '';
    const scopes = [];
    for (let i = 0; i < index.scopes.length; i++) {
        const si = index.scopes[i];
        if (!inVantage(si.scope.vantages, vantage))
            continue;
        const hosts = si.scope.hosts;
        let hit = hosts === null;
        if (!hit && hosts) {
            for (let j = 0; j < hosts.length && !hit; j++)
                hit = hosts[j].test(ref);
        }
        if (hit) {
            scopes.push(si);
            signature += `${i},`;
        }
    }
    const targetNames = scopes.filter((s) => s.scope.kind === 'target').map((s) => s.scope.name);
    const exceptions = [];
    signature += '|';
    for (let i = 0; i < policy.exceptions.length; i++) {
        const e = policy.exceptions[i];
        if ((!e.match.host || e.match.host.test(ref)) &&
            (e.match.target === undefined || targetNames.includes(e.match.target))) {
            exceptions.push(e);
            signature += `${i},`;
        }
    }
    let fc = interned.get(signature);
    if (!fc) {
        fc = { scopes, targetNames, exceptions };
        interned.set(signature, fc);
    }
    return fc;
}

;// CONCATENATED MODULE: ./src/policy/vpn-gateways.ts





/**
 * The declared VPN gateways (remote_access.vpn_gateways), judged from the
 * probes src/fingerprint/gateways.ts ran (context.gateways): a gateway that
 * answers as its kind, with no remote-access port open beside it, is what
 * verifies the VPN requirement. Evaluation only reads those results.
 */
const hostName = (h) => h.toLowerCase().replace(/\.$/, '');
/** Is this endpoint (a finding, a verdict, a probe's result) the gateway itself (allowed, since it is the way in)? */
function gatewayMatches(g, e) {
    if (g.port !== e.port || g.protocol !== e.protocol)
        return false;
    const h = hostName(g.host);
    return h === hostName(e.host) || (e.hostname !== undefined && h === hostName(e.hostname));
}
/**
 * Judge each declared gateway from its probe: the gateway's finding verdict
 * gets the VPN result, or a verdict of its own is added when the scan did not
 * see it. Returns the notices for gateways that could not be judged.
 */
function judgeGateways(findings, verdicts, policy, checks, vantage) {
    const gateways = policy.vpnGateways;
    if (gateways.length === 0)
        return [];
    if (!checks) {
        return [
            `The ${(0,words/* plural */.LS)(gateways.length, 'declared VPN gateway was', 'declared VPN gateways were')} not probed in this run, so the VPN requirement stays unverified.`,
        ];
    }
    const notices = [];
    const remoteOpen = findings.some((f) => isRemoteAccessFinding(f));
    for (const g of gateways) {
        const check = checks.find((c) => gatewayMatches(g, c));
        const where = endpoint({ host: g.host, port: g.port, protocol: g.protocol });
        if (!(0,model/* isProbedGatewayKind */.B6)(g.kind)) {
            notices.push(`The ${g.kind} gateway ${where} cannot be proven by a probe; its VPN requirement stays unverified.`);
            continue;
        }
        if (!check) {
            notices.push(`The ${g.kind} gateway ${where} was not probed, so the VPN requirement stays unverified.`);
            continue;
        }
        const vpnState = vpnRequirement(g, check, remoteOpen, vantage);
        const findingVerdict = verdicts.find((x) => gatewayMatches(g, x));
        if (findingVerdict)
            findingVerdict.requirements = { ...findingVerdict.requirements, vpn: vpnState };
        else
            verdicts.push(gatewayVerdict(g, check, vpnState, policy, where));
    }
    return notices;
}
/** Only the untrusted vantage can show that remote access is closed to whoever bypasses the gateway. */
function vpnRequirement(g, check, remoteOpen, vantage) {
    if (!check.answered)
        return { state: 'unverified', detail: `the gateway did not answer as ${g.kind}: ${check.detail}` };
    if (remoteOpen && vantage === 'untrusted')
        return {
            state: 'violated',
            detail: `the gateway answers as ${g.kind}, but remote access is also open without it`,
        };
    if (vantage === 'untrusted')
        return {
            state: 'verified',
            detail: `the gateway answers as ${g.kind} and no remote-access port is open from the untrusted vantage`,
        };
    return {
        state: 'unverified',
        detail: `the gateway answers as ${g.kind}; only a scan from the untrusted vantage shows remote access is closed without it`,
    };
}
function gatewayVerdict(g, check, vpnState, policy, where) {
    const ra = policy.remoteAccess;
    const outcome = check.answered ? 'pass' : unverifiedOutcome(ra?.unverified ?? policy.unverified);
    const v = {
        host: g.host,
        port: g.port,
        protocol: g.protocol,
        outcome,
        message: check.answered
            ? `The declared ${g.kind} VPN gateway ${where} answers as ${g.kind}`
            : `The declared ${g.kind} VPN gateway ${where} did not answer as ${g.kind}, so remote access through it is unverified: ${check.detail}`,
        rule: g.rule,
        requirements: { vpn: vpnState },
    };
    if (outcome !== 'pass') {
        v.severity = ra?.severity ?? 'high';
        v.fix = `Check that the gateway runs and listens on ${g.port}/${g.protocol}, or correct its entry in ${g.rule.file}.`;
    }
    return v;
}

;// CONCATENATED MODULE: ./src/policy/decide.ts









/** Does one of the rule's services name the finding, as identity.ts lets a rule of its kind? */
function servicesMatch(services, kind, names) {
    if (kind === 'allow')
        return names.positive !== undefined && services.includes(names.positive);
    for (const n of names.denial)
        if (services.includes(n))
            return true;
    return false;
}
function ruleMatches(rule, f, names, vantage) {
    if (rule.protocol !== 'any' && rule.protocol !== f.protocol)
        return false;
    if (rule.ports && !portInRanges(f.port, rule.ports))
        return false;
    if (rule.services && !servicesMatch(rule.services, rule.kind, names))
        return false;
    if (!inVantage(rule.vantages, vantage))
        return false;
    if (rule.whenNoAuth && authState(f).state !== 'none')
        return false;
    if (rule.products && !productMatches(rule.products, f))
        return false;
    if (rule.whenEvidence && !evidenceHolds(rule.whenEvidence, f))
        return false;
    return true;
}
/** What proved the facts a conditional deny rests on: " (shown by GET /version → 200 …)". */
function shownBy(deny, f) {
    const keys = Object.keys(deny.whenEvidence ?? {});
    const product = productRecord(f);
    if (deny.whenNoAuth && product)
        keys.push(`${product.ns}.unauthenticated`);
    const proofs = proofsFor(keys, f);
    return proofs.length ? ` (shown by ${proofs.join('; ')})` : '';
}
/**
 * `outside`: in a report merged from several vantages, how this port looked from the untrusted
 * vantage (what verifies or violates `vpn` for a port seen open from `vpn` or `internal`).
 */
function decide(f, policy, fc, vantage, outside) {
    const names = serviceNames(f);
    const service = names.positive ?? names.denial[0];
    const where = endpoint(f);
    const what = label(f);
    const { deny, allows, requirements } = matchingRules(f, fc, names, vantage);
    // Remote access requirements apply whatever rule allows the port.
    const ra = policy.remoteAccess;
    const remote = judgeRemoteAccess(ra, f, vantage, outside);
    // Requirement rules, too: they add to any verdict and never allow a port.
    const required = judgeRequirementRules(requirements, f, vantage, outside);
    if (deny) {
        // The denial decides; what the requirements proved stays on the verdict, so an exception
        // that waives the denial cannot silently waive a proven violation with it.
        let results = remote ? plain(remote.results) : NO_REQUIREMENTS;
        if (required)
            results = mergeRequirements(results, plain(required.all.results));
        return {
            outcome: 'fail',
            severity: deny.severity,
            message: `${what} on ${where} is denied by ${ruleName(deny.ref)}: ${deny.reason ?? 'no reason given'}${shownBy(deny, f)}`,
            fix: `Close ${f.port}/${f.protocol} on ${f.hostname ?? f.host} or stop the service; if it must stay open, add an exception with a reason, an approver and an expiry date.`,
            rule: deny.ref,
            requirements: results,
            ruleIds: required ? [deny.id, ...required.ruleIds] : [deny.id],
        };
    }
    const gateway = policy.vpnGateways.find((g) => gatewayMatches(g, f));
    if (gateway) {
        return {
            outcome: 'pass',
            message: `${what} on ${where} is the declared ${gateway.kind} VPN gateway (${gateway.rule.file}:${gateway.rule.line})`,
            rule: gateway.rule,
            requirements: NO_REQUIREMENTS,
            ruleIds: [gateway.rule.id, 'remote_access'],
        };
    }
    // No rule matched: the most specific default decides (remote access may still be worse).
    const base = allowedBy(allows, f, policy, vantage, what, where, outside) ??
        byDefault(f, policy, fc, what, where, service);
    const guarded = remote && ra ? withRemoteAccess(base, remote, ra, what, where) : base;
    return required ? withRequirementRules(guarded, required, policy, what, where) : guarded;
}
/** The most specific deny that matches, the allows that match, most specific first, and the requirement rules that match. */
function matchingRules(f, fc, names, vantage) {
    let deny;
    const allows = [];
    const requirements = [];
    const key = portKey(f.port, f.protocol);
    for (const si of fc.scopes) {
        const candidates = si.byPort.get(key);
        for (let pass = candidates ? 0 : 1; pass < 2; pass++) {
            const list = pass === 0 ? candidates : si.wide;
            for (let i = 0; i < list.length; i++) {
                const rule = list[i];
                if (!ruleMatches(rule, f, names, vantage))
                    continue;
                if (rule.kind === 'deny') {
                    if (!deny || rule.rank < deny.rank)
                        deny = rule;
                }
                else if (rule.kind === 'allow')
                    allows.push(rule);
                else
                    requirements.push(rule);
            }
        }
    }
    if (allows.length > 1)
        allows.sort((a, b) => a.rank - b.rank);
    if (requirements.length > 1)
        requirements.sort((a, b) => a.rank - b.rank);
    return { deny, allows, requirements };
}
/** The first allow whose requirements hold passes; else the one that fails least, the most specific on a tie. */
function allowedBy(allows, f, policy, vantage, what, where, outside) {
    let best;
    for (const rule of allows) {
        const judged = judgeRequirements(rule, f, vantage, outside);
        const outcome = outcomeOf(judged, policy.unverified);
        const d = {
            outcome,
            severity: outcome === 'pass' ? undefined : rule.severity,
            message: allowMessage(rule, judged, what, where),
            fix: outcome === 'pass'
                ? undefined
                : joinFixes(judged.results, [...judged.violated, ...judged.unverified]),
            rule: rule.ref,
            requirements: plain(judged.results),
            ruleIds: [rule.id],
        };
        if (!best || model/* OUTCOME_RANK */.IQ[d.outcome] < model/* OUTCOME_RANK */.IQ[best.outcome])
            best = d;
        if (d.outcome === 'pass')
            break;
    }
    return best;
}
function allowMessage(rule, judged, what, where) {
    const details = (keys) => keys.map((k) => judged.results[k].detail).join('; ');
    const needs = (keys) => keys.map((k) => requirementWords(rule, k)).join(' and ');
    if (judged.violated.length > 0)
        return `${what} on ${where} is allowed by ${ruleName(rule.ref)} only if ${needs(judged.violated)}, but ${details(judged.violated)}`;
    if (judged.unverified.length > 0)
        return `${what} on ${where} is allowed by ${ruleName(rule.ref)} if ${needs(judged.unverified)}, which is unverified: ${details(judged.unverified)}`;
    const held = Object.keys(judged.results);
    return `${what} on ${where} is allowed by ${ruleName(rule.ref)}${held.length ? ` (${details(held)})` : ''}`;
}
/** Remote access decides when it is at least as bad as what the rules (or the default) said. */
function withRemoteAccess(base, remote, ra, what, where) {
    const raOutcome = outcomeOf(remote, ra.unverified);
    const requirements = { ...base.requirements, ...plain(remote.results) };
    if (raOutcome === 'pass' || model/* OUTCOME_RANK */.IQ[raOutcome] < model/* OUTCOME_RANK */.IQ[base.outcome])
        return { ...base, requirements };
    const parts = [...remote.violated, ...remote.unverified].map((k) => remote.results[k].detail);
    const needs = [ra.vpn ? 'through a VPN' : '', ra.mfa ? 'with a second factor' : '']
        .filter(Boolean)
        .join(' and ');
    return {
        outcome: raOutcome,
        severity: ra.severity,
        message: raOutcome === 'fail'
            ? `${what} on ${where} is remote access, which ${ruleName(ra.ref)} allows only ${needs}, but ${parts.join('; ')}`
            : `${what} on ${where} is remote access, which ${ruleName(ra.ref)} allows only ${needs}; unverified: ${parts.join('; ')}`,
        fix: joinFixes(remote.results, [...remote.violated, ...remote.unverified]),
        rule: ra.ref,
        requirements,
        ruleIds: ['remote_access', ...base.ruleIds],
    };
}
/**
 * Requirement rules add their results to the verdict, and decide it when they
 * are worse than what the rules and the default said. They never make it
 * better: a port that no rule allows fails whatever its requirements show.
 */
function withRequirementRules(base, required, policy, what, where) {
    const requirements = mergeRequirements(base.requirements, plain(required.all.results));
    const ruleIds = [...base.ruleIds, ...required.ruleIds];
    const worst = required.worst;
    const outcome = outcomeOf(worst.judged, policy.unverified);
    if (model/* OUTCOME_RANK */.IQ[outcome] <= model/* OUTCOME_RANK */.IQ[base.outcome])
        return { ...base, requirements, ruleIds };
    const { judged, rule } = worst;
    const details = (keys) => keys.map((k) => judged.results[k].detail).join('; ');
    const needs = (keys) => keys.map((k) => requirementWords(rule, k)).join(' and ');
    const bad = judged.violated.length > 0 ? judged.violated : judged.unverified;
    return {
        outcome,
        severity: rule.severity,
        message: judged.violated.length > 0
            ? `${what} on ${where} must meet ${ruleName(rule.ref)}: ${needs(bad)}, but ${details(bad)}`
            : `${what} on ${where} must meet ${ruleName(rule.ref)}: ${needs(bad)}, which is unverified: ${details(bad)}`,
        fix: joinFixes(judged.results, bad),
        rule: rule.ref,
        requirements,
        ruleIds: [rule.id, ...ruleIds.filter((id) => id !== rule.id)],
    };
}
function byDefault(f, policy, fc, what, where, service) {
    let def = policy.default;
    for (const si of fc.scopes) {
        if (si.scope.default) {
            def = si.scope.default;
            break;
        }
    }
    const auth = authState(f);
    const how = auth.state === 'none' ? 'is open without authentication' : 'is open';
    if (def.action === 'allow') {
        return {
            outcome: 'pass',
            message: `${what} on ${where} ${how}; no rule matches it and the default (${def.ref.file}:${def.ref.line}) allows it`,
            rule: def.ref,
            requirements: NO_REQUIREMENTS,
            ruleIds: [def.ref.id],
        };
    }
    return {
        outcome: def.action === 'deny' ? 'fail' : 'warn',
        severity: def.severity,
        message: `${what} on ${where} ${how} and no rule allows it`,
        fix: `Close ${f.port}/${f.protocol} on ${f.hostname ?? f.host}${service ? ` or bind ${service} to a private address` : ''}, or allow it with a rule in ${policy.file}.`,
        rule: def.ref,
        requirements: NO_REQUIREMENTS,
        ruleIds: [def.ref.id],
    };
}

;// CONCATENATED MODULE: ./src/policy/exceptions.ts





/**
 * Exceptions, after the rules have decided: a valid one that matches turns a
 * failure into a pass (and an unverified requirement into an attested one);
 * an expired one fails the verdict, naming who must renew it. An exception
 * that matched nothing is a notice, so stale approvals get removed.
 *
 * Proofs beat claims: an exception is a claim, and it does not waive a
 * requirement a probe proved violated. The verdict stays failed and names
 * the proof, unless the exception says `waive: violated`; then it is a
 * warning that says a proven violation was waived, never a pass.
 */
const NO_EXCEPTIONS = Object.freeze([]);
function exceptionMatches(e, f, decision) {
    const m = e.match;
    if (m.ports && !portInRanges(f.port, m.ports))
        return false;
    if (m.protocol && m.protocol !== 'any' && m.protocol !== f.protocol)
        return false;
    if (m.services) {
        // An exception loosens the gate, as an allow rule does: a port-number guess is not enough.
        const s = serviceNames(f).positive;
        if (!s || !m.services.includes(s))
            return false;
    }
    // A product, too, is only as good as an identification (it comes from an exchange only).
    if (m.products && !productMatches(m.products, f))
        return false;
    if (m.rule !== undefined && !decision.ruleIds.includes(m.rule) && decision.rule.id !== m.rule)
        return false;
    return true;
}
function isExpired(e, now) {
    return e.expiresAt !== null && now.getTime() > e.expiresAt;
}
const DAY_MS = 24 * 3600 * 1000;
/**
 * Why the governing policy refuses this exception's expiry (DESIGN.md, "Who may change
 * the rules"): `never` unless allow_permanent_exceptions, a date past max_exception_days
 * from the scan date. Undefined when it is within bounds (expired or not).
 */
function expiryRefusal(e, now, g) {
    const where = (ref, key, fallback) => ref ? `${key} in ${g.source}:${ref.line}` : `${fallback}; ${g.source} may set ${key}`;
    if (e.expiresAt === null) {
        if (g.allowPermanentExceptions)
            return undefined;
        return `expires never, which is not allowed (${where(g.refs.allowPermanentExceptions, 'allow_permanent_exceptions', 'permanent exceptions are off by default')})`;
    }
    if (e.malformedExpiry)
        return undefined;
    // By whole UTC days, as expiry dates are written: the scan's day plus the cap, through its last second.
    const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
    const last = today + (g.maxExceptionDays + 1) * DAY_MS - 1;
    if (e.expiresAt <= last)
        return undefined;
    const cap = new Date(last).toISOString().slice(0, 10);
    return `expires on ${e.expiresText}, later than ${g.maxExceptionDays} days after the scan date (${cap}; ${where(g.refs.maxExceptionDays, 'max_exception_days', `the default cap is ${types/* DEFAULT_MAX_EXCEPTION_DAYS */.b} days`)})`;
}
function expiredWords(e) {
    return e.malformedExpiry
        ? `has an expiry date that cannot be read (${JSON.stringify(e.expiresText)}), which counts as expired`
        : `expired on ${e.expiresText}`;
}
function exceptionName(e) {
    return `exception "${e.id}" (${e.ref.file}:${e.ref.line})`;
}
/** Apply the exceptions that match a finding (in policy order: the first valid one waives it). */
function applyExceptions(f, d, matching, now, governance) {
    if (d.outcome === 'pass' || matching.length === 0)
        return d;
    const valid = matching.find((e) => !isExpired(e, now) && !expiryRefusal(e, now, governance));
    if (!valid) {
        const e = matching[0];
        const refused = expiryRefusal(e, now, governance);
        if (refused)
            return {
                ...d,
                outcome: 'fail',
                severity: d.severity ?? 'high',
                message: `${capitalize(exceptionName(e))} for ${label(f)} on ${endpoint(f)} is invalid: it ${refused}; so ${ruleName(d.rule)} applies: ${d.message}`,
                fix: `Give the exception an expiry date within ${governance.maxExceptionDays} days of today, with a fresh approval from ${e.approvedBy}; or close the port.`,
                rule: e.ref,
            };
        return {
            ...d,
            outcome: 'fail',
            severity: d.severity ?? 'high',
            message: `${capitalize(exceptionName(e))} for ${label(f)} on ${endpoint(f)} ${expiredWords(e)}, so ${ruleName(d.rule)} applies again: ${d.message}`,
            fix: `Close the port, or renew the exception with a new expiry date and a fresh approval from ${e.approvedBy}.`,
            rule: e.ref,
        };
    }
    const proofs = Object.keys(d.requirements).filter((k) => d.requirements[k].state === 'violated');
    const proven = proofs.map((k) => `${k}: ${d.requirements[k].detail}`).join('; ');
    if (proofs.length > 0 && !valid.waiveViolated) {
        return {
            ...d,
            outcome: 'fail',
            severity: d.severity ?? 'high',
            message: `${capitalize(exceptionName(valid))} matches ${label(f)} on ${endpoint(f)}, but an exception does not waive what a probe proved violated (${proven}), so ${ruleName(d.rule)} still fails it: ${d.message}`,
            fix: `${d.fix ? `${d.fix} ` : ''}If the violation is accepted, add \`waive: violated\` to ${exceptionName(valid)}: the port is then reported as a warning, not a pass.`,
            requirements: attested(d.requirements, valid, false),
        };
    }
    const exception = {
        reason: valid.reason,
        approvedBy: valid.approvedBy,
        expires: valid.expiresText,
        rule: valid.ref,
    };
    if (valid.ticket !== undefined)
        exception.ticket = valid.ticket;
    if (proofs.length > 0) {
        return {
            ...d,
            outcome: 'warn',
            fix: undefined,
            message: `${label(f)} on ${endpoint(f)} would break ${ruleName(d.rule)}; ${exceptionName(valid)}, approved by ${valid.approvedBy} until ${valid.expiresText}, waives a proven violation of ${proofs.join(' and ')} (waive: violated), so it is a warning: ${valid.reason}`,
            rule: valid.ref,
            requirements: attested(d.requirements, valid, true),
            exception,
        };
    }
    return {
        ...d,
        outcome: 'pass',
        severity: undefined,
        fix: undefined,
        message: `${label(f)} on ${endpoint(f)} would break ${ruleName(d.rule)}, but ${exceptionName(valid)}, approved by ${valid.approvedBy} until ${valid.expiresText}, allows it: ${valid.reason}`,
        rule: valid.ref,
        requirements: attested(d.requirements, valid, false),
        exception,
    };
}
/** What the exception vouches for: unverified becomes attested; a violation stays one (marked waived under `waive: violated`). */
function attested(requirements, e, waived) {
    const out = {};
    for (const [k, r] of Object.entries(requirements)) {
        out[k] =
            r.state === 'unverified'
                ? {
                    state: 'attested',
                    detail: `${exceptionName(e)} attests it, approved by ${e.approvedBy}: ${e.reason}`,
                }
                : r.state === 'violated' && waived
                    ? { state: 'violated', detail: `${r.detail} (waived by ${exceptionName(e)} with waive: violated)` }
                    : r;
    }
    return out;
}
/** One notice per exception that matched no finding: it may be stale. */
function unusedExceptionNotices(policy, used, now) {
    const notices = [];
    for (const e of policy.exceptions) {
        if (used.has(e))
            continue;
        const refused = expiryRefusal(e, now, policy.governance);
        notices.push(refused
            ? `${capitalize(exceptionName(e))} is invalid (it ${refused}) and matches no open port in this scan.`
            : isExpired(e, now)
                ? `${capitalize(exceptionName(e))} ${expiredWords(e)} and matches no open port in this scan; remove it.`
                : `${capitalize(exceptionName(e))} matches no open port in this scan; remove it if it is stale.`);
    }
    return notices;
}

// EXTERNAL MODULE: ./src/policy/fail-on.ts
var fail_on = __webpack_require__(668);
;// CONCATENATED MODULE: ./src/policy/verdict-order.ts


/** A stable order whatever the order of the findings: by host name or address, port, protocol, outcome, message. */
function sortVerdicts(verdicts) {
    // Names first (as strings), then IPv4 addresses in numeric order, then the rest. IPv4 rows (the bulk
    // of a large scan) sort by one number each, read from a typed array.
    const named = [];
    const other = [];
    const v4rows = [];
    const keyList = [];
    for (const v of verdicts) {
        const v4 = v.hostname === undefined ? parseV4(v.host) : null;
        if (v4 === null) {
            (v.hostname !== undefined ? named : other).push(v);
            continue;
        }
        // 2^32 addresses × 2^19 (port × 8 + protocol + outcome) < 2^53: exact in a double.
        keyList.push(v4 * 524288 + v.port * 8 + (v.protocol === 'tcp' ? 0 : 4) + (2 - model/* OUTCOME_RANK */.IQ[v.outcome]));
        v4rows.push(v);
    }
    const keys = Float64Array.from(keyList);
    const byMessage = (a, b) => {
        if (a.message !== b.message)
            return a.message < b.message ? -1 : 1;
        // Same endpoint, same sentence (duplicate findings): any remaining difference still orders them.
        const ja = JSON.stringify(a);
        const jb = JSON.stringify(b);
        return ja < jb ? -1 : ja > jb ? 1 : 0;
    };
    const byText = (a, b) => {
        const na = a.hostname ?? a.host;
        const nb = b.hostname ?? b.host;
        if (na !== nb)
            return na < nb ? -1 : 1;
        if (a.host !== b.host)
            return a.host < b.host ? -1 : 1;
        const ka = a.port * 8 + (a.protocol === 'tcp' ? 0 : 4) + (2 - model/* OUTCOME_RANK */.IQ[a.outcome]);
        const kb = b.port * 8 + (b.protocol === 'tcp' ? 0 : 4) + (2 - model/* OUTCOME_RANK */.IQ[b.outcome]);
        return ka !== kb ? ka - kb : byMessage(a, b);
    };
    named.sort(byText);
    other.sort(byText);
    // The IPv4 rows by key: positions sorted through the typed array (no Map of 100,000 keys);
    // rows with equal keys (same endpoint and outcome) by message, as byText orders them.
    const order = new Uint32Array(keys.length);
    for (let j = 0; j < order.length; j++)
        order[j] = j;
    order.sort((a, b) => keys[a] - keys[b] || (a === b ? 0 : byMessage(v4rows[a], v4rows[b])));
    let i = 0;
    for (const v of named)
        verdicts[i++] = v;
    for (let j = 0; j < order.length; j++)
        verdicts[i++] = v4rows[order[j]];
    for (const v of other)
        verdicts[i++] = v;
}

;// CONCATENATED MODULE: ./src/policy/evaluate.ts









/** Evaluate findings against a policy. Pure: same inputs, same verdicts, in a stable order. */
function evaluate(findings, policy, context, 
/** For tests: `naive` tests every rule and host pattern against every finding, without the index. */
lookup = 'indexed') {
    const vantage = context.vantage ?? 'untrusted';
    const used = new Set();
    const gate = context.failOn !== undefined
        ? { failOn: context.failOn, from: context.failOnFrom ?? 'an override' }
        : { failOn: policy.failOn };
    const index = lookup === 'naive' ? naiveIndex(policy) : buildIndex(policy);
    const verdicts = judgeFindings(findings, policy, index, vantage, context.now, used, context.observed);
    // In this order: the gateways may add verdicts, the baseline marks every verdict and adds the
    // gone ones, and fail-on reads those marks; the verdicts of the findings stay first until sorted.
    const notices = judgeGateways(findings, verdicts, policy, context.gateways, vantage);
    notices.push(...unusedExceptionNotices(policy, used, context.now));
    notices.push(...compareWithBaseline(verdicts, context.baseline, { partial: context.partial, failOn: gate.failOn }));
    (0,fail_on/* applyFailOn */.m3)(verdicts, findings, policy, gate, Boolean(context.baseline));
    sortVerdicts(verdicts);
    const { summary, notices: summaryNotices } = (0,fail_on/* summarize */.eh)(verdicts, policy, gate);
    notices.push(...summaryNotices);
    return {
        verdicts,
        notices,
        result: summary.violations > 0 ? 'fail' : 'pass',
        summary,
        matchedExceptions: policy.exceptions.filter((e) => used.has(e)).map((e) => e.ref),
        gate,
    };
}
/** One verdict per finding, in the order of the findings; `used` collects the exceptions that matched. */
function judgeFindings(findings, policy, index, vantage, now, used, observed) {
    const scopeCache = new Map();
    // IPv4 addresses without a host name: one context per piece of the address space (rule-index.ts).
    const pieceCache = new Map();
    const cuts = index.v4Cuts;
    const interned = new Map();
    const verdicts = [];
    for (const f of findings) {
        // A merged report judges each finding from the vantage that saw it: the contexts are per vantage.
        const seenFrom = f.vantage ?? vantage;
        let fc;
        const v4 = cuts && f.hostname === undefined ? parseV4(f.host) : null;
        if (v4 !== null) {
            const piece = v4Piece(cuts, v4);
            const key = seenFrom === vantage ? piece : `${seenFrom}\u0000${piece}`;
            fc = pieceCache.get(key);
            if (!fc) {
                fc = hostContext(hostRef(f.host), index, policy, seenFrom, interned);
                pieceCache.set(key, fc);
            }
        }
        else {
            const hostKey = `${seenFrom}\u0000${f.host}\u0000${f.hostname ?? ''}`;
            fc = scopeCache.get(hostKey);
            if (!fc) {
                fc = hostContext(hostRef(f.host, f.hostname), index, policy, seenFrom, interned);
                scopeCache.set(hostKey, fc);
            }
        }
        const outside = observed && seenFrom !== 'untrusted' ? observed(f, 'untrusted') : undefined;
        const d = decide(f, policy, fc, seenFrom, outside);
        const matching = fc.exceptions.length
            ? fc.exceptions.filter((e) => exceptionMatches(e, f, d))
            : NO_EXCEPTIONS;
        for (const e of matching)
            used.add(e);
        verdicts.push(toVerdict(f, applyExceptions(f, d, matching, now, policy.governance)));
    }
    return verdicts;
}
function toVerdict(f, r) {
    const verdict = {
        host: f.host,
        port: f.port,
        protocol: f.protocol,
        // What answered there, so readers of a verdict need not join it with the report's ports.
        ...(f.service?.name ? { service: f.service.name } : {}),
        ...(f.service?.product ? { product: f.service.product } : {}),
        outcome: r.outcome,
        // The gate (fail-on.ts) may rewrite `outcome`; this keeps the policy's word beside it.
        judged: r.outcome,
        // A merged report says which vantage's observation each verdict judges.
        message: flat(f.vantage ? `${r.message} (seen from the ${f.vantage} vantage)` : r.message),
        rule: r.rule,
        requirements: r.requirements,
    };
    if (f.hostname !== undefined)
        verdict.hostname = f.hostname;
    if (f.vantage !== undefined)
        verdict.vantage = f.vantage;
    if (r.severity !== undefined)
        verdict.severity = r.severity;
    if (r.fix !== undefined)
        verdict.fix = flat(r.fix);
    if (r.exception)
        verdict.exception = r.exception;
    return verdict;
}

;// CONCATENATED MODULE: ./src/policy/validate.ts




/** One line about a policy that loaded: what it holds and how it gates. */
function describePolicy(policy) {
    const rules = policy.scopes.reduce((n, s) => n + s.allow.length + s.deny.length + s.requirements.length, 0);
    const targets = policy.scopes.filter((s) => s.kind === 'target').length;
    const parts = [
        (0,words/* plural */.LS)(rules, 'rule'),
        (0,words/* plural */.LS)(targets, 'target'),
        (0,words/* plural */.LS)(policy.exceptions.length, 'exception'),
        `default ${policy.default.action}`,
        `mode ${policy.mode}`,
        `fail-on ${policy.failOn}`,
    ];
    if (policy.files.length > 1)
        parts.push(`extends ${policy.files.slice(1).join(', ')}`);
    return parts.join(', ');
}
/**
 * Validate each policy file. With findings, an exception that matches none of their open ports
 * is an error too: with a scan in hand, staleness is decidable.
 */
async function validatePolicies(files, options = {}) {
    const diagnostics = [];
    const results = [];
    const report = options.findings;
    for (const file of files) {
        let policy;
        try {
            policy = await loadPolicy(file, options.builtinDir ? { builtinDir: options.builtinDir } : {});
        }
        catch (err) {
            if (err instanceof src_errors/* ConfigurationError */.j1) {
                diagnostics.push(...err.diagnostics);
                results.push({ file, warnings: [] });
                continue;
            }
            throw err;
        }
        if (report) {
            const ev = evaluate(report.findings, policy, {
                vantage: report.vantage,
                now: report.startedAt ? new Date(report.startedAt) : new Date(),
            });
            const matched = new Set((ev.matchedExceptions ?? []).map((r) => `${r.file}:${r.line}`));
            for (const e of policy.exceptions) {
                if (matched.has(`${e.ref.file}:${e.ref.line}`))
                    continue;
                diagnostics.push({
                    source: e.ref.file,
                    line: e.ref.line,
                    column: e.ref.column,
                    path: e.at.path,
                    message: `this exception matches none of the open ports in ${report.source} (${(0,words/* plural */.LS)(report.findings.length, 'open port')}); remove it if it is stale`,
                });
            }
        }
        const failed = diagnostics.some((d) => d.source === file);
        results.push({ file, warnings: policy.warnings, ...(failed ? {} : { ok: describePolicy(policy) }) });
    }
    return { files: results, diagnostics };
}

;// CONCATENATED MODULE: ./src/policy/testing.ts









const MAX_TEST_FILES = 1000;
const MAX_DEPTH = 8;
/** Test files under DIR (or DIR itself when it is a file), sorted, skipping node_modules and dot-folders. */
async function findTestFiles(path) {
    let info;
    try {
        info = await (0,promises_.stat)(path);
    }
    catch {
        throw new src_errors/* ConfigurationError */.j1({ source: path, message: 'no such file or directory' });
    }
    if (info.isFile())
        return [path];
    const out = [];
    const walk = async (dir, depth) => {
        if (depth > MAX_DEPTH || out.length >= MAX_TEST_FILES)
            return;
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            if (e.name.startsWith('.') && e.name !== '.github')
                continue;
            if (e.name === 'node_modules')
                continue;
            const p = (0,external_node_path_.join)(dir, e.name);
            if (e.isDirectory())
                await walk(p, depth + 1);
            else if (e.isFile() && /\.test\.ya?ml$/.test(e.name) && out.length < MAX_TEST_FILES)
                out.push(p);
        }
    };
    await walk(path, 0);
    return out;
}
function toFinding(raw) {
    const def = raw.service ? (0,services/* lookupService */.os)(raw.service) : undefined;
    const risk = def ? [...def.risk] : ['unknown'];
    const f = {
        host: raw.host,
        port: raw.port,
        protocol: raw.protocol ?? 'tcp',
        state: raw.state ?? 'open',
        reason: raw.state === 'open|filtered' ? 'no-reply' : raw.protocol === 'udp' ? 'reply' : 'connected',
        tries: 1,
        risk,
        evidence: raw.evidence ?? {},
    };
    if (raw.hostname)
        f.hostname = raw.hostname;
    if (raw.service) {
        const confidence = raw.confidence ?? 'high';
        f.service = {
            name: def?.name ?? raw.service.toLowerCase(),
            confidence,
            identifiedBy: raw.identifiedBy ?? (confidence === 'low' ? 'port' : 'exchange'),
        };
        if (raw.product)
            f.service.product = raw.product;
    }
    return f;
}
function parseNow(text, fallback) {
    if (!text)
        return fallback;
    const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T12:00:00Z` : text);
    return Number.isNaN(d.getTime()) ? fallback : d;
}
function describeVerdict(v) {
    return `${v.hostname ?? v.host}:${v.port}/${v.protocol} ${v.outcome} by ${v.rule.id} (line ${v.rule.line})`;
}
function verdictMatches(v, e) {
    if (e.host !== undefined && e.host !== v.host && e.host !== v.hostname)
        return false;
    if (e.port !== undefined && e.port !== v.port)
        return false;
    if (e.protocol !== undefined && e.protocol !== v.protocol)
        return false;
    if (e.outcome !== undefined && e.outcome !== v.outcome)
        return false;
    if (e.severity !== undefined && e.severity !== v.severity)
        return false;
    if (e.rule !== undefined && e.rule !== v.rule.id)
        return false;
    if (e.line !== undefined && e.line !== v.rule.line)
        return false;
    if (e.message !== undefined && !v.message.includes(e.message))
        return false;
    if (e.exception !== undefined && e.exception !== (v.exception !== undefined))
        return false;
    if (e.requirements) {
        for (const [k, state] of Object.entries(e.requirements))
            if (v.requirements[k]?.state !== state)
                return false;
    }
    return true;
}
function check(ev, expect) {
    const failures = [];
    if (expect.result !== undefined && ev.result !== expect.result)
        failures.push(`expected the result ${expect.result}, got ${ev.result}`);
    if (expect.violations !== undefined && ev.summary.violations !== expect.violations)
        failures.push(`expected ${expect.violations} violation(s), got ${ev.summary.violations}`);
    const used = new Set();
    for (const e of expect.verdicts ?? []) {
        const hit = ev.verdicts.find((v) => !used.has(v) && verdictMatches(v, e));
        if (hit)
            used.add(hit);
        else {
            const near = ev.verdicts.filter((v) => (e.port === undefined || v.port === e.port) &&
                (e.host === undefined || v.host === e.host || v.hostname === e.host));
            failures.push(`no verdict matches ${JSON.stringify(e)}; ${near.length ? `got ${near.map(describeVerdict).join('; ')}` : 'no verdict for that port'}`);
        }
    }
    if (expect.only) {
        const extra = ev.verdicts.filter((v) => !used.has(v));
        if (extra.length)
            failures.push(`unexpected verdicts: ${extra.map(describeVerdict).join('; ')}`);
    }
    for (const n of expect.notices ?? []) {
        if (!ev.notices.some((x) => x.includes(n)))
            failures.push(`no notice contains ${JSON.stringify(n)}`);
    }
    return failures;
}
/** Parse and validate one test file; throws ConfigurationError with every problem at file:line:column. */
async function readTestFile(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        throw new src_errors/* ConfigurationError */.j1({
            source: file,
            message: `cannot read the test file (${err.code})`,
        });
    }
    const parsed = parseSource(text, file);
    if (!parsed.source)
        throw new src_errors/* ConfigurationError */.j1(parsed.diagnostics);
    const errors = schemaDiagnostics(parsed.source, POLICY_TEST_SCHEMA);
    const raw = parsed.source.data;
    if (errors.length === 0) {
        raw.tests.forEach((c, ci) => c.findings.forEach((f, fi) => {
            if (f.service !== undefined && !(0,services/* lookupService */.os)(f.service)) {
                const at = ['tests', ci, 'findings', fi, 'service'];
                errors.push({
                    source: file,
                    ...locate(parsed.source, at),
                    path: `tests[${ci}].findings[${fi}].service`,
                    message: `${JSON.stringify(f.service)} is not a service Portcullis knows`,
                });
            }
        }));
    }
    if (errors.length > 0)
        throw new src_errors/* ConfigurationError */.j1(errors);
    return { source: parsed.source, raw };
}
/** Run every test file under `path`. Bad test files and bad policies throw ConfigurationError (all at once). */
async function runPolicyTests(path, options = {}) {
    const builtinDir = options.builtinDir ?? defaultPoliciesDir();
    const files = await findTestFiles(path);
    const diagnostics = [];
    const loaded = [];
    const policies = new Map();
    for (const file of files) {
        try {
            const { source, raw } = await readTestFile(file);
            const policyPath = raw.policy.startsWith('portcullis:')
                ? raw.policy
                : (0,external_node_path_.relative)(process.cwd(), (0,external_node_path_.resolve)((0,external_node_path_.dirname)(file), raw.policy)) || raw.policy;
            let p = policies.get(policyPath);
            if (!p) {
                p = loadPolicy(policyPath, { builtinDir });
                policies.set(policyPath, p);
            }
            loaded.push({ file, source, raw, policy: await p });
        }
        catch (err) {
            if (err instanceof src_errors/* ConfigurationError */.j1) {
                for (const d of err.diagnostics) {
                    if (!diagnostics.some((x) => x.source === d.source && x.line === d.line && x.message === d.message))
                        diagnostics.push(d);
                }
            }
            else
                throw err;
        }
    }
    if (diagnostics.length > 0)
        throw new src_errors/* ConfigurationError */.j1(diagnostics);
    const cases = [];
    const matched = new Map();
    for (const { file, source, raw, policy } of loaded) {
        raw.tests.forEach((c, i) => {
            const findings = c.findings.map(toFinding);
            const gateways = c.gateways?.map((g) => {
                const declared = policy.vpnGateways.find((d) => d.host === g.host && d.port === g.port);
                return {
                    host: g.host,
                    port: g.port,
                    protocol: g.protocol ?? declared?.protocol ?? 'udp',
                    kind: declared?.kind ?? 'openvpn',
                    answered: g.answered,
                    detail: g.answered ? 'answered (fixture)' : 'no answer (fixture)',
                };
            });
            const ev = evaluate(findings, policy, {
                vantage: c.vantage ?? raw.vantage ?? 'untrusted',
                now: parseNow(c.now ?? raw.now, options.now ?? new Date()),
                ...(gateways ? { gateways } : {}),
            });
            const seen = matched.get(policy) ?? new Set();
            for (const ref of ev.matchedExceptions ?? [])
                seen.add(`${ref.file}:${ref.line}`);
            matched.set(policy, seen);
            const failures = check(ev, c.expect);
            cases.push({
                file,
                name: c.name,
                line: locate(source, ['tests', i]).line,
                passed: failures.length === 0,
                failures,
            });
        });
    }
    const unexercised = [];
    for (const [policy, seen] of matched) {
        // Only the tested file's own exceptions: an organisation baseline's may serve other repositories.
        for (const e of policy.exceptions.filter((x) => x.ref.file === policy.file)) {
            if (seen.has(`${e.ref.file}:${e.ref.line}`))
                continue;
            unexercised.push({
                source: e.ref.file,
                line: e.ref.line,
                column: e.ref.column,
                path: e.at.path,
                message: 'this exception matches none of the test findings: add a test case that needs it, or remove it if it is stale',
            });
        }
    }
    return { files, cases, unexercised, passed: cases.every((c) => c.passed) && unexercised.length === 0 };
}
/**
 * A test run as the lines `portcullis test` prints and the action's `mode: test` logs:
 * `pass FILE:LINE NAME` or `FAIL …` with its reasons, the unexercised exceptions, and a count.
 */
function testRunLines(run) {
    const lines = [];
    for (const c of run.cases) {
        lines.push(`${c.passed ? 'pass' : 'FAIL'} ${c.file}:${c.line} ${c.name}`);
        for (const f of c.failures)
            lines.push(`     ${f}`);
    }
    for (const d of run.unexercised)
        lines.push(`FAIL ${(0,src_errors/* formatDiagnostic */.xy)(d)}`);
    const failed = run.cases.filter((c) => !c.passed).length;
    lines.push(`${(0,words/* count */.U9)(run.cases.length - failed)} passed, ${(0,words/* count */.U9)(failed)} failed${run.unexercised.length ? `, ${(0,words/* plural */.LS)(run.unexercised.length, 'exception')} not exercised` : ''} (${(0,words/* plural */.LS)(run.files.length, 'file')})`);
    return lines;
}

;// CONCATENATED MODULE: ./src/policy/change.ts






/**
 * Whether a verdict fails the gate under `failOn`, as fail-on.ts gates (outcomes that
 * evaluate already gated under the same override are left as they are).
 */
function failsGate(v, failOn) {
    if (v.outcome !== 'fail' || v.baseline === 'gone')
        return false;
    switch (failOn) {
        case undefined:
        case 'any':
            return true;
        case 'never':
            return false;
        case 'new':
            return v.new === true;
        default:
            // As fail-on.ts gates: a verdict without a severity counts as high.
            return model/* SEVERITY_RANK */.f3[v.severity ?? 'high'] >= model/* SEVERITY_RANK */.f3[failOn];
    }
}
function change_endpointKey(v) {
    return `${v.host}\u0000${v.hostname ?? ''}\u0000${v.port}\u0000${v.protocol}`;
}
/**
 * The verdicts of the same findings under both rule sets that pass the gate
 * under the head's and fail it under the base's, paired. Verdicts the head
 * alone has (a gateway it declares) and "gone" verdicts are not compared.
 */
function pendingVerdicts(head, base, failOn) {
    const byKey = new Map();
    for (const b of base) {
        if (b.baseline === 'gone')
            continue;
        const k = change_endpointKey(b);
        const list = byKey.get(k);
        if (list)
            list.push(b);
        else
            byKey.set(k, [b]);
    }
    const out = [];
    for (const h of head) {
        if (h.baseline === 'gone')
            continue;
        const b = byKey.get(change_endpointKey(h))?.shift();
        if (b && !failsGate(h, failOn) && failsGate(b, failOn))
            out.push({ head: h, base: b });
    }
    return out;
}
/** A policy judged under another's governance (approvers, trust, limits on exceptions). */
function governedBy(policy, governing) {
    return governing === policy ? policy : { ...policy, governance: governing.governance };
}
/**
 * Judge the findings under the head's rules and, unless the base has no
 * policy or trusts pull requests, under the base's too. The base's
 * governance (approvers, trust, limits on exceptions) applies to both.
 */
function judgeChange(input) {
    const { base } = input;
    const head = base.policy ? governedBy(input.head, base.policy) : input.head;
    const evaluation = evaluate(input.findings, head, input.context);
    const approvers = base.policy?.governance.approvers ?? [];
    const review = {
        base: base.label,
        judgedBy: 'head',
        pending: 0,
        approved: 0,
        approvers,
        notes: [],
    };
    if (!base.policy) {
        review.reason = `the base (${base.label}) has no ${input.head.file}: this pull request introduces Portcullis, so it is judged by its own policy alone, and nothing in it is compared with the base branch`;
        evaluation.notices.unshift(`Judged by this pull request's own policy: ${review.reason}.`);
        return { evaluation, pending: [], review, policy: head };
    }
    const g = base.policy.governance;
    if (g.trustPullRequestPolicy) {
        const at = g.refs.trustPullRequestPolicy;
        review.reason = `the base's policy trusts pull requests (trust_pull_request_policy in ${g.source}${at ? `:${at.line}` : ''})`;
        evaluation.notices.unshift(`Judged by this pull request's own policy, extends and baseline: ${review.reason}; its changes to the rules are not compared with ${base.label}.`);
        return { evaluation, pending: [], review, policy: head };
    }
    review.judgedBy = 'base';
    const baseContext = { ...input.context, baseline: base.baseline };
    if (!base.baseline)
        delete baseContext.baseline;
    const baseEvaluation = evaluate(input.findings, base.policy, baseContext);
    const pending = pendingVerdicts(evaluation.verdicts, baseEvaluation.verdicts, input.failOn);
    return { evaluation, pending, review, policy: head };
}
function change_list(names) {
    return names.length ? names.map((n) => (n.includes('/') ? `@${n}` : n)).join(', ') : 'nobody';
}
/**
 * Hold each pending verdict for approval (it fails, counted as new, with the
 * base's severity), or let it through when an approver approved the pull
 * request; then count again.
 */
function settleChange(prepared, approval) {
    const { evaluation, pending, review } = prepared;
    review.notes.push(...(approval?.notes ?? []));
    const by = approval?.by ?? [];
    if (pending.length > 0 && review.approvers.length === 0)
        review.notes.unshift(`${prepared.policy.governance.source} lists no approvers, so no review can approve a change to the rules: add approvers: to it on the base branch`);
    for (const { head: v, base: b } of pending) {
        const record = {
            headOutcome: v.outcome,
            base: { outcome: b.outcome, message: b.message, rule: b.rule },
        };
        if (b.severity !== undefined)
            record.base.severity = b.severity;
        if (by.length > 0) {
            record.approvedBy = by;
            v.message = flat(`${v.message} (a change to the rules of ${review.base}, approved by ${change_list(by)})`);
            review.approved++;
        }
        else {
            v.message = flat(`Pending approval: this pull request's rules let it through (${v.message}), but the rules of ${review.base} do not: ${b.message}`);
            v.outcome = 'fail';
            v.severity = b.severity ?? v.severity ?? 'high';
            v.fix = flat(review.approvers.length
                ? `An approver of ${review.base}'s policy (${change_list(review.approvers)}) must approve this pull request, or undo the change to the rules.`
                : `Undo the change to the rules, or add approvers: to the base branch's policy and have one of them approve.`);
            v.new = true;
            delete v.exception;
            review.pending++;
        }
        v.pending = record;
    }
    if (by.length > 0)
        review.approvedBy = by;
    if (pending.length > 0) {
        sortVerdicts(evaluation.verdicts);
        const { summary } = (0,fail_on/* summarize */.eh)(evaluation.verdicts, prepared.policy, evaluation.gate);
        evaluation.summary = summary;
        evaluation.result = summary.violations > 0 ? 'fail' : 'pass';
        evaluation.notices.unshift(review.pending > 0
            ? `${(0,words/* plural */.LS)(review.pending, 'verdict is', 'verdicts are')} pending approval: this pull request's own changes to the rules (its policy, extends or baseline) let ${review.pending === 1 ? 'it' : 'them'} through, and the rules of ${review.base} do not. An approver (${change_list(review.approvers)}) must approve the pull request.`
            : `${(0,words/* plural */.LS)(review.approved, 'change')} to the rules of ${review.base} approved by ${change_list(by)}.`);
    }
    return { evaluation, review };
}

;// CONCATENATED MODULE: ./src/policy/index.ts
/**
 * The policy stage (DESIGN.md, "The pipeline", step 6): load YAML policies
 * (docs/policy.md), evaluate findings into verdicts, compare with a baseline.
 */












/***/ })

};
