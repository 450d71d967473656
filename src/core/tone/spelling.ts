// Spelling (info only): which dictionary misses to ignore (names, companies, acronyms, the
// caller's known words) and which correction to offer.
import type { RawFinding, ToneDoc } from './doc.js';
import { sentenceAt, wordSpans } from './text.js';

/** Everyday job-search words the general dictionary lacks. */
export const DOMAIN_WORDS: string[] = [
  'onboarding',
  'offboarding',
  'upskilling',
  'reskilling',
  'upskill',
  'cofounder',
  'cofounders',
  'co-founder',
  'fintech',
  'healthtech',
  'edtech',
  'proptech',
  'dataset',
  'datasets',
  'backend',
  'frontend',
  'fullstack',
  'devops',
  'javascript',
  'typescript',
  'kubernetes',
  'webinar',
  'webinars',
  'hackathon',
  'hackathons',
  'workflow',
  'workflows',
  'stakeholder',
  'stakeholders',
  'roadmap',
  'roadmaps',
  'startup',
  'startups',
  'teammate',
  'teammates',
  'recruiter',
  'recruiters',
  'timeline',
  'timelines',
  'remote-first',
  'skillset',
  'skillsets',
  'microservices',
  'analytics',
  'learnings',
  'bono',
  'tbh',
  'rebrand',
  'rebranding',
  'screenshot',
  'screenshots',
  'screenshotted',
  'screenshotting',
  'reorg',
  'on-call',
  'offsite',
  'pre-screen',
  'ok',
  'Ok',
  'OK',
  'misspelt',
  'spelt',
  'learnt',
  'comms',
  'demoralising',
  'demoralised',
  're-advertised',
];

// The dictionary is American; British spellings ("organised", "behaviour") are not typos.
const BRITISH_TO_US: readonly [RegExp, string][] = [
  [/is(e|ed|es|ing|er|ers|ation|ations)$/, 'iz$1'],
  [/ys(e|ed|es|ing)$/, 'yz$1'],
  [/our(s|ed|ing|ite|ites|able|al|ally|er|ers)?$/, 'or$1'],
  [/ence$/, 'ense'],
  [/tre(s)?$/, 'ter$1'],
  [/ogue(s)?$/, 'og$1'],
  [/ll(ed|ing|er|ers)$/, 'l$1'],
  [/mme(s)?$/, 'm$1'],
  [/gement(s)?$/, 'gment$1'],
  [/tis(e|ed|es|ing)$/, 'tic$1'],
];

function isBritishSpelling(word: string, suggestions: readonly string[]): boolean {
  const offered = new Set(suggestions.map((s) => s.toLowerCase()));
  return BRITISH_TO_US.some(([re, to]) => re.test(word) && offered.has(word.replace(re, to)));
}

// Slips a general suggester ranks poorly ("greatful" only yields "fretful").
const COMMON_SLIPS: Readonly<Record<string, string>> = {
  greatful: 'grateful',
  definately: 'definitely',
  definatly: 'definitely',
  recieve: 'receive',
  recieved: 'received',
  seperate: 'separate',
  occured: 'occurred',
  untill: 'until',
  tommorow: 'tomorrow',
  tomorow: 'tomorrow',
  accomodate: 'accommodate',
  wich: 'which',
  alot: 'a lot',
  thier: 'their',
  oppurtunity: 'opportunity',
  oportunity: 'opportunity',
  oppertunity: 'opportunity',
  intrested: 'interested',
  apreciate: 'appreciate',
  begining: 'beginning',
  buisness: 'business',
  calender: 'calendar',
  collegue: 'colleague',
  enviroment: 'environment',
  experiance: 'experience',
  foward: 'forward',
  interveiw: 'interview',
  intervew: 'interview',
  knowlege: 'knowledge',
  managment: 'management',
  neccessary: 'necessary',
  posistion: 'position',
  postion: 'position',
  recomend: 'recommend',
  relevent: 'relevant',
  sincerly: 'sincerely',
  succesful: 'successful',
  sucessful: 'successful',
  thankyou: 'thank you',
  truely: 'truly',
  writting: 'writing',
  im: "I'm",
  ive: "I've",
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
};

