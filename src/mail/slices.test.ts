import { chmod, mkdir, mkdtemp, open, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateMessage, generateMessages, mboxEntry, writeEmlFolder, writeMaildir, writeMbox } from '../../test/support/mailgen.js';
import { readMailbox, type ReadMailboxOptions } from './mailbox.js';
import { findMessageStart } from './mbox.js';
import type { RawMessage } from './raw-message.js';
import { planSlices, readSlice, type PlannedSlice, type SliceOptions } from './slices.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rebound-slices-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const view = (m: RawMessage) => ({ key: m.key, origin: m.origin, error: m.error, raw: m.raw.toString('latin1') });

async function whole(path: string, opts: ReadMailboxOptions = {}) {
  const out = [];
  for await (const m of readMailbox(path, opts)) out.push(view(m));
  return out;
}

async function sliced(path: string, opts: SliceOptions) {
  const plan: PlannedSlice[] = [];
  for await (const p of planSlices(path, opts)) plan.push(p);
  const out = [];
  for (const p of plan) for (const m of readSlice(p.slice)) out.push(view(m));
  return { plan, messages: out };
}

const tricky = Buffer.from(
  'From: a@example.com\nSubject: escapes\n\nFrom here on.\n>From the archive.\n>>From deeper.\n\nFrom the team, after a blank line\nend\n',
);

/** An mbox with every case the reader handles: text before the first postmark, escapes, a body "From " line after a blank line, LF and CRLF entries. */
async function awkwardMbox(path: string): Promise<void> {
  const msgs = [...generateMessages({ seed: 31, count: 40, sizeMix: { small: 3, medium: 1, large: 1 } })];
  const parts: Buffer[] = [Buffer.from('stray text before any postmark\n\n')];
  msgs.forEach((m, i) => {
    parts.push(mboxEntry(m.raw, { variant: 'mboxrd' }));
    if (i % 7 === 0) parts.push(mboxEntry(tricky, { variant: 'mboxrd' }));
    if (i % 11 === 0) parts.push(mboxEntry(Buffer.from(m.raw.toString('latin1').replace(/\n/g, '\r\n'), 'latin1'), { variant: 'mboxrd' }));
  });
  await writeFile(path, Buffer.concat(parts));
}

describe('planSlices and readSlice on an mbox', () => {
  it('yield, slice by slice, exactly the messages, keys and origins of one whole read, whatever the slice size', async () => {
    const path = join(dir, 'awkward.mbox');
    await awkwardMbox(path);
    const expected = await whole(path);
    expect(expected.length).toBeGreaterThan(50);
    for (const sliceBytes of [1, 97, 4096, 65_536, 10_000_000]) {
      const { plan, messages } = await sliced(path, { sliceBytes });
      expect(messages).toEqual(expected);
      if (sliceBytes <= 4096) expect(plan.length).toBeGreaterThan(10);
      expect(plan.at(-1)?.upTo).toBe(1);
      const shares = plan.map((p) => p.upTo);
      expect([...shares].sort((a, b) => a - b)).toEqual(shares);
    }
  });

  it('match the whole read on a CRLF mbox, an mboxo one, a truncated one and one with an oversize message', async () => {
    const msgs = [...generateMessages({ seed: 5, count: 30, sizeMix: { small: 2, medium: 1, large: 1 } })];
    const crlf = join(dir, 'crlf.mbox');
    await writeMbox(crlf, msgs, { variant: 'mboxrd', lineEnding: 'crlf' });
    expect((await sliced(crlf, { sliceBytes: 3000 })).messages).toEqual(await whole(crlf));

    const o = join(dir, 'o.mbox');
    await writeMbox(o, msgs, { variant: 'mboxo' });
    expect((await sliced(o, { sliceBytes: 3000, mboxVariant: 'mboxo' })).messages).toEqual(await whole(o, { mboxVariant: 'mboxo' }));

    const cut = join(dir, 'cut.mbox');
    await writeMbox(cut, msgs, { variant: 'mboxrd' });
    await truncate(cut, (await stat(cut)).size - 500);
    expect((await sliced(cut, { sliceBytes: 5000 })).messages).toEqual(await whole(cut));

    const big = join(dir, 'big.mbox');
    const huge = generateMessage(3, 99, { sizeMix: { small: 0, medium: 0, large: 1 } });
    await writeMbox(big, [msgs[0]!, huge, msgs[1]!, huge, msgs[2]!], { variant: 'mboxrd' });
    const got = await sliced(big, { sliceBytes: 2000, maxMessageBytes: 20_000 });
    expect(got.messages).toEqual(await whole(big, { maxMessageBytes: 20_000 }));
    expect(got.messages.map((m) => (m.error ? 'error' : 'ok'))).toEqual(['ok', 'error', 'ok', 'error', 'ok']);
  });

  it('plan one slice for an empty mbox, which yields nothing', async () => {
    const path = join(dir, 'empty.mbox');
    await writeFile(path, '');
    const { plan, messages } = await sliced(path, { sliceBytes: 10 });
    expect(plan).toHaveLength(1);
    expect(messages).toEqual([]);
  });
});

