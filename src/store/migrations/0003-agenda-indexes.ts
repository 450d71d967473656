// Indexes for today's agenda, so it stays quick however long the search history grows: the
// latest application day and the latest mood check-in become index lookups, and the open steps
// of every plan are read without walking the done and skipped ones.
import { sql, type Kysely } from 'kysely';
import type { DialectName } from './dialect.js';

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema.createIndex('applications_user_applied').on('applications').columns(['user_id', 'applied_on']).execute();
  await db.schema.createIndex('moods_user_at').on('moods').columns(['user_id', 'at']).execute();
  // Partial (SQLite and PostgreSQL both have them). A query uses it only when its WHERE repeats
  // these terms with literal values: see StepRepo.agendaUntil.
  await db.schema
    .createIndex('plan_steps_open')
    .on('plan_steps')
    .columns(['user_id', 'due_at'])
    .where(sql<boolean>`current = 1 and status in ('pending', 'snoozed')`)
    .execute();
}
