// Job emails kept from ingest, the keys of every message already seen, IMAP progress, and the
// user's corrections to the classifier.
import { createQueryId, type CompiledQuery, type Kysely, type Selectable } from 'kysely';
import type { EmailLabel } from '../../core/email/types.js';
import type { JobEmail, ReviewStatus } from '../../core/types.js';
import type { Database, EmailsTable } from '../schema.js';
import { listJson, parseList } from './map.js';

export type NewJobEmail = Omit<JobEmail, 'id' | 'createdAt'>;

export interface ImapFolderProgress {
  folder: string;
  uidValidity: string;
  lastUid: number;
}

export interface Correction {
  label: EmailLabel;
  applicationId: number | null;
}

function toDomain(r: Selectable<EmailsTable>): JobEmail {
  return {
    id: r.id,
    messageKey: r.message_key,
    messageId: r.message_id,
    inReplyTo: r.in_reply_to,
    fromName: r.from_name,
    fromEmail: r.from_email,
    subject: r.subject,
    sentAt: r.sent_at,
    body: r.body,
    label: r.label as EmailLabel,
    confidence: r.confidence,
    reasons: parseList(r.reasons_json),
    company: r.company,
    role: r.role,
    contactName: r.contact_name,
    interviewAt: r.interview_at,
    applicationId: r.application_id,
    reviewStatus: r.review_status as ReviewStatus,
    origin: r.origin,
    createdAt: r.created_at,
  };
}

/** Keys per insert: two parameters each, well under SQLite's and PostgreSQL's limits. */
const SEEN_CHUNK = 400;

export class EmailRepo {
  constructor(
    private readonly db: Kysely<Database>,
    /** Shared by the store's transactions: see rememberSeenQuery. */
    private readonly compiled: Map<string, CompiledQuery> = new Map(),
  ) {}

