// Runs the retext pipelines over a message and turns their output into findings: spelling and
// repeated words (info), plus sentiment for the negative-tone rule.
import type { RawFinding, ToneDoc } from './doc.js';
import { loadPipeline } from './pipeline.js';
import type { LangMessage } from './pipeline.js';
import { sentenceScores } from './rules/negative-tone.js';
import type { SentimentHint } from './rules/negative-tone.js';
import { knownWordSet, maskForSpelling, spellingFinding } from './spelling.js';

const MAX_SUGGESTED = 8;

export interface LanguageResult {
  findings: RawFinding[];
  sentiment: SentimentHint;
}

export async function analyse(doc: ToneDoc): Promise<LanguageResult> {
  const pipeline = await loadPipeline();
  const known = knownWordSet(doc.options.knownWords);
  const messages = await pipeline.proofread(maskForSpelling(doc, known));
  const suggestions = new Map<string, string[]>();
  for (const m of messages) {
    const word = m.source === 'retext-spell' && m.ruleId !== 'overflow' ? (m.actual ?? '') : '';
    if (!word || suggestions.has(word)) continue;
    // Enough to help with real typos; a wall of unknown words is not worth seconds of waiting.
    if (suggestions.size >= MAX_SUGGESTED) break;
    suggestions.set(word, await pipeline.suggest(word));
  }
  const findings: RawFinding[] = [];
  for (const message of messages) {
    const finding = toFinding(doc, { ...message, expected: suggestions.get(message.actual ?? '') ?? [] }, known);
    if (finding) findings.push(finding);
  }
  // General sentiment only ever adds weight where our own lexicon already sees hurt, so only
  // those sentences are scored (it is the slowest step of the pipeline).
  const polarityByStart = new Map<number, number>();
  for (const { span, score } of sentenceScores(doc)) {
    if (score <= 0) continue;
    polarityByStart.set(span.start, await pipeline.polarity(doc.norm.slice(span.start, span.end)));
  }
  return { findings, sentiment: { polarityByStart } };
}

function toFinding(doc: ToneDoc, m: LangMessage, known: ReadonlySet<string>): RawFinding | null {
  const start = m.place?.start?.offset;
  const end = m.place?.end?.offset;
  if (start === undefined || end === undefined || end <= start) return null;
  if (m.source === 'retext-spell' && m.ruleId !== 'overflow') {
    return spellingFinding(doc, start, end, m.expected ?? [], known);
  }
  if (m.source === 'retext-repeated-words') {
    const word = m.actual?.split(/\s+/)[0] ?? '';
    if (!word) return null;
    return {
      rule: 'spelling',
      severity: 'info',
      start,
      end,
      explanation: `"${word}" appears twice in a row here.`,
      alternative: word,
    };
  }
  return null;
}
