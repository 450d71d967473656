// Cadence arithmetic (R7): which cadence applies to a person, and when the next touch-base is
// ideally and at the latest due. Calendar days only, so the answer changes at midnight, never
// in between.
import type { IsoDate } from '../types.js';
import type { Cadence, CadenceSource, PersonTouch } from './types.js';

const DAY = 86_400_000;

/** The day `n` days after `day` (YYYY-MM-DD). */
export function addDaysTo(day: IsoDate, n: number): IsoDate {
  return new Date(Date.parse(`${day}T12:00:00.000Z`) + n * DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysFrom(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T12:00:00.000Z`) - Date.parse(`${from}T12:00:00.000Z`)) / DAY);
}

/** The latest of some days (YYYY-MM-DD sort as text); null when there are none. */
export function latestDay(days: ReadonlyArray<IsoDate | null | undefined>): IsoDate | null {
  let best: IsoDate | null = null;
  for (const d of days) if (d && (best === null || d > best)) best = d;
  return best;
}

/** How long after the ideal day a touch-base is still on time: a third of the cadence, at least a week. */
export function graceDays(everyDays: number): number {
  return Math.max(7, Math.round(everyDays / 3));
}

/** The ideal and latest days of the next touch-base, counted from the last contact. */
export function touchDates(lastContactOn: IsoDate, everyDays: number): { idealOn: IsoDate; latestOn: IsoDate } {
  const idealOn = addDaysTo(lastContactOn, everyDays);
  return { idealOn, latestOn: addDaysTo(idealOn, graceDays(everyDays)) };
}

export interface ResolvedCadence {
  everyDays: number;
  source: CadenceSource;
  tag: string | null;
}

/**
 * The cadence that applies: the person's own, else the shortest of their tags' cadences, else
 * the default (`defaultDays`, when the person is a warm lead from a final round). A person with
 * touch-bases turned off has none, whatever their tags say.
 */
export function resolveCadence(p: Pick<PersonTouch, 'override' | 'tags' | 'tagCadences'>, defaultDays: number | null): ResolvedCadence | null {
  if (p.override.kind === 'off') return null;
  if (p.override.kind === 'every') return { everyDays: p.override.days, source: 'contact', tag: null };
  const mine = new Set(p.tags);
  const byTag = p.tagCadences
    .filter((t) => mine.has(t.tag))
    .sort((a, b) => a.everyDays - b.everyDays || a.tag.localeCompare(b.tag))[0];
  if (byTag) return { everyDays: byTag.everyDays, source: 'tag', tag: byTag.tag };
  if (defaultDays !== null) return { everyDays: defaultDays, source: 'default', tag: null };
  return null;
}

/** The cadence and its dates for one person, or null when no cadence applies. */
export function cadenceFor(p: PersonTouch, defaultDays: number | null): Cadence | null {
  const c = resolveCadence(p, defaultDays);
  if (!c) return null;
  return { ...c, lastContactOn: p.lastContactOn, ...touchDates(p.lastContactOn, c.everyDays), snoozedUntil: p.snoozedUntil };
}

/** Hidden by a snooze on `today`. */
export const isSnoozed = (c: Pick<Cadence, 'snoozedUntil'>, today: IsoDate): boolean =>
  c.snoozedUntil !== null && today < c.snoozedUntil;

/** The ideal day has come (and no snooze hides it). */
export const isDueOn = (c: Cadence, today: IsoDate): boolean => c.idealOn <= today && !isSnoozed(c, today);

/** The latest day has passed. */
export const isOverdueOn = (c: Cadence, today: IsoDate): boolean => today > c.latestOn;
