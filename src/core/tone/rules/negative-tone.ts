// R9 negative tone: raw hurt or anger across the message, even when no single phrase crosses a
// line. Generic sentiment scores rejection wording as neutral, so this lexicon leads and a
// sentiment score (when the full pipeline ran) only adds weight.
import type { RawFinding, ToneDoc } from '../doc.js';
import type { Span } from '../text.js';
import { NEGATED_CLAUSE, SELF_BEFORE } from './fragments.js';

const WEIGHTS: Readonly<Record<string, number>> = {
  devastated: 3,
  devastating: 3,
  crushed: 3,
  crushing: 3,
  heartbroken: 3,
  humiliated: 3,
  humiliating: 3,
  furious: 3,
  livid: 3,
  outraged: 3,
  enraged: 3,
  disgusted: 3,
  appalled: 3,
  miserable: 3,
  hopeless: 3,
  pointless: 3,
  betrayed: 3,
  bitter: 3,
  angry: 3,
  seething: 3,
  fuming: 3,
  infuriated: 3,
  infuriating: 3,
  insulted: 3,
  sickened: 3,
  traumatised: 3,
  traumatized: 3,
  traumatic: 3,
  demoralised: 3,
  demoralized: 3,
  demoralising: 3,
  demoralizing: 3,
  destroyed: 3,
  gutted: 3,
  shattered: 3,
  awful: 3,
  terrible: 3,
  horrible: 3,
  dreadful: 3,
  worst: 3,
  mortified: 3,
  despair: 3,
  resentful: 3,
  ruined: 3,
  heartbreaking: 3,
  cried: 2,
  crying: 2,
  tears: 2,
  sick: 2,
  badly: 1,
  // Grievance words: hurt aimed outward. They matter when no named rule explains the mood.
  biased: 2,
  bias: 2,
  illegal: 3,
  unlawful: 3,
  contempt: 3,
  disrespectful: 3,
  disrespected: 3,
  wasted: 2,
  lied: 3,
  cheated: 3,
  exploited: 3,
  exploitative: 3,
  ignored: 2,
  ghosted: 2,
  rude: 2,
  insulting: 3,
  unprofessional: 3,
  incompetent: 3,
  worthless: 3,
  useless: 3,
  unacceptable: 3,
  upset: 2,
  frustrated: 2,
  frustrating: 2,
  hurt: 2,
  hurtful: 2,
  shocked: 2,
  annoyed: 2,
  irritated: 2,
  angered: 2,
  unfair: 2,
  embarrassed: 2,
  embarrassing: 2,
  ashamed: 2,
  depressed: 2,
  depressing: 2,
  distraught: 2,
  blindsided: 2,
  struggling: 2,
  rattled: 2,
  disheartened: 2,
  discouraged: 2,
  baffled: 2,
  stunned: 2,
  disappointed: 1,
  disappointing: 1,
  sad: 1,
  unfortunate: 1,
  down: 1,
  low: 1,
  stings: 1,
  bummed: 1,
  discouraging: 1,
  confused: 1,
};

