// Text normalisation and tokenisation shared by the phrase cues and the n-gram features.
// One normalised form serves both, so a phrase and its n-grams always see the same words.

/** Model and cues only read this much of the deciding text: footers add noise and cost time. */
export const MAX_TEXT_CHARS = 2500;

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()"]+/g;
// Every link URL_RE masks holds one of these; one regex scan costs less than two includes().
const URL_HINT_RE = /http|www\./;
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
 * `t.replace(TYPO_ALL_RE, (ch) => TYPO_MAP[ch] ?? ' ')` without replace(): a global replace runs
 * in the engine's slow runtime. Every match is one character, the one before lastIndex, so test()
 * finds it without building a match.
 */
function foldTypography(t: string): string {
  TYPO_ALL_RE.lastIndex = 0;
  if (!TYPO_ALL_RE.test(t)) return t;
  const parts: string[] = [];
  let last = 0;
  do {
    const at = TYPO_ALL_RE.lastIndex - 1;
    parts.push(t.slice(last, at), TYPO_MAP[t.charAt(at)] ?? ' ');
    last = at + 1;
  } while (TYPO_ALL_RE.test(t));
  parts.push(t.slice(last));
  return parts.join('');
}

/**
 * `t.replace(GREETING_RE, '$1$2 zname')` as an exec loop: replace() with a global regex runs in
 * the engine's slow runtime, even when nothing matches, and this runs twice per message.
 */
