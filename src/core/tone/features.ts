// What the trained backstop sees in a sentence: its words, word pairs and word pieces (so
// "unprofessionally" shares evidence with "unprofessional"), plus a few counts a careful reader
// notices: how often it says "you", how many words of contempt or hurt it holds, praise next to
// a grievance, question and exclamation marks, capitals. Shared by training and checking, so both
// see exactly the same thing.
import type { ToneDoc } from './doc.js';
import { CONTEMPT, CONTEMPT_WEAK, HURT, POLITENESS, PRAISE, SECOND_PERSON } from './lexicon.js';
import { ACRONYMS } from './rules/acronyms.js';
import { GRIEVANCE } from './rules/fragments.js';
import type { Span } from './text.js';

export interface Token {
  /** Lower case, digits folded to "0". */
  t: string;
  start: number;
  end: number;
}

/** Feature name and value; a sentence's features never repeat a name. */
export type Features = Map<string, number>;

const CONTEMPT_SET = new Set([...CONTEMPT, ...CONTEMPT_WEAK]);
const HURT_SET = new Set(HURT);
const PRAISE_SET = new Set(PRAISE);
const POLITE_SET = new Set(POLITENESS);
const YOU_SET = new Set(SECOND_PERSON);

const TOKEN = /[A-Za-z0-9\u00C0-\u024F]+(?:['-][A-Za-z\u00C0-\u024F]+)*|[!?]/g;

export function tokens(norm: string, span: Span): Token[] {
  const out: Token[] = [];
  const text = norm.slice(span.start, span.end);
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0].toLowerCase().replace(/[0-9]+/g, '0');
    out.push({ t, start: span.start + m.index, end: span.start + m.index + m[0].length });
  }
  return out;
}

const NEGATOR = /^(?:not|no|never|without|hardly|barely|nothing|nobody|none|nor|cannot|[a-z]+n't)$/;
const SCOPE_BREAK = /^(?:but|and|although|though|just|yet|so|[!?])$/;

/** Which tokens sit in the scope of a negation: up to three words after "not", "never", "n't"… */
export function negationScope(toks: readonly Token[]): boolean[] {
  const out = new Array<boolean>(toks.length).fill(false);
  let left = 0;
  toks.forEach((k, i) => {
    if (SCOPE_BREAK.test(k.t)) left = 0;
    else if (left > 0) {
      out[i] = true;
      left--;
    }
    if (NEGATOR.test(k.t)) left = 3;
  });
  return out;
}

/** Word pieces of 3 to 5 letters, with ^ and $ marking the word's edges. */
function pieces(word: string, into: string[]): void {
  if (word.length < 3 || /[0-9]/.test(word)) return;
  const w = `^${word}$`;
  for (let n = 3; n <= 5; n++) {
    for (let i = 0; i + n <= w.length; i++) into.push(w.slice(i, i + n));
  }
}

/** What the whole message says that colours each sentence of it. */
export interface MessageContext {
  grievance: boolean;
}

export function messageContext(doc: ToneDoc): MessageContext {
  return { grievance: GRIEVANCE.test(doc.norm) };
}

// Longest first, so "best regards" is taken whole rather than as "best".
const SIGN_OFF = new RegExp(
  `^(?:${[
    'best',
    'best wishes',
    'all the best',
    'kind regards',
    'warm regards',
    'warmest regards',
    'best regards',
    'regards',
    'many thanks',
    'thanks',
    'thanks again',
    'thanks so much',
    'thank you',
    'thank you again',
    'cheers',
    'sincerely',
    'yours sincerely',
    'yours faithfully',
    'yours truly',
    'warmly',
    'with thanks',
    'with gratitude',
    'take care',
    'speak soon',
    'talk soon',
  ]
    .sort((x, y) => y.length - x.length)
    .join('|')})\\b`,
  'i',
);

// A greeting on its own: "Hi Sam,", "Hello Dr. Okafor,", "Dear hiring team,", "Hey there!".
const GREETING_ONLY =
  /^(?:[Hh]i|[Hh]ello|[Hh]ey|[Hh]iya|[Dd]ear|[Gg]reetings|[Gg]ood (?:morning|afternoon|evening))(?:\s+(?:there|all|everyone|folks|again|team|hiring|recruiting|talent|manager|sir|madam|or|and|the|[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’.-]*)){0,4}\s*[,.:!]?$/;

// One word of a name: "Rivera", "Mary-Jane", "O'Neil", "J.", or a particle such as "van".
const NAME_WORD =
  /^(?:[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'’]*(?:[-'’][A-Z\u00C0-\u00DE]?[a-z\u00DF-\u00FF]+)*\.?|de|da|di|del|van|von|der|den|le|la|bin|al)$/;

