import { dirname as __portcullisDirname } from 'node:path';
import { fileURLToPath as __portcullisFileURLToPath } from 'node:url';
const __dirname = __portcullisDirname(__portcullisFileURLToPath(import.meta.url));
export const id = 325;
export const ids = [325];
export const modules = {

/***/ 9522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M0: () => (/* binding */ formatAddress),
/* harmony export */   gW: () => (/* binding */ cidrBounds),
/* harmony export */   or: () => (/* binding */ parseAddress),
/* harmony export */   sB: () => (/* binding */ embeddedIPv4),
/* harmony export */   s_: () => (/* binding */ addressSortKey),
/* harmony export */   z0: () => (/* binding */ parseAddressText)
/* harmony export */ });
/* unused harmony exports FAMILY_BITS, canonicalAddress, compareAddresses */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8280);
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ipaddr_js__WEBPACK_IMPORTED_MODULE_1__);


const FAMILY_BITS = { 4: 32, 6: 128 };
/** A strict parse: dotted-quad IPv4 (no octal, no short forms) or IPv6 without a zone. */
function parseAddress(text) {
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv4)(text)) {
        let value = 0n;
        for (const octet of text.split('.'))
            value = (value << 8n) | BigInt(Number(octet));
        return { family: 4, value };
    }
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6)(text) && !text.includes('%')) {
        const parts = ipaddr_js__WEBPACK_IMPORTED_MODULE_1___default().IPv6.parse(text).parts;
        let value = 0n;
        for (const part of parts)
            value = (value << 16n) | BigInt(part);
        return { family: 6, value };
    }
    return undefined;
}
function formatAddress(family, value) {
    if (family === 4) {
        const n = Number(value);
        return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
    }
    const parts = [];
    for (let i = 7; i >= 0; i--)
        parts.push(Number((value >> BigInt(i * 16)) & 0xffffn));
    return new (ipaddr_js__WEBPACK_IMPORTED_MODULE_1___default().IPv6)(parts).toRFC5952String();
}
/** The canonical spelling of an address (lower-case, RFC 5952 for IPv6), or the input if it is none. */
function canonicalAddress(text) {
    const parsed = parseAddress(text);
    return parsed ? formatAddress(parsed.family, parsed.value) : text;
}
/**
 * A sort key that orders addresses numerically, IPv4 before IPv6; strings
 * that are not addresses sort after both, by text.
 */
