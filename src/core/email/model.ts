// Scoring with a trained linear model: logits from sparse features, temperature-scaled softmax,
// and the explanation (cue phrases and strongest features) behind the winning label.
import type { CueHit } from './cues.js';
import { forEachFeature, forEachShapeFeature } from './features.js';
import type { PreparedEmail } from './features.js';
import { LEXICON } from './text.js';
import type { TokenScan } from './text.js';
import { EMAIL_LABELS } from './types.js';
import type { ClassifierModel, EmailLabel } from './types.js';

const K = EMAIL_LABELS.length;

export interface CompiledModel {
  keys: readonly string[];
  /** Row-major weights, K per feature, in EMAIL_LABELS order. */
  rows: Float64Array;
  bias: Float64Array;
  temperature: number;
  /** Cue, sender, shape features by full key. */
  plain: Map<string, number>;
  /** Every word used by an n-gram feature, numbered: one lookup per token on the hot path. */
  vocab: Map<string, number>;
  subjectWords: Int32Array;
  bodyWords: Int32Array;
  /** Bigram features by the vocab ids of their two words. */
  subjectPairs: PairTable;
  bodyPairs: PairTable;
  /** Per-feature marker of the last call that used it: dedupes without allocating a Set. */
  stamp: Int32Array;
  /**
   * Lexicon id → vocab id, -1 for words the model does not use. Words the lexicon learns after
   * compilation lie past the end: no model word can be among them.
   */
  lexToVocab: Int32Array;
}

/**
 * Feature index by a pair of vocab ids, open addressing over typed arrays: the bigram lookup runs
 * for nearly every token, and a Map keyed by number costs several times as much.
 */
export class PairTable {
  private firsts: Int32Array;
  private seconds: Int32Array;
  private values: Int32Array;
  private shift: number;
  private used = 0;

  constructor() {
    this.firsts = new Int32Array(16).fill(-1);
    this.seconds = new Int32Array(16);
    this.values = new Int32Array(16);
    this.shift = 32 - 4;
  }

  private slot(a: number, b: number): number {
    return Math.imul(a ^ Math.imul(b, 0x85ebca6b), 0x9e3779b1) >>> this.shift;
  }

  /** The feature index of the pair, or -1. */
  get(a: number, b: number): number {
    const mask = this.firsts.length - 1;
    for (let i = this.slot(a, b); ; i = (i + 1) & mask) {
      const first = this.firsts[i] ?? -1;
      if (first < 0) return -1;
      if (first === a && this.seconds[i] === b) return this.values[i] ?? -1;
    }
  }

  /** Sets the pair's feature index (a later set of the same pair wins, as with a Map). */
  set(a: number, b: number, value: number): void {
    const mask = this.firsts.length - 1;
    let i = this.slot(a, b);
    for (; ; i = (i + 1) & mask) {
      const first = this.firsts[i] ?? -1;
      if (first < 0) break;
      if (first === a && this.seconds[i] === b) {
        this.values[i] = value;
        return;
      }
    }
    this.firsts[i] = a;
    this.seconds[i] = b;
    this.values[i] = value;
    if (++this.used * 2 > this.firsts.length) this.grow();
  }

  private grow(): void {
    const { firsts, seconds, values } = this;
    const size = firsts.length * 2;
    this.firsts = new Int32Array(size).fill(-1);
    this.seconds = new Int32Array(size);
    this.values = new Int32Array(size);
    this.shift--;
    this.used = 0;
    for (let i = 0; i < firsts.length; i++)
      if ((firsts[i] ?? -1) >= 0) this.set(firsts[i] ?? 0, seconds[i] ?? 0, values[i] ?? 0);
  }
}

const compiled = new WeakMap<ClassifierModel, CompiledModel>();

