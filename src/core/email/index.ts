// Public API of the email classifier and extractor.
export { EMAIL_LABELS } from './types.js';
export type {
  Classification,
  ClassifierModel,
  EmailInput,
  EmailLabel,
  Extraction,
} from './types.js';
export { classifyEmail, classifyWith, classifyPrepared, isJobRelated, isOtherMail, MODEL } from './classify.js';
export { extractEmail } from './extract.js';
export { htmlToText } from './html.js';
export { stripQuoted, splitQuoted } from './quoted.js';
export { trainModel, serializeModel, DEFAULT_TRAIN_OPTIONS } from './train.js';
export type { TrainingExample, TrainOptions } from './train.js';
