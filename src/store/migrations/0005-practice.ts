// The question bank (R5, R6): questions worth preparing, with their spaced-repetition schedule.
// A removed question keeps its row (removed_at set) so the interview or reflection it came from
// does not bring it back.
import type { Kysely } from 'kysely';
import { withId, type DialectName } from './dialect.js';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await withId(db.schema.createTable('practice_items'), dialect)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('question_key', 'text', (c) => c.notNull())
    .addColumn('source_kind', 'text', (c) => c.notNull())
    .addColumn('application_id', 'integer', (c) => c.references('applications.id').onDelete('set null'))
    .addColumn('outline', 'text')
    .addColumn('rating', 'text')
    .addColumn('reviews', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('streak', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('interval_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ease', 'integer', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('last_reviewed_at', 'text')
    .addColumn('removed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('practice_items_user_key', ['user_id', 'question_key'])
    .execute();
  await db.schema.createIndex('practice_items_user_due').on('practice_items').columns(['user_id', 'due_on']).execute();
}
