// The question bank: questions worth preparing, their answer outlines and review schedule. A
// removed question keeps its row (removed_at) so its interview or reflection does not bring it back.
import type { Kysely, Selectable } from 'kysely';
import type { PracticeItem, PracticeRating, PracticeSourceKind, ScheduleState } from '../../core/practice/index.js';
import type { Interview, Reflection } from '../../core/types.js';
import type { Database, PracticeItemsTable } from '../schema.js';
import { parseList } from './map.js';

export interface NewPracticeEntry {
  question: string;
  key: string;
  kind: PracticeSourceKind;
  applicationId: number | null;
  dueOn: string;
  state: ScheduleState;
}

export interface PracticeReview {
  rating: PracticeRating;
  /** Undefined keeps the stored outline; null clears it. */
  outline: string | null | undefined;
  state: ScheduleState;
  dueOn: string;
  at: string;
}

/** An entry with what the scheduler needs to plan its next review. */
export interface PracticeRecord {
  item: PracticeItem;
  state: ScheduleState;
}

type Row = Selectable<PracticeItemsTable> & { company: string | null; role: string | null };

function toRecord(r: Row): PracticeRecord {
  return {
    item: {
      id: r.id,
      question: r.question,
      source: { kind: r.source_kind as PracticeSourceKind, applicationId: r.application_id, company: r.company, role: r.role },
      outline: r.outline,
      rating: r.rating as PracticeRating | null,
      reviews: r.reviews,
      dueOn: r.due_on,
      lastReviewedAt: r.last_reviewed_at,
      createdAt: r.created_at,
    },
    state: { streak: r.streak, intervalDays: r.interval_days, ease: r.ease },
  };
}

export class PracticeRepo {
  constructor(private readonly db: Kysely<Database>) {}

  private select(userId: number) {
    return this.db
      .selectFrom('practice_items')
      .leftJoin('applications', 'applications.id', 'practice_items.application_id')
      .selectAll('practice_items')
      .select(['applications.company as company', 'applications.role as role'])
      .where('practice_items.user_id', '=', userId)
      .where('practice_items.removed_at', 'is', null);
  }

  /** The bank, soonest due first; with `dueBy`, only what is due on or before that day. */
  async list(userId: number, dueBy?: string): Promise<PracticeItem[]> {
    let q = this.select(userId);
    if (dueBy !== undefined) q = q.where('practice_items.due_on', '<=', dueBy);
    const rows = await q.orderBy('practice_items.due_on').orderBy('practice_items.id').execute();
    return rows.map((r) => toRecord(r).item);
  }

  async get(userId: number, id: number): Promise<PracticeRecord | undefined> {
    const row = await this.select(userId).where('practice_items.id', '=', id).executeTakeFirst();
    return row ? toRecord(row) : undefined;
  }

  /** The entry for a normalised question, removed or not. */
  async byKey(userId: number, key: string): Promise<{ id: number; removed: boolean } | undefined> {
    const row = await this.db
      .selectFrom('practice_items')
      .select(['id', 'removed_at'])
      .where('user_id', '=', userId)
      .where('question_key', '=', key)
      .executeTakeFirst();
    return row ? { id: row.id, removed: row.removed_at !== null } : undefined;
  }

  /** Every normalised question the bank has seen, removed ones included. */
  async keys(userId: number): Promise<Set<string>> {
    const rows = await this.db.selectFrom('practice_items').select('question_key').where('user_id', '=', userId).execute();
    return new Set(rows.map((r) => r.question_key));
  }

  async countDue(userId: number, today: string): Promise<number> {
    const row = await this.db
      .selectFrom('practice_items')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('removed_at', 'is', null)
      .where('due_on', '<=', today)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async add(userId: number, e: NewPracticeEntry, now: string): Promise<number> {
    const row = await this.db
      .insertInto('practice_items')
      .values({
        user_id: userId,
        question: e.question,
        question_key: e.key,
        source_kind: e.kind,
        application_id: e.applicationId,
        outline: null,
        rating: null,
        reviews: 0,
        streak: e.state.streak,
        interval_days: e.state.intervalDays,
        ease: e.state.ease,
        due_on: e.dueOn,
        last_reviewed_at: null,
        removed_at: null,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** Brings a removed question back, with its history, due on `dueOn`. */
  async restore(userId: number, id: number, dueOn: string): Promise<void> {
    await this.db.updateTable('practice_items').set({ removed_at: null, due_on: dueOn }).where('user_id', '=', userId).where('id', '=', id).execute();
  }

  async saveReview(userId: number, id: number, r: PracticeReview): Promise<void> {
    await this.db
      .updateTable('practice_items')
      .set((eb) => ({
        rating: r.rating,
        ...(r.outline !== undefined && { outline: r.outline }),
        reviews: eb('reviews', '+', 1),
        streak: r.state.streak,
        interval_days: r.state.intervalDays,
        ease: r.state.ease,
        due_on: r.dueOn,
        last_reviewed_at: r.at,
      }))
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .execute();
  }

  async remove(userId: number, id: number, now: string): Promise<void> {
    await this.db.updateTable('practice_items').set({ removed_at: now }).where('user_id', '=', userId).where('id', '=', id).execute();
  }

  /**
   * What can send questions to the bank: interview questions rated `maxRating` or lower, and the
   * pause questions of reflections. Read in two short queries, not through the full interviews.
   */
  async sources(
    userId: number,
    maxRating: number,
  ): Promise<{ interviews: Array<Pick<Interview, 'applicationId' | 'at' | 'questions'>>; reflections: Array<Pick<Reflection, 'applicationId' | 'createdAt' | 'pauseQuestions'>> }> {
    const [questions, reflections] = await Promise.all([
      this.db
        .selectFrom('interview_questions')
        .innerJoin('interviews', 'interviews.id', 'interview_questions.interview_id')
        .select(['interviews.application_id as applicationId', 'interviews.at as at', 'interview_questions.text as text', 'interview_questions.rating as rating'])
        .where('interviews.user_id', '=', userId)
        .where('interview_questions.rating', '<=', maxRating)
        .orderBy('interviews.at')
        .orderBy('interview_questions.interview_id')
        .orderBy('interview_questions.position')
        .execute(),
      this.db
        .selectFrom('reflections')
        .select(['application_id', 'created_at', 'pause_questions_json'])
        .where('user_id', '=', userId)
        .where('pause_questions_json', '!=', '[]')
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
    ]);
    return {
      interviews: questions.map((q) => ({ applicationId: q.applicationId, at: q.at, questions: [{ text: q.text, rating: q.rating }] })),
      reflections: reflections.map((r) => ({ applicationId: r.application_id, createdAt: r.created_at, pauseQuestions: parseList(r.pause_questions_json) })),
    };
  }
}
