// Turns an email into the sparse features the linear model scores: phrase cues, subject and body
// word/bigram presence, and a few sender and shape signals. Shared by training and classification
// so both see exactly the same features.
import { findCues } from './cue-match.js';
import { HYPOTHETICAL_FEATURE } from './cues.js';
import type { CueHit } from './cues.js';
import { htmlToText } from './html.js';
import { cleanSubject, decidingText } from './quoted.js';
import { parseSender } from './sender.js';
import type { Sender } from './sender.js';
import { NEGATIONS, normalizeText, scanTokens, STOPWORDS } from './text.js';
import type { TokenScan } from './text.js';
import type { EmailInput } from './types.js';

export interface PreparedEmail {
  subject: string;
  reply: boolean;
  forward: boolean;
  /** Full plain-text body (HTML converted), quotes included. */
  fullText: string;
  /** The part of the body that decides the label (see decidingText). */
  deciding: string;
  quoted: string;
  usedForwarded: boolean;
  subjectNorm: string;
  norm: string;
  /** Subject and body tokens in one scan of `${subjectNorm}\n${norm}`. */
  scan: TokenScan;
  /** Index of the first body token in `scan`. */
  split: number;
  /** Token strings, cut on first use (training, inspection): scoring reads `scan`. */
  readonly subjectTokens: string[];
  readonly bodyTokens: string[];
  cues: CueHit[];
  sender: Sender;
}

class Prepared implements PreparedEmail {
  private subjectStrings: string[] | null = null;
  private bodyStrings: string[] | null = null;

  constructor(
    readonly subject: string,
    readonly reply: boolean,
    readonly forward: boolean,
    readonly fullText: string,
    readonly deciding: string,
    readonly quoted: string,
    readonly usedForwarded: boolean,
    readonly subjectNorm: string,
    readonly norm: string,
    readonly scan: TokenScan,
    readonly split: number,
    readonly cues: CueHit[],
    readonly sender: Sender,
  ) {}

  get subjectTokens(): string[] {
    return (this.subjectStrings ??= this.scan.tokens(0, this.split));
  }

  get bodyTokens(): string[] {
    return (this.bodyStrings ??= this.scan.tokens(this.split));
  }
}

const NON_SPACE = /\S/;
const STARTS_WITH_TAG = /^\s*</;
const LOOKS_HTML = /<(?:html|body|div|p|table|br|span|td|a)\b[^>]*>/i;

/** The plain-text body of an input, converting HTML where that is all there is. */
export function plainBody(input: EmailInput): string {
  const body = input.body ?? '';
  // Regex tests rather than trim(): trim copies the whole body, which can be large.
  if (!NON_SPACE.test(body) && input.html !== undefined && input.html !== null)
    return htmlToText(input.html);
  if (STARTS_WITH_TAG.test(body) && LOOKS_HTML.test(body.slice(0, 2000))) return htmlToText(body);
  return body;
}

interface Memo {
  input: EmailInput;
  subject: string;
  from: string;
  body: string;
  html: string | null | undefined;
  prepared: PreparedEmail;
}

// Callers classify and then extract the same message object: parse it once. One entry is enough
// (the two calls are back to back) and costs nothing to keep; fields are compared too, so a
// reused, mutated object is simply parsed again.
let last: Memo | null = null;

/** Parses, splits and normalises an email once, for both features and explanations. */
export function prepareEmail(input: EmailInput): PreparedEmail {
  const hit = last;
  if (
    hit !== null &&
    hit.input === input &&
    hit.subject === input.subject &&
    hit.from === input.from &&
    hit.body === input.body &&
    hit.html === input.html
  ) {
    return hit.prepared;
  }
  const prepared = prepareUncached(input);
  last = {
    input,
    subject: input.subject,
    from: input.from,
    body: input.body,
    html: input.html,
    prepared,
  };
  return prepared;
}

/**
 * Quote detection reads this much of a body. The newest text of a reply comes first, and only its
 * start feeds the model, so a 200 KB newsletter costs no more than a short note.
 */
