import { describe, expect, it } from 'vitest';
import type { StepDecision } from '../types.js';
import { addDays, addHours } from '../time.js';
import { buildPlan } from './engine.js';
import type { MergedStep } from './merge.js';
import { mergeDecisions } from './merge.js';
import {
  NOW,
  RECEIVED,
  SAM,
  decision,
  facts,
  feedback,
  fromNoReply,
  mood,
  reflection,
  vagueFeedback,
} from './test-facts.js';

const find = (steps: readonly MergedStep[], key: string): MergedStep => {
  const s = steps.find((x) => x.key === key);
  if (!s) throw new Error(`No step "${key}"`);
  return s;
};

/** What the store would hand back as `previous` after saving a merged plan. */
const asDecisions = (steps: readonly MergedStep[]): StepDecision[] =>
  steps.map((s) => ({ key: s.key, status: s.status, decidedBy: s.decidedBy, snoozedUntil: s.snoozedUntil, completedAt: s.completedAt }));

describe('mergeDecisions', () => {
  it('marks a fresh plan as the engine\'s, with nothing snoozed or completed', () => {
    const merged = mergeDecisions(buildPlan(facts()).steps, [], NOW);
    for (const s of merged) {
      expect(s.decidedBy, s.key).toBe('engine');
      expect(s.snoozedUntil, s.key).toBeNull();
      expect(s.completedAt, s.key).toBeNull();
    }
  });

  it('keeps what the user did, skipped and snoozed when new facts arrive', () => {
    const first = mergeDecisions(buildPlan(facts()).steps, [], NOW);
    const later = addDays(RECEIVED, 4);
    const previous = asDecisions(first).map((d) =>
      d.key === 'thank_you'
        ? { ...d, status: 'done' as const, decidedBy: 'user' as const, completedAt: addDays(RECEIVED, 1) }
        : d.key === 'reflect'
          ? { ...d, status: 'skipped' as const, decidedBy: 'user' as const }
          : d.key === 'pipeline'
            ? { ...d, status: 'snoozed' as const, decidedBy: 'user' as const, snoozedUntil: addDays(RECEIVED, 6) }
            : d,
    );
    const regenerated = buildPlan(facts({ feedback: [vagueFeedback()], moods: [mood(3, addHours(RECEIVED, 3))], previous, now: later }));
    const merged = mergeDecisions(regenerated.steps, previous, later);

    expect(find(merged, 'thank_you')).toMatchObject({ status: 'done', decidedBy: 'user', completedAt: addDays(RECEIVED, 1) });
    expect(find(merged, 'reflect')).toMatchObject({ status: 'skipped', decidedBy: 'user' });
    expect(find(merged, 'pipeline')).toMatchObject({ status: 'snoozed', decidedBy: 'user', snoozedUntil: addDays(RECEIVED, 6) });
    expect(find(merged, 'check_in')).toMatchObject({ status: 'done', decidedBy: 'engine', completedAt: later });
    expect(find(merged, 'escalate')).toMatchObject({ status: 'pending', decidedBy: 'engine' });
  });

  it('keeps a user decision even when the engine would now decide otherwise', () => {
    const previous = [decision('reflect', { status: 'pending', completedAt: null })];
    const merged = mergeDecisions(buildPlan(facts({ reflections: [reflection()], previous })).steps, previous, NOW);
    expect(find(merged, 'reflect')).toMatchObject({ status: 'pending', decidedBy: 'user' });
  });

  it('brings an engine-skipped step back to pending when the facts change', () => {
    const bare = facts({ rejection: fromNoReply({ stage: 'application' }), contacts: [], interviews: [] });
    const first = mergeDecisions(buildPlan(bare).steps, [], NOW);
    expect(find(first, 'thank_you')).toMatchObject({ status: 'skipped', decidedBy: 'engine' });

    const previous = asDecisions(first);
    const withContact = { ...bare, contacts: [SAM], previous };
    const merged = mergeDecisions(buildPlan(withContact).steps, previous, NOW);
    expect(find(merged, 'thank_you')).toMatchObject({ status: 'pending', decidedBy: 'engine', skipReason: null, contactId: SAM.id });
  });

  it('keeps the completion time of a step the engine had already found done', () => {
    const loggedAt = addHours(RECEIVED, 1);
    const f = facts({ moods: [mood(3, loggedAt)] });
    const first = mergeDecisions(buildPlan(f).steps, [], NOW);
    expect(find(first, 'check_in').completedAt).toBe(NOW);
    const later = addDays(NOW, 2);
    const again = mergeDecisions(buildPlan({ ...f, now: later }).steps, asDecisions(first), later);
    expect(find(again, 'check_in')).toMatchObject({ status: 'done', decidedBy: 'engine', completedAt: NOW });
  });

  it('completes an engine step now when an earlier done was recorded without a time', () => {
    const f = facts({ moods: [mood(3, addHours(RECEIVED, 1))] });
    const previous = [decision('check_in', { decidedBy: 'engine', completedAt: null })];
    expect(find(mergeDecisions(buildPlan(f).steps, previous, NOW), 'check_in').completedAt).toBe(NOW);
  });

  it('gives a step the user skipped a reason to show, keeping theirs when it is known', () => {
    const steps = buildPlan(facts()).steps;
    const plain = mergeDecisions(steps, [decision('reflect', { status: 'skipped', completedAt: null })], NOW);
    expect(find(plain, 'reflect').skipReason).toMatch(/you/i);
    const withReason = mergeDecisions(
      steps,
      [{ ...decision('reflect', { status: 'skipped', completedAt: null }), skipReason: 'Did this on paper.' }],
      NOW,
    );
    expect(find(withReason, 'reflect').skipReason).toBe('Did this on paper.');
  });

  it('drops the engine\'s skip reason from a step the user went ahead and did', () => {
    const bare = facts({ rejection: fromNoReply({ stage: 'application' }), contacts: [], interviews: [] });
    const merged = mergeDecisions(buildPlan(bare).steps, [decision('thank_you')], NOW);
    expect(find(merged, 'thank_you')).toMatchObject({ status: 'done', decidedBy: 'user', skipReason: null });
  });

  it('closes a snoozed step once the facts show it was done', () => {
    const previous = [decision('reflect', { status: 'snoozed', completedAt: null, snoozedUntil: addDays(RECEIVED, 5) })];
    const merged = mergeDecisions(buildPlan(facts({ reflections: [reflection()], previous })).steps, previous, NOW);
    expect(find(merged, 'reflect')).toMatchObject({ status: 'done', decidedBy: 'engine', snoozedUntil: null, completedAt: NOW });
  });

  it('keeps a snooze while the facts do not show the step done', () => {
    const previous = [decision('reflect', { status: 'snoozed', completedAt: null, snoozedUntil: addDays(RECEIVED, 5) })];
    const merged = mergeDecisions(buildPlan(facts({ previous })).steps, previous, NOW);
    expect(find(merged, 'reflect')).toMatchObject({ status: 'snoozed', decidedBy: 'user', snoozedUntil: addDays(RECEIVED, 5) });
  });

  it('drops decisions for steps that are no longer proposed', () => {
    const merged = mergeDecisions(buildPlan(facts()).steps, [decision('escalate')], NOW);
    expect(merged.some((s) => s.key === 'escalate')).toBe(false);
  });

  it('carries the user\'s done through a full round trip: thank-you sent, feedback arrives, plan regenerated', () => {
    const first = mergeDecisions(buildPlan(facts()).steps, [], NOW);
    const sentAt = addDays(RECEIVED, 1);
    const previous = asDecisions(first).map((d) =>
      d.key === 'thank_you' ? { ...d, status: 'done' as const, decidedBy: 'user' as const, completedAt: sentAt } : d,
    );
    const later = addDays(RECEIVED, 5);
    const f = facts({ feedback: [feedback('Lead with outcomes; your answers ran long.')], previous, now: later });
    const merged = mergeDecisions(buildPlan(f).steps, previous, later);
    expect(find(merged, 'thank_you')).toMatchObject({ status: 'done', decidedBy: 'user', completedAt: sentAt });
    expect(find(merged, 'feedback_request')).toMatchObject({ status: 'done', decidedBy: 'engine', completedAt: later });
    expect(find(merged, 'action_plan').rationale).toMatch(/mock interview/);
  });
});
