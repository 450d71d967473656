// Reading the dates trackers write into CSV files, as calendar days (YYYY-MM-DD).
// LinkedIn writes "11/3/24, 2:15 PM"; others write ISO dates, "03/11/2024", "Nov 3, 2024" or
// "3 November 2024". Only the day is kept: the date as written is the user's own calendar day,
// so no time zone is applied, not even to an ISO instant with an offset.

/** How to read 3/11/2024: month first (US, LinkedIn) or day first (most of the world). */
export type SlashOrder = 'mdy' | 'dmy';

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
// An optional time of day after the date, captured so it can be checked.
const TIME = String.raw`(?:,?\s*(?:at\s+)?(\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?))?`;
const NUMERIC = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`, 'i');
const MONTH_FIRST = new RegExp(String.raw`^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}$`, 'i');
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})${TIME}$`, 'i');
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+/i;
const CLOCK = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])?/i;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A calendar day from a date as trackers write it, or null when it is not a real date. */
export function parseImportDate(raw: string, order: SlashOrder = 'mdy'): string | null {
  const s = raw.trim().replace(WEEKDAY, '');
  const iso = ISO.exec(s);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));

  const n = NUMERIC.exec(s);
  if (n) {
    if (!validClock(n[5])) return null;
    const a = Number(n[1]);
    const b = Number(n[3]);
    // Dotted dates (03.11.2024) are day first wherever they are written.
    const dayFirst = n[2] === '.' || order === 'dmy';
    return validDay(fullYear(n[4] ?? ''), dayFirst ? b : a, dayFirst ? a : b);
  }

  const mf = MONTH_FIRST.exec(s);
  if (mf) return validClock(mf[4]) ? byName(mf[1] ?? '', Number(mf[2]), Number(mf[3])) : null;
  const df = DAY_FIRST.exec(s);
  if (df) return validClock(df[4]) ? byName(df[2] ?? '', Number(df[1]), Number(df[3])) : null;
  return null;
}

/**
 * Decides the order of numeric dates for a whole column: day first only when some date can only
 * be read that way (13/3/2024) and none only the other way. Deciding per file, not per row,
 * keeps 3/4/2024 and 13/4/2024 in the same file from being read in two different ways.
 */
export function detectSlashOrder(values: Iterable<string>): SlashOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const v of values) {
    const n = NUMERIC.exec(v.trim().replace(WEEKDAY, ''));
    if (!n || n[2] === '.') continue;
    const a = Number(n[1]);
    const b = Number(n[3]);
    if (a > 12 && b <= 12) dayFirst++;
    if (b > 12 && a <= 12) monthFirst++;
  }
  return dayFirst > 0 && monthFirst === 0 ? 'dmy' : 'mdy';
}

const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function byName(month: string, day: number, year: number): string | null {
  const name = month.toLowerCase();
  const m = MONTHS.indexOf(name.slice(0, 3));
  // "Nov", "Sept" and "November" are months; "Novem" and "Foo" are not.
  if (m === -1 || !(name.length === 3 || name === 'sept' || FULL_MONTHS[m] === name)) return null;
  return validDay(year, m + 1, day);
}

/** An optional time of day after the date must be a real one (a 24-hour clock, or 1–12 with am/pm). */
function validClock(time: string | undefined): boolean {
  if (time === undefined) return true;
  const c = CLOCK.exec(time);
  if (!c) return false;
  const h = Number(c[1]);
  const m = Number(c[2]);
  const sec = c[3] === undefined ? 0 : Number(c[3]);
  const hourOk = c[4] === undefined ? h <= 23 : h >= 1 && h <= 12;
  return hourOk && m <= 59 && sec <= 59;
}

/** Two-digit years are this century: job applications are recent. */
function fullYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

function validDay(y: number, m: number, d: number): string | null {
  if (y < 1970 || y > 2199 || m < 1 || m > 12 || d < 1) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