/** Validates a model object and builds its lookup tables (cached per model object). */
export function compileModel(model: ClassifierModel): CompiledModel {
  const cached = compiled.get(model);
  if (cached !== undefined) return cached;
  if (model.features.length !== model.weights.length)
    throw new Error('model: features and weights differ in length');
  const columns = EMAIL_LABELS.map((label) => {
    const col = model.labels.indexOf(label);
    if (col < 0) throw new Error(`model: label ${label} missing`);
    return col;
  });
  const F = model.features.length;
  const rows = new Float64Array(F * K);
  const vocab = new Map<string, number>();
  const id = (w: string): number => {
    let v = vocab.get(w);
    if (v === undefined) {
      v = vocab.size;
      vocab.set(w, v);
    }
    return v;
  };
  // First pass numbers the words, so the pair keys below use the final vocabulary size.
  for (const key of model.features) {
    if (!key.startsWith('s:') && !key.startsWith('w:') && !key.startsWith('b:')) continue;
    for (const w of key.slice(2).split('_')) id(w);
  }
  const V = vocab.size;
  const lexIds = Array.from(vocab.keys(), (w) => LEXICON.intern(w));
  const lexToVocab = new Int32Array(LEXICON.size).fill(-1);
  lexIds.forEach((lex, v) => {
    lexToVocab[lex] = v;
  });
  const m: CompiledModel = {
    keys: model.features,
    rows,
    bias: Float64Array.from(columns, (c) => model.bias[c] ?? 0),
    temperature: model.temperature > 0 ? model.temperature : 1,
    plain: new Map(),
    vocab,
    subjectWords: new Int32Array(V).fill(-1),
    bodyWords: new Int32Array(V).fill(-1),
    subjectPairs: new PairTable(),
    bodyPairs: new PairTable(),
    stamp: new Int32Array(F),
    lexToVocab,
  };
  model.features.forEach((key, i) => {
    const row = model.weights[i] ?? [];
    for (let k = 0; k < K; k++) rows[i * K + k] = row[columns[k] ?? 0] ?? 0;
    const body = key.slice(2);
    const subject = key.startsWith('s:');
    if (subject || key.startsWith('w:') || key.startsWith('b:')) {
      const parts = body.split('_');
      if (parts.length === 2) {
        (subject ? m.subjectPairs : m.bodyPairs).set(
          vocab.get(parts[0] ?? '') ?? 0,
          vocab.get(parts[1] ?? '') ?? 0,
          i,
        );
      } else {
        (subject ? m.subjectWords : m.bodyWords)[vocab.get(body) ?? 0] = i;
      }
    } else m.plain.set(key, i);
  });
  compiled.set(model, m);
  return m;
}

export interface Scored {
  /** Raw logits (before temperature), EMAIL_LABELS order. */
  logits: Float64Array;
  /** Calibrated probabilities. */
  probs: Float64Array;
  best: number;
  /** Features that fired and are known to the model (indices into keys), with their value. */
  active: number[];
  activeValues: number[];
}

let callId = 0;

/**
 * Sums the weight rows of the features an email fires into logits, each feature once. A class
 * with a method rather than a closure per call: the hot loop stays monomorphic and allocates
 * nothing but the optional record of active features.
 */
class Accumulator {
  readonly logits: Float64Array;
  private readonly id: number;

  constructor(
    private readonly m: CompiledModel,
    /** Where to record fired features (for explain), or null when only the logits matter. */
    readonly active: number[] | null,
    readonly activeValues: number[] | null,
  ) {
    callId = callId >= 0x7ffffff0 ? 1 : callId + 1;
    if (callId === 1) m.stamp.fill(0);
    this.id = callId;
    this.logits = Float64Array.from(m.bias);
  }

  add(idx: number | undefined, value: number): void {
    const stamp = this.m.stamp;
    if (idx === undefined || idx < 0 || stamp[idx] === this.id) return;
    stamp[idx] = this.id;
    const rows = this.m.rows;
    const logits = this.logits;
    const base = idx * K;
    for (let k = 0; k < K; k++) logits[k] = (logits[k] ?? 0) + value * (rows[base + k] ?? 0);
    this.active?.push(idx);
    this.activeValues?.push(value);
  }

