// A realistic demo search, written for the project (the story is in demo-story.ts), dated
// relative to now so the agenda always has something to show. It is loaded through the same use
// cases as real data, replayed in date order on a clock that walks forward to now: every date a
// use case stamps (a mood logged, a step marked done, a reflection written) lands when it would
// have, and plans are built as they were at the time.
import { ReboundError } from '../../core/errors.js';
import { addDays } from '../../core/time.js';
import type { Actor, StepKind } from '../../core/types.js';
import type { Store } from '../../store/index.js';
import { nowIso, type Deps } from '../deps.js';
import { applicationUseCases } from './applications.js';
import { DEMO_APPLICATIONS, DEMO_MOODS, RESUMES, type DemoApplication } from './demo-story.js';
import { journalUseCases } from './journal.js';
import { profileUseCases } from './profile.js';
import { rejectionUseCases } from './rejections.js';
import { stepUseCases } from './steps.js';
import { todayUseCases } from './today.js';

interface DemoEvent {
  at: string;
  run: () => Promise<unknown>;
}

/** What a person catching up on their plans marks done; messages they did not send are skipped. */
const CATCH_UP_DONE: readonly StepKind[] = [
  'check_in',
  'reflect',
  'action_plan',
  'connect',
  'pipeline',
  'support',
  'follow_up',
  'touch_base',
  'escalate',
];
/** The last weekly catch-up, in days before now: recent plans stay open for the agenda. */
const LAST_CATCH_UP = 14;

export function demoUseCases(d: Deps) {
  return {
    /** Loads the demo search into an empty store. Refuses a store that already holds data. */
    async loadDemo(actor: Actor): Promise<{ applications: number }> {
      // One transaction for the whole story: a demo loads completely or not at all.
      return d.store.transaction(async (tx) => {
        if ((await tx.applications.count(actor.userId)) > 0) {
          throw new ReboundError(
            'conflict',
            'This store already has applications; the demo loads only into an empty one.',
          );
        }
        const now = nowIso(d);
        const clock = { t: now };
        const store: Store = {
          ...tx,
          location: d.store.location,
          transaction: (fn) => fn(tx),
          changeToken: () => Promise.resolve(null),
          close: () => Promise.resolve(),
        };
        const past: Deps = { ...d, store, clock: { now: () => new Date(clock.t) } };
        await replay(past, actor, now, clock);
        return { applications: await tx.applications.count(actor.userId) };
      });
    },
  };
}

