// Ingest: reads a stream of raw messages, keeps only job mail, links each to an application,
// advances its status, records rejections, and queues uncertain cases for review.
// Idempotent (every message key is remembered) and resumable (each batch commits atomically).
import type { EmailLabel } from '../../core/email/types.js';
import { advanceStatus, correctionPattern, matchApplication } from '../../core/matching/match.js';
import { parseSender } from '../../core/rejection/analyze.js';
import type { Actor, Application, JobEmail } from '../../core/types.js';
import type { ImapAccount, ImapFolderState } from '../../mail/imap.js';
import { ingestEngine, mailImap } from '../lazy.js';
import type { PreparedBatch, PreparedItem, PreparedMail, RawMessage } from '../ingest/prepare.js';
import type { SeenKeys } from '../ingest/seen-digests.js';
import type { Repos } from '../../store/index.js';
import { nowIso, type Deps } from '../deps.js';
import { applyRejection } from './rejections.js';

export type { RawMessage } from '../ingest/prepare.js';

export interface IngestProgress {
  scanned: number;
  bytes: number;
  jobMail: number;
  /** How much of a local mailbox is done (0 to 1), for an ETA; null where unknown (IMAP). */
  fraction: number | null;
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
  p: PreparedMail,
  apps: Application[],
  threshold: number,
  now: string,
  sum: IngestSummary,
): Promise<void> {
  const u = actor.userId;
  // The same message can arrive under two keys (an IMAP folder re-numbered, a copy in an mbox).
  if (p.messageId && (await tx.emails.byMessageId(u, p.messageId))) return;
  const sender = parseSender(p.from);
  let label = p.cls.label;
  const pattern = correctionPattern(sender.email, p.subject, p.ext.company, p.ext.role);
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

  const thread = await tx.emails.applicationForThread(u, [p.inReplyTo, ...p.references].filter((x): x is string => !!x));
  const match =
    correction?.applicationId != null
      ? { applicationId: correction.applicationId, confidence: 1, why: 'your earlier correction' }
      : matchApplication(
          { company: p.ext.company, role: p.ext.role, fromDomain: sender.email?.split('@')[1] ?? null, threadApplicationId: thread, label },
          apps,
        );

  let app: Application | undefined = match.applicationId !== null ? apps.find((a) => a.id === match.applicationId) : undefined;
  const sure = confident && label !== 'other' && (app ? match.confidence >= 0.75 : match.confidence === 0);
  if (!app && sure && PROCESS_LABELS.includes(label) && p.ext.company) {
    const appliedOn = (p.date ?? now).slice(0, 10);
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
      messageKey: p.key,
      messageId: p.messageId,
      inReplyTo: p.inReplyTo,
      fromName: sender.name,
      fromEmail: sender.email,
      subject: p.subject,
      sentAt: p.date,
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
      origin: p.origin,
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

const DEFAULT_BATCH = 250;

/**
 * Counts a committed group into the summary and returns its new job mail, in mailbox order.
 * `fresh` holds the keys the store had not seen; a copy of a message earlier in the mailbox is as
 * seen as one from an earlier run.
 */
function sortOut(items: readonly PreparedItem[], fresh: ReadonlySet<string>, sum: IngestSummary): PreparedMail[] {
  const jobs: PreparedMail[] = [];
  const used = new Set<string>();
  const problem = (origin: string, reason: string): void => {
    sum.malformed++;
    if (sum.problems.length < MAX_PROBLEMS) sum.problems.push(`${origin}: ${reason}`);
  };
  for (const { key, result: r } of items) {
    if (r.kind === 'unreadable') {
      problem(r.origin, r.reason);
      continue;
    }
    if (r.kind === 'seen' || !fresh.has(key) || used.has(key)) {
      sum.alreadySeen++;
      continue;
    }
    used.add(key);
    if (r.kind === 'other') sum.other++;
    else if (r.kind === 'malformed') problem(r.origin, r.reason);
    else {
      sum.jobMail++;
      jobs.push(r.mail);
    }
  }
  return jobs;
}

export function ingestUseCases(d: Deps) {
  /**
   * Stores prepared batches, in order, as one transaction, and reports progress. `seen` tells new
   * messages from ones stored before, by this run or an earlier one.
   */
  function committer(actor: Actor, sum: IngestSummary, options: IngestOptions, seen: SeenKeys) {
    const threshold = options.reviewThreshold ?? DEFAULT_THRESHOLD;
    // Applications, read once per run and kept current by handleJobMail's own changes.
    let apps: Application[] | null = null;
    return async (batches: readonly PreparedBatch[], fraction: number | null): Promise<void> => {
      const items = batches.flatMap((b) => b.items);
      // In mailbox order, each once: a copy later in the group is as seen as one from a past run.
      const fresh = new Set<string>();
      for (const it of items) {
        if (it.result.kind !== 'unreadable' && it.result.kind !== 'seen' && !seen.has(it.key)) fresh.add(it.key);
      }
      const now = nowIso(d);
      const snapshot = apps ? [...apps] : null;
      const before = { ...sum, problems: [...sum.problems], byLabel: { ...sum.byLabel } };
      // One transaction per group: a kill mid-way loses only the open group, which the next run
      // redoes from scratch, so the result equals a clean run.
      try {
        await d.store.transaction(async (tx) => {
          const jobs = sortOut(items, fresh, sum);
          await tx.emails.rememberSeen(actor.userId, [...fresh]);
          if (jobs.length > 0) {
            apps ??= await tx.applications.list(actor.userId);
            for (const p of jobs) {
              await handleJobMail(tx, actor, p, apps, threshold, now, sum);
              // The store answers synchronously, so a group's commit would otherwise hold the
              // event loop for its whole length, and the workers' finished slices with it.
              await new Promise((r) => setImmediate(r));
            }
          }
          await options.onCommit?.(tx);
        });
      } catch (e) {
        apps = snapshot;
        Object.assign(sum, before);
        throw e;
      }
      for (const k of fresh) seen.add(k);
      for (const b of batches) {
        sum.scanned += b.scanned;
        sum.bytes += b.bytes;
      }
      options.onProgress?.({ scanned: sum.scanned, bytes: sum.bytes, jobMail: sum.jobMail, fraction });
    };
  }

  return {
    /** Ingests any stream of raw messages (IMAP, tests), a batch per transaction, in this thread. */
    async ingestMessages(actor: Actor, source: AsyncIterable<RawMessage>, options: IngestOptions = {}): Promise<IngestSummary> {
      const { prepareMessages, SeenDigests, SeenKeys } = await ingestEngine();
      const sum = emptySummary();
      const commit = committer(actor, sum, options, new SeenKeys(await SeenDigests.load(d.store, actor.userId)));
      const size = options.batchSize ?? DEFAULT_BATCH;
      let batch: RawMessage[] = [];
      for await (const msg of source) {
        batch.push(msg);
        if (batch.length >= size) {
          await commit([prepareMessages(batch)], null);
          batch = [];
        }
      }
      if (batch.length > 0) await commit([prepareMessages(batch)], null);
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

    /**
     * An mbox file, a maildir, a folder of .eml files, or one .eml: read in slices, prepared on
     * worker threads, stored in mailbox order.
     */
    async ingestMailbox(actor: Actor, path: string, options: IngestOptions = {}): Promise<IngestSummary> {
      const { detectMailboxKind, inlinePreparer, planSlices, runSlices, SeenDigests, SeenKeys, workerPreparer } = await ingestEngine();
      // A mistyped path is reported before the remembered keys are read, which takes a while in a
      // large store.
      const kind = await detectMailboxKind(path);
      const sum = emptySummary();
      // Messages already stored are skipped by key before parsing: a re-run costs little.
      const seen = await SeenDigests.load(d.store, actor.userId);
      const commit = committer(actor, sum, options, new SeenKeys(seen));
      const here = inlinePreparer(seen);
      await runSlices(planSlices(path, { kind }), here, () => workerPreparer({ seen }) ?? here, commit);
      return sum;
    },
  };
}
