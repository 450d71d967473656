// sendSmtp against a minimal SMTP sink on loopback, written here with node:net: it speaks just
// enough RFC 5321 (EHLO/HELO, AUTH PLAIN/LOGIN, MAIL, RCPT, DATA, RSET, NOOP, QUIT) to record
// what a client delivers. smtp-server is not a dependency of the project.
import { createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isReboundError } from '../../src/core/errors.js';
import { composeEml } from '../../src/mail/compose.js';
import { sendSmtp } from '../../src/mail/smtp.js';
import type { SmtpAccount } from '../../src/mail/smtp.js';

interface Delivery {
  from: string;
  to: string[];
  data: Buffer;
  user: string | null;
}

interface Sink {
  port: number;
  deliveries: Delivery[];
  close(): Promise<void>;
}

const USER = 'zoe';
const PASSWORD = 'smtp-S3cret!';

/** Recipients containing "reject" are refused with 550. */
async function startSink(): Promise<Sink> {
  const deliveries: Delivery[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((sock) => {
    sockets.add(sock);
    sock.on('close', () => sockets.delete(sock));
    sock.on('error', () => undefined);
    let buf = Buffer.alloc(0);
    let mode: 'cmd' | 'data' | 'auth-login-user' | 'auth-login-pass' = 'cmd';
    let from = '';
    let to: string[] = [];
    let user: string | null = null;
    let pendingUser = '';
    const reply = (s: string): void => {
      sock.write(`${s}\r\n`);
    };
    const checkAuth = (u: string, p: string): void => {
      if (u === USER && p === PASSWORD) {
        user = u;
        reply('235 2.7.0 Authentication successful');
      } else reply('535 5.7.8 Authentication credentials invalid');
    };
    const command = (line: string): void => {
      const verb = line.split(' ')[0]!.toUpperCase();
      if (mode === 'auth-login-user') {
        pendingUser = Buffer.from(line, 'base64').toString();
        mode = 'auth-login-pass';
        return reply('334 UGFzc3dvcmQ6');
      }
      if (mode === 'auth-login-pass') {
        mode = 'cmd';
        return checkAuth(pendingUser, Buffer.from(line, 'base64').toString());
      }
      switch (verb) {
        case 'EHLO':
          return reply('250-sink.test\r\n250-AUTH PLAIN LOGIN\r\n250-8BITMIME\r\n250 SMTPUTF8');
        case 'HELO':
          return reply('250 sink.test');
        case 'AUTH': {
          const [, mech, initial] = line.split(' ');
          if (mech?.toUpperCase() === 'PLAIN' && initial) {
            const [, u, p] = Buffer.from(initial, 'base64').toString().split('\0');
            return checkAuth(u ?? '', p ?? '');
          }
          if (mech?.toUpperCase() === 'LOGIN') {
            mode = 'auth-login-user';
            return reply('334 VXNlcm5hbWU6');
          }
          return reply('504 5.5.4 Unrecognized authentication type');
        }
        case 'MAIL':
          from = /<([^>]*)>/.exec(line)?.[1] ?? '';
          to = [];
          return reply('250 2.1.0 OK');
        case 'RCPT': {
          const rcpt = /<([^>]*)>/.exec(line)?.[1] ?? '';
          if (rcpt.includes('reject')) return reply('550 5.1.1 No such user here');
          to.push(rcpt);
          return reply('250 2.1.5 OK');
        }
        case 'DATA':
          if (to.length === 0) return reply('554 5.5.1 No valid recipients');
          mode = 'data';
          return reply('354 End data with <CR><LF>.<CR><LF>');
        case 'RSET':
          from = '';
          to = [];
          return reply('250 2.0.0 OK');
        case 'NOOP':
          return reply('250 2.0.0 OK');
        case 'QUIT':
          reply('221 2.0.0 Bye');
          sock.end();
          return;
        default:
          return reply('502 5.5.2 Command not recognized');
      }
    };
    reply('220 sink.test ESMTP ready');
    sock.on('data', (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      for (;;) {
        if (mode === 'data') {
          const end = buf.indexOf('\r\n.\r\n');
          const atStart = buf.subarray(0, 3).toString() === '.\r\n';
          if (end === -1 && !atStart) return;
          const body = atStart ? Buffer.alloc(0) : buf.subarray(0, end + 2);
          buf = buf.subarray(atStart ? 3 : end + 5);
          // Undo dot-stuffing (RFC 5321 §4.5.2).
          const data = Buffer.from(body.toString('latin1').replace(/^\.\./gm, '.'), 'latin1');
          deliveries.push({ from, to, data, user });
          mode = 'cmd';
          reply('250 2.0.0 Queued');
          continue;
        }
        const nl = buf.indexOf('\r\n');
        if (nl === -1) return;
        const line = buf.subarray(0, nl).toString();
        buf = buf.subarray(nl + 2);
        command(line);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    deliveries,
    async close(): Promise<void> {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let sink: Sink;
let account: SmtpAccount;

beforeAll(async () => {
  sink = await startSink();
  account = {
    host: '127.0.0.1',
    port: sink.port,
    secure: false,
    starttls: false,
    user: USER,
    password: PASSWORD,
  };
});

afterAll(async () => {
  await sink?.close();
});

beforeEach(() => {
  sink.deliveries.length = 0;
});

const message = () =>
  composeEml({
    from: { name: 'Zoë Ng', address: 'zoe@example.org' },
    to: { name: 'Dana Lee', address: 'dana@acme.com' },
    subject: 'Thank you – quick question',
    text: 'Hi Dana,\n\n.leading dot line stays\n..and this one too\n\nBest,\nZoë\n',
    inReplyTo: '<reject-123@acme.com>',
    references: ['<reject-123@acme.com>'],
    date: new Date('2025-03-04T09:30:00Z'),
  });

async function mailError(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    expect(isReboundError(e) && e.code).toBe('mail_error');
    return e as Error;
  }
  throw new Error('expected a mail_error');
}

describe('sendSmtp', () => {
  it('delivers the exact message bytes to the envelope recipients after logging in', async () => {
    const raw = await message();
    const res = await sendSmtp(account, raw, {
      from: 'zoe@example.org',
      to: ['dana@acme.com', 'hr@acme.com'],
    });
    expect(res.accepted).toEqual(['dana@acme.com', 'hr@acme.com']);
    expect(res.messageId).toMatch(/^<[0-9a-f]{32}\.rebound@example\.org>$/);
    expect(sink.deliveries).toHaveLength(1);
    const d = sink.deliveries[0]!;
    expect(d.user).toBe(USER);
    expect(d.from).toBe('zoe@example.org');
    expect(d.to).toEqual(['dana@acme.com', 'hr@acme.com']);
    expect(d.data.equals(raw)).toBe(true);
  });

  it('sends without logging in when the account has no user', async () => {
    const { user: _u, password: _p, ...anonymous } = account;
    await sendSmtp(anonymous, await message(), { from: 'zoe@example.org', to: ['dana@acme.com'] });
    expect(sink.deliveries[0]!.user).toBeNull();
  });

  it('resolves with only the accepted recipients when the server refuses some', async () => {
    const res = await sendSmtp(account, await message(), {
      from: 'zoe@example.org',
      to: ['dana@acme.com', 'reject-me@acme.com'],
    });
    expect(res.accepted).toEqual(['dana@acme.com']);
    expect(sink.deliveries[0]!.to).toEqual(['dana@acme.com']);
  });

  it('fails with a mail_error when the server refuses every recipient', async () => {
    const e = await mailError(
      sendSmtp(account, await message(), { from: 'zoe@example.org', to: ['reject@acme.com'] }),
    );
    expect(e.message).toContain(`127.0.0.1:${sink.port}`);
    expect(sink.deliveries).toHaveLength(0);
  });

  it('fails with a mail_error that does not contain the password when login fails', async () => {
    const wrong = 'Not-The-Password-77';
    const e = await mailError(
      sendSmtp({ ...account, password: wrong }, await message(), {
        from: 'zoe@example.org',
        to: ['dana@acme.com'],
      }),
    );
    expect(e.message).toMatch(/login/i);
    expect(e.message).not.toContain(wrong);
    expect(e.message).not.toContain(Buffer.from(`\0${USER}\0${wrong}`).toString('base64'));
    expect(sink.deliveries).toHaveLength(0);
  });

  it('fails with a mail_error when nothing listens on the port', async () => {
    const e = await mailError(
      sendSmtp({ ...account, port: 1 }, await message(), {
        from: 'zoe@example.org',
        to: ['dana@acme.com'],
      }),
    );
    expect(e.message).toContain('127.0.0.1:1');
  });

  it('refuses a malformed envelope address with invalid_input before connecting', async () => {
    try {
      await sendSmtp(account, await message(), {
        from: 'zoe@example.org',
        to: ['dana@acme.com>\r\nRCPT TO:<x@y.z'],
      });
      throw new Error('expected invalid_input');
    } catch (e) {
      expect(isReboundError(e) && e.code).toBe('invalid_input');
    }
    expect(sink.deliveries).toHaveLength(0);
  });
});
