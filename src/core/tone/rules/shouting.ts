// R9 shouting: words in capitals beyond acronyms, and piled-up "!" or "?!".
import type { Detector, RawFinding, ToneDoc } from '../doc.js';
import { ACRONYMS, SHOUTED_SHORT } from './acronyms.js';

const CAPS_EXPLANATION = 'Capitals read as shouting, even when you only mean to stress a word.';
const PUNCT_EXPLANATION = 'Stacked punctuation reads as raised voice; one mark says it calmly.';

function isShoutedWord(word: string, known: ReadonlySet<string>): boolean {
  if (!/^[A-Z][A-Z']*[A-Z]$/.test(word)) return false;
  const bare = word.replace(/'S$/, '');
  if (ACRONYMS.has(bare) || known.has(bare.toLowerCase())) return false;
  if (bare.length <= 3) return SHOUTED_SHORT.has(bare);
  // Without vowels it is an abbreviation (HTML, CRM), not a word.
  return /[AEIOUY]/.test(bare);
}

function capsRuns(doc: ToneDoc, known: ReadonlySet<string>): { start: number; end: number; words: number }[] {
  const runs: { start: number; end: number; words: number }[] = [];
  const re = /[A-Za-z][A-Za-z']*/g;
  let current: { start: number; end: number; words: number } | null = null;
  for (const m of doc.norm.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isShoutedWord(m[0], known)) {
      const gap = current ? doc.norm.slice(current.end, start) : '';
      if (current && /^[\s,;:'"-]*$/.test(gap)) {
        current.end = end;
        current.words++;
      } else {
        if (current) runs.push(current);
        current = { start, end, words: 1 };
      }
    } else if (!/^[A-Z]{1,2}$/.test(m[0]) && current) {
      // A capital "I" or "A" inside a shouted run does not break it.
      runs.push(current);
      current = null;
    }
  }
  if (current) runs.push(current);
  return runs;
}

export const detectShouting: Detector = (doc) => {
  const known = new Set((doc.options.knownWords ?? []).map((w) => w.toLowerCase()));
  const out: RawFinding[] = [];
  const runs = capsRuns(doc, known);
  const shoutedWords = runs.reduce((n, r) => n + r.words, 0);
  // One stressed word is a style choice; two or more start to sound like a raised voice.
  const capsSeverity = shoutedWords >= 2 ? 'warning' : 'info';
  for (const run of runs) {
    const excerpt = doc.text.slice(run.start, run.end);
    out.push({
      rule: 'shouting',
      severity: capsSeverity,
      start: run.start,
      end: run.end,
      explanation: CAPS_EXPLANATION,
      alternative: excerpt.toLowerCase(),
    });
  }
  for (const m of doc.norm.matchAll(/[!?]{2,}/g)) {
    const marks = m[0];
    const mixed = marks.includes('!') && marks.includes('?');
    const severity = mixed || marks.length >= 3 ? 'warning' : 'info';
    out.push({
      rule: 'shouting',
      severity,
      start: m.index,
      end: m.index + marks.length,
      explanation: PUNCT_EXPLANATION,
      alternative: marks.includes('?') ? '?' : '!',
    });
  }
  return out;
};
