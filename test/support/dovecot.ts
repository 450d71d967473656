// A throwaway Dovecot IMAP server for integration tests: its own config, users, maildirs, logs
// and sockets under a temp dir, listening on 127.0.0.1 on a free high port, no TLS. Installs
// dovecot-imapd with apt-get when missing (CI runs as root on a clean machine). Anything that
// stops it from starting throws with the reason: tests that need IMAP fail, they never skip.
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ImapAccount } from '../../src/mail/imap-client.js';

const run = promisify(execFile);

export interface DovecotServer {
  host: string;
  port: number;
  user: string;
  password: string;
  /** The temp dir holding config, logs and mail; removed by stop(). */
  dir: string;
  /** Ready to pass to readImap / appendToDrafts. */
  account: ImapAccount;
  /** The server log so far, for failure messages. */
  log(): Promise<string>;
  stop(): Promise<void>;
}

const DOVECOT_PATHS = ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot'];

function dovecotBinary(): string | null {
  return DOVECOT_PATHS.find((p) => existsSync(p)) ?? null;
}

const tail = (s: string, n = 1500): string => (s.length > n ? `…${s.slice(-n)}` : s).trim();

async function installDovecot(): Promise<string> {
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new Error(
      'Dovecot is not installed and the tests are not running as root, so they cannot install it. Run: apt-get install -y dovecot-imapd',
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Lock timeout: several test files may try to install at once; dpkg allows one at a time.
  const install = () =>
    run('apt-get', ['-o', 'DPkg::Lock::Timeout=180', 'install', '-y', '-q', 'dovecot-imapd'], {
      env,
      maxBuffer: 16 << 20,
    });
  try {
    await install();
  } catch {
    try {
      await run('apt-get', ['-o', 'DPkg::Lock::Timeout=180', 'update', '-q'], {
        env,
        maxBuffer: 16 << 20,
      });
      await install();
    } catch (e) {
      const err = e as { stderr?: string; message: string };
      throw new Error(
        `Dovecot is not installed and "apt-get install -y dovecot-imapd" failed: ${tail(err.stderr ?? err.message)}`,
      );
    }
  }
  const bin = dovecotBinary();
  if (!bin)
    throw new Error(
      'apt-get installed dovecot-imapd but no dovecot binary was found in /usr/sbin.',
    );
  return bin;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Resolves once the server sends its "* OK" greeting; rejects after timeoutMs. */
async function waitForGreeting(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) => {
      const sock = connect(port, '127.0.0.1');
      let data = '';
      const done = (v: boolean): void => {
        sock.destroy();
        resolve(v);
      };
      sock.setTimeout(1000, () => done(false));
      sock.on('data', (d: Buffer) => {
        data += d.toString();
        if (data.includes('\n')) done(data.startsWith('* OK'));
      });
      sock.on('error', (e) => {
        last = e.message;
        done(false);
      });
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Dovecot did not greet on 127.0.0.1:${port} within ${timeoutMs} ms (${last}).`);
}

/**
 * Runs "dovecot -c conf", which forks a daemon and exits. Its output goes to a file, not a pipe:
 * the daemon inherits the descriptors and would hold a pipe open forever. Returns null on
 * success, else what it printed.
 */
async function startDaemon(bin: string, conf: string, outFile: string): Promise<string | null> {
  const fh = await open(outFile, 'w');
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(bin, ['-c', conf], { stdio: ['ignore', fh.fd, fh.fd] });
      child.on('error', reject);
      child.on('exit', (c) => resolve(c));
    });
    if (code === 0) return null;
    return `exit code ${code}: ${await readFile(outFile, 'utf8').catch(() => '')}`;
  } catch (e) {
    return (e as Error).message;
  } finally {
    await fh.close();
  }
}

/** A numeric id from `id -u NAME` or `getent group NAME`, or the fallback. */
async function idOf(args: string[], fallback: string): Promise<string> {
  try {
    const out = (await run(args[0]!, args.slice(1))).stdout;
    const fields = out.trim().split(':');
    const id = args[0] === 'getent' ? fields[2] : fields[0];
    return id && /^\d+$/.test(id) ? id : fallback;
  } catch {
    return fallback;
  }
}

/** The whole server config: everything under dir, plain IMAP on 127.0.0.1:port, one passwd-file. */
function config(dir: string, port: number, uid: string, gid: string): string {
  return `# Generated by test/support/dovecot.ts
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
info_log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:${dir}/mail/%u
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = uid=${uid} gid=${gid} home=${dir}/mail/%u
}
# Without access to this socket the auth process applies no penalty: a wrong-password test would
# otherwise delay every later login from 127.0.0.1 by seconds.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Drafts {
    special_use = \\Drafts
    auto = subscribe
  }
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
}
`;
}

/** Starts a fresh server with one user. Throws (never skips) when it cannot. */
export async function startDovecot(
  opts: { user?: string; password?: string } = {},
): Promise<DovecotServer> {
  const bin = dovecotBinary() ?? (await installDovecot());
  const user = opts.user ?? 'candidate';
  const password = opts.password ?? 'correct-horse-battery-9';
  const dir = await mkdtemp(join(tmpdir(), 'rebound-dovecot-'));
  try {
    return await launch(bin, dir, user, password);
  } catch (e) {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    throw e instanceof Error && e.message.startsWith('Could not start Dovecot')
      ? e
      : new Error(`Could not start Dovecot for the IMAP tests: ${(e as Error).message}`);
  }
}

async function launch(
  bin: string,
  dir: string,
  user: string,
  password: string,
): Promise<DovecotServer> {
  // Dovecot's unprivileged processes walk into this tree.
  await chmod(dir, 0o755);
  await mkdir(join(dir, 'mail', user), { recursive: true });
  await mkdir(join(dir, 'state'), { recursive: true });
  await writeFile(join(dir, 'users'), `${user}:{PLAIN}${password}\n`, { mode: 0o644 });
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  // As root, mail is owned by nobody (Dovecot refuses to serve mail as root); otherwise by us.
  const uid = root
    ? await idOf(['id', '-u', 'nobody'], '65534')
    : String(process.getuid?.() ?? 65534);
  const gid = root
    ? await idOf(['getent', 'group', 'nogroup'], '65534')
    : String(process.getgid?.() ?? 65534);
  await chown(join(dir, 'mail'), Number(uid), Number(gid)).catch(() => undefined);
  await chown(join(dir, 'mail', user), Number(uid), Number(gid)).catch(() => undefined);

  const conf = join(dir, 'dovecot.conf');
  const log = async (): Promise<string> =>
    readFile(join(dir, 'dovecot.log'), 'utf8').catch(() => '(no log)');
  let lastError = '';
  // A port picked free can be taken before Dovecot binds it; try a few.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    await writeFile(conf, config(dir, port, uid, gid));
    const started = await startDaemon(bin, conf, join(dir, 'startup.out'));
    if (started !== null) {
      lastError = `"dovecot -c ${conf}" failed: ${tail(started)} ${tail(await log(), 600)}`;
      if (/Address already in use/i.test(lastError)) continue;
      break;
    }
    try {
      await waitForGreeting(port, 10_000);
    } catch (e) {
      lastError = `${(e as Error).message} Log: ${tail(await log(), 800)}`;
      await run('doveadm', ['-c', conf, 'stop']).catch(() => undefined);
      if (/Address already in use/i.test(lastError)) continue;
      break;
    }
    const host = '127.0.0.1';
    return {
      host,
      port,
      user,
      password,
      dir,
      account: { host, port, secure: false, starttls: false, user, password },
      log,
      async stop(): Promise<void> {
        try {
          await run('doveadm', ['-c', conf, 'stop']);
        } catch {
          const pid = Number(
            (await readFile(join(dir, 'run', 'master.pid'), 'utf8').catch(() => '')).trim(),
          );
          if (pid > 0) {
            try {
              process.kill(pid, 'SIGTERM');
            } catch {
              /* already gone */
            }
          }
        }
        // Give the master a moment to release the temp dir before removing it.
        await new Promise((r) => setTimeout(r, 100));
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  throw new Error(`Could not start Dovecot for the IMAP tests: ${lastError}`);
}
