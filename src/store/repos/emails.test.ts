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

async function allSeen(s: Store): Promise<string[]> {
  const out: string[] = [];
  let after = 0;
  for (;;) {
    const page = await s.emails.seenKeysAfter(USER, after, 7);
    out.push(...page.map((r) => r.key));
    const last = page.at(-1);
    if (!last) return out;
    after = last.id;
  }
}

describe('the keys ingest remembers', () => {
  it('keeps every key in the order given, in chunks of any size, inside and outside transactions', async () => {
    store = await openSqliteStore({ file: ':memory:' });
    const first = keys(401, 'a');
    const second = keys(3, 'b');
    await store.transaction((tx) => tx.emails.rememberSeen(USER, first));
    await store.emails.rememberSeen(USER, second);
    // The same row count again, now compiled: each chunk's own keys are stored.
    const third = keys(401, 'c');
    await store.transaction((tx) => tx.emails.rememberSeen(USER, third));
    await store.emails.rememberSeen(USER, []);
    expect(await allSeen(store)).toEqual([...first, ...second, ...third]);
  });

  it('forgets keys whose transaction fails, so the next run reads those messages again', async () => {
    store = await openSqliteStore({ file: ':memory:' });
    await store.emails.rememberSeen(USER, ['k0']);
    await expect(
      store.transaction(async (tx) => {
        await tx.emails.rememberSeen(USER, ['k1']);
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await allSeen(store)).toEqual(['k0']);
  });
});
