// `rebound ingest --imap` and `rebound draft --to-imap` against a real Dovecot on loopback:
// a first full run, an incremental second run, new mail picked up, and a draft placed in Drafts.
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newUser, type CliUser } from '../support/cli.js';
import { startDovecot, type DovecotServer } from '../support/dovecot.js';
import { generateMessages, type GeneratedMessage } from '../support/mailgen.js';

let server: DovecotServer;
let user: CliUser;

async function withClient<T>(fn: (c: ImapFlow) => Promise<T>): Promise<T> {
  const c = new ImapFlow({ host: server.host, port: server.port, secure: false, doSTARTTLS: false, auth: { user: server.user, pass: server.password }, logger: false });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.logout();
  }
}

async function append(msgs: GeneratedMessage[]): Promise<void> {
  await withClient(async (c) => {
    for (const m of msgs) await c.append('INBOX', m.raw, [], m.meta.date);
  });
}

const corpus = [...generateMessages({ seed: 7, count: 60, jobShare: 0.4, baseDate: new Date('2026-02-01T08:00:00Z') })];

interface Summary {
  scanned: number;
  jobMail: number;
  other: number;
  alreadySeen: number;
  malformed: number;
}

function imapArgs(): string[] {
  return ['ingest', '--imap', '--host', server.host, '--port', String(server.port), '--no-tls', '--user', server.user];
}

beforeAll(async () => {
  server = await startDovecot();
  user = newUser('rebound-ingest-imap-');
  await append(corpus.slice(0, 50));
}, 180_000);

afterAll(async () => {
  await server?.stop();
  user?.cleanup();
});

describe('rebound ingest --imap', () => {
  it('reads every message on the first run and keeps only job mail', async () => {
    const s = await user.json<Summary>(imapArgs(), { env: { REBOUND_IMAP_PASSWORD: server.password } });
    expect(s.scanned).toBe(50);
    expect(s.malformed).toBe(0);
    expect(s.jobMail + s.other).toBe(50);
    expect(s.jobMail).toBeGreaterThan(5);
  });

  it('fetches nothing on a second run: progress per folder is remembered', async () => {
    const s = await user.json<Summary>(imapArgs(), { env: { REBOUND_IMAP_PASSWORD: server.password } });
    expect(s.scanned).toBe(0);
  });

  it('picks up exactly the new mail on a later run', async () => {
    await append(corpus.slice(50, 52));
    const s = await user.json<Summary>(imapArgs(), { env: { REBOUND_IMAP_PASSWORD: server.password } });
    expect(s.scanned).toBe(2);
  });

  it('refuses a wrong password with one line that does not contain it', async () => {
    const r = await user.run(imapArgs(), { env: { REBOUND_IMAP_PASSWORD: 'not-the-password-xyz' } });
    expect(r.code).toBe(6);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toContain('not-the-password-xyz');
  });

  it('without a password on a non-terminal, says how to give one', async () => {
    const r = await user.run(imapArgs(), { env: { REBOUND_IMAP_PASSWORD: undefined } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('REBOUND_IMAP_PASSWORD');
  });
});

describe('rebound draft --to-imap', () => {
  it('R2 puts the thank-you draft in the Drafts folder, flagged as a draft, and sends nothing', async () => {
    const app = await user.json<{ id: number }>(['app', 'add', '--company', 'Tallow Systems', '--role', 'Data Analyst']);
    const hm = await user.json<{ id: number }>(['contact', 'add', '--name', 'Ines Okoro', '--kind', 'hiring_manager', '--email', 'ines@tallow.example', '--company', 'Tallow Systems']);
    await user.json(['interview', 'add', String(app.id), '--date', '2026-03-02', '--kind', 'hiring_manager', '--mode', 'video', '--with', String(hm.id)]);
    await user.json(['profile', 'set', '--name', 'Alex Rivera', '--email', 'alex@example.net']);
    const plan = await user.json<{ steps: Array<{ id: number; kind: string }> }>(['reject', String(app.id), '--date', '2026-03-05', '--channel', 'call']);
    const thanks = plan.steps.find((s) => s.kind === 'thank_you');
    expect(thanks).toBeDefined();
    const placed = await user.json<{ mailbox: string }>(['draft', String(thanks!.id), '--to-imap', '--host', server.host, '--port', String(server.port), '--no-tls', '--user', server.user], {
      env: { REBOUND_IMAP_PASSWORD: server.password },
    });
    expect(placed.mailbox).toBe('Drafts');
    const found = await withClient(async (c) => {
      const lock = await c.getMailboxLock('Drafts');
      try {
        const out: Array<{ flags: Set<string>; subject: string; to: string; source: string }> = [];
        for await (const m of c.fetch('1:*', { flags: true, envelope: true, source: true })) {
          out.push({ flags: m.flags ?? new Set(), subject: m.envelope?.subject ?? '', to: m.envelope?.to?.[0]?.address ?? '', source: m.source?.toString('utf8') ?? '' });
        }
        return out;
      } finally {
        lock.release();
      }
    });
    expect(found).toHaveLength(1);
    expect(found[0]!.flags.has('\\Draft')).toBe(true);
    expect(found[0]!.to).toBe('ines@tallow.example');
    expect(found[0]!.source).toContain('Ines');
  });
});
