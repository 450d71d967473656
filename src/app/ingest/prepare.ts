// The CPU-heavy half of ingest, per message: parse, classify, and for job mail extract the facts.
// Pure of storage, so it can run on a worker thread (pool.ts) while the main thread reads the
// mailbox and writes the store.
import { classifyEmail, extractEmail, isOtherMail, stripQuoted } from '../../core/email/index.js';
import type { Classification, Extraction } from '../../core/email/types.js';
import { parseEmailFast } from '../../mail/parse-fast.js';

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
  | { kind: 'malformed'; reason: string };

const BODY_LIMIT = 20_000;

export function prepareMessage(key: string, origin: string, raw: Buffer): PrepareResult {
  try {
    const parsed = parseEmailFast(raw);
    if (parsed.error) return { kind: 'malformed', reason: parsed.error.message };
    const input = {
      subject: parsed.subject,
      from: parsed.from,
      body: parsed.text,
      html: parsed.html,
      date: parsed.date,
    };
    // Most mail is not about a job: settle that before building an explanation.
    if (isOtherMail(input)) return { kind: 'other' };
    const cls = classifyEmail(input);
    if (cls.label === 'other') return { kind: 'other' };
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
    // A message no parser anticipated must cost one skipped message, never the run.
    return { kind: 'malformed', reason: e instanceof Error ? e.message : String(e) };
  }
}
