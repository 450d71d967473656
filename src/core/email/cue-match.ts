// Finds the phrase cues of cues.ts in normalised text. Each cue is indexed by every form of the
// word it starts with (read from its own pattern), and tried as a sticky regex only where such a
// token begins: a few dozen cheap attempts per message instead of a scan per cue.
import { CUES, VOLUME_CUE } from './cues.js';
import type { Cue, CueHit } from './cues.js';
import { LEXICON } from './text.js';
import type { TokenScan } from './text.js';

function isBreak(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10; // . ! ? newline
}

function sentenceStart(text: string, at: number): number {
  const floor = Math.max(0, at - 200);
  for (let i = at - 1; i >= floor; i--) if (isBreak(text.charCodeAt(i))) return i + 1;
  return floor;
}

function sentenceEnd(text: string, from: number): number {
  const ceil = Math.min(text.length, from + 240);
  for (let i = from; i < ceil; i++) if (isBreak(text.charCodeAt(i))) return i;
  return ceil;
}

const CONDITION_RE =
  /\b(?:if|should we|should you|should your|should there|should it|in the event|in case|whether|unless|only|may|might|once(?! again)|(?:does|do|did) not mean)\b/;
const VOLUME_RE =
  /\b(?:volume|number of|many|hundreds|thousands|every|each|individual|individually|all) (?:applica|candidat|respons|submission|inquir|resume)|\brespond (?:to )?(?:each|every|all|individually|personally)|\bpersonally (?:respond|reply)|\breply to (?:each|every|all)|\b(?:each|every) (?:applicant|candidate)/;

