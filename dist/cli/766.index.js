import { dirname as __portcullisDirname } from 'node:path';
import { fileURLToPath as __portcullisFileURLToPath } from 'node:url';
const __dirname = __portcullisDirname(__portcullisFileURLToPath(import.meta.url));
export const id = 766;
export const ids = [766];
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

/***/ 4950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ loadPolicy),
  g: () => (/* binding */ loadPolicyFromString)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/policy/match.ts
var match = __webpack_require__(6563);
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
            const both = a.ports && d.ports ? (0,match/* rangesOverlap */.g6)(a.ports, d.ports) : null;
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
    return scope?.kind === 'target' && !scope.hosts?.some(match/* coversEveryHost */.iX);
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
        const every = targets.get(target)?.hosts?.find(match/* coversEveryHost */.iX)?.pattern ?? '*';
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
// EXTERNAL MODULE: ./src/policy/suggest.ts
var suggest = __webpack_require__(5016);
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
    return (0,suggest/* closest */.k)(name, services/* SERVICES */.Bg.flatMap((s) => [s.name, ...(s.aliases ?? [])]), () => 2);
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
    return (0,match/* normalizeRanges */.cq)(ranges);
}
/**
 * A rule that names no port and no service (or ports that cover them all) matches every
 * port of its scope: an allow would pass whatever listens, and a deny is `default: deny`
 * written so that no allow can ever apply. Both are refused, saying what to write instead.
 */
function checkMatchesEveryPort(c, raw, kind, ports, path, scope) {
    const everyPort = (0,match/* coversEveryPort */.BT)(ports);
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

// EXTERNAL MODULE: ./src/policy/source.ts
var policy_source = __webpack_require__(6877);
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
    const id = raw.id ?? (0,policy_source/* formatPath */.jV)(path);
    if (raw.id !== undefined) {
        const prev = ids.get(raw.id);
        if (prev)
            c.at([...path, 'id'], `the rule id ${JSON.stringify(raw.id)} is already used by ${(0,policy_source/* formatPath */.jV)(prev)}`);
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
        const m = (0,match/* compileHostPattern */.cU)(h);
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
    const id = raw.id ?? (0,policy_source/* formatPath */.jV)(path);
    if (raw.id !== undefined) {
        const prev = ids.get(raw.id);
        if (prev)
            c.at([...path, 'id'], `the id ${JSON.stringify(raw.id)} is already used by ${(0,policy_source/* formatPath */.jV)(prev)}`);
        else
            ids.set(raw.id, path);
    }
    const mp = [...path, 'match'];
    let host;
    if (raw.match.host !== undefined) {
        const m = (0,match/* compileHostPattern */.cU)(raw.match.host);
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
            path: (0,policy_source/* formatPath */.jV)(path),
            match: (0,policy_source/* locate */.x5)(c.source, mp),
            target: raw.match.target !== undefined ? (0,policy_source/* locate */.x5)(c.source, [...mp, 'target']) : undefined,
            rule: raw.match.rule !== undefined ? (0,policy_source/* locate */.x5)(c.source, [...mp, 'rule']) : undefined,
            // A host, ports or services that narrow it (one written wrong is reported already, and counts).
            narrowed: (raw.match.host !== undefined && !(host && (0,match/* coversEveryHost */.iX)(host))) ||
                ((raw.match.port !== undefined || raw.match.ports !== undefined) && !(0,match/* coversEveryPort */.BT)(ports)) ||
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
    const name = t.name ?? (0,policy_source/* formatPath */.jV)(tp);
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
        const m = (0,match/* compileHostPattern */.cU)(g.host);
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
        removed.push((0,policy_source/* formatPath */.jV)(unit));
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

// EXTERNAL MODULE: ./src/policy/pinned.ts
var pinned = __webpack_require__(6514);
// EXTERNAL MODULE: ./src/policy/schema.ts + 1 modules
var policy_schema = __webpack_require__(736);
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
    const parsed = (0,policy_source/* parseSource */.PJ)(text, file);
    if (!parsed.source) {
        state.diagnostics.push(...parsed.diagnostics);
        return;
    }
    const source = parsed.source;
    // The schema's errors, then the semantic checks on every part it did not reject.
    const schema = (0,policy_schema/* schemaProblems */.Ic)(source);
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
    const c = new policy_source/* Collector */.gR(source);
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
                ? await (await state.remote()).read(origin)
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
        const ref = (0,pinned/* parseGitHubRef */.G)(name);
        if ('error' in ref) {
            c.at(at, ref.error);
            return undefined;
        }
        return { target: (0,pinned/* pinnedLabel */.p)(ref), label: (0,pinned/* pinnedLabel */.p)(ref), origin: ref };
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
        return { target: (0,pinned/* pinnedLabel */.p)(origin), label: (0,pinned/* pinnedLabel */.p)(origin), origin };
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
    if (info.size > policy_source/* MAX_POLICY_BYTES */.mk)
        throw Object.assign(new Error('too large'), { code: `larger than ${policy_source/* MAX_POLICY_BYTES */.mk / 1024} KiB` });
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
        builtinDir: options.builtinDir ?? (0,policy_schema/* defaultPoliciesDir */.Nh)(),
        diagnostics: [],
        warnings: [],
        layers: [],
        seen: new Set([absolute]),
        labels: new Map([[absolute, file]]),
        roots: [process.cwd(), (0,external_node_path_.dirname)(absolute)],
        knownRuleIds: [],
        // node:https, node:crypto and the cache load only when a policy extends a pinned one.
        remote: async () => (options.remote ??= (await __webpack_require__.e(/* import() */ 446).then(__webpack_require__.bind(__webpack_require__, 8446))).defaultRemote()),
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
        throw new errors/* ConfigurationError */.j1(sortDiagnostics(state.diagnostics, file));
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
        path = builtinFile(options.builtinDir ?? (0,policy_schema/* defaultPoliciesDir */.Nh)(), file);
    let text;
    try {
        text = await readFile(path);
    }
    catch (err) {
        const code = err.code;
        throw new errors/* ConfigurationError */.j1({
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


/***/ }),

/***/ 6563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BT: () => (/* binding */ coversEveryPort),
/* harmony export */   I0: () => (/* binding */ parseV4),
/* harmony export */   YD: () => (/* binding */ inVantage),
/* harmony export */   cU: () => (/* binding */ compileHostPattern),
/* harmony export */   cq: () => (/* binding */ normalizeRanges),
/* harmony export */   fK: () => (/* binding */ portInRanges),
/* harmony export */   g6: () => (/* binding */ rangesOverlap),
/* harmony export */   iX: () => (/* binding */ coversEveryHost),
/* harmony export */   kj: () => (/* binding */ hostRef)
/* harmony export */ });
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8280);
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ipaddr_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1138);
/* harmony import */ var _targets_address_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9522);



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
    if (!bare.includes(':') || !ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv6.isValid(bare))
        return { v4: null, v6: null };
    const a = ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().process(bare);
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
    return ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv6.parse((0,_targets_address_js__WEBPACK_IMPORTED_MODULE_2__/* .formatAddress */ .M0)(6, a.value));
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
    const parsed = (0,_targets_address_js__WEBPACK_IMPORTED_MODULE_2__/* .parseAddressText */ .z0)(p);
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
        mm = new minimatch__WEBPACK_IMPORTED_MODULE_1__/* .Minimatch */ .VR(p.toLowerCase(), { nocase: true, dot: true, nocomment: true, nonegate: true });
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


/***/ }),

/***/ 6514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ parseGitHubRef),
/* harmony export */   p: () => (/* binding */ pinnedLabel)
/* harmony export */ });
/**
 * How `extends` names a pinned policy (github:OWNER/REPO/PATH@SHA, or { url, sha256 }) and
 * what reads one: the words and types, without the network. The reader itself (remote.ts, with
 * node:https and the cache) loads only when a policy extends a pinned one.
 */
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


/***/ }),

/***/ 736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q5: () => (/* binding */ POLICY_TEST_SCHEMA),
  Nh: () => (/* binding */ defaultPoliciesDir),
  iL: () => (/* binding */ loadTestSchema),
  mT: () => (/* binding */ schemaDiagnostics),
  Ic: () => (/* binding */ schemaProblems)
});

// UNUSED EXPORTS: POLICY_SCHEMA, compileAtRunTime, schemasDir

