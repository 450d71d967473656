// Today: what is worth doing now across every plan, what is coming, and how the search stands.
import { addDays, daysBetween } from '../../core/time.js';
import type { Actor, Application, MoodCheckIn, PlanStep } from '../../core/types.js';
import { nowIso, type Deps } from '../deps.js';
import { refreshPlan } from './plans.js';
import { agendaValidUntil } from './today-validity.js';

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

interface Computed {
  agenda: Agenda;
  /** The store's change token when the agenda was read, or null (then nothing is kept). */
  token: string | null;
  validUntil: string;
}

export function todayUseCases(d: Deps) {
  // The agenda last computed for each user. It is served again, with a fresh `now`, while the
  // store reports no change and the clock has not reached an instant that would change it
  // (today-validity.ts): the agenda is the most read answer and should cost next to nothing.
  const last = new Map<number, Computed>();

  async function compute(actor: Actor, now: string): Promise<Computed> {
    const u = actor.userId;
    const { settings } = await d.store.profiles.get(u);

    // R11: open applications gone quiet since their last interview get a follow-up, and
    // after longer silence are marked ghosted. Only new cases are refreshed.
    const silent = await d.store.interviews.silentToRefresh(u, addDays(now, -settings.followUpDays), addDays(now, -settings.ghostDays));
    for (const s of silent) {
      await d.store.transaction((tx) => refreshPlan(tx, actor, s.applicationId, now));
    }

    // Read the token before the data: a write landing in between makes the next call recompute.
    const token = await d.store.changeToken();
    // Each read below is an index lookup or a short range: the agenda's cost follows what is
    // open now, not how many applications the search has seen (npm run bench:api).
    const endOfToday = `${now.slice(0, 10)}T23:59:59.999Z`;
    const weekAhead = addDays(now, 7);
    const [open, pipe, lastMood, nextOpen, lastInterviews] = await Promise.all([
      d.store.steps.agendaUntil(u, weekAhead > endOfToday ? weekAhead : endOfToday),
      d.store.applications.pipeline(u),
      d.store.journal.lastMoodSince(u, addDays(now, -30)),
      token === null ? null : d.store.steps.nextOpenAfter(u, weekAhead),
      token === null ? [] : d.store.interviews.lastOfOpenApplications(u),
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
    const agenda: Agenda = {
      now,
      due,
      upcoming,
      pipeline: { ...base, nudge: pipelineNudge(base, settings.staleSearchDays) },
      lastMood,
    };
    const validUntil = agendaValidUntil({
      now,
      items: [...due, ...upcoming],
      nextOpenBeyondWeek: nextOpen,
      lastAppliedOn: pipe.lastAppliedOn,
      lastMood,
      lastInterviews,
      settings,
    });
    return { agenda, token, validUntil };
  }

  /** The kept agenda, if it still holds at `now` for data at `token`, with `now` set. */
  function reuse(c: Computed | undefined, token: string | null, now: string): Agenda | null {
    if (!c || token === null || c.token !== token || now < c.agenda.now || now >= c.validUntil) return null;
    return { ...c.agenda, now };
  }

  // One computation at a time per user: a burst of requests after a change waits for the same
  // one instead of each reading the store.
  const inFlight = new Map<number, Promise<Computed>>();

  return {
    /**
     * What is due now across every plan, the week ahead, pipeline health and the last mood.
     * The answer is shared between calls while it holds: callers must not change it.
     */
    async today(actor: Actor): Promise<Agenda> {
      const u = actor.userId;
      const now = nowIso(d);
      const token = await d.store.changeToken();
      const kept = reuse(last.get(u), token, now);
      if (kept) return kept;
      const running = inFlight.get(u);
      if (running) {
        // A failed computation is the leader's to report; this call then tries its own.
        const shared = reuse(await running.catch(() => undefined), token, now);
        if (shared) return shared;
      }
      const flight = compute(actor, now);
      inFlight.set(u, flight);
      try {
        const computed = await flight;
        if (computed.token === null) last.delete(u);
        else last.set(u, computed);
        return computed.agenda;
      } finally {
        if (inFlight.get(u) === flight) inFlight.delete(u);
      }
    },
  };
}
