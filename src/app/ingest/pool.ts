// Runs prepareSlice (read, parse, classify) on worker threads: reading and classifying is nearly
// all of ingest's CPU, so the main thread keeps only the store. In this thread instead when
// workers are not available (running from TypeScript sources, or a worker failure).
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { MailSlice } from '../../mail/slices.js';
import { prepareSlice, type PreparedBatch } from './prepare.js';
import type { SeenDigests } from './seen-digests.js';
import type { WorkerJob, WorkerReply, WorkerSetup } from './worker.js';

export interface SlicePreparer {
  /** How many slices it works on at once. */
  readonly lanes: number;
  prepare(slice: MailSlice): Promise<PreparedBatch>;
  close(): Promise<void>;
}

/** Prepares slices in this thread, skipping messages whose keys are in `seen`. */
export function inlinePreparer(seen: SeenDigests | null = null): SlicePreparer {
  return {
    lanes: 1,
    prepare: (slice) => prepareSlice(slice, seen),
    close: () => Promise.resolve(),
  };
}

export interface WorkerOptions {
  count?: number;
  /** Keys already stored, shared with every worker (see prepareSliceSync). */
  seen?: SeenDigests | null;
  /** The worker script (tests substitute one). */
  script?: URL;
}

interface Job {
  id: number;
  slice: MailSlice;
  resolve(b: PreparedBatch): void;
  reject(e: unknown): void;
}

/**
 * Slices a worker holds at once. The ones after the first wait in the worker, so it does not idle
 * while this thread is busy committing (a commit can take a tenth of a second, a slice a fiftieth)
 * and cannot hand out more.
 */
const DEPTH = 8;

/** Worker threads sharing one queue of slices; null when the compiled worker script is missing. */
export function workerPreparer(opts: WorkerOptions = {}): SlicePreparer | null {
  const count = opts.count ?? Math.min(2, availableParallelism());
  const script = opts.script ?? new URL('./worker.js', import.meta.url);
  const seen = opts.seen ?? null;
  if (script.protocol !== 'file:' || !existsSync(fileURLToPath(script)) || count < 1) return null;
  let nextId = 0;
  const queue: Job[] = [];
  /** Jobs handed to each live worker, oldest first. */
  const held = new Map<Worker, Job[]>();
  let closed = false;

  const redoHere = (job: Job): void =>
    void prepareSlice(job.slice, seen).then(
      (b) => job.resolve(b),
      (e: unknown) => job.reject(e),
    );
  const pump = (): void => {
    for (;;) {
      let target: Worker | null = null;
      let least = DEPTH;
      for (const [w, jobs] of held)
        if (jobs.length < least) {
          least = jobs.length;
          target = w;
        }
      const job = target && queue.shift();
      if (!target || !job) return;
      held.get(target)?.push(job);
      target.postMessage({ id: job.id, slice: job.slice } satisfies WorkerJob);
    }
  };
  // A worker that dies takes its slices with it: redo them here, so no message is lost.
  const lose = (w: Worker): void => {
    const jobs = held.get(w) ?? [];
    held.delete(w);
    if (closed) return;
    jobs.forEach(redoHere);
    if (held.size === 0) queue.splice(0).forEach(redoHere);
  };

  const workers: Worker[] = [];
  for (let i = 0; i < count; i++) {
    // A small young generation keeps each worker's memory flat whatever the mailbox size: a
    // slice's garbage is short-lived and dies there. The old generation may grow for one huge
    // message (up to the 100 MB message limit): a worker out of heap takes the whole process
    // down, it is not an error this thread can catch.
    const workerData: WorkerSetup = { seen: seen?.buffer ?? null };
    const w = new Worker(script, { workerData, resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 512 } });
    w.unref();
    w.on('message', (reply: WorkerReply) => {
      const jobs = held.get(w);
      const job = jobs?.[0];
      if (!jobs || !job || job.id !== reply.id) return;
      jobs.shift();
      if ('error' in reply) job.reject(new Error(reply.error));
      else job.resolve(reply.batch);
      pump();
    });
    w.on('error', () => lose(w));
    w.on('exit', () => lose(w));
    held.set(w, []);
    workers.push(w);
  }

  return {
    lanes: count,
    prepare(slice) {
      if (held.size === 0) return prepareSlice(slice, seen);
      return new Promise<PreparedBatch>((resolve, reject) => {
        queue.push({ id: nextId++, slice, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
