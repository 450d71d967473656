// Forward-only migrations at start-up: a fresh store runs them all; a current store runs none and
// is not copied; a store with an older history is copied aside before it is migrated; a history
// written by a newer Rebound stops with a clear store_error, touching nothing.
//
// The real migration list may have a single entry, so a store "one migration behind" cannot
// always be made from it. The migration module is therefore wrapped: tests may append their own
// migrations (a real ALTER TABLE, or one that fails) for the length of one test.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { ReboundError } from '../../src/core/errors.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import type * as MigrationsModule from '../../src/store/migrations/index.js';
import { MIGRATION_NAMES, StaticMigrationProvider } from '../../src/store/migrations/index.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { dumpStore, runCli, tempDir, type TempDir } from '../support/cli.js';

vi.setConfig({ testTimeout: 120_000 });

const extra = vi.hoisted(() => ({
  /** Migrations appended after the real ones, for the current test only. */
  steps: [] as Array<{ name: string; up: (db: Kysely<unknown>) => Promise<void> }>,
  /** The module's MIGRATION_NAMES array itself, so appended names are known to migrate.ts. */
  names: [] as string[],
  realCount: 0,
}));

vi.mock('../../src/store/migrations/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof MigrationsModule>();
  extra.names = [...real.MIGRATION_NAMES];
  extra.realCount = extra.names.length;
  class WithTestMigrations extends real.StaticMigrationProvider {
    override async getMigrations() {
      const base = await super.getMigrations();
      for (const m of extra.steps) base[m.name] = { up: m.up };
      return base;
    }
  }
  return { ...real, MIGRATION_NAMES: extra.names, StaticMigrationProvider: WithTestMigrations };
});

function addTestMigration(name: string, up: (db: Kysely<unknown>) => Promise<void>): void {
  extra.steps.push({ name, up });
  extra.names.push(name);
}

afterEach(() => {
  extra.steps.length = 0;
  extra.names.length = extra.realCount;
});

const dirs: TempDir[] = [];
afterAll(() => {
  for (const d of dirs) d.remove();
});

function newDir(): TempDir {
  const d = tempDir('rebound-migrations-');
  dirs.push(d);
  return d;
}

const backups = (dir: string): string[] => fs.readdirSync(dir).filter((f) => f.endsWith('.bak'));

function migrationRows(file: string): Array<{ name: string; timestamp: string }> {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('select name, timestamp from kysely_migration order by name').all() as Array<{
      name: string;
      timestamp: string;
    }>;
  } finally {
    db.close();
  }
}

function columns(file: string, table: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (
      db.prepare(`select name from pragma_table_info('${table}')`).all() as Array<{ name: string }>
    ).map((r) => r.name);
  } finally {
    db.close();
  }
}

/** A current store holding one application, closed again. */
async function storeWithData(file: string): Promise<void> {
  const store = await openSqliteStore({ file });
  await store.applications.create(
    1,
    {
      company: 'Acme Robotics',
      role: 'Data Engineer',
      url: null,
      source: null,
      appliedOn: '2026-02-02',
      status: 'applied',
      resumeVersion: null,
      notes: null,
      valued: null,
    },
    '2026-03-10T09:00:00.000Z',
  );
  await store.close();
}

const kyselyOver = (file: string) => {
  const raw = new Database(file);
  return { raw, db: new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) }) };
};