/** Replays the story through the use cases, moving `clock` forward event by event. */
async function replay(past: Deps, actor: Actor, now: string, clock: { t: string }): Promise<void> {
  const apps = applicationUseCases(past);
  const rejections = rejectionUseCases(past);
  const journal = journalUseCases(past);
  const steps = stepUseCases(past);
  const agenda = todayUseCases(past);

  const nowHour = Number(now.slice(11, 13));
  /** An instant `days` before now at `hour` UTC (today: never later than two hours ago). */
  const ago = (days: number, hour = 10): string => {
    const h = days === 0 ? Math.min(hour, Math.max(0, nowHour - 2)) : hour;
    return `${addDays(now, -days).slice(0, 10)}T${String(h).padStart(2, '0')}:00:00.000Z`;
  };
  const day = (days: number): string => ago(days).slice(0, 10);

  const events: DemoEvent[] = [];
  const on = (at: string, run: () => Promise<unknown>): void => void events.push({ at, run });

  /** Marks the pending steps of these kinds done on one application. */
  const markDone = async (applicationId: number, kinds: readonly StepKind[]): Promise<void> => {
    const plan = await rejections.getPlan(actor, applicationId);
    for (const s of plan.steps) {
      if (kinds.includes(s.kind) && s.status === 'pending')
        await steps.changeStep(actor, { stepId: s.id, action: 'done' });
    }
  };

  /** The week's catch-up: silent applications brought up to date, and what is due dealt with. */
  const catchUp = async (): Promise<void> => {
    await agenda.today(actor);
    const due = (await past.store.steps.open(actor.userId)).filter(
      (s) => s.status === 'pending' && s.dueAt <= clock.t,
    );
    for (const s of due) {
      await steps.changeStep(actor, {
        stepId: s.id,
        action: CATCH_UP_DONE.includes(s.kind) ? 'done' : 'skip',
      });
    }
  };

  on(ago(120, 9), async () => {
    await profileUseCases(past).setProfile(actor, {
      name: 'Alex Rivera',
      email: 'alex.rivera@example.com',
      signature: 'Alex Rivera\nalex.rivera@example.com',
      openToFreelance: true,
    });
    await apps.addContact(actor, {
      name: 'Sam Patel',
      kind: 'mentor',
      email: 'sam.patel@example.com',
      notes: 'Former lead at my first agency.',
    });
  });

  for (const story of DEMO_APPLICATIONS) addStory(story);

  function addStory(s: DemoApplication): void {
    let appId = 0;
    const people = new Map<string, number>();
    const who = (key: string): number => {
      const id = people.get(key);
      if (id === undefined) throw new Error(`demo story ${s.company}: no person "${key}"`);
      return id;
    };
    on(ago(s.applied, 9), async () => {
      const app = await apps.addApplication(actor, {
        company: s.company,
        role: s.role,
        source: s.source,
        appliedOn: day(s.applied),
        resumeVersion: RESUMES[s.resume],
        valued: s.valued ?? null,
      });
      appId = app.id;
      for (const p of s.people ?? []) {
        const c = await apps.addContact(actor, {
          name: p.name,
          kind: p.kind,
          title: p.title,
          email: p.email,
          company: s.company,
          applicationId: app.id,
        });
        people.set(p.key, c.id);
      }
    });
    for (const i of s.interviews ?? []) {
      on(ago(i.ago, i.hour ?? 14), () =>
        apps.addInterview(actor, {
          applicationId: appId,
          at: ago(i.ago, i.hour ?? 14),
          kind: i.kind,
          mode: i.mode,
          participantIds: (i.with ?? []).map(who),
          finalRound: i.final ?? false,
          questions: i.questions ?? [],
        }),
      );
    }
    const r = s.rejection;
    if (r) {
      on(ago(r.ago, r.hour ?? 11), () =>
        rejections.recordRejection(actor, {
          applicationId: appId,
          receivedAt: ago(r.ago, r.hour ?? 11),
          channel: r.channel ?? null,
          rawEmail: r.email ? Buffer.from(r.email) : null,
        }),
      );
    }
    for (const f of s.feedback ?? []) {
      on(ago(f.ago, f.hour ?? 10), () =>
        journal.addFeedback(actor, {
          applicationId: appId,
          receivedAt: ago(f.ago, f.hour ?? 10),
          fromContactId: f.from ? who(f.from) : null,
          text: f.text,
        }),
      );
    }
    if (s.thanked !== undefined) on(ago(s.thanked, 18), () => markDone(appId, ['thank_you']));
    const rf = s.reflection;
    if (rf) {
      on(ago(rf.ago, 20), () =>
        journal.addReflection(actor, {
          applicationId: appId,
          wentWell: rf.wentWell,
          wentBadly: rf.wentBadly,
          pauseQuestions: rf.pauseQuestions ?? [],
          inControl: rf.inControl,
          outOfControl: rf.outOfControl,
          requirementsMatch: rf.requirementsMatch,
          missingQualifications: rf.missingQualifications ?? [],
        }),
      );
    }
    const done = s.done;
    if (done) on(ago(done.ago, 19), () => markDone(appId, done.kinds));
  }

  for (const [days, hour, score, note] of DEMO_MOODS)
    on(ago(days, hour), () => journal.logMood(actor, { score, note }));
  for (let days = 119; days >= LAST_CATCH_UP; days -= 7) on(ago(days, 21), catchUp);

  // Replay in date order (stable, so one story's same-instant events keep their order).
  events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const e of events) {
    clock.t = e.at;
    await e.run();
  }
}
