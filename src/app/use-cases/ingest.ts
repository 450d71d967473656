// Ingest: reads a stream of raw messages, keeps only job mail, links each to an application,
// advances its status, records rejections, and queues uncertain cases for review.
// Idempotent (every message key is remembered) and resumable (each batch commits atomically).
import { classifyEmail, extractEmail, stripQuoted } from '../../core/email/index.js';
import type { Classification, EmailLabel, Extraction } from '../../core/email/types.js';
import { advanceStatus, correctionPattern, matchApplication } from '../../core/matching/match.js';
import { parseSender } from '../../core/rejection/analyze.js';
import type { Actor, Application, JobEmail } from '../../core/types.js';
import type { ImapAccount, ImapFolderState } from '../../mail/imap.js';
import { mailbox, mailImap } from '../lazy.js';
import { parseEmailFast } from '../../mail/parse-fast.js';
import type { ParsedEmail } from '../../mail/parse.js';
import type { Repos } from '../../store/index.js';
import { nowIso, type Deps } from '../deps.js';
import { applyRejection } from './rejections.js';

export interface RawMessage {
  /** Stable identity: a content hash, or folder/UIDVALIDITY/UID for IMAP. */
  key: string;
  raw: Buffer;
  /** Where it came from, for reports: a path, path#offset, folder/uid. */
  origin: string;
  /** Set by a reader that could not read the message at all (it is retried next run). */
  error?: string;
}

export interface IngestProgress {
  scanned: number;
  bytes: number;
  jobMail: number;
}

export interface IngestSummary {
  scanned: number;
  bytes: number;
  alreadySeen: number;
  other: number;
  jobMail: number;
  /** Acted on automatically: linked, status advanced, rejection recorded. */
  applied: number;
  /** Waiting in `rebound review`. */
  review: number;
  applicationsCreated: number;
  rejectionsRecorded: number;
  malformed: number;
  /** The first few problems, each naming the message. */
  problems: string[];
  byLabel: Partial<Record<EmailLabel, number>>;
}

export interface IngestOptions {
  /** Below this classifier confidence nothing changes automatically. */
  reviewThreshold?: number;
  batchSize?: number;
  onProgress?: (p: IngestProgress) => void;
  /** Runs inside each batch's transaction, after its messages: saves reader progress atomically. */
  onCommit?: (tx: Repos) => Promise<void>;
}

const DEFAULT_THRESHOLD = 0.8;
const MAX_PROBLEMS = 5;

interface Prepared {
  msg: RawMessage;
  parsed: ParsedEmail;
  cls: Classification;
  ext: Extraction;
  body: string;
}

export function emptySummary(): IngestSummary {
  return {
    scanned: 0,
    bytes: 0,
    alreadySeen: 0,
    other: 0,
    jobMail: 0,
    applied: 0,
    review: 0,
    applicationsCreated: 0,
    rejectionsRecorded: 0,
    malformed: 0,
    problems: [],
    byLabel: {},
  };
}

/** Labels that mean the user is (or was) in a hiring process: these create applications. */
const PROCESS_LABELS: readonly EmailLabel[] = ['application_received', 'interview', 'assessment', 'offer', 'rejection'];