function addressSortKey(text) {
    const parsed = parseAddress(text);
    if (!parsed)
        return `9${text}`;
    return parsed.family === 4
        ? `4${parsed.value.toString(16).padStart(8, '0')}`
        : `6${parsed.value.toString(16).padStart(32, '0')}`;
}
function compareAddresses(a, b) {
    const ka = addressSortKey(a);
    const kb = addressSortKey(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
}
/** The first and last address of a CIDR block (host bits of the base are ignored, as nmap does). */
function cidrBounds(base, prefix) {
    const hostBits = BigInt(FAMILY_BITS[base.family] - prefix);
    const size = 1n << hostBits;
    const start = (base.value >> hostBits) << hostBits;
    return { start, end: start + size - 1n };
}
const GLOB = /[*?{}[\]]/;
const CIDR_EXAMPLES = '(such as 10.20.0.0/24 or fd00::/64)';
function parseAddressText(input) {
    let text = input.trim();
    if (text.startsWith('[') && text.endsWith(']'))
        text = text.slice(1, -1);
    else if (/^\[[^\]]*\]\/[^/]*$/.test(text))
        text = text.replace(/^\[([^\]]*)\]/, '$1'); // [fd00::]/64
    if (GLOB.test(text))
        return { kind: 'name' };
    const slash = text.indexOf('/');
    if (slash >= 0) {
        const baseText = text.slice(0, slash);
        const prefixText = text.slice(slash + 1);
        const base = parseAddress(baseText);
        if (!base) {
            const why = addressProblem(baseText);
            return {
                kind: 'invalid',
                problem: `is not a valid CIDR block: ${JSON.stringify(baseText)} ${why} ${CIDR_EXAMPLES}`,
            };
        }
        const bits = FAMILY_BITS[base.family];
        if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits)
            return {
                kind: 'invalid',
                problem: `is not a valid CIDR block: an IPv${base.family} prefix length is 0–${bits} ${CIDR_EXAMPLES}`,
            };
        return { kind: 'cidr', base, prefix: Number(prefixText) };
    }
    const address = parseAddress(text);
    if (address)
        return { kind: 'address', address };
    if (/^[\d.]+-[\d.]+$/.test(text))
        return {
            kind: 'invalid',
            problem: 'is an address range, which only the scan targets take; write a CIDR block (such as 10.0.0.0/28) or list the addresses',
        };
    const labels = text.replace(/\.$/, '').split('.');
    if (text.includes(':') || /^\d+$/.test(labels[labels.length - 1]))
        return { kind: 'invalid', problem: addressProblem(text) };
    return { kind: 'name' };
}
/** Why text meant as an address is not one, as the rest of a sentence that starts with the text. */
function addressProblem(text) {
    if (text.includes(':')) {
        if (text.includes('%'))
            return 'is not an IPv6 address Portcullis takes: zone indexes (%…) are not taken; write the address alone';
        return 'is not an IPv6 address (such as fd00::1 or 2001:db8::5)';
    }
    const parts = text.split('.');
    if (parts.some((p) => p !== '' && !/^\d+$/.test(p)))
        return 'is neither a hostname (no hostname ends in a number) nor an IPv4 address';
    for (const part of parts) {
        if (part.length > 1 && part.startsWith('0'))
            return `is not an IPv4 address: ${part} has a leading zero, which some tools read as octal; write it without`;
        if (Number(part) > 255)
            return `is not an IPv4 address: ${part} is more than 255`;
    }
    return `is not an IPv4 address: an IPv4 address is four numbers 0–255, such as 10.20.0.5`;
}
/**
 * The IPv4 addresses an IPv6 address stands for, by the encodings that carry one: IPv4-mapped
 * (::ffff:0:0/96), IPv4-translated (::ffff:0:0:0/96), IPv4-compatible (::/96, but not :: or
 * ::1), NAT64 (64:ff9b::/96, and 64:ff9b:1::/48 at every RFC 6052 prefix length it allows),
 * 6to4 (2002::/16) and Teredo (2001::/32, its client address obfuscated). A refusal of the
 * IPv4 address must hold for each of these spellings of it too.
 */
function embeddedIPv4(a) {
    if (a.family !== 6)
        return [];
    const v = a.value;
    const low32 = v & 0xffffffffn;
    const out = [];
    if (v >> 32n === 0xffffn)
        out.push(low32); // ::ffff:a.b.c.d
    if (v >> 32n === 0xffff0000n)
        out.push(low32); // ::ffff:0:a.b.c.d
    if (v >> 32n === 0n && v > 1n)
        out.push(low32); // ::a.b.c.d
    if (v >> 32n === 0x0064ff9b0000000000000000n)
        out.push(low32); // 64:ff9b::/96
    if (v >> 80n === 0x0064ff9b0001n) {
        // 64:ff9b:1::/48, local-use NAT64: the network's prefix may be /48 to /96 (RFC 6052 §2.2:
        // bits 64–71 zero, the suffix after the IPv4 address zero). Every placement the address
        // allows is tried, except that one decoding to 0.0.0.0/8 is taken for a wrong placement
        // (the /96 reading of a /48-placed address), not for an address to refuse.
        const bits = (from, count) => (v >> BigInt(128 - from - count)) & ((1n << BigInt(count)) - 1n);
        const placements = [
            [88, () => (bits(48, 16) << 16n) | bits(72, 16)], // /48
            [96, () => (bits(56, 8) << 24n) | bits(72, 24)], // /56
            [104, () => bits(72, 32)], // /64
        ];
        for (const [suffixFrom, v4] of placements) {
            if (bits(64, 8) !== 0n || bits(suffixFrom, 128 - suffixFrom) !== 0n)
                continue;
            const x = v4();
            if (x >> 24n !== 0n)
                out.push(x);
        }
        if (low32 >> 24n !== 0n)
            out.push(low32); // /96
    }
    if (v >> 112n === 0x2002n)
        out.push((v >> 80n) & 0xffffffffn); // 2002:AABB:CCDD::/48
    if (v >> 96n === 0x20010000n)
        out.push(low32 ^ 0xffffffffn); // Teredo client, obfuscated
    return [...new Set(out)];
}


