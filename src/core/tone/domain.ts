// The domain rules: pure pattern and lexicon checks, no dictionary, fast enough to run on
// every keystroke; then the trained backstop (model.ts) for what no rule names.
import type { Detector, RawFinding, ToneDoc } from './doc.js';
import { detectOverall } from './model.js';
import { detectBlame } from './rules/blame.js';
import { detectCorrecting } from './rules/correcting.js';
import { detectDemanding } from './rules/demanding.js';
import { detectHostility } from './rules/hostility.js';
import { detectLength } from './rules/length.js';
import { detectNegativeTone } from './rules/negative-tone.js';
import type { SentimentHint } from './rules/negative-tone.js';
import { detectPassiveAggressive } from './rules/passive-aggressive.js';
import { detectPleading } from './rules/pleading.js';
import { detectSarcasm } from './rules/sarcasm.js';
import { detectShouting } from './rules/shouting.js';
import { detectThreat } from './rules/threat.js';
import type { ToneRule } from './types.js';

// Rules that judge what is said (shouting and length judge how it looks).
const SAYS: ReadonlySet<ToneRule> = new Set<ToneRule>([
  'hostility',
  'sarcasm',
  'blame',
  'correcting',
  'demanding_justification',
  'pleading',
  'threat',
  'passive_aggressive',
  'negative_tone',
]);

const DETECTORS: readonly Detector[] = [
  detectThreat,
  detectHostility,
  detectSarcasm,
  detectDemanding,
  detectPleading,
  detectCorrecting,
  detectBlame,
  detectPassiveAggressive,
  detectShouting,
  detectLength,
];

/** `backstop: false` leaves the trained model out, to measure the rules on their own. */
export function runDomainRules(doc: ToneDoc, hint?: SentimentHint, backstop = true): RawFinding[] {
  const out: RawFinding[] = [];
  for (const detect of DETECTORS) out.push(...detect(doc));
  out.push(...detectNegativeTone(doc, hint));
  // The trained backstop speaks only when no rule has named a problem with what is said.
  if (backstop && !out.some((f) => f.severity === 'warning' && SAYS.has(f.rule)))
    out.push(...detectOverall(doc));
  return out;
}
