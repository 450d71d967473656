// Worker-thread entry of the ingest pool: prepares batches of raw messages (prepare.ts).
// Messages arrive packed in one transferred buffer, with their byte ranges.
import { parentPort } from 'node:worker_threads';
import { prepareMessage, type PrepareResult } from './prepare.js';

export interface WorkerJob {
  id: number;
  data: Uint8Array;
  /** For message i: data[ends[i-1] ?? 0, ends[i]). */
  ends: number[];
  keys: string[];
  origins: string[];
}

export interface WorkerReply {
  id: number;
  results: PrepareResult[];
}

parentPort?.on('message', (job: WorkerJob) => {
  const data = Buffer.from(job.data.buffer, job.data.byteOffset, job.data.byteLength);
  const results: PrepareResult[] = [];
  let start = 0;
  job.ends.forEach((end, i) => {
    results.push(prepareMessage(job.keys[i] ?? '', job.origins[i] ?? '', data.subarray(start, end)));
    start = end;
  });
  const reply: WorkerReply = { id: job.id, results };
  parentPort?.postMessage(reply);
});
