// Ingest: reads a stream of raw messages, keeps only job mail, links each to an application,
// advances its status, records rejections, and queues uncertain cases for review.
// Idempotent (every message key is remembered) and resumable (each batch commits atomically).
import type { EmailLabel } from '../../core/email/types.js';
import { advanceStatus, correctionPattern, matchApplication } from '../../core/matching/match.js';
import { parseSender } from '../../core/rejection/analyze.js';
import type { Actor, Application, JobEmail } from '../../core/types.js';
import type { ImapAccount, ImapFolderState } from '../../mail/imap.js';
import { mailbox, mailImap } from '../lazy.js';
import { inlinePreparer, workerPreparer, type Preparer } from '../ingest/pool.js';
import type { PreparedMail, PrepareResult, RawMessage } from '../ingest/prepare.js';
import type { Repos } from '../../store/index.js';
import { nowIso, type Deps } from '../deps.js';
import { applyRejection } from './rejections.js';

export type { RawMessage } from '../ingest/prepare.js';

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
  /**
   * Prepare (parse and classify) batches on worker threads while earlier batches are stored.
   * Only for sources whose progress is not saved by onCommit: a reader that runs ahead of the
   * commits must not record messages as done before they are stored.
   */
  parallel?: boolean;
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
const PARALLEL_BATCH = 100;
/** Messages per transaction at most, when finished batches are committed together. */
const GROUP_LIMIT = 1000;

interface InFlight {
  keys: Set<string>;
  /** Counts as of the batch's last message, for progress reports in commit order. */
  scanned: number;
  bytes: number;
  fresh: RawMessage[];
  results: Promise<PrepareResult[]>;
  /** Set once results has settled. */
  ready: boolean;
}

/** Counts a prepared batch into the summary; returns its job mail, in mailbox order. */
function tally(results: readonly PrepareResult[], fresh: readonly RawMessage[], sum: IngestSummary): PreparedMail[] {
  const jobs: PreparedMail[] = [];
  results.forEach((r, i) => {
    if (r.kind === 'other') sum.other++;
    else if (r.kind === 'malformed') {
      sum.malformed++;
      if (sum.problems.length < MAX_PROBLEMS) sum.problems.push(`${fresh[i]?.origin ?? '?'}: ${r.reason}`);
    } else {
      sum.jobMail++;
      jobs.push(r.mail);
    }
  });
  return jobs;
}

export function ingestUseCases(d: Deps) {
  return {
    /** Ingests any stream of raw messages; the mailbox and IMAP entry points feed this. */
    async ingestMessages(actor: Actor, source: AsyncIterable<RawMessage>, options: IngestOptions = {}): Promise<IngestSummary> {
      const sum = emptySummary();
      const threshold = options.reviewThreshold ?? DEFAULT_THRESHOLD;
      // Smaller batches in parallel: several are in memory at once.
      const batchSize = options.batchSize ?? (options.parallel ? PARALLEL_BATCH : DEFAULT_BATCH);
      // Keys of batches read but not yet committed: a copy of a message in the next batch is
      // already seen, though the store does not know it yet.
      const pendingKeys = new Set<string>();
      const inflight: InFlight[] = [];
      let preparer: Preparer = inlinePreparer;
      let batch: RawMessage[] = [];

      const dispatch = async (): Promise<void> => {
        const current = batch;
        batch = [];
        if (current.length === 0) return;
        // A mailbox bigger than one batch is worth the worker threads' start-up.
        if (options.parallel && preparer === inlinePreparer) preparer = workerPreparer() ?? inlinePreparer;
        const seen = await d.store.emails.seen(actor.userId, current.map((m) => m.key));
        const fresh: RawMessage[] = [];
        const keys = new Set<string>();
        for (const m of current) {
          if (m.error !== undefined) {
            sum.malformed++;
            if (sum.problems.length < MAX_PROBLEMS) sum.problems.push(`${m.origin}: ${m.error}`);
          } else if (seen.has(m.key) || keys.has(m.key) || pendingKeys.has(m.key)) sum.alreadySeen++;
          else {
            keys.add(m.key);
            fresh.push(m);
          }
        }
        for (const k of keys) pendingKeys.add(k);
        const entry: InFlight = { keys, scanned: sum.scanned, bytes: sum.bytes, results: preparer.prepare(fresh), fresh, ready: false };
        const settled = (): void => {
          entry.ready = true;
        };
        void entry.results.then(settled, settled);
        inflight.push(entry);
      };

      // Applications, read once per run and kept current by handleJobMail's own changes.
      let apps: Application[] | null = null;

      const commitOldest = async (): Promise<void> => {
        const first = inflight.shift();
        if (!first) return;
        const group = [{ f: first, results: await first.results }];
        // Batches the workers have already finished join this transaction: fewer commits when
        // storing is what everyone waits for.
        let size = first.fresh.length;
        while (inflight[0]?.ready && size < GROUP_LIMIT) {
          const f = inflight.shift() as InFlight;
          size += f.fresh.length;
          group.push({ f, results: await f.results });
        }
        const prepared = group.flatMap((g) => tally(g.results, g.f.fresh, sum));
        const now = nowIso(d);
        // One transaction per group: a kill mid-way loses only the open group, which the next
        // run redoes from scratch, so the result equals a clean run.
        const snapshot = apps ? [...apps] : null;
        try {
          await d.store.transaction(async (tx) => {
            if (prepared.length > 0) {
              apps ??= await tx.applications.list(actor.userId);
              for (const p of prepared) await handleJobMail(tx, actor, p, apps, threshold, now, sum);
            }
            await tx.emails.markSeen(actor.userId, group.flatMap((g) => [...g.f.keys]));
            await options.onCommit?.(tx);
          });
        } catch (e) {
          apps = snapshot;
          throw e;
        }
        const last = group[group.length - 1]?.f ?? first;
        for (const g of group) for (const k of g.f.keys) pendingKeys.delete(k);
        options.onProgress?.({ scanned: last.scanned, bytes: last.bytes, jobMail: sum.jobMail });
      };

      try {
        for await (const msg of source) {
          sum.scanned++;
          sum.bytes += msg.raw.length;
          batch.push(msg);
          if (batch.length >= batchSize) {
            await dispatch();
            // Keep every lane busy, and no more: memory stays flat whatever the mailbox size.
            while (inflight.length > preparer.lanes) await commitOldest();
            if (preparer.lanes === 1) await commitOldest();
          }
        }
        await dispatch();
        while (inflight.length > 0) await commitOldest();
      } finally {
        await Promise.allSettled(inflight.map((f) => f.results));
        await preparer.close();
      }
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
      return this.ingestMessages(actor, readMailbox(path), { parallel: true, ...options });
    },
  };
}
