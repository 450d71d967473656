// The trained backstop of R9: same answer by either scoring path, the sharpest sentence found,
// notes to friends left alone, calm alternatives that pass, and training that repeats exactly.
import { describe, expect, it } from 'vitest';
import { makeDoc } from './doc.js';
import { hasContent, messageContext, negationScope, sentenceFeatures, tokens } from './features.js';
import { checkTone, checkToneSync } from './index.js';
import {
  calmerFor,
  explainModel,
  linear,
  modelDetector,
  scoreDoc,
  sentenceLogOdds,
  TONE_MODEL,
} from './model.js';
import type { ToneModel } from './model.js';
import { crossValidate, DEFAULT_TRAIN, folds, thresholdFor, trainModel } from './train.js';
import type { TrainingMessage } from './train.js';
import { TONE_KINDS } from './types.js';

// Wording no rule lists, wrapped in politeness: only the backstop can see it.
const WRAPPED =
  'Hi Sam, thanks for the update. Your recruiter talked down to me like I was a child. Best, Alex';

describe('R9 trained backstop', () => {
  it('R9 scores a sentence the same by the fast path and by the full feature list', () => {
    for (const text of [
      WRAPPED,
      "I'm not angry at all, just grateful for the chance.",
      'YOUR PANEL WAS LATE!!! Unbelievable.',
      "Thanks for the 'feedback', I suppose.",
    ]) {
      const doc = makeDoc(text);
      const ctx = messageContext(doc);
      for (const span of doc.sentences) {
        const slow = linear(TONE_MODEL, sentenceFeatures(doc, span, ctx));
        expect(sentenceLogOdds(TONE_MODEL, doc, span, ctx)).toBeCloseTo(slow, 9);
      }
    }
  });

  it('R9 points at the sharpest sentence, not the polite wrapping around it', () => {
    const findings = checkToneSync(WRAPPED);
    expect(findings.map((f) => f.rule)).toEqual(['negative_tone']);
    expect(findings[0]?.excerpt).toBe('Your recruiter talked down to me like I was a child.');
    expect(findings[0]?.explanation).toMatch(/land harder than you mean/);
  });

  it('R9 stays quiet when a named rule already explains the problem', () => {
    const rules = checkToneSync('Your recruiter is clueless. Your process is broken.').map(
      (f) => f.rule,
    );
    expect(rules).not.toContain('negative_tone');
  });

  it('R9 gives no weight to greetings, sign-offs, names, addresses and phone numbers', () => {
    const lines = [
      'Hi Sam,',
      'Dear hiring team,',
      'Good morning Ms Chen,',
      'Best regards, Alex Rivera',
      'Cheers!',
      'Alex Rivera',
      "Mary-Jane O'Neil",
      'alex.rivera@example.com',
      '+44 7700 900123',
      'Tel: 555 010 2233',
      'Sent from my phone',
    ];
    for (const line of lines) {
      const doc = makeDoc(line);
      expect(
        doc.sentences.some((s) => hasContent(doc.norm, s)),
        line,
      ).toBe(false);
    }
    // A signature alone is never a finding, and a bare signature line cannot be "the sharpest".
    expect(checkToneSync('Alex Rivera')).toEqual([]);
    expect(checkToneSync('Alex Rivera\nalex.rivera@example.com\n+1 555 010 2233')).toEqual([]);
  });

  it('R9 still weighs short lines that say something', () => {
    for (const line of [
      'Whatever.',
      'Noted.',
      'Thanks for nothing.',
      'HELLO??',
      'Hi you idiots,',
    ]) {
      const doc = makeDoc(line);
      expect(
        doc.sentences.some((s) => hasContent(doc.norm, s)),
        line,
      ).toBe(true);
    }
  });

  it('R9 never judges a note to a friend', () => {
    expect(modelDetector()(makeDoc(WRAPPED, { kind: 'support' }))).toEqual([]);
  });

  it('R9 offers calmer lines that pass the whole check clean, for every kind', async () => {
    for (const kind of TONE_KINDS) {
      expect(await checkTone(calmerFor(kind), { kind }), kind).toEqual([]);
    }
  });

  it('R9 explains itself in plain words and names at most two words', () => {
    expect(explainModel([])).not.toMatch(/mostly/);
    expect(explainModel(['down'])).toMatch(/the word "down"/);
    expect(explainModel(['smug', 'lazy'])).toMatch(/"smug" and "lazy"/);
  });

  it('R9 reads "not" as turning the next few words around', () => {
    const doc = makeDoc("I'm not angry or upset, but thanks.");
    const toks = tokens(doc.norm, doc.sentences[0]!);
    const marked = toks.filter((_, i) => negationScope(toks)[i]).map((k) => k.t);
    expect(marked).toEqual(['angry', 'or', 'upset']);
  });

  it('R9 ships a small model whose threshold came from cross-validation', () => {
    expect(JSON.stringify(TONE_MODEL).length).toBeLessThan(1_000_000);
    const cv = TONE_MODEL.meta.crossValidation as { fineFlagged: number; recall: number };
    expect(cv.fineFlagged).toBeLessThanOrEqual(0.05);
    expect(TONE_MODEL.threshold).toBeGreaterThan(0.5);
    expect(scoreDoc(makeDoc('Thank you so much for your time today.'))!.probability).toBeLessThan(
      TONE_MODEL.threshold,
    );
  });
});

describe('R9 backstop training', () => {
  const words = ['clowns', 'useless', 'pathetic', 'joke', 'lazy', 'rude'];
  const warm = ['thank', 'grateful', 'enjoyed', 'lovely', 'kind', 'helpful'];
  const tiny: TrainingMessage[] = [
    ...words.map((w, i) => ({
      id: `b${i}`,
      text: `Your team is ${w} and I am done.`,
      kind: 'other' as const,
      burning: true,
    })),
    ...warm.map((w, i) => ({
      id: `f${i}`,
      text: `I am ${w} for the chat with your team.`,
      kind: 'other' as const,
      burning: false,
    })),
  ];
  const opts = { ...DEFAULT_TRAIN, epochs: 60, minCount: 1 };

  it('R9 trains to the same model twice from the same messages', () => {
    const a = trainModel(tiny, opts, 0, {});
    const b = trainModel(tiny, opts, 0, {});
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('R9 learns to tell the two kinds of message apart', () => {
    const model: ToneModel = trainModel(tiny, opts, 0, {});
    const p = (text: string): number => scoreDoc(makeDoc(text), model)!.probability;
    expect(p('Your team is useless and rude.')).toBeGreaterThan(0.5);
    expect(p('I am grateful for the lovely chat.')).toBeLessThan(0.5);
  });

  it('R9 keeps variants of one message in the same fold', () => {
    const f = folds(
      [
        { id: 'a', text: '', kind: 'other', burning: true },
        { id: 'a#v', text: '', kind: 'other', burning: true, group: 'a', trainOnly: true },
        { id: 'b', text: '', kind: 'other', burning: false },
      ],
      2,
    );
    expect(f[0]).toBe(f[1]);
  });

  it('R9 picks a threshold that flags at most the allowed share of fine messages', () => {
    const scores = [-3, -2, -1, 0, 1, 2, 3, 4, 5, 6];
    const t = thresholdFor(scores, 0.2);
    expect(scores.filter((s) => s > t).length).toBeLessThanOrEqual(2);
    const cv = crossValidate(tiny, opts, 2, 0.2);
    expect(cv.fineFlagged).toBeLessThanOrEqual(0.2);
  });
});
