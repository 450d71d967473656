// Plan steps and their drafts. The engine proposes; this repository remembers what the user
// decided so a regenerated plan keeps it.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Draft, PlanStep, RuleId, StepKind, StepStatus } from '../../core/types.js';
import type { Database, DraftsTable, PlanStepsTable } from '../schema.js';

/** A step to persist: the engine's proposal with the merged status. */
export interface StepToSave {
  key: string;
  kind: StepKind;
  rule: RuleId;
  dueAt: string;
  notBefore: string | null;
  status: StepStatus;
  decidedBy: 'engine' | 'user';
  rationale: string;
  skipReason: string | null;
  contactId: number | null;
  snoozedUntil: string | null;
  completedAt: string | null;
  draft: Draft | null;
}

export interface DueFilter {
  /** Steps due (or snoozed until) at or before this instant. */
  until: string;
}

type Nullable<T> = { [K in keyof T]: T[K] | null };
type StepRow = Selectable<PlanStepsTable> & Nullable<Omit<Selectable<DraftsTable>, 'step_id' | 'updated_at'>>;

function toDomain(r: StepRow): PlanStep {
  const draft: Draft | null =
    r.subject != null && r.body != null
      ? {
          subject: r.subject,
          body: r.body,
          toContactId: r.to_contact_id ?? null,
          toName: r.to_name ?? null,
          toEmail: r.to_email ?? null,
          maxLength: r.max_length ?? null,
        }
      : null;
  return {
    id: r.id,
    applicationId: r.application_id,
    key: r.key,
    kind: r.kind as StepKind,
    rule: r.rule as RuleId,
    dueAt: r.due_at,
    notBefore: r.not_before,
    status: r.status as StepStatus,
    decidedBy: r.decided_by as 'engine' | 'user',
    rationale: r.rationale,
    skipReason: r.skip_reason,
    contactId: r.contact_id,
    snoozedUntil: r.snoozed_until,
    completedAt: r.completed_at,
    draft,
    draftEdited: (r.edited ?? 0) !== 0,
  };
}

export class StepRepo {
  constructor(private readonly db: Kysely<Database>) {}

  private base(userId: number) {
    return this.db
      .selectFrom('plan_steps')
      .leftJoin('drafts', 'drafts.step_id', 'plan_steps.id')
      .selectAll('plan_steps')
      .select([
        'drafts.subject',
        'drafts.body',
        'drafts.to_contact_id',
        'drafts.to_name',
        'drafts.to_email',
        'drafts.max_length',
        'drafts.edited',
      ])
      .where('plan_steps.user_id', '=', userId);
  }

  async forApplication(userId: number, applicationId: number): Promise<PlanStep[]> {
    const rows = await this.base(userId)
      .where('plan_steps.application_id', '=', applicationId)
      .where('plan_steps.current', '=', 1)
      .orderBy('plan_steps.position')
      .execute();
    return rows.map(toDomain);
  }

  async get(userId: number, id: number): Promise<PlanStep | undefined> {
    const row = await this.base(userId).where('plan_steps.id', '=', id).executeTakeFirst();
    return row ? toDomain(row) : undefined;
  }

  /** Pending steps due by `until`, and snoozed ones whose snooze has ended, across applications. */
  async due(userId: number, filter: DueFilter): Promise<PlanStep[]> {
    const rows = await this.base(userId)
      .where('plan_steps.current', '=', 1)
      .where((eb) =>
        eb.or([
          eb.and([eb('plan_steps.status', '=', 'pending'), eb('plan_steps.due_at', '<=', filter.until)]),
          eb.and([eb('plan_steps.status', '=', 'snoozed'), eb('plan_steps.snoozed_until', '<=', filter.until)]),
        ]),
      )
      .orderBy('plan_steps.due_at')
      .orderBy('plan_steps.position')
      .execute();
    return rows.map(toDomain);
  }

  /** All pending or snoozed steps, due or not (for calendars and the upcoming list). */
  async open(userId: number): Promise<PlanStep[]> {
    const rows = await this.base(userId)
      .where('plan_steps.current', '=', 1)
      .where('plan_steps.status', 'in', ['pending', 'snoozed'])
      .orderBy('plan_steps.due_at')
      .execute();
    return rows.map(toDomain);
  }

  /**
   * Open steps whose date (the snooze end for snoozed ones) is at or before `until`, each with
   * its application's name: the agenda's due and upcoming lists in one query.
   */
  async agendaUntil(userId: number, until: string): Promise<Array<{ step: PlanStep; application: { id: number; company: string; role: string } }>> {
    const rows = await this.base(userId)
      .innerJoin('applications', 'applications.id', 'plan_steps.application_id')
      .select(['applications.company as app_company', 'applications.role as app_role'])
      // Literal terms matching the partial index plan_steps_open (migration 0003), so SQLite
      // reads only open steps; bound parameters would hide the match from the planner.
      .where('plan_steps.current', '=', sql.lit(1))
      .where('plan_steps.status', 'in', [sql.lit('pending'), sql.lit('snoozed')])
      .where((eb) =>
        eb.or([
          eb.and([eb('plan_steps.status', '=', 'pending'), eb('plan_steps.due_at', '<=', until)]),
          eb.and([
            eb('plan_steps.status', '=', 'snoozed'),
            eb.or([eb('plan_steps.snoozed_until', '<=', until), eb('plan_steps.snoozed_until', 'is', null)]),
          ]),
        ]),
      )
      .orderBy('plan_steps.due_at')
      .orderBy('plan_steps.position')
      .orderBy('plan_steps.id')
      .execute();
    return rows.map((r) => ({
      step: toDomain(r),
      application: { id: r.application_id, company: r.app_company, role: r.app_role },
    }));
  }