export function knownWordSet(words: readonly string[] | undefined): Set<string> {
  const out = new Set<string>();
  for (const entry of words ?? []) {
    for (const part of entry.toLowerCase().split(/[^a-z0-9\u00c0-\u024f'-]+/))
      if (part) out.add(part);
  }
  return out;
}

const SPELL_CHARS = 4000;
/** Longer "words" are codes, hashes or gibberish, and the slowest for the suggester. */
const LONGEST_WORD = 20;

// Emails, links and handles are not prose.
const NOT_PROSE = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\bhttps?:\/\/\S+|\bwww\.\S+|(?<![\w@])@\w+/g;

/**
 * The text the spell checker sees: names, brands, acronyms, known words and addresses are
 * blanked out (same length, so offsets hold), which also spares the slow suggester.
 */
export function maskForSpelling(doc: ToneDoc, known: ReadonlySet<string>): string {
  let masked = doc.norm.replace(NOT_PROSE, (m) => ' '.repeat(m.length));
  // Past a few thousand characters no message of any kind needs a word-by-word check (the length
  // rule already speaks), and the suggester costs up to a second per unknown word: a pasted
  // log or a wall of gibberish must not stall the check.
  if (masked.length > SPELL_CHARS) masked = masked.slice(0, SPELL_CHARS) + ' '.repeat(masked.length - SPELL_CHARS);
  for (const w of wordSpans(masked)) {
    if (w.word.length > LONGEST_WORD || isExempt(doc, w.word, w.start, w.end, known)) {
      masked = masked.slice(0, w.start) + ' '.repeat(w.end - w.start) + masked.slice(w.end);
    }
  }
  return masked;
}

function isExempt(
  doc: ToneDoc,
  word: string,
  start: number,
  end: number,
  known: ReadonlySet<string>,
): boolean {
  if (known.has(word.toLowerCase()) || /\d/.test(word)) return true;
  // Inner capitals or all capitals: a brand or an acronym (LinkedIn, NASA).
  if (/[A-Z\u00c0-\u00de]/.test(word.slice(1))) return true;
  return /^[A-Z\u00c0-\u00de]/.test(word) && looksLikeName(doc, start, end);
}

export function spellingFinding(
  doc: ToneDoc,
  start: number,
  end: number,
  suggestions: readonly string[],
  known: ReadonlySet<string>,
): RawFinding | null {
  const word = doc.text.slice(start, end);
  const lower = word.toLowerCase();
  if (!word || isExempt(doc, word, start, end, known)) return null;
  if (isBritishSpelling(lower, suggestions)) return null;
  const best = COMMON_SLIPS[lower] ?? bestSuggestion(lower, suggestions);
  return {
    rule: 'spelling',
    severity: 'info',
    start,
    end,
    explanation: best
      ? `"${word}" looks like a typo; did you mean "${best}"?`
      : `"${word}" isn't in the dictionary; worth a second look.`,
    alternative: best ? matchCase(word, best) : null,
  };
}

/** A capitalised word is a name unless it opens a sentence and reads on into lower case. */
function looksLikeName(doc: ToneDoc, start: number, end: number): boolean {
  const sentence = sentenceAt(doc.sentences, start);
  const opensSentence = !/[A-Za-z0-9\u00c0-\u024f]/.test(doc.norm.slice(sentence.start, start));
  if (!opensSentence) return true;
  const after = doc.norm.slice(end, sentence.end);
  // "Priyanka, thank you" or "Jordan Okafor": a name. "Recieved your note": a word.
  return !/^\s+[a-z\u00df-\u00ff]/.test(after);
}

function bestSuggestion(word: string, suggestions: readonly string[]): string | null {
  let best: { s: string; key: number[] } | null = null;
  suggestions.forEach((s, i) => {
    const d = distance(word, s.toLowerCase());
    const key = [d, s[0]?.toLowerCase() === word[0] ? 0 : 1, s.length >= word.length ? 0 : 1, i];
    if (!best || compare(key, best.key) < 0) best = { s, key };
  });
  const chosen = best as { s: string; key: number[] } | null;
  // A far-off suggestion is more confusing than none.
  return chosen && (chosen.key[0] ?? 99) <= 2 ? chosen.s : null;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Edit distance counting a swap of two neighbouring letters as one edit. */
export function distance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, at(i - 2, j - 2) + 1);
      const row = d[i];
      if (row) row[j] = v;
    }
  }
  return at(a.length, b.length);
}

function matchCase(original: string, replacement: string): string {
  if (/^[A-Z]/.test(original) && /^[a-z]/.test(replacement)) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
