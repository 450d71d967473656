// The model machinery: training is deterministic, the fast scorer equals the reference scorer,
// and the committed model file is well formed and small.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cuePriors, CUES } from './cues.js';
import { prepareEmail } from './features.js';
import { classifyWith, EMAIL_LABELS, MODEL, serializeModel, trainModel } from './index.js';
import type { EmailLabel, TrainingExample } from './index.js';
import { compileModel, score, scoreReference } from './model.js';

const here = dirname(fileURLToPath(import.meta.url));
const writtenDir = join(here, '..', '..', '..', 'test', 'fixtures', 'emails', 'written');

interface Row {
  id: string;
  source: string;
  subject: string;
  from: string;
  body: string;
  label: EmailLabel;
}

function written(): TrainingExample[] {
  return readdirSync(writtenDir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(writtenDir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== ''),
    )
    .map((l) => JSON.parse(l) as Row)
    .map((r) => ({
      id: r.id,
      source: r.source,
      label: r.label,
      input: { subject: r.subject, from: r.from, body: r.body },
    }));
}

describe('training', () => {
  it('is deterministic: the same examples give byte-identical model files', () => {
    const examples = written().slice(0, 80);
    const a = serializeModel(trainModel(examples, { calibrationFolds: 0, maxIter: 60 }));
    const b = serializeModel(trainModel(examples, { calibrationFolds: 0, maxIter: 60 }));
    expect(a).toBe(b);
  });

  it('learns the written examples well enough to label most of them back', () => {
    const examples = written();
    const model = trainModel(examples, { calibrationFolds: 0 });
    const right = examples.filter((e) => classifyWith(model, e.input).label === e.label).length;
    expect(right / examples.length).toBeGreaterThan(0.9);
  });
});

describe('the committed model', () => {
  it('has all seven labels, aligned weights, a positive temperature and stays small', () => {
    expect([...MODEL.labels].sort()).toEqual([...EMAIL_LABELS].sort());
    expect(MODEL.weights.length).toBe(MODEL.features.length);
    for (const w of MODEL.weights) expect(w.length).toBe(EMAIL_LABELS.length);
    expect(MODEL.temperature).toBeGreaterThan(0);
    const bytes = readFileSync(join(here, 'model.json')).length;
    expect(bytes).toBeLessThan(1024 * 1024);
  });

  it('knows every phrase cue, so no cue is silently ignored', () => {
    const known = new Set(MODEL.features);
    for (const p of cuePriors()) expect(known.has(p.feature), p.feature).toBe(true);
    expect(CUES.length).toBeGreaterThan(40);
  });

  it('scores an email prepared before its model brought new words to the lexicon', () => {
    // Words no model or cue knew yet are not looked up when the email is scanned; compiling a
    // model that uses them must still let score() see them.
    const p = prepareEmail({
      subject: 'Quixotic zephyrs',
      from: 'a@b.com',
      body: 'The quixotic zephyrs blew past the gazebo.',
    });
    const model = {
      ...MODEL,
      features: [...MODEL.features, 'w:gazebo', 'b:quixotic_zephyrs', 's:quixotic_zephyrs'],
      weights: [
        ...MODEL.weights,
        [1, 2, 3, 4, 5, 6, 7],
        [7, 6, 5, 4, 3, 2, 1],
        [1, 1, 1, 1, 1, 1, 9],
      ],
    };
    const m = compileModel(model);
    const fast = score(m, p);
    const ref = scoreReference(m, p);
    for (let k = 0; k < fast.logits.length; k++) expect(fast.logits[k]).toBe(ref[k]);
    const fired = fast.active.map((i) => m.keys[i]);
    expect(fired).toEqual(expect.arrayContaining(['w:gazebo', 'b:quixotic_zephyrs']));
  });

  it('scores on the fast path exactly as on the reference path', () => {
    const m = compileModel(MODEL);
    for (const e of written()) {
      const p = prepareEmail(e.input);
      const fast = score(m, p).logits;
      const ref = scoreReference(m, p);
      for (let k = 0; k < fast.length; k++) expect(fast[k]).toBeCloseTo(ref[k] ?? 0, 9);
    }
  });
});
