import { describe, expect, it } from 'vitest';
import { addDays, addHours } from '../time.js';
import { buildPlan } from './engine.js';
import type { PlanFacts } from './facts.js';
import {
  DANA,
  JO,
  LENA,
  MARCO,
  NOW,
  OMAR,
  RECEIVED,
  SAM,
  facts,
  fromNoReply,
  fromPerson,
  interview,
  keysOf,
  mood,
  ms,
  rejection,
  stepIn,
  vagueFeedback,
} from './test-facts.js';

const HOUR = 3_600_000;

describe('R8 keep the pipeline full', () => {
  const plans: Record<string, PlanFacts> = {
    'a plain rejection': facts(),
    'a final round with feedback': facts({
      rejection: fromPerson(SAM, { stage: 'final' }),
      interviews: [interview({ participantIds: [DANA.id, OMAR.id], finalRound: true })],
      feedback: [vagueFeedback()],
    }),
    'an application-stage form letter': facts({ rejection: fromNoReply({ stage: 'application' }), interviews: [], contacts: [] }),
    'a ghosted application': facts({ rejection: rejection({ channel: 'silence' }) }),
    'a third rejection this month': facts({
      rejectionDates: [RECEIVED, addDays(RECEIVED, -4), addDays(RECEIVED, -11)],
      rejection: rejection({ channel: 'silence' }),
    }),
  };
  for (const [name, f] of Object.entries(plans)) {
    it(`R8 ends the plan with the search, after ${name}`, () => {
      const steps = buildPlan(f).steps;
      expect(steps.at(-1)?.kind).toBe('pipeline');
      expect(steps.at(-1)?.rule).toBe('R8');
      expect(steps.filter((s) => s.kind === 'pipeline')).toHaveLength(1);
    });
  }

  it('R8 mentions the interviews under way when there are some', () => {
    const step = stepIn(
      buildPlan(facts({ pipeline: { activeCount: 8, lastAppliedOn: RECEIVED, interviewsUnderway: true } })).steps,
      'pipeline',
    );
    expect(step.rationale).toMatch(/interviews/);
  });

  it('R8 says the pipeline is below target when it is', () => {
    const step = stepIn(
      buildPlan(facts({ pipeline: { activeCount: 2, lastAppliedOn: RECEIVED, interviewsUnderway: false } })).steps,
      'pipeline',
    );
    expect(step.rationale).toMatch(/below your target/);
  });

  it('R8 points out a search that has stalled for a week or more', () => {
    const step = stepIn(
      buildPlan(facts({ pipeline: { activeCount: 9, lastAppliedOn: addDays(NOW, -12), interviewsUnderway: false } })).steps,
      'pipeline',
    );
    expect(step.rationale).toMatch(/12 days/);
  });

  it('R8 keeps a calm, generic reason when the pipeline is healthy', () => {
    const step = stepIn(buildPlan(facts()).steps, 'pipeline');
    expect(step.status).toBe('pending');
    expect(step.rationale).toMatch(/^Back to the search/);
    expect(step.rationale).not.toMatch(/below|interviews/);
  });
});

const rejectionsAt = (...daysAgo: number[]) => [RECEIVED, ...daysAgo.map((d) => addDays(RECEIVED, -d))];

