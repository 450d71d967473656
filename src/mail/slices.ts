// A local mailbox cut into slices that can be read independently, in parallel, by worker threads:
// byte ranges of an mbox that start at a message, or runs of message files. Reading every slice
// in order yields exactly the messages readMailbox yields, with the same keys and origins.
import { open, stat, type FileHandle } from 'node:fs/promises';
import { detectMailboxKind, mailFiles, readOneSync, type MailboxKind, type ReadMailboxOptions } from './mailbox.js';
import { findMessageStart, readMboxSync, type MboxVariant } from './mbox.js';
import { describeIoError, unreadable, type RawMessage } from './raw-message.js';

export type MailSlice =
  | { kind: 'mbox'; path: string; start: number; end?: number; variant: MboxVariant; maxMessageBytes?: number }
  | { kind: 'files'; paths: string[]; maxMessageBytes?: number }
  | { kind: 'unreadable'; origin: string; error: string };

export interface PlannedSlice {
  slice: MailSlice;
  /** How much of the mailbox has been read once this slice is (0 to 1), for an ETA. */
  upTo: number;
}

export interface SliceOptions extends ReadMailboxOptions {
  /** Bytes of mbox per slice (default 2 MB): enough work to be worth a hand-off, small enough to share out. */
  sliceBytes?: number;
  /** Message files per slice (default 64). */
  sliceFiles?: number;
  /** What the caller has already found the path to be (detectMailboxKind), so it is not looked at twice. */
  kind?: MailboxKind;
}

/** Slices covering the whole mailbox, in order. Throws invalid_input as readMailbox does. */
export async function* planSlices(path: string, opts: SliceOptions = {}): AsyncGenerator<PlannedSlice> {
  const kind = opts.kind ?? (await detectMailboxKind(path));
  const limit = opts.maxMessageBytes !== undefined ? { maxMessageBytes: opts.maxMessageBytes } : {};
  if (kind === 'mbox') {
    yield* mboxSlices(path, { variant: opts.mboxVariant ?? 'mboxrd', ...limit }, opts.sliceBytes ?? 2 * 1024 * 1024);
    return;
  }
  if (kind === 'eml') {
    yield { slice: { kind: 'files', paths: [path], ...limit }, upTo: 1 };
    return;
  }
  const per = opts.sliceFiles ?? 64;
  // Listing is quick next to reading: list first, so the ETA knows the total.
  const all = [];
  for await (const f of mailFiles(path, kind)) all.push(f);
  let paths: string[] = [];
  let done = 0;
  const flush = function* (): Generator<PlannedSlice> {
    if (paths.length === 0) return;
    yield { slice: { kind: 'files', paths, ...limit }, upTo: done / all.length };
    paths = [];
  };
  for (const f of all) {
    done++;
    if (f.error !== undefined) {
      yield* flush();
      yield { slice: { kind: 'unreadable', origin: f.path, error: f.error }, upTo: done / all.length };
      continue;
    }
    paths.push(f.path);
    if (paths.length >= per) yield* flush();
  }
  yield* flush();
}

async function* mboxSlices(
  path: string,
  base: { variant: MboxVariant; maxMessageBytes?: number },
  size: number,
): AsyncGenerator<PlannedSlice> {
  let total: number;
  let file: FileHandle;
  try {
    total = (await stat(path)).size;
    file = await open(path, 'r');
  } catch (e) {
    yield { slice: { kind: 'unreadable', origin: path, error: describeIoError(e) }, upTo: 1 };
    return;
  }
  try {
    let start = 0;
    const window = Buffer.allocUnsafe(64 * 1024);
    for (;;) {
      let next: number | null = null;
      try {
        next = start + size < total ? await findMessageStart(file, start + size, window) : null;
      } catch {
        // The reader of the last slice meets the same I/O error and reports it.
        next = null;
      }
      if (next === null || next >= total) {
        // The last slice reads to the end of the file, as it is when read.
        yield { slice: { kind: 'mbox', path, start, ...base }, upTo: 1 };
        return;
      }
      yield { slice: { kind: 'mbox', path, start, end: next, ...base }, upTo: next / total };
      start = next;
    }
  } finally {
    await file.close();
  }
}

/**
 * The messages of one slice, in order; a message that cannot be read is yielded with `error`.
 * Reads block: this runs on worker threads, where waiting for the disk holds up nothing else, and
 * a stream's hand-offs through the event loop cost more than the reads themselves.
 */
export function* readSlice(slice: MailSlice): Generator<RawMessage> {
  switch (slice.kind) {
    case 'mbox':
      yield* readMboxSync(slice.path, slice);
      return;
    case 'files':
      for (const p of slice.paths) yield readOneSync(p, slice);
      return;
    case 'unreadable':
      yield unreadable(slice.origin, slice.error);
  }
}