const SCAN_CHARS = 2500;

function prepareUncached(input: EmailInput): PreparedEmail {
  const fullText = plainBody(input);
  const subj = cleanSubject(input.subject ?? '');
  const decided = decidingText(
    fullText.length > SCAN_CHARS ? fullText.slice(0, SCAN_CHARS) : fullText,
    subj.forward,
  );
  const subjectNorm = normalizeText(subj.subject);
  const norm = normalizeText(decided.text);
  // One pass over subject and body together: cues may sit in either. join() builds one flat
  // string; a template literal would build a rope that every character read then walks.
  const scan = scanTokens([subjectNorm, norm].join('\n'));
  let split = 0;
  while (split < scan.count && scan.start(split) < subjectNorm.length) split++;
  return new Prepared(
    subj.subject,
    subj.reply,
    subj.forward,
    fullText,
    decided.text,
    decided.split.quoted,
    decided.usedForwarded,
    subjectNorm,
    norm,
    scan,
    split,
    findCues(scan),
    parseSender(input.from ?? ''),
  );
}

export type FeatureVisitor = (key: string, value: number) => void;

function keepBigram(a: string, b: string): boolean {
  return !STOPWORDS.has(a) || !STOPWORDS.has(b) || NEGATIONS.has(a) || NEGATIONS.has(b);
}

function emitNgrams(
  tokens: readonly string[],
  uni: string,
  bi: string,
  value: number,
  emit: FeatureVisitor,
): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    if (!STOPWORDS.has(t)) emit(uni + t, value);
    const next = tokens[i + 1];
    if (next !== undefined && keepBigram(t, next)) emit(`${bi}${t}_${next}`, value);
  }
}

function lengthBucket(tokens: number): string {
  if (tokens < 15) return 'len:tiny';
  if (tokens < 50) return 'len:short';
  if (tokens < 150) return 'len:medium';
  if (tokens < 400) return 'len:long';
  return 'len:huge';
}

/**
 * Calls `visit` once per distinct feature. N-grams are presence features (a phrase repeated in a
 * footer says no more than once); subject n-grams count half in replies, where the subject is
 * the old message's.
 */
export function forEachFeature(p: PreparedEmail, visit: FeatureVisitor): void {
  const seen = new Set<string>();
  const emit = (key: string, value: number): void => {
    if (seen.has(key)) return;
    seen.add(key);
    visit(key, value);
  };
  forEachShapeFeature(p, emit);
  emitNgrams(p.subjectTokens, 's:', 's:', p.reply ? 0.5 : 1, emit);
  emitNgrams(p.bodyTokens, 'w:', 'b:', 1, emit);
}

/** The features that are not n-grams: cues, sender, length and thread shape (may repeat keys). */
export function forEachShapeFeature(p: PreparedEmail, emit: FeatureVisitor): void {
  for (const hit of p.cues) emit(hit.hypothetical ? HYPOTHETICAL_FEATURE : hit.cue.feature, 1);
  emit(lengthBucket(p.scan.count - p.split), 1);
  if (p.subjectNorm.length === 0) emit('f:no_subject', 1);
  const s = p.sender;
  if (s.address.length === 0 && s.name.length === 0) emit('f:no_sender', 1);
  if (s.ats) emit('f:ats', 1);
  if (s.noreply) emit('f:noreply', 1);
  if (s.freemail) emit('f:freemail', 1);
  if (s.assessmentVendor) emit('f:assessment_vendor', 1);
  if (s.scheduler) emit('f:scheduler', 1);
  if (p.reply) emit('x:reply', 1);
  if (p.forward || p.usedForwarded) emit('x:forward', 1);
  if (p.quoted.length > 0) emit('x:has_quote', 1);
}

/** All features of an email as parallel arrays (training and inspection). */
export function featuresOf(p: PreparedEmail): { keys: string[]; values: number[] } {
  const keys: string[] = [];
  const values: number[] = [];
  forEachFeature(p, (k, v) => {
    keys.push(k);
    values.push(v);
  });
  return { keys, values };
}
