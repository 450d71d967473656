// Today: what is worth doing now across every plan, what is coming, and how the search stands.
import { addDays, daysBetween } from '../../core/time.js';
import type { Actor, Application, MoodCheckIn, PlanStep } from '../../core/types.js';
import { nowIso, type Deps } from '../deps.js';
import { refreshPlan } from './plans.js';

export interface AgendaItem {
  step: PlanStep;
  application: Pick<Application, 'id' | 'company' | 'role'>;
  /** False while a message waits out the cool-off (R1). */
  readyNow: boolean;
}

export interface PipelineHealth {
  active: number;
  target: number;
  daysSinceLastApplication: number | null;
  interviewsUnderway: boolean;
  /** R8's nudge, or null when the pipeline is healthy. */
  nudge: string | null;
}

export interface Agenda {
  now: string;
  due: AgendaItem[];
  upcoming: AgendaItem[];
  pipeline: PipelineHealth;
  lastMood: MoodCheckIn | null;
}

export function pipelineNudge(p: Omit<PipelineHealth, 'nudge'>, staleDays: number): string | null {
  const low = p.active < p.target;
  const stale = p.daysSinceLastApplication === null || p.daysSinceLastApplication >= staleDays;
  if (!low && !stale) return null;
  const parts: string[] = [];
  if (low) parts.push(`${p.active} active application${p.active === 1 ? '' : 's'}, against your target of ${p.target}.`);
  if (stale && p.daysSinceLastApplication !== null) parts.push(`Your last application was ${p.daysSinceLastApplication} days ago.`);
  if (p.daysSinceLastApplication === null) parts.push('No applications logged yet.');
  parts.push(
    p.interviewsUnderway
      ? 'You have interviews under way: this is the moment to keep adding leads, so one answer never decides everything.'
      : 'A couple of new applications this week keeps things moving.',
  );
  return parts.join(' ');
}

export function todayUseCases(d: Deps) {
  return {
    async today(actor: Actor): Promise<Agenda> {
      const now = nowIso(d);
      const u = actor.userId;
      const { settings } = await d.store.profiles.get(u);

      // R11: open applications gone quiet since their last interview get a follow-up, and
      // after longer silence are marked ghosted. Only new cases are refreshed.
      const silent = await d.store.interviews.silentToRefresh(u, addDays(now, -settings.followUpDays), addDays(now, -settings.ghostDays));
      for (const s of silent) {
        await d.store.transaction((tx) => refreshPlan(tx, actor, s.applicationId, now));
      }

      // Each read below is an index lookup or a short range: the agenda's cost follows what is
      // open now, not how many applications the search has seen (npm run bench:api).
      const endOfToday = `${now.slice(0, 10)}T23:59:59.999Z`;
      const weekAhead = addDays(now, 7);
      const [open, pipe, lastMood] = await Promise.all([
        d.store.steps.agendaUntil(u, weekAhead > endOfToday ? weekAhead : endOfToday),
        d.store.applications.pipeline(u),
        d.store.journal.lastMoodSince(u, addDays(now, -30)),
      ]);
      const due: AgendaItem[] = [];
      const upcoming: AgendaItem[] = [];
      for (const { step, application } of open) {
        const item: AgendaItem = { step, application, readyNow: step.notBefore === null || step.notBefore <= now };
        const isDue = step.status === 'pending' ? step.dueAt <= endOfToday : step.snoozedUntil !== null && step.snoozedUntil <= endOfToday;
        if (isDue) due.push(item);
        else if ((step.status === 'snoozed' ? (step.snoozedUntil ?? '') : step.dueAt) <= weekAhead) upcoming.push(item);
      }
      // Due steps keep each plan's own order on a shared date; the week ahead reads plan by plan.
      upcoming.sort((x, y) => (x.step.dueAt < y.step.dueAt ? -1 : x.step.dueAt > y.step.dueAt ? 1 : x.step.id - y.step.id));
      const base = {
        active: pipe.active,
        target: settings.targetActiveApplications,
        daysSinceLastApplication: pipe.lastAppliedOn
          ? Math.max(0, Math.floor(daysBetween(`${pipe.lastAppliedOn}T12:00:00.000Z`, now)))
          : null,
        interviewsUnderway: pipe.interviewsUnderway,
      };
      return {
        now,
        due,
        upcoming,
        pipeline: { ...base, nudge: pipelineNudge(base, settings.staleSearchDays) },
        lastMood,
      };
    },
  };
}
