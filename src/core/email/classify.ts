// Classification entry points: the committed model, or any model passed in (training, evaluation).
import { prepareEmail } from './features.js';
import type { PreparedEmail } from './features.js';
import { bestLabel, compileModel, explain, score } from './model.js';
import committedModel from './model.json' with { type: 'json' };
import { EMAIL_LABELS } from './types.js';
import type { Classification, ClassifierModel, EmailInput, EmailLabel } from './types.js';

/** The model trained by scripts/train-classifier.ts and committed beside this file. */
export const MODEL: ClassifierModel = committedModel;

/** Classifies an already prepared email (lets callers reuse the parsing for extraction). */
export function classifyPrepared(model: ClassifierModel, p: PreparedEmail): Classification {
  const cm = compileModel(model);
  const s = score(cm, p);
  const scores = {} as Record<EmailLabel, number>;
  EMAIL_LABELS.forEach((label, k) => {
    scores[label] = s.probs[k] ?? 0;
  });
  const label = EMAIL_LABELS[s.best] ?? 'other';
  return { label, confidence: s.probs[s.best] ?? 0, scores, reasons: explain(cm, p, s) };
}

/** Classifies an email with the given model. */
export function classifyWith(model: ClassifierModel, input: EmailInput): Classification {
  return classifyPrepared(model, prepareEmail(input));
}

/**
 * True when the committed model labels the email `other`: the same verdict as classifyEmail,
 * without building the explanation nobody reads for mail that is forgotten anyway.
 */
export function isOtherMail(input: EmailInput): boolean {
  return EMAIL_LABELS[bestLabel(compileModel(MODEL), prepareEmail(input))] === 'other';
}

/** Classifies an email with the committed model. */
export function classifyEmail(input: EmailInput): Classification {
  return classifyWith(MODEL, input);
}

/** True for anything that belongs to a job search (every label but `other`). */
export function isJobRelated(c: Classification): boolean {
  return c.label !== 'other';
}
