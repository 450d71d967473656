// Text normalisation and tokenisation shared by the phrase cues and the n-gram features.
// One normalised form serves both, so a phrase and its n-grams always see the same words.

/** Model and cues only read this much of the deciding text: footers add noise and cost time. */
export const MAX_TEXT_CHARS = 2500;

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()"]+/g;
// The lookbehind makes the scan start only at the beginning of an address-like run.
const EMAIL_RE = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const TYPO_CHARS_RE =
  /[\u2018\u2019\u201b\u2032`´\u201c\u201d\u201e\u2033\u2010-\u2015\u2212\u00a0\u200b-\u200d\u2009\u202f\ufeff\t\r]|\u034f/;
const TYPO_MAP: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201b': "'",
  '\u2032': "'",
  '`': "'",
  '´': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2033': '"',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\t': ' ',
  '\r': '',
  '\u200b': '',
  '\u200c': '',
  '\u200d': '',
  '\ufeff': '',
  '\u034f': '',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
};
const TYPO_ALL_RE = new RegExp(TYPO_CHARS_RE.source, 'g');
const MULTI_SPACE_RE = / {2,}/g;
const GREETING_RE =
  /(^|\n)[ \t]*(dear|hi|hello|hey|greetings|good morning|good afternoon|good evening)\b[ \t]+[^,\n:!.;]{1,40}?(?=[,\n:!;–-])/g;
const GREETING_HEAD = 400;
const BRACKET_PLACEHOLDER_RE = /\[(?:name|candidate|candidate name|first name|applicant)\]/g;

const IRREGULAR: Record<string, string> = { won: 'will not', can: 'can not', shan: 'shall not' };
const SUFFIX: Record<string, string> = { ve: 'have', re: 'are', ll: 'will', m: 'am', d: 'would' };

function isAsciiLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** "won't" → "will not", "we've" → "we have": a scan from each apostrophe, no regex backtracking. */
function expandContractions(t: string): string {
  let out = '';
  let last = 0;
  let i = t.indexOf("'");
  while (i >= 0) {
    let ws = i;
    while (ws > 0 && isAsciiLetter(t.charCodeAt(ws - 1))) ws--;
    let we = i + 1;
    while (we < t.length && isAsciiLetter(t.charCodeAt(we))) we++;
    const stem = t.slice(ws, i);
    const suffix = t.slice(i + 1, we);
    let replacement: string | null = null;
    if (suffix === 't' && stem.endsWith('n') && stem.length > 1) {
      replacement = IRREGULAR[stem] ?? `${stem.slice(0, -1)} not`;
    } else if (stem.length > 0) {
      const full = SUFFIX[suffix];
      if (full !== undefined) replacement = `${stem} ${full}`;
    }
    if (replacement !== null) {
      out += t.slice(last, ws) + replacement;
      last = we;
    }
    i = t.indexOf("'", we > i ? we : i + 1);
  }
  return last === 0 ? t : out + t.slice(last);
}

function hostWord(url: string): string {
  const host = url.replace(/^(?:https?:\/\/)?(?:www\.)?/, '').split(/[/?#:]/)[0] ?? '';
  const labels = host.split('.').filter((l) => l.length > 0);
  if (labels.length < 2) return labels[0] ?? '';
  const second = labels[labels.length - 2] ?? '';
  // "acme.co.uk": the name is one label further left.
  if (
    labels.length >= 3 &&
    (second === 'co' || second === 'com' || second === 'org' || second === 'ac' || second === 'gov')
  )
    return labels[labels.length - 3] ?? second;
  return second;
}

/**
 * Lower-cased text with typographic quotes folded, contractions expanded, links reduced to a
 * marker plus the site's name ("zurlz calendly"), addresses replaced by a marker, and the
 * recipient's name after a greeting masked (names say nothing about the label and would tie the
 * model to one inbox). Line breaks are kept: they end sentences. Each step is skipped when its
 * trigger character is absent: this runs on every message.
 */
export function normalizeText(raw: string): string {
  let t = raw.length > MAX_TEXT_CHARS ? raw.slice(0, MAX_TEXT_CHARS) : raw;
  t = t.toLowerCase();
  if (TYPO_CHARS_RE.test(t)) t = t.replace(TYPO_ALL_RE, (ch) => TYPO_MAP[ch] ?? ' ');
  if (t.includes('http') || t.includes('www.'))
    t = t.replace(URL_RE, (u) => ` zurlz ${hostWord(u)} `);
  if (t.includes('@')) t = t.replace(EMAIL_RE, ' zemailz ');
  if (t.includes("'")) t = expandContractions(t);
  if (t.includes('[')) t = t.replace(BRACKET_PLACEHOLDER_RE, 'zname');
  if (t.length > GREETING_HEAD)
    t = t.slice(0, GREETING_HEAD).replace(GREETING_RE, '$1$2 zname') + t.slice(GREETING_HEAD);
  else t = t.replace(GREETING_RE, '$1$2 zname');
  if (t.includes('  ')) t = t.replace(MULTI_SPACE_RE, ' ');
  return t;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

export interface Tokens {
  /** Word tokens; every digit run is the token "0". */
  tokens: string[];
  /** Offset of each token in the text. */
  starts: number[];
}

/**
 * Splits normalised text into word tokens (letters, with one inner apostrophe: "here's") and
 * digit runs, keeping where each starts. A hand-written scanner: it is on the hot path.
 */
export function tokenizeWithStarts(text: string): Tokens {
  const tokens: string[] = [];
  const starts: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      const start = i;
      i++;
      while (i < n && isLetter(text.charCodeAt(i))) i++;
      if (i + 1 < n && text.charCodeAt(i) === 39 && isLetter(text.charCodeAt(i + 1))) {
        i += 2;
        while (i < n && isLetter(text.charCodeAt(i))) i++;
      }
      tokens.push(text.slice(start, i));
      starts.push(start);
    } else if (c >= 48 && c <= 57) {
      starts.push(i);
      i++;
      while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      tokens.push('0');
    } else {
      i++;
    }
  }
  return { tokens, starts };
}

/** Word tokens of normalised text; digit runs collapse to one "0" token. */
export function tokenize(normalized: string): string[] {
  return tokenizeWithStarts(normalized).tokens;
}

/**
 * Function words that carry no label on their own. Unigrams of these are dropped and so are
 * bigrams made only of them, unless one is a negation ("will not" matters).
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him ' +
    'himself his how i if in into is it its itself just me more most my myself nor of off on once only or other our ours ' +
    'ourselves out over own same she should so some such than that the their theirs them themselves then there these they ' +
    'this those through to too under until up very was we were what when where which while who whom why will with would ' +
    'you your yours yourself yourselves us let also s t 0 zname zurlz zemailz'
  ).split(' '),
);

export const NEGATIONS: ReadonlySet<string> = new Set([
  'not',
  'no',
  'never',
  'cannot',
  'unable',
  'nor',
  'without',
]);