// Contact details and mail-client lines.
const CONTACT_LINE =
  /^(?:(?:tel|phone|mobile|mob|cell|email|e-mail|web|website|linkedin|portfolio|github)\s*[:.]?\s*\S+.*|sent from my [a-z ]+|(?:https?:\/\/|www\.)\S+|[\w.-]+\.(?:com|org|net|io|dev|me|co|uk)(?:\/\S*)?)$/i;

/**
 * Whether a sentence says anything the model should weigh. Greetings, sign-offs, signatures
 * and lines of names, addresses or phone numbers ("Hi Sam,", "Best,", "Alex Rivera",
 * "alex@example.com", "+44 7700 900123") carry no tone of their own, in training or in checking.
 */
export function hasContent(norm: string, span: Span): boolean {
  const text = norm.slice(span.start, span.end).trim();
  const words = text.match(/[A-Za-z\u00C0-\u00FF][A-Za-z\u00C0-\u024F'’-]*/g) ?? [];
  if (words.length === 0) return false;
  if (/^\S+@\S+$/.test(text) || CONTACT_LINE.test(text)) return false;
  // Shouted or stacked marks are tone, even around a greeting ("HELLO??", "Thanks!!!").
  const shouted =
    /[!?]{2,}|\?/.test(text) || words.some((w) => w.length > 1 && /^[A-Z]+$/.test(w) && w !== 'I');
  if (shouted) return true;
  if (GREETING_ONLY.test(text)) return false;
  if (
    words.length <= 6 &&
    SIGN_OFF.test(text) &&
    /^[^.]*[,.!]?$/.test(text) &&
    !/\bfor\b/i.test(text)
  ) {
    // "Best regards, Alex Rivera": a sign-off, then at most a name.
    const rest = text.replace(SIGN_OFF, '').replace(/^[\s,.!]+/, '');
    const restWords = rest.match(/\S+/g) ?? [];
    if (restWords.every((w) => NAME_WORD.test(w.replace(/[,.!]+$/, '')))) return false;
  }
  if (/!/.test(text)) return true;
  // Only words of a name, none of them shouted: a name, a company, a title line.
  const bare = text.replace(/[|•·,]/g, ' ').trim();
  const parts = bare.match(/\S+/g) ?? [];
  // "Whatever." and "Noted." are replies, not names: a name line does not end a sentence.
  const endsSentence = /[A-Za-z\u00C0-\u024F]{3,}\.$/.test(bare);
  if (
    !endsSentence &&
    parts.length <= 5 &&
    parts.every((w) => NAME_WORD.test(w.replace(/[,.]+$/, '')) || /^[&|]$/.test(w))
  ) {
    return false;
  }
  return true;
}

/** Which feature group a name belongs to: its prefix before "|". */
export function group(name: string): string {
  return name.slice(0, name.indexOf('|'));
}

/** A sentence cut into what the features read. */
export interface SentenceParts {
  toks: Token[];
  /** Word unigrams ("not_" marks a negated word), each once. */
  uni: Set<string>;
  /** Neighbouring token pairs, sentence edges included, each once. */
  bi: Set<string>;
  /** Words (no punctuation tokens) whose pieces count, repeats kept. */
  words: string[];
  dense: Features;
}

export function sentenceParts(doc: ToneDoc, span: Span, ctx: MessageContext): SentenceParts {
  const toks = tokens(doc.norm, span);
  const negated = negationScope(toks);
  const uni = new Set<string>();
  const bi = new Set<string>();
  const words: string[] = [];
  let prev = '<s>';
  toks.forEach((k, i) => {
    uni.add(negated[i] ? `not_${k.t}` : k.t);
    bi.add(`${prev} ${k.t}`);
    prev = k.t;
    if (k.t !== '!' && k.t !== '?') words.push(k.t);
  });
  bi.add(`${prev} </s>`);

  // Counts a reader notices.
  let you = 0;
  let contempt = 0;
  let hurt = 0;
  let praise = 0;
  let polite = 0;
  toks.forEach((k, i) => {
    if (k.t === '!' || k.t === '?') return;
    if (YOU_SET.has(k.t)) you++;
    // "not angry" is not anger, and "not great" is not praise.
    if (negated[i]) return;
    if (CONTEMPT_SET.has(k.t)) contempt++;
    if (HURT_SET.has(k.t)) hurt++;
    if (PRAISE_SET.has(k.t)) praise++;
    if (POLITE_SET.has(k.t)) polite++;
  });
  const n = Math.max(words.length, 1);
  const text = doc.norm.slice(span.start, span.end);
  const dense: Features = new Map();
  const add = (name: string, value: number): void => {
    if (value !== 0) dense.set(name, value);
  };
  add('d|you', you > 0 ? 1 : 0);
  add('d|you-density', Math.min(1, (3 * you) / n));
  add('d|contempt', Math.min(contempt, 2) / 2);
  add('d|hurt', Math.min(hurt, 2) / 2);
  add('d|praise', Math.min(praise, 2) / 2);
  add('d|polite', Math.min(polite, 2) / 2);
  add('d|you-contempt', you > 0 && contempt > 0 ? 1 : 0);
  add('d|praise-grievance', praise > 0 && ctx.grievance ? 1 : 0);
  add('d|grievance', ctx.grievance ? 1 : 0);
  add('d|question', text.includes('?') ? 1 : 0);
  add('d|exclaim', Math.min((text.match(/!/g) ?? []).length, 3) / 3);
  add('d|stacked', /[!?]{2,}/.test(text) ? 1 : 0);
  add('d|caps', capsShare(doc.norm, span));
  add(
    'd|scare-quote',
    /(?:^|[\s(])['"][A-Za-z][^'"\n]{0,40}['"](?=[\s.,!?;:]|$)/.test(text) ? 1 : 0,
  );
  add('d|short', n <= 4 ? 1 : 0);
  add('d|length', Math.min(1, n / 40));
  return { toks, uni, bi, words, dense };
}

/** The pieces of one word (see `pieces`), for callers that cache per word. */
export function wordPieces(word: string): string[] {
  const out: string[] = [];
  pieces(word, out);
  return out;
}

/**
 * Every feature of a sentence with its value. Words and pairs are scaled to unit length and
 * word pieces by the square root of their total count, so a long sentence does not shout louder.
 */
export function sentenceFeatures(doc: ToneDoc, span: Span, ctx: MessageContext): Features {
  const parts = sentenceParts(doc, span, ctx);
  const f: Features = new Map();
  const unit = (prefix: string, set: Set<string>): void => {
    if (set.size === 0) return;
    const v = 1 / Math.sqrt(set.size);
    for (const x of set) f.set(`${prefix}|${x}`, v);
  };
  unit('w', parts.uni);
  unit('b', parts.bi);
  const counts = new Map<string, number>();
  let total = 0;
  for (const w of parts.words) {
    for (const p of wordPieces(w)) {
      counts.set(p, (counts.get(p) ?? 0) + 1);
      total++;
    }
  }
  const scale = total > 0 ? 1 / Math.sqrt(total) : 0;
  for (const [p, c] of counts) f.set(`c|${p}`, c * scale);
  for (const [k, v] of parts.dense) f.set(k, v);
  return f;
}

/** Share of letters in words written in capitals, acronyms aside. */
function capsShare(norm: string, span: Span): number {
  let caps = 0;
  let all = 0;
  for (const m of norm.slice(span.start, span.end).matchAll(/[A-Za-z']{2,}/g)) {
    const w = m[0];
    all += w.length;
    if (/^[A-Z']+$/.test(w) && !ACRONYMS.has(w.replace(/'S$/, ''))) caps += w.length;
  }
  return all === 0 ? 0 : caps / all;
}
