// The built worker pool (worker threads need compiled JavaScript): slices prepared on workers
// come back exactly as this thread prepares them, and a worker that dies costs no slice.
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { builtModule, tempDir, type TempDir } from '../support/cli.js';
import { generateMessages, writeMbox } from '../support/mailgen.js';
import type { SlicePreparer } from '../../src/app/ingest/pool.js';
import type { PreparedBatch } from '../../src/app/ingest/prepare.js';
import type { SeenDigests } from '../../src/app/ingest/seen-digests.js';
import type { MailSlice, PlannedSlice } from '../../src/mail/slices.js';

interface Built {
  workerPreparer(opts?: { count?: number; script?: URL; seen?: SeenDigests | null }): SlicePreparer | null;
  prepareSlice(slice: MailSlice, seen?: SeenDigests | null): Promise<PreparedBatch>;
  SeenDigests: typeof SeenDigests;
  planSlices(path: string, opts?: { sliceBytes?: number }): AsyncGenerator<PlannedSlice>;
}

async function built(): Promise<Built> {
  const pool = (await import(builtModule('app/ingest/pool.js'))) as Pick<Built, 'workerPreparer'>;
  const prepare = (await import(builtModule('app/ingest/prepare.js'))) as Pick<Built, 'prepareSlice'>;
  const slices = (await import(builtModule('mail/slices.js'))) as Pick<Built, 'planSlices'>;
  const digests = (await import(builtModule('app/ingest/seen-digests.js'))) as Pick<Built, 'SeenDigests'>;
  return { ...pool, ...prepare, ...slices, ...digests };
}

const dirs: TempDir[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) d.remove();
});

async function mailbox(): Promise<string> {
  const d = tempDir('rebound-pool-');
  dirs.push(d);
  const file = d.file('inbox.mbox');
  await writeMbox(file, generateMessages({ seed: 41, count: 400, jobShare: 0.2 }), { variant: 'mboxrd' });
  return file;
}

async function slicesOf(b: Built, file: string, sliceBytes = 64 * 1024): Promise<MailSlice[]> {
  const plan: MailSlice[] = [];
  for await (const p of b.planSlices(file, { sliceBytes })) plan.push(p.slice);
  return plan;
}

/** Runs `use` with a pool that must have started, and closes it whatever happens. */
async function withPool(pool: SlicePreparer | null, use: (p: SlicePreparer) => Promise<void>): Promise<void> {
  expect(pool).not.toBeNull();
  try {
    await use(pool!);
  } finally {
    await pool!.close();
  }
}

describe('the ingest worker pool', () => {
  it('prepares every slice on worker threads exactly as this thread does', async () => {
    const b = await built();
    const file = await mailbox();
    const plan = await slicesOf(b, file);
    expect(plan.length).toBeGreaterThan(4);
    await withPool(b.workerPreparer({ count: 2 }), async (pool) => {
        const onWorkers = await Promise.all(plan.map((s) => pool.prepare(s)));
        const here = [];
        for (const s of plan) here.push(await b.prepareSlice(s));
        expect(onWorkers).toEqual(here);
        const jobs = here.flatMap((h) => h.items).filter((i) => i.result.kind === 'job');
        expect(jobs.length).toBeGreaterThan(40);
        expect(here.reduce((n, h) => n + h.scanned, 0)).toBe(400);
    });
  }, 120_000);

  it('reads a message near the 100 MB limit on a worker without running out of heap', async () => {
    const b = await built();
    const d = tempDir('rebound-pool-');
    dirs.push(d);
    const file = d.file('huge.mbox');
    // 80 MB of text: under the 100 MB message limit, over the 64 MB a worker's heap may hold.
    const line = `${'all work and no play '.repeat(4)}\n`;
    const body = line.repeat(Math.ceil(80e6 / line.length));
    fs.writeFileSync(file, `From x@example.com Mon Jan  6 08:00:00 2025\nFrom: x@example.com\nSubject: a long one\n\n${body}\nFrom y@example.com Mon Jan  6 09:00:00 2025\nFrom: y@example.com\nSubject: short\n\nhello\n`);
    const plan = await slicesOf(b, file, 1024);
    expect(plan).toHaveLength(2);
    await withPool(b.workerPreparer({ count: 1 }), async (pool) => {
        const results = await Promise.all(plan.map((s) => pool.prepare(s)));
        expect(results.map((r) => r.scanned)).toEqual([1, 1]);
        expect(results.map((r) => r.items[0]?.result.kind)).toEqual(['other', 'other']);
    });
  }, 120_000);

  it('redoes in this thread the slices held by a worker that died', async () => {
    const b = await built();
    const file = await mailbox();
    const plan = await slicesOf(b, file);
    const d = tempDir('rebound-pool-');
    dirs.push(d);
    const dying = d.file('dying-worker.mjs');
    fs.writeFileSync(dying, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n");
    await withPool(b.workerPreparer({ count: 2, script: pathToFileURL(dying) }), async (pool) => {
        const results = await Promise.all(plan.map((s) => pool.prepare(s)));
        const here = [];
        for (const s of plan) here.push(await b.prepareSlice(s));
        expect(results).toEqual(here);
        expect(results.reduce((n, h) => n + h.scanned, 0)).toBe(400);
    });
  }, 120_000);

  it('skips, without parsing, the messages whose keys it is given, on the workers as here', async () => {
    const b = await built();
    const file = await mailbox();
    const plan = await slicesOf(b, file);
    const first = await Promise.all(plan.map((s) => b.prepareSlice(s)));
    const keys = first.flatMap((f) => f.items.map((i) => i.key));
    // Every other message is already stored.
    const seen = b.SeenDigests.fromKeys(keys.filter((_, i) => i % 2 === 0));
    await withPool(b.workerPreparer({ count: 2, seen }), async (pool) => {
        const again = await Promise.all(plan.map((s) => pool.prepare(s)));
        const here = await Promise.all(plan.map((s) => b.prepareSlice(s, seen)));
        expect(again).toEqual(here);
        const items = again.flatMap((a) => a.items);
        expect(items.map((i) => i.key)).toEqual(keys);
        items.forEach((item, i) => expect(item.result.kind === 'seen').toBe(i % 2 === 0));
    });
  }, 120_000);
});
