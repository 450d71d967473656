// readImap and listImapFolders against a real Dovecot: full reads, incremental reads from saved
// state, UIDVALIDITY changes, SINCE, read-only access and error reporting.
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReboundError } from '../../src/core/errors.js';
import { listImapFolders, readImap } from '../../src/mail/imap.js';
import type { ImapFolderState, ImapMessage, ReadImapOptions } from '../../src/mail/imap.js';
import type { ImapAccount } from '../../src/mail/imap-client.js';
import { parseEmailFast } from '../../src/mail/parse-fast.js';
import { startDovecot } from '../support/dovecot.js';
import type { DovecotServer } from '../support/dovecot.js';
import { generateMessages } from '../support/mailgen.js';
import type { GeneratedMessage } from '../support/mailgen.js';

let server: DovecotServer;

async function withClient<T>(fn: (c: ImapFlow) => Promise<T>): Promise<T> {
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
    return await fn(c);
  } finally {
    await c.logout();
  }
}

async function append(folder: string, msgs: GeneratedMessage[], received?: Date): Promise<void> {
  await withClient(async (c) => {
    for (const m of msgs) await c.append(folder, m.raw, [], received ?? m.meta.date);
  });
}

async function readAll(
  opts: ReadImapOptions,
  account: ImapAccount = server.account,
): Promise<ImapMessage[]> {
  const out: ImapMessage[] = [];
  for await (const m of readImap(account, opts)) out.push(m);
  return out;
}

async function mailError(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    expect(isReboundError(e) && e.code).toBe('mail_error');
    return e as Error;
  }
  throw new Error('expected a mail_error');
}

// Recent dates so a SINCE filter in the tests can tell them from the old ones.
const recent = [
  ...generateMessages({ seed: 101, count: 14, baseDate: new Date('2025-05-01T08:00:00Z') }),
];
const seeded = recent.slice(0, 12);

beforeAll(async () => {
  server = await startDovecot();
  await append('INBOX', seeded);
});

afterAll(async () => {
  await server?.stop();
});

