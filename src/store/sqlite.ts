// Opens the embedded SQLite store: WAL, a busy timeout so two processes can share the file,
// immediate write transactions (no deadlock on lock upgrade), and migrations at start-up.
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import type { DatabaseConnection, DialectAdapter, Driver } from 'kysely';
import { CompiledQuery, Kysely, SqliteAdapter, SqliteDialect } from 'kysely';
import type { Database } from './schema.js';
import { migrateToLatest } from './migrate.js';
import { storeOver, type Store } from './store.js';

/**
 * SQLite does run DDL in transactions; Kysely's adapter says it doesn't, so its migrator would
 * run each migration bare. Saying so makes the migrator run the whole batch in one transaction
 * (begin immediate, below) that re-reads the history under the write lock: two processes
 * opening a new store at once can't both migrate it, and a failed migration leaves nothing
 * half-done.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }

  override createDriver(): Driver {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection: DatabaseConnection): Promise<void> => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    };
    return driver;
  }
}

/**
 * Kysely prepares every query afresh; preparing dominates small queries on hot paths such as
 * ingest. Reusing prepared statements by SQL text is safe here: one connection, and Kysely runs
 * one query at a time on it.
 */
function withStatementCache(raw: SqliteDatabase.Database, writes: WriteCount): SqliteDatabase.Database {
  const cache = new Map<string, SqliteDatabase.Statement>();
  const prepare = raw.prepare.bind(raw);
  return new Proxy(raw, {
    get(target, prop, receiver) {
      if (prop !== 'prepare') return Reflect.get(target, prop, receiver) as unknown;
      return (sql: string) => {
        let stmt = cache.get(sql);
        if (!stmt) {
          stmt = countingWrites(prepare(sql), writes);
          if (cache.size >= 500) cache.delete(cache.keys().next().value as string);
          cache.set(sql, stmt);
        }
        return stmt;
      };
    },
  });
}

/** Statements run that may write (including begin and commit), per database file, in this process. */
interface WriteCount {
  n: number;
}
const writeCounts = new Map<string, WriteCount>();

/** Kysely runs every statement that returns no rows with run(): each such run counts. */
function countingWrites(stmt: SqliteDatabase.Statement, writes: WriteCount): SqliteDatabase.Statement {
  if (stmt.reader) return stmt;
  const run = stmt.run.bind(stmt);
  stmt.run = (...params: unknown[]) => {
    try {
      return run(...params);
    } finally {
      writes.n++;
    }
  };
  return stmt;
}

export interface SqliteOptions {
  /** A file path, or ":memory:" for tests. */
  file: string;
  /** Called with the backup path when a migration is about to change an existing store. */
  onBackup?: (backupPath: string) => void;
}

export async function openSqliteStore(options: SqliteOptions): Promise<Store> {
  const inMemory = options.file === ':memory:';
  if (!inMemory) fs.mkdirSync(path.dirname(options.file), { recursive: true });
  const raw = new SqliteDatabase(options.file, { timeout: 10_000 });
  raw.pragma('busy_timeout = 10000');
  if (!inMemory) raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');

  // Every connection this process opens to one file shares a write count (the agenda's change token).
  const key = inMemory ? null : path.resolve(options.file);
  const writes = (key && writeCounts.get(key)) || { n: 0 };
  if (key) writeCounts.set(key, writes);
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(raw, writes) }) });
  try {
    await migrateToLatest(db, 'sqlite', async (pending, hasHistory) => {
      if (inMemory || !hasHistory || pending.length === 0) return;
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const backup = `${options.file}.before-${pending[0] ?? 'migration'}-${stamp}.bak`;
      await raw.backup(backup);
      options.onBackup?.(backup);
    });
  } catch (e) {
    await db.destroy();
    throw e;
  }
  return storeOver(db, options.file, changeTokenOf(raw, writes));
}

/**
 * The change token, asked on every agenda request, without a round trip through Kysely. Writes
 * made in this process, through any of its connections to the file, are counted as they run:
 * exact, and nearly free. `pragma data_version` moves when another process commits (the CLI
 * while the server runs) but takes a read lock (10–40 µs), so it is asked at most once a
 * millisecond: another process's commit shows within 1 ms, as if the request had come 1 ms
 * earlier.
 */
function changeTokenOf(raw: SqliteDatabase.Database, writes: WriteCount): () => string | null {
  const dataVersion = raw.prepare('pragma data_version').pluck();
  let version = 0;
  let askedAt = -Infinity;
  return () => {
    if (!raw.open) return null;
    const t = performance.now();
    if (t - askedAt >= 1) {
      version = dataVersion.get() as number;
      askedAt = t;
    }
    return `${writes.n}.${version}`;
  };
}
