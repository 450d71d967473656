// Spaced repetition for the question bank, SM-2 style: each rating moves the next review further
// out (or back to tomorrow). Pure and deterministic: the caller passes the user's local day.
import type { IsoDate, IsoInstant } from '../types.js';
import type { PracticeRating } from './types.js';

/** What the scheduler remembers about one question between reviews. */
export interface ScheduleState {
  /** Reviews in a row not rated "again"; "again" starts over. */
  streak: number;
  /** Days from the last review to the next one; 0 before the first review. */
  intervalDays: number;
  /** Growth factor in hundredths (230 = the interval grows 2.3 times on "good"). */
  ease: number;
}

export const NEW_SCHEDULE: ScheduleState = { streak: 0, intervalDays: 0, ease: 230 };

/** The longest gap between two reviews: a question still comes back twice a year. */
export const MAX_INTERVAL_DAYS = 180;
const MIN_EASE = 130;
const MAX_EASE = 300;

const clampEase = (e: number): number => Math.min(MAX_EASE, Math.max(MIN_EASE, e));

/** The interval after a rating, before the cap. */
function nextInterval(s: ScheduleState, rating: PracticeRating, ease: number): number {
  const prev = Math.max(1, s.intervalDays);
  switch (rating) {
    case 'again':
      return 1;
    case 'hard':
      return s.streak === 0 ? 1 : Math.max(prev + 1, Math.round(prev * 1.2));
    case 'good':
      if (s.streak === 0) return 1;
      if (s.streak === 1) return Math.max(3, prev + 1);
      return Math.max(prev + 1, Math.round((prev * ease) / 100));
    case 'easy':
      if (s.streak === 0) return 3;
      return Math.max(prev + 2, Math.round((prev * ease * 1.3) / 100));
  }
}

/** The scheduler's state after one review with this rating. */
export function review(s: ScheduleState, rating: PracticeRating): ScheduleState {
  const ease = clampEase(s.ease + (rating === 'again' ? -20 : rating === 'hard' ? -15 : rating === 'easy' ? 15 : 0));
  const interval = Math.min(MAX_INTERVAL_DAYS, nextInterval(s, rating, ease));
  return { streak: rating === 'again' ? 0 : s.streak + 1, intervalDays: interval, ease };
}

/** A calendar day plus a number of days. */
export function addDaysToDay(day: IsoDate, days: number): IsoDate {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/**
 * The calendar day of an instant where the user is: `offsetMinutes` east of UTC (UTC+2 is 120).
 * Reviews are due on days, not instants, so "tomorrow" means the user's tomorrow.
 */
export function localDay(instant: IsoInstant, offsetMinutes: number): IsoDate {
  return new Date(Date.parse(instant) + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** The next review date after rating a question on `today`, with the state to keep. */
export function schedule(s: ScheduleState, rating: PracticeRating, today: IsoDate): { state: ScheduleState; dueOn: IsoDate } {
  const state = review(s, rating);
  return { state, dueOn: addDaysToDay(today, state.intervalDays) };
}

/** True when a question is due on `today` (or was due earlier and not reviewed yet). */
export const isDue = (dueOn: IsoDate, today: IsoDate): boolean => dueOn <= today;
