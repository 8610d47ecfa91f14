import { CATALOGUE } from './index.js';
import type { ProtocolRecord } from './types.js';

/** Groups in the order the page lists them. */
const GROUP_ORDER = [
  'TLS (any service inside TLS; ServiceInfo.tls = true)',
  'HTTP / HTTPS',
  'SSH',
  'RDP',
  'VNC',
  'Telnet',
  'FTP',
  'SMTP / POP3 / IMAP',
  'Databases and caches',
  'File sharing and management',
  'VPN gateways and name service',
  'Reflections',
];

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function ports(record: ProtocolRecord): string {
  const parts: string[] = [];
  if (record.tcp) parts.push(`tcp ${record.tcp.ports.join(', ') || 'any'}`);
  if (record.udp) parts.push(`udp ${record.udp.ports.join(', ') || 'any'}`);
  return parts.join('; ');
}

/** docs/evidence.md, from the catalogue (scripts/evidence-doc.mjs writes it; a test keeps it current). */
export function renderEvidenceDoc(records: readonly ProtocolRecord[] = CATALOGUE): string {
  const out: string[] = [
    '<!-- Generated from src/catalogue by `npm run docs:evidence`; edit the records, not this file. -->',
    '',
    '# Evidence keys',
    '',
    'Every fact a probe measured is an evidence key on the finding (`Finding.evidence` in the JSON',
    'report). A key is present only when a probe measured it: absence means "unknown", never',
    '"false". Values marked *text* are what the service said: untrusted, escaped before display.',
    '',
    '## Protocols',
    '',
    'One record each in `src/catalogue/records/` (`docs/protocols.md` says how to add one). The',
    'probe name is what `--probes` takes; on a port that is no record\u2019s usual one, probes run in',
    'the order of their weight, highest first.',
    '',
    '| probe | service | usual ports | over TLS | weight (tcp / udp) | what it sends |',
    '|---|---|---|---|---|---|',
  ];
  for (const r of records) {
    const tls = r.tls ? `${r.tls.name} (${r.tls.ports.join(', ')})` : '';
    const weight = `${r.tcp?.weight ?? '\u2013'} / ${r.udp?.weight ?? '\u2013'}`;
    out.push(`| \`${r.name}\` | ${r.service} | ${ports(r)} | ${tls} | ${weight} | ${cell(r.description)} |`);
  }
  const groups = [...new Set([...GROUP_ORDER, ...records.map((r) => r.group)])];
  for (const group of groups) {
    const members = records.filter((r) => r.group === group && Object.keys(r.evidence).length > 0);
    if (members.length === 0) continue;
    out.push('', `## ${group}`, '', '| key | type | meaning |', '|---|---|---|');
    for (const r of members)
      for (const [key, doc] of Object.entries(r.evidence))
        out.push(`| \`${key}\` | ${doc.type}${doc.text ? ' (text)' : ''} | ${cell(doc.meaning)} |`);
  }
  out.push('');
  return out.join('\n');
}
