// What the user brings back: feedback received, reflections, mood check-ins.
import { notFound } from '../../core/errors.js';
import { isVagueFeedback } from '../../core/feedback/themes.js';
import type { Actor, Feedback, MoodCheckIn, Reflection } from '../../core/types.js';
import { nowIso, type Deps } from '../deps.js';
import { FeedbackInput, MoodInput, ReflectionInput, parseInput } from '../inputs.js';
import { refreshPlan } from './plans.js';

export function journalUseCases(d: Deps) {
  return {
    /** Stores feedback; a non-answer is marked vague, which brings R4's single escalation. */
    async addFeedback(actor: Actor, input: FeedbackInput): Promise<Feedback> {
      const f = parseInput(FeedbackInput, input);
      const now = nowIso(d);
      return d.store.transaction(async (tx) => {
        if (!(await tx.applications.get(actor.userId, f.applicationId))) throw notFound('application', f.applicationId);
        if (f.fromContactId !== null && !(await tx.contacts.get(actor.userId, f.fromContactId))) {
          throw notFound('contact', f.fromContactId);
        }
        const saved = await tx.journal.addFeedback(
          actor.userId,
          {
            applicationId: f.applicationId,
            receivedAt: f.receivedAt ?? now,
            text: f.text,
            fromContactId: f.fromContactId,
            vague: f.vague ?? isVagueFeedback(f.text),
          },
          now,
        );
        if (await tx.rejections.forApplication(actor.userId, f.applicationId)) await refreshPlan(tx, actor, f.applicationId, now);
        return saved;
      });
    },

    async addReflection(actor: Actor, input: ReflectionInput): Promise<Reflection> {
      const r = parseInput(ReflectionInput, input);
      const now = nowIso(d);
      return d.store.transaction(async (tx) => {
        if (!(await tx.applications.get(actor.userId, r.applicationId))) throw notFound('application', r.applicationId);
        const saved = await tx.journal.addReflection(actor.userId, { ...r, createdAt: now });
        if (await tx.rejections.forApplication(actor.userId, r.applicationId)) await refreshPlan(tx, actor, r.applicationId, now);
        return saved;
      });
    },

    async listReflections(actor: Actor, applicationId: number): Promise<Reflection[]> {
      return d.store.journal.reflectionsFor(actor.userId, applicationId);
    },

    /** Every reflection across the search, newest first, with the application each is about. */
    async listAllReflections(actor: Actor) {
      return d.store.journal.allReflections(actor.userId);
    },

    async listFeedback(actor: Actor, applicationId: number): Promise<Feedback[]> {
      return d.store.journal.feedbackFor(actor.userId, applicationId);
    },

    async listMoods(actor: Actor, days = 90): Promise<MoodCheckIn[]> {
      const n = Number.isInteger(days) && days > 0 && days <= 3650 ? days : 90;
      return d.store.journal.moodsSince(actor.userId, new Date(d.clock.now().getTime() - n * 86_400_000).toISOString());
    },

    /** Logs a mood check-in; it completes R1's check-in and can bring R10's support step. */
    async logMood(actor: Actor, input: MoodInput): Promise<MoodCheckIn> {
      const m = parseInput(MoodInput, input);
      const now = nowIso(d);
      return d.store.transaction(async (tx) => {
        const saved = await tx.journal.addMood(actor.userId, { at: now, score: m.score, note: m.note });
        for (const r of await tx.rejections.list(actor.userId)) {
          if (Date.parse(r.receivedAt) >= Date.parse(now) - 30 * 86_400_000) {
            await refreshPlan(tx, actor, r.applicationId, now);
          }
        }
        return saved;
      });
    },
  };
}
