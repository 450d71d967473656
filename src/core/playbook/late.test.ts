// A rejection recorded long after it came: no pile of overdue steps, each skip says why.
import { describe, expect, it } from 'vitest';
import { addDays, addHours } from '../time.js';
import { buildPlan } from './engine.js';
import { LATE_RECORD_DAYS, howLongAgo, recordedLate } from './late.js';
import { DANA, RECEIVED, facts, fromPerson, keysOf, mood, rejection, stepIn } from './test-facts.js';

/** Facts for a rejection that came on RECEIVED and was recorded `days` later (now: just after). */
function recordedAfter(days: number, over: Parameters<typeof facts>[0] = {}) {
  const createdAt = addDays(RECEIVED, days);
  return facts({ rejection: fromPerson(DANA, { createdAt }), now: addHours(createdAt, 1), ...over });
}

describe('a rejection recorded months after it came', () => {
  it('R1, R2, R3, R7 connection notes and R8 are skipped with "months ago" as the reason, not left overdue', () => {
    const plan = buildPlan(recordedAfter(120));
    for (const kind of ['check_in', 'thank_you', 'feedback_request', 'connect', 'pipeline'] as const) {
      for (const s of plan.steps.filter((x) => x.kind === kind)) {
        expect(s.status, kind).toBe('skipped');
        expect(s.skipReason, kind).toMatch(/^This was about 4 months before you recorded it/);
      }
    }
    expect(plan.steps.filter((s) => s.status === 'pending' && s.dueAt < addDays(RECEIVED, 120)).map((s) => s.kind)).toEqual([]);
  });

  it('R5 reflection stays, due within the usual days of the day it was recorded', () => {
    const plan = buildPlan(recordedAfter(120));
    const r = stepIn(plan.steps, 'reflect');
    expect(r.status).toBe('pending');
    expect(r.dueAt).toBe(addDays(RECEIVED, 123));
    expect(stepIn(plan.steps, 'action_plan').dueAt >= addDays(RECEIVED, 120)).toBe(true);
  });

  it('R10 support from a streak of old rejections is skipped too, with an open door', () => {
    const dates = [addDays(RECEIVED, -10), addDays(RECEIVED, -5), RECEIVED];
    const s = stepIn(buildPlan(recordedAfter(200, { rejectionDates: dates })).steps, 'support');
    expect(s.status).toBe('skipped');
    expect(s.skipReason).toMatch(/talking to someone you trust still helps/);
  });

  it('R10 still suggests support for a low mood logged since the rejection was recorded', () => {
    const f = recordedAfter(90);
    const s = stepIn(buildPlan({ ...f, moods: [mood(1, f.now)] }).steps, 'support');
    expect(s.status).toBe('pending');
  });

  it('R2 keeps its normal plan when the rejection is recorded within 30 days', () => {
    const plan = buildPlan(recordedAfter(LATE_RECORD_DAYS));
    expect(stepIn(plan.steps, 'thank_you').status).toBe('pending');
    expect(stepIn(plan.steps, 'check_in').status).toBe('pending');
  });

  it('keeps every step in the plan, visible with its reason', () => {
    expect(keysOf(buildPlan(recordedAfter(120)).steps)).toEqual(keysOf(buildPlan(recordedAfter(0)).steps));
  });

  it('says how long ago in plain words', () => {
    expect(howLongAgo(45)).toBe('over a month');
    expect(howLongAgo(95)).toBe('about 3 months');
    expect(howLongAgo(400)).toBe('over a year');
    expect(recordedLate(rejection({ createdAt: addDays(RECEIVED, 31) }))).toBe(true);
    expect(recordedLate(rejection({ createdAt: addDays(RECEIVED, 30) }))).toBe(false);
  });
});
