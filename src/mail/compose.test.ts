import { describe, expect, it } from 'vitest';
import { isReboundError } from '../core/errors.js';
import { composeEml } from './compose.js';
import type { OutgoingMessage } from './compose.js';
import { findDraftsFolder } from './drafts.js';
import { readHeaderBlock } from './headers.js';
import { parseEmail } from './parse.js';

const base: OutgoingMessage = {
  from: { name: 'Zoë Ng', address: 'zoe@example.org' },
  to: { name: 'Dana Lee', address: 'dana@acme.com' },
  subject: 'Re: Your application – Product Designer',
  text: 'Hi Dana,\n\nThank you for letting me know. Could you share any feedback?\n\nBest,\nZoë\n',
  inReplyTo: '<reject-123@acme.com>',
  references: ['<apply-1@acme.com>', '<reject-123@acme.com>'],
  date: new Date('2025-03-04T09:30:00Z'),
};

async function refused(m: OutgoingMessage): Promise<string> {
  try {
    await composeEml(m);
  } catch (e) {
    expect(isReboundError(e) && e.code).toBe('invalid_input');
    return (e as Error).message;
  }
  throw new Error('expected composeEml to refuse');
}

describe('composeEml', () => {
  it('writes a message mailparser reads back with the same headers and body', async () => {
    const raw = await composeEml(base);
    const p = await parseEmail(raw);
    expect(p.from).toContain('zoe@example.org');
    expect(p.from).toContain('Zoë Ng');
    expect(p.to).toContain('dana@acme.com');
    expect(p.subject).toBe(base.subject);
    expect(p.inReplyTo).toBe('<reject-123@acme.com>');
    expect(p.references).toEqual(['<apply-1@acme.com>', '<reject-123@acme.com>']);
    expect(p.date).toBe('2025-03-04T09:30:00.000Z');
    expect(p.text).toBe(base.text.trim());
    expect(p.messageId).toMatch(/^<[0-9a-f]{32}\.rebound@example\.org>$/);
  });

  it('produces RFC 5322 bytes: CRLF line endings, ASCII only, MIME-Version, UTF-8 declared', async () => {
    const raw = await composeEml(base);
    const text = raw.toString('latin1');
    expect(text).not.toMatch(/[^\r]\n/);
    expect([...raw].every((b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127))).toBe(
      true,
    );
    const h = readHeaderBlock(raw).fields;
    expect(h.get('mime-version')).toBe('1.0');
    expect(h.get('content-type')).toMatch(/text\/plain; charset=utf-8/i);
    expect(h.get('date')).toBe('Tue, 04 Mar 2025 09:30:00 +0000');
    for (const line of text.split('\r\n')) expect(line.length).toBeLessThanOrEqual(998);
  });

  it('gives the same draft the same Message-ID and different drafts different ones', async () => {
    const id = async (m: OutgoingMessage): Promise<string | undefined> =>
      readHeaderBlock(await composeEml(m)).fields.get('message-id');
    expect(await id(base)).toBe(await id({ ...base }));
    expect(await id(base)).not.toBe(await id({ ...base, text: `${base.text}P.S.` }));
    expect(await id(base)).not.toBe(await id({ ...base, date: new Date('2025-03-05T09:30:00Z') }));
  });

  it('adds the replied-to id to References when the caller left it out', async () => {
    const p = await parseEmail(await composeEml({ ...base, references: [] }));
    expect(p.references).toEqual(['<reject-123@acme.com>']);
  });

  it('leaves out To and From when their address is unknown, and uses messageIdDomain then', async () => {
    const raw = await composeEml({
      ...base,
      from: { name: 'Zoë', address: null },
      to: { name: null, address: null },
      inReplyTo: null,
      references: [],
      messageIdDomain: 'drafts.local',
    });
    const h = readHeaderBlock(raw).fields;
    expect(h.has('from')).toBe(false);
    expect(h.has('to')).toBe(false);
    expect(h.has('in-reply-to')).toBe(false);
    expect(h.get('message-id')).toMatch(/@drafts\.local>$/);
  });

  it('cannot be made to add headers through the subject or a name', async () => {
    const raw = await composeEml({
      ...base,
      subject: 'Hello\r\nBcc: victim@example.com',
      to: { name: 'Dana\r\nBcc: x@y.z', address: 'dana@acme.com' },
    });
    const h = readHeaderBlock(raw).fields;
    expect(h.has('bcc')).toBe(false);
    expect((await parseEmail(raw)).subject).toBe('Hello Bcc: victim@example.com');
  });

  it('refuses a malformed address or message id with invalid_input', async () => {
    expect(
      await refused({ ...base, to: { name: null, address: 'dana@acme.com, evil@x.y' } }),
    ).toContain('not a valid email address');
    expect(await refused({ ...base, inReplyTo: '<a b@c>' })).toContain('not valid');
    expect(await refused({ ...base, date: new Date('nope') })).toContain('date');
  });
});

describe('findDraftsFolder', () => {
  it('prefers the folder flagged \\Drafts over one merely named Drafts', () => {
    expect(
      findDraftsFolder([
        { path: 'Drafts', specialUse: null },
        { path: 'Brouillons', specialUse: '\\Drafts' },
      ]),
    ).toBe('Brouillons');
  });

  it('falls back to the usual names, case-insensitively, and to null', () => {
    expect(
      findDraftsFolder([
        { path: 'INBOX', specialUse: '\\Inbox' },
        { path: 'INBOX.Drafts', specialUse: null },
      ]),
    ).toBe('INBOX.Drafts');
    expect(findDraftsFolder([{ path: '[Gmail]/Drafts', specialUse: null }])).toBe('[Gmail]/Drafts');
    expect(findDraftsFolder([{ path: 'draft', specialUse: null }])).toBe('draft');
    expect(findDraftsFolder([{ path: 'INBOX', specialUse: '\\Inbox' }])).toBeNull();
  });
});
