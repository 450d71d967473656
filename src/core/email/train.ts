// Training of the linear model: multinomial logistic regression over the features of features.ts,
// fitted by L-BFGS with per-feature L2 pulled toward the cue priors, then temperature-calibrated
// on out-of-fold predictions. Pure and deterministic: same examples → same model, bit for bit.
import { cuePriors } from './cues.js';
import { featuresOf, prepareEmail } from './features.js';
import { lbfgs } from './lbfgs.js';
import { compileModel, score, softmax } from './model.js';
import { EMAIL_LABELS } from './types.js';
import type { ClassifierModel, EmailInput, EmailLabel } from './types.js';

export interface TrainingExample {
  id: string;
  source: string;
  label: EmailLabel;
  input: EmailInput;
}

export interface TrainOptions {
  /** L2 strength on n-gram weights. */
  l2: number;
  /** L2 strength pulling cue and sender weights toward their priors. */
  cueL2: number;
  /** Keep an n-gram only if it occurs in at least this many training emails. */
  minDf: number;
  /** Extra L2 on n-grams seen in a single source: they tie the model to one inbox. */
  singleSourcePenalty: number;
  /** Each source's total weight grows as count^sourcePower (1 = plain, 0 = equal per source). */
  sourcePower: number;
  /** Each label's total weight grows as count^classPower. */
  classPower: number;
  maxIter: number;
  /** Folds for temperature calibration (0 = skip, temperature 1). */
  calibrationFolds: number;
  /** Drop features whose weights all lie within this of each other (keeps the file small). */
  pruneBelow: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  l2: 0.02,
  cueL2: 0.05,
  minDf: 2,
  singleSourcePenalty: 4,
  sourcePower: 0.5,
  classPower: 0.7,
  maxIter: 250,
  calibrationFolds: 5,
  pruneBelow: 0.02,
};

const K = EMAIL_LABELS.length;
const LABEL_INDEX = new Map<string, number>(EMAIL_LABELS.map((l, i) => [l, i]));

/** Stable 32-bit FNV-1a hash, for fold assignment. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function foldOf(id: string, folds: number): number {
  return hashString(id) % folds;
}

interface Matrix {
  rowStart: Int32Array;
  cols: Int32Array;
  vals: Float64Array;
  y: Int32Array;
  w: Float64Array;
}

function isAlwaysKept(key: string): boolean {
  return (
    key.startsWith('c:') || key.startsWith('f:') || key.startsWith('len:') || key.startsWith('x:')
  );
}

function sampleWeights(examples: readonly TrainingExample[], opts: TrainOptions): Float64Array {
  const bySource = new Map<string, number>();
  const byLabel = new Map<string, number>();
  for (const e of examples) {
    bySource.set(e.source, (bySource.get(e.source) ?? 0) + 1);
    byLabel.set(e.label, (byLabel.get(e.label) ?? 0) + 1);
  }
  const w = new Float64Array(examples.length);
  let sum = 0;
  examples.forEach((e, i) => {
    const ns = bySource.get(e.source) ?? 1;
    const nl = byLabel.get(e.label) ?? 1;
    const v = Math.pow(ns, opts.sourcePower - 1) * Math.pow(nl, opts.classPower - 1);
    w[i] = v;
    sum += v;
  });
  const scale = examples.length / sum;
  for (let i = 0; i < w.length; i++) w[i] = (w[i] ?? 0) * scale;
  return w;
}

/** Objective value and gradient of weighted cross-entropy plus centred L2. */
function objective(
  params: Float64Array,
  grad: Float64Array,
  X: Matrix,
  F: number,
  lambda: Float64Array,
  prior: Float64Array,
): number {
  grad.fill(0);
  const biasOff = F * K;
  const n = X.y.length;
  let loss = 0;
  let wsum = 0;
  const z = new Float64Array(K);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < K; k++) z[k] = params[biasOff + k] ?? 0;
    const a = X.rowStart[i] ?? 0;
    const b = X.rowStart[i + 1] ?? 0;
    for (let j = a; j < b; j++) {
      const f = (X.cols[j] ?? 0) * K;
      const v = X.vals[j] ?? 0;
      for (let k = 0; k < K; k++) z[k] = (z[k] ?? 0) + v * (params[f + k] ?? 0);
    }
    let max = -Infinity;
    for (let k = 0; k < K; k++) max = Math.max(max, z[k] ?? 0);
    let sum = 0;
    for (let k = 0; k < K; k++) {
      const e = Math.exp((z[k] ?? 0) - max);
      z[k] = e;
      sum += e;
    }
    const yi = X.y[i] ?? 0;
    const wi = X.w[i] ?? 1;
    wsum += wi;
    loss -= wi * Math.log((z[yi] ?? 0) / sum + 1e-300);
    for (let k = 0; k < K; k++) {
      const g = wi * ((z[k] ?? 0) / sum - (k === yi ? 1 : 0));
      z[k] = g;
      grad[biasOff + k] = (grad[biasOff + k] ?? 0) + g;
    }
    for (let j = a; j < b; j++) {
      const f = (X.cols[j] ?? 0) * K;
      const v = X.vals[j] ?? 0;
      for (let k = 0; k < K; k++) grad[f + k] = (grad[f + k] ?? 0) + v * (z[k] ?? 0);
    }
  }
  const inv = 1 / wsum;
  loss *= inv;
  for (let p = 0; p < biasOff + K; p++) grad[p] = (grad[p] ?? 0) * inv;
  for (let f = 0; f < F; f++) {
    const lam = lambda[f] ?? 0;
    for (let k = 0; k < K; k++) {
      const p = f * K + k;
      const d = (params[p] ?? 0) - (prior[p] ?? 0);
      loss += 0.5 * lam * d * d;
      grad[p] = (grad[p] ?? 0) + lam * d;
    }
  }
  return loss;
}

