import { describe, expect, it } from 'vitest';
import { MAX_INTERVAL_DAYS, NEW_SCHEDULE, addDaysToDay, isDue, localDay, review, schedule, type ScheduleState } from './schedule.js';
import type { PracticeRating } from './types.js';

/** The due dates a run of ratings gives, each review done on the day it was due. */
function run(ratings: readonly PracticeRating[], start = '2026-03-01'): string[] {
  let state: ScheduleState = NEW_SCHEDULE;
  let today = start;
  const out: string[] = [];
  for (const r of ratings) {
    const next = schedule(state, r, today);
    state = next.state;
    today = next.dueOn;
    out.push(today);
  }
  return out;
}

describe('practice scheduling', () => {
  it('brings a question rated "again" back the next day', () => {
    expect(schedule(NEW_SCHEDULE, 'again', '2026-03-01').dueOn).toBe('2026-03-02');
    const later = review(review(review(NEW_SCHEDULE, 'good'), 'good'), 'good');
    expect(schedule(later, 'again', '2026-03-10').dueOn).toBe('2026-03-11');
  });

  it('spaces "good" answers 1, 3, 7 and 16 days apart, then further', () => {
    expect(run(['good', 'good', 'good', 'good', 'good'])).toEqual(['2026-03-02', '2026-03-05', '2026-03-12', '2026-03-28', '2026-05-04']);
  });

  it('grows the gap more slowly after "hard" and faster after "easy" than after "good"', () => {
    const gap = (r: PracticeRating) => review(review(review(NEW_SCHEDULE, 'good'), 'good'), r).intervalDays;
    expect(gap('hard')).toBeLessThan(gap('good'));
    expect(gap('easy')).toBeGreaterThan(gap('good'));
    expect(gap('hard')).toBeGreaterThan(review(review(NEW_SCHEDULE, 'good'), 'good').intervalDays);
  });

  it('starts over after "again": the streak resets and the next "good" is a day away', () => {
    const lapsed = review(review(review(NEW_SCHEDULE, 'good'), 'good'), 'again');
    expect(lapsed.streak).toBe(0);
    expect(review(lapsed, 'good').intervalDays).toBe(1);
  });

  it('lowers the ease after "hard" and "again", raises it after "easy", within bounds', () => {
    expect(review(NEW_SCHEDULE, 'hard').ease).toBeLessThan(NEW_SCHEDULE.ease);
    expect(review(NEW_SCHEDULE, 'again').ease).toBeLessThan(NEW_SCHEDULE.ease);
    expect(review(NEW_SCHEDULE, 'easy').ease).toBeGreaterThan(NEW_SCHEDULE.ease);
    let s = NEW_SCHEDULE;
    for (let i = 0; i < 30; i++) s = review(s, 'again');
    expect(s.ease).toBe(130);
  });

  it('never schedules a question more than 180 days out', () => {
    const dates = run(Array<PracticeRating>(12).fill('easy'));
    let prev = '2026-03-01';
    for (const d of dates) {
      const gap = (Date.parse(d) - Date.parse(prev)) / 86_400_000;
      expect(gap).toBeLessThanOrEqual(MAX_INTERVAL_DAYS);
      prev = d;
    }
    expect((Date.parse(dates[11] ?? '') - Date.parse(dates[10] ?? '')) / 86_400_000).toBe(MAX_INTERVAL_DAYS);
  });

  it('gives the same dates for the same ratings every time', () => {
    const ratings: PracticeRating[] = ['hard', 'good', 'again', 'easy', 'good'];
    expect(run(ratings)).toEqual(run(ratings));
  });

  it('counts days across month and year ends', () => {
    expect(addDaysToDay('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDaysToDay('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('reads the day where the user is, not in UTC', () => {
    expect(localDay('2026-03-01T23:30:00.000Z', 120)).toBe('2026-03-02');
    expect(localDay('2026-03-01T02:00:00.000Z', -300)).toBe('2026-02-28');
    expect(localDay('2026-03-01T12:00:00.000Z', 0)).toBe('2026-03-01');
  });

  it('treats a question as due on its day and after it, not before', () => {
    expect(isDue('2026-03-01', '2026-03-01')).toBe(true);
    expect(isDue('2026-02-20', '2026-03-01')).toBe(true);
    expect(isDue('2026-03-02', '2026-03-01')).toBe(false);
  });
});
