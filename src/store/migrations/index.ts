// Forward-only migrations, in order. A migration never changes once released: add a new one.
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { DialectName } from './dialect.js';
import * as m0001 from './0001-initial.js';
import * as m0002 from './0002-email-ingest.js';
import * as m0003 from './0003-agenda-indexes.js';
import * as m0005 from './0005-practice.js';
import * as m0006 from './0006-keeping-in-touch.js';
import * as m0007 from './0007-calendar-feed.js';
import * as m0008 from './0008-seen-keys-log.js';

interface Step {
  up(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
}

/** Names sort in application order. */
const MIGRATIONS: ReadonlyArray<readonly [name: string, step: Step]> = [
  ['0001-initial', m0001],
  ['0002-email-ingest', m0002],
  ['0003-agenda-indexes', m0003],
  ['0005-practice', m0005],
  ['0006-keeping-in-touch', m0006],
  ['0007-calendar-feed', m0007],
  ['0008-seen-keys-log', m0008],
];

export class StaticMigrationProvider implements MigrationProvider {
  constructor(private readonly dialect: DialectName) {}

  getMigrations(): Promise<Record<string, Migration>> {
    const out: Record<string, Migration> = {};
    for (const [name, step] of MIGRATIONS) {
      out[name] = { up: (db) => step.up(db, this.dialect) };
    }
    return Promise.resolve(out);
  }
}

export const MIGRATION_NAMES = MIGRATIONS.map(([name]) => name);
