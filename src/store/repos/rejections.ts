// Rejections: how and when the news came, and what it said.
import type { Kysely, Selectable } from 'kysely';
import type { Rejection, RejectionChannel, Stage, Wording } from '../../core/types.js';
import type { Database, RejectionsTable } from '../schema.js';
import { fromBool, listJson, parseList, toBool } from './map.js';

export type NewRejection = Omit<Rejection, 'id' | 'createdAt'>;

function toDomain(r: Selectable<RejectionsTable>): Rejection {
  return {
    id: r.id,
    applicationId: r.application_id,
    receivedAt: r.received_at,
    channel: r.channel as RejectionChannel,
    stage: r.stage as Stage,
    wording: r.wording as Wording,
    reasons: parseList(r.reasons_json),
    senderName: r.sender_name,
    senderEmail: r.sender_email,
    automatedSender: toBool(r.automated_sender),
    senderContactId: r.sender_contact_id,
    subject: r.subject,
    emailText: r.email_text,
    messageId: r.message_id,
    createdAt: r.created_at,
  };
}

export class RejectionRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** One rejection per application: recording it again replaces the earlier record. */
  async upsert(userId: number, r: NewRejection, now: string): Promise<Rejection> {
    const values = {
      user_id: userId,
      application_id: r.applicationId,
      received_at: r.receivedAt,
      channel: r.channel,
      stage: r.stage,
      wording: r.wording,
      reasons_json: listJson(r.reasons),
      sender_name: r.senderName,
      sender_email: r.senderEmail,
      automated_sender: fromBool(r.automatedSender),
      sender_contact_id: r.senderContactId,
      subject: r.subject,
      email_text: r.emailText,
      message_id: r.messageId,
      created_at: now,
    };
    const { user_id: _u, application_id: _a, created_at: _c, ...update } = values;
    const row = await this.db
      .insertInto('rejections')
      .values(values)
      .onConflict((oc) => oc.column('application_id').doUpdateSet(update))
      .returningAll()
      .executeTakeFirstOrThrow();
    return toDomain(row);
  }

  async forApplication(userId: number, applicationId: number): Promise<Rejection | undefined> {
    const row = await this.db
      .selectFrom('rejections')
      .selectAll()
      .where('user_id', '=', userId)
      .where('application_id', '=', applicationId)
      .executeTakeFirst();
    return row ? toDomain(row) : undefined;
  }

  /** When each rejection arrived, oldest first (R10 counts them); read from the index alone. */
  async receivedDates(userId: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('rejections')
      .select('received_at')
      .where('user_id', '=', userId)
      .orderBy('received_at')
      .execute();
    return rows.map((r) => r.received_at);
  }

  async list(userId: number): Promise<Rejection[]> {
    const rows = await this.db
      .selectFrom('rejections')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('received_at')
      .execute();
    return rows.map(toDomain);
  }
}
