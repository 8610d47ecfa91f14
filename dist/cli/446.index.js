import { dirname as __portcullisDirname } from 'node:path';
import { fileURLToPath as __portcullisFileURLToPath } from 'node:url';
const __dirname = __portcullisDirname(__portcullisFileURLToPath(import.meta.url));
export const id = 446;
export const ids = [446];
export const modules = {

/***/ 8446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cachedRemote: () => (/* binding */ cachedRemote),
/* harmony export */   defaultCacheDir: () => (/* binding */ defaultCacheDir),
/* harmony export */   defaultRemote: () => (/* binding */ defaultRemote),
/* harmony export */   httpFetchers: () => (/* binding */ httpFetchers),
/* harmony export */   parseGitHubRef: () => (/* reexport safe */ _pinned_js__WEBPACK_IMPORTED_MODULE_7__.G),
/* harmony export */   pinnedLabel: () => (/* reexport safe */ _pinned_js__WEBPACK_IMPORTED_MODULE_7__.p),
/* harmony export */   sha256Hex: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6877);
/* harmony import */ var _pinned_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6514);








/**
 * Policies a pull request cannot change, named in `extends` by content:
 * `github:OWNER/REPO/PATH@SHA` (a file of a repository at one commit, read
 * through the GitHub contents API) or `{ url, sha256 }` (an https:// file and
 * the checksum of its bytes). Both are immutable, so they are cached on disk
 * under their key and checked again whenever they are read from the cache;
 * with no network, a cached copy is used and a missing one is an error that
 * says how to get it.
 */

function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** $XDG_CACHE_HOME/portcullis/extends, else ~/.cache/portcullis/extends. */
function defaultCacheDir(env = process.env) {
    const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : undefined;
    return (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(base ?? (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_4__.homedir)(), '.cache'), 'portcullis', 'extends');
}
function cacheKey(p) {
    // A URL's file is known by its checksum alone: the same bytes from another address are the same policy.
    return p.kind === 'github' ? (0,_pinned_js__WEBPACK_IMPORTED_MODULE_7__/* .pinnedLabel */ .p)(p) : `sha256:${p.sha256.toLowerCase()}`;
}
function decode(bytes, p) {
    if (bytes.length > _source_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_POLICY_BYTES */ .mk)
        throw new Error(`${(0,_pinned_js__WEBPACK_IMPORTED_MODULE_7__/* .pinnedLabel */ .p)(p)} is larger than ${_source_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_POLICY_BYTES */ .mk / 1024} KiB; a port policy is a few KiB`);
    return bytes.toString('utf8');
}
/**
 * Pinned policies through a cache on disk. Every read from the cache is
 * checked (the record's key, and the checksum of its text); a URL's bytes are
 * checked against the sha256 the policy gives, whether fetched or cached.
 */
function cachedRemote(fetchers, options = {}) {
    const dir = options.cacheDir ?? defaultCacheDir();
    const fileOf = (key) => (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(dir, `${sha256Hex(key)}.json`);
    async function fromCache(p) {
        const key = cacheKey(p);
        let record;
        try {
            record = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(fileOf(key), 'utf8'));
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
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
            const tmp = `${fileOf(key)}.${process.pid}.tmp`;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, JSON.stringify(record));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, fileOf(key));
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
                throw new Error(`cannot fetch ${(0,_pinned_js__WEBPACK_IMPORTED_MODULE_7__/* .pinnedLabel */ .p)(p)} (${why}), and it is not in the cache (${dir}): run once with network access${p.kind === 'github' ? ' and, for a private repository, a token that may read it' : ''}`);
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
        const request = parsed.protocol === 'http:' ? node_http__WEBPACK_IMPORTED_MODULE_2__.request : node_https__WEBPACK_IMPORTED_MODULE_3__.request;
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
                if (size > _source_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_POLICY_BYTES */ .mk + 1) {
                    req.destroy(new Error(`larger than ${_source_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_POLICY_BYTES */ .mk / 1024} KiB`));
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


/***/ })

};