// NAMESPACE OBJECT: ./src/policy/generated/schema.validator.ts
var schema_validator_namespaceObject = {};
__webpack_require__.r(schema_validator_namespaceObject);
__webpack_require__.d(schema_validator_namespaceObject, {
  ajvOptions: () => (ajvOptions),
  "default": () => (schema_validator),
  schemaText: () => (schemaText),
  validate: () => (validate)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
/** The schema's text this validator was compiled from. */
const schemaText = "{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n  \"$id\": \"https://raw.githubusercontent.com/portcullis/portcullis/v1/schemas/policy.schema.json\",\n  \"title\": \"Portcullis port policy, format version 1\",\n  \"description\": \"Which ports may be open on which hosts, and what must guard them. Documented in docs/policy.md.\",\n  \"type\": \"object\",\n  \"additionalProperties\": false,\n  \"required\": [\"version\"],\n  \"properties\": {\n    \"$schema\": {\n      \"type\": \"string\",\n      \"description\": \"The JSON Schema this file follows, for editors. Ignored by Portcullis.\"\n    },\n    \"version\": {\n      \"const\": 1,\n      \"description\": \"Policy format version. Always 1 for this format.\"\n    },\n    \"extends\": {\n      \"description\": \"Policies this one builds on, applied first: a path relative to this file, a built-in policy (portcullis:recommended, portcullis:strict), a file of another repository pinned to a commit (github:OWNER/REPO/PATH@SHA), or an https:// URL with its sha256 checksum ({ url, sha256 }). See docs/policy.md, \\\"Composition\\\".\",\n      \"type\": [\"string\", \"array\"],\n      \"minLength\": 1,\n      \"maxItems\": 16,\n      \"items\": {\n        \"$ref\": \"#/definitions/extendsEntry\"\n      }\n    },\n    \"mode\": {\n      \"description\": \"enforce: violations fail the check. warn: violations are reported as warnings and the check passes (a dry run while a policy is rolled out).\",\n      \"enum\": [\"enforce\", \"warn\"]\n    },\n    \"default\": {\n      \"$ref\": \"#/definitions/default\"\n    },\n    \"fail-on\": {\n      \"description\": \"Which violations fail the check. any: every violation. low|medium|high|critical: violations of at least that severity; the rest become warnings. new: with a baseline, only violations that were not in it.\",\n      \"enum\": [\"any\", \"low\", \"medium\", \"high\", \"critical\", \"new\"]\n    },\n    \"unverified\": {\n      \"description\": \"What a requirement that no probe could prove or disprove (and no exception attests) does to its verdict: warn (the default), fail or pass.\",\n      \"enum\": [\"warn\", \"fail\", \"pass\"]\n    },\n    \"allow\": {\n      \"description\": \"Rules that apply to every scanned host: open ports they allow pass (if their requirements hold). Not allowed in a built-in policy.\",\n      \"type\": \"array\",\n      \"maxItems\": 10000,\n      \"items\": {\n        \"$ref\": \"#/definitions/allowRule\"\n      }\n    },\n    \"deny\": {\n      \"description\": \"Rules that apply to every scanned host: open ports they match fail, whatever any allow rule says. Only an exception can waive them.\",\n      \"type\": \"array\",\n      \"maxItems\": 10000,\n      \"items\": {\n        \"$ref\": \"#/definitions/denyRule\"\n      }\n    },\n    \"requirements\": {\n      \"description\": \"Requirement-only rules for every scanned host: each open port a rule matches must meet its require, but no such rule allows a port (an allow rule or default: allow still must). The only rules besides deny that a built-in policy may hold.\",\n      \"type\": \"array\",\n      \"maxItems\": 10000,\n      \"items\": {\n        \"$ref\": \"#/definitions/requirementRule\"\n      }\n    },\n    \"targets\": {\n      \"description\": \"Scopes: groups of hosts with their own rules. A finding is judged by every target whose hosts match it, and by the top-level rules.\",\n      \"type\": \"array\",\n      \"maxItems\": 1000,\n      \"items\": {\n        \"$ref\": \"#/definitions/target\"\n      }\n    },\n    \"remote_access\": {\n      \"$ref\": \"#/definitions/remoteAccess\"\n    },\n    \"exceptions\": {\n      \"description\": \"Approved, expiring waivers: a finding that an exception matches passes although a rule would fail it. Stale and expired exceptions are reported.\",\n      \"type\": \"array\",\n      \"maxItems\": 10000,\n      \"items\": {\n        \"$ref\": \"#/definitions/exception\"\n      }\n    },\n    \"approvers\": {\n      \"description\": \"Who may approve a pull request's changes to the rules: GitHub users (alice) and teams (@acme/security). Read from the base branch's policy: a pull request that loosens what the base allows fails until one of them approves it (docs/security.md, \\\"Who may change the rules\\\").\",\n      \"type\": \"array\",\n      \"maxItems\": 100,\n      \"uniqueItems\": true,\n      \"items\": {\n        \"type\": \"string\",\n        \"pattern\": \"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$\",\n        \"x-expected\": \"a GitHub user (alice, @alice) or a team (@acme/security)\"\n      }\n    },\n    \"trust_pull_request_policy\": {\n      \"description\": \"true: judge a pull request by its own policy, extends and baseline, without comparing them with the base branch's (for repositories that trust every pull request's author). Read only from the base branch's policy.\",\n      \"type\": \"boolean\"\n    },\n    \"max_exception_days\": {\n      \"description\": \"How far past the scan date an exception's expires may lie (default 365); a later date makes the exception invalid. Read from the base branch's policy on a pull request.\",\n      \"type\": \"integer\",\n      \"minimum\": 1,\n      \"maximum\": 36500\n    },\n    \"allow_permanent_exceptions\": {\n      \"description\": \"true: exceptions may say expires: never. Default false: such an exception is invalid. Read from the base branch's policy on a pull request.\",\n      \"type\": \"boolean\"\n    }\n  },\n  \"definitions\": {\n    \"port\": {\n      \"description\": \"A port number, 1–65535.\",\n      \"type\": \"integer\",\n      \"minimum\": 1,\n      \"maximum\": 65535\n    },\n    \"portOrRange\": {\n      \"description\": \"A port number (443), an inclusive range written as a string with both ends (\\\"8000-8100\\\"), or a service name that stands for its registered ports (ssh). The same grammar as the scan's --ports, without its sets (top-100, all), udp: prefixes and ! exclusions.\",\n      \"type\": [\"integer\", \"string\"],\n      \"minimum\": 1,\n      \"maximum\": 65535,\n      \"minLength\": 1,\n      \"maxLength\": 60\n    },\n    \"protocol\": {\n      \"description\": \"tcp, udp, or any (the default).\",\n      \"enum\": [\"tcp\", \"udp\", \"any\"]\n    },\n    \"severity\": {\n      \"description\": \"How bad a violation of this rule is; compared with fail-on.\",\n      \"enum\": [\"low\", \"medium\", \"high\", \"critical\"]\n    },\n    \"vantages\": {\n      \"description\": \"The scan vantages this applies to (the scan's --vantage): untrusted (outside, as an attacker; the default vantage), vpn, internal. Omitted: every vantage.\",\n      \"type\": \"array\",\n      \"minItems\": 1,\n      \"uniqueItems\": true,\n      \"items\": {\n        \"enum\": [\"untrusted\", \"vpn\", \"internal\"]\n      }\n    },\n    \"services\": {\n      \"description\": \"A service name or a list of names from Portcullis' registry (ssh, https, redis, …); matched against what the fingerprint identified, whatever the port.\",\n      \"type\": [\"string\", \"array\"],\n      \"minLength\": 1,\n      \"minItems\": 1,\n      \"items\": {\n        \"type\": \"string\",\n        \"minLength\": 1\n      }\n    },\n    \"products\": {\n      \"description\": \"A product name or a list of names (nginx, docker, etcd, prometheus, squid, …; docs/policy.md, \\\"Products\\\"), matched case-insensitively against the product the fingerprint named behind the protocol, whatever the port. service: http still matches every product that speaks HTTP.\",\n      \"type\": [\"string\", \"array\"],\n      \"minLength\": 1,\n      \"maxLength\": 100,\n      \"minItems\": 1,\n      \"maxItems\": 100,\n      \"items\": {\n        \"type\": \"string\",\n        \"minLength\": 1,\n        \"maxLength\": 100\n      }\n    },\n    \"ruleId\": {\n      \"description\": \"A name for this rule, shown in verdicts and usable in exceptions' match.rule. Default: its path, such as targets[0].allow[2].\",\n      \"type\": \"string\",\n      \"minLength\": 1,\n      \"maxLength\": 100,\n      \"pattern\": \"^[A-Za-z0-9][A-Za-z0-9_.:/-]*$\",\n      \"x-expected\": \"a name of letters, digits and _ . : / -\"\n    },\n    \"requirements\": {\n      \"description\": \"What must hold for a port an allow rule or a requirement rule matches. Each requirement ends verified, attested, unverified or violated (docs/policy.md, \\\"Evidence\\\").\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"minProperties\": 1,\n      \"properties\": {\n        \"tls\": {\n          \"description\": \"Minimum negotiated TLS version, such as \\\">=1.2\\\" or \\\">=1.3\\\".\",\n          \"type\": \"string\",\n          \"pattern\": \"^\\\\s*(>=)?\\\\s*1\\\\.[0-3]\\\\s*$\",\n          \"x-expected\": \"a TLS version such as \\\">=1.2\\\"\"\n        },\n        \"redirect\": {\n          \"description\": \"https: the port must answer only with a redirect to HTTPS.\",\n          \"enum\": [\"https\"]\n        },\n        \"auth\": {\n          \"description\": \"required: the service must demand authentication (Redis AUTH, no anonymous FTP, no VNC security type None, no SNMP community public, …).\",\n          \"enum\": [\"required\"]\n        },\n        \"vpn\": {\n          \"description\": \"true: the port must not be reachable from the untrusted vantage; declared VPN gateways must answer.\",\n          \"type\": \"boolean\"\n        },\n        \"mfa\": {\n          \"description\": \"true: logging in must need a second factor (SSH partial success; no password-only login; no VNC without authentication; RDP with NLA).\",\n          \"type\": \"boolean\"\n        }\n      }\n    },\n    \"allowRule\": {\n      \"description\": \"An open port that may be open. Names the ports or services it allows: a rule that matches every port is refused.\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"properties\": {\n        \"id\": {\n          \"$ref\": \"#/definitions/ruleId\"\n        },\n        \"description\": {\n          \"type\": \"string\",\n          \"description\": \"Why this port is open, for reviewers.\"\n        },\n        \"port\": {\n          \"$ref\": \"#/definitions/portOrRange\"\n        },\n        \"ports\": {\n          \"description\": \"Several ports or ranges: [80, 443, \\\"8000-8100\\\"].\",\n          \"type\": \"array\",\n          \"minItems\": 1,\n          \"maxItems\": 1000,\n          \"items\": {\n            \"$ref\": \"#/definitions/portOrRange\"\n          }\n        },\n        \"protocol\": {\n          \"$ref\": \"#/definitions/protocol\"\n        },\n        \"service\": {\n          \"$ref\": \"#/definitions/services\"\n        },\n        \"product\": {\n          \"$ref\": \"#/definitions/products\"\n        },\n        \"vantages\": {\n          \"$ref\": \"#/definitions/vantages\"\n        },\n        \"require\": {\n          \"$ref\": \"#/definitions/requirements\"\n        },\n        \"severity\": {\n          \"$ref\": \"#/definitions/severity\"\n        }\n      }\n    },\n    \"denyRule\": {\n      \"description\": \"An open port that must not be open, with the reason. Names the ports or services it denies (or, with when, the evidence): for every port, write default: deny.\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"reason\"],\n      \"properties\": {\n        \"id\": {\n          \"$ref\": \"#/definitions/ruleId\"\n        },\n        \"port\": {\n          \"$ref\": \"#/definitions/portOrRange\"\n        },\n        \"ports\": {\n          \"description\": \"Several ports or ranges: [23, 139, 445].\",\n          \"type\": \"array\",\n          \"minItems\": 1,\n          \"maxItems\": 1000,\n          \"items\": {\n            \"$ref\": \"#/definitions/portOrRange\"\n          }\n        },\n        \"protocol\": {\n          \"$ref\": \"#/definitions/protocol\"\n        },\n        \"service\": {\n          \"$ref\": \"#/definitions/services\"\n        },\n        \"product\": {\n          \"$ref\": \"#/definitions/products\"\n        },\n        \"vantages\": {\n          \"$ref\": \"#/definitions/vantages\"\n        },\n        \"reason\": {\n          \"description\": \"Why this is denied, in one sentence; shown in the verdict.\",\n          \"type\": \"string\",\n          \"minLength\": 1,\n          \"maxLength\": 500\n        },\n        \"when\": {\n          \"description\": \"Deny only when the evidence shows this: auth: none (the service answers without authentication), or evidence: { key: value } (every key holds that value).\",\n          \"type\": \"object\",\n          \"additionalProperties\": false,\n          \"minProperties\": 1,\n          \"properties\": {\n            \"auth\": {\n              \"description\": \"none: only when the service is proven to let anyone in (SNMP community public, anonymous FTP, Redis without AUTH, VNC type None, an unauthenticated read of a product's API such as docker.unauthenticated).\",\n              \"enum\": [\"none\"]\n            },\n            \"evidence\": {\n              \"description\": \"Deny only when every listed evidence key holds exactly this value, such as http.open_proxy: true (docs/evidence keys in src/fingerprint/index.ts). Absent evidence never matches.\",\n              \"type\": \"object\",\n              \"minProperties\": 1,\n              \"maxProperties\": 20,\n              \"propertyNames\": {\n                \"pattern\": \"^[a-z0-9_]+(\\\\.[a-z0-9_]+)+$\",\n                \"x-expected\": \"an evidence key such as http.open_proxy (lower-case words joined by dots)\"\n              },\n              \"additionalProperties\": {\n                \"type\": [\"string\", \"number\", \"boolean\"]\n              }\n            }\n          }\n        },\n        \"severity\": {\n          \"$ref\": \"#/definitions/severity\"\n        }\n      }\n    },\n    \"requirementRule\": {\n      \"description\": \"A requirement-only rule: the open ports it matches must meet its require (violated fails, unverified follows unverified:), yet it never allows a port by itself. It names the ports or services it applies to (port, ports or service).\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"require\"],\n      \"properties\": {\n        \"id\": {\n          \"$ref\": \"#/definitions/ruleId\"\n        },\n        \"description\": {\n          \"type\": \"string\",\n          \"description\": \"Why this must hold, for reviewers.\"\n        },\n        \"port\": {\n          \"$ref\": \"#/definitions/portOrRange\"\n        },\n        \"ports\": {\n          \"description\": \"Several ports or ranges: [443, \\\"8443-8444\\\"].\",\n          \"type\": \"array\",\n          \"minItems\": 1,\n          \"maxItems\": 1000,\n          \"items\": {\n            \"$ref\": \"#/definitions/portOrRange\"\n          }\n        },\n        \"protocol\": {\n          \"$ref\": \"#/definitions/protocol\"\n        },\n        \"service\": {\n          \"$ref\": \"#/definitions/services\"\n        },\n        \"product\": {\n          \"$ref\": \"#/definitions/products\"\n        },\n        \"vantages\": {\n          \"$ref\": \"#/definitions/vantages\"\n        },\n        \"require\": {\n          \"$ref\": \"#/definitions/requirements\"\n        },\n        \"severity\": {\n          \"$ref\": \"#/definitions/severity\"\n        }\n      }\n    },\n    \"default\": {\n      \"description\": \"What happens to an open port that no rule allows or denies: deny (fail), warn, or allow (pass). Also an object {action, severity}.\",\n      \"oneOf\": [\n        {\n          \"enum\": [\"deny\", \"warn\", \"allow\"]\n        },\n        {\n          \"type\": \"object\",\n          \"additionalProperties\": false,\n          \"required\": [\"action\"],\n          \"properties\": {\n            \"action\": {\n              \"enum\": [\"deny\", \"warn\", \"allow\"],\n              \"description\": \"deny, warn or allow.\"\n            },\n            \"severity\": {\n              \"$ref\": \"#/definitions/severity\"\n            }\n          }\n        }\n      ]\n    },\n    \"hostPattern\": {\n      \"description\": \"A hostname or glob (*.staging.example.com), an IP address, or a CIDR block (10.20.0.0/24, fd00::/64). \\\"*\\\" matches every host. Text written as an address (300.1.1.1, 10.0.0.0/33, ::g) must be a valid one.\",\n      \"type\": \"string\",\n      \"minLength\": 1,\n      \"maxLength\": 300\n    },\n    \"target\": {\n      \"description\": \"A scope: hosts and the rules for them.\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"name\", \"hosts\"],\n      \"properties\": {\n        \"name\": {\n          \"description\": \"A unique name for this scope, shown in verdicts and usable in exceptions' match.target.\",\n          \"type\": \"string\",\n          \"minLength\": 1,\n          \"maxLength\": 100\n        },\n        \"hosts\": {\n          \"description\": \"Which hosts this scope covers: names or globs (matched against the name a scanned address came from), IP addresses and CIDR blocks.\",\n          \"type\": \"array\",\n          \"minItems\": 1,\n          \"maxItems\": 1000,\n          \"items\": {\n            \"$ref\": \"#/definitions/hostPattern\"\n          }\n        },\n        \"vantages\": {\n          \"$ref\": \"#/definitions/vantages\"\n        },\n        \"default\": {\n          \"$ref\": \"#/definitions/default\"\n        },\n        \"allow\": {\n          \"description\": \"Open ports allowed on these hosts.\",\n          \"type\": \"array\",\n          \"maxItems\": 10000,\n          \"items\": {\n            \"$ref\": \"#/definitions/allowRule\"\n          }\n        },\n        \"deny\": {\n          \"description\": \"Open ports denied on these hosts.\",\n          \"type\": \"array\",\n          \"maxItems\": 10000,\n          \"items\": {\n            \"$ref\": \"#/definitions/denyRule\"\n          }\n        },\n        \"requirements\": {\n          \"description\": \"Requirement-only rules for these hosts: what an open port they match must meet; they never allow a port.\",\n          \"type\": \"array\",\n          \"maxItems\": 10000,\n          \"items\": {\n            \"$ref\": \"#/definitions/requirementRule\"\n          }\n        }\n      }\n    },\n    \"gateway\": {\n      \"description\": \"A VPN gateway that remote access must go through; probed where the protocol allows (OpenVPN, IKE), and allowed to be open.\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"host\", \"port\", \"kind\"],\n      \"properties\": {\n        \"host\": {\n          \"type\": \"string\",\n          \"minLength\": 1,\n          \"maxLength\": 253,\n          \"description\": \"The gateway's hostname or IP address.\"\n        },\n        \"port\": {\n          \"$ref\": \"#/definitions/port\"\n        },\n        \"protocol\": {\n          \"enum\": [\"tcp\", \"udp\"],\n          \"description\": \"tcp or udp (default udp).\"\n        },\n        \"kind\": {\n          \"description\": \"openvpn and ike are probed; other kinds (wireguard, …) cannot answer an unauthenticated probe and stay unverified.\",\n          \"type\": \"string\",\n          \"minLength\": 1,\n          \"maxLength\": 50\n        }\n      }\n    },\n    \"remoteAccess\": {\n      \"description\": \"Requirements for every remote-access service (ssh, rdp, vnc, telnet, winrm, …), on top of the rules that allow its port.\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"properties\": {\n        \"require\": {\n          \"description\": \"vpn: true — not reachable from the untrusted vantage, only through a declared gateway. mfa: true — login needs a second factor.\",\n          \"type\": \"object\",\n          \"additionalProperties\": false,\n          \"properties\": {\n            \"vpn\": {\n              \"type\": \"boolean\",\n              \"description\": \"Remote access only through a VPN.\"\n            },\n            \"mfa\": {\n              \"type\": \"boolean\",\n              \"description\": \"Remote access only with a second factor.\"\n            }\n          }\n        },\n        \"unverified\": {\n          \"description\": \"What an unverified remote-access requirement does: warn, fail or pass. Default: the policy's unverified.\",\n          \"enum\": [\"warn\", \"fail\", \"pass\"]\n        },\n        \"severity\": {\n          \"$ref\": \"#/definitions/severity\"\n        },\n        \"vantages\": {\n          \"$ref\": \"#/definitions/vantages\"\n        },\n        \"vpn_gateways\": {\n          \"description\": \"The VPN gateways remote access goes through.\",\n          \"type\": \"array\",\n          \"maxItems\": 100,\n          \"items\": {\n            \"$ref\": \"#/definitions/gateway\"\n          }\n        }\n      }\n    },\n    \"exception\": {\n      \"description\": \"A waiver with a reason, an approver and an expiry date.\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"match\", \"reason\", \"approved_by\", \"expires\"],\n      \"properties\": {\n        \"id\": {\n          \"$ref\": \"#/definitions/ruleId\"\n        },\n        \"match\": {\n          \"description\": \"Which findings this exception waives; every key given must match. It must name a host, port, service or rule (or a target whose hosts leave some out): an exception that matches every port is refused.\",\n          \"type\": \"object\",\n          \"additionalProperties\": false,\n          \"minProperties\": 1,\n          \"properties\": {\n            \"host\": {\n              \"$ref\": \"#/definitions/hostPattern\"\n            },\n            \"port\": {\n              \"$ref\": \"#/definitions/portOrRange\"\n            },\n            \"ports\": {\n              \"type\": \"array\",\n              \"minItems\": 1,\n              \"maxItems\": 1000,\n              \"items\": {\n                \"$ref\": \"#/definitions/portOrRange\"\n              },\n              \"description\": \"Several ports or ranges.\"\n            },\n            \"protocol\": {\n              \"$ref\": \"#/definitions/protocol\"\n            },\n            \"service\": {\n              \"$ref\": \"#/definitions/services\"\n            },\n            \"product\": {\n              \"$ref\": \"#/definitions/products\"\n            },\n            \"target\": {\n              \"type\": \"string\",\n              \"minLength\": 1,\n              \"description\": \"The name of a target (scope) in this policy.\"\n            },\n            \"rule\": {\n              \"type\": \"string\",\n              \"minLength\": 1,\n              \"description\": \"The id of the rule this exception waives.\"\n            }\n          }\n        },\n        \"reason\": {\n          \"description\": \"Why this is acceptable, in one sentence a reviewer can judge.\",\n          \"type\": \"string\",\n          \"minLength\": 1,\n          \"maxLength\": 500\n        },\n        \"approved_by\": {\n          \"description\": \"Who approved it: a person or team, such as @acme/security.\",\n          \"type\": \"string\",\n          \"minLength\": 1,\n          \"maxLength\": 200\n        },\n        \"ticket\": {\n          \"description\": \"A link to the ticket or discussion that records the approval.\",\n          \"type\": \"string\",\n          \"minLength\": 1,\n          \"maxLength\": 500\n        },\n        \"expires\": {\n          \"description\": \"The last day this exception applies (YYYY-MM-DD, UTC), or never for a permanent exception. A date that cannot be read counts as expired.\",\n          \"type\": [\"string\", \"number\"],\n          \"minLength\": 1,\n          \"maxLength\": 40\n        },\n        \"waive\": {\n          \"description\": \"violated: also waive requirements a probe proved violated; the verdict is then a warning, never a pass. Without it a proven violation stays a failure under this exception.\",\n          \"enum\": [\"violated\"]\n        }\n      }\n    },\n    \"extendsEntry\": {\n      \"description\": \"A policy file path, portcullis:NAME, github:OWNER/REPO/PATH@SHA (a full 40-hex commit), or { url, sha256 }.\",\n      \"oneOf\": [\n        {\n          \"type\": \"string\",\n          \"minLength\": 1,\n          \"maxLength\": 1000\n        },\n        {\n          \"type\": \"object\",\n          \"additionalProperties\": false,\n          \"required\": [\"url\", \"sha256\"],\n          \"properties\": {\n            \"url\": {\n              \"description\": \"An https:// URL of a policy file.\",\n              \"type\": \"string\",\n              \"maxLength\": 2000,\n              \"pattern\": \"^https://[^\\\\s]+$\",\n              \"x-expected\": \"an https:// URL\"\n            },\n            \"sha256\": {\n              \"description\": \"The SHA-256 of the file's bytes, 64 hex digits; a mismatch is an error.\",\n              \"type\": \"string\",\n              \"pattern\": \"^[0-9a-fA-F]{64}$\",\n              \"x-expected\": \"64 hex digits (sha256sum of the file)\"\n            }\n          }\n        }\n      ]\n    }\n  }\n}\n";
/** The options ajv compiled it with (scripts/gen-validators.mjs AJV_OPTIONS). */
const ajvOptions = { "allErrors": true, "strict": true, "allowUnionTypes": true, "verbose": true, "inlineRefs": false };
const validate = validate21;
/* harmony default export */ const schema_validator = (validate21);
const schema6 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/portcullis/portcullis/v1/schemas/policy.schema.json", "title": "Portcullis port policy, format version 1", "description": "Which ports may be open on which hosts, and what must guard them. Documented in docs/policy.md.", "type": "object", "additionalProperties": false, "required": ["version"], "properties": { "$schema": { "type": "string", "description": "The JSON Schema this file follows, for editors. Ignored by Portcullis." }, "version": { "const": 1, "description": "Policy format version. Always 1 for this format." }, "extends": { "description": "Policies this one builds on, applied first: a path relative to this file, a built-in policy (portcullis:recommended, portcullis:strict), a file of another repository pinned to a commit (github:OWNER/REPO/PATH@SHA), or an https:// URL with its sha256 checksum ({ url, sha256 }). See docs/policy.md, \"Composition\".", "type": ["string", "array"], "minLength": 1, "maxItems": 16, "items": { "$ref": "#/definitions/extendsEntry" } }, "mode": { "description": "enforce: violations fail the check. warn: violations are reported as warnings and the check passes (a dry run while a policy is rolled out).", "enum": ["enforce", "warn"] }, "default": { "$ref": "#/definitions/default" }, "fail-on": { "description": "Which violations fail the check. any: every violation. low|medium|high|critical: violations of at least that severity; the rest become warnings. new: with a baseline, only violations that were not in it.", "enum": ["any", "low", "medium", "high", "critical", "new"] }, "unverified": { "description": "What a requirement that no probe could prove or disprove (and no exception attests) does to its verdict: warn (the default), fail or pass.", "enum": ["warn", "fail", "pass"] }, "allow": { "description": "Rules that apply to every scanned host: open ports they allow pass (if their requirements hold). Not allowed in a built-in policy.", "type": "array", "maxItems": 10000, "items": { "$ref": "#/definitions/allowRule" } }, "deny": { "description": "Rules that apply to every scanned host: open ports they match fail, whatever any allow rule says. Only an exception can waive them.", "type": "array", "maxItems": 10000, "items": { "$ref": "#/definitions/denyRule" } }, "requirements": { "description": "Requirement-only rules for every scanned host: each open port a rule matches must meet its require, but no such rule allows a port (an allow rule or default: allow still must). The only rules besides deny that a built-in policy may hold.", "type": "array", "maxItems": 10000, "items": { "$ref": "#/definitions/requirementRule" } }, "targets": { "description": "Scopes: groups of hosts with their own rules. A finding is judged by every target whose hosts match it, and by the top-level rules.", "type": "array", "maxItems": 1000, "items": { "$ref": "#/definitions/target" } }, "remote_access": { "$ref": "#/definitions/remoteAccess" }, "exceptions": { "description": "Approved, expiring waivers: a finding that an exception matches passes although a rule would fail it. Stale and expired exceptions are reported.", "type": "array", "maxItems": 10000, "items": { "$ref": "#/definitions/exception" } }, "approvers": { "description": "Who may approve a pull request's changes to the rules: GitHub users (alice) and teams (@acme/security). Read from the base branch's policy: a pull request that loosens what the base allows fails until one of them approves it (docs/security.md, \"Who may change the rules\").", "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "type": "string", "pattern": "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$", "x-expected": "a GitHub user (alice, @alice) or a team (@acme/security)" } }, "trust_pull_request_policy": { "description": "true: judge a pull request by its own policy, extends and baseline, without comparing them with the base branch's (for repositories that trust every pull request's author). Read only from the base branch's policy.", "type": "boolean" }, "max_exception_days": { "description": "How far past the scan date an exception's expires may lie (default 365); a later date makes the exception invalid. Read from the base branch's policy on a pull request.", "type": "integer", "minimum": 1, "maximum": 36500 }, "allow_permanent_exceptions": { "description": "true: exceptions may say expires: never. Default false: such an exception is invalid. Read from the base branch's policy on a pull request.", "type": "boolean" } }, "definitions": { "port": { "description": "A port number, 1–65535.", "type": "integer", "minimum": 1, "maximum": 65535 }, "portOrRange": { "description": "A port number (443), an inclusive range written as a string with both ends (\"8000-8100\"), or a service name that stands for its registered ports (ssh). The same grammar as the scan's --ports, without its sets (top-100, all), udp: prefixes and ! exclusions.", "type": ["integer", "string"], "minimum": 1, "maximum": 65535, "minLength": 1, "maxLength": 60 }, "protocol": { "description": "tcp, udp, or any (the default).", "enum": ["tcp", "udp", "any"] }, "severity": { "description": "How bad a violation of this rule is; compared with fail-on.", "enum": ["low", "medium", "high", "critical"] }, "vantages": { "description": "The scan vantages this applies to (the scan's --vantage): untrusted (outside, as an attacker; the default vantage), vpn, internal. Omitted: every vantage.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["untrusted", "vpn", "internal"] } }, "services": { "description": "A service name or a list of names from Portcullis' registry (ssh, https, redis, …); matched against what the fingerprint identified, whatever the port.", "type": ["string", "array"], "minLength": 1, "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "products": { "description": "A product name or a list of names (nginx, docker, etcd, prometheus, squid, …; docs/policy.md, \"Products\"), matched case-insensitively against the product the fingerprint named behind the protocol, whatever the port. service: http still matches every product that speaks HTTP.", "type": ["string", "array"], "minLength": 1, "maxLength": 100, "minItems": 1, "maxItems": 100, "items": { "type": "string", "minLength": 1, "maxLength": 100 } }, "ruleId": { "description": "A name for this rule, shown in verdicts and usable in exceptions' match.rule. Default: its path, such as targets[0].allow[2].", "type": "string", "minLength": 1, "maxLength": 100, "pattern": "^[A-Za-z0-9][A-Za-z0-9_.:/-]*$", "x-expected": "a name of letters, digits and _ . : / -" }, "requirements": { "description": "What must hold for a port an allow rule or a requirement rule matches. Each requirement ends verified, attested, unverified or violated (docs/policy.md, \"Evidence\").", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "tls": { "description": "Minimum negotiated TLS version, such as \">=1.2\" or \">=1.3\".", "type": "string", "pattern": "^\\s*(>=)?\\s*1\\.[0-3]\\s*$", "x-expected": "a TLS version such as \">=1.2\"" }, "redirect": { "description": "https: the port must answer only with a redirect to HTTPS.", "enum": ["https"] }, "auth": { "description": "required: the service must demand authentication (Redis AUTH, no anonymous FTP, no VNC security type None, no SNMP community public, …).", "enum": ["required"] }, "vpn": { "description": "true: the port must not be reachable from the untrusted vantage; declared VPN gateways must answer.", "type": "boolean" }, "mfa": { "description": "true: logging in must need a second factor (SSH partial success; no password-only login; no VNC without authentication; RDP with NLA).", "type": "boolean" } } }, "allowRule": { "description": "An open port that may be open. Names the ports or services it allows: a rule that matches every port is refused.", "type": "object", "additionalProperties": false, "properties": { "id": { "$ref": "#/definitions/ruleId" }, "description": { "type": "string", "description": "Why this port is open, for reviewers." }, "port": { "$ref": "#/definitions/portOrRange" }, "ports": { "description": "Several ports or ranges: [80, 443, \"8000-8100\"].", "type": "array", "minItems": 1, "maxItems": 1000, "items": { "$ref": "#/definitions/portOrRange" } }, "protocol": { "$ref": "#/definitions/protocol" }, "service": { "$ref": "#/definitions/services" }, "product": { "$ref": "#/definitions/products" }, "vantages": { "$ref": "#/definitions/vantages" }, "require": { "$ref": "#/definitions/requirements" }, "severity": { "$ref": "#/definitions/severity" } } }, "denyRule": { "description": "An open port that must not be open, with the reason. Names the ports or services it denies (or, with when, the evidence): for every port, write default: deny.", "type": "object", "additionalProperties": false, "required": ["reason"], "properties": { "id": { "$ref": "#/definitions/ruleId" }, "port": { "$ref": "#/definitions/portOrRange" }, "ports": { "description": "Several ports or ranges: [23, 139, 445].", "type": "array", "minItems": 1, "maxItems": 1000, "items": { "$ref": "#/definitions/portOrRange" } }, "protocol": { "$ref": "#/definitions/protocol" }, "service": { "$ref": "#/definitions/services" }, "product": { "$ref": "#/definitions/products" }, "vantages": { "$ref": "#/definitions/vantages" }, "reason": { "description": "Why this is denied, in one sentence; shown in the verdict.", "type": "string", "minLength": 1, "maxLength": 500 }, "when": { "description": "Deny only when the evidence shows this: auth: none (the service answers without authentication), or evidence: { key: value } (every key holds that value).", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "auth": { "description": "none: only when the service is proven to let anyone in (SNMP community public, anonymous FTP, Redis without AUTH, VNC type None, an unauthenticated read of a product's API such as docker.unauthenticated).", "enum": ["none"] }, "evidence": { "description": "Deny only when every listed evidence key holds exactly this value, such as http.open_proxy: true (docs/evidence keys in src/fingerprint/index.ts). Absent evidence never matches.", "type": "object", "minProperties": 1, "maxProperties": 20, "propertyNames": { "pattern": "^[a-z0-9_]+(\\.[a-z0-9_]+)+$", "x-expected": "an evidence key such as http.open_proxy (lower-case words joined by dots)" }, "additionalProperties": { "type": ["string", "number", "boolean"] } } } }, "severity": { "$ref": "#/definitions/severity" } } }, "requirementRule": { "description": "A requirement-only rule: the open ports it matches must meet its require (violated fails, unverified follows unverified:), yet it never allows a port by itself. It names the ports or services it applies to (port, ports or service).", "type": "object", "additionalProperties": false, "required": ["require"], "properties": { "id": { "$ref": "#/definitions/ruleId" }, "description": { "type": "string", "description": "Why this must hold, for reviewers." }, "port": { "$ref": "#/definitions/portOrRange" }, "ports": { "description": "Several ports or ranges: [443, \"8443-8444\"].", "type": "array", "minItems": 1, "maxItems": 1000, "items": { "$ref": "#/definitions/portOrRange" } }, "protocol": { "$ref": "#/definitions/protocol" }, "service": { "$ref": "#/definitions/services" }, "product": { "$ref": "#/definitions/products" }, "vantages": { "$ref": "#/definitions/vantages" }, "require": { "$ref": "#/definitions/requirements" }, "severity": { "$ref": "#/definitions/severity" } } }, "default": { "description": "What happens to an open port that no rule allows or denies: deny (fail), warn, or allow (pass). Also an object {action, severity}.", "oneOf": [{ "enum": ["deny", "warn", "allow"] }, { "type": "object", "additionalProperties": false, "required": ["action"], "properties": { "action": { "enum": ["deny", "warn", "allow"], "description": "deny, warn or allow." }, "severity": { "$ref": "#/definitions/severity" } } }] }, "hostPattern": { "description": "A hostname or glob (*.staging.example.com), an IP address, or a CIDR block (10.20.0.0/24, fd00::/64). \"*\" matches every host. Text written as an address (300.1.1.1, 10.0.0.0/33, ::g) must be a valid one.", "type": "string", "minLength": 1, "maxLength": 300 }, "target": { "description": "A scope: hosts and the rules for them.", "type": "object", "additionalProperties": false, "required": ["name", "hosts"], "properties": { "name": { "description": "A unique name for this scope, shown in verdicts and usable in exceptions' match.target.", "type": "string", "minLength": 1, "maxLength": 100 }, "hosts": { "description": "Which hosts this scope covers: names or globs (matched against the name a scanned address came from), IP addresses and CIDR blocks.", "type": "array", "minItems": 1, "maxItems": 1000, "items": { "$ref": "#/definitions/hostPattern" } }, "vantages": { "$ref": "#/definitions/vantages" }, "default": { "$ref": "#/definitions/default" }, "allow": { "description": "Open ports allowed on these hosts.", "type": "array", "maxItems": 10000, "items": { "$ref": "#/definitions/allowRule" } }, "deny": { "description": "Open ports denied on these hosts.", "type": "array", "maxItems": 10000, "items": { "$ref": "#/definitions/denyRule" } }, "requirements": { "description": "Requirement-only rules for these hosts: what an open port they match must meet; they never allow a port.", "type": "array", "maxItems": 10000, "items": { "$ref": "#/definitions/requirementRule" } } } }, "gateway": { "description": "A VPN gateway that remote access must go through; probed where the protocol allows (OpenVPN, IKE), and allowed to be open.", "type": "object", "additionalProperties": false, "required": ["host", "port", "kind"], "properties": { "host": { "type": "string", "minLength": 1, "maxLength": 253, "description": "The gateway's hostname or IP address." }, "port": { "$ref": "#/definitions/port" }, "protocol": { "enum": ["tcp", "udp"], "description": "tcp or udp (default udp)." }, "kind": { "description": "openvpn and ike are probed; other kinds (wireguard, …) cannot answer an unauthenticated probe and stay unverified.", "type": "string", "minLength": 1, "maxLength": 50 } } }, "remoteAccess": { "description": "Requirements for every remote-access service (ssh, rdp, vnc, telnet, winrm, …), on top of the rules that allow its port.", "type": "object", "additionalProperties": false, "properties": { "require": { "description": "vpn: true — not reachable from the untrusted vantage, only through a declared gateway. mfa: true — login needs a second factor.", "type": "object", "additionalProperties": false, "properties": { "vpn": { "type": "boolean", "description": "Remote access only through a VPN." }, "mfa": { "type": "boolean", "description": "Remote access only with a second factor." } } }, "unverified": { "description": "What an unverified remote-access requirement does: warn, fail or pass. Default: the policy's unverified.", "enum": ["warn", "fail", "pass"] }, "severity": { "$ref": "#/definitions/severity" }, "vantages": { "$ref": "#/definitions/vantages" }, "vpn_gateways": { "description": "The VPN gateways remote access goes through.", "type": "array", "maxItems": 100, "items": { "$ref": "#/definitions/gateway" } } } }, "exception": { "description": "A waiver with a reason, an approver and an expiry date.", "type": "object", "additionalProperties": false, "required": ["match", "reason", "approved_by", "expires"], "properties": { "id": { "$ref": "#/definitions/ruleId" }, "match": { "description": "Which findings this exception waives; every key given must match. It must name a host, port, service or rule (or a target whose hosts leave some out): an exception that matches every port is refused.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "host": { "$ref": "#/definitions/hostPattern" }, "port": { "$ref": "#/definitions/portOrRange" }, "ports": { "type": "array", "minItems": 1, "maxItems": 1000, "items": { "$ref": "#/definitions/portOrRange" }, "description": "Several ports or ranges." }, "protocol": { "$ref": "#/definitions/protocol" }, "service": { "$ref": "#/definitions/services" }, "product": { "$ref": "#/definitions/products" }, "target": { "type": "string", "minLength": 1, "description": "The name of a target (scope) in this policy." }, "rule": { "type": "string", "minLength": 1, "description": "The id of the rule this exception waives." } } }, "reason": { "description": "Why this is acceptable, in one sentence a reviewer can judge.", "type": "string", "minLength": 1, "maxLength": 500 }, "approved_by": { "description": "Who approved it: a person or team, such as @acme/security.", "type": "string", "minLength": 1, "maxLength": 200 }, "ticket": { "description": "A link to the ticket or discussion that records the approval.", "type": "string", "minLength": 1, "maxLength": 500 }, "expires": { "description": "The last day this exception applies (YYYY-MM-DD, UTC), or never for a permanent exception. A date that cannot be read counts as expired.", "type": ["string", "number"], "minLength": 1, "maxLength": 40 }, "waive": { "description": "violated: also waive requirements a probe proved violated; the verdict is then a warning, never a pass. Without it a proven violation stays a failure under this exception.", "enum": ["violated"] } } }, "extendsEntry": { "description": "A policy file path, portcullis:NAME, github:OWNER/REPO/PATH@SHA (a full 40-hex commit), or { url, sha256 }.", "oneOf": [{ "type": "string", "minLength": 1, "maxLength": 1000 }, { "type": "object", "additionalProperties": false, "required": ["url", "sha256"], "properties": { "url": { "description": "An https:// URL of a policy file.", "type": "string", "maxLength": 2000, "pattern": "^https://[^\\s]+$", "x-expected": "an https:// URL" }, "sha256": { "description": "The SHA-256 of the file's bytes, 64 hex digits; a mismatch is an error.", "type": "string", "pattern": "^[0-9a-fA-F]{64}$", "x-expected": "64 hex digits (sha256sum of the file)" } } }] } } };
const func2 = Object.prototype.hasOwnProperty;
const func3 = __runtime0.default;
const schema7 = { "description": "A policy file path, portcullis:NAME, github:OWNER/REPO/PATH@SHA (a full 40-hex commit), or { url, sha256 }.", "oneOf": [{ "type": "string", "minLength": 1, "maxLength": 1000 }, { "type": "object", "additionalProperties": false, "required": ["url", "sha256"], "properties": { "url": { "description": "An https:// URL of a policy file.", "type": "string", "maxLength": 2000, "pattern": "^https://[^\\s]+$", "x-expected": "an https:// URL" }, "sha256": { "description": "The SHA-256 of the file's bytes, 64 hex digits; a mismatch is an error.", "type": "string", "pattern": "^[0-9a-fA-F]{64}$", "x-expected": "64 hex digits (sha256sum of the file)" } } }] };
const pattern0 = new RegExp("^https://[^\\s]+$", "u");
const pattern1 = new RegExp("^[0-9a-fA-F]{64}$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; let valid0 = false; let passing0 = null; const _errs1 = errors; if (typeof data === "string") {
    if (func3(data) > 1000) {
        const err0 = { instancePath, schemaPath: "#/oneOf/0/maxLength", keyword: "maxLength", params: { limit: 1000 }, message: "must NOT have more than 1000 characters", schema: 1000, parentSchema: schema7.oneOf[0], data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (func3(data) < 1) {
        const err1 = { instancePath, schemaPath: "#/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema7.oneOf[0], data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
}
else {
    const err2 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.oneOf[0].type, parentSchema: schema7.oneOf[0], data };
    if (vErrors === null) {
        vErrors = [err2];
    }
    else {
        vErrors.push(err2);
    }
    errors++;
} var _valid0 = _errs1 === errors; if (_valid0) {
    valid0 = true;
    passing0 = 0;
} const _errs3 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.url === undefined) {
        const err3 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'", schema: schema7.oneOf[1].required, parentSchema: schema7.oneOf[1], data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (data.sha256 === undefined) {
        const err4 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property '" + "sha256" + "'", schema: schema7.oneOf[1].required, parentSchema: schema7.oneOf[1], data };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((key0 === "url") || (key0 === "sha256"))) {
            const err5 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema7.oneOf[1], data };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.url !== undefined) {
        let data0 = data.url;
        if (typeof data0 === "string") {
            if (func3(data0) > 2000) {
                const err6 = { instancePath: instancePath + "/url", schemaPath: "#/oneOf/1/properties/url/maxLength", keyword: "maxLength", params: { limit: 2000 }, message: "must NOT have more than 2000 characters", schema: 2000, parentSchema: schema7.oneOf[1].properties.url, data: data0 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            if (!pattern0.test(data0)) {
                const err7 = { instancePath: instancePath + "/url", schemaPath: "#/oneOf/1/properties/url/pattern", keyword: "pattern", params: { pattern: "^https://[^\\s]+$" }, message: "must match pattern \"" + "^https://[^\\s]+$" + "\"", schema: "^https://[^\\s]+$", parentSchema: schema7.oneOf[1].properties.url, data: data0 };
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
            const err8 = { instancePath: instancePath + "/url", schemaPath: "#/oneOf/1/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.oneOf[1].properties.url.type, parentSchema: schema7.oneOf[1].properties.url, data: data0 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.sha256 !== undefined) {
        let data1 = data.sha256;
        if (typeof data1 === "string") {
            if (!pattern1.test(data1)) {
                const err9 = { instancePath: instancePath + "/sha256", schemaPath: "#/oneOf/1/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-fA-F]{64}$" }, message: "must match pattern \"" + "^[0-9a-fA-F]{64}$" + "\"", schema: "^[0-9a-fA-F]{64}$", parentSchema: schema7.oneOf[1].properties.sha256, data: data1 };
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
            const err10 = { instancePath: instancePath + "/sha256", schemaPath: "#/oneOf/1/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.oneOf[1].properties.sha256.type, parentSchema: schema7.oneOf[1].properties.sha256, data: data1 };
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
    const err11 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema7.oneOf[1].type, parentSchema: schema7.oneOf[1], data };
    if (vErrors === null) {
        vErrors = [err11];
    }
    else {
        vErrors.push(err11);
    }
    errors++;
} var _valid0 = _errs3 === errors; if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
}
else {
    if (_valid0) {
        valid0 = true;
        passing0 = 1;
    }
} if (!valid0) {
    const err12 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema7.oneOf, parentSchema: schema7, data };
    if (vErrors === null) {
        vErrors = [err12];
    }
    else {
        vErrors.push(err12);
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
} validate22.errors = vErrors; return errors === 0; }
const schema8 = { "description": "What happens to an open port that no rule allows or denies: deny (fail), warn, or allow (pass). Also an object {action, severity}.", "oneOf": [{ "enum": ["deny", "warn", "allow"] }, { "type": "object", "additionalProperties": false, "required": ["action"], "properties": { "action": { "enum": ["deny", "warn", "allow"], "description": "deny, warn or allow." }, "severity": { "$ref": "#/definitions/severity" } } }] };
const schema9 = { "description": "How bad a violation of this rule is; compared with fail-on.", "enum": ["low", "medium", "high", "critical"] };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (!((((data === "low") || (data === "medium")) || (data === "high")) || (data === "critical"))) {
    const err0 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema9.enum }, message: "must be equal to one of the allowed values", schema: schema9.enum, parentSchema: schema9, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} validate25.errors = vErrors; return errors === 0; }
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; let valid0 = false; let passing0 = null; const _errs1 = errors; if (!(((data === "deny") || (data === "warn")) || (data === "allow"))) {
    const err0 = { instancePath, schemaPath: "#/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema8.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema8.oneOf[0].enum, parentSchema: schema8.oneOf[0], data };
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
        const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property '" + "action" + "'", schema: schema8.oneOf[1].required, parentSchema: schema8.oneOf[1], data };
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
            const err2 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8.oneOf[1], data };
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
            const err3 = { instancePath: instancePath + "/action", schemaPath: "#/oneOf/1/properties/action/enum", keyword: "enum", params: { allowedValues: schema8.oneOf[1].properties.action.enum }, message: "must be equal to one of the allowed values", schema: schema8.oneOf[1].properties.action.enum, parentSchema: schema8.oneOf[1].properties.action, data: data0 };
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
        if (!(validate25(data.severity, { instancePath: instancePath + "/severity", parentData: data, parentDataProperty: "severity", rootData }))) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err4 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema8.oneOf[1].type, parentSchema: schema8.oneOf[1], data };
    if (vErrors === null) {
        vErrors = [err4];
    }
    else {
        vErrors.push(err4);
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
    const err5 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema8.oneOf, parentSchema: schema8, data };
    if (vErrors === null) {
        vErrors = [err5];
    }
    else {
        vErrors.push(err5);
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
} validate24.errors = vErrors; return errors === 0; }
const schema10 = { "description": "An open port that may be open. Names the ports or services it allows: a rule that matches every port is refused.", "type": "object", "additionalProperties": false, "properties": { "id": { "$ref": "#/definitions/ruleId" }, "description": { "type": "string", "description": "Why this port is open, for reviewers." }, "port": { "$ref": "#/definitions/portOrRange" }, "ports": { "description": "Several ports or ranges: [80, 443, \"8000-8100\"].", "type": "array", "minItems": 1, "maxItems": 1000, "items": { "$ref": "#/definitions/portOrRange" } }, "protocol": { "$ref": "#/definitions/protocol" }, "service": { "$ref": "#/definitions/services" }, "product": { "$ref": "#/definitions/products" }, "vantages": { "$ref": "#/definitions/vantages" }, "require": { "$ref": "#/definitions/requirements" }, "severity": { "$ref": "#/definitions/severity" } } };
const schema11 = { "description": "A name for this rule, shown in verdicts and usable in exceptions' match.rule. Default: its path, such as targets[0].allow[2].", "type": "string", "minLength": 1, "maxLength": 100, "pattern": "^[A-Za-z0-9][A-Za-z0-9_.:/-]*$", "x-expected": "a name of letters, digits and _ . : / -" };
const pattern2 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.:/-]*$", "u");
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (typeof data === "string") {
    if (func3(data) > 100) {
        const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (func3(data) < 1) {
        const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (!pattern2.test(data)) {
        const err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.:/-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9_.:/-]*$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9_.:/-]*$", parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
}
else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err3];
    }
    else {
        vErrors.push(err3);
    }
    errors++;
} validate29.errors = vErrors; return errors === 0; }
const schema12 = { "description": "A port number (443), an inclusive range written as a string with both ends (\"8000-8100\"), or a service name that stands for its registered ports (ssh). The same grammar as the scan's --ports, without its sets (top-100, all), udp: prefixes and ! exclusions.", "type": ["integer", "string"], "minimum": 1, "maximum": 65535, "minLength": 1, "maxLength": 60 };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if ((!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))) && (typeof data !== "string")) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema12.type }, message: "must be integer,string", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} if ((typeof data == "number") && (isFinite(data))) {
    if (data > 65535 || isNaN(data)) {
        const err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema12, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data < 1 || isNaN(data)) {
        const err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
} if (typeof data === "string") {
    if (func3(data) > 60) {
        const err3 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 60 }, message: "must NOT have more than 60 characters", schema: 60, parentSchema: schema12, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (func3(data) < 1) {
        const err4 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
} validate31.errors = vErrors; return errors === 0; }
const schema13 = { "description": "tcp, udp, or any (the default).", "enum": ["tcp", "udp", "any"] };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (!(((data === "tcp") || (data === "udp")) || (data === "any"))) {
    const err0 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values", schema: schema13.enum, parentSchema: schema13, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} validate34.errors = vErrors; return errors === 0; }
const schema14 = { "description": "A service name or a list of names from Portcullis' registry (ssh, https, redis, …); matched against what the fingerprint identified, whatever the port.", "type": ["string", "array"], "minLength": 1, "minItems": 1, "items": { "type": "string", "minLength": 1 } };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if ((typeof data !== "string") && (!(Array.isArray(data)))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema14.type }, message: "must be string,array", schema: schema14.type, parentSchema: schema14, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} if (typeof data === "string") {
    if (func3(data) < 1) {
        const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
} if (Array.isArray(data)) {
    if (data.length < 1) {
        const err2 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema14, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 === "string") {
            if (func3(data0) < 1) {
                const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.items, data: data0 };
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
            const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.items.type, parentSchema: schema14.items, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
} validate36.errors = vErrors; return errors === 0; }
const schema15 = { "description": "A product name or a list of names (nginx, docker, etcd, prometheus, squid, …; docs/policy.md, \"Products\"), matched case-insensitively against the product the fingerprint named behind the protocol, whatever the port. service: http still matches every product that speaks HTTP.", "type": ["string", "array"], "minLength": 1, "maxLength": 100, "minItems": 1, "maxItems": 100, "items": { "type": "string", "minLength": 1, "maxLength": 100 } };
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if ((typeof data !== "string") && (!(Array.isArray(data)))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema15.type }, message: "must be string,array", schema: schema15.type, parentSchema: schema15, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} if (typeof data === "string") {
    if (func3(data) > 100) {
        const err1 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema15, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (func3(data) < 1) {
        const err2 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
} if (Array.isArray(data)) {
    if (data.length > 100) {
        const err3 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema15, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (data.length < 1) {
        const err4 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema15, data };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 === "string") {
            if (func3(data0) > 100) {
                const err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema15.items, data: data0 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            if (func3(data0) < 1) {
                const err6 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.items, data: data0 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.items.type, parentSchema: schema15.items, data: data0 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
} validate38.errors = vErrors; return errors === 0; }
const schema16 = { "description": "The scan vantages this applies to (the scan's --vantage): untrusted (outside, as an attacker; the default vantage), vpn, internal. Omitted: every vantage.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["untrusted", "vpn", "internal"] } };
const func0 = __runtime1.default;
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (Array.isArray(data)) {
    if (data.length < 1) {
        const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema16, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (!(((data0 === "untrusted") || (data0 === "vpn")) || (data0 === "internal"))) {
            const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/enum", keyword: "enum", params: { allowedValues: schema16.items.enum }, message: "must be equal to one of the allowed values", schema: schema16.items.enum, parentSchema: schema16.items, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
        outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
                if (func0(data[i1], data[j0])) {
                    const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema16, data };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                    break outer0;
                }
            }
        }
    }
}
else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.type, parentSchema: schema16, data };
    if (vErrors === null) {
        vErrors = [err3];
    }
    else {
        vErrors.push(err3);
    }
    errors++;
} validate40.errors = vErrors; return errors === 0; }
const schema17 = { "description": "What must hold for a port an allow rule or a requirement rule matches. Each requirement ends verified, attested, unverified or violated (docs/policy.md, \"Evidence\").", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "tls": { "description": "Minimum negotiated TLS version, such as \">=1.2\" or \">=1.3\".", "type": "string", "pattern": "^\\s*(>=)?\\s*1\\.[0-3]\\s*$", "x-expected": "a TLS version such as \">=1.2\"" }, "redirect": { "description": "https: the port must answer only with a redirect to HTTPS.", "enum": ["https"] }, "auth": { "description": "required: the service must demand authentication (Redis AUTH, no anonymous FTP, no VNC security type None, no SNMP community public, …).", "enum": ["required"] }, "vpn": { "description": "true: the port must not be reachable from the untrusted vantage; declared VPN gateways must answer.", "type": "boolean" }, "mfa": { "description": "true: logging in must need a second factor (SSH partial success; no password-only login; no VNC without authentication; RDP with NLA).", "type": "boolean" } } };
const pattern3 = new RegExp("^\\s*(>=)?\\s*1\\.[0-3]\\s*$", "u");
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
        const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema17, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((((key0 === "tls") || (key0 === "redirect")) || (key0 === "auth")) || (key0 === "vpn")) || (key0 === "mfa"))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.tls !== undefined) {
        let data0 = data.tls;
        if (typeof data0 === "string") {
            if (!pattern3.test(data0)) {
                const err2 = { instancePath: instancePath + "/tls", schemaPath: "#/properties/tls/pattern", keyword: "pattern", params: { pattern: "^\\s*(>=)?\\s*1\\.[0-3]\\s*$" }, message: "must match pattern \"" + "^\\s*(>=)?\\s*1\\.[0-3]\\s*$" + "\"", schema: "^\\s*(>=)?\\s*1\\.[0-3]\\s*$", parentSchema: schema17.properties.tls, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        else {
            const err3 = { instancePath: instancePath + "/tls", schemaPath: "#/properties/tls/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.tls.type, parentSchema: schema17.properties.tls, data: data0 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.redirect !== undefined) {
        let data1 = data.redirect;
        if (!(data1 === "https")) {
            const err4 = { instancePath: instancePath + "/redirect", schemaPath: "#/properties/redirect/enum", keyword: "enum", params: { allowedValues: schema17.properties.redirect.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.redirect.enum, parentSchema: schema17.properties.redirect, data: data1 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.auth !== undefined) {
        let data2 = data.auth;
        if (!(data2 === "required")) {
            const err5 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/enum", keyword: "enum", params: { allowedValues: schema17.properties.auth.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.auth.enum, parentSchema: schema17.properties.auth, data: data2 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.vpn !== undefined) {
        let data3 = data.vpn;
        if (typeof data3 !== "boolean") {
            const err6 = { instancePath: instancePath + "/vpn", schemaPath: "#/properties/vpn/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema17.properties.vpn.type, parentSchema: schema17.properties.vpn, data: data3 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.mfa !== undefined) {
        let data4 = data.mfa;
        if (typeof data4 !== "boolean") {
            const err7 = { instancePath: instancePath + "/mfa", schemaPath: "#/properties/mfa/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema17.properties.mfa.type, parentSchema: schema17.properties.mfa, data: data4 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
}
else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data };
    if (vErrors === null) {
        vErrors = [err8];
    }
    else {
        vErrors.push(err8);
    }
    errors++;
} validate42.errors = vErrors; return errors === 0; }
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(func2.call(schema10.properties, key0))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema10, data };
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
        if (!(validate29(data.id, { instancePath: instancePath + "/id", parentData: data, parentDataProperty: "id", rootData }))) {
            vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
            errors = vErrors.length;
        }
    }
    if (data.description !== undefined) {
        let data1 = data.description;
        if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.properties.description.type, parentSchema: schema10.properties.description, data: data1 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.port !== undefined) {
        if (!(validate31(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData }))) {
            vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
            errors = vErrors.length;
        }
    }
    if (data.ports !== undefined) {
        let data3 = data.ports;
        if (Array.isArray(data3)) {
            if (data3.length > 1000) {
                const err2 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/maxItems", keyword: "maxItems", params: { limit: 1000 }, message: "must NOT have more than 1000 items", schema: 1000, parentSchema: schema10.properties.ports, data: data3 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            if (data3.length < 1) {
                const err3 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema10.properties.ports, data: data3 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (!(validate31(data3[i0], { instancePath: instancePath + "/ports/" + i0, parentData: data3, parentDataProperty: i0, rootData }))) {
                    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err4 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema10.properties.ports.type, parentSchema: schema10.properties.ports, data: data3 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.protocol !== undefined) {
        if (!(validate34(data.protocol, { instancePath: instancePath + "/protocol", parentData: data, parentDataProperty: "protocol", rootData }))) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
        }
    }
    if (data.service !== undefined) {
        if (!(validate36(data.service, { instancePath: instancePath + "/service", parentData: data, parentDataProperty: "service", rootData }))) {
            vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
            errors = vErrors.length;
        }
    }
    if (data.product !== undefined) {
        if (!(validate38(data.product, { instancePath: instancePath + "/product", parentData: data, parentDataProperty: "product", rootData }))) {
            vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
            errors = vErrors.length;
        }
    }
    if (data.vantages !== undefined) {
        if (!(validate40(data.vantages, { instancePath: instancePath + "/vantages", parentData: data, parentDataProperty: "vantages", rootData }))) {
            vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
            errors = vErrors.length;
        }
    }
    if (data.require !== undefined) {
        if (!(validate42(data.require, { instancePath: instancePath + "/require", parentData: data, parentDataProperty: "require", rootData }))) {
            vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
            errors = vErrors.length;
        }
    }
    if (data.severity !== undefined) {
        if (!(validate25(data.severity, { instancePath: instancePath + "/severity", parentData: data, parentDataProperty: "severity", rootData }))) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema10.type, parentSchema: schema10, data };
    if (vErrors === null) {
        vErrors = [err5];
    }
    else {
        vErrors.push(err5);
    }
    errors++;
} validate28.errors = vErrors; return errors === 0; }
const schema18 = { "description": "An open port that must not be open, with the reason. Names the ports or services it denies (or, with when, the evidence): for every port, write default: deny.", "type": "object", "additionalProperties": false, "required": ["reason"], "properties": { "id": { "$ref": "#/definitions/ruleId" }, "port": { "$ref": "#/definitions/portOrRange" }, "ports": { "description": "Several ports or ranges: [23, 139, 445].", "type": "array", "minItems": 1, "maxItems": 1000, "items": { "$ref": "#/definitions/portOrRange" } }, "protocol": { "$ref": "#/definitions/protocol" }, "service": { "$ref": "#/definitions/services" }, "product": { "$ref": "#/definitions/products" }, "vantages": { "$ref": "#/definitions/vantages" }, "reason": { "description": "Why this is denied, in one sentence; shown in the verdict.", "type": "string", "minLength": 1, "maxLength": 500 }, "when": { "description": "Deny only when the evidence shows this: auth: none (the service answers without authentication), or evidence: { key: value } (every key holds that value).", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "auth": { "description": "none: only when the service is proven to let anyone in (SNMP community public, anonymous FTP, Redis without AUTH, VNC type None, an unauthenticated read of a product's API such as docker.unauthenticated).", "enum": ["none"] }, "evidence": { "description": "Deny only when every listed evidence key holds exactly this value, such as http.open_proxy: true (docs/evidence keys in src/fingerprint/index.ts). Absent evidence never matches.", "type": "object", "minProperties": 1, "maxProperties": 20, "propertyNames": { "pattern": "^[a-z0-9_]+(\\.[a-z0-9_]+)+$", "x-expected": "an evidence key such as http.open_proxy (lower-case words joined by dots)" }, "additionalProperties": { "type": ["string", "number", "boolean"] } } } }, "severity": { "$ref": "#/definitions/severity" } } };
const pattern4 = new RegExp("^[a-z0-9_]+(\\.[a-z0-9_]+)+$", "u");
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.reason === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property '" + "reason" + "'", schema: schema18.required, parentSchema: schema18, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func2.call(schema18.properties, key0))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18, data };
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
        if (!(validate29(data.id, { instancePath: instancePath + "/id", parentData: data, parentDataProperty: "id", rootData }))) {
            vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
            errors = vErrors.length;
        }
    }
    if (data.port !== undefined) {
        if (!(validate31(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData }))) {
            vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
            errors = vErrors.length;
        }
    }
    if (data.ports !== undefined) {
        let data2 = data.ports;
        if (Array.isArray(data2)) {
            if (data2.length > 1000) {
                const err2 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/maxItems", keyword: "maxItems", params: { limit: 1000 }, message: "must NOT have more than 1000 items", schema: 1000, parentSchema: schema18.properties.ports, data: data2 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            if (data2.length < 1) {
                const err3 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema18.properties.ports, data: data2 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (!(validate31(data2[i0], { instancePath: instancePath + "/ports/" + i0, parentData: data2, parentDataProperty: i0, rootData }))) {
                    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err4 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.ports.type, parentSchema: schema18.properties.ports, data: data2 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.protocol !== undefined) {
        if (!(validate34(data.protocol, { instancePath: instancePath + "/protocol", parentData: data, parentDataProperty: "protocol", rootData }))) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
        }
    }
    if (data.service !== undefined) {
        if (!(validate36(data.service, { instancePath: instancePath + "/service", parentData: data, parentDataProperty: "service", rootData }))) {
            vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
            errors = vErrors.length;
        }
    }
    if (data.product !== undefined) {
        if (!(validate38(data.product, { instancePath: instancePath + "/product", parentData: data, parentDataProperty: "product", rootData }))) {
            vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
            errors = vErrors.length;
        }
    }
    if (data.vantages !== undefined) {
        if (!(validate40(data.vantages, { instancePath: instancePath + "/vantages", parentData: data, parentDataProperty: "vantages", rootData }))) {
            vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
            errors = vErrors.length;
        }
    }
    if (data.reason !== undefined) {
        let data8 = data.reason;
        if (typeof data8 === "string") {
            if (func3(data8) > 500) {
                const err5 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema18.properties.reason, data: data8 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            if (func3(data8) < 1) {
                const err6 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.reason, data: data8 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.reason.type, parentSchema: schema18.properties.reason, data: data8 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.when !== undefined) {
        let data9 = data.when;
        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (Object.keys(data9).length < 1) {
                const err8 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema18.properties.when, data: data9 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            for (const key1 in data9) {
                if (!((key1 === "auth") || (key1 === "evidence"))) {
                    const err9 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18.properties.when, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            if (data9.auth !== undefined) {
                let data10 = data9.auth;
                if (!(data10 === "none")) {
                    const err10 = { instancePath: instancePath + "/when/auth", schemaPath: "#/properties/when/properties/auth/enum", keyword: "enum", params: { allowedValues: schema18.properties.when.properties.auth.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties.when.properties.auth.enum, parentSchema: schema18.properties.when.properties.auth, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
            }
            if (data9.evidence !== undefined) {
                let data11 = data9.evidence;
                if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                    if (Object.keys(data11).length > 20) {
                        const err11 = { instancePath: instancePath + "/when/evidence", schemaPath: "#/properties/when/properties/evidence/maxProperties", keyword: "maxProperties", params: { limit: 20 }, message: "must NOT have more than 20 properties", schema: 20, parentSchema: schema18.properties.when.properties.evidence, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                    if (Object.keys(data11).length < 1) {
                        const err12 = { instancePath: instancePath + "/when/evidence", schemaPath: "#/properties/when/properties/evidence/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema18.properties.when.properties.evidence, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                    for (const key2 in data11) {
                        const _errs19 = errors;
                        if (typeof key2 === "string") {
                            if (!pattern4.test(key2)) {
                                const err13 = { instancePath: instancePath + "/when/evidence", schemaPath: "#/properties/when/properties/evidence/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9_]+(\\.[a-z0-9_]+)+$" }, message: "must match pattern \"" + "^[a-z0-9_]+(\\.[a-z0-9_]+)+$" + "\"", schema: "^[a-z0-9_]+(\\.[a-z0-9_]+)+$", parentSchema: schema18.properties.when.properties.evidence.propertyNames, data: key2, propertyName: key2 };
                                if (vErrors === null) {
                                    vErrors = [err13];
                                }
                                else {
                                    vErrors.push(err13);
                                }
                                errors++;
                            }
                        }
                        var valid4 = _errs19 === errors;
                        if (!valid4) {
                            const err14 = { instancePath: instancePath + "/when/evidence", schemaPath: "#/properties/when/properties/evidence/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema18.properties.when.properties.evidence.propertyNames, parentSchema: schema18.properties.when.properties.evidence, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                    }
                    for (const key3 in data11) {
                        let data12 = data11[key3];
                        if (((typeof data12 !== "string") && (!((typeof data12 == "number") && (isFinite(data12))))) && (typeof data12 !== "boolean")) {
                            const err15 = { instancePath: instancePath + "/when/evidence/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/when/properties/evidence/additionalProperties/type", keyword: "type", params: { type: schema18.properties.when.properties.evidence.additionalProperties.type }, message: "must be string,number,boolean", schema: schema18.properties.when.properties.evidence.additionalProperties.type, parentSchema: schema18.properties.when.properties.evidence.additionalProperties, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err16 = { instancePath: instancePath + "/when/evidence", schemaPath: "#/properties/when/properties/evidence/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.when.properties.evidence.type, parentSchema: schema18.properties.when.properties.evidence, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
            }
        }
        else {
            const err17 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.when.type, parentSchema: schema18.properties.when, data: data9 };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
    }
    if (data.severity !== undefined) {
        if (!(validate25(data.severity, { instancePath: instancePath + "/severity", parentData: data, parentDataProperty: "severity", rootData }))) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data };
    if (vErrors === null) {
        vErrors = [err18];
    }
    else {
        vErrors.push(err18);
    }
    errors++;
} validate46.errors = vErrors; return errors === 0; }
const schema19 = { "description": "A requirement-only rule: the open ports it matches must meet its require (violated fails, unverified follows unverified:), yet it never allows a port by itself. It names the ports or services it applies to (port, ports or service).", "type": "object", "additionalProperties": false, "required": ["require"], "properties": { "id": { "$ref": "#/definitions/ruleId" }, "description": { "type": "string", "description": "Why this must hold, for reviewers." }, "port": { "$ref": "#/definitions/portOrRange" }, "ports": { "description": "Several ports or ranges: [443, \"8443-8444\"].", "type": "array", "minItems": 1, "maxItems": 1000, "items": { "$ref": "#/definitions/portOrRange" } }, "protocol": { "$ref": "#/definitions/protocol" }, "service": { "$ref": "#/definitions/services" }, "product": { "$ref": "#/definitions/products" }, "vantages": { "$ref": "#/definitions/vantages" }, "require": { "$ref": "#/definitions/requirements" }, "severity": { "$ref": "#/definitions/severity" } } };
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.require === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "require" }, message: "must have required property '" + "require" + "'", schema: schema19.required, parentSchema: schema19, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func2.call(schema19.properties, key0))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data };
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
        if (!(validate29(data.id, { instancePath: instancePath + "/id", parentData: data, parentDataProperty: "id", rootData }))) {
            vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
            errors = vErrors.length;
        }
    }
    if (data.description !== undefined) {
        let data1 = data.description;
        if (typeof data1 !== "string") {
            const err2 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.description.type, parentSchema: schema19.properties.description, data: data1 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.port !== undefined) {
        if (!(validate31(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData }))) {
            vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
            errors = vErrors.length;
        }
    }
    if (data.ports !== undefined) {
        let data3 = data.ports;
        if (Array.isArray(data3)) {
            if (data3.length > 1000) {
                const err3 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/maxItems", keyword: "maxItems", params: { limit: 1000 }, message: "must NOT have more than 1000 items", schema: 1000, parentSchema: schema19.properties.ports, data: data3 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if (data3.length < 1) {
                const err4 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema19.properties.ports, data: data3 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (!(validate31(data3[i0], { instancePath: instancePath + "/ports/" + i0, parentData: data3, parentDataProperty: i0, rootData }))) {
                    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.ports.type, parentSchema: schema19.properties.ports, data: data3 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.protocol !== undefined) {
        if (!(validate34(data.protocol, { instancePath: instancePath + "/protocol", parentData: data, parentDataProperty: "protocol", rootData }))) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
        }
    }
    if (data.service !== undefined) {
        if (!(validate36(data.service, { instancePath: instancePath + "/service", parentData: data, parentDataProperty: "service", rootData }))) {
            vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
            errors = vErrors.length;
        }
    }
    if (data.product !== undefined) {
        if (!(validate38(data.product, { instancePath: instancePath + "/product", parentData: data, parentDataProperty: "product", rootData }))) {
            vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
            errors = vErrors.length;
        }
    }
    if (data.vantages !== undefined) {
        if (!(validate40(data.vantages, { instancePath: instancePath + "/vantages", parentData: data, parentDataProperty: "vantages", rootData }))) {
            vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
            errors = vErrors.length;
        }
    }
    if (data.require !== undefined) {
        if (!(validate42(data.require, { instancePath: instancePath + "/require", parentData: data, parentDataProperty: "require", rootData }))) {
            vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
            errors = vErrors.length;
        }
    }
    if (data.severity !== undefined) {
        if (!(validate25(data.severity, { instancePath: instancePath + "/severity", parentData: data, parentDataProperty: "severity", rootData }))) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
    if (vErrors === null) {
        vErrors = [err6];
    }
    else {
        vErrors.push(err6);
    }
    errors++;
} validate56.errors = vErrors; return errors === 0; }
const schema20 = { "description": "A scope: hosts and the rules for them.", "type": "object", "additionalProperties": false, "required": ["name", "hosts"], "properties": { "name": { "description": "A unique name for this scope, shown in verdicts and usable in exceptions' match.target.", "type": "string", "minLength": 1, "maxLength": 100 }, "hosts": { "description": "Which hosts this scope covers: names or globs (matched against the name a scanned address came from), IP addresses and CIDR blocks.", "type": "array", "minItems": 1, "maxItems": 1000, "items": { "$ref": "#/definitions/hostPattern" } }, "vantages": { "$ref": "#/definitions/vantages" }, "default": { "$ref": "#/definitions/default" }, "allow": { "description": "Open ports allowed on these hosts.", "type": "array", "maxItems": 10000, "items": { "$ref": "#/definitions/allowRule" } }, "deny": { "description": "Open ports denied on these hosts.", "type": "array", "maxItems": 10000, "items": { "$ref": "#/definitions/denyRule" } }, "requirements": { "description": "Requirement-only rules for these hosts: what an open port they match must meet; they never allow a port.", "type": "array", "maxItems": 10000, "items": { "$ref": "#/definitions/requirementRule" } } } };
const schema21 = { "description": "A hostname or glob (*.staging.example.com), an IP address, or a CIDR block (10.20.0.0/24, fd00::/64). \"*\" matches every host. Text written as an address (300.1.1.1, 10.0.0.0/33, ::g) must be a valid one.", "type": "string", "minLength": 1, "maxLength": 300 };
function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (typeof data === "string") {
    if (func3(data) > 300) {
        const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema21, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (func3(data) < 1) {
        const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema21, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
}
else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.type, parentSchema: schema21, data };
    if (vErrors === null) {
        vErrors = [err2];
    }
    else {
        vErrors.push(err2);
    }
    errors++;
} validate68.errors = vErrors; return errors === 0; }
function validate67(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema20.required, parentSchema: schema20, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.hosts === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hosts" }, message: "must have required property '" + "hosts" + "'", schema: schema20.required, parentSchema: schema20, data };
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
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data };
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
                const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema20.properties.name, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if (func3(data0) < 1) {
                const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.name, data: data0 };
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
            const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.name.type, parentSchema: schema20.properties.name, data: data0 };
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
                const err6 = { instancePath: instancePath + "/hosts", schemaPath: "#/properties/hosts/maxItems", keyword: "maxItems", params: { limit: 1000 }, message: "must NOT have more than 1000 items", schema: 1000, parentSchema: schema20.properties.hosts, data: data1 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            if (data1.length < 1) {
                const err7 = { instancePath: instancePath + "/hosts", schemaPath: "#/properties/hosts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema20.properties.hosts, data: data1 };
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
                if (!(validate68(data1[i0], { instancePath: instancePath + "/hosts/" + i0, parentData: data1, parentDataProperty: i0, rootData }))) {
                    vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err8 = { instancePath: instancePath + "/hosts", schemaPath: "#/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.hosts.type, parentSchema: schema20.properties.hosts, data: data1 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.vantages !== undefined) {
        if (!(validate40(data.vantages, { instancePath: instancePath + "/vantages", parentData: data, parentDataProperty: "vantages", rootData }))) {
            vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
            errors = vErrors.length;
        }
    }
    if (data.default !== undefined) {
        if (!(validate24(data.default, { instancePath: instancePath + "/default", parentData: data, parentDataProperty: "default", rootData }))) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
        }
    }
    if (data.allow !== undefined) {
        let data5 = data.allow;
        if (Array.isArray(data5)) {
            if (data5.length > 10000) {
                const err9 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/maxItems", keyword: "maxItems", params: { limit: 10000 }, message: "must NOT have more than 10000 items", schema: 10000, parentSchema: schema20.properties.allow, data: data5 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
            const len1 = data5.length;
            for (let i1 = 0; i1 < len1; i1++) {
                if (!(validate28(data5[i1], { instancePath: instancePath + "/allow/" + i1, parentData: data5, parentDataProperty: i1, rootData }))) {
                    vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err10 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.allow.type, parentSchema: schema20.properties.allow, data: data5 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.deny !== undefined) {
        let data7 = data.deny;
        if (Array.isArray(data7)) {
            if (data7.length > 10000) {
                const err11 = { instancePath: instancePath + "/deny", schemaPath: "#/properties/deny/maxItems", keyword: "maxItems", params: { limit: 10000 }, message: "must NOT have more than 10000 items", schema: 10000, parentSchema: schema20.properties.deny, data: data7 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
            const len2 = data7.length;
            for (let i2 = 0; i2 < len2; i2++) {
                if (!(validate46(data7[i2], { instancePath: instancePath + "/deny/" + i2, parentData: data7, parentDataProperty: i2, rootData }))) {
                    vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err12 = { instancePath: instancePath + "/deny", schemaPath: "#/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.deny.type, parentSchema: schema20.properties.deny, data: data7 };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
    }
    if (data.requirements !== undefined) {
        let data9 = data.requirements;
        if (Array.isArray(data9)) {
            if (data9.length > 10000) {
                const err13 = { instancePath: instancePath + "/requirements", schemaPath: "#/properties/requirements/maxItems", keyword: "maxItems", params: { limit: 10000 }, message: "must NOT have more than 10000 items", schema: 10000, parentSchema: schema20.properties.requirements, data: data9 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
            const len3 = data9.length;
            for (let i3 = 0; i3 < len3; i3++) {
                if (!(validate56(data9[i3], { instancePath: instancePath + "/requirements/" + i3, parentData: data9, parentDataProperty: i3, rootData }))) {
                    vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err14 = { instancePath: instancePath + "/requirements", schemaPath: "#/properties/requirements/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.requirements.type, parentSchema: schema20.properties.requirements, data: data9 };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
}
else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data };
    if (vErrors === null) {
        vErrors = [err15];
    }
    else {
        vErrors.push(err15);
    }
    errors++;
} validate67.errors = vErrors; return errors === 0; }
const schema22 = { "description": "Requirements for every remote-access service (ssh, rdp, vnc, telnet, winrm, …), on top of the rules that allow its port.", "type": "object", "additionalProperties": false, "properties": { "require": { "description": "vpn: true — not reachable from the untrusted vantage, only through a declared gateway. mfa: true — login needs a second factor.", "type": "object", "additionalProperties": false, "properties": { "vpn": { "type": "boolean", "description": "Remote access only through a VPN." }, "mfa": { "type": "boolean", "description": "Remote access only with a second factor." } } }, "unverified": { "description": "What an unverified remote-access requirement does: warn, fail or pass. Default: the policy's unverified.", "enum": ["warn", "fail", "pass"] }, "severity": { "$ref": "#/definitions/severity" }, "vantages": { "$ref": "#/definitions/vantages" }, "vpn_gateways": { "description": "The VPN gateways remote access goes through.", "type": "array", "maxItems": 100, "items": { "$ref": "#/definitions/gateway" } } } };
const schema23 = { "description": "A VPN gateway that remote access must go through; probed where the protocol allows (OpenVPN, IKE), and allowed to be open.", "type": "object", "additionalProperties": false, "required": ["host", "port", "kind"], "properties": { "host": { "type": "string", "minLength": 1, "maxLength": 253, "description": "The gateway's hostname or IP address." }, "port": { "$ref": "#/definitions/port" }, "protocol": { "enum": ["tcp", "udp"], "description": "tcp or udp (default udp)." }, "kind": { "description": "openvpn and ike are probed; other kinds (wireguard, …) cannot answer an unauthenticated probe and stay unverified.", "type": "string", "minLength": 1, "maxLength": 50 } } };
const schema24 = { "description": "A port number, 1–65535.", "type": "integer", "minimum": 1, "maximum": 65535 };
function validate80(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema24.type, parentSchema: schema24, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} if ((typeof data == "number") && (isFinite(data))) {
    if (data > 65535 || isNaN(data)) {
        const err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema24, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data < 1 || isNaN(data)) {
        const err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema24, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
} validate80.errors = vErrors; return errors === 0; }
function validate79(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.host === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "host" }, message: "must have required property '" + "host" + "'", schema: schema23.required, parentSchema: schema23, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.port === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property '" + "port" + "'", schema: schema23.required, parentSchema: schema23, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.kind === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'", schema: schema23.required, parentSchema: schema23, data };
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
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data };
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
                const err4 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema23.properties.host, data: data0 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            if (func3(data0) < 1) {
                const err5 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema23.properties.host, data: data0 };
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
            const err6 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.host.type, parentSchema: schema23.properties.host, data: data0 };
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
        if (!(validate80(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData }))) {
            vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
            errors = vErrors.length;
        }
    }
    if (data.protocol !== undefined) {
        let data2 = data.protocol;
        if (!((data2 === "tcp") || (data2 === "udp"))) {
            const err7 = { instancePath: instancePath + "/protocol", schemaPath: "#/properties/protocol/enum", keyword: "enum", params: { allowedValues: schema23.properties.protocol.enum }, message: "must be equal to one of the allowed values", schema: schema23.properties.protocol.enum, parentSchema: schema23.properties.protocol, data: data2 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.kind !== undefined) {
        let data3 = data.kind;
        if (typeof data3 === "string") {
            if (func3(data3) > 50) {
                const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema23.properties.kind, data: data3 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            if (func3(data3) < 1) {
                const err9 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema23.properties.kind, data: data3 };
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
            const err10 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.kind.type, parentSchema: schema23.properties.kind, data: data3 };
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
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data };
    if (vErrors === null) {
        vErrors = [err11];
    }
    else {
        vErrors.push(err11);
    }
    errors++;
} validate79.errors = vErrors; return errors === 0; }
function validate76(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(((((key0 === "require") || (key0 === "unverified")) || (key0 === "severity")) || (key0 === "vantages")) || (key0 === "vpn_gateways"))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22, data };
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
                    const err1 = { instancePath: instancePath + "/require", schemaPath: "#/properties/require/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22.properties.require, data: data0 };
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
                    const err2 = { instancePath: instancePath + "/require/vpn", schemaPath: "#/properties/require/properties/vpn/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema22.properties.require.properties.vpn.type, parentSchema: schema22.properties.require.properties.vpn, data: data1 };
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
                    const err3 = { instancePath: instancePath + "/require/mfa", schemaPath: "#/properties/require/properties/mfa/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema22.properties.require.properties.mfa.type, parentSchema: schema22.properties.require.properties.mfa, data: data2 };
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
            const err4 = { instancePath: instancePath + "/require", schemaPath: "#/properties/require/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.properties.require.type, parentSchema: schema22.properties.require, data: data0 };
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
            const err5 = { instancePath: instancePath + "/unverified", schemaPath: "#/properties/unverified/enum", keyword: "enum", params: { allowedValues: schema22.properties.unverified.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.unverified.enum, parentSchema: schema22.properties.unverified, data: data3 };
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
        if (!(validate25(data.severity, { instancePath: instancePath + "/severity", parentData: data, parentDataProperty: "severity", rootData }))) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
        }
    }
    if (data.vantages !== undefined) {
        if (!(validate40(data.vantages, { instancePath: instancePath + "/vantages", parentData: data, parentDataProperty: "vantages", rootData }))) {
            vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
            errors = vErrors.length;
        }
    }
    if (data.vpn_gateways !== undefined) {
        let data6 = data.vpn_gateways;
        if (Array.isArray(data6)) {
            if (data6.length > 100) {
                const err6 = { instancePath: instancePath + "/vpn_gateways", schemaPath: "#/properties/vpn_gateways/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema22.properties.vpn_gateways, data: data6 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (!(validate79(data6[i0], { instancePath: instancePath + "/vpn_gateways/" + i0, parentData: data6, parentDataProperty: i0, rootData }))) {
                    vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/vpn_gateways", schemaPath: "#/properties/vpn_gateways/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema22.properties.vpn_gateways.type, parentSchema: schema22.properties.vpn_gateways, data: data6 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
}
else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.type, parentSchema: schema22, data };
    if (vErrors === null) {
        vErrors = [err8];
    }
    else {
        vErrors.push(err8);
    }
    errors++;
} validate76.errors = vErrors; return errors === 0; }
const schema25 = { "description": "A waiver with a reason, an approver and an expiry date.", "type": "object", "additionalProperties": false, "required": ["match", "reason", "approved_by", "expires"], "properties": { "id": { "$ref": "#/definitions/ruleId" }, "match": { "description": "Which findings this exception waives; every key given must match. It must name a host, port, service or rule (or a target whose hosts leave some out): an exception that matches every port is refused.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "host": { "$ref": "#/definitions/hostPattern" }, "port": { "$ref": "#/definitions/portOrRange" }, "ports": { "type": "array", "minItems": 1, "maxItems": 1000, "items": { "$ref": "#/definitions/portOrRange" }, "description": "Several ports or ranges." }, "protocol": { "$ref": "#/definitions/protocol" }, "service": { "$ref": "#/definitions/services" }, "product": { "$ref": "#/definitions/products" }, "target": { "type": "string", "minLength": 1, "description": "The name of a target (scope) in this policy." }, "rule": { "type": "string", "minLength": 1, "description": "The id of the rule this exception waives." } } }, "reason": { "description": "Why this is acceptable, in one sentence a reviewer can judge.", "type": "string", "minLength": 1, "maxLength": 500 }, "approved_by": { "description": "Who approved it: a person or team, such as @acme/security.", "type": "string", "minLength": 1, "maxLength": 200 }, "ticket": { "description": "A link to the ticket or discussion that records the approval.", "type": "string", "minLength": 1, "maxLength": 500 }, "expires": { "description": "The last day this exception applies (YYYY-MM-DD, UTC), or never for a permanent exception. A date that cannot be read counts as expired.", "type": ["string", "number"], "minLength": 1, "maxLength": 40 }, "waive": { "description": "violated: also waive requirements a probe proved violated; the verdict is then a warning, never a pass. Without it a proven violation stays a failure under this exception.", "enum": ["violated"] } } };
function validate84(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.match === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property '" + "match" + "'", schema: schema25.required, parentSchema: schema25, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.reason === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property '" + "reason" + "'", schema: schema25.required, parentSchema: schema25, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.approved_by === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "approved_by" }, message: "must have required property '" + "approved_by" + "'", schema: schema25.required, parentSchema: schema25, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.expires === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property '" + "expires" + "'", schema: schema25.required, parentSchema: schema25, data };
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
            const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data };
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
        if (!(validate29(data.id, { instancePath: instancePath + "/id", parentData: data, parentDataProperty: "id", rootData }))) {
            vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
            errors = vErrors.length;
        }
    }
    if (data.match !== undefined) {
        let data1 = data.match;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (Object.keys(data1).length < 1) {
                const err5 = { instancePath: instancePath + "/match", schemaPath: "#/properties/match/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema25.properties.match, data: data1 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            for (const key1 in data1) {
                if (!((((((((key1 === "host") || (key1 === "port")) || (key1 === "ports")) || (key1 === "protocol")) || (key1 === "service")) || (key1 === "product")) || (key1 === "target")) || (key1 === "rule"))) {
                    const err6 = { instancePath: instancePath + "/match", schemaPath: "#/properties/match/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.match, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
            }
            if (data1.host !== undefined) {
                if (!(validate68(data1.host, { instancePath: instancePath + "/match/host", parentData: data1, parentDataProperty: "host", rootData }))) {
                    vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
                    errors = vErrors.length;
                }
            }
            if (data1.port !== undefined) {
                if (!(validate31(data1.port, { instancePath: instancePath + "/match/port", parentData: data1, parentDataProperty: "port", rootData }))) {
                    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                    errors = vErrors.length;
                }
            }
            if (data1.ports !== undefined) {
                let data4 = data1.ports;
                if (Array.isArray(data4)) {
                    if (data4.length > 1000) {
                        const err7 = { instancePath: instancePath + "/match/ports", schemaPath: "#/properties/match/properties/ports/maxItems", keyword: "maxItems", params: { limit: 1000 }, message: "must NOT have more than 1000 items", schema: 1000, parentSchema: schema25.properties.match.properties.ports, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                    if (data4.length < 1) {
                        const err8 = { instancePath: instancePath + "/match/ports", schemaPath: "#/properties/match/properties/ports/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema25.properties.match.properties.ports, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                    const len0 = data4.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        if (!(validate31(data4[i0], { instancePath: instancePath + "/match/ports/" + i0, parentData: data4, parentDataProperty: i0, rootData }))) {
                            vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                            errors = vErrors.length;
                        }
                    }
                }
                else {
                    const err9 = { instancePath: instancePath + "/match/ports", schemaPath: "#/properties/match/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.match.properties.ports.type, parentSchema: schema25.properties.match.properties.ports, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            if (data1.protocol !== undefined) {
                if (!(validate34(data1.protocol, { instancePath: instancePath + "/match/protocol", parentData: data1, parentDataProperty: "protocol", rootData }))) {
                    vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                    errors = vErrors.length;
                }
            }
            if (data1.service !== undefined) {
                if (!(validate36(data1.service, { instancePath: instancePath + "/match/service", parentData: data1, parentDataProperty: "service", rootData }))) {
                    vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                    errors = vErrors.length;
                }
            }
            if (data1.product !== undefined) {
                if (!(validate38(data1.product, { instancePath: instancePath + "/match/product", parentData: data1, parentDataProperty: "product", rootData }))) {
                    vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
                    errors = vErrors.length;
                }
            }
            if (data1.target !== undefined) {
                let data9 = data1.target;
                if (typeof data9 === "string") {
                    if (func3(data9) < 1) {
                        const err10 = { instancePath: instancePath + "/match/target", schemaPath: "#/properties/match/properties/target/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.match.properties.target, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                }
                else {
                    const err11 = { instancePath: instancePath + "/match/target", schemaPath: "#/properties/match/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.match.properties.target.type, parentSchema: schema25.properties.match.properties.target, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
            if (data1.rule !== undefined) {
                let data10 = data1.rule;
                if (typeof data10 === "string") {
                    if (func3(data10) < 1) {
                        const err12 = { instancePath: instancePath + "/match/rule", schemaPath: "#/properties/match/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.match.properties.rule, data: data10 };
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
                    const err13 = { instancePath: instancePath + "/match/rule", schemaPath: "#/properties/match/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.match.properties.rule.type, parentSchema: schema25.properties.match.properties.rule, data: data10 };
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
            const err14 = { instancePath: instancePath + "/match", schemaPath: "#/properties/match/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.match.type, parentSchema: schema25.properties.match, data: data1 };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.reason !== undefined) {
        let data11 = data.reason;
        if (typeof data11 === "string") {
            if (func3(data11) > 500) {
                const err15 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema25.properties.reason, data: data11 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
            if (func3(data11) < 1) {
                const err16 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.reason, data: data11 };
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
            const err17 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.reason.type, parentSchema: schema25.properties.reason, data: data11 };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
    }
    if (data.approved_by !== undefined) {
        let data12 = data.approved_by;
        if (typeof data12 === "string") {
            if (func3(data12) > 200) {
                const err18 = { instancePath: instancePath + "/approved_by", schemaPath: "#/properties/approved_by/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema25.properties.approved_by, data: data12 };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
            if (func3(data12) < 1) {
                const err19 = { instancePath: instancePath + "/approved_by", schemaPath: "#/properties/approved_by/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.approved_by, data: data12 };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        else {
            const err20 = { instancePath: instancePath + "/approved_by", schemaPath: "#/properties/approved_by/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.approved_by.type, parentSchema: schema25.properties.approved_by, data: data12 };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
    }
    if (data.ticket !== undefined) {
        let data13 = data.ticket;
        if (typeof data13 === "string") {
            if (func3(data13) > 500) {
                const err21 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema25.properties.ticket, data: data13 };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
            if (func3(data13) < 1) {
                const err22 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.ticket, data: data13 };
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
            const err23 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.ticket.type, parentSchema: schema25.properties.ticket, data: data13 };
            if (vErrors === null) {
                vErrors = [err23];
            }
            else {
                vErrors.push(err23);
            }
            errors++;
        }
    }
    if (data.expires !== undefined) {
        let data14 = data.expires;
        if ((typeof data14 !== "string") && (!((typeof data14 == "number") && (isFinite(data14))))) {
            const err24 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/type", keyword: "type", params: { type: schema25.properties.expires.type }, message: "must be string,number", schema: schema25.properties.expires.type, parentSchema: schema25.properties.expires, data: data14 };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
        if (typeof data14 === "string") {
            if (func3(data14) > 40) {
                const err25 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters", schema: 40, parentSchema: schema25.properties.expires, data: data14 };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
            if (func3(data14) < 1) {
                const err26 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.expires, data: data14 };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
        }
    }
    if (data.waive !== undefined) {
        let data15 = data.waive;
        if (!(data15 === "violated")) {
            const err27 = { instancePath: instancePath + "/waive", schemaPath: "#/properties/waive/enum", keyword: "enum", params: { allowedValues: schema25.properties.waive.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.waive.enum, parentSchema: schema25.properties.waive, data: data15 };
            if (vErrors === null) {
                vErrors = [err27];
            }
            else {
                vErrors.push(err27);
            }
            errors++;
        }
    }
}
else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data };
    if (vErrors === null) {
        vErrors = [err28];
    }
    else {
        vErrors.push(err28);
    }
    errors++;
} validate84.errors = vErrors; return errors === 0; }
const pattern5 = new RegExp("^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://raw.githubusercontent.com/portcullis/portcullis/v1/schemas/policy.schema.json" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema6.required, parentSchema: schema6, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func2.call(schema6.properties, key0))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6, data };
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
            const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.$schema.type, parentSchema: schema6.properties.$schema, data: data0 };
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
            const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema6.properties.version, data: data1 };
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
            const err4 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: schema6.properties.extends.type }, message: "must be string,array", schema: schema6.properties.extends.type, parentSchema: schema6.properties.extends, data: data2 };
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
                const err5 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.properties.extends, data: data2 };
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
                const err6 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/maxItems", keyword: "maxItems", params: { limit: 16 }, message: "must NOT have more than 16 items", schema: 16, parentSchema: schema6.properties.extends, data: data2 };
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
                if (!(validate22(data2[i0], { instancePath: instancePath + "/extends/" + i0, parentData: data2, parentDataProperty: i0, rootData }))) {
                    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                    errors = vErrors.length;
                }
            }
        }
    }
    if (data.mode !== undefined) {
        let data4 = data.mode;
        if (!((data4 === "enforce") || (data4 === "warn"))) {
            const err7 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema6.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema6.properties.mode.enum, parentSchema: schema6.properties.mode, data: data4 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.default !== undefined) {
        if (!(validate24(data.default, { instancePath: instancePath + "/default", parentData: data, parentDataProperty: "default", rootData }))) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
        }
    }
    if (data["fail-on"] !== undefined) {
        let data6 = data["fail-on"];
        if (!((((((data6 === "any") || (data6 === "low")) || (data6 === "medium")) || (data6 === "high")) || (data6 === "critical")) || (data6 === "new"))) {
            const err8 = { instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/enum", keyword: "enum", params: { allowedValues: schema6.properties["fail-on"].enum }, message: "must be equal to one of the allowed values", schema: schema6.properties["fail-on"].enum, parentSchema: schema6.properties["fail-on"], data: data6 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.unverified !== undefined) {
        let data7 = data.unverified;
        if (!(((data7 === "warn") || (data7 === "fail")) || (data7 === "pass"))) {
            const err9 = { instancePath: instancePath + "/unverified", schemaPath: "#/properties/unverified/enum", keyword: "enum", params: { allowedValues: schema6.properties.unverified.enum }, message: "must be equal to one of the allowed values", schema: schema6.properties.unverified.enum, parentSchema: schema6.properties.unverified, data: data7 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.allow !== undefined) {
        let data8 = data.allow;
        if (Array.isArray(data8)) {
            if (data8.length > 10000) {
                const err10 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/maxItems", keyword: "maxItems", params: { limit: 10000 }, message: "must NOT have more than 10000 items", schema: 10000, parentSchema: schema6.properties.allow, data: data8 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
            const len1 = data8.length;
            for (let i1 = 0; i1 < len1; i1++) {
                if (!(validate28(data8[i1], { instancePath: instancePath + "/allow/" + i1, parentData: data8, parentDataProperty: i1, rootData }))) {
                    vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.allow.type, parentSchema: schema6.properties.allow, data: data8 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.deny !== undefined) {
        let data10 = data.deny;
        if (Array.isArray(data10)) {
            if (data10.length > 10000) {
                const err12 = { instancePath: instancePath + "/deny", schemaPath: "#/properties/deny/maxItems", keyword: "maxItems", params: { limit: 10000 }, message: "must NOT have more than 10000 items", schema: 10000, parentSchema: schema6.properties.deny, data: data10 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
            const len2 = data10.length;
            for (let i2 = 0; i2 < len2; i2++) {
                if (!(validate46(data10[i2], { instancePath: instancePath + "/deny/" + i2, parentData: data10, parentDataProperty: i2, rootData }))) {
                    vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err13 = { instancePath: instancePath + "/deny", schemaPath: "#/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.deny.type, parentSchema: schema6.properties.deny, data: data10 };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
    }
    if (data.requirements !== undefined) {
        let data12 = data.requirements;
        if (Array.isArray(data12)) {
            if (data12.length > 10000) {
                const err14 = { instancePath: instancePath + "/requirements", schemaPath: "#/properties/requirements/maxItems", keyword: "maxItems", params: { limit: 10000 }, message: "must NOT have more than 10000 items", schema: 10000, parentSchema: schema6.properties.requirements, data: data12 };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
            const len3 = data12.length;
            for (let i3 = 0; i3 < len3; i3++) {
                if (!(validate56(data12[i3], { instancePath: instancePath + "/requirements/" + i3, parentData: data12, parentDataProperty: i3, rootData }))) {
                    vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err15 = { instancePath: instancePath + "/requirements", schemaPath: "#/properties/requirements/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.requirements.type, parentSchema: schema6.properties.requirements, data: data12 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
    if (data.targets !== undefined) {
        let data14 = data.targets;
        if (Array.isArray(data14)) {
            if (data14.length > 1000) {
                const err16 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/maxItems", keyword: "maxItems", params: { limit: 1000 }, message: "must NOT have more than 1000 items", schema: 1000, parentSchema: schema6.properties.targets, data: data14 };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
            const len4 = data14.length;
            for (let i4 = 0; i4 < len4; i4++) {
                if (!(validate67(data14[i4], { instancePath: instancePath + "/targets/" + i4, parentData: data14, parentDataProperty: i4, rootData }))) {
                    vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err17 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.targets.type, parentSchema: schema6.properties.targets, data: data14 };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
    }
    if (data.remote_access !== undefined) {
        if (!(validate76(data.remote_access, { instancePath: instancePath + "/remote_access", parentData: data, parentDataProperty: "remote_access", rootData }))) {
            vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
            errors = vErrors.length;
        }
    }
    if (data.exceptions !== undefined) {
        let data17 = data.exceptions;
        if (Array.isArray(data17)) {
            if (data17.length > 10000) {
                const err18 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/maxItems", keyword: "maxItems", params: { limit: 10000 }, message: "must NOT have more than 10000 items", schema: 10000, parentSchema: schema6.properties.exceptions, data: data17 };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
            const len5 = data17.length;
            for (let i5 = 0; i5 < len5; i5++) {
                if (!(validate84(data17[i5], { instancePath: instancePath + "/exceptions/" + i5, parentData: data17, parentDataProperty: i5, rootData }))) {
                    vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err19 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.exceptions.type, parentSchema: schema6.properties.exceptions, data: data17 };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
    }
    if (data.approvers !== undefined) {
        let data19 = data.approvers;
        if (Array.isArray(data19)) {
            if (data19.length > 100) {
                const err20 = { instancePath: instancePath + "/approvers", schemaPath: "#/properties/approvers/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema6.properties.approvers, data: data19 };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            const len6 = data19.length;
            for (let i6 = 0; i6 < len6; i6++) {
                let data20 = data19[i6];
                if (typeof data20 === "string") {
                    if (!pattern5.test(data20)) {
                        const err21 = { instancePath: instancePath + "/approvers/" + i6, schemaPath: "#/properties/approvers/items/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$" }, message: "must match pattern \"" + "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$" + "\"", schema: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$", parentSchema: schema6.properties.approvers.items, data: data20 };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                }
                else {
                    const err22 = { instancePath: instancePath + "/approvers/" + i6, schemaPath: "#/properties/approvers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.approvers.items.type, parentSchema: schema6.properties.approvers.items, data: data20 };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
            }
            let i7 = data19.length;
            let j0;
            if (i7 > 1) {
                const indices0 = {};
                for (; i7--;) {
                    let item0 = data19[i7];
                    if (typeof item0 !== "string") {
                        continue;
                    }
                    if (typeof indices0[item0] == "number") {
                        j0 = indices0[item0];
                        const err23 = { instancePath: instancePath + "/approvers", schemaPath: "#/properties/approvers/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i7 + " are identical)", schema: true, parentSchema: schema6.properties.approvers, data: data19 };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                        break;
                    }
                    indices0[item0] = i7;
                }
            }
        }
        else {
            const err24 = { instancePath: instancePath + "/approvers", schemaPath: "#/properties/approvers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.approvers.type, parentSchema: schema6.properties.approvers, data: data19 };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
    }
    if (data.trust_pull_request_policy !== undefined) {
        let data21 = data.trust_pull_request_policy;
        if (typeof data21 !== "boolean") {
            const err25 = { instancePath: instancePath + "/trust_pull_request_policy", schemaPath: "#/properties/trust_pull_request_policy/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.trust_pull_request_policy.type, parentSchema: schema6.properties.trust_pull_request_policy, data: data21 };
            if (vErrors === null) {
                vErrors = [err25];
            }
            else {
                vErrors.push(err25);
            }
            errors++;
        }
    }
    if (data.max_exception_days !== undefined) {
        let data22 = data.max_exception_days;
        if (!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))) {
            const err26 = { instancePath: instancePath + "/max_exception_days", schemaPath: "#/properties/max_exception_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.max_exception_days.type, parentSchema: schema6.properties.max_exception_days, data: data22 };
            if (vErrors === null) {
                vErrors = [err26];
            }
            else {
                vErrors.push(err26);
            }
            errors++;
        }
        if ((typeof data22 == "number") && (isFinite(data22))) {
            if (data22 > 36500 || isNaN(data22)) {
                const err27 = { instancePath: instancePath + "/max_exception_days", schemaPath: "#/properties/max_exception_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 36500 }, message: "must be <= 36500", schema: 36500, parentSchema: schema6.properties.max_exception_days, data: data22 };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
            if (data22 < 1 || isNaN(data22)) {
                const err28 = { instancePath: instancePath + "/max_exception_days", schemaPath: "#/properties/max_exception_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema6.properties.max_exception_days, data: data22 };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
        }
    }
    if (data.allow_permanent_exceptions !== undefined) {
        let data23 = data.allow_permanent_exceptions;
        if (typeof data23 !== "boolean") {
            const err29 = { instancePath: instancePath + "/allow_permanent_exceptions", schemaPath: "#/properties/allow_permanent_exceptions/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.allow_permanent_exceptions.type, parentSchema: schema6.properties.allow_permanent_exceptions, data: data23 };
            if (vErrors === null) {
                vErrors = [err29];
            }
            else {
                vErrors.push(err29);
            }
            errors++;
        }
    }
}
else {
    const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.type, parentSchema: schema6, data };
    if (vErrors === null) {
        vErrors = [err30];
    }
    else {
        vErrors.push(err30);
    }
    errors++;
} validate21.errors = vErrors; return errors === 0; }

// EXTERNAL MODULE: ./src/policy/source.ts
var policy_source = __webpack_require__(6877);
// EXTERNAL MODULE: ./src/policy/suggest.ts
var suggest = __webpack_require__(5016);
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
/**
 * The validators generated at build time, by schema file name. The test-file schema's is
 * loaded by loadTestSchema(), when policy tests run: validate and scan never load it.
 */
const GENERATED = {
    [POLICY_SCHEMA]: schema_validator_namespaceObject,
};
/** Load the test-file schema's generated validator (without it, that schema is compiled at first use). */
async function loadTestSchema() {
    GENERATED[POLICY_TEST_SCHEMA] ??= (await __webpack_require__.e(/* import() */ 568).then(__webpack_require__.bind(__webpack_require__, 2568)));
}
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
/** Compile a schema now, with the options the generated validators were compiled with. */
function compileAtRunTime(schema) {
    // Loaded only here: a start that uses the generated validators never loads ajv's compiler.
    const { Ajv } = schema_require('ajv');
    const ajv = new Ajv({ ...GENERATED[POLICY_SCHEMA].ajvOptions });
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
        const fresh = generated !== undefined && text === generated.schemaText;
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
            const near = (0,suggest/* closest */.k)(extra, known, (k) => Math.max(1, Math.floor(k.length / 3)));
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
        const pos = (0,policy_source/* locate */.x5)(source, path, which);
        const key = `${pos.line}:${pos.column}:${(0,policy_source/* formatPath */.jV)(path)}:${message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push({ source: source.file, ...pos, path: (0,policy_source/* formatPath */.jV)(path) || undefined, message });
    }
    return { diagnostics: out, rejected };
}


/***/ }),

/***/ 6877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PJ: () => (/* binding */ parseSource),
/* harmony export */   gR: () => (/* binding */ Collector),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   mk: () => (/* binding */ MAX_POLICY_BYTES),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* unused harmony exports MAX_NESTING, MAX_ALIASES, estimateNesting, nodeAt */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

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
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
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
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, {
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
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(p) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === String(seg));
            if (!pair)
                return { node: node };
            key = pair.key;
            node = pair.value ?? pair.key;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof seg === 'number' && seg < node.items.length) {
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


/***/ }),

/***/ 5016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export levenshtein */
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


/***/ }),

/***/ 7766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ validatePolicies)
/* harmony export */ });
/* unused harmony export describePolicy */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _loader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4950);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5846);



/** One line about a policy that loaded: what it holds and how it gates. */
function describePolicy(policy) {
    const rules = policy.scopes.reduce((n, s) => n + s.allow.length + s.deny.length + s.requirements.length, 0);
    const targets = policy.scopes.filter((s) => s.kind === 'target').length;
    const parts = [
        (0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(rules, 'rule'),
        (0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(targets, 'target'),
        (0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(policy.exceptions.length, 'exception'),
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
            policy = await (0,_loader_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPolicy */ .t)(file, options.builtinDir ? { builtinDir: options.builtinDir } : {});
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1) {
                diagnostics.push(...err.diagnostics);
                results.push({ file, warnings: [] });
                continue;
            }
            throw err;
        }
        if (report) {
            // The engine loads only when there are findings to judge: plain validation never needs it.
            const { evaluate } = await Promise.all(/* import() */[__webpack_require__.e(420), __webpack_require__.e(668)]).then(__webpack_require__.bind(__webpack_require__, 8420));
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
                    message: `this exception matches none of the open ports in ${report.source} (${(0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(report.findings.length, 'open port')}); remove it if it is stale`,
                });
            }
        }
        const failed = diagnostics.some((d) => d.source === file);
        results.push({ file, warnings: policy.warnings, ...(failed ? {} : { ok: describePolicy(policy) }) });
    }
    return { files: results, diagnostics };
}


/***/ })

};
