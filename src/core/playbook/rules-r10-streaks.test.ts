// R10 once per hard stretch: the support step sits on the latest rejection of the busiest
// 30-day window, not on every plan of it.
import { describe, expect, it } from 'vitest';
import { addDays, addHours } from '../time.js';
import { buildPlan } from './engine.js';
import { supportStreaks } from './rules.js';
import { RECEIVED, facts, keysOf, mood, rejection } from './test-facts.js';

const DAY = 86_400_000;
/** Instants `days` after the first rejection of a test. */
const at = (...days: number[]) => days.map((d) => addDays(RECEIVED, d));

/** Whether the plan of the rejection received at `receivedAt` carries the support step. */
function hasSupport(receivedAt: string, rejectionDates: string[], extra: Parameters<typeof facts>[0] = {}): boolean {
  const plan = buildPlan(
    facts({ rejection: rejection({ receivedAt }), rejectionDates, now: addHours(receivedAt, 2), ...extra }),
  );
  return keysOf(plan.steps).includes('support');
}

describe('R10 once per streak', () => {
  it('R10 puts the support step on the latest rejection of a streak, and on no other plan of it', () => {
    const dates = at(0, 5, 10);
    expect(dates.map((d) => hasSupport(d, dates))).toEqual([false, false, true]);
  });

  it('R10 moves the step to a fourth rejection in the same stretch instead of adding a second one', () => {
    const dates = at(0, 5, 10, 20);
    expect(dates.map((d) => hasSupport(d, dates))).toEqual([false, false, false, true]);
  });

  it('R10 gives a later, separate stretch its own step', () => {
    const dates = at(0, 5, 10, 60, 65, 70);
    expect(dates.map((d) => hasSupport(d, dates))).toEqual([false, false, true, false, false, true]);
  });

  it('R10 finds a stretch that straddles the month before: three within 30 days anywhere count', () => {
    const dates = at(0, 29, 31, 32);
    expect(dates.map((d) => hasSupport(d, dates))).toEqual([false, false, false, true]);
  });

  it('R10 keeps one step when rejections arrive steadily: one per busiest window, not one each', () => {
    const dates = at(0, 10, 20, 35, 40, 45, 50);
    const withStep = dates.filter((d) => hasSupport(d, dates));
    expect(withStep).toEqual(at(50));
  });

  it('R10 suggests support for a low mood once, on the most recent plan', () => {
    const dates = at(0, 12);
    const low = { moods: [mood(2, addHours(dates[1]!, 1))] };
    expect(hasSupport(dates[0]!, dates, { ...low, now: addHours(dates[1]!, 2) })).toBe(false);
    expect(hasSupport(dates[1]!, dates, low)).toBe(true);
  });

  it('R10 stays quiet when no window reaches the threshold', () => {
    const dates = at(0, 20, 40, 60);
    expect(dates.some((d) => hasSupport(d, dates))).toBe(false);
  });
});

describe('R10 streaks', () => {
  it('R10 takes the busiest window first, then the busiest of the rest', () => {
    const days = [0, 10, 20, 35, 40, 45, 50, 100, 101, 102];
    const streaks = supportStreaks(days.map((d) => d * DAY), 30 * DAY, 3).map((s) => s.map((x) => x / DAY));
    expect(streaks).toEqual([
      [20, 35, 40, 45, 50],
      [100, 101, 102],
    ]);
  });

  it('R10 counts two rejections on the same instant as two', () => {
    expect(supportStreaks([0, 0, DAY], 30 * DAY, 3)).toEqual([[0, 0, DAY]]);
  });
});
