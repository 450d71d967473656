// Email ingest: the job mail kept (and only that), which messages were already seen, IMAP
// progress per folder, and the user's corrections to the classifier.
import type { Kysely } from 'kysely';
import { withId, type DialectName } from './dialect.js';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await withId(db.schema.createTable('emails'), dialect)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('message_key', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text')
    .addColumn('in_reply_to', 'text')
    .addColumn('from_name', 'text')
    .addColumn('from_email', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('confidence', 'real', (c) => c.notNull())
    .addColumn('reasons_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('company', 'text')
    .addColumn('role', 'text')
    .addColumn('contact_name', 'text')
    .addColumn('interview_at', 'text')
    .addColumn('application_id', 'integer', (c) => c.references('applications.id').onDelete('set null'))
    .addColumn('review_status', 'text', (c) => c.notNull())
    .addColumn('origin', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('emails_user_key', ['user_id', 'message_key'])
    .execute();
  await db.schema.createIndex('emails_user_message_id').on('emails').columns(['user_id', 'message_id']).execute();
  await db.schema.createIndex('emails_user_review').on('emails').columns(['user_id', 'review_status']).execute();

  // Keys only (a hash or folder/uid), never content: enough to make ingest idempotent.
  await db.schema
    .createTable('ingest_seen')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('message_key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ingest_seen_pk', ['user_id', 'message_key'])
    .execute();

  await db.schema
    .createTable('imap_state')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('account', 'text', (c) => c.notNull())
    .addColumn('folder', 'text', (c) => c.notNull())
    .addColumn('uid_validity', 'text', (c) => c.notNull())
    .addColumn('last_uid', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('imap_state_pk', ['user_id', 'account', 'folder'])
    .execute();

  await db.schema
    .createTable('email_corrections')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('pattern', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('application_id', 'integer', (c) => c.references('applications.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('email_corrections_pk', ['user_id', 'pattern'])
    .execute();
}
