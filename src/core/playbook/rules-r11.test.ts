import { describe, expect, it } from 'vitest';
import type { ApplicationStatus } from '../types.js';
import { addDays } from '../time.js';
import { buildPlan } from './engine.js';
import {
  DANA,
  LENA,
  OMAR,
  RECEIVED,
  SAM,
  application,
  decision,
  facts,
  interview,
  keysOf,
  ms,
  rejection,
} from './test-facts.js';

const DAY = 86_400_000;
const LAST_INTERVIEW = RECEIVED;

/** An open application whose last interview was `days` ago. */
const silentFor = (days: number, status: ApplicationStatus = 'interviewing', over: Parameters<typeof facts>[0] = {}) =>
  facts({
    application: application({ status }),
    rejection: null,
    interviews: [
      interview({ participantIds: [SAM.id], kind: 'screen', mode: 'phone', at: addDays(LAST_INTERVIEW, -10) }),
      interview({ participantIds: [DANA.id, OMAR.id, SAM.id], at: LAST_INTERVIEW }),
    ],
    now: addDays(LAST_INTERVIEW, days),
    ...over,
  });

describe('R11 follow up on silence', () => {
  it('R11 suggests one polite follow-up 10 days after the last interview', () => {
    const plan = buildPlan(silentFor(10));
    expect(keysOf(plan.steps)).toEqual(['follow_up']);
    const step = plan.steps[0]!;
    expect(step.rule).toBe('R11');
    expect(step.status).toBe('pending');
    expect(ms(step.dueAt)).toBe(ms(LAST_INTERVIEW) + 10 * DAY);
    expect(step.rationale).toMatch(/10 days/);
    expect(step.draft).not.toBeNull();
    expect(plan.ghosted).toBe(false);
  });

  it('R11 suggests nothing 9 days after the last interview', () => {
    const plan = buildPlan(silentFor(9));
    expect(plan.steps).toEqual([]);
    expect(plan.ghosted).toBe(false);
  });

  it('R11 follows a custom follow-up delay', () => {
    expect(keysOf(buildPlan(silentFor(7, 'interviewing', { settings: { followUpDays: 7 } })).steps)).toEqual(['follow_up']);
  });

  it('R11 addresses the follow-up to the recruiter from the last interview', () => {
    expect(buildPlan(silentFor(12)).steps[0]?.contactId).toBe(SAM.id);
  });

  it('R11 never addresses the follow-up to a friend linked to the application', () => {
    const f = silentFor(12, 'interviewing', {
      contacts: [LENA, DANA],
      interviews: [interview({ participantIds: [LENA.id, DANA.id], at: LAST_INTERVIEW })],
    });
    expect(buildPlan(f).steps[0]?.contactId).toBe(DANA.id);
  });

  it('R11 marks the application ghosted after 30 days of silence', () => {
    const plan = buildPlan(silentFor(30));
    expect(plan.ghosted).toBe(true);
    expect(buildPlan(silentFor(45)).ghosted).toBe(true);
    expect(buildPlan(silentFor(29)).ghosted).toBe(false);
  });

  it('R11 follows a custom ghosting delay', () => {
    expect(buildPlan(silentFor(21, 'interviewing', { settings: { ghostDays: 21 } })).ghosted).toBe(true);
  });

  it('R11 waits for an interview before expecting an answer', () => {
    const plan = buildPlan(silentFor(40, 'applied', { interviews: [] }));
    expect(plan.steps).toEqual([]);
    expect(plan.ghosted).toBe(false);
    expect(plan.stage).toBe('application');
  });

  it('R11 leaves closed applications alone', () => {
    for (const status of ['offer', 'accepted', 'withdrawn'] as const) {
      const plan = buildPlan(silentFor(40, status));
      expect(plan.steps, status).toEqual([]);
      expect(plan.ghosted, status).toBe(false);
    }
  });

  it('R11 reports the stage reached while waiting', () => {
    expect(buildPlan(silentFor(12)).stage).toBe('interview');
  });

  it('R11 runs the lighter plan once ghosted: reflect, stay in touch, back to the search', () => {
    const plan = buildPlan(facts({ rejection: rejection({ channel: 'silence', wording: 'template' }), now: addDays(RECEIVED, 1) }));
    expect(keysOf(plan.steps)).toEqual(['reflect', `connect:${DANA.id}`, `connect:${OMAR.id}`, 'pipeline']);
    const kinds = plan.steps.map((s) => s.kind);
    expect(kinds).not.toContain('thank_you');
    expect(kinds).not.toContain('feedback_request');
    expect(kinds).not.toContain('check_in');
    expect(plan.ghosted).toBe(false);
  });

  it('R11 keeps a follow-up the user already made in the lighter plan', () => {
    const f = facts({
      rejection: rejection({ channel: 'silence', receivedAt: addDays(RECEIVED, 23) }),
      interviews: [interview({ participantIds: [DANA.id, OMAR.id], at: addDays(RECEIVED, -7) })],
      previous: [decision('follow_up', { completedAt: addDays(RECEIVED, 4) })],
      now: addDays(RECEIVED, 24),
    });
    const keys = keysOf(buildPlan(f).steps);
    expect(keys[0]).toBe('follow_up');
    expect(keys.at(-1)).toBe('pipeline');
  });
});
