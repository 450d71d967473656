// Pure date arithmetic on ISO strings. The clock itself comes in from outside (see Clock).
import type { IsoInstant } from './types.js';

/** The source of "now". Core code never reads the system clock; callers pass one in. */
export interface Clock {
  now(): Date;
}

export const fixedClock = (iso: string): Clock => ({ now: () => new Date(iso) });

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const addHours = (iso: IsoInstant, hours: number): IsoInstant =>
  new Date(Date.parse(iso) + hours * HOUR).toISOString();

export const addDays = (iso: IsoInstant, days: number): IsoInstant => addHours(iso, days * 24);

export const daysBetween = (from: IsoInstant, to: IsoInstant): number => (Date.parse(to) - Date.parse(from)) / DAY;

export const maxInstant = (a: IsoInstant, b: IsoInstant): IsoInstant => (Date.parse(a) >= Date.parse(b) ? a : b);

export const isBefore = (a: IsoInstant, b: IsoInstant): boolean => Date.parse(a) < Date.parse(b);

/** The calendar day of an instant, YYYY-MM-DD, in UTC. */
export const dayOf = (iso: IsoInstant): string => new Date(iso).toISOString().slice(0, 10);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads a user-supplied date or date-time. A bare date means midday UTC that day, so it stays the
 * same calendar day in every time zone people live in. Returns null when it isn't a real date.
 */
export function parseDateInput(input: string): IsoInstant | null {
  const s = input.trim();
  const d = ISO_DATE.exec(s);
  if (d) {
    const [, y, m, day] = d;
    const t = Date.UTC(Number(y), Number(m) - 1, Number(day), 12);
    const back = new Date(t);
    if (back.getUTCMonth() !== Number(m) - 1 || back.getUTCDate() !== Number(day)) return null;
    return back.toISOString();
  }
  if (ISO_INSTANT.test(s)) {
    const t = Date.parse(s);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  }
  return null;
}

/** Like parseDateInput but for calendar days: returns YYYY-MM-DD. */
export function parseDayInput(input: string): string | null {
  const iso = parseDateInput(input);
  return iso === null ? null : dayOf(iso);
}
