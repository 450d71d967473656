// Until when a computed agenda stays true if no data changes. The agenda moves with the clock
// only at known instants: midnight UTC (what is due today), the noon of each day (days since the
// last application), a cool-off ending (readyNow), a step entering the week ahead, the last mood
// turning 30 days old, and an interview's silence reaching R11's follow-up or ghosting point.
import type { MoodCheckIn, Settings } from '../../core/types.js';
import type { AgendaItem } from './today.js';

const DAY = 86_400_000;

/** A backstop: even with nothing due to change, the agenda is recomputed at least this often. */
export const AGENDA_MAX_AGE_MS = 60_000;

export interface AgendaTimeFacts {
  now: string;
  items: readonly AgendaItem[];
  /** The earliest date of an open step beyond the week ahead, or null. */
  nextOpenBeyondWeek: string | null;
  lastAppliedOn: string | null;
  lastMood: MoodCheckIn | null;
  /** The last interview of each open application (R11's clocks). */
  lastInterviews: ReadonlyArray<{ lastAt: string }>;
  settings: Pick<Settings, 'followUpDays' | 'ghostDays'>;
}

/** The first instant at which the same data would give a different agenda (besides `now`). */
export function agendaValidUntil(f: AgendaTimeFacts): string {
  const t = Date.parse(f.now);
  const startOfToday = Date.parse(`${f.now.slice(0, 10)}T00:00:00.000Z`);
  const later: number[] = [t + AGENDA_MAX_AGE_MS, startOfToday + DAY];
  const add = (ms: number): void => {
    if (ms > t) later.push(ms);
  };
  for (const i of f.items) if (i.step.notBefore !== null) add(Date.parse(i.step.notBefore));
  if (f.nextOpenBeyondWeek !== null) add(Date.parse(f.nextOpenBeyondWeek) - 7 * DAY);
  if (f.lastAppliedOn !== null) {
    const noon = startOfToday + DAY / 2;
    add(noon > t ? noon : noon + DAY);
  }
  // The mood counts while it is at most 30 days old: it drops out 1 ms after that.
  if (f.lastMood !== null) add(Date.parse(f.lastMood.at) + 30 * DAY + 1);
  for (const { lastAt } of f.lastInterviews) {
    const last = Date.parse(lastAt);
    add(last + f.settings.followUpDays * DAY);
    add(last + f.settings.ghostDays * DAY);
  }
  return new Date(Math.min(...later)).toISOString();
}
