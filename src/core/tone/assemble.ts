// Turns raw rule hits into the public findings: applies the kind's policy, drops repeats and
// sorts by position.
import type { RawFinding, ToneDoc } from './doc.js';
import { policyFor } from './kinds.js';
import type { ToneFinding, ToneRule } from './types.js';

// Rules that judge what is said, as opposed to how it looks (caps, length, typos).
const SUBSTANCE: ReadonlySet<ToneRule> = new Set<ToneRule>([
  'hostility',
  'sarcasm',
  'blame',
  'correcting',
  'demanding_justification',
  'pleading',
  'threat',
  'passive_aggressive',
]);

export function assemble(doc: ToneDoc, raw: readonly RawFinding[]): ToneFinding[] {
  const kept: RawFinding[] = [];
  for (const f of raw) {
    const policy = policyFor(doc.kind, f.rule);
    if (policy === 'skip') continue;
    kept.push(policy ? { ...f, severity: policy } : f);
  }
  // Negative tone is the catch-all: when a named problem already explains the mood, it adds
  // nothing but noise.
  const named = kept.some((f) => SUBSTANCE.has(f.rule) && f.severity === 'warning');
  const relevant = named ? kept.filter((f) => f.rule !== 'negative_tone') : kept;

  const ordered = relevant
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.start - b.f.start || a.i - b.i)
    .map(({ f }) => f);
  const out: ToneFinding[] = [];
  for (const f of ordered) {
    // One note per rule per stretch of text: the first pattern to see it explains it.
    const dup = out.some((o) => o.rule === f.rule && f.start < o.end && o.start < f.end);
    if (dup) continue;
    out.push({ ...f, ruleId: 'R9', excerpt: doc.text.slice(f.start, f.end) });
  }
  return out;
}
