import {
  mkdir,
  mkdtemp,
  open,
  readFile,
  rm,
  stat,
  symlink,
  truncate,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  generateMessage,
  generateMessages,
  mboxEntry,
  writeEmlFolder,
  writeMaildir,
  writeMbox,
} from '../../test/support/mailgen.js';
import { isReboundError } from '../core/errors.js';
import { detectMailboxKind, readMailbox } from './mailbox.js';
import { parseEmailFast } from './parse-fast.js';
import type { RawMessage } from './raw-message.js';
import { sha256 } from './raw-message.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rebound-mailbox-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(
  path: string,
  opts: Parameters<typeof readMailbox>[1] = {},
): Promise<RawMessage[]> {
  const out: RawMessage[] = [];
  for await (const m of readMailbox(path, opts)) out.push(m);
  return out;
}

const lf = (b: Buffer): string => b.toString('utf8').replace(/\r\n/g, '\n');

async function rejection(path: string, p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(isReboundError(e) && e.code).toBe('invalid_input');
    return (e as Error).message;
  }
  throw new Error(`expected ${path} to be refused`);
}

describe('detectMailboxKind', () => {
  it('recognises an mbox by its postmark line and by its extension when empty', async () => {
    await writeFile(
      join(dir, 'export'),
      mboxEntry(generateMessage(1, 0).raw, { variant: 'mboxrd' }),
    );
    await writeFile(join(dir, 'empty.mbox'), '');
    expect(await detectMailboxKind(join(dir, 'export'))).toBe('mbox');
    expect(await detectMailboxKind(join(dir, 'empty.mbox'))).toBe('mbox');
  });

  it('recognises a maildir, a folder of .eml files and a single .eml', async () => {
    await writeMaildir(join(dir, 'md'), generateMessages({ seed: 1, count: 2 }));
    await writeEmlFolder(join(dir, 'emls'), generateMessages({ seed: 1, count: 2 }));
    await writeFile(join(dir, 'one.eml'), generateMessage(1, 3).raw);
    await writeFile(join(dir, 'noext'), generateMessage(1, 4).raw);
    await writeFile(join(dir, 'zero.eml'), '');
    expect(await detectMailboxKind(join(dir, 'md'))).toBe('maildir');
    expect(await detectMailboxKind(join(dir, 'emls'))).toBe('eml-folder');
    expect(await detectMailboxKind(join(dir, 'one.eml'))).toBe('eml');
    expect(await detectMailboxKind(join(dir, 'noext'))).toBe('eml');
    expect(await detectMailboxKind(join(dir, 'zero.eml'))).toBe('eml');
  });

  it('refuses a missing path, a binary file and a folder with no mail, with invalid_input', async () => {
    expect(await rejection('missing', detectMailboxKind(join(dir, 'nope')))).toContain(
      'No such file or folder',
    );
    await writeFile(
      join(dir, 'photo.png'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    expect(await rejection('png', detectMailboxKind(join(dir, 'photo.png')))).toContain(
      'is not an mbox',
    );
    await mkdir(join(dir, 'docs'));
    await writeFile(join(dir, 'docs', 'notes.txt'), 'hello');
    expect(await rejection('docs', detectMailboxKind(join(dir, 'docs')))).toContain(
      'neither a maildir',
    );
  });

  it('makes readMailbox throw invalid_input for a missing path before yielding anything', async () => {
    await rejection('missing', collect(join(dir, 'nope')));
  });
});

describe('readMailbox on mbox files', () => {
  it('yields every message of an LF mbox, without the postmark line, byte-equal up to line endings', async () => {
    const msgs = [...generateMessages({ seed: 7, count: 25 })];
    await writeMbox(join(dir, 'a.mbox'), msgs, { variant: 'mboxrd' });
    const got = await collect(join(dir, 'a.mbox'));
    expect(got).toHaveLength(25);
    for (const [i, m] of got.entries()) {
      expect(m.error).toBeUndefined();
      expect(lf(m.raw)).toBe(lf(msgs[i]!.raw));
      expect(m.key).toBe(sha256(m.raw));
      expect(m.origin).toMatch(/a\.mbox#\d+$/);
      expect(parseEmailFast(m.raw).messageId).toBe(msgs[i]!.meta.messageId);
    }
    expect(got[0]!.origin.endsWith('#0')).toBe(true);
  });

  it('keeps CRLF line endings of a CRLF mbox exactly', async () => {
    const msgs = [...generateMessages({ seed: 8, count: 6 })];
    await writeMbox(join(dir, 'crlf.mbox'), msgs, { variant: 'mboxrd', lineEnding: 'crlf' });
    const got = await collect(join(dir, 'crlf.mbox'));
    expect(got.map((m) => m.raw.equals(msgs[got.indexOf(m)]!.raw))).toEqual(msgs.map(() => true));
  });

  const tricky = Buffer.from(
    'From: a@example.com\r\nSubject: escapes\r\n\r\nFrom here on.\r\n>From the archive.\r\n>>From deeper.\r\nplain line\r\n',
  );

  it('un-escapes mboxrd: one ">" comes off every ">…From " line, so the message round-trips', async () => {
    await writeFile(
      join(dir, 'rd.mbox'),
      Buffer.concat([
        mboxEntry(tricky, { variant: 'mboxrd' }),
        mboxEntry(tricky, { variant: 'mboxrd' }),
      ]),
    );
    const raw = await readFile(join(dir, 'rd.mbox'), 'utf8');
    expect(raw).toContain('\n>From here on.\n>>From the archive.\n>>>From deeper.\n');
    const got = await collect(join(dir, 'rd.mbox'), { mboxVariant: 'mboxrd' });
    expect(got).toHaveLength(2);
    for (const m of got) expect(lf(m.raw)).toBe(lf(tricky));
  });

  it('un-escapes mboxo: only ">From " loses its ">" (mboxo cannot tell an escaped line from a quoted one)', async () => {
    await writeFile(join(dir, 'o.mbox'), mboxEntry(tricky, { variant: 'mboxo' }));
    const [m] = await collect(join(dir, 'o.mbox'), { mboxVariant: 'mboxo' });
    expect(lf(m!.raw)).toContain('\nFrom here on.\nFrom the archive.\n>>From deeper.\n');
  });

  it('does not split on an unescaped "From " body line that follows a non-blank line', async () => {
    const body = 'From: a@example.com\nSubject: x\n\nThanks,\nFrom the whole team\n';
    await writeFile(
      join(dir, 'loose.mbox'),
      `From a@example.com Mon Jan  6 08:00:00 2025\n${body}\n`,
    );
    const got = await collect(join(dir, 'loose.mbox'));
    expect(got).toHaveLength(1);
    expect(got[0]!.raw.toString()).toBe(body);
  });

  it('yields the cut-off last message of a truncated mbox instead of failing', async () => {
    const msgs = [
      ...generateMessages({ seed: 9, count: 3, sizeMix: { small: 1, medium: 0, large: 0 } }),
    ];
    const path = join(dir, 'cut.mbox');
    await writeMbox(path, msgs, { variant: 'mboxrd' });
    const size = (await stat(path)).size;
    const lastLen = msgs[2]!.raw.length;
    await truncate(path, size - Math.floor(lastLen / 2));
    const got = await collect(path);
    expect(got).toHaveLength(3);
    expect(lf(got[1]!.raw)).toBe(lf(msgs[1]!.raw));
    const partial = lf(got[2]!.raw);
    expect(partial.length).toBeGreaterThan(0);
    expect(lf(msgs[2]!.raw).startsWith(partial)).toBe(true);
    expect(() => parseEmailFast(got[2]!.raw)).not.toThrow();
  });

  it('yields nothing for a 0-byte mbox', async () => {
    await writeFile(join(dir, 'zero.mbox'), '');
    expect(await collect(join(dir, 'zero.mbox'))).toEqual([]);
  });

  it('yields text before the first postmark as its own message for the parser to judge', async () => {
    await writeFile(
      join(dir, 'junk.mbox'),
      Buffer.concat([
        Buffer.from('garbage that is not mail\n\n'),
        mboxEntry(generateMessage(2, 0).raw, { variant: 'mboxrd' }),
      ]),
    );
    const got = await collect(join(dir, 'junk.mbox'));
    expect(got).toHaveLength(2);
    expect(got[0]!.origin.endsWith('#0')).toBe(true);
    expect(got[0]!.raw.toString()).toBe('garbage that is not mail\n');
  });

  it('flags a message over the size limit with error and no bytes, and goes on', async () => {
    const msgs = [
      ...generateMessages({ seed: 3, count: 3, sizeMix: { small: 1, medium: 0, large: 0 } }),
    ];
    const big = generateMessage(3, 99, { sizeMix: { small: 0, medium: 0, large: 1 } });
    await writeMbox(join(dir, 'big.mbox'), [msgs[0]!, big, msgs[1]!], { variant: 'mboxrd' });
    const got = await collect(join(dir, 'big.mbox'), { maxMessageBytes: 20_000 });
    expect(got.map((m) => (m.error ? 'error' : 'ok'))).toEqual(['ok', 'error', 'ok']);
    expect(got[1]!.raw.length).toBe(0);
    expect(got[1]!.error).toContain('larger than');
  });

  it('streams a large mbox without holding it in memory', async () => {
    const path = join(dir, 'large.mbox');
    // 20 distinct messages written 30 times over: a big file without the cost of generating it.
    const entries = [
      ...generateMessages({ seed: 11, count: 20, sizeMix: { small: 0, medium: 1, large: 2 } }),
    ].map((m) => mboxEntry(m.raw, { variant: 'mboxrd' }));
    const count = 600;
    const fh = await open(path, 'w');
    for (let i = 0; i < count / 20; i++) for (const e of entries) await fh.write(e);
    await fh.close();
    const fileSize = (await stat(path)).size;
    expect(fileSize).toBeGreaterThan(50e6);
    const before = process.memoryUsage();
    let peak = 0;
    let n = 0;
    for await (const m of readMailbox(path)) {
      n++;
      expect(m.raw.length).toBeGreaterThan(0);
      const u = process.memoryUsage();
      peak = Math.max(peak, u.heapUsed + u.arrayBuffers - before.heapUsed - before.arrayBuffers);
    }
    expect(n).toBe(count);
    // Garbage collection lags, so allow slack, but far less than the file itself.
    expect(peak).toBeLessThan(fileSize / 2);
  });
});

describe('readMailbox on maildirs and .eml files', () => {
  it('reads new/ and cur/ merged in name order, skipping dot-files, folders and the maildir root', async () => {
    const md = join(dir, 'Maildir');
    const msgs = [...generateMessages({ seed: 4, count: 6 })];
    await writeMaildir(md, msgs);
    await writeFile(join(md, 'dovecot-uidlist'), '3 V1 N7\n');
    await writeFile(
      join(md, 'cur', '.DS_Store'),
      Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]),
    );
    await mkdir(join(md, 'cur', 'stray-folder'));
    await writeFile(join(md, 'tmp', '999.partial'), 'From: half\n');
    const got = await collect(md);
    expect(got).toHaveLength(6);
    expect(got.map((m) => parseEmailFast(m.raw).messageId).sort()).toEqual(
      msgs.map((m) => m.meta.messageId).sort(),
    );
    const names = got.map((m) => m.origin.split('/').pop()!);
    expect(names).toEqual([...names].sort());
  });

  it('yields a non-message file in a maildir, and the parser reports it instead of the reader failing', async () => {
    const md = join(dir, 'Maildir');
    await writeMaildir(md, generateMessages({ seed: 5, count: 2 }));
    await writeFile(
      join(md, 'cur', '0000.not-mail:2,S'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]),
    );
    const got = await collect(md);
    expect(got).toHaveLength(3);
    const odd = got.find((m) => m.origin.endsWith('0000.not-mail:2,S'))!;
    expect(odd.error).toBeUndefined();
    expect(parseEmailFast(odd.raw).error?.code).toBe('binary_email');
  });

  it('reads a folder of .eml files recursively in sorted order, ignoring other files and hidden folders', async () => {
    const msgs = [...generateMessages({ seed: 6, count: 8 })];
    const paths = await writeEmlFolder(join(dir, 'export'), msgs);
    await writeFile(join(dir, 'export', 'README.txt'), 'not mail');
    await mkdir(join(dir, 'export', '.trash'));
    await writeFile(join(dir, 'export', '.trash', 'old.eml'), generateMessage(6, 100).raw);
    const got = await collect(join(dir, 'export'));
    expect(got.map((m) => m.origin)).toEqual([...paths].sort());
    expect(got.every((m) => m.key === sha256(m.raw))).toBe(true);
  });

  it('yields an unreadable .eml with error set and keeps going', async () => {
    await writeEmlFolder(join(dir, 'export'), generateMessages({ seed: 6, count: 2 }));
    await symlink(join(dir, 'does-not-exist'), join(dir, 'export', 'jobs', '000000-broken.eml'));
    const got = await collect(join(dir, 'export'));
    const broken = got.filter((m) => m.error !== undefined);
    expect(got).toHaveLength(3);
    expect(broken).toHaveLength(1);
    expect(broken[0]!.error).toContain('ENOENT');
    expect(broken[0]!.raw.length).toBe(0);
    expect(broken[0]!.key).toMatch(/^unreadable:/);
  });

  it('reads a single .eml, and a 0-byte one as an empty message the parser calls empty', async () => {
    const m = generateMessage(12, 0);
    await writeFile(join(dir, 'one.eml'), m.raw);
    await writeFile(join(dir, 'zero.eml'), '');
    const [one] = await collect(join(dir, 'one.eml'));
    expect(one!.raw.equals(m.raw)).toBe(true);
    expect(one!.origin).toBe(join(dir, 'one.eml'));
    const [zero] = await collect(join(dir, 'zero.eml'));
    expect(zero!.raw.length).toBe(0);
    expect(parseEmailFast(zero!.raw).error?.code).toBe('empty_email');
  });

  it('gives the same message the same key wherever it is stored', async () => {
    const m = generateMessage(13, 0);
    await writeFile(join(dir, 'a.eml'), m.raw);
    await writeMaildir(join(dir, 'md'), [m]);
    const [a] = await collect(join(dir, 'a.eml'));
    const [b] = await collect(join(dir, 'md'));
    expect(a!.key).toBe(b!.key);
  });
});
