// rebound serve: the web app and its HTTP API, on this computer only unless told otherwise.
// The action returns when the server stops (Ctrl+C, SIGTERM), so main() closes the store after.
import { spawn } from 'node:child_process';
import os from 'node:os';
import type { Command } from 'commander';
import type { CommandContext } from '../main.js';
import { invalid, ReboundError } from '../../core/errors.js';
// `rebound serve` is the one command whose job is to host the HTTP face; it calls no server
// internals, only its public entry (the layer rule keeps every other command off src/server).
// eslint-disable-next-line no-restricted-imports
import { allowedHostsFor, createServer, defaultStaticDir, hostWithPort, isLoopback, listen, type Listening } from '../../server/index.js';

const DEFAULT_HOST = '127.0.0.1';
const DEFAULT_PORT = 5178;

interface ServeOptions {
  port?: string;
  host?: string;
  token?: string;
  open?: boolean;
}

function parsePort(raw: string): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n > 65535) throw invalid(`--port must be a whole number from 0 to 65535, not "${raw}".`);
  return n;
}

const isWildcard = (host: string): boolean => host === '0.0.0.0' || host === '::' || host === '[::]';

/** Host names other computers may use to reach a wildcard binding: this machine's addresses and name. */
function machineHosts(port: number): string[] {
  const addresses = Object.values(os.networkInterfaces())
    .flat()
    .map((i) => i?.address)
    .filter((a): a is string => typeof a === 'string');
  const name = os.hostname();
  return [...addresses, name, `${name}.local`].map((h) => hostWithPort(h, port).toLowerCase());
}

/** Opens the page in the default browser; a missing browser is not an error. */
function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {
      // No browser here (a server, a container): the printed address is enough.
    });
    child.unref();
  } catch {
    // Same as above: never fail because a browser could not be opened.
  }
}

function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

async function start(ctx: CommandContext, host: string, port: number, token: string | null): Promise<{ listening: Listening; url: string }> {
  const app = await ctx.app();
  const allowedHosts: string[] = [];
  const server = createServer({ useCases: app.useCases, actor: ctx.actor, token, allowedHosts, staticDir: defaultStaticDir(), now: () => app.now() });
  let listening: Listening;
  try {
    listening = await listen(server, host, port);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new ReboundError('conflict', `Port ${port} is already in use (perhaps Rebound is already running there); pick another with --port.`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw invalid(`This computer has no address ${host}; leave --host out to use ${DEFAULT_HOST}.`);
    if (code === 'EACCES') throw invalid(`Port ${port} needs special permissions here; pick one above 1024 with --port.`);
    throw e;
  }
  allowedHosts.push(...allowedHostsFor(host, listening.port), ...(isWildcard(host) ? machineHosts(listening.port) : []));
  // While the browser opens: the first agenda, then the tone check's dictionary (about a second
  // of work), so no request pays for them. A failure here only means the first request will.
  setImmediate(() => {
    void app.useCases
      .today(ctx.actor)
      .then(() => app.useCases.warmToneCheck(ctx.actor))
      .catch(() => undefined);
  });
  const shown = isWildcard(host) ? DEFAULT_HOST : host;
  return { listening, url: `http://${hostWithPort(shown, listening.port)}` };
}

export function registerServeCommand(program: Command, ctx: CommandContext): void {
  program
    .command('serve')
    .description('open Rebound in your browser (the web app and its HTTP API, on this computer)')
    .option('--port <n>', `port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)`)
    .option('--host <address>', `address to listen on (default ${DEFAULT_HOST}, this computer only)`)
    .option('--token <secret>', 'require this access token (needed for any address other than this computer; or set REBOUND_TOKEN)')
    .option('--no-open', 'do not open a browser')
    .action(async (o: ServeOptions) => {
      const host = (o.host ?? DEFAULT_HOST).trim();
      const port = parsePort(o.port ?? String(DEFAULT_PORT));
      const token = (o.token ?? ctx.env.REBOUND_TOKEN ?? '').trim() || null;
      if (!isLoopback(host) && token === null) {
        throw invalid(`Listening on ${host} would let other computers reach your data: add --token SECRET (or set REBOUND_TOKEN), or leave --host out.`);
      }
      const out = ctx.out();
      const { listening, url } = await start(ctx, host, port, token);
      const openUrl = token ? `${url}/?token=${encodeURIComponent(token)}` : url;
      out.result({ url, port: listening.port, host, tokenRequired: token !== null }, () =>
        [
          `Rebound is running at ${url} — your data stays on this computer. Press Ctrl+C to stop.`,
          ...(token ? [`It asks for your access token; this link signs you in: ${openUrl}`] : []),
        ].join('\n'),
      );
      if (o.open !== false && process.stdout.isTTY === true && !ctx.env.CI) openBrowser(openUrl);
      await untilStopped();
      await listening.close();
      out.info('Rebound stopped.');
    });
}
