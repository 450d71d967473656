// Whole-search reads for the insights: every piece of feedback, every reflection, and the
// outcome of the message steps, across applications, each in one query.
import type { Kysely } from 'kysely';
import type { StepOutcome } from '../../core/insights/data.js';
import type { Feedback, Reflection, StepKind, StepStatus } from '../../core/types.js';
import type { Database } from '../schema.js';
import { toFeedback, toReflection } from './journal.js';

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
    return rows.map(toFeedback);
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
    return rows.map(toReflection);
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
