// Sending a finished message over SMTP with nodemailer. This module sends when called: asking
// the person first is the caller's job. Failures become one-line mail_errors without the password.
import nodemailer from 'nodemailer';
import { ReboundError } from '../core/errors.js';
import { messageIds, readHeaderBlock } from './headers.js';
import { scrub } from './imap-client.js';

export interface SmtpAccount {
  host: string;
  port: number;
  /** TLS from the first byte (port 465). */
  secure: boolean;
  user?: string;
  password?: string;
  /** On a plain connection: true requires STARTTLS, false never tries it, unset upgrades when offered. */
  starttls?: boolean;
}

interface SmtpErrorLike {
  code?: string;
  command?: string;
  response?: string;
  responseCode?: number;
  message?: string;
}

const ADDRESS = /^[^\s<>(),;:"@]+@[^\s<>(),;:"@]+$/;

function smtpError(account: SmtpAccount, e: unknown): ReboundError {
  const err = (typeof e === 'object' && e !== null ? e : { message: String(e) }) as SmtpErrorLike;
  const at = `${account.host}:${account.port}`;
  let msg: string;
  if (err.code === 'EAUTH')
    msg = `SMTP login to ${at}${account.user ? ` as ${account.user}` : ''} failed: ${err.response ?? 'the server rejected the credentials'}`;
  else if (err.code === 'ECONNECTION' || err.code === 'ESOCKET' || err.code === 'ECONNREFUSED')
    msg = `Cannot connect to SMTP server ${at}: ${err.message ?? 'connection failed'}`;
  else if (err.code === 'ETIMEDOUT') msg = `SMTP server ${at} timed out`;
  else if (err.code === 'EENVELOPE')
    msg = `SMTP server ${at} refused the recipients or sender: ${err.response ?? err.message ?? ''}`;
  else if (err.code === 'ETLS')
    msg = `SMTP server ${at} could not set up TLS: ${err.message ?? ''}`;
  else
    msg = `Sending through SMTP server ${at} failed${err.command ? ` at ${err.command}` : ''}: ${err.response ?? err.message ?? 'unknown error'}`;
  return new ReboundError(
    'mail_error',
    scrub(msg.replace(/\s+/g, ' ').trim(), account.password ?? ''),
    {
      host: account.host,
      port: account.port,
      ...(err.code !== undefined && { code: err.code }),
      ...(err.responseCode !== undefined && { responseCode: err.responseCode }),
    },
  );
}

/**
 * Sends raw (a complete RFC 5322 message) to envelope.to. Returns the message's Message-ID and
 * the recipients the server accepted; a partly refused envelope still resolves, listing fewer.
 */
export async function sendSmtp(
  account: SmtpAccount,
  raw: Buffer,
  envelope: { from: string; to: string[] },
): Promise<{ messageId: string | null; accepted: string[] }> {
  for (const a of [envelope.from, ...envelope.to]) {
    if (!ADDRESS.test(a))
      throw new ReboundError(
        'invalid_input',
        `"${a.replace(/[\r\n]+/g, ' ')}" is not an email address the message can be sent to.`,
      );
  }
  if (envelope.to.length === 0)
    throw new ReboundError('invalid_input', 'The message has no recipient.');
  const transport = nodemailer.createTransport({
    host: account.host,
    port: account.port,
    secure: account.secure,
    ...(account.user !== undefined && {
      auth: { user: account.user, pass: account.password ?? '' },
    }),
    ...(account.starttls === true && { requireTLS: true }),
    ...(account.starttls === false && { ignoreTLS: true }),
    connectionTimeout: 20_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    logger: false,
    debug: false,
  });
  try {
    const info = await transport.sendMail({
      envelope: { from: envelope.from, to: envelope.to },
      raw,
    });
    const accepted = (info.accepted as (string | { address: string })[]).map((a) =>
      typeof a === 'string' ? a : a.address,
    );
    const own = messageIds(readHeaderBlock(raw).fields.get('message-id'))[0] ?? null;
    return { messageId: own ?? (info.messageId || null), accepted };
  } catch (e) {
    throw smtpError(account, e);
  } finally {
    transport.close();
  }
}
