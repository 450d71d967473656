// The calendar feed (`rebound serve` at /calendar/TOKEN.ics): its secret token is kept with the
// user's profile and settings, null until the user asks for the feed.
import type { Kysely } from 'kysely';
import type { DialectName } from './dialect.js';

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema.alterTable('profiles').addColumn('calendar_token', 'text').execute();
}
