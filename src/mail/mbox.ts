// Streams an mbox file one message at a time: memory holds one message plus one read chunk,
// whatever the file size. Handles mboxo and mboxrd escaping, LF and CRLF files, and truncated
// files (the last message is yielded with what is there).
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { DEFAULT_MAX_MESSAGE_BYTES, describeIoError, sha256, tooLarge, unreadable } from './raw-message.js';
import type { RawMessage } from './raw-message.js';

export type MboxVariant = 'mboxo' | 'mboxrd';

export interface MboxOptions {
  /**
   * How body lines starting with "From " were escaped. mboxrd (default): every ">…>From " line
   * lost one ">" on writing, so reading removes one. mboxo: only ">From " is un-escaped. The two
   * differ only on lines starting ">>From ", which the file itself cannot tell apart.
   */
  variant?: MboxVariant;
  /** Messages above this size are yielded with `error` and no bytes (default 100 MB). */
  maxMessageBytes?: number;
  /**
   * Read only the bytes from start (default 0) up to end (default: the end of the file). A range
   * must begin at the file start or at a message start found by findMessageStart, and end at the
   * next such start: then its messages are exactly those the whole-file read yields there.
   */
  start?: number;
  end?: number;
}

const LF = 0x0a;
const CR = 0x0d;
const GT = 0x3e;
// "From sender Tue Jul  1 10:00:00 2025": a real postmark, recognised even without the blank
// line that should precede it (some writers omit it).
const POSTMARK = /^From \S+\s+(?:[A-Z][a-z]{2}\s+){1,2}\s*\d{1,2}\s+\d{1,2}:\d{2}/;

const NL_FROM = Buffer.from('\nFrom ');
const NL_GT = Buffer.from('\n>');

const startsWithFrom = (buf: Buffer, at: number): boolean =>
  buf[at] === 0x46 &&
  buf[at + 1] === 0x72 &&
  buf[at + 2] === 0x6f &&
  buf[at + 3] === 0x6d &&
  buf[at + 4] === 0x20;

/**
 * Length of the line before line-start s when that line is blank ("\n" or "\r\n"),
 * else 0. At s === 0 the answer comes from the previous chunk (`before`).
 */
function blankBefore(buf: Buffer, s: number, before: number): number {
  if (s === 0) return before;
  if (s === 1) return 1;
  if (buf[s - 2] === LF) return 1;
  if (buf[s - 2] === CR && (s === 2 || buf[s - 3] === LF)) return 2;
  return 0;
}

interface MboxScanner {
  /** The messages a chunk completes; chunks come in file order from opts.start. */
  feed(chunk: Buffer): Generator<RawMessage>;
  /** The rest, after the last chunk. */
  end(): Generator<RawMessage>;
  /** What was read before an I/O error, and the error as an unreadable entry. */
  fail(e: unknown): Generator<RawMessage>;
}

/** Splits the bytes of an mbox, fed in chunks of any size, into messages. */
function mboxScanner(path: string, opts: MboxOptions): MboxScanner {
  const rd = (opts.variant ?? 'mboxrd') === 'mboxrd';
  const max = opts.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;

  let parts: Buffer[] = [];
  let size = 0;
  let oversize = false;
  let msgOffset = opts.start ?? 0; // file offset of the current message's postmark (or of leading text)
  let started = false; // a postmark has been seen

  const take = (b: Buffer): void => {
    if (oversize || b.length === 0) return;
    if (size + b.length > max) {
      oversize = true;
      parts = [];
      return;
    }
    parts.push(b);
    size += b.length;
  };

  /** The message collected so far; `trailingBlank` is the separator line's length, dropped. */
  function finish(trailingBlank: number): RawMessage | null {
    const origin = `${path}#${msgOffset}`;
    const wasOversize = oversize;
    let raw = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    parts = [];
    size = 0;
    oversize = false;
    if (wasOversize)
      return tooLarge(origin, max);
    if (trailingBlank > 0 && raw.length >= trailingBlank)
      raw = raw.subarray(0, raw.length - trailingBlank);
    if (!started && raw.every((b) => b === LF || b === CR || b === 0x20 || b === 0x09)) return null;
    return { key: sha256(raw), raw, origin };
  }

  let carry: Buffer | null = null; // a partial last line, waiting for the rest
  let bufOffset = opts.start ?? 0; // file offset of buf[0]
  let tailBlank = 1; // blankBefore() at the end of what was scanned; the file start counts as blank
  let midLine = false; // buf[0] continues a line that was dropped for being over the limit

  /** The complete lines of buf, which starts at a line start; leaves any partial line in carry. */
  function* scan(buf: Buffer): Generator<RawMessage> {
    const end = buf.lastIndexOf(LF) + 1;
    const next = (needle: Buffer, from: number): number => {
      const i = buf.indexOf(needle, from);
      return i === -1 || i + 1 >= end ? -1 : i + 1;
    };
    // Only lines starting "From " (postmarks) or ">" (escapes) matter, so find those natively
    // rather than visiting every line.
    let fromAt = !midLine && end > 0 && startsWithFrom(buf, 0) ? 0 : next(NL_FROM, 0);
    let gtAt = !midLine && end > 0 && buf[0] === GT ? 0 : next(NL_GT, 0);
    let runStart = 0;
    while (fromAt !== -1 || gtAt !== -1) {
      if (fromAt !== -1 && (gtAt === -1 || fromAt < gtAt)) {
        const s = fromAt;
        fromAt = next(NL_FROM, s);
        const nl = buf.indexOf(LF, s);
        const blank = blankBefore(buf, s, tailBlank);
        if (blank === 0 && !POSTMARK.test(buf.toString('latin1', s, Math.min(nl, s + 200))))
          continue;
        take(buf.subarray(runStart, s));
        if (started || size > 0 || oversize) {
          const m = finish(blank);
          if (m) yield m;
        }
        started = true;
        msgOffset = bufOffset + s;
        runStart = nl + 1;
      } else {
        const s = gtAt;
        gtAt = next(NL_GT, s);
        let q = s;
        while (buf[q] === GT) q++;
        if ((rd || q === s + 1) && startsWithFrom(buf, q)) {
          take(buf.subarray(runStart, s));
          runStart = s + 1; // drop one ">"
        }
      }
    }
    take(buf.subarray(runStart, end));
    if (end > 0) {
      tailBlank = blankBefore(buf, end, tailBlank);
      midLine = false;
    }
    carry = end < buf.length ? buf.subarray(end) : null;
    bufOffset += end;
    dropHugeCarry();
  }

  // A single line longer than the limit: its message is oversize anyway, stop holding it.
  function dropHugeCarry(): void {
    if (carry && carry.length > max) {
      take(carry);
      bufOffset += carry.length;
      carry = null;
      midLine = true;
      tailBlank = 0;
    }
  }

  return {
    *feed(chunk) {
      if (carry === null) {
        yield* scan(chunk);
        return;
      }
      // Complete the partial line alone rather than copying the whole chunk behind it.
      const nl = chunk.indexOf(LF);
      if (nl === -1) {
        carry = Buffer.concat([carry, chunk]);
        dropHugeCarry();
        return;
      }
      const line = Buffer.concat([carry, chunk.subarray(0, nl + 1)]);
      carry = null;
      yield* scan(line);
      yield* scan(chunk.subarray(nl + 1));
    },
    *end() {
      // A file cut mid-line: keep the partial last line, it is still the message's text.
      if (carry) take(carry);
      if (started || size > 0 || oversize) {
        const m = finish(carry ? 0 : tailBlank);
        if (m) yield m;
      }
    },
    *fail(e) {
      if (started || size > 0 || oversize) {
        const m = finish(0);
        if (m) yield m;
      }
      yield unreadable(`${path}#${bufOffset}`, `could not read the rest of the mbox: ${describeIoError(e)}`);
    },
  };
}

