// Worker-thread entry of the ingest pool: reads and prepares one slice of a mailbox at a time,
// in the order they come (the pool may send the next one before this one is done).
import { parentPort, workerData } from 'node:worker_threads';
import type { MailSlice } from '../../mail/slices.js';
import { prepareSliceSync, type PreparedBatch } from './prepare.js';
import { SeenDigests } from './seen-digests.js';

/** What a worker is started with. */
export interface WorkerSetup {
  seen: SharedArrayBuffer | ArrayBuffer | null;
}

export interface WorkerJob {
  id: number;
  slice: MailSlice;
}

export type WorkerReply = { id: number; batch: PreparedBatch } | { id: number; error: string };

const setup = workerData as WorkerSetup | null;
const seen = setup?.seen ? new SeenDigests(setup.seen) : null;

parentPort?.on('message', (job: WorkerJob) => {
  let reply: WorkerReply;
  try {
    reply = { id: job.id, batch: prepareSliceSync(job.slice, seen) };
  } catch (e) {
    // prepareSliceSync reports unreadable messages itself: this is a bug, and the run must say so.
    reply = { id: job.id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(reply);
});
