// Text normalisation and tokenisation shared by the phrase cues and the n-gram features.
// One normalised form serves both, so a phrase and its n-grams always see the same words.

/** Model and cues only read this much of the deciding text: footers add noise and cost time. */
export const MAX_TEXT_CHARS = 4000;

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()"]+/g;
const EMAIL_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const QUOTE_CHARS_RE = /[\u2018\u2019\u201b\u2032`´]/g;
const DQUOTE_CHARS_RE = /[\u201c\u201d\u201e\u2033]/g;
const DASH_CHARS_RE = /[\u2010-\u2015\u2212]/g;
const SPACE_RE = /[ \t\u00a0\u200b\u200c\u200d\u2009\u202f\ufeff]+/g;
const CONTRACTION_RE = /\b(won't|can't|shan't|[a-z]+n't|[a-z]+'(?:ve|re|ll|m|d))\b/g;
const GREETING_RE = /(^|\n)[ \t]*(dear|hi|hello|hey|greetings|good morning|good afternoon|good evening)\b[ \t]+[^,\n:!.;]{1,40}?(?=[,\n:!;–-])/g;
const BRACKET_PLACEHOLDER_RE = /\[(?:name|candidate|candidate name|first name|applicant)\]/g;

const IRREGULAR: Record<string, string> = { "won't": 'will not', "can't": 'can not', "shan't": 'shall not' };

function expandContraction(c: string): string {
  const irregular = IRREGULAR[c];
  if (irregular !== undefined) return irregular;
  if (c.endsWith("n't")) return `${c.slice(0, -3)} not`;
  const i = c.lastIndexOf("'");
  const stem = c.slice(0, i);
  switch (c.slice(i + 1)) {
    case 've': return `${stem} have`;
    case 're': return `${stem} are`;
    case 'll': return `${stem} will`;
    case 'm': return `${stem} am`;
    default: return `${stem} would`;
  }
}

/**
 * Lower-cased text with typographic quotes folded, contractions expanded, links and addresses
 * replaced by markers, and the recipient's name after a greeting masked (names say nothing about
 * the label and would tie the model to one inbox). Line breaks are kept: they end sentences.
 */
export function normalizeText(raw: string): string {
  let t = raw.length > MAX_TEXT_CHARS ? raw.slice(0, MAX_TEXT_CHARS) : raw;
  t = t.toLowerCase();
  t = t.replace(QUOTE_CHARS_RE, "'").replace(DQUOTE_CHARS_RE, '"').replace(DASH_CHARS_RE, '-');
  t = t.replace(URL_RE, ' zurlz ').replace(EMAIL_RE, ' zemailz ');
  if (t.includes("'")) t = t.replace(CONTRACTION_RE, expandContraction);
  t = t.replace(BRACKET_PLACEHOLDER_RE, 'zname');
  t = t.replace(GREETING_RE, '$1$2 zname');
  t = t.replace(/\r\n?/g, '\n').replace(SPACE_RE, ' ');
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
  ('a about above after again against all am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him ' +
    'himself his how i if in into is it its itself just me more most my myself nor of off on once only or other our ours ' +
    'ourselves out over own same she should so some such than that the their theirs them themselves then there these they ' +
    'this those through to too under until up very was we were what when where which while who whom why will with would ' +
    'you your yours yourself yourselves us let also s t 0 zname zurlz zemailz').split(' '),
);

export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'cannot', 'unable', 'nor', 'without']);
