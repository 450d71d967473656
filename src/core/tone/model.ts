// The trained backstop of the tone check (R9). Phrase rules catch what someone thought to write
// down; this catches the rest: a small logistic-regression model, trained by
// scripts/train-tone.ts on the project's labelled messages, that has learned which words, word
// pieces and habits (lots of "you", contempt words, praise next to a grievance, capitals) tend
// to come with messages that cost the relationship.
//
// It scores each sentence, and a message is only as safe as its sharpest sentence (a soft
// maximum over sentences), so polite wrapping around one harsh line does not hide it. When the
// score is past the threshold chosen by cross-validation, it points at that sentence.
import type { Detector, RawFinding, ToneDoc } from './doc.js';
import {
  hasContent,
  messageContext,
  sentenceFeatures,
  sentenceParts,
  wordPieces,
} from './features.js';
import type { Features, MessageContext } from './features.js';
import committed from './model.json' with { type: 'json' };
import type { Span } from './text.js';
import type { ToneKind } from './types.js';

export interface ToneModel {
  version: 1;
  /** Sharpness of the soft maximum over sentences. */
  beta: number;
  bias: number;
  /** A message is flagged when its probability is above this. */
  threshold: number;
  /** Feature name to weight; features not listed weigh nothing. */
  weights: Record<string, number>;
  /** What it was trained on and how it did in cross-validation (counts only, never text). */
  meta: Record<string, unknown>;
}

export const TONE_MODEL: ToneModel = committed as ToneModel;

export interface SentenceScore {
  index: number;
  /** Log-odds the sentence contributes (bias included). */
  z: number;
}

export interface ModelScore {
  probability: number;
  /** Index into doc.sentences of the sentence that weighs most. */
  sharpest: number;
  sentences: SentenceScore[];
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** Soft maximum: close to the largest value, but every value counts a little. */
export function softMax(zs: readonly number[], beta: number): number {
  if (zs.length === 0) return -Infinity;
  const top = Math.max(...zs);
  let sum = 0;
  for (const z of zs) sum += Math.exp(beta * (z - top));
  return top + Math.log(sum) / beta;
}

export function linear(model: ToneModel, f: Features): number {
  let z = model.bias;
  for (const [name, value] of f) z += (model.weights[name] ?? 0) * value;
  return z;
}

interface Compiled {
  /** Weights split by feature group, keyed without the group prefix. */
  groups: Map<string, Map<string, number>>;
  /** Per word: the summed weight of its pieces and how many pieces it has. */
  pieceCache: Map<string, { sum: number; count: number }>;
}

const compiled = new WeakMap<ToneModel, Compiled>();
const EMPTY = new Map<string, number>();

function compile(model: ToneModel): Compiled {
  let c = compiled.get(model);
  if (!c) {
    const groups = new Map<string, Map<string, number>>();
    for (const [name, w] of Object.entries(model.weights)) {
      const bar = name.indexOf('|');
      const g = name.slice(0, bar);
      let m = groups.get(g);
      if (!m) groups.set(g, (m = new Map<string, number>()));
      m.set(name.slice(bar + 1), w);
    }
    c = { groups, pieceCache: new Map() };
    compiled.set(model, c);
  }
  return c;
}

/** Same value as `linear(model, sentenceFeatures(…))`, without building every feature. */
export function sentenceLogOdds(
  model: ToneModel,
  doc: ToneDoc,
  span: Span,
  ctx: MessageContext,
): number {
  const { groups, pieceCache } = compile(model);
  const parts = sentenceParts(doc, span, ctx);
  let z = model.bias;
  const unit = (weights: Map<string, number>, set: Set<string>): void => {
    if (set.size === 0) return;
    let sum = 0;
    for (const x of set) sum += weights.get(x) ?? 0;
    z += sum / Math.sqrt(set.size);
  };
  unit(groups.get('w') ?? EMPTY, parts.uni);
  unit(groups.get('b') ?? EMPTY, parts.bi);
  const pieceWeights = groups.get('c') ?? EMPTY;
  let sum = 0;
  let total = 0;
  for (const w of parts.words) {
    let hit = pieceCache.get(w);
    if (!hit) {
      const ps = wordPieces(w);
      let s = 0;
      for (const p of ps) s += pieceWeights.get(p) ?? 0;
      hit = { sum: s, count: ps.length };
      if (pieceCache.size > 50_000) pieceCache.clear();
      pieceCache.set(w, hit);
    }
    sum += hit.sum;
    total += hit.count;
  }
  if (total > 0) z += sum / Math.sqrt(total);
  const dense = groups.get('d') ?? EMPTY;
  for (const [k, v] of parts.dense) z += (dense.get(k.slice(2)) ?? 0) * v;
  return z;
}

export function scoreDoc(doc: ToneDoc, model: ToneModel = TONE_MODEL): ModelScore | null {
  const ctx = messageContext(doc);
  const sentences = doc.sentences
    .map((span, index) => ({ span, index }))
    .filter(({ span }) => hasContent(doc.norm, span))
    .map(({ span, index }) => ({ index, z: sentenceLogOdds(model, doc, span, ctx) }));
  if (sentences.length === 0) return null;
  const zs = sentences.map((s) => s.z);
  const sharpest = sentences.reduce((a, b) => (b.z > a.z ? b : a)).index;
  return { probability: sigmoid(softMax(zs, model.beta)), sharpest, sentences };
}

// Words too common, or too much a part of any job message, to name as the reason.
const PLAIN = new Set(
  (
    'a an the and or but so to of in on at for with from by is are was were be been it this that i me my we our you your they them he she his her its as if then than not no do did does just have has had will would can could should ' +
    "i'm i've i'd i'll you're you've you'd you'll it's that's there their there's what who how when why which " +
    'recruiter recruiters interviewer interviewers panel team company hiring manager managers process role job position interview interviews application applications email emails message messages candidate candidates applicant applicants hr decision feedback time'
  ).split(' '),
);

/** The words of a sentence that pushed its score up most, strongest first. */
export function heaviestWords(
  doc: ToneDoc,
  sentence: number,
  model: ToneModel = TONE_MODEL,
  limit = 2,
): string[] {
  const span = doc.sentences[sentence];
  if (!span) return [];
  const ctx = messageContext(doc);
  const f = sentenceFeatures(doc, span, ctx);
  const parts = sentenceParts(doc, span, ctx);
  const weight = (name: string): number => (model.weights[name] ?? 0) * (f.get(name) ?? 0);
  const best = new Map<string, number>();
  const toks = parts.toks;
  toks.forEach((k, i) => {
    if (k.t === '!' || k.t === '?' || PLAIN.has(k.t) || k.t.length < 3) return;
    let c = weight(`w|${k.t}`) + weight(`w|not_${k.t}`);
    for (const p of wordPieces(k.t)) c += weight(`c|${p}`);
    const prev = toks[i - 1]?.t ?? '<s>';
    const next = toks[i + 1]?.t ?? '</s>';
    c += 0.5 * (weight(`b|${prev} ${k.t}`) + weight(`b|${k.t} ${next}`));
    const word = doc.text.slice(k.start, k.end);
    if (c > (best.get(word) ?? 0)) best.set(word, c);
  });
  return [...best]
    .filter(([, c]) => c > 0.3)
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([w]) => w);
}