interface Fitted {
  features: string[];
  weights: Float64Array;
  bias: Float64Array;
}

function fitWeights(examples: readonly TrainingExample[], opts: TrainOptions): Fitted {
  const prepared = examples.map((e) => featuresOf(prepareEmail(e.input)));
  const df = new Map<string, number>();
  const sources = new Map<string, Set<string>>();
  prepared.forEach((fv, i) => {
    const src = examples[i]?.source ?? '';
    for (const k of fv.keys) {
      df.set(k, (df.get(k) ?? 0) + 1);
      let set = sources.get(k);
      if (set === undefined) {
        set = new Set();
        sources.set(k, set);
      }
      set.add(src);
    }
  });
  const priors = cuePriors();
  const vocab = new Set<string>();
  for (const [k, n] of df) if (isAlwaysKept(k) || n >= opts.minDf) vocab.add(k);
  for (const p of priors) vocab.add(p.feature);
  const features = [...vocab].sort();
  const F = features.length;
  const fIndex = new Map<string, number>(features.map((f, i) => [f, i]));

  const rowStart = new Int32Array(examples.length + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  prepared.forEach((fv, i) => {
    fv.keys.forEach((k, j) => {
      const idx = fIndex.get(k);
      if (idx === undefined) return;
      cols.push(idx);
      vals.push(fv.values[j] ?? 1);
    });
    rowStart[i + 1] = cols.length;
  });
  const X: Matrix = {
    rowStart,
    cols: Int32Array.from(cols),
    vals: Float64Array.from(vals),
    y: Int32Array.from(examples.map((e) => LABEL_INDEX.get(e.label) ?? K - 1)),
    w: sampleWeights(examples, opts),
  };

  const lambda = new Float64Array(F);
  const prior = new Float64Array(F * K);
  const priorByFeature = new Map(priors.map((p) => [p.feature, p]));
  features.forEach((f, i) => {
    const p = priorByFeature.get(f);
    if (p !== undefined) {
      lambda[i] = opts.cueL2;
      const col = LABEL_INDEX.get(p.label) ?? 0;
      // Centre the prior so it shifts one label up without moving the rest.
      for (let k = 0; k < K; k++)
        prior[i * K + k] = k === col ? p.prior * (1 - 1 / K) : -p.prior / K;
    } else if (isAlwaysKept(f)) {
      lambda[i] = opts.cueL2;
    } else {
      const nSources = sources.get(f)?.size ?? 1;
      lambda[i] = opts.l2 * (nSources <= 1 ? opts.singleSourcePenalty : 1);
    }
  });

  const params = new Float64Array(F * K + K);
  params.set(prior);
  lbfgs((x, g) => objective(x, g, X, F, lambda, prior), params, opts.maxIter);
  return { features, weights: params.subarray(0, F * K), bias: params.subarray(F * K) };
}

function round(v: number): number {
  const r = Math.round(v * 1000) / 1000;
  return Object.is(r, -0) ? 0 : r;
}

function toModel(
  fit: Fitted,
  temperature: number,
  opts: TrainOptions,
  meta: Record<string, unknown>,
): ClassifierModel {
  const features: string[] = [];
  const weights: number[][] = [];
  fit.features.forEach((f, i) => {
    const row: number[] = [];
    let lo = Infinity;
    let hi = -Infinity;
    for (let k = 0; k < K; k++) {
      const v = round(fit.weights[i * K + k] ?? 0);
      row.push(v);
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    if (hi - lo < opts.pruneBelow && !f.startsWith('c:')) return;
    features.push(f);
    weights.push(row);
  });
  const bias = Array.from(fit.bias, round);
  return {
    version: 1,
    labels: [...EMAIL_LABELS],
    temperature: Math.round(temperature * 1000) / 1000,
    bias,
    features,
    weights,
    meta,
  };
}

/** Negative log-likelihood of out-of-fold logits at a temperature. */
function nll(logits: readonly Float64Array[], y: readonly number[], t: number): number {
  let s = 0;
  logits.forEach((z, i) => {
    const p = softmax(z, t);
    s -= Math.log((p[y[i] ?? 0] ?? 0) + 1e-12);
  });
  return s / Math.max(1, logits.length);
}

/** The temperature minimising held-out NLL (golden-section search on log T). */
export function fitTemperature(logits: readonly Float64Array[], y: readonly number[]): number {
  if (logits.length === 0) return 1;
  let a = Math.log(0.1);
  let b = Math.log(10);
  const phi = (Math.sqrt(5) - 1) / 2;
  let c = b - phi * (b - a);
  let d = a + phi * (b - a);
  let fc = nll(logits, y, Math.exp(c));
  let fd = nll(logits, y, Math.exp(d));
  for (let i = 0; i < 60; i++) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - phi * (b - a);
      fc = nll(logits, y, Math.exp(c));
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + phi * (b - a);
      fd = nll(logits, y, Math.exp(d));
    }
  }
  return Math.exp((a + b) / 2);
}