/***/ }),

/***/ 5822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ parsePorts),
/* harmony export */   t: () => (/* binding */ parsePortTerm)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _services_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(439);
/* harmony import */ var _top_ports_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1772);



const MAX_PORT = 65535;
/**
 * Parses a port expression:
 *
 * - the terms a policy shares (parsePortTerm): numbers and ranges (`22,80,8000-8100`) and
 *   service names from the registry (`ssh`, `rdp`, `postgres`): without a protocol prefix,
 *   a name stands for its TCP ports, or its UDP ports when it has no TCP port;
 * - named sets: `top-100`, `top-1000` (any `top-N` up to 1000, from Nmap's frequency data),
 *   `all` (1–65535);
 * - protocol prefixes that apply to the tokens after them until the next prefix, as in nmap:
 *   `udp:53,161`, `tcp:22,udp:53`, `T:80,U:123`;
 * - exclusions with `!`: `all,!2024`, `top-1000,!udp:53`.
 *
 * Tokens without a prefix are TCP. A bad token throws a ConfigurationError that quotes it.
 */
function parsePorts(expression, options = {}) {
    const source = options.source ?? '--ports';
    const fail = (message) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1({ source, message });
    };
    const include = {
        tcp: new Uint8Array(MAX_PORT + 1),
        udp: new Uint8Array(MAX_PORT + 1),
    };
    const exclude = {
        tcp: new Uint8Array(MAX_PORT + 1),
        udp: new Uint8Array(MAX_PORT + 1),
    };
    const tokens = expression
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t.length > 0);
    if (tokens.length === 0)
        fail(`"${expression}" names no ports`);
    let current;
    for (const rawToken of tokens) {
        let token = rawToken;
        let negate = false;
        if (token.startsWith('!')) {
            negate = true;
            token = token.slice(1).trim();
        }
        const prefix = /^(tcp|udp|t|u)\s*:\s*/i.exec(token);
        let protocol = current;
        if (prefix) {
            protocol = prefix[1].toLowerCase().startsWith('u') ? 'udp' : 'tcp';
            token = token.slice(prefix[0].length);
            // A prefix on an exclusion applies to that token only; otherwise it carries on, as in nmap.
            if (!negate)
                current = protocol;
        }
        if (token === '')
            fail(`"${rawToken}" has a protocol but no ports`);
        const target = negate ? exclude : include;
        const mark = (proto, from, to) => {
            target[proto].fill(1, from, to + 1);
        };
        const proto = protocol ?? 'tcp';
        const lower = token.toLowerCase();
        if (lower === 'all' || lower === '*') {
            mark(proto, 1, MAX_PORT);
            continue;
        }
        const top = /^top-?(\d+)$/.exec(lower);
        if (top) {
            const n = Number(top[1]);
            const list = proto === 'udp' ? _top_ports_js__WEBPACK_IMPORTED_MODULE_2__/* .TOP_UDP_PORTS */ .d : _top_ports_js__WEBPACK_IMPORTED_MODULE_2__/* .TOP_TCP_PORTS */ .T;
            if (n < 1 || n > list.length)
                fail(`"${rawToken}": top-N takes N from 1 to ${list.length}`);
            for (const p of list.slice(0, n))
                target[proto][p] = 1;
            continue;
        }
        const term = parsePortTerm(token, {
            quote: rawToken,
            expected: 'a port, a range, a named set (top-100, top-1000, all) or a known service',
        });
        if ('error' in term)
            fail(term.error);
        const t = term;
        if (t.kind === 'range') {
            mark(proto, t.from, t.to);
            continue;
        }
        const protos = protocol ? [protocol] : t.tcp.length > 0 ? ['tcp'] : ['udp'];
        let any = false;
        for (const pr of protos) {
            for (const p of pr === 'tcp' ? t.tcp : t.udp) {
                target[pr][p] = 1;
                any = true;
            }
        }
        if (!any)
            fail(`"${rawToken}": the service ${t.service} has no registered ${protos.join('/')} port`);
    }
    const collect = (proto) => {
        const out = [];
        const inc = include[proto];
        const exc = exclude[proto];
        for (let p = 1; p <= MAX_PORT; p++)
            if (inc[p] && !exc[p])
                out.push(p);
        return out;
    };
    const tcp = collect('tcp');
    const udp = collect('udp');
    if (tcp.length + udp.length === 0)
        fail(`"${expression}" leaves no ports to probe`);
    return { expression, tcp, udp, count: tcp.length + udp.length };
}
/**
 * One term of a port expression: a port (`443`), an inclusive range (`8000-8100`) or a
 * service name (`ssh`, its registered ports). A range names both ends: `80-` and `-80` are
 * refused, with the full form to write instead, so that no surface reads them differently.
 * Returns an error sentence that quotes the term instead of throwing.
 */
