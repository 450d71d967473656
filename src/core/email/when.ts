// Finds the interview date and time a message states, resolving weekday-only mentions ("Thursday
// at 3pm") against the message's own date. Pure: the email date is the only clock.

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const WEEKDAYS: Record<string, number> = {
  sun: 0,
  sunday: 0,
  mon: 1,
  monday: 1,
  tue: 2,
  tues: 2,
  tuesday: 2,
  wed: 3,
  wednesday: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  thursday: 4,
  fri: 5,
  friday: 5,
  sat: 6,
  saturday: 6,
};
/** Offsets in minutes for zone names mail commonly uses (no DST rules: the name says which). */
const ZONES: Record<string, number> = {
  utc: 0,
  gmt: 0,
  z: 0,
  bst: 60,
  cet: 60,
  cest: 120,
  wet: 0,
  west: 60,
  eet: 120,
  eest: 180,
  ist: 330,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  aest: 600,
  aedt: 660,
};
const EUROPEAN_ZONES = new Set([
  'gmt',
  'bst',
  'cet',
  'cest',
  'wet',
  'west',
  'eet',
  'eest',
  'utc',
  'ist',
  'aest',
  'aedt',
]);

const MONTH_NAMES =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAY_NAMES =
  'mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(\\d{4}))?';

// "April 8", "Apr 8, 2025", "8 April", "8th of April 2025", "12/03/2025", weekday-only, "tomorrow".
const DATE_RE = new RegExp(
  `\\b(?:(?:${WEEKDAY_NAMES})\\.?,?\\s+)?(?:(${MONTH_NAMES})\\.?\\s+${DAY}${YEAR}|${DAY}(?:\\s+of)?\\s+(${MONTH_NAMES})\\.?${YEAR})\\b` +
    `|\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})\\b` +
    `|\\b(?:(?:this|next|on)\\s+)?(${WEEKDAY_NAMES})\\b(?!\\s*(?:,\\s*)?(?:${MONTH_NAMES}|\\d))` +
    `|\\b(tomorrow|today)\\b`,
  'gi',
);
const TIME_RE =
  /\b(?:at\s+|@\s*|from\s+|,\s*)?(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?=[\s,.;:!?)–-]|$)|\b(noon|midday)\b/gi;
const ZONE_RE =
  /^\s*(?:\(?\s*)?(utc|gmt|bst|cet|cest|wet|west|eet|eest|ist|est|edt|cst|cdt|mst|mdt|pst|pdt|aest|aedt|et|ct|mt|pt|eastern|central|mountain|pacific)\b(?:\s*time)?/i;
// After a time range ("1:00 PM - 2:30 PM (PDT)") the zone comes after the second time.
const RANGE_ZONE_RE = /^\s*[-–]\s*\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?/i;

interface Found {
  y: number | null;
  mo: number;
  d: number;
  weekdayOnly: boolean;
  index: number;
  end: number;
  european: boolean;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function parseEmailDate(date: string | null | undefined): Date | null {
  if (date === null || date === undefined || date.trim() === '') return null;
  const t = Date.parse(date);
  return Number.isFinite(t) ? new Date(t) : null;
}

function zoneOffset(name: string, month: number): number | null {
  const z = name.toLowerCase();
  const direct = ZONES[z];
  if (direct !== undefined) return direct;
  // "Eastern", "PT": daylight time roughly March to early November.
  const dst = month >= 3 && month <= 10;
  if (z === 'et' || z === 'eastern') return dst ? -240 : -300;
  if (z === 'ct' || z === 'central') return dst ? -300 : -360;
  if (z === 'mt' || z === 'mountain') return dst ? -360 : -420;
  if (z === 'pt' || z === 'pacific') return dst ? -420 : -480;
  return null;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/** Finds a time of day right after a date mention (within the same line, a few words on). */
function timeAfter(
  text: string,
  from: number,
): { h: number; mi: number; zone: string | null } | null {
  const window = text.slice(from, from + 48).split('\n')[0] ?? '';
  TIME_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TIME_RE.exec(window)) !== null) {
    if (m[5] !== undefined) return { h: 12, mi: 0, zone: zoneAt(window, m.index + m[0].length) };
    const hour = Number(m[1]);
    const minutes = m[2] === undefined ? 0 : Number(m[2]);
    const mer = m[3]?.toLowerCase().replace(/\./g, '');
    // A bare number is only a time when it says so ("at 2", "2:30", "2pm"), not "3 days".
    const explicit = m[2] !== undefined || mer !== undefined || /^(?:at|@)/i.test(m[0].trim());
    if (!explicit || hour > 23 || minutes > 59) continue;
    let h = hour;
    if (mer === 'pm' && h < 12) h += 12;
    else if (mer === 'am' && h === 12) h = 0;
    else if (mer === undefined && m[2] === undefined && h >= 1 && h <= 7) h += 12;
    return { h, mi: minutes, zone: zoneAt(window, m.index + m[0].length) };
  }
  return null;
}

function zoneAt(window: string, at: number): string | null {
  let rest = window.slice(at);
  const range = RANGE_ZONE_RE.exec(rest);
  if (range !== null) rest = rest.slice(range[0].length);
  const z = ZONE_RE.exec(rest);
  return z?.[1] ?? null;
}

function dateMentions(text: string): Found[] {
  const out: Found[] = [];
  DATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_RE.exec(text)) !== null) {
    const end = m.index + m[0].length;
    const base = { index: m.index, end, european: false };
    if (m[1] !== undefined) {
      out.push({
        ...base,
        y: m[3] ? Number(m[3]) : null,
        mo: MONTHS[m[1].toLowerCase()] ?? 0,
        d: Number(m[2]),
        weekdayOnly: false,
      });
    } else if (m[5] !== undefined) {
      out.push({
        ...base,
        y: m[6] ? Number(m[6]) : null,
        mo: MONTHS[m[5].toLowerCase()] ?? 0,
        d: Number(m[4]),
        weekdayOnly: false,
      });
    } else if (m[7] !== undefined) {
      const a = Number(m[7]);
      const b = Number(m[8]);
      let y = Number(m[9]);
      if (y < 100) y += 2000;
      // Day-first when it must be, or when the zone after it is European; else month-first.
      const zoneWord = /\b(cet|cest|gmt|bst|wet|west|eet|eest|utc|ist|aest|aedt)\b/i
        .exec(text.slice(end, end + 40))?.[1]
        ?.toLowerCase();
      const european =
        a > 12 || (b <= 12 && zoneWord !== undefined && EUROPEAN_ZONES.has(zoneWord));
      out.push({
        ...base,
        y,
        mo: european ? b : a,
        d: european ? a : b,
        weekdayOnly: false,
        european,
      });
    } else if (m[10] !== undefined) {
      out.push({
        ...base,
        y: null,
        mo: 0,
        d: WEEKDAYS[m[10].toLowerCase().replace(/\.$/, '')] ?? -1,
        weekdayOnly: true,
      });
    } else if (m[11] !== undefined) {
      out.push({
        ...base,
        y: null,
        mo: -1,
        d: m[11].toLowerCase() === 'tomorrow' ? 1 : 0,
        weekdayOnly: true,
      });
    }
  }
  return out.filter((f) =>
    f.weekdayOnly ? f.d >= 0 : f.mo >= 1 && f.mo <= 12 && f.d >= 1 && f.d <= 31,
  );
}