/** Trains a model; calibration folds are assigned by a hash of each example id. */
export function trainModel(
  examples: readonly TrainingExample[],
  options: Partial<TrainOptions> = {},
  meta: Record<string, unknown> = {},
): ClassifierModel {
  const opts: TrainOptions = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const fit = fitWeights(examples, opts);
  let temperature = 1;
  if (opts.calibrationFolds > 1 && examples.length >= opts.calibrationFolds * 4) {
    const oofLogits: Float64Array[] = [];
    const oofY: number[] = [];
    for (let fold = 0; fold < opts.calibrationFolds; fold++) {
      const train = examples.filter((e) => foldOf(e.id, opts.calibrationFolds) !== fold);
      const held = examples.filter((e) => foldOf(e.id, opts.calibrationFolds) === fold);
      if (held.length === 0) continue;
      const sub = toModel(fitWeights(train, opts), 1, opts, {});
      const cm = compileModel(sub);
      for (const e of held) {
        oofLogits.push(score(cm, prepareEmail(e.input)).logits);
        oofY.push(LABEL_INDEX.get(e.label) ?? K - 1);
      }
    }
    temperature = fitTemperature(oofLogits, oofY);
  }
  return toModel(fit, temperature, opts, meta);
}

/** Serialises a model with one feature per line: stable bytes and readable diffs. */
export function serializeModel(model: ClassifierModel): string {
  const lines: string[] = [];
  lines.push('{');
  lines.push(`"version": ${model.version},`);
  lines.push(`"labels": ${JSON.stringify(model.labels)},`);
  lines.push(`"temperature": ${model.temperature},`);
  lines.push(`"bias": ${JSON.stringify(model.bias)},`);
  lines.push(`"meta": ${JSON.stringify(model.meta ?? {})},`);
  lines.push('"features": [');
  model.features.forEach((f, i) =>
    lines.push(`${JSON.stringify(f)}${i + 1 < model.features.length ? ',' : ''}`),
  );
  lines.push('],');
  lines.push('"weights": [');
  model.weights.forEach((w, i) =>
    lines.push(`${JSON.stringify(w)}${i + 1 < model.weights.length ? ',' : ''}`),
  );
  lines.push(']');
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
