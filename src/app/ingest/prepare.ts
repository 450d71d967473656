// The CPU-heavy half of ingest, per message: read, parse, classify, and for job mail extract the
// facts. Pure of storage, so it can run on a worker thread (pool.ts) while the main thread writes
// the store.
import { classifyEmail, extractEmail, isOtherMail, stripQuoted } from '../../core/email/index.js';
import type { Classification, Extraction } from '../../core/email/types.js';
import { parseEmailFast } from '../../mail/parse-fast.js';
import type { RawMessage } from '../../mail/raw-message.js';
import { readSlice, type MailSlice } from '../../mail/slices.js';
import type { SeenDigests } from './seen-digests.js';

export type { RawMessage } from '../../mail/raw-message.js';

/** What ingest keeps of a job message: small, so it crosses a thread boundary cheaply. */
export interface PreparedMail {
  key: string;
  origin: string;
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  from: string;
  subject: string;
  date: string | null;
  cls: Classification;
  ext: Extraction;
  /** The newest text of the message, quotes removed, at most 20,000 characters. */
  body: string;
}

export type PrepareResult =
  | { kind: 'job'; mail: PreparedMail }
  | { kind: 'other' }
  /** Read but not a message the parser could make sense of: remembered, so not reported twice. */
  | { kind: 'malformed'; origin: string; reason: string }
  /** Could not be read at all (I/O error, over the size limit): not remembered, so a retry reads it. */
  | { kind: 'unreadable'; origin: string; reason: string }
  /** Its key was in the store when the run began: not parsed again. */
  | { kind: 'seen' };

export interface PreparedItem {
  key: string;
  result: PrepareResult;
}

/** A run of messages, prepared, in mailbox order. */
export interface PreparedBatch {
  items: PreparedItem[];
  /** Messages read, readable or not, and their bytes. */
  scanned: number;
  bytes: number;
}

const OTHER: PrepareResult = { kind: 'other' };
const SEEN: PrepareResult = { kind: 'seen' };

const BODY_LIMIT = 20_000;

type Parsed = ReturnType<typeof parseEmailFast>;

/** A message read and parsed, waiting for the classifier. */
interface Pending {
  at: number;
  key: string;
  origin: string;
  parsed: Parsed;
}

function malformed(origin: string, e: unknown): PrepareResult {
  // A message no parser anticipated must cost one skipped message, never the run.
  return { kind: 'malformed', origin, reason: e instanceof Error ? e.message : String(e) };
}

/** Parses a message, or says why the parser could not make sense of it. */
function parse(origin: string, raw: Buffer): { parsed: Parsed } | { failed: PrepareResult } {
  try {
    const parsed = parseEmailFast(raw);
    if (parsed.error) return { failed: { kind: 'malformed', origin, reason: parsed.error.message } };
    return { parsed };
  } catch (e) {
    return { failed: malformed(origin, e) };
  }
}

/** Classifies a parsed message and, for job mail, extracts its facts. */
function judge(key: string, origin: string, parsed: Parsed): PrepareResult {
  try {
    const input = {
      subject: parsed.subject,
      from: parsed.from,
      body: parsed.text,
      html: parsed.html,
      date: parsed.date,
    };
    // Most mail is not about a job: settle that before building an explanation.
    if (isOtherMail(input)) return OTHER;
    const cls = classifyEmail(input);
    if (cls.label === 'other') return OTHER;
    const ext = extractEmail(input, cls.label);
    return {
      kind: 'job',
      mail: {
        key,
        origin,
        messageId: parsed.messageId,
        inReplyTo: parsed.inReplyTo,
        references: parsed.references,
        from: parsed.from,
        subject: parsed.subject,
        date: parsed.date,
        cls: { ...cls, reasons: cls.reasons.slice(0, 6) },
        ext,
        body: stripQuoted(parsed.text).slice(0, BODY_LIMIT),
      },
    };
  } catch (e) {
    return malformed(origin, e);
  }
}

/** Reads, parses, classifies and extracts one message. */
export function prepareMessage(key: string, origin: string, raw: Buffer): PrepareResult {
  const p = parse(origin, raw);
  return 'failed' in p ? p.failed : judge(key, origin, p.parsed);
}

/**
 * Prepares a run of messages in two passes: parse them all, then classify them all. Each pass
 * keeps its own code and tables hot in the CPU caches; interleaving the two per message cost
 * about a tenth more CPU (docs/MEASUREMENTS.md).
 */
function prepareAll(messages: Iterable<RawMessage>, seen: SeenDigests | null): PreparedBatch {
  const batch: PreparedBatch = { items: [], scanned: 0, bytes: 0 };
  const pending: Pending[] = [];
  for (const m of messages) {
    batch.scanned++;
    batch.bytes += m.raw.length;
    let result: PrepareResult | null = null;
    if (m.error !== undefined) result = { kind: 'unreadable', origin: m.origin, reason: m.error };
    else if (seen?.has(m.key)) result = SEEN;
    else {
      const p = parse(m.origin, m.raw);
      if ('failed' in p) result = p.failed;
      else pending.push({ at: batch.items.length, key: m.key, origin: m.origin, parsed: p.parsed });
    }
    // A placeholder until the second pass; the slot keeps mailbox order.
    batch.items.push({ key: m.key, result: result ?? OTHER });
  }
  for (const p of pending) {
    const item = batch.items[p.at];
    if (item) item.result = judge(p.key, p.origin, p.parsed);
  }
  return batch;
}

/** Prepares messages already read (IMAP, tests). */
export function prepareMessages(messages: readonly RawMessage[]): PreparedBatch {
  return prepareAll(messages, null);
}

/**
 * Reads and prepares one slice of a local mailbox (blocking: meant for a worker thread). Messages
 * whose keys are in `seen` are read and hashed, not parsed.
 */
export function prepareSliceSync(slice: MailSlice, seen: SeenDigests | null = null): PreparedBatch {
  return prepareAll(readSlice(slice), seen);
}

/** prepareSliceSync as a promise, which is what a preparer hands back. */
export function prepareSlice(slice: MailSlice, seen: SeenDigests | null = null): Promise<PreparedBatch> {
  try {
    return Promise.resolve(prepareSliceSync(slice, seen));
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}