  /** N-gram features of tokens [from, to) of the scan: each word, then its pair with the last. */
  addTokens(
    scan: TokenScan,
    from: number,
    to: number,
    words: Int32Array,
    pairs: PairTable,
    value: number,
  ): void {
    const toVocab = this.m.lexToVocab;
    let prev = -1;
    for (let t = from; t < to; t++) {
      const lex = scan.id(t);
      const cur = lex >= 0 && lex < toVocab.length ? (toVocab[lex] ?? -1) : -1;
      if (cur >= 0) {
        this.add(words[cur], value);
        if (prev >= 0) this.add(pairs.get(prev, cur), value);
      }
      prev = cur;
    }
  }
}

/** Logits of a prepared email, recording the features that fired when arrays are given. */
function accumulate(
  m: CompiledModel,
  p: PreparedEmail,
  active: number[] | null,
  activeValues: number[] | null,
): Float64Array {
  const acc = new Accumulator(m, active, activeValues);
  forEachShapeFeature(p, (key, value) => acc.add(m.plain.get(key), value));
  p.scan.freshen();
  acc.addTokens(p.scan, 0, p.split, m.subjectWords, m.subjectPairs, p.reply ? 0.5 : 1);
  acc.addTokens(p.scan, p.split, p.scan.count, m.bodyWords, m.bodyPairs, 1);
  return acc.logits;
}

function argmax(probs: Float64Array): number {
  let best = 0;
  for (let k = 1; k < K; k++) if ((probs[k] ?? 0) > (probs[best] ?? 0)) best = k;
  return best;
}

/** Scores a prepared email: the hot path, with no per-feature string building. */
export function score(m: CompiledModel, p: PreparedEmail): Scored {
  const active: number[] = [];
  const activeValues: number[] = [];
  const logits = accumulate(m, p, active, activeValues);
  const probs = softmax(logits, m.temperature);
  return { logits, probs, best: argmax(probs), active, activeValues };
}

/** The winning label's index only: score() without recording features for an explanation. */
export function bestLabel(m: CompiledModel, p: PreparedEmail): number {
  return argmax(softmax(accumulate(m, p, null, null), m.temperature));
}

/** The reference scorer (string keys, as training sees them); tests check score() against it. */
export function scoreReference(m: CompiledModel, p: PreparedEmail): Float64Array {
  const logits = Float64Array.from(m.bias);
  const index = new Map(m.keys.map((k, i) => [k, i]));
  forEachFeature(p, (key, value) => {
    const idx = index.get(key);
    if (idx === undefined) return;
    for (let k = 0; k < K; k++) logits[k] = (logits[k] ?? 0) + value * (m.rows[idx * K + k] ?? 0);
  });
  return logits;
}

export function softmax(logits: ArrayLike<number>, temperature: number): Float64Array {
  const n = logits.length;
  const out = new Float64Array(n);
  let max = -Infinity;
  for (let k = 0; k < n; k++) max = Math.max(max, (logits[k] ?? 0) / temperature);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const e = Math.exp((logits[k] ?? 0) / temperature - max);
    out[k] = e;
    sum += e;
  }
  for (let k = 0; k < n; k++) out[k] = (out[k] ?? 0) / sum;
  return out;
}

const FEATURE_TEXT: Record<string, string> = {
  'f:ats': 'sent through a hiring system',
  'f:noreply': 'sent from a no-reply address',
  'f:freemail': 'sent from a personal mailbox',
  'f:assessment_vendor': 'sent by a testing platform',
  'f:scheduler': 'sent by a scheduling tool',
  'f:no_sender': 'no sender given',
  'f:no_subject': 'no subject',
  'x:reply': 'a reply',
  'x:forward': 'a forward',
  'x:has_quote': 'has quoted history',
  'len:tiny': 'very short message',
  'len:short': 'short message',
  'len:medium': 'medium-length message',
  'len:long': 'long message',
  'len:huge': 'very long message',
  'c:hypothetical': 'wording only stated as a condition',
  'c:volume_disclaimer': 'a disclaimer about application volume',
};

