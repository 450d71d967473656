// Moving a whole store in and out as plain rows: every table, every column, ids kept. The app
// layer wraps the rows in a versioned export file; this file knows only tables.
//
// Tables are listed by hand, parents before children, so a restore never inserts a row before
// the row it points at. The list is checked against schema.ts at compile time and against the
// live database at run time: a new table that is not listed here cannot be silently left out.
import type { Kysely} from 'kysely';
import { sql } from 'kysely';
import { ReboundError, invalid } from '../core/errors.js';
import type { Database } from './schema.js';
import type { Repos, Store } from './store.js';

export type TableName = keyof Database;
/** Columns use portable types only (see schema.ts), so a cell is one of these. */
export type Cell = string | number | null;
export type Row = Record<string, Cell>;
export type TableDump = Record<TableName, Row[]>;

const table = <T extends TableName>(name: T, ...key: (keyof Database[T] & string)[]) => ({ name, key }) as const;

/** Every table, in restore order; `key` orders a dump so equal stores give equal dumps. */
export const TABLES = [
  table('users', 'id'),
  table('profiles', 'user_id'),
  table('applications', 'id'),
  table('contacts', 'id'),
  table('application_contacts', 'application_id', 'contact_id'),
  table('interviews', 'id'),
  table('interview_participants', 'interview_id', 'contact_id'),
  table('interview_questions', 'id'),
  table('rejections', 'id'),
  table('feedback', 'id'),
  table('reflections', 'id'),
  table('action_items', 'id'),
  table('moods', 'id'),
  table('plan_steps', 'id'),
  table('drafts', 'step_id'),
  table('emails', 'id'),
  table('ingest_seen', 'id'),
  table('imap_state', 'user_id', 'account', 'folder'),
  table('email_corrections', 'user_id', 'pattern'),
  table('contact_interactions', 'id'),
  table('contact_events', 'id'),
  table('contact_tags', 'contact_id', 'tag'),
  table('contact_cadences', 'contact_id'),
  table('tag_cadences', 'user_id', 'tag'),
  table('saved_articles', 'id'),
  table('milestones', 'id'),
  table('practice_items', 'id'),
] as const;

// Compile-time check: a table of Database missing from TABLES fails here, naming the table.
type Unlisted = Exclude<TableName, (typeof TABLES)[number]['name']>;
type MustBeNever<T extends never> = T;
export type _EveryTableListed = MustBeNever<Unlisted>;

/**
 * Tables whose ids nothing points at, and which had no ids in older exports (ingest_seen until
 * migration 0008): a row without one gets a new one.
 */
const IDS_OPTIONAL: ReadonlySet<TableName> = new Set(['ingest_seen']);

/** The users seeded by the first migration are there in every new store; they don't count as data. */
const SEEDED: TableName = 'users';

/** Whole-store copy, built over the same connection (or transaction) as the other repositories. */
export class TransferRepo {
  constructor(readonly db: Kysely<Database>) {}
}

function connectionOf(repos: Repos): Kysely<Database> {
  return repos.transfer.db;
}

/** Kysely without table types, for statements over a table chosen at run time. */
type Untyped = Kysely<Record<string, Record<string, Cell>>>;

interface ColumnInfo {
  name: string;
  kind: 'integer' | 'real' | 'text' | 'other';
  required: boolean;
  nullable: boolean;
}

async function liveColumns(db: Kysely<Database>): Promise<Map<string, ColumnInfo[]>> {
  const tables = await db.introspection.getTables();
  const out = new Map<string, ColumnInfo[]>();
  for (const t of tables) {
    if (t.isView) continue;
    out.set(
      t.name,
      t.columns.map((c) => ({
        name: c.name,
        kind: kindOf(c.dataType),
        // Ids are required too: restoring keeps them so the rows still point at each other.
        required: c.isAutoIncrementing || (!c.isNullable && !c.hasDefaultValue),
        nullable: c.isNullable,
      })),
    );
  }
  const listed = new Set<string>(TABLES.map((t) => t.name));
  const unknown = [...out.keys()].filter((n) => !listed.has(n));
  if (unknown.length > 0) {
    throw new ReboundError('store_error', `The store has tables the export does not cover (${unknown.join(', ')}); nothing was copied.`);
  }
  return out;
}

function kindOf(dataType: string): ColumnInfo['kind'] {
  const t = dataType.toLowerCase();
  if (/int|serial/.test(t)) return 'integer';
  if (/real|float|double|numeric|decimal/.test(t)) return 'real';
  if (/text|char|clob/.test(t)) return 'text';
  return 'other';
}

/** Every row of every table, each table ordered by its key. Read in one transaction: a consistent copy. */
export async function dumpTables(store: Store): Promise<TableDump> {
  return store.transaction(async (tx) => {
    const db = connectionOf(tx);
    await liveColumns(db);
    const out = {} as TableDump;
    for (const t of TABLES) {
      const order = sql.join(t.key.map((k) => sql.ref(k)));
      const r = await sql<Row>`select * from ${sql.table(t.name)} order by ${order}`.execute(db);
      out[t.name] = r.rows;
    }
    return out;
  });
}