describe('migrations at start-up', () => {
  it('a fresh store runs every migration, in WAL mode, and makes no backup', async () => {
    const d = newDir();
    const file = d.file('rebound.db');
    const onBackup = vi.fn();
    const store = await openSqliteStore({ file, onBackup });
    await store.close();
    expect(migrationRows(file).map((r) => r.name)).toEqual([...MIGRATION_NAMES].sort());
    expect(onBackup).not.toHaveBeenCalled();
    expect(backups(d.dir)).toEqual([]);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('reopening a current store runs no migration and makes no backup', async () => {
    const d = newDir();
    const file = d.file('rebound.db');
    await storeWithData(file);
    const rows = migrationRows(file);
    const before = dumpStore(file);

    const onBackup = vi.fn();
    const store = await openSqliteStore({ file, onBackup });
    await store.close();
    expect(onBackup).not.toHaveBeenCalled();
    expect(backups(d.dir)).toEqual([]);
    expect(migrationRows(file)).toEqual(rows);
    expect(dumpStore(file)).toEqual(before);

    // The hook itself: nothing pending, so `before` is never asked.
    const { db } = kyselyOver(file);
    const hook = vi.fn(() => Promise.resolve());
    await migrateToLatest(db, 'sqlite', hook);
    await db.destroy();
    expect(hook).not.toHaveBeenCalled();
  });

  it('a store with an older history: before(pending, hasHistory=true) runs first, while the store is still old', async () => {
    const d = newDir();
    const file = d.file('rebound.db');
    await storeWithData(file);
    addTestMigration('9000-test-add-column', async (db) => {
      await db.schema.alterTable('applications').addColumn('test_extra', 'text').execute();
    });

    const { db } = kyselyOver(file);
    const seen: Array<{ pending: string[]; hasHistory: boolean; columnsAtCall: string[] }> = [];
    await migrateToLatest(db, 'sqlite', (pending, hasHistory) => {
      seen.push({ pending, hasHistory, columnsAtCall: columns(file, 'applications') });
      return Promise.resolve();
    });
    await db.destroy();

    expect(seen).toHaveLength(1);
    expect(seen[0]!.pending).toEqual(['9000-test-add-column']);
    expect(seen[0]!.hasHistory).toBe(true);
    expect(seen[0]!.columnsAtCall).not.toContain('test_extra');
    expect(columns(file, 'applications')).toContain('test_extra');
    expect(migrationRows(file).map((r) => r.name)).toContain('9000-test-add-column');
  });

  it('opening a store with an older history copies it aside first: the copy is the old store, data and all', async () => {
    const d = newDir();
    const file = d.file('rebound.db');
    await storeWithData(file);
    const old = dumpStore(file);
    addTestMigration('9000-test-add-column', async (db) => {
      await db.schema.alterTable('applications').addColumn('test_extra', 'text').execute();
    });

    const onBackup = vi.fn();
    const store = await openSqliteStore({ file, onBackup });
    const apps = await store.applications.list(1);
    await store.close();

    expect(onBackup).toHaveBeenCalledTimes(1);
    const backup = onBackup.mock.calls[0]![0] as string;
    expect(path.dirname(backup)).toBe(d.dir);
    expect(path.basename(backup)).toMatch(/^rebound\.db\.before-9000-test-add-column-.+\.bak$/);
    expect(backups(d.dir)).toEqual([path.basename(backup)]);
    // The copy is the store as it was: same rows, old schema, old history.
    expect(dumpStore(backup)).toEqual(old);
    expect(columns(backup, 'applications')).not.toContain('test_extra');
    // The live store moved on and kept its data.
    expect(columns(file, 'applications')).toContain('test_extra');
    expect(apps.map((a) => a.company)).toEqual(['Acme Robotics']);
  });

  it.skipIf(MIGRATION_NAMES.length < 2)(
    'a store made by the previous release (the real migrations, one behind) is backed up and brought up to date',
    async () => {
      const d = newDir();
      const file = d.file('rebound.db');
      const previous = MIGRATION_NAMES[MIGRATION_NAMES.length - 2]!;
      const latest = MIGRATION_NAMES[MIGRATION_NAMES.length - 1]!;
      const { raw, db } = kyselyOver(file);
      raw.pragma('journal_mode = WAL');
      const { error } = await new Migrator({
        db,
        provider: new StaticMigrationProvider('sqlite'),
      }).migrateTo(previous);
      expect(error).toBeUndefined();
      await sql`insert into applications (user_id, company, role, status, created_at, updated_at) values (1, 'Acme Robotics', 'Data Engineer', 'applied', '2026-03-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z')`.execute(
        db,
      );
      await db.destroy();
      const old = dumpStore(file);

      const onBackup = vi.fn();
      const store = await openSqliteStore({ file, onBackup });
      expect((await store.applications.list(1)).map((a) => a.role)).toEqual(['Data Engineer']);
      await store.close();

      expect(onBackup).toHaveBeenCalledTimes(1);
      expect(dumpStore(onBackup.mock.calls[0]![0] as string)).toEqual(old);
      expect(migrationRows(file).map((r) => r.name)).toEqual([...MIGRATION_NAMES].sort());
      expect(migrationRows(file).map((r) => r.name)).toContain(latest);
    },
  );

  it('a migration that fails is a store_error naming it, and leaves the store as it was (with its backup)', async () => {
    const d = newDir();
    const file = d.file('rebound.db');
    await storeWithData(file);
    const before = dumpStore(file);
    addTestMigration('9001-test-fails', async (db) => {
      await db.schema.alterTable('applications').addColumn('half_done', 'text').execute();
      throw new Error('disk on fire');
    });

    const err = await openSqliteStore({ file, onBackup: () => undefined }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ReboundError);
    expect((err as ReboundError).code).toBe('store_error');
    expect((err as ReboundError).message).toContain('9001-test-fails');
    expect(dumpStore(file)).toEqual(before);
    expect(columns(file, 'applications')).not.toContain('half_done');
    expect(backups(d.dir)).toHaveLength(1);
  });

  it('an in-memory store never makes a backup', async () => {
    const onBackup = vi.fn();
    const store = await openSqliteStore({ file: ':memory:', onBackup });
    await store.close();
    expect(onBackup).not.toHaveBeenCalled();
  });
});

describe('a store written by a newer Rebound', () => {
  async function fromTheFuture(): Promise<{ d: TempDir; file: string }> {
    const d = newDir();
    const file = path.join(d.dir, 'home', 'rebound.db');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await storeWithData(file);
    const db = new Database(file);
    db.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run(
      '9999-from-a-newer-rebound',
      '2027-01-01T00:00:00.000Z',
    );
    db.close();
    return { d, file };
  }

  it('is refused with a clear store_error naming the unknown migration, and is left untouched', async () => {
    const { d, file } = await fromTheFuture();
    const before = dumpStore(file);
    const onBackup = vi.fn();
    const err = await openSqliteStore({ file, onBackup }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ReboundError);
    expect((err as ReboundError).code).toBe('store_error');
    expect((err as ReboundError).message).toMatch(/newer/i);
    expect((err as ReboundError).message).toContain('9999-from-a-newer-rebound');
    expect(onBackup).not.toHaveBeenCalled();
    expect(backups(path.dirname(file))).toEqual([]);
    expect(dumpStore(file)).toEqual(before);
    expect(d.dir).toBeTruthy();
  });

  it('the CLI says so in one line and exits 5 (JSON with --json)', async () => {
    const { file } = await fromTheFuture();
    const home = path.dirname(file);
    const before = dumpStore(file);
    const r = await runCli(home, ['app', 'list']);
    expect(r.code).toBe(5);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^rebound: .*newer/i);
    const j = await runCli(home, ['--json', 'app', 'list']);
    expect(j.code).toBe(5);
    expect(j.errorJson().error.code).toBe('store_error');
    expect(dumpStore(file)).toEqual(before);
  });
});

describe('0008: remembered message keys become a log', () => {
  it('keeps every key a store at 0007 remembered, numbered, so ingest still skips those messages', async () => {
    const d = newDir();
    const file = d.file('rebound.db');
    const { raw, db } = kyselyOver(file);
    const migrator = new Migrator({ db, provider: new StaticMigrationProvider('sqlite') });
    const to = await migrator.migrateTo('0007-calendar-feed');
    expect(to.error).toBeUndefined();
    const keys = ['f'.repeat(64), 'INBOX:7:42', 'a'.repeat(64)];
    for (const k of keys) raw.prepare('insert into ingest_seen (user_id, message_key) values (1, ?)').run(k);
    await db.destroy();

    const store = await openSqliteStore({ file });
    try {
      const rows = await store.emails.seenKeysAfter(1, 0, 10);
      expect(rows.map((r) => r.key)).toEqual([...keys].sort());
      expect(rows.map((r) => r.id)).toEqual([1, 2, 3]);
      await store.emails.rememberSeen(1, ['b'.repeat(64)]);
      expect((await store.emails.seenKeysAfter(1, 3, 10)).map((r) => r.key)).toEqual(['b'.repeat(64)]);
    } finally {
      await store.close();
    }
    expect(columns(file, 'ingest_seen')).toEqual(['id', 'user_id', 'message_key']);
    const check = new Database(file, { readonly: true });
    const indexes = check.prepare("select name from sqlite_master where type = 'index' and tbl_name = 'ingest_seen'").all();
    check.close();
    expect(indexes).toEqual([{ name: 'ingest_seen_user' }]);
  });
});
