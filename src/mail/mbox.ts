// Streams an mbox file one message at a time: memory holds one message plus one read chunk,
// whatever the file size. Handles mboxo and mboxrd escaping, LF and CRLF files, and truncated
// files (the last message is yielded with what is there).
import { createReadStream } from 'node:fs';
import { sha256, unreadable, describeIoError } from './raw-message.js';
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
}

const LF = 0x0a;
const CR = 0x0d;
const GT = 0x3e;
// "From sender Tue Jul  1 10:00:00 2025": a real postmark, recognised even without the blank
// line that should precede it (some writers omit it).
const POSTMARK = /^From \S+\s+(?:[A-Z][a-z]{2}\s+){1,2}\s*\d{1,2}\s+\d{1,2}:\d{2}/;

const startsWithFrom = (buf: Buffer, at: number): boolean =>
  buf[at] === 0x46 && buf[at + 1] === 0x72 && buf[at + 2] === 0x6f && buf[at + 3] === 0x6d && buf[at + 4] === 0x20;

/** Messages of an mbox file, in order, un-escaped, without their "From " postmark line. */
export async function* readMbox(path: string, opts: MboxOptions = {}): AsyncGenerator<RawMessage> {
  const rd = (opts.variant ?? 'mboxrd') === 'mboxrd';
  const max = opts.maxMessageBytes ?? 100 * 1024 * 1024;

  let parts: Buffer[] = [];
  let size = 0;
  let oversize = false;
  let msgOffset = 0; // file offset of the current message's postmark (or 0 for leading text)
  let started = false; // a postmark has been seen, or leading text is being collected
  let prevBlank = true; // start of file counts as "after a blank line"
  let lastEol = 0; // length of the line ending of the last line added (to strip the separator)

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

  function finish(): RawMessage | null {
    const origin = `${path}#${msgOffset}`;
    if (oversize) {
      return unreadable(origin, `message is larger than ${Math.round(max / 1048576)} MB; skipped`);
    }
    let raw = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    // The blank line before the next postmark separates entries; it is not message content.
    if (prevBlank && lastEol > 0 && raw.length >= lastEol) raw = raw.subarray(0, raw.length - lastEol);
    if (!started && raw.every((b) => b === LF || b === CR || b === 0x20 || b === 0x09)) return null;
    return { key: sha256(raw), raw, origin };
  }

  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  let carry: Buffer | null = null;
  let carryOffset = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const buf: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
      const base = carryOffset; // file offset of buf[0]
      let pos = 0;
      // Unchanged lines are copied as one run; only escaped and postmark lines break the run.
      let runStart = 0;
      for (;;) {
        const nl = buf.indexOf(LF, pos);
        if (nl === -1) break;
        const lineEnd = nl + 1;
        const contentEnd = nl > pos && buf[nl - 1] === CR ? nl - 1 : nl;
        const blank = contentEnd === pos;
        if (startsWithFrom(buf, pos) && (prevBlank || POSTMARK.test(buf.toString('latin1', pos, Math.min(contentEnd, pos + 200))))) {
          take(buf.subarray(runStart, pos));
          if (started || size > 0) {
            const m = finish();
            if (m) yield m;
          }
          parts = [];
          size = 0;
          oversize = false;
          started = true;
          msgOffset = base + pos;
          runStart = lineEnd;
          prevBlank = false;
          lastEol = 0;
          pos = lineEnd;
          continue;
        }
        if (buf[pos] === GT) {
          let q = pos;
          while (buf[q] === GT) q++;
          if ((rd || q === pos + 1) && startsWithFrom(buf, q)) {
            take(buf.subarray(runStart, pos));
            runStart = pos + 1; // drop one ">"
          }
        }
        prevBlank = blank;
        lastEol = lineEnd - contentEnd;
        pos = lineEnd;
      }
      take(buf.subarray(runStart, pos));
      carry = pos < buf.length ? buf.subarray(pos) : null;
      carryOffset = base + pos;
      // A partial line larger than the limit cannot become a message we keep; stop holding it.
      if (carry && carry.length > max) {
        oversize = true;
        parts = [];
        carry = null;
      }
    }
  } catch (e) {
    if (started || size > 0) {
      const m = finish();
      if (m) yield m;
    }
    yield unreadable(`${path}#${carryOffset}`, `could not read the rest of the mbox: ${describeIoError(e)}`);
    return;
  }
  // A file cut mid-line: keep the partial last line, it is still the message's text.
  if (carry) {
    take(carry);
    prevBlank = false;
    lastEol = 0;
  }
  if (started || size > 0) {
    const m = finish();
    if (m) yield m;
  }
}
