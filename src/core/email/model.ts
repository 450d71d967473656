// Scoring with a trained linear model: logits from sparse features, temperature-scaled softmax,
// and the explanation (cue phrases and strongest features) behind the winning label.
import type { CueHit } from './cues.js';
import { forEachFeature } from './features.js';
import type { PreparedEmail } from './features.js';
import { EMAIL_LABELS } from './types.js';
import type { ClassifierModel, EmailLabel } from './types.js';

const K = EMAIL_LABELS.length;

export interface CompiledModel {
  index: Map<string, Float64Array>;
  bias: Float64Array;
  temperature: number;
  /** Model column for each label in EMAIL_LABELS order. */
  columns: Int32Array;
}

const compiled = new WeakMap<ClassifierModel, CompiledModel>();

/** Validates a model object and builds its lookup table (cached per model object). */
export function compileModel(model: ClassifierModel): CompiledModel {
  const cached = compiled.get(model);
  if (cached !== undefined) return cached;
  if (model.features.length !== model.weights.length) throw new Error('model: features and weights differ in length');
  const columns = new Int32Array(K);
  EMAIL_LABELS.forEach((label, i) => {
    const col = model.labels.indexOf(label);
    if (col < 0) throw new Error(`model: label ${label} missing`);
    columns[i] = col;
  });
  const index = new Map<string, Float64Array>();
  model.features.forEach((f, i) => {
    const row = model.weights[i] ?? [];
    const out = new Float64Array(K);
    for (let k = 0; k < K; k++) out[k] = row[columns[k] ?? 0] ?? 0;
    index.set(f, out);
  });
  const bias = new Float64Array(K);
  for (let k = 0; k < K; k++) bias[k] = model.bias[columns[k] ?? 0] ?? 0;
  const temperature = model.temperature > 0 ? model.temperature : 1;
  const result: CompiledModel = { index, bias, temperature, columns };
  compiled.set(model, result);
  return result;
}

export interface Scored {
  logits: Float64Array;
  probs: Float64Array;
  best: number;
  /** Features that fired and are known to the model, with their value. */
  active: { key: string; value: number; row: Float64Array }[];
}

/** Raw logits (before temperature) and calibrated probabilities for a prepared email. */
export function score(m: CompiledModel, p: PreparedEmail, keepActive = false): Scored {
  const logits = Float64Array.from(m.bias);
  const active: Scored['active'] = [];
  forEachFeature(p, (key, value) => {
    const row = m.index.get(key);
    if (row === undefined) return;
    for (let k = 0; k < K; k++) logits[k] = (logits[k] ?? 0) + value * (row[k] ?? 0);
    if (keepActive) active.push({ key, value, row });
  });
  const probs = softmax(logits, m.temperature);
  let best = 0;
  for (let k = 1; k < K; k++) if ((probs[k] ?? 0) > (probs[best] ?? 0)) best = k;
  return { logits, probs, best, active };
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
  const body = key.slice(2).replace(/_/g, ' ').replace(/\bzurlz\b/g, '<link>').replace(/\bzemailz\b/g, '<email>').replace(/\bzname\b/g, '<name>');
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
  for (let k = 0; k < K; k++) if (k !== winner && (s.logits[k] ?? 0) > (s.logits[runnerUp] ?? 0)) runnerUp = k;
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
  const contrib = s.active
    .filter((a) => !a.key.startsWith('c:') || a.key === 'c:hypothetical' || a.key === 'c:volume_disclaimer')
    .map((a) => ({ key: a.key, d: a.value * ((a.row[winner] ?? 0) - (a.row[runnerUp] ?? 0)) }))
    .filter((a) => a.d > 0.05)
    .sort((a, b) => b.d - a.d || (a.key < b.key ? -1 : 1));
  for (const c of contrib) {
    if (reasons.length >= maxReasons - 1) break;
    reasons.push(`${describeFeature(c.key)} (+${c.d.toFixed(2)})`);
  }
  const hypo = p.cues.find((h) => h.hypothetical);
  if (hypo !== undefined && label !== 'rejection') reasons.push(`conditional wording ignored: "${hypo.phrase}"`);
  if (p.usedForwarded) reasons.push('judged by the forwarded message (the note above it is short)');
  else if (p.quoted.length > 0) reasons.push('quoted earlier messages were not used');
  if (reasons.length === 0) reasons.push(`no strong cue; the model's base rate favours ${label.replace('_', ' ')}`);
  return reasons;
}
