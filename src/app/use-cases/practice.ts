// The question bank (R5, R6): questions that gave pause come back on a spaced-repetition
// schedule until the user is at ease with them. The bank fills itself from interview questions
// rated low and from reflections, whenever it is read; questions can be added by hand too.
import { z } from 'zod';
import { ReboundError, notFound } from '../../core/errors.js';
import {
  LOW_RATING,
  NEW_SCHEDULE,
  PRACTICE_RATINGS,
  QUESTION_MAX,
  QUESTION_MIN,
  bankCandidates,
  localDay,
  newCandidates,
  normaliseQuestion,
  schedule,
  tidyQuestion,
  type PracticeItem,
} from '../../core/practice/index.js';
import type { Actor } from '../../core/types.js';
import type { Repos, Store } from '../../store/index.js';
import { nowIso, type Deps } from '../deps.js';
import { id, parseInput } from '../inputs.js';

export const PracticeAddInput = z.object({
  question: z
    .string()
    .transform(tidyQuestion)
    .pipe(z.string().min(QUESTION_MIN, `must be at least ${QUESTION_MIN} characters`).max(QUESTION_MAX, `must be at most ${QUESTION_MAX} characters`)),
  applicationId: id.nullish().transform((v) => v ?? null),
});
export type PracticeAddInput = z.input<typeof PracticeAddInput>;

export const PracticeReviewInput = z.object({
  id,
  rating: z.enum(PRACTICE_RATINGS, `must be one of ${PRACTICE_RATINGS.join(', ')}`),
  /** Left out: the stored outline stays. Empty or null: it is cleared. */
  outline: z
    .string()
    .max(5000, 'must be at most 5000 characters')
    .nullish()
    .transform((v) => (v === undefined ? undefined : v === null ? null : v.replace(/\r\n?/g, '\n').trim() || null)),
});
export type PracticeReviewInput = z.input<typeof PracticeReviewInput>;

export interface PracticeList {
  /** The user's local day the answer was computed for. */
  today: string;
  /** Questions due today or earlier. */
  dueCount: number;
  items: PracticeItem[];
}

/** The user's calendar day: the machine's time zone is where the user is. */
export function practiceDay(d: Deps): string {
  return practiceDayAt(nowIso(d));
}

/** The user's calendar day at an instant, in the machine's time zone. */
export function practiceDayAt(now: string): string {
  return localDay(now, -new Date(now).getTimezoneOffset());
}

/** Adds the questions interviews and reflections sent since the bank was last read. */
async function fillBank(tx: Repos, actor: Actor, today: string, now: string): Promise<void> {
  const u = actor.userId;
  const [known, sources] = await Promise.all([tx.practice.keys(u), tx.practice.sources(u, LOW_RATING)]);
  for (const c of newCandidates(bankCandidates(sources.interviews, sources.reflections), known)) {
    await tx.practice.add(u, { question: c.question, key: c.key, kind: c.kind, applicationId: c.applicationId, dueOn: today, state: NEW_SCHEDULE }, now);
  }
}

/**
 * How many questions are due today, counting those interviews and reflections sent that the bank
 * has not taken in yet (they are due the day they arrive). Reads only: today's agenda calls it.
 */
export async function practiceDueCount(store: Store, actor: Actor, today: string): Promise<number> {
  const u = actor.userId;
  const [stored, known, sources] = await Promise.all([
    store.practice.countDue(u, today),
    store.practice.keys(u),
    store.practice.sources(u, LOW_RATING),
  ]);
  return stored + newCandidates(bankCandidates(sources.interviews, sources.reflections), known).length;
}

export function practiceUseCases(d: Deps) {
  const item = async (tx: Repos, actor: Actor, itemId: number): Promise<PracticeItem> => {
    const r = await tx.practice.get(actor.userId, itemId);
    if (!r) throw notFound('practice question', itemId);
    return r.item;
  };

  return {
    /** The user's calendar day, as practice dates count it. */
    practiceToday(): string {
      return practiceDay(d);
    },

    /** The questions due today (or every question, with `all`), and how many are due. */
    async listPractice(actor: Actor, options: { all?: boolean } = {}): Promise<PracticeList> {
      const today = practiceDay(d);
      const now = nowIso(d);
      return d.store.transaction(async (tx) => {
        await fillBank(tx, actor, today, now);
        const due = await tx.practice.list(actor.userId, today);
        const items = options.all === true ? await tx.practice.list(actor.userId) : due;
        return { today, dueCount: due.length, items };
      });
    },

    /** Adds a question by hand, due today. The same question twice is a conflict; a removed one comes back. */
    async addPractice(actor: Actor, input: PracticeAddInput): Promise<PracticeItem> {
      const p = parseInput(PracticeAddInput, input);
      const today = practiceDay(d);
      const now = nowIso(d);
      const key = normaliseQuestion(p.question);
      if (key === '') throw new ReboundError('invalid_input', 'question: needs words, not only punctuation.', { field: 'question' });
      return d.store.transaction(async (tx) => {
        if (p.applicationId !== null && !(await tx.applications.get(actor.userId, p.applicationId))) {
          throw notFound('application', p.applicationId);
        }
        await fillBank(tx, actor, today, now);
        const existing = await tx.practice.byKey(actor.userId, key);
        if (existing && !existing.removed) {
          throw new ReboundError('conflict', `That question is already in your practice list (id ${existing.id}).`, { id: existing.id });
        }
        if (existing) {
          await tx.practice.restore(actor.userId, existing.id, today);
          return item(tx, actor, existing.id);
        }
        const newId = await tx.practice.add(
          actor.userId,
          { question: p.question, key, kind: 'manual', applicationId: p.applicationId, dueOn: today, state: NEW_SCHEDULE },
          now,
        );
        return item(tx, actor, newId);
      });
    },

    /** Records one review: the rating sets the next review date; a new outline replaces the old one. */
    async reviewPractice(actor: Actor, input: PracticeReviewInput): Promise<PracticeItem> {
      const r = parseInput(PracticeReviewInput, input);
      const today = practiceDay(d);
      const now = nowIso(d);
      return d.store.transaction(async (tx) => {
        const found = await tx.practice.get(actor.userId, r.id);
        if (!found) throw notFound('practice question', r.id);
        const next = schedule(found.state, r.rating, today);
        await tx.practice.saveReview(actor.userId, r.id, { rating: r.rating, outline: r.outline, state: next.state, dueOn: next.dueOn, at: now });
        return item(tx, actor, r.id);
      });
    },

    /** Takes a question out of the bank; its interview or reflection does not bring it back. */
    async removePractice(actor: Actor, itemId: number): Promise<PracticeItem> {
      const practiceId = parseInput(id, itemId);
      const now = nowIso(d);
      return d.store.transaction(async (tx) => {
        const removed = await item(tx, actor, practiceId);
        await tx.practice.remove(actor.userId, practiceId, now);
        return removed;
      });
    },
  };
}