/** Readable name of a model feature. */
export function describeFeature(key: string): string {
  const fixed = FEATURE_TEXT[key];
  if (fixed !== undefined) return fixed;
  const body = key
    .slice(2)
    .replace(/_/g, ' ')
    .replace(/\bzurlz\b/g, '<link>')
    .replace(/\bzemailz\b/g, '<email>')
    .replace(/\bzname\b/g, '<name>');
  if (key.startsWith('s:')) return `subject ${body.includes(' ') ? 'phrase' : 'word'} "${body}"`;
  if (key.startsWith('w:')) return `word "${body}"`;
  if (key.startsWith('b:')) return `phrase "${body}"`;
  if (key.startsWith('c:')) return `cue ${body}`;
  return key;
}

/**
 * Why the winner won: its cue phrases first (the most readable evidence), then the features that
 * most separate it from the runner-up, then notes on quoted or conditional text.
 */
export function explain(m: CompiledModel, p: PreparedEmail, s: Scored, maxReasons = 6): string[] {
  const winner = s.best;
  const label = EMAIL_LABELS[winner] as EmailLabel;
  let runnerUp = winner === 0 ? 1 : 0;
  for (let k = 0; k < K; k++)
    if (k !== winner && (s.logits[k] ?? 0) > (s.logits[runnerUp] ?? 0)) runnerUp = k;
  const reasons: string[] = [];
  const seenPhrases = new Set<string>();
  const cueFor = (hit: CueHit): boolean => hit.cue.label === label && !hit.hypothetical;
  for (const hit of p.cues) {
    if (!cueFor(hit)) continue;
    const phrase = hit.phrase.length > 90 ? `${hit.phrase.slice(0, 87)}...` : hit.phrase;
    if (seenPhrases.has(phrase)) continue;
    seenPhrases.add(phrase);
    reasons.push(`${label.replace('_', ' ')} phrase: "${phrase}"`);
    if (reasons.length >= 3) break;
  }
  // The few features that most separate the winner from the runner-up (a small top-N, no sort of all).
  const top: { idx: number; d: number }[] = [];
  const room = Math.max(0, maxReasons - 1 - reasons.length);
  for (let j = 0; j < s.active.length && room > 0; j++) {
    const idx = s.active[j] ?? 0;
    const d =
      (s.activeValues[j] ?? 0) *
      ((m.rows[idx * K + winner] ?? 0) - (m.rows[idx * K + runnerUp] ?? 0));
    if (d <= 0.05) continue;
    const key = m.keys[idx] ?? '';
    if (key.startsWith('c:') && key !== 'c:hypothetical' && key !== 'c:volume_disclaimer') continue;
    // The masked greeting ("hi <name>") is a real feature but says nothing to a reader.
    if (key.includes('zname')) continue;
    if (top.length < room) top.push({ idx, d });
    else {
      let low = 0;
      for (let t = 1; t < top.length; t++) if ((top[t]?.d ?? 0) < (top[low]?.d ?? 0)) low = t;
      if (d > (top[low]?.d ?? 0)) top[low] = { idx, d };
    }
  }
  top.sort((a, b) => b.d - a.d || a.idx - b.idx);
  for (const t of top) reasons.push(`${describeFeature(m.keys[t.idx] ?? '')} (+${t.d.toFixed(2)})`);
  const hypo = p.cues.find((h) => h.hypothetical);
  if (hypo !== undefined && label !== 'rejection')
    reasons.push(`conditional wording ignored: "${hypo.phrase}"`);
  if (p.usedForwarded) reasons.push('judged by the forwarded message (the note above it is short)');
  else if (p.quoted.length > 0) reasons.push('quoted earlier messages were not used');
  if (reasons.length === 0)
    reasons.push(`no strong cue; the model's base rate favours ${label.replace('_', ' ')}`);
  return reasons;
}
