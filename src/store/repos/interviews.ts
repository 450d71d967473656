// Interviews, who took part, and the questions asked.
import type { Kysely } from 'kysely';
import type { Interview, InterviewKind, InterviewMode, InterviewQuestion } from '../../core/types.js';
import type { Database } from '../schema.js';

export type NewInterview = Omit<Interview, 'id'>;

export class InterviewRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async create(userId: number, i: NewInterview, now: string): Promise<Interview> {
    const row = await this.db
      .insertInto('interviews')
      .values({
        user_id: userId,
        application_id: i.applicationId,
        at: i.at,
        kind: i.kind,
        mode: i.mode,
        final_round: i.finalRound ? 1 : 0,
        notes: i.notes,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (i.participantIds.length > 0) {
      await this.db
        .insertInto('interview_participants')
        .values([...new Set(i.participantIds)].map((contact_id) => ({ interview_id: row.id, contact_id })))
        .execute();
    }
    await this.replaceQuestions(row.id, i.questions);
    return { ...i, id: row.id, participantIds: [...new Set(i.participantIds)] };
  }

  async replaceQuestions(interviewId: number, questions: readonly InterviewQuestion[]): Promise<void> {
    await this.db.deleteFrom('interview_questions').where('interview_id', '=', interviewId).execute();
    if (questions.length === 0) return;
    await this.db
      .insertInto('interview_questions')
      .values(questions.map((q, position) => ({ interview_id: interviewId, position, text: q.text, rating: q.rating })))
      .execute();
  }

  async get(userId: number, id: number): Promise<Interview | undefined> {
    const rows = await this.hydrate(userId, { id });
    return rows[0];
  }

  async forApplication(userId: number, applicationId: number): Promise<Interview[]> {
    return this.hydrate(userId, { applicationId });
  }

  async listAll(userId: number): Promise<Interview[]> {
    return this.hydrate(userId, {});
  }

  private async hydrate(userId: number, by: { id?: number; applicationId?: number }): Promise<Interview[]> {
    let q = this.db.selectFrom('interviews').selectAll().where('user_id', '=', userId);
    if (by.id !== undefined) q = q.where('id', '=', by.id);
    if (by.applicationId !== undefined) q = q.where('application_id', '=', by.applicationId);
    const rows = await q.orderBy('at').orderBy('id').execute();
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [participants, questions] = await Promise.all([
      this.db.selectFrom('interview_participants').selectAll().where('interview_id', 'in', ids).execute(),
      this.db
        .selectFrom('interview_questions')
        .selectAll()
        .where('interview_id', 'in', ids)
        .orderBy('position')
        .execute(),
    ]);
    return rows.map((r) => ({
      id: r.id,
      applicationId: r.application_id,
      at: r.at,
      kind: r.kind as InterviewKind,
      mode: r.mode as InterviewMode,
      finalRound: r.final_round !== 0,
      notes: r.notes,
      participantIds: participants.filter((p) => p.interview_id === r.id).map((p) => p.contact_id),
      questions: questions
        .filter((q) => q.interview_id === r.id)
        .map((q) => ({ text: q.text, rating: q.rating })),
    }));
  }

  /** Open applications whose last interview was at or before `before` (R11 candidates). */
  async silentSince(userId: number, before: string): Promise<Array<{ applicationId: number; lastAt: string }>> {
    const rows = await this.db
      .selectFrom('interviews')
      .innerJoin('applications', 'applications.id', 'interviews.application_id')
      .select(['interviews.application_id as applicationId', (eb) => eb.fn.max('interviews.at').as('lastAt')])
      .where('interviews.user_id', '=', userId)
      .where('applications.status', 'in', ['applied', 'screening', 'interviewing'])
      .groupBy('interviews.application_id')
      .having((eb) => eb.fn.max('interviews.at'), '<=', before)
      .execute();
    return rows.map((r) => ({ applicationId: r.applicationId, lastAt: String(r.lastAt) }));
  }

  /**
   * For today's agenda (R11): open applications silent since their last interview whose plan
   * needs refreshing: silent since `followUpBefore` with no follow-up step yet, or silent since
   * `ghostBefore` (long enough to be ghosted). One query, driven by the few open applications.
   */
  async silentToRefresh(
    userId: number,
    followUpBefore: string,
    ghostBefore: string,
  ): Promise<Array<{ applicationId: number; lastAt: string }>> {
    const rows = await this.db
      .selectFrom('applications')
      .innerJoin('interviews', 'interviews.application_id', 'applications.id')
      .select(['applications.id as applicationId', (eb) => eb.fn.max('interviews.at').as('lastAt')])
      .where('applications.user_id', '=', userId)
      .where('interviews.user_id', '=', userId)
      .where('applications.status', 'in', ['applied', 'screening', 'interviewing'])
      .groupBy('applications.id')
      .having((eb) =>
        eb.and([
          eb(eb.fn.max('interviews.at'), '<=', followUpBefore),
          eb.or([
            eb(eb.fn.max('interviews.at'), '<=', ghostBefore),
            eb.not(
              eb.exists(
                eb
                  .selectFrom('plan_steps')
                  .select('plan_steps.id')
                  .whereRef('plan_steps.application_id', '=', 'applications.id')
                  .where('plan_steps.key', '=', 'follow_up')
                  .where('plan_steps.current', '=', 1),
              ),
            ),
          ]),
        ]),
      )
      .execute();
    return rows.map((r) => ({ applicationId: r.applicationId, lastAt: String(r.lastAt) }));
  }

  /** The last interview of every open application that had one (for R11's next deadlines). */
  async lastOfOpenApplications(userId: number): Promise<Array<{ applicationId: number; lastAt: string }>> {
    const rows = await this.db
      .selectFrom('applications')
      .innerJoin('interviews', 'interviews.application_id', 'applications.id')
      .select(['applications.id as applicationId', (eb) => eb.fn.max('interviews.at').as('lastAt')])
      .where('applications.user_id', '=', userId)
      .where('interviews.user_id', '=', userId)
      .where('applications.status', 'in', ['applied', 'screening', 'interviewing'])
      .groupBy('applications.id')
      .execute();
    return rows.map((r) => ({ applicationId: r.applicationId, lastAt: String(r.lastAt) }));
  }
}
