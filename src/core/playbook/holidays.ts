// A small built-in table of occasions that make a natural reason to get in touch (R7).
// Dates are computed, not looked up, so the table needs no network.

export interface Occasion {
  /** YYYY-MM-DD of the occasion. */
  day: string;
  /** How it reads in a sentence: "the new year". */
  label: string;
}

function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const first = new Date(Date.UTC(year, month, 1, 12));
  const offset = (weekday - first.getUTCDay() + 7) % 7;
  return new Date(Date.UTC(year, month, 1 + offset + (n - 1) * 7, 12)).toISOString().slice(0, 10);
}

/** Regions whose seasons run the other way round. */
const SOUTHERN = ['AU', 'NZ', 'ZA', 'AR', 'BR', 'CL', 'UY'];

export function occasionsFor(year: number, locale = 'en-US'): Occasion[] {
  const region = locale.split(/[-_]/)[1]?.toUpperCase() ?? '';
  const south = SOUTHERN.includes(region);
  const list: Occasion[] = [
    { day: `${year}-01-01`, label: 'the new year' },
    { day: `${year}-09-01`, label: south ? 'the start of spring' : 'the start of autumn' },
    { day: `${year}-12-20`, label: 'the end-of-year holidays' },
  ];
  if (region === 'US') list.push({ day: nthWeekday(year, 10, 4, 4), label: 'Thanksgiving' });
  if (region === 'CA') list.push({ day: nthWeekday(year, 9, 1, 2), label: 'Thanksgiving' });
  if (['GB', 'US', 'CA', 'IE'].includes(region)) list.push({ day: `${year}-06-21`, label: 'the start of summer' });
  return list.sort((a, b) => a.day.localeCompare(b.day));
}

/** The first occasion within `windowDays` on or after `day`, if any. */
export function occasionNear(day: string, windowDays = 21, locale = 'en-US'): Occasion | null {
  const year = Number(day.slice(0, 4));
  const start = Date.parse(`${day}T12:00:00Z`);
  for (const o of [...occasionsFor(year, locale), ...occasionsFor(year + 1, locale)]) {
    const t = Date.parse(`${o.day}T12:00:00Z`);
    if (t >= start && t - start <= windowDays * 86_400_000) return o;
  }
  return null;
}
