// One place that opens IMAP connections and turns imapflow's errors into ReboundError('mail_error')
// with one readable line. The password never reaches a message or a log: imapflow's own logger
// is off, and error text is built from chosen fields and scrubbed of the password besides.
import { ImapFlow } from 'imapflow';
import { ReboundError } from '../core/errors.js';

export interface ImapAccount {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password: string;
  /**
   * STARTTLS on a plain connection: true requires it, false never tries it (for tests on
   * loopback without TLS), unset upgrades when the server offers it.
   */
  starttls?: boolean;
}

interface ImapFlowErrorLike {
  code?: string;
  authenticationFailed?: boolean;
  responseText?: string;
  responseStatus?: string;
  serverResponseCode?: string;
  message?: string;
}

const where = (a: ImapAccount): string => `${a.host}:${a.port}`;

/** Removes every occurrence of the password (and its common encodings) from text. */
export function scrub(text: string, password: string): string {
  if (password.length === 0) return text;
  let out = text;
  for (const form of [
    password,
    Buffer.from(password).toString('base64'),
    encodeURIComponent(password),
  ]) {
    if (form.length >= 3) out = out.split(form).join('***');
  }
  return out;
}

/**
 * A mail_error naming the server and what failed. `doing` reads like "opening folder INBOX".
 * Only the server's response text and the error code are quoted, never the command sent.
 */
export function imapError(account: ImapAccount, doing: string, e: unknown): ReboundError {
  if (e instanceof ReboundError) return e;
  const err = (
    typeof e === 'object' && e !== null ? e : { message: String(e) }
  ) as ImapFlowErrorLike;
  let msg: string;
  if (err.authenticationFailed || err.serverResponseCode === 'AUTHENTICATIONFAILED') {
    msg = `IMAP login to ${where(account)} as ${account.user} failed: the server rejected the user name or password.`;
  } else if (err.code === 'ECONNREFUSED') {
    msg = `Cannot connect to IMAP server ${where(account)}: connection refused.`;
  } else if (err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN') {
    msg = `Cannot connect to IMAP server ${where(account)}: the host name does not resolve.`;
  } else if (
    err.code === 'CONNECT_TIMEOUT' ||
    err.code === 'GREETING_TIMEOUT' ||
    err.code === 'ETIMEOUT' ||
    err.code === 'ETIMEDOUT'
  ) {
    msg = `IMAP server ${where(account)} timed out while ${doing}.`;
  } else {
    const detail = err.responseText ?? err.message ?? 'unknown error';
    const code = err.serverResponseCode ?? err.code;
    msg = `IMAP server ${where(account)} failed while ${doing}: ${detail}${code && !detail.includes(code) ? ` (${code})` : ''}.`;
  }
  return new ReboundError(
    'mail_error',
    scrub(msg.replace(/\s+/g, ' ').replace(/\.\.$/, '.'), account.password),
    {
      host: account.host,
      port: account.port,
      ...(err.code !== undefined && { code: err.code }),
    },
  );
}

/** A logged-in client. Callers must `logout()` it (see withImap). */
export async function connectImap(account: ImapAccount): Promise<ImapFlow> {
  const client = new ImapFlow({
    host: account.host,
    port: account.port,
    secure: account.secure,
    ...(account.starttls !== undefined && { doSTARTTLS: account.starttls }),
    auth: { user: account.user, pass: account.password },
    logger: false,
    emitLogs: false,
    disableAutoIdle: true,
    connectionTimeout: 20_000,
    greetingTimeout: 15_000,
    socketTimeout: 120_000,
  });
  // Without a listener a socket error after connect would crash the process; commands in
  // flight reject on their own, so the event itself needs no handling.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (e) {
    client.close();
    throw imapError(account, 'connecting', e);
  }
  return client;
}

/** Runs fn with a logged-in client and always closes the connection. */
export async function withImap<T>(
  account: ImapAccount,
  doing: string,
  fn: (client: ImapFlow) => Promise<T>,
): Promise<T> {
  const client = await connectImap(account);
  try {
    return await fn(client);
  } catch (e) {
    throw imapError(account, doing, e);
  } finally {
    await closeQuietly(client);
  }
}

/** LOGOUT, or a plain close when the connection is already broken. */
export async function closeQuietly(client: ImapFlow): Promise<void> {
  try {
    if (client.usable) await client.logout();
    else client.close();
  } catch {
    client.close();
  }
}