function parsePortTerm(text, options = {}) {
    const token = text.trim();
    const quoted = JSON.stringify(options.quote ?? text);
    const expected = options.expected ?? 'a port (1–65535), a range such as 8000-8100 or a known service';
    const range = /^(\d*)\s*-\s*(\d*)$/.exec(token);
    if (range && (range[1] !== '' || range[2] !== '')) {
        if (range[1] === '' || range[2] === '') {
            const from = range[1] === '' ? 1 : Number(range[1]);
            const to = range[2] === '' ? MAX_PORT : Number(range[2]);
            const full = from >= 1 && to <= MAX_PORT && from <= to ? `: write ${from}-${to}` : '';
            return { error: `${quoted} is not a range${full || ': a range names both ends, such as 8000-8100'}` };
        }
        const from = portNumber(range[1], token, quoted);
        if (typeof from === 'string')
            return { error: from };
        const to = portNumber(range[2], token, quoted);
        if (typeof to === 'string')
            return { error: to };
        if (from > to)
            return { error: `${quoted} is a range whose start is after its end: write ${to}-${from}` };
        return { kind: 'range', from, to };
    }
    if (/^\d+$/.test(token)) {
        const p = portNumber(token, token, quoted);
        return typeof p === 'string' ? { error: p } : { kind: 'range', from: p, to: p };
    }
    if (/^[a-z][a-z0-9_.+-]*$/i.test(token)) {
        const service = (0,_services_js__WEBPACK_IMPORTED_MODULE_1__/* .lookupService */ .os)(token);
        if (!service)
            return { error: `${quoted} is not ${expected}` };
        return { kind: 'service', service: service.name, tcp: service.tcp ?? [], udp: service.udp ?? [] };
    }
    return { error: `${quoted} is not ${expected}` };
}
/** A port number, or the sentence saying why `text` (part of `token`) is none. */
function portNumber(text, token, quoted) {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1 || n > MAX_PORT || text.length > 5) {
        return `"${text}" is not a port (1–65535)${token === text ? '' : ` in ${quoted}`}`;
    }
    return n;
}


/***/ }),

/***/ 1772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ TOP_TCP_PORTS),
/* harmony export */   d: () => (/* binding */ TOP_UDP_PORTS)
/* harmony export */ });
/**
 * The most frequently open ports, most frequent first, as measured by the
 * Nmap project and published in its `nmap-services` file (the "open-frequency"
 * column; Nmap 7.93 as shipped by Debian bookworm, /usr/share/nmap/nmap-services).
 * Ties are broken by port number. The first 100 and 1000 of each list are the
 * same sets that `nmap --top-ports 100|1000` scans (checked against nmap 7.93).
 * Only the port numbers are kept: they are facts about the internet, not code.
 */
