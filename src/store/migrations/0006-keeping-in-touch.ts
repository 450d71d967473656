// Keeping in touch (R7): what the user logged with each person, news about them, their tags and
// cadence (or a snooze), cadences per tag, articles saved to share, and the user's own milestones.
// Days are YYYY-MM-DD text; `on` is a keyword in SQL, so those columns are `on_day`.
import type { Kysely } from 'kysely';
import { withId, type DialectName } from './dialect.js';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await withId(db.schema.createTable('contact_interactions'), dialect)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('contact_id', 'integer', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('on_day', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contact_interactions_contact').on('contact_interactions').columns(['contact_id', 'on_day']).execute();

  await withId(db.schema.createTable('contact_events'), dialect)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('contact_id', 'integer', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('on_day', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contact_events_contact').on('contact_events').columns(['contact_id', 'on_day']).execute();

  await db.schema
    .createTable('contact_tags')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('contact_id', 'integer', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('contact_tags_pk', ['contact_id', 'tag'])
    .execute();
  await db.schema.createIndex('contact_tags_user_tag').on('contact_tags').columns(['user_id', 'tag']).execute();

  // One row per contact with a choice of its own: every_days set (its own cadence), off = 1
  // (touch-bases turned off), or neither (follow tags and the default); and a snooze.
  await db.schema
    .createTable('contact_cadences')
    .addColumn('contact_id', 'integer', (c) => c.primaryKey().references('contacts.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('every_days', 'integer')
    .addColumn('off', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('snoozed_until', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contact_cadences_user').on('contact_cadences').columns(['user_id']).execute();

  await db.schema
    .createTable('tag_cadences')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addColumn('every_days', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('tag_cadences_pk', ['user_id', 'tag'])
    .execute();

  await withId(db.schema.createTable('saved_articles'), dialect)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('tags_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('saved_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('saved_articles_user').on('saved_articles').columns(['user_id', 'saved_on']).execute();

  await withId(db.schema.createTable('milestones'), dialect)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('on_day', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('milestones_user').on('milestones').columns(['user_id', 'on_day']).execute();
}