const PHRASES: readonly [RegExp, number][] = [
  [/\b(?:see|what's|what is) the point\b/gi, 3],
  [/\b(?:sick|tired) of\b/gi, 2],
  [/\bfed up\b/gi, 2],
  [/\blet down\b/gi, 2],
  [/\bgive up\b/gi, 2],
  [/\bnever again\b/gi, 2],
  [/\bbad taste\b/gi, 2],
  [/\bin tears\b/gi, 2],
  [/\bpick myself (?:back )?up\b/gi, 2],
  [/\bdon't know how to (?:cope|go on|move on|carry on)\b/gi, 2],
  [/\bsick to my stomach\b/gi, 2],
  [/\bcan't (?:stop thinking|think straight|sleep|eat)\b/gi, 2],
  [/\bconfidence (?:is |has been )?(?:destroyed|shot|gone|shattered|crushed)\b/gi, 2],
  [/\bfeel(?:ing)? (?:awful|terrible|sick|worthless|stupid|like a failure)\b/gi, 1],
  [
    /\b(?:feel|feeling|felt|I'm|I am) (?:so |completely |totally |utterly |just )?(?:broken|wrecked|defeated|empty|numb)\b/gi,
    3,
  ],
  [/\bwhat (?:did )?I (?:did|do|have done) to deserve\b/gi, 2],
  [
    /\b(?:cried|crying|sobbed|sobbing|in tears) (?:all|for|the whole|most of the) (?:afternoon|day|night|morning|evening|week|hours|weekend)\b/gi,
    2,
  ],
];

const INTENSIFIER =
  /\b(?:very|really|so|extremely|deeply|incredibly|honestly|truly|completely|utterly|absolutely|totally|beyond|quite|seriously|genuinely)\s+$/i;
const DIMINISHER =
  /\b(?:a little|a bit|slightly|somewhat|kind of|a touch|naturally|of course|bit|little)\s+(?:\w+\s+)?$/i;
const NEGATION = /\b(?:not|never|no|without|n't)\b(?:\s+\w+){0,2}\s+$|n't\s+(?:\w+\s+){0,2}$/i;
// "…, but I understand" takes the edge off what came before it.
const SOFTENER =
  /\b(?:but|though|although|still)\b[^.?!]{0,30}\b(?:understand|appreciate|grateful|thank|glad)/i;
// "down" and "low" count only when they describe a feeling.
const MOOD_ONLY = new Set(['down', 'low']);
const MOOD_BEFORE = /\b(?:feel|feeling|felt|i'm|i am|pretty|so|bit|little)\s+$/i;

export const NEGATIVE_THRESHOLD = 3;

// Words that judge someone's conduct: about the writer themself, they are not a grievance.
const OUTWARD = new Set([
  'unprofessional',
  'incompetent',
  'rude',
  'disrespectful',
  'useless',
  'insulting',
  'embarrassing',
  'unacceptable',
]);

// Anger this strong is worth a second look even with "but I appreciate…" after it.
const RAGE = new Set([
  'furious',
  'livid',
  'outraged',
  'enraged',
  'seething',
  'fuming',
  'disgusted',
  'appalled',
  'infuriated',
]);
// "I won't pretend I'm not furious" says the feeling, it does not deny it.
const ADMITTED = /\bpretend (?:that )?(?:I'm|I am) not\s+(?:\w+\s+)?$/i;

// "I'm gutted. But thank you for everything": gratitude right after softens the sentence before.
const NEXT_SOFTENS =
  /^(?:but|still|that said|even so|however|anyway|and yet|nonetheless|regardless),?\s[^.?!]{0,60}\b(?:thank|grateful|appreciate|glad|understand|respect)/i;

function scoreSentence(norm: string, s: Span, next?: Span): number {
  const text = norm.slice(s.start, s.end);
  let score = 0;
  let rage = 0;
  for (const m of text.matchAll(/[a-z']+/gi)) {
    const word = m[0].toLowerCase();
    const weight = WEIGHTS[word];
    if (weight === undefined) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (MOOD_ONLY.has(word) && !MOOD_BEFORE.test(before)) continue;
    if (NEGATION.test(before) && !ADMITTED.test(before)) continue;
    // "I felt so unprofessional": judging yourself, not them; it is not anger at anyone.
    if (OUTWARD.has(word) && (SELF_BEFORE.test(before) || NEGATED_CLAUSE.test(text))) continue;
    let w = weight;
    if (INTENSIFIER.test(before)) w *= 1.5;
    else if (DIMINISHER.test(before)) w *= 0.5;
    if (RAGE.has(word)) rage += w;
    else score += w;
  }
  for (const [re, weight] of PHRASES) {
    for (const _ of text.matchAll(re)) score += weight;
  }
  if (SOFTENER.test(text) || (next && NEXT_SOFTENS.test(norm.slice(next.start, next.end)))) {
    score *= 0.5;
  }
  return score + rage;
}

export interface SentimentHint {
  /** Summed polarity of each sentence from a general sentiment lexicon, by sentence start. */
  polarityByStart: ReadonlyMap<number, number>;
}

/** Our own lexicon's score for each sentence. */
export function sentenceScores(doc: ToneDoc): { span: Span; score: number }[] {
  return doc.sentences.map((span, i) => ({
    span,
    score: scoreSentence(doc.norm, span, doc.sentences[i + 1]),
  }));
}

function negativeScores(doc: ToneDoc, hint?: SentimentHint): { span: Span; score: number }[] {
  return sentenceScores(doc).map(({ span, score: own }) => {
    let score = own;
    const polarity = hint?.polarityByStart.get(span.start);
    // A general lexicon only adds weight where our own already sees hurt.
    if (score > 0 && polarity !== undefined && polarity < 0) score += Math.min(2, -polarity / 4);
    return { span, score };
  });
}

export function detectNegativeTone(doc: ToneDoc, hint?: SentimentHint): RawFinding[] {
  const scores = negativeScores(doc, hint);
  const total = scores.reduce((n, s) => n + s.score, 0);
  if (total < NEGATIVE_THRESHOLD) return [];
  const worst = scores.reduce((a, b) => (b.score > a.score ? b : a));
  return [
    {
      rule: 'negative_tone',
      severity: 'warning',
      start: worst.span.start,
      end: worst.span.end,
      explanation:
        "It's completely understandable to feel this; a note written from a calmer moment will leave a better last impression.",
      alternative: 'I was sorry to hear the news, and I appreciate you letting me know.',
    },
  ];
}
