// Today: what is worth doing now across every plan, what is coming, and how the search stands.
import { addDays, daysBetween } from '../../core/time.js';
import type { Actor, Application, Draft, MoodCheckIn, PlanStep } from '../../core/types.js';
import { nowIso, type Deps } from '../deps.js';
import { refreshPlan } from './plans.js';
import { practiceDayAt, practiceDueCount } from './practice.js';
import { agendaValidUntil } from './today-validity.js';
import { ghostingAt, touchBasesAt, type Ghosting, type TouchBase } from './touch.js';

/** What a list shows of a step's draft; the text itself is one request away (GET /api/steps/:id/draft). */
export type DraftPreview = Pick<Draft, 'subject' | 'toName'>;

/** A step as the agenda lists it: everything but the draft's text, which keeps the agenda small. */
export type AgendaStep = Omit<PlanStep, 'draft'> & { draft: DraftPreview | null };

export function agendaStep(step: PlanStep): AgendaStep {
  return { ...step, draft: step.draft ? { subject: step.draft.subject, toName: step.draft.toName } : null };
}

export interface AgendaItem {
  step: AgendaStep;
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
  /** R8: calm when healthy; a nudge when low or stale; loud when that happens while interviews run. */
  level: PipelineLevel;
}

export type PipelineLevel = 'calm' | 'nudge' | 'loud';

/** R8 speaks louder while an interview process is under way: that is when searches stall. */
export function pipelineLevel(nudge: string | null, interviewsUnderway: boolean): PipelineLevel {
  if (nudge === null) return 'calm';
  return interviewsUnderway ? 'loud' : 'nudge';
}

export interface Agenda {
  now: string;
  due: AgendaItem[];
  upcoming: AgendaItem[];
  pipeline: PipelineHealth;
  lastMood: MoodCheckIn | null;
  /** Practice questions due today or earlier (the question bank, R5). */
  practiceDue: number;
  /** R7: touch-bases due now or in the week ahead, one per person (their plan steps are not repeated in due/upcoming). */
  touchBases: TouchBase[];
  /** R11: open applications gone quiet after an interview, and those recently marked ghosted. */
  ghosting: Ghosting[];
}

export function pipelineNudge(p: Omit<PipelineHealth, 'nudge' | 'level'>, staleDays: number): string | null {
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

/** One computed agenda and the instant it was asked for. */
export interface AgendaSnapshot {
  /** The agenda as computed: its `now` is when it was computed, not `now` below. */
  agenda: Agenda;
  /** Which computation (1, 2, …, unique in the process): equal versions are equal agendas apart from `now`. */
  version: number;
  /** The agenda holds until this instant unless the data changes (today-validity.ts). */
  validUntil: string;
  /** The instant of this call. */
  now: string;
}

type Kept = Computed & { version: number };

/** Counts computed agendas across the process: a version never repeats, whichever app made it. */
let computations = 0;

export function todayUseCases(d: Deps) {
  // The agenda last computed for each user. It is served again, with a fresh `now`, while the
  // store reports no change and the clock has not reached an instant that would change it
  // (today-validity.ts): the agenda is the most read answer and should cost next to nothing.
  const last = new Map<number, Kept>();

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
      // R7: a touch-base shows once, in touchBases below, with the person's cadence and reason.
      if (step.kind === 'touch_base') continue;
      const item: AgendaItem = { step: agendaStep(step), application, readyNow: step.notBefore === null || step.notBefore <= now };
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
    const practiceDue = await practiceDueCount(d.store, actor, practiceDayAt(now));
    // R7 and R11 change only with the calendar day: midnight, already a validity boundary.
    const [touchBases, ghosting] = await Promise.all([
      touchBasesAt(d.store, actor, now, settings, d.locale, { all: false }),
      ghostingAt(d.store, actor, now, settings),
    ]);
    const nudge = pipelineNudge(base, settings.staleSearchDays);
    const agenda: Agenda = {
      now,
      due,
      upcoming,
      pipeline: { ...base, nudge, level: pipelineLevel(nudge, base.interviewsUnderway) },
      lastMood,
      practiceDue,
      touchBases,
      ghosting,
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

  /** The kept computation, if it still holds at `now` for data at `token`. */
  function holds(c: Computed | undefined, token: string | null, now: string): c is Computed {
    return c !== undefined && token !== null && c.token === token && now >= c.agenda.now && now < c.validUntil;
  }

  // One computation at a time per user: a burst of requests after a change waits for the same
  // one instead of each reading the store.
  const inFlight = new Map<number, Promise<Kept>>();

  async function snapshot(actor: Actor): Promise<AgendaSnapshot> {
    const u = actor.userId;
    const now = nowIso(d);
    const token = await d.store.changeToken();
    const kept = last.get(u);
    if (holds(kept, token, now)) return { agenda: kept.agenda, version: kept.version, validUntil: kept.validUntil, now };
    const running = inFlight.get(u);
    if (running) {
      // A failed computation is the leader's to report; this call then tries its own.
      const shared = await running.catch(() => undefined);
      if (holds(shared, token, now)) return { agenda: shared.agenda, version: shared.version, validUntil: shared.validUntil, now };
    }
    const flight = compute(actor, now).then((c): Kept => ({ ...c, version: ++computations }));
    inFlight.set(u, flight);
    try {
      const computed = await flight;
      if (computed.token === null) last.delete(u);
      else last.set(u, computed);
      return { agenda: computed.agenda, version: computed.version, validUntil: computed.validUntil, now };
    } finally {
      if (inFlight.get(u) === flight) inFlight.delete(u);
    }
  }

  return {
    /**
     * What is due now across every plan, the week ahead, pipeline health and the last mood.
     * Parts of the answer are shared between calls while it holds: callers must not change it.
     */
    async today(actor: Actor): Promise<Agenda> {
      const s = await snapshot(actor);
      return s.agenda.now === s.now ? s.agenda : { ...s.agenda, now: s.now };
    },
    /**
     * The agenda as computed (its `now` is when), and which computation it is: the same
     * `version` means the same agenda apart from `now`, so a face may keep its rendering
     * (the HTTP face keeps the serialised body and answers If-None-Match with it).
     */
    todaySnapshot: snapshot,
  };
}
