// The tone check (R9): every message the user may send passes through here before export.
// checkToneSync runs the domain rules and the trained backstop (fast enough for live editing);
// checkTone adds the language pipeline (spelling, repeated words, general sentiment).
import { assemble } from './assemble.js';
import { makeDoc } from './doc.js';
import { runDomainRules } from './domain.js';
import { analyse } from './language.js';
import type { ToneFinding, ToneOptions } from './types.js';

export { TONE_KINDS, TONE_RULES } from './types.js';
export type { ToneFinding, ToneKind, ToneOptions, ToneRule, ToneSeverity } from './types.js';
export { CONNECT_CHAR_LIMIT, WORD_BUDGETS } from './kinds.js';

export async function checkTone(text: string, options?: ToneOptions): Promise<ToneFinding[]> {
  const doc = makeDoc(text, options);
  const language = await analyse(doc);
  return assemble(doc, [...runDomainRules(doc, language.sentiment), ...language.findings]);
}

export function checkToneSync(text: string, options?: ToneOptions): ToneFinding[] {
  const doc = makeDoc(text, options);
  return assemble(doc, runDomainRules(doc));
}

/** True when any finding could cost the relationship (severity 'warning'). */
export function isBridgeBurning(findings: readonly ToneFinding[]): boolean {
  return findings.some((f) => f.severity === 'warning');
}
