import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../store/sqlite.js';
import type { Store } from '../../store/store.js';
import { SeenDigests } from './seen-digests.js';

const key = (n: number): string => createHash('sha256').update(String(n)).digest('hex');

let store: Store | null = null;
afterEach(async () => {
  await store?.close();
  store = null;
});

describe('SeenDigests', () => {
  it('knows exactly the hex keys it was built from, in any order', () => {
    const known = Array.from({ length: 500 }, (_, i) => key(i));
    const seen = SeenDigests.fromKeys([...known].reverse());
    expect(seen.size).toBe(500);
    expect(known.every((k) => seen.has(k))).toBe(true);
    expect(Array.from({ length: 500 }, (_, i) => key(i + 1000)).some((k) => seen.has(k))).toBe(false);
  });

  it('leaves out keys that are not SHA-256 hex, such as IMAP folder and UID keys, and never matches them', () => {
    const seen = SeenDigests.fromKeys(['INBOX:7:42', key(1), 'unreadable:abc']);
    expect(seen.size).toBe(1);
    expect(seen.has('INBOX:7:42')).toBe(false);
    expect(seen.has(key(1))).toBe(true);
  });

  it('answers no for anything when empty', () => {
    expect(SeenDigests.fromKeys([]).has(key(1))).toBe(false);
  });

  it('loads every key the store remembers for the user, across pages', async () => {
    store = await openSqliteStore({ file: ':memory:' });
    const known = Array.from({ length: 10_050 }, (_, i) => key(i));
    await store.emails.claimSeen(1, [...known, 'INBOX:1:1']);
    const seen = await SeenDigests.load(store, 1);
    expect(seen.size).toBe(10_050);
    expect(known.every((k) => seen.has(k))).toBe(true);
    expect(seen.has(key(20_000))).toBe(false);
  });
});
