import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../store/sqlite.js';
import type { Store } from '../../store/store.js';
import { SeenDigests, SeenKeys } from './seen-digests.js';

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

  it('knows keys that are not SHA-256 hex too, such as IMAP folder and UID keys, by their own hash', () => {
    const seen = SeenDigests.fromKeys(['INBOX:7:42', key(1), 'INBOX:7:42']);
    expect(seen.size).toBe(2);
    expect(seen.has('INBOX:7:42')).toBe(true);
    expect(seen.has('INBOX:7:43')).toBe(false);
    expect(seen.has(key(1))).toBe(true);
  });

  it('answers no for anything when empty', () => {
    expect(SeenDigests.fromKeys([]).has(key(1))).toBe(false);
  });

  it('loads every key the store remembers for the user, across pages', async () => {
    store = await openSqliteStore({ file: ':memory:' });
    const known = Array.from({ length: 10_050 }, (_, i) => key(i));
    await store.emails.rememberSeen(1, [...known, 'INBOX:1:1']);
    const seen = await SeenDigests.load(store, 1);
    expect(seen.size).toBe(10_051);
    expect(seen.has('INBOX:1:1')).toBe(true);
    expect(known.every((k) => seen.has(k))).toBe(true);
    expect(seen.has(key(20_000))).toBe(false);
  });
});

describe('SeenKeys', () => {
  it('knows the keys stored before the run and the ones added since, and nothing else', () => {
    const seen = new SeenKeys(SeenDigests.fromKeys([key(1), 'INBOX:1:1']));
    expect(seen.has(key(1))).toBe(true);
    expect(seen.has('INBOX:1:1')).toBe(true);
    expect(seen.has(key(2))).toBe(false);
    seen.add(key(2));
    seen.add('INBOX:1:2');
    expect(seen.has(key(2))).toBe(true);
    expect(seen.has('INBOX:1:2')).toBe(true);
    expect(seen.has('INBOX:1:3')).toBe(false);
    expect(seen.size).toBe(2);
  });

  it('grows past its first tables without losing a key, and counts a key added twice once', () => {
    const seen = new SeenKeys(SeenDigests.fromKeys([]));
    const added = Array.from({ length: 5000 }, (_, i) => (i % 2 === 0 ? key(i) : `Archive:9:${String(i)}`));
    for (const k of added) seen.add(k);
    for (const k of added.slice(0, 100)) seen.add(k);
    expect(seen.size).toBe(5000);
    expect(added.every((k) => seen.has(k))).toBe(true);
    expect(Array.from({ length: 5000 }, (_, i) => key(i + 10_000)).some((k) => seen.has(k))).toBe(false);
  });
});