async function handleJobMail(
  tx: Repos,
  actor: Actor,
  p: Prepared,
  apps: Application[],
  threshold: number,
  now: string,
  sum: IngestSummary,
): Promise<void> {
  const u = actor.userId;
  // The same message can arrive under two keys (an IMAP folder re-numbered, a copy in an mbox).
  if (p.parsed.messageId && (await tx.emails.byMessageId(u, p.parsed.messageId))) return;
  const sender = parseSender(p.parsed.from);
  let label = p.cls.label;
  const pattern = correctionPattern(sender.email, p.parsed.subject, p.ext.company, p.ext.role);
  const correction = await tx.emails.correction(u, pattern);
  let confident = p.cls.confidence >= threshold;
  if (correction) {
    label = correction.label;
    confident = true;
    if (label === 'other') {
      // The user said mail like this is not about a job: forget it, like any other mail.
      sum.jobMail--;
      sum.other++;
      return;
    }
  }
  sum.byLabel[label] = (sum.byLabel[label] ?? 0) + 1;

  const thread = await tx.emails.applicationForThread(u, [p.parsed.inReplyTo, ...p.parsed.references].filter((x): x is string => !!x));
  const match =
    correction?.applicationId != null
      ? { applicationId: correction.applicationId, confidence: 1, why: 'your earlier correction' }
      : matchApplication({ company: p.ext.company, role: p.ext.role, fromDomain: sender.email?.split('@')[1] ?? null, threadApplicationId: thread }, apps);

  let app: Application | undefined = match.applicationId !== null ? apps.find((a) => a.id === match.applicationId) : undefined;
  const sure = confident && label !== 'other' && (app ? match.confidence >= 0.75 : match.confidence === 0);
  if (!app && sure && PROCESS_LABELS.includes(label) && p.ext.company) {
    const appliedOn = (p.parsed.date ?? now).slice(0, 10);
    app = await tx.applications.create(
      u,
      {
        company: p.ext.company,
        role: p.ext.role ?? 'Unknown role',
        url: null,
        source: 'email',
        appliedOn,
        status: 'applied',
        resumeVersion: null,
        notes: null,
        valued: null,
      },
      now,
    );
    apps.push(app);
    sum.applicationsCreated++;
  }
  const act = sure && (app !== undefined || label === 'recruiter_outreach');
  const stored = await tx.emails.insert(
    u,
    {
      messageKey: p.msg.key,
      messageId: p.parsed.messageId,
      inReplyTo: p.parsed.inReplyTo,
      fromName: sender.name,
      fromEmail: sender.email,
      subject: p.parsed.subject,
      sentAt: p.parsed.date,
      body: p.body,
      label,
      confidence: p.cls.confidence,
      reasons: p.cls.reasons.slice(0, 6),
      company: p.ext.company,
      role: p.ext.role,
      contactName: p.ext.contactName,
      interviewAt: p.ext.interviewAt,
      applicationId: app?.id ?? null,
      reviewStatus: act ? 'applied' : 'pending',
      origin: p.msg.origin,
    },
    now,
  );
  if (!stored) return;
  if (!act || !app) {
    if (!act) sum.review++;
    else sum.applied++;
    return;
  }
  await applyEmail(tx, actor, stored, app, now, sum);
  const fresh = await tx.applications.get(u, app.id);
  if (fresh) apps.splice(apps.indexOf(app), 1, fresh);
  sum.applied++;
}

/** What an accepted email does to its application: advance the status, or record the rejection. */
export async function applyEmail(tx: Repos, actor: Actor, e: JobEmail, app: Application, now: string, sum?: IngestSummary): Promise<void> {
  if (e.label === 'rejection') {
    if (app.status === 'rejected') return;
    await applyRejection(
      tx,
      actor,
      {
        applicationId: app.id,
        receivedAt: e.sentAt && e.sentAt <= now ? e.sentAt : now,
        channel: 'email',
        stage: null,
        reasons: [],
        valued: null,
        email: {
          from: e.fromName ? `${e.fromName} <${e.fromEmail ?? ''}>` : (e.fromEmail ?? ''),
          subject: e.subject,
          text: e.body,
          date: e.sentAt,
          messageId: e.messageId,
        },
      },
      now,
    );
    if (sum) sum.rejectionsRecorded++;
    return;
  }
  const next = advanceStatus(app.status, e.label);
  if (next) await tx.applications.update(actor.userId, app.id, { status: next }, now);
}