function maskGreetings(t: string): string {
  GREETING_RE.lastIndex = 0;
  let m = GREETING_RE.exec(t);
  if (m === null) return t;
  let out = '';
  let last = 0;
  do {
    out += `${t.slice(last, m.index)}${m[1] ?? ''}${m[2] ?? ''} zname`;
    last = GREETING_RE.lastIndex;
    m = GREETING_RE.exec(t);
  } while (m !== null);
  return out + t.slice(last);
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
  t = foldTypography(t);
  if (URL_HINT_RE.test(t)) t = t.replace(URL_RE, (u) => ` zurlz ${hostWord(u)} `);
  if (t.includes('@')) t = t.replace(EMAIL_RE, ' zemailz ');
  if (t.includes("'")) t = expandContractions(t);
  if (t.includes('[')) t = t.replace(BRACKET_PLACEHOLDER_RE, 'zname');
  if (t.length > GREETING_HEAD) {
    const head = t.slice(0, GREETING_HEAD);
    const masked = maskGreetings(head);
    // Re-joined only when a name was masked: a joined string is a rope, slower to read.
    if (masked !== head) t = masked + t.slice(GREETING_HEAD);
  } else t = maskGreetings(t);
  if (t.includes('  ')) t = t.replace(MULTI_SPACE_RE, ' ');
  return t;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const LETTER = 1;
const DIGIT = 2;
/** isLetter and isDigit as one lookup per UTF-16 unit, for the tokenizer's inner loops. */
const CHAR_KIND = new Uint8Array(0x10000);
for (let c = 0; c < CHAR_KIND.length; c++) CHAR_KIND[c] = isLetter(c) ? LETTER : isDigit(c) ? DIGIT : 0;
/** The tokenizer's output buffer, reused: only the finished scan is copied out. */
let scratch = new Int32Array(4096);

/** FNV-1a step; the tokenizer and the lexicon must hash a word's characters the same way. */
function mix(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}
const HASH_SEED = 0x811c9dc5 | 0;

/** word === text.slice(start, end), without cutting the slice. */
function sameChars(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++)
    if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/**
 * The words the classifier can act on (cue first words, model vocabularies), numbered once per
 * process. The tokenizer looks each token up by its characters where it lies in the text, so the
 * hot path builds no token strings and hashes each token once for cue matching and scoring alike.
 * Words are only ever added: an id, once given, keeps its meaning.
 */
class Lexicon {
  private words: string[] = [];
  private hashes: number[] = [];
  /** Open addressing: id + 1 per slot, 0 for empty; kept at most half full. */
  private slots = new Int32Array(1024);
  /** Every digit run is this token. */
  readonly zero: number = this.intern('0');

  get size(): number {
    return this.words.length;
  }

  /** The id of a word, adding it if new. */
  intern(word: string): number {
    let h = HASH_SEED;
    for (let i = 0; i < word.length; i++) h = mix(h, word.charCodeAt(i));
    const found = this.find(word, 0, word.length, h);
    if (found >= 0) return found;
    const id = this.words.length;
    this.words.push(word);
    this.hashes.push(h);
    if (this.words.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(id, h);
    return id;
  }

  /** The id of text[start, end), whose hash is h; -1 when the lexicon does not know it. */
  find(text: string, start: number, end: number, h: number): number {
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = (this.slots[slot] ?? 0) - 1;
      if (id < 0) return -1;
      if (this.hashes[id] === h && sameChars(this.words[id] ?? '', text, start, end)) return id;
    }
  }

  /**
   * Splits normalised text into word tokens (letters, with one inner apostrophe: "here's") and
   * digit runs, looking each word up as it goes: token t's id (-1 for an unknown word) at 2t, its
   * start at 2t + 1. It lives here to read the table without a call per token: this runs on
   * every message, and hashing while scanning reads each character once.
   */
  scan(text: string): Int32Array {
    const n = text.length;
    // Two entries per token, and a token can be one character long ("a1a1…").
    if (scratch.length < 2 * n) scratch = new Int32Array(2 * n);
    const out = scratch;
    const slots = this.slots;
    const hashes = this.hashes;
    const words = this.words;
    const mask = slots.length - 1;
    let k = 0;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      const kind = CHAR_KIND[c] ?? 0;
      const start = i;
      i++;
      if (kind === LETTER) {
        let h = mix(HASH_SEED, c);
        let d = 0;
        while (i < n && CHAR_KIND[(d = text.charCodeAt(i))] === LETTER) {
          h = mix(h, d);
          i++;
        }
        if (d === 39 && i + 1 < n && CHAR_KIND[text.charCodeAt(i + 1)] === LETTER) {
          h = mix(h, 39);
          i++;
          while (i < n && CHAR_KIND[(d = text.charCodeAt(i))] === LETTER) {
            h = mix(h, d);
            i++;
          }
        }
        let id = -1;
        for (let slot = h & mask; ; slot = (slot + 1) & mask) {
          const found = (slots[slot] ?? 0) - 1;
          if (found < 0) break;
          if (hashes[found] === h && sameChars(words[found] ?? '', text, start, i)) {
            id = found;
            break;
          }
        }
        out[k++] = id;
        out[k++] = start;
      } else if (kind === DIGIT) {
        while (i < n && CHAR_KIND[text.charCodeAt(i)] === DIGIT) i++;
        out[k++] = this.zero;
        out[k++] = start;
      }
    }
    return out.slice(0, k);
  }

  private place(id: number, h: number): void {
    const mask = this.slots.length - 1;
    let slot = h & mask;
    while ((this.slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = id + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let id = 0; id < this.words.length; id++) this.place(id, this.hashes[id] ?? 0);
  }
}

export const LEXICON = new Lexicon();

/** Where the token starting at `start` ends: letters with one inner apostrophe, or digits. */
function tokenEnd(text: string, start: number): number {
  const n = text.length;
  let i = start + 1;
  if (isDigit(text.charCodeAt(start))) {
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    return i;
  }
  while (i < n && isLetter(text.charCodeAt(i))) i++;
  if (i + 1 < n && text.charCodeAt(i) === 39 && isLetter(text.charCodeAt(i + 1))) {
    i += 2;
    while (i < n && isLetter(text.charCodeAt(i))) i++;
  }
  return i;
}

/**
 * The tokens of a text without their strings: per token its lexicon id (-1 for a word the lexicon
 * does not know) and where it starts. Strings are cut only when asked for (training, tests).
 */
export class TokenScan {
  constructor(
    readonly text: string,
    /** Token t: id at 2t, start at 2t + 1. */
    private readonly data: Int32Array,
    readonly count: number,
    /** LEXICON.size when the ids were looked up (see freshen). */
    private lexiconSize: number,
  ) {}

  id(t: number): number {
    return this.data[2 * t] ?? -1;
  }

  start(t: number): number {
    return this.data[2 * t + 1] ?? 0;
  }

  /** Token t as a string: "0" for a digit run. */
  token(t: number): string {
    const start = this.start(t);
    if (isDigit(this.text.charCodeAt(start))) return '0';
    return this.text.slice(start, tokenEnd(this.text, start));
  }

  /** Tokens [from, to) as strings. */
  tokens(from = 0, to = this.count): string[] {
    const out: string[] = [];
    for (let t = from; t < to; t++) out.push(this.token(t));
    return out;
  }

  /**
   * Looks unknown words up again if the lexicon has grown since the scan (a model compiled
   * later brought new words), so ids always mean what the current lexicon says.
   */
  freshen(): void {
    if (this.lexiconSize === LEXICON.size) return;
    this.lexiconSize = LEXICON.size;
    for (let t = 0; t < this.count; t++) {
      if ((this.data[2 * t] ?? 0) >= 0) continue;
      const start = this.start(t);
      const end = tokenEnd(this.text, start);
      let h = HASH_SEED;
      for (let i = start; i < end; i++) h = mix(h, this.text.charCodeAt(i));
      this.data[2 * t] = LEXICON.find(this.text, start, end, h);
    }
  }
}

/** The tokens of normalised text, each looked up in the lexicon (see Lexicon.scan). */
export function scanTokens(text: string): TokenScan {
  const data = LEXICON.scan(text);
  return new TokenScan(text, data, data.length >> 1, LEXICON.size);
}

export interface Tokens {
  /** Word tokens; every digit run is the token "0". */
  tokens: string[];
  /** Offset of each token in the text. */
  starts: number[];
}

/** Tokens of normalised text as strings, with where each starts. */
export function tokenizeWithStarts(text: string): Tokens {
  const scan = scanTokens(text);
  const starts: number[] = [];
  for (let t = 0; t < scan.count; t++) starts.push(scan.start(t));
  return { tokens: scan.tokens(), starts };
}

/** Word tokens of normalised text; digit runs collapse to one "0" token. */
export function tokenize(normalized: string): string[] {
  return scanTokens(normalized).tokens();
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
