import type { TcpHooks } from '../types.js';
import type { Identification } from '../types.js';
import { clean, firstLine } from '../text.js';

/** Cap on the module names kept from a listing. */
const MAX_MODULES = 32;

/**
 * Pure: an rsync daemon's answer to `#list` (rsync's clientserver.c): one "name<TAB>comment" line
 * per listable module, then "@RSYNCD: EXIT". Undefined when the listing did not end so.
 */
export function parseRsyncList(data: Buffer): string[] | undefined {
  const all = data
    .subarray(0, 16 * 1024)
    .toString('latin1')
    .split(/\r?\n/)
    .slice(0, 256);
  const exit = all.findIndex((l) => l.startsWith('@RSYNCD: EXIT'));
  if (exit < 0) return undefined;
  return all
    .slice(0, exit)
    .filter((l) => l && !l.startsWith('@RSYNCD:'))
    .slice(0, MAX_MODULES)
    .map((l) => clean(l.split('\t')[0].trim(), 64));
}

/** Pure: the daemon's greeting, `@RSYNCD: <protocol>[.<sub>] [digests]`. */
export function parseRsync(data: Buffer): Identification | undefined {
  const line = firstLine(data);
  const m = line ? /^@RSYNCD: (\d{1,3}(?:\.\d{1,3})?)\b/.exec(line) : null;
  if (!m) return undefined;
  return {
    service: 'rsync',
    product: 'rsync',
    banner: line,
    evidence: { 'rsync.protocol': m[1] },
    confident: true,
  };
}

/** After the `@RSYNCD:` greeting: our version line, then `#list` (what `rsync host::` sends). */
export const rsyncHooks: TcpHooks = {
  parse: parseRsync,
  async interrogate(id, session) {
    if (!session.allowed('rsync')) return;
    const { conversation: conv, greeted } = await session.reuse();
    try {
      const ms = () => Math.min(3000, session.remaining());
      if (!greeted) await conv.read((b) => b.includes(0x0a), ms());
      conv.write('@RSYNCD: 30.0\n#list\n');
      const reply = await conv.read((b) => /@RSYNCD: EXIT/.test(b.toString('latin1')), ms());
      const modules = parseRsyncList(reply);
      if (!modules) return;
      id.evidence['rsync.modules_listed'] = modules.length > 0;
      id.evidence['rsync.modules'] = modules;
    } finally {
      conv.close();
    }
  },
};