describe('R10 lean on people', () => {
  it('R10 suggests reaching out after a third rejection within 30 days', () => {
    const plan = buildPlan(facts({ rejectionDates: rejectionsAt(5, 20), supportContacts: [LENA] }));
    const step = stepIn(plan.steps, 'support');
    expect(step.rule).toBe('R10');
    expect(step.status).toBe('pending');
    expect(keysOf(plan.steps).indexOf('support')).toBe(1);
  });

  it('R10 suggests reaching out on the latest-dated plan when the third rejection of the month is dated before the other two', () => {
    const dates = [RECEIVED, addDays(RECEIVED, 1), addDays(RECEIVED, 2)];
    expect(keysOf(buildPlan(facts({ rejectionDates: dates })).steps)).not.toContain('support');
    const latest = buildPlan(facts({ rejection: rejection({ receivedAt: dates[2] }), rejectionDates: dates, now: addDays(NOW, 2) }));
    expect(stepIn(latest.steps, 'support').rule).toBe('R10');
  });

  it('R10 stays quiet after two rejections within 30 days', () => {
    expect(keysOf(buildPlan(facts({ rejectionDates: rejectionsAt(5) })).steps)).not.toContain('support');
  });

  it('R10 does not count a rejection from more than 30 days before', () => {
    expect(keysOf(buildPlan(facts({ rejectionDates: rejectionsAt(5, 31) })).steps)).not.toContain('support');
  });

  it('R10 counts this rejection even when the list of dates leaves it out', () => {
    const dates = [addDays(RECEIVED, -3), addDays(RECEIVED, -9)];
    expect(keysOf(buildPlan(facts({ rejectionDates: dates })).steps)).toContain('support');
  });

  it('R10 follows a custom threshold and window', () => {
    const f = facts({ rejectionDates: rejectionsAt(10), settings: { supportThreshold: 2, supportWindowDays: 14 } });
    expect(keysOf(buildPlan(f).steps)).toContain('support');
  });

  it('R10 suggests reaching out after a mood of 2 or lower in the last 7 days', () => {
    const plan = buildPlan(facts({ moods: [mood(2, addHours(RECEIVED, 1))], supportContacts: [LENA] }));
    expect(stepIn(plan.steps, 'support').rationale).toMatch(/low/);
  });

  it('R10 does not react to a mood of 3, or a low mood more than a week old', () => {
    expect(keysOf(buildPlan(facts({ moods: [mood(3, addHours(RECEIVED, 1))] })).steps)).not.toContain('support');
    expect(keysOf(buildPlan(facts({ moods: [mood(1, addDays(NOW, -8))] })).steps)).not.toContain('support');
  });

  it('R10 prefers a mentor as the person to reach out to', () => {
    const plan = buildPlan(facts({ moods: [mood(1, NOW)], supportContacts: [LENA, JO, MARCO] }));
    const step = stepIn(plan.steps, 'support');
    expect(step.contactId).toBe(MARCO.id);
    expect(step.draft?.toName).toBe(MARCO.name);
    expect(step.rationale).toContain(MARCO.name);
  });

  it('R10 falls back to the first friend or family member', () => {
    const step = stepIn(buildPlan(facts({ moods: [mood(1, NOW)], supportContacts: [JO, LENA] })).steps, 'support');
    expect(step.contactId).toBe(JO.id);
  });

  it('R10 never picks an employer contact to lean on', () => {
    const step = stepIn(buildPlan(facts({ moods: [mood(1, NOW)], supportContacts: [SAM] })).steps, 'support');
    expect(step.contactId).toBeNull();
  });

  it('R10 drafts the note even when no one is on file, and leaves sending to the user', () => {
    const step = stepIn(buildPlan(facts({ moods: [mood(1, NOW)], supportContacts: [] })).steps, 'support');
    expect(step.contactId).toBeNull();
    expect(step.draft).not.toBeNull();
    expect(step.draft?.body.length).toBeGreaterThan(40);
    expect(step.rationale).toMatch(/friend|family|mentor/);
    expect(step.rationale).toMatch(/you decide|until you send/);
  });

  it('R10 never counts rejections back to the user as a score', () => {
    const step = stepIn(buildPlan(facts({ rejectionDates: rejectionsAt(2, 4, 9, 15) })).steps, 'support');
    expect(step.rationale).not.toMatch(/\d/);
    expect(step.rationale).not.toMatch(/rejections/);
  });

  it('R10 makes a low mood logged days later due from that moment, not in the past', () => {
    const later = addDays(RECEIVED, 10);
    const step = stepIn(buildPlan(facts({ moods: [mood(1, later)], now: addHours(later, 1) })).steps, 'support');
    expect(ms(step.dueAt)).toBeGreaterThanOrEqual(ms(later));
  });

  it('R10 holds the message to the cool-off like any other', () => {
    const step = stepIn(buildPlan(facts({ moods: [mood(1, NOW)] })).steps, 'support');
    expect(ms(step.notBefore)).toBeGreaterThanOrEqual(ms(RECEIVED) + 12 * HOUR);
  });

  it('R10 appears in the lighter plan after being ghosted, too', () => {
    const plan = buildPlan(facts({ rejection: rejection({ channel: 'silence' }), moods: [mood(2, NOW)] }));
    expect(keysOf(plan.steps)).toContain('support');
  });
});
