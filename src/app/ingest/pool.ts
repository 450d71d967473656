// Runs prepare.ts on batches of messages: on worker threads for a large mailbox (parsing and
// classifying is most of ingest's CPU, and the main thread is busy reading and storing), or in
// this thread when workers are not available (running from TypeScript sources, or a failure).
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { prepareMessage, type PrepareResult, type RawMessage } from './prepare.js';
import type { WorkerJob, WorkerReply } from './worker.js';

export interface Preparer {
  /** How many batches it can usefully work on at once. */
  readonly lanes: number;
  prepare(batch: readonly RawMessage[]): Promise<PrepareResult[]>;
  close(): Promise<void>;
}

export function prepareInline(batch: readonly RawMessage[]): PrepareResult[] {
  return batch.map((m) => prepareMessage(m.key, m.origin, m.raw));
}

export const inlinePreparer: Preparer = {
  lanes: 1,
  prepare: (batch) => Promise.resolve(prepareInline(batch)),
  close: () => Promise.resolve(),
};

interface Pending {
  batch: readonly RawMessage[];
  resolve(r: PrepareResult[]): void;
}

/** Worker threads, one batch at a time each; null when the compiled worker script is missing. */
export function workerPreparer(count = Math.min(2, availableParallelism())): Preparer | null {
  const script = new URL('./worker.js', import.meta.url);
  if (script.protocol !== 'file:' || !existsSync(fileURLToPath(script)) || count < 1) return null;
  let nextId = 0;
  let turn = 0;
  const pending = new Map<number, Pending>();
  const workers: Worker[] = [];
  const broken = new Set<Worker>();

  // A worker that dies takes its batches with it: redo them here, so no message is lost.
  const rescue = (w: Worker): void => {
    broken.add(w);
    for (const [id, p] of [...pending]) {
      if (owner.get(id) !== w) continue;
      pending.delete(id);
      owner.delete(id);
      p.resolve(prepareInline(p.batch));
    }
  };
  const owner = new Map<number, Worker>();

  for (let i = 0; i < count; i++) {
    // Bounded heaps keep each worker's memory flat whatever the mailbox size; a batch's garbage
    // is short-lived, so most of it dies in the young generation.
    const w = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 64 } });
    w.unref();
    w.on('message', (reply: WorkerReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      owner.delete(reply.id);
      p.resolve(reply.results);
    });
    w.on('error', () => rescue(w));
    w.on('exit', () => rescue(w));
    workers.push(w);
  }

  return {
    lanes: count,
    prepare(batch) {
      const live = workers.filter((w) => !broken.has(w));
      const w = live[turn++ % Math.max(1, live.length)];
      if (!w) return Promise.resolve(prepareInline(batch));
      const id = nextId++;
      let size = 0;
      for (const m of batch) size += m.raw.length;
      // Not zero-filled: every byte is written below.
      const data = Buffer.allocUnsafeSlow(size);
      const ends: number[] = [];
      let at = 0;
      for (const m of batch) {
        data.set(m.raw, at);
        at += m.raw.length;
        ends.push(at);
      }
      const job: WorkerJob = {
        id,
        data,
        ends,
        keys: batch.map((m) => m.key),
        origins: batch.map((m) => m.origin),
      };
      return new Promise<PrepareResult[]>((resolve) => {
        pending.set(id, { batch, resolve });
        owner.set(id, w);
        w.postMessage(job, [data.buffer]);
      });
    },
    async close() {
      for (const w of workers) broken.add(w);
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
