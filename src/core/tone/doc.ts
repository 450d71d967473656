// The prepared message every rule reads: the text, a same-length normalised copy, sentence
// spans and the caller's options, computed once per check.
import { normalise, sentenceSpans } from './text.js';
import type { Span } from './text.js';
import type { ToneKind, ToneOptions, ToneRule, ToneSeverity } from './types.js';

export interface ToneDoc {
  text: string;
  norm: string;
  sentences: Span[];
  kind: ToneKind;
  options: ToneOptions;
}

/** A finding before the public fields that can be derived (ruleId, excerpt) are added. */
export interface RawFinding {
  rule: ToneRule;
  severity: ToneSeverity;
  start: number;
  end: number;
  explanation: string;
  alternative: string | null;
}

export type Detector = (doc: ToneDoc) => RawFinding[];

export function makeDoc(text: string, options: ToneOptions = {}): ToneDoc {
  const norm = normalise(text);
  return { text, norm, sentences: sentenceSpans(norm), kind: options.kind ?? 'other', options };
}
