// What the user writes down: feedback received, reflections, mood check-ins, action items.
import type { Kysely, Selectable } from 'kysely';
import type { ActionItem, Feedback, MoodCheckIn, Reflection, Theme } from '../../core/types.js';
import type { Database, FeedbackTable, ReflectionsTable } from '../schema.js';
import { fromBool, listJson, parseList, toBool } from './map.js';

export type NewFeedback = Omit<Feedback, 'id' | 'createdAt'>;
export type NewReflection = Omit<Reflection, 'id'>;
export type NewActionItem = Omit<ActionItem, 'id' | 'createdAt'>;

export function toFeedback(r: Selectable<FeedbackTable>): Feedback {
  return {
    id: r.id,
    applicationId: r.application_id,
    receivedAt: r.received_at,
    text: r.text,
    fromContactId: r.from_contact_id,
    vague: toBool(r.vague),
    createdAt: r.created_at,
  };
}

export function toReflection(r: Selectable<ReflectionsTable>): Reflection {
  return {
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
  };
}

export class JournalRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async addFeedback(userId: number, f: NewFeedback, now: string): Promise<Feedback> {
    const row = await this.db
      .insertInto('feedback')
      .values({
        user_id: userId,
        application_id: f.applicationId,
        received_at: f.receivedAt,
        text: f.text,
        from_contact_id: f.fromContactId,
        vague: fromBool(f.vague),
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { ...f, id: row.id, createdAt: now };
  }

  async feedbackFor(userId: number, applicationId: number): Promise<Feedback[]> {
    const rows = await this.db
      .selectFrom('feedback')
      .selectAll()
      .where('user_id', '=', userId)
      .where('application_id', '=', applicationId)
      .orderBy('received_at')
      .orderBy('id')
      .execute();
    return rows.map(toFeedback);
  }

  async addReflection(userId: number, r: NewReflection): Promise<Reflection> {
    const row = await this.db
      .insertInto('reflections')
      .values({
        user_id: userId,
        application_id: r.applicationId,
        created_at: r.createdAt,
        went_well: r.wentWell,
        went_badly: r.wentBadly,
        pause_questions_json: listJson(r.pauseQuestions),
        in_control: r.inControl,
        out_of_control: r.outOfControl,
        requirements_match: r.requirementsMatch,
        missing_json: listJson(r.missingQualifications),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { ...r, id: row.id };
  }

  async reflectionsFor(userId: number, applicationId: number): Promise<Reflection[]> {
    const rows = await this.db
      .selectFrom('reflections')
      .selectAll()
      .where('user_id', '=', userId)
      .where('application_id', '=', applicationId)
      .orderBy('created_at')
      .execute();
    return rows.map(toReflection);
  }

  /** Every reflection, newest first, each with the company and role it is about (the journal). */
  async allReflections(userId: number): Promise<Array<Reflection & { application: { id: number; company: string; role: string } }>> {
    const rows = await this.db
      .selectFrom('reflections')
      .innerJoin('applications', 'applications.id', 'reflections.application_id')
      .selectAll('reflections')
      .select(['applications.company as company', 'applications.role as role'])
      .where('reflections.user_id', '=', userId)
      .orderBy('reflections.created_at', 'desc')
      .orderBy('reflections.id', 'desc')
      .execute();
    return rows.map((r) => ({ ...toReflection(r), application: { id: r.application_id, company: r.company, role: r.role } }));
  }

  async addMood(userId: number, m: Omit<MoodCheckIn, 'id'>): Promise<MoodCheckIn> {
    const row = await this.db
      .insertInto('moods')
      .values({ user_id: userId, at: m.at, score: m.score, note: m.note })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { ...m, id: row.id };
  }

  async moodsSince(userId: number, since: string): Promise<MoodCheckIn[]> {
    const rows = await this.db
      .selectFrom('moods')
      .selectAll()
      .where('user_id', '=', userId)
      .where('at', '>=', since)
      .orderBy('at')
      .execute();
    return rows.map((r) => ({ id: r.id, at: r.at, score: r.score, note: r.note }));
  }

  /** The latest check-in at or after `since`, or null (an index lookup, for today's agenda). */
  async lastMoodSince(userId: number, since: string): Promise<MoodCheckIn | null> {
    const r = await this.db
      .selectFrom('moods')
      .selectAll()
      .where('user_id', '=', userId)
      .where('at', '>=', since)
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return r ? { id: r.id, at: r.at, score: r.score, note: r.note } : null;
  }

  async addActionItems(userId: number, items: readonly NewActionItem[], now: string): Promise<ActionItem[]> {
    const out: ActionItem[] = [];
    for (const a of items) {
      const row = await this.db
        .insertInto('action_items')
        .values({
          user_id: userId,
          application_id: a.applicationId,
          theme: a.theme,
          title: a.title,
          due_on: a.dueOn,
          status: a.status,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      out.push({ ...a, id: row.id, createdAt: now });
    }
    return out;
  }

  async actionItems(userId: number, applicationId?: number): Promise<ActionItem[]> {
    let q = this.db.selectFrom('action_items').selectAll().where('user_id', '=', userId);
    if (applicationId !== undefined) q = q.where('application_id', '=', applicationId);
    const rows = await q.orderBy('id').execute();
    return rows.map((r) => ({
      id: r.id,
      applicationId: r.application_id,
      theme: r.theme as Theme,
      title: r.title,
      dueOn: r.due_on,
      status: r.status as ActionItem['status'],
      createdAt: r.created_at,
    }));
  }
}
