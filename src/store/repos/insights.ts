// Whole-search reads for the insights: every piece of feedback, every reflection, and the
// outcome of the message steps, across applications, each in one query.
import type { Kysely } from 'kysely';
import type { StepOutcome } from '../../core/insights/data.js';
import type { Feedback, Reflection, StepKind, StepStatus } from '../../core/types.js';
import type { Database } from '../schema.js';
import { parseList, toBool } from './map.js';

export class InsightsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async feedback(userId: number): Promise<Feedback[]> {
    const rows = await this.db
      .selectFrom('feedback')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('received_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      applicationId: r.application_id,
      receivedAt: r.received_at,
      text: r.text,
      fromContactId: r.from_contact_id,
      vague: toBool(r.vague),
      createdAt: r.created_at,
    }));
  }

  /** Reflections written at or after `since` (all of them without it). */
  async reflections(userId: number, since = ''): Promise<Reflection[]> {
    const rows = await this.db
      .selectFrom('reflections')
      .selectAll()
      .where('user_id', '=', userId)
      .where('created_at', '>=', since)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      applicationId: r.application_id,
      createdAt: r.created_at,
      wentWell: r.went_well,
      wentBadly: r.went_badly,
      pauseQuestions: parseList(r.pause_questions_json),
      inControl: r.in_control,
      outOfControl: r.out_of_control,
      requirementsMatch: r.requirements_match as Reflection['requirementsMatch'],
      missingQualifications: parseList(r.missing_json),
    }));
  }

  /** Done steps of the given kinds, current or kept as history (a note sent stays sent). */
  async doneSteps(userId: number, kinds: readonly StepKind[]): Promise<StepOutcome[]> {
    if (kinds.length === 0) return [];
    const rows = await this.db
      .selectFrom('plan_steps')
      .select(['application_id', 'kind', 'status', 'decided_by', 'completed_at'])
      .where('user_id', '=', userId)
      .where('status', '=', 'done')
      .where('kind', 'in', [...kinds])
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      applicationId: r.application_id,
      kind: r.kind as StepKind,
      status: r.status as StepStatus,
      decidedBy: r.decided_by as 'engine' | 'user',
      completedAt: r.completed_at,
    }));
  }
}
