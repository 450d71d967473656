// R9 length: a message far longer than its kind needs; a connection note has a hard limit.
import type { Detector } from '../doc.js';
import { CONNECT_CHAR_LIMIT, KIND_LABELS, WORD_BUDGETS } from '../kinds.js';
import { sentenceAt, wordSpans } from '../text.js';

export const detectLength: Detector = (doc) => {
  const trimmedEnd = doc.text.trimEnd().length;
  if (doc.kind === 'connect' && doc.options.maxWords === undefined) {
    if (trimmedEnd <= CONNECT_CHAR_LIMIT) return [];
    return [
      {
        rule: 'too_long',
        severity: 'warning',
        start: CONNECT_CHAR_LIMIT,
        end: trimmedEnd,
        explanation: `LinkedIn cuts a connection note at ${CONNECT_CHAR_LIMIT} characters and this one has ${trimmedEnd}, so the end would be lost.`,
        alternative: null,
      },
    ];
  }
  const budget = doc.options.maxWords ?? WORD_BUDGETS[doc.kind];
  const words = wordSpans(doc.text);
  const first = words[budget];
  if (!first) return [];
  // Highlight from the sentence where the budget runs out, so the overflow is visible.
  const sentence = sentenceAt(doc.sentences, first.start);
  const start = sentence.end > sentence.start ? sentence.start : first.start;
  return [
    {
      rule: 'too_long',
      severity: 'warning',
      start,
      end: trimmedEnd,
      explanation: `This runs to ${words.length} words; ${KIND_LABELS[doc.kind]} usually lands best in under ${budget}, and a short note is easier to say yes to.`,
      alternative: null,
    },
  ];
};
