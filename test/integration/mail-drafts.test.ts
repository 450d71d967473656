// appendToDrafts against a real Dovecot: the draft lands in the \Drafts folder, flagged \Draft
// and \Seen, and reads back with the headers and body that were composed.
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReboundError } from '../../src/core/errors.js';
import { composeEml } from '../../src/mail/compose.js';
import type { OutgoingMessage } from '../../src/mail/compose.js';
import { appendToDrafts } from '../../src/mail/drafts.js';
import { readHeaderBlock } from '../../src/mail/headers.js';
import { parseEmail } from '../../src/mail/parse.js';
import { startDovecot } from '../support/dovecot.js';
import type { DovecotServer } from '../support/dovecot.js';

let server: DovecotServer;

beforeAll(async () => {
  server = await startDovecot({ user: 'zoe', password: 'dr4fts-Secret!' });
});

afterAll(async () => {
  await server?.stop();
});

const draft: OutgoingMessage = {
  from: { name: 'Zoë Ng', address: 'zoe@example.org' },
  to: { name: 'Dana Lee', address: 'dana@acme.com' },
  subject: 'Re: Your application – Product Designer',
  text: 'Hi Dana,\n\nThank you for the update. Would you share any feedback on my interviews?\n\nBest,\nZoë\n',
  inReplyTo: '<reject-123@acme.com>',
  references: ['<apply-1@acme.com>', '<reject-123@acme.com>'],
  date: new Date('2025-03-04T09:30:00Z'),
};

async function fetchDraft(uid: number): Promise<{ source: Buffer; flags: Set<string> }> {
  const c = new ImapFlow({
    host: server.host,
    port: server.port,
    secure: false,
    doSTARTTLS: false,
    auth: { user: server.user, pass: server.password },
    logger: false,
  });
  await c.connect();
  try {
    const lock = await c.getMailboxLock('Drafts', { readOnly: true });
    try {
      const msg = await c.fetchOne(String(uid), { source: true, flags: true }, { uid: true });
      if (!msg || !msg.source) throw new Error(`draft ${uid} not found`);
      return { source: msg.source, flags: msg.flags ?? new Set() };
    } finally {
      lock.release();
    }
  } finally {
    await c.logout();
  }
}

describe('appendToDrafts', () => {
  it('saves a composed draft in the \\Drafts folder flagged \\Draft and \\Seen, unchanged', async () => {
    const raw = await composeEml(draft);
    const res = await appendToDrafts(server.account, raw);
    expect(res.mailbox).toBe('Drafts');
    expect(res.uid).toEqual(expect.any(Number));
    const { source, flags } = await fetchDraft(res.uid!);
    expect(flags.has('\\Draft')).toBe(true);
    expect(flags.has('\\Seen')).toBe(true);
    expect(source.equals(raw)).toBe(true);
  });

  it('reads back with the same From, To, Subject, In-Reply-To, References and body', async () => {
    const res = await appendToDrafts(
      server.account,
      await composeEml({
        ...draft,
        subject: 'Following up – café ☕',
        date: new Date('2025-03-05T10:00:00Z'),
      }),
    );
    const { source } = await fetchDraft(res.uid!);
    const p = await parseEmail(source);
    expect(p.from).toBe('"Zoë Ng" <zoe@example.org>');
    expect(p.to).toBe('"Dana Lee" <dana@acme.com>');
    expect(p.subject).toBe('Following up – café ☕');
    expect(p.inReplyTo).toBe('<reject-123@acme.com>');
    expect(p.references).toEqual(['<apply-1@acme.com>', '<reject-123@acme.com>']);
    expect(p.text).toBe(draft.text.trim());
    expect(readHeaderBlock(source).fields.get('x-unsent')).toBe('1');
  });

  it('fails with a mail_error that does not contain the password when login fails', async () => {
    const wrong = 'Totally-Wrong-Pw-42';
    try {
      await appendToDrafts({ ...server.account, password: wrong }, await composeEml(draft));
      throw new Error('expected a mail_error');
    } catch (e) {
      expect(isReboundError(e) && e.code).toBe('mail_error');
      expect((e as Error).message).toContain(`${server.host}:${server.port}`);
      expect((e as Error).message).not.toContain(wrong);
    }
  });
});
