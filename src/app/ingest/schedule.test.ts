import { describe, expect, it } from 'vitest';
import type { MailSlice, PlannedSlice } from '../../mail/slices.js';
import type { SlicePreparer } from './pool.js';
import type { PreparedBatch } from './prepare.js';
import { runSlices } from './schedule.js';

/** Slice i stands for `sizes[i]` messages keyed "i.j". */
const slice = (i: number): MailSlice => ({ kind: 'files', paths: [String(i)] });
const indexOf = (s: MailSlice): number => Number(s.kind === 'files' ? s.paths[0] : -1);
const batchOf = (i: number, n: number): PreparedBatch => ({
  items: Array.from({ length: n }, (_, j) => ({ key: `${i}.${j}`, result: { kind: 'other' } })),
  scanned: n,
  bytes: n * 10,
});

async function* plan(sizes: readonly number[]): AsyncGenerator<PlannedSlice> {
  for (let i = 0; i < sizes.length; i++) {
    // A planner reads the disk between slices.
    await new Promise((r) => setImmediate(r));
    yield { slice: slice(i), upTo: (i + 1) / sizes.length };
  }
}

/** A preparer that finishes slices in a scrambled order, a few event-loop turns apart. */
function scrambled(sizes: readonly number[], lanes = 2, fail?: number): SlicePreparer & { peak: number } {
  let open = 0;
  const p = {
    lanes,
    peak: 0,
    async prepare(s: MailSlice): Promise<PreparedBatch> {
      const i = indexOf(s);
      open++;
      p.peak = Math.max(p.peak, open);
      for (let t = 0; t < ((i * 7) % 5) + 1; t++) await new Promise((r) => setImmediate(r));
      open--;
      if (i === fail) throw new Error(`slice ${i} broke`);
      return batchOf(i, sizes[i] ?? 0);
    },
    close: () => Promise.resolve(),
  };
  return p;
}

describe('runSlices', () => {
  it('commits every batch once, in mailbox order, whatever order the slices finish in', async () => {
    const sizes = Array.from({ length: 40 }, (_, i) => (i % 3) + 1);
    const prep = scrambled(sizes);
    const committed: string[] = [];
    const shares: number[] = [];
    await runSlices(plan(sizes), prep, () => prep, (batches, upTo) => {
      for (const b of batches) for (const it of b.items) committed.push(it.key);
      shares.push(upTo);
      return Promise.resolve();
    }, { window: 6, commitMessages: 5 });
    expect(committed).toEqual(sizes.flatMap((n, i) => Array.from({ length: n }, (_, j) => `${i}.${j}`)));
    expect(shares.at(-1)).toBe(1);
    expect([...shares].sort((a, b) => a - b)).toEqual(shares);
  });

  it('groups batches up to the message limit per commit, and keeps at most a window of slices open', async () => {
    const sizes = Array.from({ length: 30 }, () => 4);
    const prep = scrambled(sizes);
    const groups: number[] = [];
    await runSlices(plan(sizes), prep, () => prep, (batches) => {
      groups.push(batches.reduce((n, b) => n + b.items.length, 0));
      return Promise.resolve();
    }, { window: 8, commitMessages: 10 });
    expect(groups.reduce((a, b) => a + b, 0)).toBe(120);
    // A group stops once it reaches the limit: at most one batch past it.
    for (const g of groups) expect(g).toBeLessThanOrEqual(12);
    expect(groups.filter((g) => g >= 10).length).toBeGreaterThan(groups.length / 2);
    expect(prep.peak).toBeLessThanOrEqual(8);
  });

  it('uses the first preparer for one slice and asks for another only when a second slice comes', async () => {
    const one = scrambled([3]);
    let asked = 0;
    await runSlices(plan([3]), one, () => (asked++, one), () => Promise.resolve());
    expect(asked).toBe(0);
    await runSlices(plan([3, 3, 3]), one, () => (asked++, one), () => Promise.resolve());
    expect(asked).toBe(1);
  });

  it('stops with the error of a slice that failed, after committing everything before it, and closes the preparer', async () => {
    const sizes = [2, 2, 2, 2, 2, 2];
    const prep = scrambled(sizes, 2, 3);
    let closed = false;
    const extra = { ...prep, close: () => ((closed = true), Promise.resolve()) };
    const committed: string[] = [];
    await expect(
      runSlices(plan(sizes), prep, () => extra, (batches) => {
        for (const b of batches) for (const it of b.items) committed.push(it.key);
        return Promise.resolve();
      }, { window: 4, commitMessages: 2 }),
    ).rejects.toThrow('slice 3 broke');
    expect(committed).toEqual(['0.0', '0.1', '1.0', '1.1', '2.0', '2.1']);
    expect(closed).toBe(true);
  });
});
