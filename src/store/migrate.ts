// Runs pending migrations, after giving the caller a chance to copy the store aside.
import type { Kysely } from 'kysely';
import { DEFAULT_MIGRATION_TABLE, Migrator, sql } from 'kysely';
import { ReboundError } from '../core/errors.js';
import type { DialectName } from './migrations/dialect.js';
import { MIGRATION_NAMES, StaticMigrationProvider } from './migrations/index.js';

export type BeforeMigrate = (pending: string[], hasHistory: boolean) => Promise<void>;

export async function migrateToLatest<DB>(db: Kysely<DB>, dialect: DialectName, before: BeforeMigrate): Promise<void> {
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider(dialect) });
  const known = await migrator.getMigrations();
  // getMigrations() lists only the migrations this build knows; read the history itself, so a
  // migration written by a newer Rebound is seen.
  const applied = await executedMigrations(db);
  const unknown = applied.filter((n) => !MIGRATION_NAMES.includes(n));
  if (unknown.length > 0) {
    throw new ReboundError(
      'store_error',
      `This data was written by a newer Rebound (migration ${unknown.join(', ')}). Update Rebound to open it.`,
    );
  }
  const pending = known.filter((m) => m.executedAt === undefined).map((m) => m.name);
  if (pending.length === 0) return;
  await before(pending, applied.length > 0);
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const why = error instanceof Error ? error.message : JSON.stringify(error);
    throw new ReboundError('store_error', `Could not update the store (migration ${failed}): ${why}`);
  }
}

/** Names in the migration history table; none before the first migration made it. */
async function executedMigrations<DB>(db: Kysely<DB>): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === DEFAULT_MIGRATION_TABLE)) return [];
  const { rows } = await sql<{ name: string }>`select name from ${sql.table(DEFAULT_MIGRATION_TABLE)}`.execute(db);
  return rows.map((r) => r.name);
}
