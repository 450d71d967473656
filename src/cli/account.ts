// Mail account options shared by `ingest --imap` and `draft --to-imap`: flags, then environment
// variables; the password only from an environment variable or a hidden prompt, never a flag.
import type { Command } from 'commander';
import { invalid } from '../core/errors.js';
import type { ImapAccount, SmtpAccount } from '../app/index.js';
import type { Draft } from '../core/types.js';
import type { CommandContext } from './main.js';

export interface AccountFlags {
  host?: string;
  port?: string;
  user?: string;
  tls?: boolean;
  starttls?: boolean;
  passwordEnv?: string;
}

export function addImapOptions(cmd: Command): Command {
  return cmd
    .option('--host <host>', 'IMAP server (or REBOUND_IMAP_HOST)')
    .option('--port <port>', 'IMAP port (default 993 with TLS, 143 without; or REBOUND_IMAP_PORT)')
    .option('--user <user>', 'account name (or REBOUND_IMAP_USER)')
    .option('--no-tls', 'connect without TLS (only for a server on this machine)')
    .option('--starttls', 'upgrade a plain connection with STARTTLS')
    .option('--password-env <var>', 'read the password from this environment variable (default REBOUND_IMAP_PASSWORD); otherwise you are asked');
}

/** Asks for the password without echoing it. */
async function promptHidden(ctx: CommandContext, question: string): Promise<string> {
  const stdin = ctx.stdin as NodeJS.ReadStream;
  if (!stdin.isTTY || typeof stdin.setRawMode !== 'function') {
    throw invalid('No password: set REBOUND_IMAP_PASSWORD (or --password-env VAR) when not on a terminal.');
  }
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  let value = '';
  try {
    return await new Promise<string>((resolve, reject) => {
      const onData = (buf: Buffer): void => {
        for (const ch of buf.toString('utf8')) {
          if (ch === '\r' || ch === '\n') {
            stdin.off('data', onData);
            resolve(value);
            return;
          }
          if (ch === '\u0003') {
            stdin.off('data', onData);
            reject(invalid('Cancelled.'));
            return;
          }
          if (ch === '\u007f') value = value.slice(0, -1);
          else value += ch;
        }
      };
      stdin.on('data', onData);
    });
  } finally {
    stdin.setRawMode(false);
    stdin.pause();
    process.stderr.write('\n');
  }
}

export async function readImapAccount(flags: AccountFlags, ctx: CommandContext): Promise<ImapAccount> {
  const env = ctx.env;
  const host = flags.host ?? env.REBOUND_IMAP_HOST;
  const user = flags.user ?? env.REBOUND_IMAP_USER;
  if (!host) throw invalid('Say which IMAP server: --host (or REBOUND_IMAP_HOST).');
  if (!user) throw invalid('Say which account: --user (or REBOUND_IMAP_USER).');
  const secure = flags.tls !== false;
  const rawPort = flags.port ?? env.REBOUND_IMAP_PORT;
  const port = rawPort !== undefined ? Number(rawPort) : secure ? 993 : 143;
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw invalid(`The IMAP port must be a number from 1 to 65535, not "${rawPort ?? ''}".`);
  const varName = flags.passwordEnv ?? 'REBOUND_IMAP_PASSWORD';
  const fromEnv = env[varName];
  const password = fromEnv !== undefined && fromEnv !== '' ? fromEnv : await promptHidden(ctx, `Password for ${user} at ${host} (not shown, not stored): `);
  return { host, port, secure, user, password, ...(flags.starttls !== undefined ? { starttls: flags.starttls } : secure ? {} : { starttls: false }) };
}

export function readSmtpAccount(flags: { smtpHost?: string; smtpPort?: string; smtpUser?: string; tls?: boolean }, env: NodeJS.ProcessEnv): SmtpAccount {
  const host = flags.smtpHost ?? env.REBOUND_SMTP_HOST;
  if (!host) throw invalid('Say which SMTP server: --smtp-host (or REBOUND_SMTP_HOST).');
  const secure = flags.tls !== false;
  const rawPort = flags.smtpPort ?? env.REBOUND_SMTP_PORT;
  const port = rawPort !== undefined ? Number(rawPort) : secure ? 465 : 587;
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw invalid(`The SMTP port must be a number from 1 to 65535, not "${rawPort ?? ''}".`);
  const user = flags.smtpUser ?? env.REBOUND_SMTP_USER;
  const password = env.REBOUND_SMTP_PASSWORD;
  return { host, port, secure, ...(user && { user }), ...(password && { password }) };
}

/** Shows the exact message and asks; only "yes" typed on a terminal sends. */
export async function confirmSend(ctx: CommandContext, draft: Draft): Promise<void> {
  if (ctx.stdin.isTTY !== true) throw invalid('Sending needs your confirmation on a terminal. Use --eml or --to-imap to send it yourself.');
  const readline = await import('node:readline/promises');
  const rl = readline.createInterface({ input: ctx.stdin, output: process.stderr });
  try {
    process.stderr.write(`\nTo: ${draft.toName ?? ''} <${draft.toEmail ?? ''}>\nSubject: ${draft.subject}\n\n${draft.body}\n\n`);
    const answer = (await rl.question('Send this message now? Type yes to send: ')).trim().toLowerCase();
    if (answer !== 'yes') throw invalid('Not sent.');
  } finally {
    rl.close();
  }
}
