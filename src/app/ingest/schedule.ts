// Keeps the preparers busy with slices of a mailbox while the caller commits finished ones, in
// mailbox order, in transactions big enough to be cheap and small enough that a kill costs little.
import type { PlannedSlice } from '../../mail/slices.js';
import type { SlicePreparer } from './pool.js';
import type { PreparedBatch } from './prepare.js';

export interface ScheduleOptions {
  /** Slices handed out and not yet committed, at most: bounds memory, and keeps workers fed. */
  window?: number;
  /** Messages per commit, at most (a single slice may exceed it). */
  commitMessages?: number;
}

interface Entry {
  batch?: PreparedBatch;
  failure?: { error: unknown };
  /** Settles (never rejects) when the batch is ready or failed. */
  settled: Promise<void>;
  upTo: number;
}

/**
 * Prepares every planned slice and hands the batches to `commit` in order. `preparerFor` is asked
 * once, when a second slice shows the mailbox is worth more than one thread (worker start-up);
 * a mailbox of one slice is prepared by `first`.
 */
export async function runSlices(
  planned: AsyncIterable<PlannedSlice>,
  first: SlicePreparer,
  preparerFor: () => SlicePreparer,
  commit: (batches: PreparedBatch[], upTo: number) => Promise<void>,
  opts: ScheduleOptions = {},
): Promise<void> {
  const window = opts.window ?? 48;
  const limit = opts.commitMessages ?? 2000;
  const inflight: Entry[] = [];
  let preparer = first;
  let extra: SlicePreparer | null = null;

  const readyPrefix = (): { n: number; messages: number } => {
    let n = 0;
    let messages = 0;
    for (const e of inflight) {
      if (e.batch === undefined && e.failure === undefined) break;
      n++;
      messages += e.batch?.items.length ?? 0;
    }
    return { n, messages };
  };
  // Commit once enough is ready to be worth a transaction, or when the window is full and half
  // of it is ready (the workers keep the other half), or at the end.
  const due = (draining: boolean): boolean => {
    const r = readyPrefix();
    if (r.n === 0) return false;
    if (r.messages >= limit || (draining && r.n === inflight.length)) return true;
    return inflight.length >= window && r.n * 2 >= window;
  };
  const commitReady = async (): Promise<void> => {
    const take: PreparedBatch[] = [];
    let upTo = 0;
    let messages = 0;
    while (inflight[0] && (inflight[0].batch || inflight[0].failure) && (take.length === 0 || messages < limit)) {
      const e = inflight.shift() as Entry;
      if (e.failure) throw e.failure.error;
      const batch = e.batch as PreparedBatch;
      take.push(batch);
      messages += batch.items.length;
      upTo = e.upTo;
    }
    await commit(take, upTo);
  };
  const step = async (draining: boolean): Promise<void> => {
    if (due(draining)) await commitReady();
    else await inflight[readyPrefix().n]?.settled;
  };

  const dispatch = (p: PlannedSlice): void => {
    const entry: Entry = { upTo: p.upTo, settled: Promise.resolve() };
    entry.settled = preparer.prepare(p.slice).then(
      (b) => void (entry.batch = b),
      (error: unknown) => void (entry.failure = { error }),
    );
    inflight.push(entry);
  };

  try {
    // The first slice waits for the second: a mailbox of one slice is prepared by `first`, a
    // longer one wholly by the other preparer.
    let held: PlannedSlice | null = null;
    let count = 0;
    for await (const p of planned) {
      if (++count === 1) {
        held = p;
        continue;
      }
      if (held) {
        extra = preparerFor();
        preparer = extra;
        dispatch(held);
        held = null;
      }
      dispatch(p);
      while (inflight.length >= window || due(false)) await step(false);
    }
    if (held) dispatch(held);
    while (inflight.length > 0) await step(true);
  } finally {
    await Promise.all(inflight.map((e) => e.settled));
    await extra?.close();
  }
}
