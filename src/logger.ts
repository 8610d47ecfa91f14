import type { Logger } from './model.js';
import { sanitizeForTerminal } from './untrusted.js';

/** A Logger on stderr, so stdout stays the report. */
export function consoleLogger(options: { verbose?: boolean } = {}): Logger {
  let depth = 0;
  const write = (prefix: string, message: string) => {
    const pad = '  '.repeat(depth);
    for (const line of sanitizeForTerminal(message).split('\n'))
      process.stderr.write(`${pad}${prefix}${line}\n`);
  };
  return {
    debug: (m) => {
      if (options.verbose) write('debug: ', m);
    },
    info: (m) => write('', m),
    warn: (m) => write('warning: ', m),
    error: (m) => write('error: ', m),
    async group(name, fn) {
      write('', `▸ ${name}`);
      depth++;
      try {
        return await fn();
      } finally {
        depth--;
      }
    },
  };
}