// A calmer line that fits where the message is going.
const CALMER: Readonly<Record<ToneKind, string>> = {
  thank_you: 'Thank you for letting me know, and for the time you and the team gave me.',
  feedback_request: "If you're able to share anything I could work on, I'd be grateful.",
  escalate: "If you could spare one suggestion for me, I'd be grateful. Either way, thank you.",
  connect: "It was good to meet you, and I'd be glad to stay in touch.",
  touch_base: 'I hope things are going well for you and the team.',
  follow_up: "I wanted to check in on my application. I'm still very interested.",
  support: 'Could we talk this week? I could use a friendly ear.',
  other: "Thank you for letting me know. I'd be glad to stay in touch.",
};

export function calmerFor(kind: ToneKind): string {
  return CALMER[kind];
}

export function explainModel(words: readonly string[]): string {
  const because =
    words.length === 2
      ? ` It's mostly the words "${words[0]}" and "${words[1]}".`
      : words.length === 1
        ? ` It's mostly the word "${words[0]}".`
        : '';
  return `This line may land harder than you mean it to; notes worded like it tend to close doors.${because}`;
}

/** The backstop as a rule: one finding on the sharpest sentence, or none. */
export function modelDetector(model: ToneModel = TONE_MODEL): Detector {
  return (doc: ToneDoc): RawFinding[] => {
    if (doc.kind === 'support') return [];
    const s = scoreDoc(doc, model);
    if (!s || s.probability <= model.threshold) return [];
    const span = doc.sentences[s.sharpest];
    if (!span) return [];
    return [
      {
        rule: 'negative_tone',
        severity: 'warning',
        start: span.start,
        end: span.end,
        explanation: explainModel(heaviestWords(doc, s.sharpest, model)),
        alternative: calmerFor(doc.kind),
      },
    ];
  };
}

export const detectOverall: Detector = modelDetector();