describe('readImap', () => {
  let saved: ImapFolderState[] = [];

  it('reads every message in the folder, keyed by folder, UIDVALIDITY and UID, with its Message-ID', async () => {
    const states: ImapFolderState[] = [];
    const got = await readAll({ folders: ['INBOX'], state: [], onState: (s) => states.push(s) });
    expect(got).toHaveLength(seeded.length);
    expect(got.map((m) => m.messageId)).toEqual(seeded.map((m) => m.meta.messageId));
    for (const [i, m] of got.entries()) {
      expect(m.raw.equals(seeded[i]!.raw)).toBe(true);
      expect(m.key).toBe(`INBOX:${m.uidValidity}:${m.uid}`);
      expect(m.folder).toBe('INBOX');
      expect(m.origin).toBe(`${server.host}/INBOX/${m.uid}`);
      expect(parseEmailFast(m.raw).subject).toBe(seeded[i]!.meta.subject);
    }
    expect(got.map((m) => m.uid)).toEqual([...got.map((m) => m.uid)].sort((a, b) => a - b));
    const last = states.at(-1)!;
    expect(last).toEqual({
      folder: 'INBOX',
      uidValidity: got[0]!.uidValidity,
      lastUid: got.at(-1)!.uid,
    });
    saved = [last];
  });

  it('reads only the messages appended since the saved state on the next run', async () => {
    await append('INBOX', recent.slice(12, 14));
    const states: ImapFolderState[] = [];
    const got = await readAll({ folders: ['INBOX'], state: saved, onState: (s) => states.push(s) });
    expect(got).toHaveLength(2);
    expect(got.map((m) => m.messageId)).toEqual(recent.slice(12, 14).map((m) => m.meta.messageId));
    expect(states.at(-1)!.lastUid).toBe(got.at(-1)!.uid);
    saved = [states.at(-1)!];
    expect(await readAll({ folders: ['INBOX'], state: saved })).toHaveLength(0);
  });

  it('re-scans the whole folder when the saved UIDVALIDITY no longer matches', async () => {
    const stale = [{ ...saved[0]!, uidValidity: '1' }];
    const states: ImapFolderState[] = [];
    const got = await readAll({ folders: ['INBOX'], state: stale, onState: (s) => states.push(s) });
    expect(got).toHaveLength(14);
    expect(states.at(-1)!.uidValidity).toBe(saved[0]!.uidValidity);
  });

  it('advances the state only past messages the consumer has taken', async () => {
    const states: ImapFolderState[] = [];
    let first: ImapMessage | undefined;
    for await (const m of readImap(server.account, {
      folders: ['INBOX'],
      state: [],
      onState: (s) => states.push(s),
    })) {
      first = m;
      break;
    }
    expect(first).toBeDefined();
    // Breaking out before asking for a second message: the first is not yet acknowledged.
    expect(states.every((s) => s.lastUid < first!.uid)).toBe(true);
  });

  it('filters by the received date with SINCE', async () => {
    const old = [
      ...generateMessages({ seed: 102, count: 3, baseDate: new Date('2019-03-01T08:00:00Z') }),
    ];
    await withClient((c) => c.mailboxCreate('Archive'));
    await append('Archive', old, new Date('2019-03-01T08:00:00Z'));
    await append('Archive', recent.slice(0, 2), new Date('2025-05-02T08:00:00Z'));
    const all = await readAll({ folders: ['Archive'], state: [] });
    expect(all).toHaveLength(5);
    const since = await readAll({
      folders: ['Archive'],
      state: [],
      since: new Date('2024-01-01T00:00:00Z'),
    });
    expect(since.map((m) => m.messageId)).toEqual(recent.slice(0, 2).map((m) => m.meta.messageId));
  });

  it('reads several folders in the order given and reports state per folder', async () => {
    const states = new Map<string, ImapFolderState>();
    const got = await readAll({
      folders: ['Archive', 'INBOX'],
      state: [],
      onState: (s) => states.set(s.folder, s),
    });
    expect(got.slice(0, 5).every((m) => m.folder === 'Archive')).toBe(true);
    expect(got.slice(5).every((m) => m.folder === 'INBOX')).toBe(true);
    expect([...states.keys()].sort()).toEqual(['Archive', 'INBOX']);
  });

  it('records the state of an empty folder so a later UIDVALIDITY change is noticed', async () => {
    const states: ImapFolderState[] = [];
    expect(
      await readAll({ folders: ['Sent'], state: [], onState: (s) => states.push(s) }),
    ).toHaveLength(0);
    expect(states).toHaveLength(1);
    expect(states[0]).toMatchObject({ folder: 'Sent', lastUid: 0 });
  });

  it('leaves messages unread on the server', async () => {
    await readAll({ folders: ['INBOX'], state: [] });
    const seen = await withClient(async (c) => {
      const lock = await c.getMailboxLock('INBOX');
      try {
        return (await c.search({ seen: true }, { uid: true })) || [];
      } finally {
        lock.release();
      }
    });
    expect(seen).toEqual([]);
  });

  it('fails with a mail_error naming the folder when it does not exist', async () => {
    const e = await mailError(readAll({ folders: ['No Such Folder'], state: [] }));
    expect(e.message).toContain('No Such Folder');
    expect(e.message).toContain(`${server.host}:${server.port}`);
  });

  it('fails with a mail_error when nothing listens on the port', async () => {
    const e = await mailError(
      readAll({ folders: ['INBOX'], state: [] }, { ...server.account, port: 1 }),
    );
    expect(e.message).toContain('127.0.0.1:1');
  });
});

describe('listImapFolders', () => {
  it('lists every folder with its special use, flagged by the server or guessed from the name', async () => {
    const folders = await listImapFolders(server.account);
    expect(folders).toEqual(
      expect.arrayContaining([
        { path: 'INBOX', specialUse: '\\Inbox' },
        { path: 'Drafts', specialUse: '\\Drafts' },
        { path: 'Sent', specialUse: '\\Sent' },
        { path: 'Archive', specialUse: '\\Archive' },
      ]),
    );
  });
});

// Last: a failed login makes Dovecot delay the next logins from this address.
describe('wrong credentials', () => {
  it('fails with a mail_error that names the host but not the password when the password is wrong', async () => {
    const wrong = 'Wrong-Secret-Pa55word';
    const account = { ...server.account, password: wrong };
    const e = await mailError(readAll({ folders: ['INBOX'], state: [] }, account));
    expect(e.message).toContain(`${server.host}:${server.port}`);
    expect(e.message).toMatch(/login|password/i);
    expect(e.message).not.toContain(wrong);
    expect(JSON.stringify((e as { details?: unknown }).details)).not.toContain(wrong);
    expect(e.message.split('\n')).toHaveLength(1);
  });

  it('makes listImapFolders fail with a mail_error without the password', async () => {
    const e = await mailError(listImapFolders({ ...server.account, password: 'nope-nope-nope' }));
    expect(e.message).not.toContain('nope-nope-nope');
  });
});
