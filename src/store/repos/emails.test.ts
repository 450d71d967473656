import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../sqlite.js';
import type { Store } from '../store.js';

const USER = 1;
let store: Store | null = null;
afterEach(async () => {
  await store?.close();
  store = null;
});

const keys = (n: number, tag: string): string[] => Array.from({ length: n }, (_, i) => `${tag}-${i.toString(16).padStart(8, '0')}`);

describe('the keys ingest remembers', () => {
  it('remembers every key, in chunks of any size, inside and outside transactions', async () => {
    store = await openSqliteStore({ file: ':memory:' });
    const first = keys(401, 'a');
    const second = keys(3, 'b');
    await store.transaction((tx) => tx.emails.markSeen(USER, first));
    await store.emails.markSeen(USER, second);
    // The same row counts again, now compiled: each chunk's own keys are stored.
    const third = keys(401, 'c');
    await store.transaction((tx) => tx.emails.markSeen(USER, third));
    const asked = [...first, ...second, ...third, 'never-seen'];
    const seen = await store.emails.seen(USER, asked);
    expect(seen.size).toBe(first.length + second.length + third.length);
    expect(seen.has('never-seen')).toBe(false);
    expect([...first, ...second, ...third].every((k) => seen.has(k))).toBe(true);
  });

  it('takes a key it already has without complaint, keeping one copy', async () => {
    store = await openSqliteStore({ file: ':memory:' });
    await store.emails.markSeen(USER, ['k1', 'k2']);
    await store.emails.markSeen(USER, ['k2', 'k3', 'k3']);
    expect([...(await store.emails.seen(USER, ['k1', 'k2', 'k3', 'k4']))].sort()).toEqual(['k1', 'k2', 'k3']);
  });
});
