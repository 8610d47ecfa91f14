import type { Client } from 'ssh2';
import type { Identification, Session, TcpModule } from '../types.js';
import { clean } from '../text.js';
import { whenAborted } from '../io.js';

/** Pure: the SSH identification string (RFC 4253 §4.2), which may follow other lines. */
export function parseSshBanner(data: Buffer): Identification | undefined {
  const text = data.subarray(0, 8192).toString('latin1');
  const start = text.startsWith('SSH-') ? 0 : text.indexOf('\nSSH-') + 1;
  if (start < 0 || (start === 0 && !text.startsWith('SSH-'))) return undefined;
  const end = text.indexOf('\n', start);
  const line = clean(end < 0 ? text.slice(start) : text.slice(start, end));
  const m = /^SSH-(\d+\.\d+)-(\S+)(?: (.*))?$/.exec(line);
  if (!m) return undefined;
  const [, protocol, software, comments] = m;
  const id: Identification = {
    service: 'ssh',
    banner: line,
    evidence: { 'ssh.protocol': protocol, 'ssh.software': software },
    // Without its line end the banner may be cut: still SSH, but wait for the rest.
    confident: end >= 0,
  };
  const product =
    /^(OpenSSH|dropbear|libssh|Cisco|ROSSSH|RomSShell|AsyncSSH|paramiko|Go|SSHD|mod_sftp|WeOnlyDo|Sun_SSH)[_-]?(.*)$/i.exec(
      software,
    );
  if (product) {
    id.product = product[1] === 'dropbear' ? 'Dropbear' : product[1];
    if (product[2]) id.version = product[2];
  } else {
    // Most software strings are NAME_VERSION or NAME-VERSION.
    const generic = /^([A-Za-z][\w.]*?)[_-]v?(\d[\w.+-]*)$/.exec(software);
    id.product = generic ? generic[1] : software;
    if (generic) id.version = generic[2];
  }
  if (comments && id.product === 'OpenSSH') id.version = `${id.version ?? ''} ${comments}`.trim();
  return id;
}

/**
 * ssh2 (and its crypto) is loaded when an SSH server is first interrogated, not at every start.
 * A bundler puts it in a chunk of its own; scripts/bundle.mjs defines in every chunk the
 * `__dirname` that ssh2's poly1305 reads.
 */
let clientClass: Promise<typeof Client> | undefined;
function loadClient(): Promise<typeof Client> {
  clientClass ??= import('ssh2').then((m) => m.default.Client);
  return clientClass;
}

interface AuthOutcome {
  methods?: string[];
  noneAccepted: boolean;
  accepted?: boolean;
  partial?: boolean;
  secondFactor?: string[];
}

type AuthAttempt =
  | { type: 'none'; username: string }
  | { type: 'password'; username: string; password: string }
  | { type: 'publickey'; username: string; key: string; passphrase?: string };

/**
 * Learn the authentication methods through the "none" request, and with test
 * credentials whether the first factor gets partial success. Credential values
 * go to the server and nowhere else.
 */
async function authProbe(
  session: Session,
  username: string,
  attempts: AuthAttempt[],
  ms: number,
): Promise<AuthOutcome> {
  const started = Date.now();
  const SshClient = await loadClient();
  const left = ms - (Date.now() - started);
  return new Promise((resolve) => {
    const outcome: AuthOutcome = { noneAccepted: false };
    const client = new SshClient();
    let settled = false;
    let lastType: string | undefined;
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      forget();
      client.removeAllListeners();
      client.on('error', () => undefined);
      client.end();
      resolve(outcome);
    };
    const timer = setTimeout(finish, Math.max(1, left));
    const forget = whenAborted(session.signal, finish);
    const queue = [...attempts];
    client.on('ready', () => {
      if (lastType === 'none') outcome.noneAccepted = true;
      else outcome.accepted = true;
      finish();
    });
    client.on('error', finish);
    client.on('close', finish);
    client.connect({
      host: session.endpoint.address,
      port: session.endpoint.port,
      username,
      readyTimeout: Math.max(1, left),
      hostVerifier: () => true,
      authHandler: (methodsLeft, partialSuccess, next) => {
        if (methodsLeft && lastType === 'none')
          outcome.methods = [...methodsLeft].slice(0, 32).map((m) => clean(m, 64));
        else if (methodsLeft && lastType && partialSuccess) {
          outcome.partial = true;
          outcome.secondFactor = [...methodsLeft].slice(0, 32).map((m) => clean(m, 64));
          return next(false as never);
        }
        const attempt = queue.shift();
        if (!attempt) return next(false as never);
        lastType = attempt.type;
        if (attempt.type !== 'none' && outcome.partial === undefined) outcome.partial = false;
        next(attempt as never);
      },
    });
  });
}

export const sshModule: TcpModule = {
  name: 'ssh',
  services: ['ssh'],
  bannerFirst: true,
  parse: parseSshBanner,
  async interrogate(id, session) {
    if (session.tls) return;
    const creds = session.credentials?.ssh;
    const username = creds?.username ?? 'portcullis';
    const attempts: AuthAttempt[] = [{ type: 'none', username }];
    if (creds?.privateKey)
      attempts.push({ type: 'publickey', username, key: creds.privateKey, passphrase: creds.passphrase });
    if (creds?.password !== undefined)
      attempts.push({ type: 'password', username, password: creds.password });
    const outcome = await authProbe(session, username, attempts, session.remaining());
    const ev = id.evidence;
    if (outcome.noneAccepted) {
      ev['ssh.none_auth'] = true;
      ev['ssh.auth_methods'] = ['none'];
      return;
    }
    if (outcome.methods) {
      ev['ssh.none_auth'] = false;
      ev['ssh.auth_methods'] = outcome.methods;
      ev['ssh.password_auth'] = outcome.methods.includes('password');
      ev['ssh.kbd_interactive_auth'] = outcome.methods.includes('keyboard-interactive');
      ev['ssh.publickey_auth'] = outcome.methods.includes('publickey');
    }
    if (creds && outcome.partial !== undefined) {
      ev['ssh.partial_success'] = outcome.partial;
      ev['ssh.credentials_accepted'] = outcome.accepted === true;
      if (outcome.secondFactor) ev['ssh.second_factor_methods'] = outcome.secondFactor;
    }
  },
};