/** True when no table holds a row beyond the users every new store starts with. */
export async function isEmptyStore(store: Store): Promise<boolean> {
  return store.transaction(async (tx) => (await rowCounts(connectionOf(tx))).size === 0);
}

/** Tables (other than the seeded users) that hold rows, with their counts. */
async function rowCounts(db: Kysely<Database>): Promise<Map<TableName, number>> {
  const counts = new Map<TableName, number>();
  for (const t of TABLES) {
    if (t.name === SEEDED) continue;
    const r = await sql<{ n: number }>`select count(*) as n from ${sql.table(t.name)}`.execute(db);
    const n = Number(r.rows[0]?.n ?? 0);
    if (n > 0) counts.set(t.name, n);
  }
  return counts;
}

/**
 * Writes rows into an empty store in one transaction, ids included. Refuses a store that holds
 * data (conflict) and rows that don't fit the tables (invalid input); either way nothing changes.
 * Tables absent from `tables` stay empty, so an export from an older Rebound still restores.
 */
export async function restoreTables(store: Store, tables: Readonly<Record<string, readonly Row[]>>): Promise<Record<TableName, number>> {
  const listed = new Set<string>(TABLES.map((t) => t.name));
  const unknown = Object.keys(tables).filter((n) => !listed.has(n));
  if (unknown.length > 0) {
    throw invalid(`The file has data this Rebound does not know (${unknown.join(', ')}); it was probably written by a newer Rebound.`);
  }
  return store.transaction(async (tx) => {
    const db = connectionOf(tx);
    const columns = await liveColumns(db);
    if ((await rowCounts(db)).size > 0) {
      throw new ReboundError('conflict', 'Nothing was restored: this Rebound already holds data. Restore into a new, empty data folder.');
    }
    const written = {} as Record<TableName, number>;
    for (const t of TABLES) {
      const rows = tables[t.name] ?? [];
      written[t.name] = rows.length;
      if (rows.length === 0) continue;
      const cols = columns.get(t.name) ?? [];
      const needed = IDS_OPTIONAL.has(t.name) ? cols.map((c) => (c.name === 'id' ? { ...c, required: false } : c)) : cols;
      rows.forEach((row, i) => checkRow(t.name, i, row, needed));
      // The export carries its own users: they replace the seeded one (nothing points at it yet).
      if (t.name === SEEDED) await db.deleteFrom(SEEDED).execute();
      await insertAll(db as unknown as Untyped, t.name, rows, cols.length);
    }
    return written;
  });
}

function checkRow(tableName: string, i: number, row: Row, cols: readonly ColumnInfo[]): void {
  const where = `${tableName} row ${String(i + 1)}`;
  const byName = new Map(cols.map((c) => [c.name, c]));
  for (const [name, value] of Object.entries(row)) {
    const c = byName.get(name);
    if (!c) throw invalid(`The file does not fit this store: ${where} has a column "${name}" the table does not have.`);
    if (!fits(value, c)) throw invalid(`The file does not fit this store: ${where} has ${JSON.stringify(value)} in "${name}", which holds ${c.nullable ? `${c.kind} or nothing` : c.kind}.`);
  }
  for (const c of cols) {
    if (c.required && (row[c.name] === undefined || row[c.name] === null)) {
      throw invalid(`The file does not fit this store: ${where} has no "${c.name}".`);
    }
  }
}

function fits(value: Cell, c: ColumnInfo): boolean {
  if (value === null) return c.nullable;
  switch (c.kind) {
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'real':
      return typeof value === 'number' && Number.isFinite(value);
    case 'text':
      return typeof value === 'string';
    case 'other':
      return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
  }
}

// SQLite allows at most 32766 bound values per statement (999 before 3.32); stay well under.
const MAX_VALUES_PER_INSERT = 900;

async function insertAll(db: Untyped, tableName: TableName, rows: readonly Row[], width: number): Promise<void> {
  const size = Math.max(1, Math.floor(MAX_VALUES_PER_INSERT / Math.max(1, width)));
  for (const chunk of chunks(rows, size)) {
    try {
      await db.insertInto(tableName).values(chunk).execute();
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw invalid(`The file does not fit together: its ${tableName} rows could not be written (${why}).`);
    }
  }
}

/**
 * Consecutive rows with the same columns, at most `size` at a time. A multi-row insert fills a
 * column some rows lack with NULL rather than the column's default, so rows that leave out
 * different columns (a hand-edited file, an older export) go in separate statements.
 */
function chunks(rows: readonly Row[], size: number): Row[][] {
  const out: Row[][] = [];
  let current: Row[] = [];
  let shape = '';
  for (const row of rows) {
    const s = Object.keys(row).sort().join('\u0000');
    if (current.length >= size || (current.length > 0 && s !== shape)) {
      out.push(current);
      current = [];
    }
    shape = s;
    current.push(row);
  }
  if (current.length > 0) out.push(current);
  return out;
}