const TCP_BY_FREQUENCY = '80,23,443,21,22,25,3389,110,445,139,143,53,135,3306,8080,1723,111,995,993,5900,1025,587,8888,199,' +
    '1720,465,548,113,81,6001,10000,514,5060,179,1026,2000,8443,8000,32768,554,26,1433,49152,2001,515,' +
    '8008,49154,1027,5666,646,5000,5631,631,49153,8081,2049,88,79,5800,106,2121,1110,49155,6000,513,990,' +
    '5357,427,49156,543,544,5101,144,7,389,8009,3128,444,9999,5009,7070,5190,3000,5432,1900,3986,13,1029,' +
    '9,5051,6646,49157,1028,873,1755,2717,4899,9100,119,37,1000,3001,5001,82,10010,1030,9090,2107,1024,' +
    '2103,6004,1801,5050,19,8031,1041,255,1048,1049,1053,1054,1056,1064,1065,2967,3703,17,808,3689,1031,' +
    '1044,1071,5901,100,9102,1039,2869,4001,5120,8010,9000,2105,636,1038,2601,1,7000,1066,1069,625,311,' +
    '280,254,4000,1761,5003,2002,1998,2005,1032,1050,6112,3690,1521,2161,1080,6002,2401,902,4045,787,' +
    '7937,1058,2383,32771,1033,1040,1059,50000,5555,10001,1494,3,593,2301,3268,7938,1022,1234,1035,1036,' +
    '1037,1074,8002,9001,464,497,1935,2003,6666,6543,24,1352,3269,1111,407,500,20,2006,1034,1218,3260,' +
    '15000,4444,264,33,2004,1042,42510,999,3052,1023,222,1068,888,7100,563,1717,992,2008,32770,7001,' +
    '32772,2007,8082,5550,512,1043,2009,5801,1700,2701,7019,50001,4662,2065,42,2010,161,2602,3333,9535,' +
    '5100,2604,4002,5002,1047,1051,1052,1055,1060,1062,1311,2702,3283,4443,5225,5226,6059,6789,8089,8192,' +
    '8193,8194,8651,8652,8701,9415,9593,9594,9595,16992,16993,20828,23502,32769,33354,35500,52869,55555,' +
    '55600,64623,64680,65000,65389,1067,13782,366,5902,9050,85,1002,5500,1863,1864,5431,8085,10243,45100,' +
    '49999,51103,49,90,6667,1503,6881,27000,340,1500,8021,2222,5566,8088,8899,9071,1501,5102,6005,9101,' +
    '9876,32773,32774,163,5679,146,648,1666,901,83,3476,5004,5214,8001,8083,8084,9207,14238,30,912,12345,' +
    '2030,2605,6,541,4,1248,3005,8007,306,880,2500,1086,1088,1097,2525,4242,8291,9009,52822,900,6101,' +
    '2809,7200,211,800,987,1083,12000,32775,705,711,20005,6969,13783,1045,1046,1057,1061,1063,1070,1072,' +
    '1073,1075,1077,1078,1079,1081,1082,1085,1093,1094,1096,1098,1099,1100,1104,1106,1107,1108,1148,1169,' +
    '1272,1310,1687,1718,1783,1840,1947,2100,2119,2135,2144,2160,2190,2260,2381,2399,2492,2607,2718,2811,' +
    '2875,3017,3031,3071,3211,3300,3301,3323,3325,3351,3367,3404,3551,3580,3659,3766,3784,3801,3827,3998,' +
    '4003,4126,4129,4449,5030,5222,5269,5414,5633,5718,5810,5825,5877,5910,5911,5925,5959,5960,5961,5962,' +
    '5987,5988,5989,6123,6129,6156,6389,6580,6788,6901,7106,7625,7627,7741,7777,7778,7911,8086,8087,8181,' +
    '8222,8333,8400,8402,8600,8649,8873,8994,9002,9010,9011,9080,9220,9290,9485,9500,9502,9503,9618,9900,' +
    '9968,10002,10012,10024,10025,10566,10616,10617,10621,10626,10628,10629,11110,11967,13456,14000,' +
    '14442,15002,15003,15660,16001,16016,16018,17988,19101,19801,19842,20000,20031,20221,20222,21571,' +
    '22939,24800,25734,27715,28201,30000,30718,31038,32781,32782,33899,34571,34572,34573,40193,48080,' +
    '49158,49159,49160,50003,50006,50800,57294,58080,60020,63331,65129,89,691,212,1001,1999,2020,32776,' +
    '2998,6003,7002,50002,32,898,2033,3372,5510,99,425,749,5903,43,458,5405,6106,6502,7007,13722,1087,' +
    '1089,1124,1152,1183,1186,1247,1296,1334,1580,1782,2126,2179,2191,2251,2522,3011,3030,3077,3261,3369,' +
    '3370,3371,3493,3546,3737,3828,3851,3871,3880,3918,3995,4006,4111,4446,5054,5200,5280,5298,5822,5859,' +
    '5904,5915,5922,5963,7103,7402,7435,7443,7512,8011,8090,8100,8180,8254,8500,8654,9091,9110,9666,9877,' +
    '9943,9944,9998,10004,10778,15742,16012,18988,19283,19315,19780,24444,27352,27353,27355,32784,49163,' +
    '49165,49175,50389,50636,51493,55055,56738,61532,61900,62078,1021,9040,32777,32779,616,666,700,2021,' +
    '32778,84,545,1112,1524,2040,4321,5802,38292,49400,1084,1600,2048,2111,3006,32780,2638,6547,6699,' +
    '9111,16080,555,667,720,801,1443,1533,2034,2106,5560,6007,1090,1091,1114,1117,1119,1122,1131,1138,' +
    '1151,1175,1199,1201,1271,1862,2323,2393,2394,2608,2725,2909,3003,3168,3221,3322,3324,3390,3517,3527,' +
    '3800,3809,3814,3826,3869,3878,3889,3905,3914,3920,3945,3971,4004,4005,4279,4445,4550,4567,4848,4900,' +
    '5033,5061,5080,5087,5221,5440,5544,5678,5730,5811,5815,5850,5862,5906,5907,5950,5952,6025,6100,6510,' +
    '6565,6566,6567,6689,6692,6779,6792,6839,7025,7496,7676,7800,7920,7921,7999,8022,8042,8045,8093,8099,' +
    '8200,8290,8292,8300,8383,8800,9003,9081,9099,9200,9418,9575,9878,9898,9917,10003,10009,10180,10215,' +
    '11111,12174,12265,14441,15004,16000,16113,17877,18040,18101,19350,25735,26214,27356,30951,32783,' +
    '32785,40911,41511,44176,44501,49161,49167,49176,50300,50500,52673,52848,54045,54328,55056,56737,' +
    '57797,60443,70,417,617,714,722,777,981,1009,2022,4224,4998,6346,301,524,668,765,1076,2041,5999,' +
    '10082,259,416,1007,1417,1434,1984,2038,2068,4343,6009,7004,44443,109,687,726,911,1010,1461,2035,' +
    '2046,4125,6006,7201,9103,125,481,683,903,1011,1455,2013,2043,2047,6668,6669,256,406,783,843,2042,' +
    '2045,5998,9929,31337,44442,1092,1095,1102,1105,1113,1121,1123,1126,1130,1132,1137,1141,1145,1147,' +
    '1149,1154,1163,1164,1165,1166,1174,1185,1187,1192,1198,1213,1216,1217,1233,1236,1244,1259,1277,1287,' +
    '1300,1301,1309,1322,1328,1556,1583,1594,1641,1658,1688,1719,1721,1805,1812,1839,1875,1914,1971,1972,' +
    '1974,2099,2170,2196,2200,2288,2366,2382,2557,2710,2800,2910,2920,2968,3007,3013,';
