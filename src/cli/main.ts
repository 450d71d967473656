// The `rebound` command: parses arguments, calls a use case, presents the result.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { isReboundError, type ErrorCode, type ReboundError } from '../core/errors.js';
import { LOCAL_USER, loadConfig, openApp, type App } from '../app/index.js';
import { makeOutput, type Output, type OutputStreams } from './output.js';
import { registerApplicationCommands } from './commands/applications.js';
import { registerPlanCommands } from './commands/plans.js';
import { registerJournalCommands } from './commands/journal.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerEmailCommands } from './commands/email.js';
import { registerMessageCommands } from './commands/messages.js';
import { registerTransferCommands } from './commands/transfer.js';
import { registerServeCommand } from './commands/serve.js';
import { registerInsightsCommands } from './commands/insights.js';
import { registerPracticeCommands } from './commands/practice.js';
import { registerTouchCommands } from './commands/contacts-touch.js';

/** Exit codes: documented in the README. */
export const EXIT: Record<ErrorCode | 'ok' | 'internal' | 'usage', number> = {
  ok: 0,
  internal: 1,
  usage: 2,
  invalid_input: 2,
  empty_email: 2,
  binary_email: 2,
  unsupported: 2,
  not_found: 3,
  conflict: 4,
  store_error: 5,
  mail_error: 6,
};

export interface GlobalOptions {
  json?: boolean;
  dataDir?: string;
  color?: boolean;
}

/** What each command gets: output, and a lazily opened app (the store opens on first use). */
export interface CommandContext {
  out(): Output;
  app(): Promise<App>;
  actor: typeof LOCAL_USER;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  globals(): GlobalOptions;
  /** Raw standard output, for streaming commands. */
  write(s: string): void;
}

export interface MainIo extends OutputStreams {
  env?: NodeJS.ProcessEnv;
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
}

export async function main(argv: string[], io: MainIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const env = io.env ?? process.env;
  let opened: App | null = null;
  const program = new Command('rebound');
  const globals = (): GlobalOptions => program.opts<GlobalOptions>();
  const out = (): Output => makeOutput(globals().json === true, globals().color !== false && !('NO_COLOR' in env), io);

  const ctx: CommandContext = {
    out,
    actor: LOCAL_USER,
    env,
    stdin: io.stdin ?? process.stdin,
    globals,
    write: (s) => void io.stdout.write(s),
    async app() {
      if (!opened) {
        const config = loadConfig(env, { dataDir: globals().dataDir });
        opened = await openApp(config, {
          onBackup: (p) => out().info(`Saved a copy of your data before updating it: ${p}`),
        });
      }
      return opened;
    },
  };

  program
    .description('Turn a job rejection into your next move. Your data stays on this computer.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .option('--json', 'print machine-readable JSON')
    .option('--data-dir <dir>', 'where your data lives (default: $REBOUND_HOME or $XDG_DATA_HOME/rebound)')
    .option('--no-color', 'plain output without colour (NO_COLOR is honoured too)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Usage errors are reported by reportError, as one line (JSON with --json), like the rest.
      outputError: () => undefined,
    });

  // The command that ran, so an input error can name its flag rather than the field behind it.
  let running: Command | null = null;
  program.hook('preAction', (_root, action) => {
    running = action;
  });

  registerApplicationCommands(program, ctx);
  registerPlanCommands(program, ctx);
  registerJournalCommands(program, ctx);
  registerDemoCommand(program, ctx);
  registerEmailCommands(program, ctx);
  registerMessageCommands(program, ctx);
  registerTransferCommands(program, ctx);
  registerServeCommand(program, ctx);
  registerInsightsCommands(program, ctx);
  registerPracticeCommands(program, ctx);
  registerTouchCommands(program, ctx);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (e) {
    return reportError(e, out(), running);
  } finally {
    if (opened) await (opened as App).close();
  }
}

/** The installed version: the nearest package.json above this file that is Rebound's own. */
function packageVersion(): string {
  for (let up = '../'; up.length <= 15; up += '../') {
    try {
      const raw = readFileSync(new URL(`${up}package.json`, import.meta.url), 'utf8');
      const pkg = JSON.parse(raw) as { name?: unknown; version?: unknown };
      if (pkg.name === 'rebound' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // Not at this level: look one folder higher.
    }
  }
  return 'unknown';
}

/**
 * "appliedOn: … is not a date" reads better as "--applied: …" on a command line: the flag whose
 * name the field starts with (the longest), when the command has one.
 */
function flagMessage(e: ReboundError, command: Command | null): string {
  const field = e.details?.['field'];
  if (typeof field !== 'string' || !command || !e.message.startsWith(`${field}: `)) return e.message;
  let best: { name: string; flag: string } | null = null;
  for (const o of command.options) {
    const name = o.attributeName();
    if (!o.long || !field.startsWith(name)) continue;
    if (!best || name.length > best.name.length) best = { name, flag: o.long };
  }
  return best ? `${best.flag}${e.message.slice(field.length)}` : e.message;
}

function reportError(e: unknown, out: Output, command: Command | null = null): number {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
    const message = `${e.message.replace(/^error:\s*/i, '').trim()} (run rebound --help for the commands)`;
    if (out.json) out.error(JSON.stringify({ error: { code: 'usage', message } }));
    else out.error(`rebound: ${message}`);
    return EXIT.usage;
  }
  if (isReboundError(e)) {
    const message = flagMessage(e, command);
    if (out.json) out.error(JSON.stringify({ error: { code: e.code, message } }));
    else out.error(`rebound: ${message}`);
    return EXIT[e.code];
  }
  const message = e instanceof Error ? e.message : String(e);
  out.error(`rebound: something went wrong: ${message}`);
  if (process.env.REBOUND_DEBUG && e instanceof Error && e.stack) out.error(e.stack);
  return EXIT.internal;
}