const CHUNK = 1024 * 1024;

/** Messages of an mbox file, in order, un-escaped, without their "From " postmark line. */
export async function* readMbox(path: string, opts: MboxOptions = {}): AsyncGenerator<RawMessage> {
  const start = opts.start ?? 0;
  if (opts.end !== undefined && opts.end <= start) return;
  const range = opts.end !== undefined ? { start, end: opts.end - 1 } : { start };
  const scanner = mboxScanner(path, opts);
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: CHUNK, ...range }) as AsyncIterable<Buffer>)
      yield* scanner.feed(chunk);
  } catch (e) {
    yield* scanner.fail(e);
    return;
  }
  yield* scanner.end();
}

/**
 * readMbox with blocking reads, for worker threads (see slices.ts): the same messages, without a
 * stream's per-chunk hand-offs through the event loop.
 */
export function* readMboxSync(path: string, opts: MboxOptions = {}): Generator<RawMessage> {
  const start = opts.start ?? 0;
  const stop = opts.end ?? Infinity;
  if (stop <= start) return;
  const scanner = mboxScanner(path, opts);
  let fd: number | null = null;
  try {
    for (let at = start; at < stop; ) {
      // Each message is a view of its chunk, so a chunk is never reused.
      let got: Buffer;
      try {
        fd ??= openSync(path, 'r');
        const chunk = Buffer.allocUnsafeSlow(Math.min(CHUNK, stop - at));
        got = chunk.subarray(0, readSync(fd, chunk, 0, chunk.length, at));
      } catch (e) {
        yield* scanner.fail(e);
        return;
      }
      if (got.length === 0) break;
      at += got.length;
      yield* scanner.feed(got);
    }
  } finally {
    if (fd !== null) closeSync(fd);
  }
  yield* scanner.end();
}

/**
 * The first offset at or after `from` where readMbox is sure to start a message: a "From " line
 * after a blank line (the whole-file read splits there whatever came before, so a range may start
 * there). Null when there is none before the end of the file. Reads only what it searches, into
 * `window` (any size over 16 bytes; pass the same one to every call), without blocking: the
 * planner runs on the thread that commits, and a read from a cold disk can take milliseconds.
 */
export async function findMessageStart(
  file: FileHandle,
  from: number,
  window: Buffer = Buffer.allocUnsafe(64 * 1024),
): Promise<number | null> {
  if (from <= 0) return 0;
  // Each read starts 3 bytes early: blankBefore looks that far back from a line start.
  let at = Math.max(0, from - 3);
  for (;;) {
    const { bytesRead: n } = await file.read(window, 0, window.length, at);
    if (n === 0) return null;
    const buf = window.subarray(0, n);
    let i = buf.indexOf(NL_FROM);
    while (i !== -1) {
      const s = i + 1;
      // Past the file start, a match this close to the read's start was seen by the last read.
      if (at + s >= from && (at === 0 || s >= 3) && blankBefore(buf, s, 1) > 0) return at + s;
      i = buf.indexOf(NL_FROM, s);
    }
    if (n < window.length) return null;
    // Overlap the next read so a "\r\n\r\nFrom " cut by this read's end is seen whole.
    at += n - NL_FROM.length - 3;
  }
}