const UDP_BY_FREQUENCY = '631,161,137,123,138,1434,445,135,67,53,139,500,68,520,1900,4500,514,49152,162,69,5353,111,49154,' +
    '1701,998,996,997,999,3283,49153,1812,136,2222,2049,32768,5060,1025,1433,3456,80,20031,1026,7,1646,' +
    '1645,593,518,2048,626,1027,177,1719,427,497,4444,1023,65024,19,9,49193,1029,49,88,1028,17185,1718,' +
    '49186,2000,31337,49192,49201,515,2223,443,49181,1813,120,158,49200,3703,32815,17,5000,32771,33281,' +
    '1030,623,1022,32769,5632,10000,49156,49182,49191,49194,9200,30718,49185,49188,49190,49211,5001,5355,' +
    '32770,34555,34861,37444,1032,3130,4045,1031,49158,49196,37,2967,4000,989,3659,4672,34862,23,49162,' +
    '49187,49189,49195,2148,41524,10080,32772,407,42,33354,1034,49180,49199,1001,3389,6346,21,13,517,' +
    '1068,990,1041,1045,1782,6001,19283,49171,49179,49184,49202,49205,49208,49209,49210,9876,39213,800,' +
    '389,464,1036,1038,1039,1419,192,199,44968,1008,49159,49166,1024,1033,19682,22986,22,2002,664,1021,' +
    '11487,49163,49165,49168,49172,58002,1043,683,1019,1044,1049,1885,3052,5093,5351,6000,7938,5500,' +
    '16680,27892,32773,35777,41058,113,49160,49169,49174,52225,685,686,1047,1056,1886,6004,8193,38293,' +
    '782,786,38037,32774,780,1080,32775,682,983,1014,1054,1066,2051,6970,6971,9950,781,5050,16832,16947,' +
    '18449,19120,19503,19616,20019,20126,20389,21383,22846,22996,25375,27195,28547,29823,30303,30365,' +
    '31073,31681,31891,33355,42172,32779,49167,49175,49198,49204,49212,49213,49215,52503,53571,5002,' +
    '27015,5003,7000,513,1485,684,1037,1048,1065,1090,1761,9103,32777,539,434,767,54321,3401,112,512,' +
    '1000,6347,363,32818,32931,33744,34125,34892,35438,36206,39888,40116,40441,40708,40732,40915,41081,' +
    '41370,42508,45441,47624,38,776,32776,49157,49161,49170,49173,49176,49197,49207,49503,50612,51717,' +
    '54281,56141,58631,58640,61370,62287,63555,64513,217,775,1012,643,687,688,829,902,959,1035,1040,1042,' +
    '1064,1069,1901,2160,3702,8001,8181,9020,9199,16402,16430,16918,17091,17455,17459,17573,17615,17616,' +
    '17888,17939,17989,18004,18234,18331,18360,18582,18835,18980,19017,19039,19130,19165,19197,19294,' +
    '19322,19332,19489,19600,19687,19933,20004,20359,21131,21212,21261,21298,21354,21621,21803,21902,' +
    '22055,22341,22692,22695,22739,22799,22914,23040,23176,23354,23531,23557,23608,23679,23781,23965,' +
    '23980,24007,24279,24511,24594,24606,24644,24854,24910,25003,25157,25240,25280,25337,25462,25541,' +
    '25546,25709,25931,26407,26415,26720,26872,26966,27473,27482,27707,27899,28122,28369,28465,28493,' +
    '28543,28641,28840,28973,29078,29243,29256,29810,29977,30263,30544,30656,30697,30704,30975,31059,' +
    '31109,31189,31195,31365,31625,31731,32345,32385,32528,1346,20,2,32780,772,1214,1993,402,773,31335,' +
    '774,814,838,903,965,1007,1046,1050,1053,1055,1057,1060,1081,1100,1105,1124,1234,1804,2343,3664,6002,' +
    '6050,8000,8010,9000,9001,9877,1059,1524,5555,5010,32778,27444,32798,33030,33249,33459,33717,33866,' +
    '33872,34038,34079,34358,34422,34433,34570,34577,34578,34579,34580,34758,34796,34855,35702,35794,' +
    '36108,36384,36458,36489,36669,36778,36893,36945,37144,37212,37393,37602,37761,37783,37813,37843,' +
    '38063,38412,38498,38615,39217,39632,39683,39714,39723,40019,40539,40622,40711,40724,40805,40847,' +
    '40866,41308,41446,41638,41702,41774,41896,41967,41971,42056,42313,42431,42434,42557,42577,42627,' +
    '42639,43094,43195,43370,43514,43686,43824,43967,44101,44160,44179,44185,44190,44253,44334,44508,' +
    '44923,44946,45247,45380,45685,45722,45818,45928,46093,46532,46836,47765,47772,47808,47915,47981,' +
    '48078,48189,48255,48455,48489,48761,1484,3,1067,49155,49177,49178,49214,49216,49220,49222,49226,' +
    '49259,49262,49306,49350,49360,49393,49396,49640,49968,50099,50164,50497,50708,50919,51255,51456,' +
    '51554,51586,51690,51905,51972,52144,53006,53037,53589,53838,54094,54114,54711,54807,54925,55043,' +
    '55544,55587,57172,57409,57410,57813,57843,57958,57977,58075,58178,58419,58797,59193,59207,59765,' +
    '59846,60172,60381,60423,61024,61142,61319,61322,61412,61481,61550,61685,61961,62154,62575,62677,' +
    '62699,62958,63420,64080,64481,64590,64727,1058,4666,559,3457,1455,4008,207,764,1457,639,657,689,789,' +
    '826,944,1013,1020,1051,1070,1072,1087,1088,1101,1200,2161,2345,2362,3296,3343,8900,9370,16086,502,' +
    '16420,16433,16449,16498,16503,16545,16548,16573,16674,16697,16700,16708,16711,16739,16766,16779,' +
    '16786,16816,16829,16838,16839,16862,16896,16912,16919,16938,16939,16948,16970,16972,16974,17006,' +
    '17018,17077,17101,17146,17184,17205,17207,17219,17236,17237,17282,17302,17321,17331,17332,17338,' +
    '17359,17417,17423,17424,17468,17487,17490,17494,17505,17533,17549,17580,17585,17592,17605,17629,' +
    '17638,17663,17673,17674,17683,17726,17754,17762,17787,17814,17823,17824,17836,17845,17946,18081,' +
    '18113,18134,18156,18228,18250,18255,18258,18319,18373,18485,18543,18605,18617,18666,18669,18676,' +
    '18683,18807,18818,18821,18830,18832,18869,18883,18888,18958,18985,18987,18991,18994,18996,19022,' +
    '19047,19075,19096,19140,19141,19154,19161,19181,19193,19222,19227,19273,19315,19374,19415,19482,' +
    '19500,19504,19541,19605,19624,19625,19632,19639,19647,19650,19660,19662,19663,19683,19695,19707,' +
    '19717,19718,19719,19722,19728,19789,19792,19935,19936,19956,19995,19998,20003,20082,20117,20120,' +
    '20129,20146,20154,20164,20206,20217,20249,20262,20279,20288,20309,20313,20326,20360,20366,20380,' +
    '20409,20411,20423,20424,20425,20445,20449,20464,20465,20518,20522,20525,20540,20560,20665,20678,' +
    '20679,20710,20717,20742,20752,20762,20791,20817,20842,20848,20851,20865,20872,20876,20884,20919,' +
    '21000,21016,21060,21083,21104,21111,21167,21186,21206,21207,21247,21282,21303,21318,21320,21333,' +
    '21344,21358,21360,21364,21366,21405,21454,21468,21476,21514,21524,21525,21556,21566,21568,21576,' +
    '21609,21625,21644,21649,21655,21663,21674,21698,21702,21710,21742,21780,21784,21800,21834,21842,' +
    '21847,21868,21898,21923,21948,21967,22029,22043,22045,22053,22105,22109,22123,22124,';
function decode(list) {
    return Object.freeze(list.split(',').filter(Boolean).map(Number));
}
const TOP_TCP_PORTS = decode(TCP_BY_FREQUENCY);
const TOP_UDP_PORTS = decode(UDP_BY_FREQUENCY);


/***/ })

};
