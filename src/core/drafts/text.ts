// Small string helpers for the draft templates. Pure functions of their arguments.

/** Trims and collapses inner whitespace; an empty or missing value becomes null. */
export function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const tidy = value.replace(/\s+/g, ' ').trim();
  return tidy === '' ? null : tidy;
}

const HONORIFICS = /^(dr|mr|mrs|ms|mx|miss|prof|sir|dame)\.?$/i;

/**
 * The first word of a name ("Dana Lee" -> "Dana"), without trailing commas and skipping a
 * leading title ("Dr. Dana Lee" -> "Dana"); null when unknown.
 */
export function firstToken(name: string | null | undefined): string | null {
  const tidy = clean(name);
  if (tidy === null) return null;
  const words = tidy.split(' ');
  const pick = words.length > 1 && HONORIFICS.test(words[0] ?? '') ? words[1] : words[0];
  const first = (pick ?? '').replace(/[,;:]+$/, '');
  return first === '' ? null : first;
}

/** "A", "A and B", "A, B and C"; more than three names end with "and the rest of the team". */
export function listNames(names: readonly string[]): string {
  const shown = names.slice(0, 3);
  const tail = names.length > 3 ? ['the rest of the team'] : [];
  const all = [...shown, ...tail];
  if (all.length <= 1) return all[0] ?? '';
  return `${all.slice(0, -1).join(', ')} and ${all[all.length - 1] ?? ''}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Words that start a phrase without being a name, so they can be lower-cased mid-sentence.
const LOWERABLE_STARTS = new Set([
  'a',
  'an',
  'the',
  'your',
  'its',
  'their',
  'our',
  'my',
  'how',
  'what',
  'that',
  'this',
  'these',
  'those',
  'his',
  'her',
  'every',
  'each',
  'all',
  'some',
  'working',
  'learning',
  'hearing',
  'seeing',
  'meeting',
  'getting',
  'team',
  'culture',
  'people',
  'product',
  'mission',
  'focus',
  'emphasis',
  'commitment',
  'openness',
  'transparency',
  'collaboration',
  'way',
  'approach',
  'energy',
  'kindness',
  'honesty',
]);

/**
 * Makes a phrase the user typed fit in the middle of a sentence: trims it, drops closing
 * punctuation, and lower-cases a leading function word ("The team's focus on X." -> "the team's
 * focus on X"). Names and acronyms keep their capitals.
 */
export function midSentence(value: string | null | undefined): string | null {
  const tidy = clean(value);
  if (tidy === null) return null;
  const stripped = tidy.replace(/[\s.!?;:,]+$/u, '');
  if (stripped === '') return null;
  const firstWord = stripped.split(' ')[0] ?? '';
  if (
    LOWERABLE_STARTS.has(firstWord.toLowerCase()) &&
    firstWord.slice(1) === firstWord.slice(1).toLowerCase()
  ) {
    return firstWord.toLowerCase() + stripped.slice(firstWord.length);
  }
  return stripped;
}

/** Number of words, counting any run of non-space characters as one word. */
export function wordCount(text: string): number {
  const words = text.trim().split(/\s+/);
  return words.length === 1 && words[0] === '' ? 0 : words.length;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The calendar day of an ISO instant as "March 3", read in UTC (instants are stored in UTC).
 * Null when the value does not parse.
 */
export function dayOfMonth(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const at = new Date(iso);
  const time = at.getTime();
  if (Number.isNaN(time)) return null;
  return `${MONTHS[at.getUTCMonth()] ?? ''} ${at.getUTCDate()}`;
}

/** Collapses repeated spaces and trims each line; keeps blank lines between paragraphs. */
export function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
