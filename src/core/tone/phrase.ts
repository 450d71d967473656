// Runs a table of phrase patterns for one rule. Patterns are written against the normalised
// text (straight apostrophes), case-insensitively, so one table serves every spelling.
import type { Detector, RawFinding, ToneDoc } from './doc.js';
import { sentenceAt } from './text.js';
import type { ToneRule, ToneSeverity } from './types.js';

export interface Phrase {
  /** Compiled by `rx`: global and case-insensitive. */
  re: RegExp;
  /** 'sentence' highlights the whole sentence and offers a whole replacement sentence. */
  scope?: 'phrase' | 'sentence';
  explanation?: string;
  alternative?: string | null;
  severity?: ToneSeverity;
  /** Skip the hit when this matches the sentence that holds it. */
  unless?: RegExp;
  /** Only when this matches the sentence that holds the hit. */
  requires?: RegExp;
  /** Skip the hit when this matches the part of its sentence before it. */
  unlessBefore?: RegExp;
  /** Only when the hit starts its sentence. */
  atStart?: boolean;
  /** Only when the hit is the whole sentence (bar punctuation). */
  whole?: boolean;
  /** Only when this holds for the message as a whole. */
  when?: (doc: ToneDoc) => boolean;
}

export interface PhraseRule {
  rule: ToneRule;
  scope: 'phrase' | 'sentence';
  explanation: string;
  alternative: string | null;
  phrases: Phrase[];
}

/**
 * Spaces in a source stand for any run of whitespace (so line wraps still match) and " ?" for
 * optional whitespace. No `u` flag: V8 runs case-insensitive Unicode patterns far slower, and
 * the letter classes below are spelled out instead.
 */
function spaced(source: string): string {
  return source.replace(/ \?/g, '\\s*').replace(/ /g, '\\s+');
}

export function rx(source: string): RegExp {
  return new RegExp(spaced(source), 'gi');
}

/** A case-insensitive test pattern (not global, so `test` carries no state). */
export function when(source: string): RegExp {
  return new RegExp(spaced(source), 'i');
}

/** Letters and digits, Latin scripts included. */
export const WORDISH = /[A-Za-z0-9\u00C0-\u024F]/;

export function phraseDetector(table: PhraseRule): Detector {
  return (doc) => {
    const out: RawFinding[] = [];
    for (const phrase of table.phrases) {
      if (phrase.when && !phrase.when(doc)) continue;
      for (const m of doc.norm.matchAll(phrase.re)) {
        if (m[0].trim() === '') continue;
        const start = m.index;
        const end = start + m[0].length;
        const sentence = sentenceAt(doc.sentences, start);
        const sentenceText = doc.norm.slice(sentence.start, sentence.end);
        const before = doc.norm.slice(sentence.start, start);
        if (phrase.unless?.test(sentenceText)) continue;
        if (phrase.requires && !phrase.requires.test(sentenceText)) continue;
        if (phrase.unlessBefore?.test(before)) continue;
        if (phrase.atStart && WORDISH.test(before)) continue;
        if (phrase.whole && WORDISH.test(before + doc.norm.slice(end, sentence.end))) {
          continue;
        }
        const scope = phrase.scope ?? table.scope;
        const span =
          scope === 'sentence' && sentence.end > sentence.start
            ? afterGreeting(doc.norm, sentence, start)
            : trim(doc.norm, start, end);
        out.push({
          rule: table.rule,
          severity: phrase.severity ?? 'warning',
          start: span.start,
          end: span.end,
          explanation: phrase.explanation ?? table.explanation,
          alternative: phrase.alternative !== undefined ? phrase.alternative : table.alternative,
        });
      }
    }
    return out;
  };
}

// "Hi Jordan, your team was…": the greeting stays, so the replacement sentence can take the rest.
const GREETING = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,.!?\n]{0,40},\s*/i;

function afterGreeting(
  text: string,
  sentence: { start: number; end: number },
  hit: number,
): { start: number; end: number } {
  const m = GREETING.exec(text.slice(sentence.start, sentence.end));
  const start = m ? sentence.start + m[0].length : sentence.start;
  return start <= hit && start < sentence.end ? { start, end: sentence.end } : sentence;
}

function trim(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}
