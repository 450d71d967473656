// The store as callers see it: repositories over one connection, and transactions.
import { sql, type CompiledQuery, type Kysely } from 'kysely';
import type { Database } from './schema.js';
import { ApplicationRepo } from './repos/applications.js';
import { ContactRepo } from './repos/contacts.js';
import { EmailRepo } from './repos/emails.js';
import { InsightsRepo } from './repos/insights.js';
import { InterviewRepo } from './repos/interviews.js';
import { JournalRepo } from './repos/journal.js';
import { PracticeRepo } from './repos/practice.js';
import { ProfileRepo } from './repos/profiles.js';
import { RejectionRepo } from './repos/rejections.js';
import { StepRepo } from './repos/steps.js';
import { TouchRepo } from './repos/touch.js';
import { TransferRepo } from './transfer.js';

export interface Repos {
  readonly applications: ApplicationRepo;
  readonly contacts: ContactRepo;
  readonly interviews: InterviewRepo;
  readonly rejections: RejectionRepo;
  readonly journal: JournalRepo;
  readonly steps: StepRepo;
  readonly profiles: ProfileRepo;
  readonly emails: EmailRepo;
  readonly insights: InsightsRepo;
  readonly practice: PracticeRepo;
  /** Keeping in touch (R7): interactions, news, tags, cadences, articles, milestones. */
  readonly touch: TouchRepo;
  /** Raw whole-store copy for export and restore; nothing else should reach under the repositories. */
  readonly transfer: TransferRepo;
}

export interface Store extends Repos {
  /** Runs `fn` atomically: on a throw nothing it wrote is kept. */
  transaction<T>(fn: (tx: Repos) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Where the data lives, for messages and backups ("memory" for tests). */
  readonly location: string;
  /**
   * A value that changes whenever committed data may have changed, through this store or any
   * other connection to the same database (another process, the CLI). Lets a reader keep a
   * derived view, such as today's agenda, until then. Null where the database cannot tell.
   */
  changeToken(): Promise<string | null>;
}

/** Queries compiled once per store and run with new parameters, shared by its transactions. */
export type CompiledCache = Map<string, CompiledQuery>;

export function reposOver(db: Kysely<Database>, compiled: CompiledCache = new Map()): Repos {
  return {
    applications: new ApplicationRepo(db),
    contacts: new ContactRepo(db),
    interviews: new InterviewRepo(db),
    rejections: new RejectionRepo(db),
    journal: new JournalRepo(db),
    steps: new StepRepo(db),
    profiles: new ProfileRepo(db),
    emails: new EmailRepo(db, compiled),
    insights: new InsightsRepo(db),
    practice: new PracticeRepo(db),
    touch: new TouchRepo(db),
    transfer: new TransferRepo(db),
  };
}

/**
 * `changeToken` may be given by the driver when it can answer without a round trip through the
 * query builder (the agenda asks on every request: see sqlite.ts).
 */
export function storeOver(db: Kysely<Database>, location: string, changeToken?: () => string | null): Store {
  const compiled: CompiledCache = new Map();
  return {
    ...reposOver(db, compiled),
    location,
    transaction: (fn) => db.transaction().execute((trx) => fn(reposOver(trx, compiled))),
    close: () => db.destroy(),
    // SQLite: total_changes() counts rows this connection wrote (committed or not: a rollback
    // only costs a spurious change); data_version moves when another connection commits.
    changeToken: changeToken
      ? () => Promise.resolve(changeToken())
      : async () => {
          const { rows } = await sql<{ c: number; v: number }>`select total_changes() as c, (select data_version from pragma_data_version) as v`.execute(db);
          const r = rows[0];
          return r ? `${r.c}.${r.v}` : null;
        },
  };
}
