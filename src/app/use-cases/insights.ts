// Insights over the whole search, and the weekly review: gathered from the store, computed by
// the pure core (src/core/insights).
import {
  computeInsights,
  weeklyReview,
  type Insights,
  type InsightsData,
} from '../../core/insights/index.js';
import { addDays } from '../../core/time.js';
import type { Actor } from '../../core/types.js';
import { nowIso, type Deps } from '../deps.js';
import { todayUseCases } from './today.js';

/** Every record the insights read, for one user. */
async function gather(d: Deps, userId: number): Promise<InsightsData> {
  const [applications, interviews, rejections, feedback, steps, moods] = await Promise.all([
    d.store.applications.list(userId),
    d.store.interviews.listAll(userId),
    d.store.rejections.list(userId),
    d.store.insights.feedback(userId),
    d.store.insights.doneSteps(userId, ['thank_you', 'feedback_request']),
    d.store.journal.moodsSince(userId, ''),
  ]);
  return { applications, interviews, rejections, feedback, steps, moods };
}

export function insightUseCases(d: Deps) {
  const agenda = todayUseCases(d);
  return {
    /** The funnel, where rejections happen, feedback themes, reply rates, timing, resumes, mood. */
    async insights(actor: Actor): Promise<Insights> {
      return computeInsights(await gather(d, actor.userId), nowIso(d));
    },

    /** A short review of the last seven days and the next seven, in Markdown. */
    async weeklyReview(actor: Actor): Promise<string> {
      const u = actor.userId;
      // Today's agenda first: it also brings silent applications up to date (R11).
      const today = await agenda.today(actor);
      const now = nowIso(d);
      const since = addDays(now, -8);
      const [data, reflections] = await Promise.all([
        gather(d, u),
        d.store.insights.reflections(u, since),
      ]);
      return weeklyReview({ ...data, reflections, due: [...today.due, ...today.upcoming] }, now);
    },
  };
}
