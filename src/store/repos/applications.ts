// Applications: the job a person applied for, and its status.
import type { Kysely, Selectable } from 'kysely';
import { ACTIVE_STATUSES, type Application, type ApplicationStatus } from '../../core/types.js';
import type { ApplicationsTable, Database } from '../schema.js';

export type NewApplication = Omit<Application, 'id' | 'createdAt' | 'updatedAt'>;
export type ApplicationPatch = Partial<NewApplication>;

export interface ApplicationFilter {
  status?: ApplicationStatus | undefined;
  search?: string | undefined;
}

function toDomain(r: Selectable<ApplicationsTable>): Application {
  return {
    id: r.id,
    company: r.company,
    role: r.role,
    url: r.url,
    source: r.source,
    appliedOn: r.applied_on,
    status: r.status as ApplicationStatus,
    resumeVersion: r.resume_version,
    notes: r.notes,
    valued: r.valued,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export class ApplicationRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async create(userId: number, a: NewApplication, now: string): Promise<Application> {
    const row = await this.db
      .insertInto('applications')
      .values({
        user_id: userId,
        company: a.company,
        role: a.role,
        url: a.url,
        source: a.source,
        applied_on: a.appliedOn,
        status: a.status,
        resume_version: a.resumeVersion,
        notes: a.notes,
        valued: a.valued,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toDomain(row);
  }

  async get(userId: number, id: number): Promise<Application | undefined> {
    const row = await this.db
      .selectFrom('applications')
      .selectAll()
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toDomain(row) : undefined;
  }

  async list(userId: number, filter: ApplicationFilter = {}): Promise<Application[]> {
    let q = this.db.selectFrom('applications').selectAll().where('user_id', '=', userId);
    if (filter.status) q = q.where('status', '=', filter.status);
    if (filter.search) {
      const like = `%${filter.search.toLowerCase()}%`;
      q = q.where((eb) =>
        eb.or([eb(eb.fn('lower', ['company']), 'like', like), eb(eb.fn('lower', ['role']), 'like', like)]),
      );
    }
    const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
    return rows.map(toDomain);
  }

  async update(userId: number, id: number, patch: ApplicationPatch, now: string): Promise<Application | undefined> {
    const row = await this.db
      .updateTable('applications')
      .set({
        ...(patch.company !== undefined && { company: patch.company }),
        ...(patch.role !== undefined && { role: patch.role }),
        ...(patch.url !== undefined && { url: patch.url }),
        ...(patch.source !== undefined && { source: patch.source }),
        ...(patch.appliedOn !== undefined && { applied_on: patch.appliedOn }),
        ...(patch.status !== undefined && { status: patch.status }),
        ...(patch.resumeVersion !== undefined && { resume_version: patch.resumeVersion }),
        ...(patch.notes !== undefined && { notes: patch.notes }),
        ...(patch.valued !== undefined && { valued: patch.valued }),
        updated_at: now,
      })
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row ? toDomain(row) : undefined;
  }

  async linkContact(applicationId: number, contactId: number): Promise<void> {
    await this.db
      .insertInto('application_contacts')
      .values({ application_id: applicationId, contact_id: contactId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  async linkedContactIds(applicationId: number): Promise<number[]> {
    const rows = await this.db
      .selectFrom('application_contacts')
      .select('contact_id')
      .where('application_id', '=', applicationId)
      .execute();
    return rows.map((r) => r.contact_id);
  }

  /** Every company and role name in use, once each (names the tone check must not call typos). */
  async namesInUse(userId: number): Promise<string[]> {
    const [companies, roles] = await Promise.all([
      this.db.selectFrom('applications').select('company as name').distinct().where('user_id', '=', userId).execute(),
      this.db.selectFrom('applications').select('role as name').distinct().where('user_id', '=', userId).execute(),
    ]);
    return [...companies, ...roles].map((r) => r.name);
  }

  async count(userId: number): Promise<number> {
    const r = await this.db
      .selectFrom('applications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /**
   * Pipeline health for today's agenda without reading every application: index lookups for
   * the active count, the latest application day and whether any interview is under way.
   * With `othersThan`, interviewsUnderway looks at the other applications only (a plan's facts).
   */
  async pipeline(userId: number, othersThan?: number): Promise<{ active: number; lastAppliedOn: string | null; interviewsUnderway: boolean }> {
    const r = await this.db
      .selectNoFrom((eb) => [
        eb
          .selectFrom('applications')
          .select((sub) => sub.fn.countAll<number>().as('n'))
          .where('user_id', '=', userId)
          .where('status', 'in', [...ACTIVE_STATUSES])
          .as('active'),
        eb
          .selectFrom('applications')
          .select((sub) => sub.fn.max('applied_on').as('d'))
          .where('user_id', '=', userId)
          .as('lastAppliedOn'),
        eb
          .selectFrom('applications')
          .select('id')
          .where('user_id', '=', userId)
          .where('status', '=', 'interviewing')
          .$if(othersThan !== undefined, (q) => q.where('id', '!=', othersThan ?? 0))
          .limit(1)
          .as('interviewing'),
      ])
      .executeTakeFirstOrThrow();
    return {
      active: Number(r.active ?? 0),
      lastAppliedOn: r.lastAppliedOn ?? null,
      interviewsUnderway: r.interviewing !== null && r.interviewing !== undefined,
    };
  }
}
