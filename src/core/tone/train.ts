// Training for the tone backstop (see model.ts): logistic regression over sentence features with
// a soft maximum over each message's sentences, fitted by full-batch Adam from zero weights, so the
// same messages always give the same model. Cross-validation picks the regularisation and the
// threshold that keeps false alarms on fine messages at or under a target.
import { makeDoc } from './doc.js';
import { hasContent, messageContext, sentenceFeatures } from './features.js';
import { softMax } from './model.js';
import type { ToneModel } from './model.js';
import type { ToneKind } from './types.js';

export interface TrainingMessage {
  id: string;
  text: string;
  kind: ToneKind;
  burning: boolean;
  /** Counted for training but never for choosing the threshold (drafts, variants). */
  trainOnly?: boolean;
  /** Variants of one message share a group, so cross-validation never splits them. */
  group?: string;
  /** How much this example counts, relative to others of its class (default 1). */
  weight?: number;
}

export interface TrainOptions {
  lambda: number;
  epochs: number;
  learningRate: number;
  beta: number;
  /** A feature must appear in at least this many messages to get a weight. */
  minCount: number;
}

export const DEFAULT_TRAIN: TrainOptions = {
  lambda: 1e-3,
  epochs: 300,
  learningRate: 0.05,
  beta: 4,
  minCount: 3,
};

interface SparseRow {
  idx: Int32Array;
  val: Float64Array;
}

interface Prepared {
  message: TrainingMessage;
  names: Map<string, number>[];
}

export interface Vectorised {
  message: TrainingMessage;
  sentences: SparseRow[];
}

export function prepare(messages: readonly TrainingMessage[]): Prepared[] {
  return messages.map((message) => {
    const doc = makeDoc(message.text, { kind: message.kind });
    const ctx = messageContext(doc);
    const spans = doc.sentences.filter((s) => hasContent(doc.norm, s));
    return { message, names: spans.map((s) => sentenceFeatures(doc, s, ctx)) };
  });
}

/** Features seen in at least `minCount` messages (dense counts always kept), sorted. */
export function vocabulary(prepared: readonly Prepared[], minCount: number): string[] {
  const df = new Map<string, number>();
  for (const p of prepared) {
    const seen = new Set<string>();
    for (const f of p.names) for (const k of f.keys()) seen.add(k);
    for (const k of seen) df.set(k, (df.get(k) ?? 0) + 1);
  }
  return [...df]
    .filter(([k, n]) => n >= minCount || k.startsWith('d|'))
    .map(([k]) => k)
    .sort();
}

export function vectorise(prepared: readonly Prepared[], vocab: readonly string[]): Vectorised[] {
  const index = new Map(vocab.map((k, i) => [k, i]));
  return prepared.map((p) => ({
    message: p.message,
    sentences: p.names.map((f) => {
      const pairs = [...f].filter(([k]) => index.has(k)).map(([k, v]) => [index.get(k)!, v]);
      pairs.sort((a, b) => a[0]! - b[0]!);
      return {
        idx: Int32Array.from(pairs.map((x) => x[0]!)),
        val: Float64Array.from(pairs.map((x) => x[1]!)),
      };
    }),
  }));
}

export interface Fitted {
  bias: number;
  weights: Float64Array;
}

function dot(w: Float64Array, row: SparseRow): number {
  let z = 0;
  for (let j = 0; j < row.idx.length; j++) z += w[row.idx[j]!]! * row.val[j]!;
  return z;
}

/** Pooled log-odds of one message. */
export function pooled(fit: Fitted, v: Vectorised, beta: number): number {
  if (v.sentences.length === 0) return fit.bias;
  return softMax(
    v.sentences.map((s) => fit.bias + dot(fit.weights, s)),
    beta,
  );
}

export function fit(data: readonly Vectorised[], dims: number, opts: TrainOptions): Fitted {
  const w = new Float64Array(dims);
  let b = 0;
  const m = new Float64Array(dims);
  const v = new Float64Array(dims);
  let mb = 0;
  let vb = 0;
  let burning = 0;
  let fine = 0;
  for (const d of data) {
    if (d.message.burning) burning += d.message.weight ?? 1;
    else fine += d.message.weight ?? 1;
  }
  // Both classes weigh the same in total, however many examples each has.
  const cw = (y: boolean): number => (burning + fine) / (2 * Math.max(1, y ? burning : fine));
  const grad = new Float64Array(dims);
  const b1 = 0.9;
  const b2 = 0.999;
  const eps = 1e-8;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    grad.fill(0);
    let gb = 0;
    for (const d of data) {
      if (d.sentences.length === 0) continue;
      const zs = d.sentences.map((s) => b + dot(w, s));
      const pool = softMax(zs, opts.beta);
      const p = 1 / (1 + Math.exp(-pool));
      const g = (p - (d.message.burning ? 1 : 0)) * cw(d.message.burning) * (d.message.weight ?? 1);
      gb += g;
      // d pool / d z_i is the softmax share of sentence i.
      d.sentences.forEach((s, i) => {
        const share = Math.exp(opts.beta * (zs[i]! - pool));
        const gs = g * share;
        for (let j = 0; j < s.idx.length; j++) grad[s.idx[j]!]! += gs * s.val[j]!;
      });
    }
    const n = data.length;
    const c1 = 1 - b1 ** epoch;
    const c2 = 1 - b2 ** epoch;
    for (let k = 0; k < dims; k++) {
      const gk = grad[k]! / n + opts.lambda * w[k]!;
      m[k] = b1 * m[k]! + (1 - b1) * gk;
      v[k] = b2 * v[k]! + (1 - b2) * gk * gk;
      w[k] = w[k]! - (opts.learningRate * (m[k]! / c1)) / (Math.sqrt(v[k]! / c2) + eps);
    }
    const gbn = gb / n;
    mb = b1 * mb + (1 - b1) * gbn;
    vb = b2 * vb + (1 - b2) * gbn * gbn;
    b -= (opts.learningRate * (mb / c1)) / (Math.sqrt(vb / c2) + eps);
  }
  return { bias: b, weights: w };
}