const CONFIRMED_RE =
  /\b(?:confirm(?:ed|s|ing)?|scheduled|is set|booked|reminder|see you|lock in|locked in|works for (?:us|me)|will be held)\b/i;

/**
 * The interview date-time a message gives, as ISO-8601: with an offset when a zone is named,
 * without one when only a local time is given, a bare date when no time is. Null when there is no
 * date, when several dates are offered and none is confirmed, or when a weekday or a date without
 * a year cannot be anchored because the message has no date.
 */
export function findInterviewTime(text: string, emailDate?: string | null): string | null {
  const mentions = dateMentions(text);
  if (mentions.length === 0) return null;
  const sent = parseEmailDate(emailDate);
  const resolved: string[] = [];
  for (const f of mentions) {
    let y: number;
    let mo: number;
    let d: number;
    if (f.weekdayOnly) {
      if (sent === null) continue;
      const start = Date.UTC(sent.getUTCFullYear(), sent.getUTCMonth(), sent.getUTCDate());
      let days: number;
      if (f.mo === -1)
        days = f.d; // today / tomorrow
      else {
        days = (f.d - new Date(start).getUTCDay() + 7) % 7;
        if (days === 0) days = 7;
      }
      const dt = new Date(start + days * 86_400_000);
      y = dt.getUTCFullYear();
      mo = dt.getUTCMonth() + 1;
      d = dt.getUTCDate();
    } else {
      mo = f.mo;
      d = f.d;
      if (f.y !== null) y = f.y;
      else if (sent !== null) {
        // The next such date on or after the message (allowing a week of slack for late mail).
        y = sent.getUTCFullYear();
        const candidate = Date.UTC(y, mo - 1, d);
        if (candidate < sent.getTime() - 7 * 86_400_000) y += 1;
      } else continue;
    }
    const check = new Date(Date.UTC(y, mo - 1, d));
    if (check.getUTCMonth() !== mo - 1) continue;
    const t = timeAfter(text, f.end);
    let iso = `${y}-${pad(mo)}-${pad(d)}`;
    if (t !== null) {
      iso += `T${pad(t.h)}:${pad(t.mi)}:00`;
      const off = t.zone === null ? null : zoneOffset(t.zone, mo);
      if (off !== null) iso += formatOffset(off);
    }
    if (!resolved.includes(iso)) resolved.push(iso);
  }
  if (resolved.length === 0) return null;
  if (resolved.length === 1) return resolved[0] ?? null;
  return CONFIRMED_RE.test(text) ? (resolved[0] ?? null) : null;
}
