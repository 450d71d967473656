// Indexes for today's agenda, so it stays quick however long the search history grows: the
// latest application day, and the latest mood check-in, become index lookups instead of scans.
import type { Kysely } from 'kysely';
import type { DialectName } from './dialect.js';

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema.createIndex('applications_user_applied').on('applications').columns(['user_id', 'applied_on']).execute();
  await db.schema.createIndex('moods_user_at').on('moods').columns(['user_id', 'at']).execute();
}
