// Today: what is worth doing now across every plan, what is coming, and how the search stands.
import { addDays, daysBetween } from '../../core/time.js';
import type { Actor, Application, MoodCheckIn, PlanStep } from '../../core/types.js';
import { ACTIVE_STATUSES } from '../../core/types.js';
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
      const silent = await d.store.interviews.silentSince(u, addDays(now, -settings.followUpDays));
      for (const s of silent) {
        const steps = await d.store.steps.forApplication(u, s.applicationId);
        const ghostDue = daysBetween(s.lastAt, now) >= settings.ghostDays;
        if (ghostDue || !steps.some((x) => x.key === 'follow_up')) {
          await d.store.transaction((tx) => refreshPlan(tx, actor, s.applicationId, now));
        }
      }

      const endOfToday = `${now.slice(0, 10)}T23:59:59.999Z`;
      const [dueSteps, openSteps, apps, moods] = await Promise.all([
        d.store.steps.due(u, { until: endOfToday }),
        d.store.steps.open(u),
        d.store.applications.list(u),
        d.store.journal.moodsSince(u, addDays(now, -30)),
      ]);
      const byId = new Map(apps.map((a) => [a.id, a]));
      const item = (step: PlanStep): AgendaItem | null => {
        const a = byId.get(step.applicationId);
        if (!a) return null;
        return {
          step,
          application: { id: a.id, company: a.company, role: a.role },
          readyNow: step.notBefore === null || step.notBefore <= now,
        };
      };
      const dueIds = new Set(dueSteps.map((s) => s.id));
      const weekAhead = addDays(now, 7);
      const upcoming = openSteps.filter(
        (s) => !dueIds.has(s.id) && (s.status === 'snoozed' ? (s.snoozedUntil ?? '') : s.dueAt) <= weekAhead,
      );
      const applied = apps.map((a) => a.appliedOn).filter((x): x is string => x !== null).sort();
      const last = applied[applied.length - 1];
      const base = {
        active: apps.filter((a) => ACTIVE_STATUSES.includes(a.status)).length,
        target: settings.targetActiveApplications,
        daysSinceLastApplication: last ? Math.max(0, Math.floor(daysBetween(`${last}T12:00:00.000Z`, now))) : null,
        interviewsUnderway: apps.some((a) => a.status === 'interviewing'),
      };
      return {
        now,
        due: dueSteps.map(item).filter((x): x is AgendaItem => x !== null),
        upcoming: upcoming.map(item).filter((x): x is AgendaItem => x !== null),
        pipeline: { ...base, nudge: pipelineNudge(base, settings.staleSearchDays) },
        lastMood: moods[moods.length - 1] ?? null,
      };
    },
  };
}