function splitTopLevel(src: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(src.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(src.slice(from));
  return parts;
}

function closingParen(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  throw new Error(`cue: unbalanced group in ${src}`);
}

const LETTER = /[a-z\u00c0-\u024f']/;

/**
 * Spells out the first word of a pattern fragment in every form it can take: "declin(?:e|ed)" →
 * decline, declined; "honou?red" → honored, honoured; "prioriti[sz]e" → prioritize, prioritise.
 * Anything it cannot spell out is a programming error, caught at load.
 */
function wordForms(alt: string, id: string): string[] {
  let forms = [''];
  let i = 0;
  const extend = (options: readonly string[], optional: boolean): void => {
    const next: string[] = [];
    for (const f of forms) {
      if (optional) next.push(f);
      for (const o of options) next.push(f + o);
    }
    forms = next;
    if (forms.length > 32) throw new Error(`cue ${id}: too many forms for "${alt}"`);
  };
  while (i < alt.length) {
    const ch = alt.charAt(i);
    if (LETTER.test(ch)) {
      const optional = alt.charAt(i + 1) === '?';
      extend([ch], optional);
      i += optional ? 2 : 1;
    } else if (ch === '[') {
      const close = alt.indexOf(']', i);
      const chars = alt.slice(i + 1, close).split('');
      if (!chars.every((c) => LETTER.test(c))) break;
      const optional = alt.charAt(close + 1) === '?';
      extend(chars, optional);
      i = close + (optional ? 2 : 1);
    } else if (alt.startsWith('(?:', i) && forms[0] !== '' && LETTER.test(alt.charAt(i + 3))) {
      const close = closingParen(alt, i);
      const options = splitTopLevel(alt.slice(i + 3, close));
      // A group that continues the word with letters only ("(?:e|ed|ing)"); one that starts a new
      // word ("(?: for …)") ends this one.
      const letters = options.filter((o) => /^[a-z\u00c0-\u024f']+$/.test(o));
      const ends = options.length - letters.length;
      if (letters.length === 0) break;
      if (
        ends > 0 &&
        !options.every((o) => /^[a-z\u00c0-\u024f']+$/.test(o) || o.startsWith(' '))
      ) {
        throw new Error(`cue ${id}: cannot spell out "${alt}"`);
      }
      const optional = alt.charAt(close + 1) === '?' || ends > 0;
      extend(letters, optional);
      i = close + (alt.charAt(close + 1) === '?' ? 2 : 1);
    } else break;
  }
  if (forms.some((f) => f.length === 0))
    throw new Error(`cue ${id}: cannot find the first word of "${alt}"`);
  return forms;
}

/**
 * The first words any match of a cue pattern can start with, read from the pattern itself so the
 * index can never drift from the regex. Each alternative must start with a word, or with a
 * non-optional group of alternatives that do.
 */
function leadingWords(src: string, id: string): string[] {
  const out: string[] = [];
  for (let alt of splitTopLevel(src)) {
    // A lookbehind checks the words before; the match itself starts after it.
    if (alt.startsWith('(?<=') || alt.startsWith('(?<!')) alt = alt.slice(closingParen(alt, 0) + 1);
    if (alt.startsWith('\\b')) alt = alt.slice(2);
    if (alt.startsWith('(?:')) {
      const close = closingParen(alt, 0);
      const after = alt[close + 1];
      if (after === '?' || after === '*' || after === '{')
        throw new Error(`cue ${id}: optional leading group`);
      const rest = alt.slice(close + 1);
      for (const inner of splitTopLevel(alt.slice(3, close)))
        out.push(...leadingWords(inner + rest, id));
      continue;
    }
    // Tokens split at apostrophes-in-contractions and hyphens, so only the first piece counts.
    out.push(...wordForms(alt, id));
  }
  return out;
}

/** Cues by every word form they can start with: one exact lookup per token. */
const BY_WORD = new Map<string, Cue[]>();
for (const cue of CUES) {
  for (const word of leadingWords(cue.re.source, cue.id)) {
    const list = BY_WORD.get(word) ?? [];
    if (!list.includes(cue)) list.push(cue);
    BY_WORD.set(word, list);
  }
}

interface CueGroup {
  cues: readonly Cue[];
  /**
   * All the group's patterns as one sticky alternation, for words that start several cues: it
   * matches at a position exactly when one of them does, so the common miss costs one attempt.
   */
  any: RegExp | null;
}

/** The same index by lexicon id, which the tokenizer has already looked up for every token. */
const BY_ID: (CueGroup | undefined)[] = [];
for (const [word, cues] of BY_WORD) {
  const any =
    cues.length > 1 ? new RegExp(cues.map((c) => `(?:${c.re.source})`).join('|'), 'y') : null;
  BY_ID[LEXICON.intern(word)] = { cues, any };
}

/** How many cue patterns each token tries (for tests and profiling). */
export function cueCandidates(token: string): number {
  return BY_WORD.get(token)?.length ?? 0;
}

const NEGATION_WORD_RE = /\b(?:not|no|never|unable|cannot|nor|without|neither|unfortunately)\b/;

function negatedBefore(text: string, sentenceFrom: number, at: number): boolean {
  let from = Math.max(sentenceFrom, at - 45);
  for (let i = at - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59) {
      from = i + 1;
      break;
    }
  }
  return from < at && NEGATION_WORD_RE.test(text.slice(from, at));
}

function tryCues(group: CueGroup, text: string, at: number, hits: CueHit[]): void {
  const any = group.any;
  if (any !== null) {
    any.lastIndex = at;
    if (!any.test(text)) return;
  }
  for (const cue of group.cues) {
    // test() rather than exec(): most attempts fail, and a sticky match that succeeds starts at
    // `at` and ends at lastIndex, so the phrase needs no match array.
    const re = cue.re;
    re.lastIndex = at;
    if (!re.test(text)) continue;
    const end = re.lastIndex;
    const conditional =
      cue.label === 'rejection' || cue.label === 'interview' || cue.label === 'offer';
    // The sentence start only matters for negations and conditions: most hits need neither.
    const start = cue.negatable || conditional ? sentenceStart(text, at) : at;
    if (cue.negatable && negatedBefore(text, start, at)) continue;
    const hypothetical = conditional && start < at && CONDITION_RE.test(text.slice(start, at));
    if ((cue.id === 'rej_unfortunately' || cue.id === 'rej_regret') && !hypothetical) {
      const sentence = text.slice(start, sentenceEnd(text, end));
      if (VOLUME_RE.test(sentence)) {
        hits.push({ cue: VOLUME_CUE, phrase: sentence.trim(), hypothetical: false });
        continue;
      }
    }
    hits.push({ cue, phrase: text.slice(at, end), hypothetical });
  }
}

/**
 * Finds every cue in scanned normalised text, trying each only at the tokens it can start with,
 * and marks phrases that are only conditions or that a negation cancels.
 */
export function findCues(scan: TokenScan): CueHit[] {
  scan.freshen();
  const hits: CueHit[] = [];
  const text = scan.text;
  for (let t = 0; t < scan.count; t++) {
    const id = scan.id(t);
    const group = id >= 0 && id < BY_ID.length ? BY_ID[id] : undefined;
    if (group !== undefined) tryCues(group, text, scan.start(t), hits);
  }
  return hits;
}
