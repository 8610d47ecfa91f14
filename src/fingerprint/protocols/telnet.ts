import type { Identification, TcpModule } from '../types.js';
import { clean } from '../text.js';

const IAC = 0xff;

/** Pure: telnet option negotiation (IAC WILL/WONT/DO/DONT) at the start, or a bare login prompt. */
export function parseTelnet(data: Buffer): Identification | undefined {
  if (data.length >= 3 && data[0] === IAC && data[1] >= 0xfb && data[1] <= 0xfe) {
    // Text the server sent between negotiations, such as a login banner.
    const text: number[] = [];
    for (let i = 0; i < data.length && text.length < 256; i++) {
      if (data[i] === IAC) {
        const verb = data[i + 1];
        if (verb === 0xfa) {
          const se = data.indexOf(Buffer.from([IAC, 0xf0]), i + 2);
          i = se < 0 ? data.length : se + 1;
        } else i += verb !== undefined && verb >= 0xfb && verb <= 0xfe ? 2 : 1;
      } else text.push(data[i]);
    }
    const banner = clean(
      Buffer.from(text)
        .toString('latin1')
        .split(/\r?\n/)
        .find((l) => l.trim()) ?? '',
    );
    return {
      service: 'telnet',
      ...(banner ? { banner } : {}),
      evidence: { 'telnet.open': true },
      confident: true,
    };
  }
  const text = data.subarray(0, 1024).toString('latin1');
  if (/^[\s\S]{0,512}\b(login|username):\s*$/i.test(text) && !/^(SSH-|220|\+OK|\* OK|RFB )/.test(text)) {
    return {
      service: 'telnet',
      banner: clean(text.split(/\r?\n/)[0] ?? ''),
      evidence: { 'telnet.open': true },
      confident: false,
    };
  }
  return undefined;
}

export const telnetModule: TcpModule = {
  name: 'telnet',
  services: ['telnet'],
  bannerFirst: true,
  parse: parseTelnet,
};
