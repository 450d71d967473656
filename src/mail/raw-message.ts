// The unit every reader yields: one message's bytes, a stable key for idempotent ingest, and
// where it came from. Readers never abort a stream over one bad message (see `error`).
import { createHash } from 'node:crypto';

export interface RawMessage {
  /** Stable identity for idempotent ingest: "<folder>:<uidValidity>:<uid>" for IMAP, else sha256 of the raw bytes. */
  key: string;
  raw: Buffer;
  /** Where it came from, for error messages: file path, path#offset for mbox, folder/uid for IMAP. */
  origin: string;
  /**
   * Set when the message could not be read at all (an I/O error, a file that vanished, a message
   * over the size limit): `raw` is then empty and `key` is derived from `origin`. Content that is
   * readable but malformed is NOT flagged here: it is yielded as is, and the parse step reports
   * it (parseEmailFast sets its own `error`).
   */
  error?: string;
}

export const sha256 = (raw: Buffer): string => createHash('sha256').update(raw).digest('hex');

/** The entry for a message that could not be read; keyed by origin so a retry finds it again. */
export function unreadable(origin: string, why: string): RawMessage {
  return {
    key: `unreadable:${sha256(Buffer.from(origin))}`,
    raw: Buffer.alloc(0),
    origin,
    error: why,
  };
}

/** Messages above this size are yielded unread, with `error` (see tooLarge). */
export const DEFAULT_MAX_MESSAGE_BYTES = 100 * 1024 * 1024;

/** The entry for a message over the size limit: a retry with a higher limit reads it. */
export function tooLarge(origin: string, max: number): RawMessage {
  return unreadable(origin, `message is larger than ${Math.round(max / 1048576)} MB; skipped`);
}

/** One line naming the failure, without a stack: "EACCES: permission denied" etc. */
export function describeIoError(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as NodeJS.ErrnoException).code;
    return code ? `${code}: ${e.message.replace(/^\w+: /, '')}` : e.message;
  }
  return String(e);
}