/** Deterministic stratified folds over groups: each class sorted by group, dealt round-robin. */
export function folds(messages: readonly TrainingMessage[], k: number): number[] {
  const groupOf = (m: TrainingMessage): string => m.group ?? m.id;
  const groups = new Map<string, boolean>();
  for (const m of messages) {
    const g = groupOf(m);
    // A group takes the label of its first (original) message.
    if (!groups.has(g)) groups.set(g, m.burning);
  }
  const foldOf = new Map<string, number>();
  for (const cls of [true, false]) {
    const ids = [...groups]
      .filter(([, b]) => b === cls)
      .map(([g]) => g)
      .sort();
    ids.forEach((g, j) => foldOf.set(g, j % k));
  }
  return messages.map((m) => foldOf.get(groupOf(m)) ?? 0);
}

export interface CrossValidation {
  lambda: number;
  /** Out-of-fold log-odds per message, in input order. */
  scores: number[];
  threshold: number;
  /** Out-of-fold shares at that threshold, over messages that count for the threshold. */
  recall: number;
  fineFlagged: number;
}

/** The log-odds cut that flags at most `maxFine` of the fine messages' out-of-fold scores. */
export function thresholdFor(fineScores: readonly number[], maxFine: number): number {
  const sorted = [...fineScores].sort((a, b) => b - a);
  const allowed = Math.floor(maxFine * sorted.length);
  return sorted[allowed] ?? -Infinity;
}

export function crossValidate(
  messages: readonly TrainingMessage[],
  opts: TrainOptions,
  k: number,
  maxFine: number,
): CrossValidation {
  const prepared = prepare(messages);
  const fold = folds(messages, k);
  const scores = new Array<number>(messages.length).fill(0);
  for (let f = 0; f < k; f++) {
    const trainIdx = prepared.map((_, i) => i).filter((i) => fold[i] !== f);
    const train = trainIdx.map((i) => prepared[i]!);
    const vocab = vocabulary(train, opts.minCount);
    const fitted = fit(vectorise(train, vocab), vocab.length, opts);
    const testIdx = prepared.map((_, i) => i).filter((i) => fold[i] === f);
    const test = vectorise(
      testIdx.map((i) => prepared[i]!),
      vocab,
    );
    test.forEach((v, j) => {
      scores[testIdx[j]!] = pooled(fitted, v, opts.beta);
    });
  }
  const counted = messages.map((m, i) => ({ m, s: scores[i]! })).filter(({ m }) => !m.trainOnly);
  const fineScores = counted.filter(({ m }) => !m.burning).map(({ s }) => s);
  const threshold = thresholdFor(fineScores, maxFine);
  const burning = counted.filter(({ m }) => m.burning);
  return {
    lambda: opts.lambda,
    scores,
    threshold,
    recall: burning.filter(({ s }) => s > threshold).length / Math.max(1, burning.length),
    fineFlagged: fineScores.filter((s) => s > threshold).length / Math.max(1, fineScores.length),
  };
}

const round = (x: number, places: number): number => {
  const f = 10 ** places;
  return Math.round(x * f) / f;
};

/** Fits on every message and packs the model with the given log-odds threshold. */
export function trainModel(
  messages: readonly TrainingMessage[],
  opts: TrainOptions,
  thresholdLogOdds: number,
  meta: Record<string, unknown>,
): ToneModel {
  const prepared = prepare(messages);
  const vocab = vocabulary(prepared, opts.minCount);
  const fitted = fit(vectorise(prepared, vocab), vocab.length, opts);
  const weights: Record<string, number> = {};
  vocab.forEach((k, i) => {
    const w = round(fitted.weights[i]!, 3);
    if (w !== 0) weights[k] = w;
  });
  return {
    version: 1,
    beta: opts.beta,
    bias: round(fitted.bias, 4),
    threshold: round(1 / (1 + Math.exp(-thresholdLogOdds)), 4),
    weights,
    meta,
  };
}