describe('findMessageStart', () => {
  it('finds the next "From " line after a blank line, LF or CRLF, and nothing past the last one', async () => {
    const path = join(dir, 'f.mbox');
    const text = 'From a Mon Jan  6 08:00:00 2025\nx\nFrom not-a-split\n\nFrom b Mon Jan  6 08:00:00 2025\r\ny\r\n\r\nFrom c\r\nz\n';
    await writeFile(path, text);
    const b = text.indexOf('From b');
    const c = text.indexOf('From c');
    const file = await open(path, 'r');
    try {
      expect(await findMessageStart(file, 0)).toBe(0);
      expect(await findMessageStart(file, 1)).toBe(b);
      expect(await findMessageStart(file, b)).toBe(b);
      expect(await findMessageStart(file, b + 1)).toBe(c);
      expect(await findMessageStart(file, c + 1)).toBeNull();
    } finally {
      await file.close();
    }
  });

  it('finds a start beyond its first read, and one cut by a read boundary', async () => {
    const path = join(dir, 'long.mbox');
    const filler = `${'x'.repeat(99)}\n`.repeat(5000); // 500 KB of body lines
    const text = `From a Mon Jan  6 08:00:00 2025\n${filler}\nFrom b Mon Jan  6 08:00:00 2025\nend\n`;
    await writeFile(path, text);
    const startOf = async (from: number): Promise<number | null> => {
      const file = await open(path, 'r');
      try {
        return await findMessageStart(file, from);
      } finally {
        await file.close();
      }
    };
    expect(await startOf(10)).toBe(text.indexOf('From b'));
    for (const shift of [0, 1, 2, 3, 5, 7]) {
      const pad = 256 * 1024 - 3 - shift;
      const cutText = `From a Mon Jan  6 08:00:00 2025\n${'y'.repeat(pad)}\n\nFrom b Mon Jan  6 08:00:00 2025\nend\n`;
      await writeFile(path, cutText);
      expect(await startOf(1)).toBe(cutText.indexOf('From b'));
    }
  });
});

describe('planSlices on maildirs and .eml files', () => {
  it('cut a maildir into runs of files that read as one whole read does', async () => {
    const path = join(dir, 'Maildir');
    await writeMaildir(path, generateMessages({ seed: 12, count: 23 }));
    const { plan, messages } = await sliced(path, { sliceFiles: 5 });
    expect(plan).toHaveLength(5);
    expect(plan.map((p) => p.upTo)).toEqual([5 / 23, 10 / 23, 15 / 23, 20 / 23, 1]);
    expect(messages).toEqual(await whole(path));
  });

  it('keep an unreadable file and an unlistable folder in place, as entries with an error', async () => {
    const path = join(dir, 'emls');
    await writeEmlFolder(path, generateMessages({ seed: 13, count: 6 }));
    await mkdir(join(path, 'locked'));
    await writeFile(join(path, 'locked', 'x.eml'), 'Subject: x\n\nx\n');
    await chmod(join(path, 'locked'), 0o000);
    try {
      const { messages } = await sliced(path, { sliceFiles: 2 });
      expect(messages).toEqual(await whole(path));
      // As root the folder is still readable; either way the slices agree with the whole read.
      expect(messages.length).toBeGreaterThanOrEqual(6);
    } finally {
      await chmod(join(path, 'locked'), 0o755);
    }
  });

  it('plan one slice for a single .eml', async () => {
    const path = join(dir, 'one.eml');
    await writeFile(path, generateMessage(1, 1).raw);
    const { plan, messages } = await sliced(path, {});
    expect(plan).toEqual([{ slice: { kind: 'files', paths: [path] }, upTo: 1 }]);
    expect(messages).toEqual(await whole(path));
  });
});
