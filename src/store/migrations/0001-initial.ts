// The first schema: everything the recovery playbook needs.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { withId, type DialectName } from './dialect.js';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await withId(db.schema.createTable('users'), dialect)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('profiles')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text')
    .addColumn('email', 'text')
    .addColumn('signature', 'text')
    .addColumn('open_to_freelance', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('settings_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable('applications'), dialect)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('company', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('source', 'text')
    .addColumn('applied_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('resume_version', 'text')
    .addColumn('notes', 'text')
    .addColumn('valued', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('applications_user_status').on('applications').columns(['user_id', 'status']).execute();

  await withId(db.schema.createTable('contacts'), dialect)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('title', 'text')
    .addColumn('company', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('linkedin_url', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contacts_user').on('contacts').column('user_id').execute();

  await db.schema
    .createTable('application_contacts')
    .addColumn('application_id', 'integer', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('contact_id', 'integer', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('application_contacts_pk', ['application_id', 'contact_id'])
    .execute();

  await withId(db.schema.createTable('interviews'), dialect)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('application_id', 'integer', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('final_round', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('interviews_application').on('interviews').column('application_id').execute();

  await db.schema
    .createTable('interview_participants')
    .addColumn('interview_id', 'integer', (c) => c.notNull().references('interviews.id').onDelete('cascade'))
    .addColumn('contact_id', 'integer', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('interview_participants_pk', ['interview_id', 'contact_id'])
    .execute();

  await withId(db.schema.createTable('interview_questions'), dialect)
    .addColumn('interview_id', 'integer', (c) => c.notNull().references('interviews.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('rating', 'integer')
    .execute();

  await withId(db.schema.createTable('rejections'), dialect)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('application_id', 'integer', (c) => c.notNull().unique().references('applications.id').onDelete('cascade'))
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('wording', 'text', (c) => c.notNull())
    .addColumn('reasons_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('sender_name', 'text')
    .addColumn('sender_email', 'text')
    .addColumn('automated_sender', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sender_contact_id', 'integer', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('subject', 'text')
    .addColumn('email_text', 'text')
    .addColumn('message_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rejections_user_received').on('rejections').columns(['user_id', 'received_at']).execute();

  await withId(db.schema.createTable('feedback'), dialect)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('application_id', 'integer', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('from_contact_id', 'integer', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('vague', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable('reflections'), dialect)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('application_id', 'integer', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('went_well', 'text')
    .addColumn('went_badly', 'text')
    .addColumn('pause_questions_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('in_control', 'text')
    .addColumn('out_of_control', 'text')
    .addColumn('requirements_match', 'text')
    .addColumn('missing_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();

  await withId(db.schema.createTable('action_items'), dialect)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('application_id', 'integer', (c) => c.references('applications.id').onDelete('set null'))
    .addColumn('theme', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable('moods'), dialect)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();

  await withId(db.schema.createTable('plan_steps'), dialect)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('application_id', 'integer', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('not_before', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addColumn('rationale', 'text', (c) => c.notNull())
    .addColumn('skip_reason', 'text')
    .addColumn('contact_id', 'integer', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('snoozed_until', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('current', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('plan_steps_application_key', ['application_id', 'key'])
    .execute();
  await db.schema.createIndex('plan_steps_user_due').on('plan_steps').columns(['user_id', 'status', 'due_at']).execute();

  await db.schema
    .createTable('drafts')
    .addColumn('step_id', 'integer', (c) => c.primaryKey().references('plan_steps.id').onDelete('cascade'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('to_contact_id', 'integer', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('to_name', 'text')
    .addColumn('to_email', 'text')
    .addColumn('max_length', 'integer')
    .addColumn('edited', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // The single local user of single-user mode; hosted mode adds more.
  await sql`insert into users (name, created_at) values ('local', ${new Date(0).toISOString()})`.execute(db);
}
