import { readdirSync, readFileSync } from 'node:fs';

/** The soft limit on open files for this process, when the platform tells (Linux does). */
export function fileDescriptorLimit(): number | undefined {
  try {
    const text = readFileSync('/proc/self/limits', 'utf8');
    const m = /^Max open files\s+(\d+|unlimited)/m.exec(text);
    if (!m) return undefined;
    return m[1] === 'unlimited' ? Number.MAX_SAFE_INTEGER : Number(m[1]);
  } catch {
    return undefined;
  }
}

/** How many descriptors are open now (Linux), or undefined. */
export function openDescriptors(): number | undefined {
  try {
    return readdirSync('/proc/self/fd').length;
  } catch {
    return undefined;
  }
}

/**
 * How many sockets the prober may hold open at once without running the process out of
 * descriptors: three quarters of what is left under the soft limit, less a reserve for
 * the rest of the program (log files, DNS, the fingerprinter that runs next). Where the
 * limit cannot be read, 1024 (the usual default) is assumed.
 */
export function socketBudget(): number {
  const limit = fileDescriptorLimit() ?? 1024;
  const used = openDescriptors() ?? 64;
  const reserve = 32;
  return Math.max(4, Math.floor((limit - used - reserve) * 0.75));
}

/** errno codes that mean the prober itself ran short (descriptors, ports, buffers), not the target. */
export const LOCAL_ERRORS: ReadonlySet<string> = new Set([
  'EMFILE',
  'ENFILE',
  'EADDRNOTAVAIL',
  'EADDRINUSE',
  'ENOBUFS',
  'ENOMEM',
  'EAGAIN',
  'EWOULDBLOCK',
  'EINTR',
]);
