// Mood beside activity: the weekly average check-in next to applications sent and answers
// received that week, and whether the two move together.
import type { IsoInstant } from '../types.js';
import { mean, round1, weekOf, weeksBetween, type AppFacts, type InsightsData } from './data.js';
import { ENOUGH } from './words.js';

export interface MoodWeek {
  /** The Monday the week starts on (UTC), YYYY-MM-DD. */
  week: string;
  /** Average check-in that week, one decimal; null when none was logged. */
  mood: number | null;
  checkIns: number;
  applications: number;
  /** Rejections received that week (answers; silences have no day of their own). */
  rejections: number;
}

export interface MoodSection {
  takeaway: string;
  enoughData: boolean;
  checkIns: number;
  /** Average of the weekly averages, one decimal. */
  average: number | null;
  /** Average weekly mood in weeks with at least one rejection, and in weeks without. */
  withRejections: number | null;
  withoutRejections: number | null;
  /** Average weekly mood in weeks you sent at least one application, and in weeks you did not. */
  withApplications: number | null;
  withoutApplications: number | null;
  weeks: MoodWeek[];
}

/** How far back the weekly view reaches. */
export const MOOD_WEEKS = 26;
/** A difference in average mood smaller than this is not called a pattern. */
const NOTABLE = 0.5;

interface RawWeek extends MoodWeek {
  /** The week's average check-in, unrounded. */
  raw: number | null;
}

/** Average of the weekly averages of the weeks that pass `test`, when there are at least two. */
function averageOf(weeks: readonly RawWeek[], test: (w: RawWeek) => boolean): number | null {
  const list = weeks.filter((w) => w.raw !== null && test(w)).map((w) => w.raw ?? 0);
  const m = list.length >= 2 ? mean(list) : null;
  return m === null ? null : round1(m);
}

const fmt = (x: number): string => x.toFixed(1);

export function moodSection(
  data: Pick<InsightsData, 'moods' | 'rejections'>,
  apps: readonly AppFacts[],
  now: IsoInstant,
): MoodSection {
  const start = new Date(
    Date.parse(`${weekOf(now)}T00:00:00.000Z`) - (MOOD_WEEKS - 1) * 7 * 86_400_000,
  )
    .toISOString()
    .slice(0, 10);
  const answers = data.rejections.filter((r) => r.channel !== 'silence');
  const days = [
    ...data.moods.map((m) => m.at),
    ...apps.map((a) => a.app.appliedOn ?? ''),
    ...answers.map((r) => r.receivedAt),
  ]
    .map((d) => d.slice(0, 10))
    .filter((d) => d !== '' && d >= start && d <= now.slice(0, 10))
    .sort();
  const first = days[0];
  const raw =
    first === undefined
      ? []
      : weeksBetween(first, now).map((week): RawWeek => {
          const inWeek = (iso: string | null): boolean =>
            iso !== null && iso !== '' && weekOf(iso) === week;
          const scores = data.moods.filter((m) => inWeek(m.at)).map((m) => m.score);
          const m = mean(scores);
          return {
            week,
            raw: m,
            mood: m === null ? null : round1(m),
            checkIns: scores.length,
            applications: apps.filter((a) => inWeek(a.app.appliedOn)).length,
            rejections: answers.filter((r) => inWeek(r.receivedAt)).length,
          };
        });

  const weeks = raw.map(({ raw: _raw, ...w }): MoodWeek => w);
  const logged = raw.filter((w) => w.raw !== null);
  const overall = mean(logged.map((w) => w.raw ?? 0));
  const withRejections = averageOf(raw, (w) => w.rejections > 0);
  const withoutRejections = averageOf(raw, (w) => w.rejections === 0);
  const withApplications = averageOf(raw, (w) => w.applications > 0);
  const withoutApplications = averageOf(raw, (w) => w.applications === 0);
  const lowerWithRejections =
    withRejections !== null &&
    withoutRejections !== null &&
    withoutRejections - withRejections >= NOTABLE;
  const higherWithApplications =
    withApplications !== null &&
    withoutApplications !== null &&
    withApplications - withoutApplications >= NOTABLE;

  let takeaway: string;
  if (logged.length < ENOUGH) {
    takeaway = `Too early to see how your mood moves with your search: a check-in now and then for ${String(ENOUGH)} weeks is enough (rebound mood 1 to 5).`;
  } else if (lowerWithRejections && higherWithApplications) {
    takeaway = `Your mood has been lower in weeks with a rejection (${fmt(withRejections ?? 0)} against ${fmt(withoutRejections ?? 0)}) and higher in weeks you sent applications (${fmt(withApplications ?? 0)} against ${fmt(withoutApplications ?? 0)}): rough weeks are normal, and keeping the search moving seems to help.`;
  } else if (lowerWithRejections) {
    takeaway = `Your mood dips in weeks with a rejection (${fmt(withRejections ?? 0)} against ${fmt(withoutRejections ?? 0)}): that is a normal response, and a good time to lean on someone you trust.`;
  } else if (higherWithApplications) {
    takeaway = `Your mood has been higher in weeks you sent applications (${fmt(withApplications ?? 0)} against ${fmt(withoutApplications ?? 0)}): keeping the search moving seems to help.`;
  } else {
    takeaway = `Your mood has held around ${fmt(round1(overall ?? 0))} out of 5 across these weeks, whatever the week brought.`;
  }
  return {
    takeaway,
    enoughData: logged.length >= ENOUGH,
    checkIns: logged.reduce((n, w) => n + w.checkIns, 0),
    average: overall === null ? null : round1(overall),
    withRejections,
    withoutRejections,
    withApplications,
    withoutApplications,
    weeks,
  };
}
