// Runs the retext pipeline over a message and turns its output into findings: spelling and
// repeated words (info), profanity (hostility), and per-sentence sentiment for the
// negative-tone rule.
import type { RawFinding, ToneDoc } from './doc.js';
import { loadPipeline } from './pipeline.js';
import type { LangMessage, LangNode } from './pipeline.js';
import type { SentimentHint } from './rules/negative-tone.js';
import { spellingFinding } from './spelling.js';
import { sentenceAt } from './text.js';

export interface LanguageResult {
  findings: RawFinding[];
  sentiment: SentimentHint;
}

// Emails, links and handles are not prose; blanking them keeps every offset in place.
const NOT_PROSE = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\bhttps?:\/\/\S+|\bwww\.\S+|(?<![\w@])@\w+/g;

export async function analyse(doc: ToneDoc): Promise<LanguageResult> {
  const run = await loadPipeline();
  const masked = doc.norm.replace(NOT_PROSE, (m) => ' '.repeat(m.length));
  const { tree, messages } = await run(masked);
  const known = knownWords(doc);
  const findings: RawFinding[] = [];
  for (const message of messages) {
    const finding = toFinding(doc, message, known);
    if (finding) findings.push(finding);
  }
  return { findings, sentiment: { polarityByStart: sentencePolarity(doc, tree) } };
}

function knownWords(doc: ToneDoc): Set<string> {
  const out = new Set<string>();
  for (const entry of doc.options.knownWords ?? []) {
    for (const part of entry.toLowerCase().split(/[^\p{L}\p{N}'-]+/u)) if (part) out.add(part);
  }
  return out;
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
  if (m.source === 'retext-profanities') {
    if (known.has(doc.text.slice(start, end).toLowerCase())) return null;
    const sentence = sentenceAt(doc.sentences, start);
    return {
      rule: 'hostility',
      severity: 'warning',
      start: sentence.end > sentence.start ? sentence.start : start,
      end: sentence.end > sentence.start ? sentence.end : end,
      explanation: "Swearing is what they'll remember about this note, however fair your frustration is.",
      alternative: 'Thank you for letting me know about the decision.',
    };
  }
  return null;
}

function sentencePolarity(doc: ToneDoc, tree: LangNode): Map<number, number> {
  const out = new Map<number, number>();
  const visit = (node: LangNode): void => {
    if (node.type === 'SentenceNode') {
      const offset = node.position?.start.offset;
      const polarity = node.data?.polarity;
      if (offset !== undefined && typeof polarity === 'number' && polarity !== 0) {
        const own = sentenceAt(doc.sentences, offset);
        out.set(own.start, (out.get(own.start) ?? 0) + polarity);
      }
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return out;
}