  /** The earliest date (the snooze end for snoozed steps) of an open step after `after`, or null. */
  async nextOpenAfter(userId: number, after: string): Promise<string | null> {
    const r = await this.db
      .selectNoFrom((eb) => [
        eb
          .selectFrom('plan_steps')
          .select((sub) => sub.fn.min('due_at').as('d'))
          .where('user_id', '=', userId)
          .where('current', '=', sql.lit(1))
          .where('status', 'in', [sql.lit('pending'), sql.lit('snoozed')])
          .where('status', '=', 'pending')
          .where('due_at', '>', after)
          .as('pending'),
        eb
          .selectFrom('plan_steps')
          .select((sub) => sub.fn.min('snoozed_until').as('d'))
          .where('user_id', '=', userId)
          .where('current', '=', 1)
          .where('status', '=', 'snoozed')
          .where('snoozed_until', '>', after)
          .as('snoozed'),
      ])
      .executeTakeFirstOrThrow();
    const dates = [r.pending, r.snoozed].filter((x): x is string => typeof x === 'string');
    return dates.length ? dates.reduce((a, b) => (a < b ? a : b)) : null;
  }

  /** Replaces an application's current plan with `steps`, matching existing rows by key. */
  async savePlan(userId: number, applicationId: number, steps: readonly StepToSave[], now: string): Promise<void> {
    const existing = await this.db
      .selectFrom('plan_steps')
      .leftJoin('drafts', 'drafts.step_id', 'plan_steps.id')
      .select(['plan_steps.id', 'plan_steps.key', 'drafts.edited'])
      .where('plan_steps.application_id', '=', applicationId)
      .where('plan_steps.user_id', '=', userId)
      .execute();
    const byKey = new Map(existing.map((r) => [r.key, r]));
    const keep = new Set<string>();

    for (const [position, s] of steps.entries()) {
      keep.add(s.key);
      const values = {
        position,
        kind: s.kind,
        rule: s.rule,
        due_at: s.dueAt,
        not_before: s.notBefore,
        status: s.status,
        decided_by: s.decidedBy,
        rationale: s.rationale,
        skip_reason: s.skipReason,
        contact_id: s.contactId,
        snoozed_until: s.snoozedUntil,
        completed_at: s.completedAt,
        current: 1,
        updated_at: now,
      };
      const prior = byKey.get(s.key);
      let stepId: number;
      if (prior) {
        await this.db.updateTable('plan_steps').set(values).where('id', '=', prior.id).execute();
        stepId = prior.id;
      } else {
        const row = await this.db
          .insertInto('plan_steps')
          .values({ ...values, user_id: userId, application_id: applicationId, key: s.key, created_at: now })
          .returning('id')
          .executeTakeFirstOrThrow();
        stepId = row.id;
      }
      const userEdited = (prior?.edited ?? 0) !== 0;
      if (s.draft && !userEdited) await this.writeDraft(stepId, s.draft, false, now);
      if (!s.draft && !userEdited) await this.db.deleteFrom('drafts').where('step_id', '=', stepId).execute();
    }

    const stale = existing.filter((r) => !keep.has(r.key)).map((r) => r.id);
    if (stale.length > 0) {
      await this.db.updateTable('plan_steps').set({ current: 0, updated_at: now }).where('id', 'in', stale).execute();
    }
  }

  async setStatus(
    userId: number,
    id: number,
    change: { status: StepStatus; snoozedUntil: string | null; completedAt: string | null; skipReason?: string | null },
    now: string,
  ): Promise<void> {
    await this.db
      .updateTable('plan_steps')
      .set({
        status: change.status,
        decided_by: 'user',
        snoozed_until: change.snoozedUntil,
        completed_at: change.completedAt,
        ...(change.skipReason !== undefined && { skip_reason: change.skipReason }),
        updated_at: now,
      })
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .execute();
  }

  async writeDraft(stepId: number, d: Draft, edited: boolean, now: string): Promise<void> {
    const values = {
      subject: d.subject,
      body: d.body,
      to_contact_id: d.toContactId,
      to_name: d.toName,
      to_email: d.toEmail,
      max_length: d.maxLength,
      edited: edited ? 1 : 0,
      updated_at: now,
    };
    await this.db
      .insertInto('drafts')
      .values({ step_id: stepId, ...values })
      .onConflict((oc) => oc.column('step_id').doUpdateSet(values))
      .execute();
  }
}
