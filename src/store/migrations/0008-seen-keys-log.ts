// The keys of ingested messages become an append-only log. Under a unique index on random
// SHA-256 keys, every key an ingest remembered landed on its own page of the index, and each
// commit rewrote nearly the whole index: about 4 KB written per message, and most of the store
// thread's time (ADR 0008). Ingest now tells new keys from old in memory (SeenDigests), so the
// table only has to keep them, in the order they came.
import { sql, type Kysely } from 'kysely';
import { withId, type DialectName } from './dialect.js';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await withId(db.schema.createTable('ingest_seen_log'), dialect)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('message_key', 'text', (c) => c.notNull())
    .execute();
  // Key order is as good as any for keys already stored: none was remembered before another.
  await sql`insert into ingest_seen_log (user_id, message_key)
    select user_id, message_key from ingest_seen order by user_id, message_key`.execute(db);
  await db.schema.dropTable('ingest_seen').execute();
  await db.schema.alterTable('ingest_seen_log').renameTo('ingest_seen').execute();
  // Ids only grow, so a user's new keys go at the end of their run of this index.
  await db.schema.createIndex('ingest_seen_user').on('ingest_seen').columns(['user_id', 'id']).execute();
}
