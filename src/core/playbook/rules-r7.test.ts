import { describe, expect, it } from 'vitest';
import { addDays } from '../time.js';
import type { PersonTouch, TouchFacts } from '../touch/types.js';
import { buildPlan } from './engine.js';
import { mergeDecisions } from './merge.js';
import {
  DANA,
  LENA,
  OMAR,
  RECEIVED,
  SAM,
  decision,
  facts,
  fromPerson,
  interview,
  keysOf,
  ms,
  stepIn,
} from './test-facts.js';

const DAY = 86_400_000;

const finalRound = (over: Parameters<typeof facts>[0] = {}) =>
  facts({
    rejection: fromPerson(SAM, { stage: 'final' }),
    interviews: [interview({ participantIds: [DANA.id, OMAR.id], mode: 'in_person', finalRound: true })],
    ...over,
  });

describe('R7 stay in touch', () => {
  it('R7 suggests one connection request per employer-side person met', () => {
    const plan = buildPlan(
      facts({
        interviews: [
          interview({ participantIds: [DANA.id], at: addDays(RECEIVED, -12) }),
          interview({ participantIds: [DANA.id, OMAR.id], at: addDays(RECEIVED, -5) }),
        ],
      }),
    );
    const connects = plan.steps.filter((s) => s.kind === 'connect');
    expect(connects.map((s) => s.contactId)).toEqual([DANA.id, OMAR.id]);
    for (const s of connects) {
      expect(s.rule).toBe('R7');
      expect(s.status).toBe('pending');
      expect(s.draft?.toContactId).toBe(s.contactId);
    }
  });

  it('R7 leaves out friends, and people linked to the application but never met', () => {
    const plan = buildPlan(facts({ contacts: [DANA, OMAR, SAM, LENA], interviews: [interview({ participantIds: [DANA.id, LENA.id] })] }));
    expect(plan.steps.filter((s) => s.kind === 'connect').map((s) => s.contactId)).toEqual([DANA.id]);
  });

  it('R7 keeps every connection note within the 300 characters a network allows', () => {
    const long = { ...DANA, name: 'Alexandra Konstantinopoulou-Whitfield', title: 'Senior Director of Product Design' };
    const f = facts({ contacts: [long, OMAR], interviews: [interview({ participantIds: [long.id, OMAR.id] })] });
    const plan = buildPlan({ ...f, application: { ...f.application, role: 'Principal Product Designer, Growth and Monetisation Platform' } });
    for (const s of plan.steps.filter((x) => x.kind === 'connect')) {
      expect(s.draft?.maxLength).toBe(300);
      expect(s.draft?.body.length, s.key).toBeLessThanOrEqual(300);
      expect(s.draft?.body.length, s.key).toBeGreaterThan(40);
    }
  });

  it('R7 does not plan touch-bases after a rejection before the final round', () => {
    expect(buildPlan(facts()).steps.some((s) => s.kind === 'touch_base')).toBe(false);
  });

  it('R7 plans a touch-base a quarter after a final-round rejection, with a reason', () => {
    const plan = buildPlan(finalRound());
    const touches = plan.steps.filter((s) => s.kind === 'touch_base');
    expect(keysOf(touches)).toEqual(['touch_base:1']);
    const t = touches[0]!;
    expect(t.rule).toBe('R7');
    expect(ms(t.dueAt)).toBe(ms(RECEIVED) + 90 * DAY);
    expect(t.contactId).toBe(DANA.id);
    expect(t.rationale).toMatch(/final round/);
    expect(t.rationale).toMatch(/warm lead/);
    expect(t.rationale).toMatch(/\((wishing|sharing|congratulating)/);
    expect(t.draft).not.toBeNull();
  });

  it('R7 follows a custom touch-base cadence', () => {
    const t = stepIn(buildPlan(finalRound({ settings: { touchBaseDays: 60 } })).steps, 'touch_base:1');
    expect(ms(t.dueAt)).toBe(ms(RECEIVED) + 60 * DAY);
  });

  it('R7 gives a holiday as the reason when the touch-base falls near one', () => {
    const september = '2025-09-11T09:00:00.000Z'; // plus 90 days: December 10
    const t = stepIn(
      buildPlan(finalRound({ rejection: fromPerson(SAM, { stage: 'final', receivedAt: september }), now: september })).steps,
      'touch_base:1',
    );
    expect(t.rationale).toMatch(/end-of-year holidays/);
  });

  it('R7 schedules the next touch-base a cadence after the last one was done', () => {
    const doneAt = addDays(RECEIVED, 97);
    const f = finalRound({ previous: [decision('touch_base:1', { completedAt: doneAt })], now: addDays(doneAt, 1) });
    const plan = buildPlan(f);
    expect(keysOf(plan.steps.filter((s) => s.kind === 'touch_base'))).toEqual(['touch_base:1', 'touch_base:2']);
    expect(ms(stepIn(plan.steps, 'touch_base:2').dueAt)).toBe(ms(doneAt) + 90 * DAY);
    const merged = mergeDecisions(plan.steps, f.previous, f.now);
    expect(merged.find((s) => s.key === 'touch_base:1')?.status).toBe('done');
    expect(merged.find((s) => s.key === 'touch_base:2')?.status).toBe('pending');
  });

  it('R7 keeps only one touch-base open at a time', () => {
    const f = finalRound({ previous: [decision('touch_base:1', { status: 'snoozed', completedAt: null, snoozedUntil: addDays(RECEIVED, 100) })] });
    expect(buildPlan(f).steps.filter((s) => s.kind === 'touch_base')).toHaveLength(1);
  });

  it('R7 treats a final-round interview as the final stage even if the rejection was logged earlier in the process', () => {
    const f = finalRound({ rejection: fromPerson(SAM, { stage: 'interview' }) });
    expect(keysOf(buildPlan(f).steps)).toContain('touch_base:1');
  });

  it('R7 asks to be kept in mind, without a grudge', () => {
    const plan = buildPlan(finalRound());
    const body = stepIn(plan.steps, 'touch_base:1').draft?.body ?? '';
    expect(body).not.toMatch(/disappointed|unfair|mistake/i);
    expect(stepIn(plan.steps, 'thank_you').draft?.body).toMatch(/keep me in mind|think of me|future openings|stay in touch/i);
  });
});

describe('R7 touch-bases follow the person’s cadence', () => {
  const day = (iso: string) => iso.slice(0, 10);
  const person = (over: Partial<PersonTouch> = {}): PersonTouch => ({
    contactId: DANA.id,
    tags: [],
    override: { kind: 'inherit' },
    tagCadences: [],
    lastContactOn: day(RECEIVED),
    snoozedUntil: null,
    events: [],
    ...over,
  });
  const withTouch = (p: PersonTouch, more: Partial<TouchFacts> = {}) =>
    finalRound({ touch: { locale: 'en-US', people: [p], articles: [], milestones: [], ...more } });

  it('R7 keeps the default quarter from the rejection when nothing else is on record', () => {
    const t = stepIn(buildPlan(withTouch(person())).steps, 'touch_base:1');
    expect(ms(t.dueAt)).toBe(ms(RECEIVED) + 90 * DAY);
  });

  it('R7 counts the cadence from the last logged interaction', () => {
    const t = stepIn(buildPlan(withTouch(person({ lastContactOn: day(addDays(RECEIVED, 30)) }))).steps, 'touch_base:1');
    expect(day(t.dueAt)).toBe(day(addDays(RECEIVED, 120)));
  });

  it('R7 uses the cadence set for the person, and says so', () => {
    const t = stepIn(buildPlan(withTouch(person({ override: { kind: 'every', days: 45 } }))).steps, 'touch_base:1');
    expect(day(t.dueAt)).toBe(day(addDays(RECEIVED, 45)));
    expect(t.rationale).toMatch(/every 45 days with Dana/);
  });

  it('R7 uses a tag cadence when the person carries the tag', () => {
    const p = person({ tags: ['design'], tagCadences: [{ tag: 'design', everyDays: 60 }] });
    const t = stepIn(buildPlan(withTouch(p)).steps, 'touch_base:1');
    expect(day(t.dueAt)).toBe(day(addDays(RECEIVED, 60)));
    expect(t.rationale).toMatch(/people tagged "design"/);
  });

  it('R7 skips the touch-base, with the reason, when the user turned them off for the person', () => {
    const t = stepIn(buildPlan(withTouch(person({ override: { kind: 'off' } }))).steps, 'touch_base:1');
    expect(t.status).toBe('skipped');
    expect(t.skipReason).toMatch(/turned off touch-bases with Dana/);
  });

  it('R7 builds the draft around a promotion the user noted', () => {
    const promoted = { id: 9, contactId: DANA.id, kind: 'promotion' as const, on: day(addDays(RECEIVED, 60)), note: 'Head of Design', createdAt: RECEIVED };
    const t = stepIn(buildPlan(withTouch(person({ events: [promoted] }))).steps, 'touch_base:1');
    expect(t.rationale).toMatch(/congratulating them on their promotion/);
    expect(t.draft?.body).toMatch(/promotion/);
  });

  it('R7 shares a saved article that fits the company when there is no news', () => {
    const a = { id: 4, url: 'https://example.org/design-ops', title: 'Design ops in small teams', note: null, tags: ['northwind'], savedOn: day(addDays(RECEIVED, 10)), createdAt: RECEIVED };
    const t = stepIn(buildPlan(withTouch(person(), { articles: [a] })).steps, 'touch_base:1');
    expect(t.rationale).toMatch(/sharing an article/);
    expect(t.draft?.body).toContain('Design ops in small teams');
    expect(t.draft?.body).toContain('https://example.org/design-ops');
  });
});