function prepare(msg: RawMessage, sum: IngestSummary): Prepared | null {
  const parsed = parseEmailFast(msg.raw);
  if (parsed.error) {
    sum.malformed++;
    if (sum.problems.length < MAX_PROBLEMS) sum.problems.push(`${msg.origin}: ${parsed.error.message}`);
    return null;
  }
  const input = { subject: parsed.subject, from: parsed.from, body: parsed.text, html: parsed.html, date: parsed.date };
  const cls = classifyEmail(input);
  if (cls.label === 'other') {
    sum.other++;
    return null;
  }
  sum.jobMail++;
  const ext = extractEmail(input, cls.label);
  const body = stripQuoted(parsed.text).slice(0, 20_000);
  return { msg, parsed, cls, ext, body };
}

export function ingestUseCases(d: Deps) {
  return {
    /** Ingests any stream of raw messages; the mailbox and IMAP entry points feed this. */
    async ingestMessages(actor: Actor, source: AsyncIterable<RawMessage>, options: IngestOptions = {}): Promise<IngestSummary> {
      const sum = emptySummary();
      const threshold = options.reviewThreshold ?? DEFAULT_THRESHOLD;
      const batchSize = options.batchSize ?? 500;
      let batch: RawMessage[] = [];

      const flush = async (): Promise<void> => {
        if (batch.length === 0) return;
        const current = batch;
        batch = [];
        const seen = await d.store.emails.seen(actor.userId, current.map((m) => m.key));
        const fresh: RawMessage[] = [];
        const keys = new Set<string>();
        for (const m of current) {
          if (m.error !== undefined) {
            sum.malformed++;
            if (sum.problems.length < MAX_PROBLEMS) sum.problems.push(`${m.origin}: ${m.error}`);
          } else if (seen.has(m.key) || keys.has(m.key)) sum.alreadySeen++;
          else {
            keys.add(m.key);
            fresh.push(m);
          }
        }
        const prepared = fresh.map((m) => prepare(m, sum)).filter((p): p is Prepared => p !== null);
        const now = nowIso(d);
        // One transaction per batch: a kill mid-way loses only the open batch, which the next
        // run redoes from scratch, so the result equals a clean run.
        await d.store.transaction(async (tx) => {
          const apps = prepared.length > 0 ? await tx.applications.list(actor.userId) : [];
          for (const p of prepared) await handleJobMail(tx, actor, p, apps, threshold, now, sum);
          await tx.emails.markSeen(actor.userId, [...keys]);
          await options.onCommit?.(tx);
        });
        options.onProgress?.({ scanned: sum.scanned, bytes: sum.bytes, jobMail: sum.jobMail });
      };

      for await (const msg of source) {
        sum.scanned++;
        sum.bytes += msg.raw.length;
        batch.push(msg);
        if (batch.length >= batchSize) await flush();
      }
      await flush();
      return sum;
    },

    /**
     * An IMAP account, incrementally: per folder, only UIDs above the last run's (UIDVALIDITY
     * permitting). Progress is saved in the same transaction as the messages it covers.
     */
    async ingestImap(
      actor: Actor,
      account: ImapAccount,
      opts: { folders: string[]; since?: Date },
      options: IngestOptions = {},
    ): Promise<IngestSummary> {
      const accountKey = `${account.user}@${account.host}:${account.port}`;
      const state = await d.store.emails.imapProgress(actor.userId, accountKey);
      const latest = new Map<string, ImapFolderState>();
      const { readImap } = await mailImap();
      const source = readImap(account, {
        folders: opts.folders,
        ...(opts.since && { since: opts.since }),
        state,
        onState: (s) => void latest.set(s.folder, s),
      });
      return this.ingestMessages(actor, source, {
        ...options,
        onCommit: async (tx) => {
          const now = nowIso(d);
          for (const s of latest.values()) await tx.emails.saveImapProgress(actor.userId, accountKey, s, now);
          await options.onCommit?.(tx);
        },
      });
    },

    /** An mbox file, a maildir, a folder of .eml files, or one .eml. */
    async ingestMailbox(actor: Actor, path: string, options: IngestOptions = {}): Promise<IngestSummary> {
      const { readMailbox } = await mailbox();
      return this.ingestMessages(actor, readMailbox(path), options);
    },
  };
}
