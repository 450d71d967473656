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
  it('remembers every key, in chunks of any size, inside and outside transactions, and says which were new', async () => {
    store = await openSqliteStore({ file: ':memory:' });
    const first = keys(401, 'a');
    const second = keys(3, 'b');
    expect((await store.transaction((tx) => tx.emails.claimSeen(USER, first))).size).toBe(401);
    expect([...(await store.emails.claimSeen(USER, second))].sort()).toEqual(second);
    // The same row count again, now compiled: each chunk's own keys are stored.
    const third = keys(401, 'c');
    expect((await store.transaction((tx) => tx.emails.claimSeen(USER, third))).size).toBe(401);
    const again = await store.emails.claimSeen(USER, [...first, ...second, ...third, 'never-seen']);
    expect([...again]).toEqual(['never-seen']);
  });

  it('takes a key it already has without complaint, keeping one copy', async () => {
    store = await openSqliteStore({ file: ':memory:' });
    expect([...(await store.emails.claimSeen(USER, ['k1', 'k2']))].sort()).toEqual(['k1', 'k2']);
    expect([...(await store.emails.claimSeen(USER, ['k2', 'k3', 'k3']))]).toEqual(['k3']);
    expect([...(await store.emails.claimSeen(USER, ['k1', 'k2', 'k3', 'k4']))]).toEqual(['k4']);
  });

  it('forgets a claim whose transaction fails, so the next run reads the message again', async () => {
    store = await openSqliteStore({ file: ':memory:' });
    await expect(
      store.transaction(async (tx) => {
        await tx.emails.claimSeen(USER, ['k1']);
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect([...(await store.emails.claimSeen(USER, ['k1']))]).toEqual(['k1']);
  });
});