  /**
   * The keys remembered for the user after the one numbered `afterId`, in the order they were
   * remembered, `limit` at a time: a caller walks them all without holding every row.
   */
  async seenKeysAfter(userId: number, afterId: number, limit: number): Promise<{ id: number; key: string }[]> {
    const rows = await this.db
      .selectFrom('ingest_seen')
      .select(['id', 'message_key'])
      .where('user_id', '=', userId)
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ id: r.id, key: r.message_key }));
  }

  /**
   * Remembers `keys` as ingested, in order. It does not look for keys already there: ingest
   * passes only new ones (SeenDigests), and a store-side check would cost a page write per key.
   */
  async rememberSeen(userId: number, keys: readonly string[]): Promise<void> {
    for (let i = 0; i < keys.length; i += SEEN_CHUNK) {
      const chunk = keys.slice(i, i + SEEN_CHUNK);
      if (chunk.length === 0) continue;
      const params: unknown[] = [];
      for (const k of chunk) params.push(userId, k);
      await this.db.executeQuery({ ...this.rememberSeenQuery(chunk.length), queryId: createQueryId(), parameters: params });
    }
  }

  // Ingest remembers every message it reads, and building a 400-row insert cost more than
  // running it (npm run bench:ingest): each row count is compiled once, in this store's dialect,
  // and run with each chunk's values, which it takes in row order: (user_id, message_key), ….
  private rememberSeenQuery(rows: number): CompiledQuery {
    const key = `rememberSeen:${rows}`;
    let q = this.compiled.get(key);
    if (q === undefined) {
      q = this.db
        .insertInto('ingest_seen')
        .values(Array.from({ length: rows }, () => ({ user_id: 0, message_key: '' })))
        .compile();
      this.compiled.set(key, q);
    }
    return q;
  }

  async insert(userId: number, e: NewJobEmail, now: string): Promise<JobEmail | undefined> {
    const row = await this.db
      .insertInto('emails')
      .values({
        user_id: userId,
        message_key: e.messageKey,
        message_id: e.messageId,
        in_reply_to: e.inReplyTo,
        from_name: e.fromName,
        from_email: e.fromEmail,
        subject: e.subject,
        sent_at: e.sentAt,
        body: e.body,
        label: e.label,
        confidence: e.confidence,
        reasons_json: listJson(e.reasons),
        company: e.company,
        role: e.role,
        contact_name: e.contactName,
        interview_at: e.interviewAt,
        application_id: e.applicationId,
        review_status: e.reviewStatus,
        origin: e.origin,
        created_at: now,
      })
      .onConflict((oc) => oc.columns(['user_id', 'message_key']).doNothing())
      .returningAll()
      .executeTakeFirst();
    return row ? toDomain(row) : undefined;
  }

  async get(userId: number, id: number): Promise<JobEmail | undefined> {
    const row = await this.db.selectFrom('emails').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
    return row ? toDomain(row) : undefined;
  }

  async byMessageId(userId: number, messageId: string): Promise<JobEmail | undefined> {
    const row = await this.db
      .selectFrom('emails')
      .selectAll()
      .where('user_id', '=', userId)
      .where('message_id', '=', messageId)
      .executeTakeFirst();
    return row ? toDomain(row) : undefined;
  }

  async list(userId: number, filter: { reviewStatus?: ReviewStatus; applicationId?: number } = {}): Promise<JobEmail[]> {
    let q = this.db.selectFrom('emails').selectAll().where('user_id', '=', userId);
    if (filter.reviewStatus) q = q.where('review_status', '=', filter.reviewStatus);
    if (filter.applicationId !== undefined) q = q.where('application_id', '=', filter.applicationId);
    const rows = await q.orderBy('sent_at').orderBy('id').execute();
    return rows.map(toDomain);
  }

  /** The application an earlier message in the same thread was linked to. */
  async applicationForThread(userId: number, messageIds: readonly string[]): Promise<number | null> {
    if (messageIds.length === 0) return null;
    const row = await this.db
      .selectFrom('emails')
      .select('application_id')
      .where('user_id', '=', userId)
      .where('message_id', 'in', [...messageIds])
      .where('application_id', 'is not', null)
      .executeTakeFirst();
    return row?.application_id ?? null;
  }

  /** Applications that earlier mail from this sender domain was linked to. */
  async applicationsForDomain(userId: number, domain: string): Promise<number[]> {
    const rows = await this.db
      .selectFrom('emails')
      .select('application_id')
      .distinct()
      .where('user_id', '=', userId)
      .where('from_email', 'like', `%@${domain}`)
      .where('application_id', 'is not', null)
      .execute();
    return rows.map((r) => r.application_id).filter((x): x is number => x !== null);
  }

  async update(userId: number, id: number, patch: { label?: EmailLabel; applicationId?: number | null; reviewStatus?: ReviewStatus }): Promise<void> {
    await this.db
      .updateTable('emails')
      .set({
        ...(patch.label !== undefined && { label: patch.label }),
        ...(patch.applicationId !== undefined && { application_id: patch.applicationId }),
        ...(patch.reviewStatus !== undefined && { review_status: patch.reviewStatus }),
      })
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .execute();
  }

  async correction(userId: number, pattern: string): Promise<Correction | undefined> {
    const row = await this.db
      .selectFrom('email_corrections')
      .select(['label', 'application_id'])
      .where('user_id', '=', userId)
      .where('pattern', '=', pattern)
      .executeTakeFirst();
    return row ? { label: row.label as EmailLabel, applicationId: row.application_id } : undefined;
  }

  async saveCorrection(userId: number, pattern: string, c: Correction, now: string): Promise<void> {
    const values = { label: c.label, application_id: c.applicationId, created_at: now };
    await this.db
      .insertInto('email_corrections')
      .values({ user_id: userId, pattern, ...values })
      .onConflict((oc) => oc.columns(['user_id', 'pattern']).doUpdateSet(values))
      .execute();
  }

  async imapProgress(userId: number, account: string): Promise<ImapFolderProgress[]> {
    const rows = await this.db.selectFrom('imap_state').selectAll().where('user_id', '=', userId).where('account', '=', account).execute();
    return rows.map((r) => ({ folder: r.folder, uidValidity: r.uid_validity, lastUid: r.last_uid }));
  }

  async saveImapProgress(userId: number, account: string, p: ImapFolderProgress, now: string): Promise<void> {
    const values = { uid_validity: p.uidValidity, last_uid: p.lastUid, updated_at: now };
    await this.db
      .insertInto('imap_state')
      .values({ user_id: userId, account, folder: p.folder, ...values })
      .onConflict((oc) => oc.columns(['user_id', 'account', 'folder']).doUpdateSet(values))
      .execute();
  }
}
