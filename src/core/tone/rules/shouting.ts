// R9 shouting: words in capitals beyond acronyms, and piled-up "!" or "?!".
import type { Detector, RawFinding, ToneDoc } from '../doc.js';
import { ACRONYMS, EMPHASIS } from './acronyms.js';

const CAPS_EXPLANATION = 'Capitals read as shouting, even when you only mean to stress a word.';
const PUNCT_EXPLANATION = 'Stacked punctuation reads as raised voice; one mark says it calmly.';

interface Run {
  start: number;
  end: number;
  words: number;
  /** Words in the run that read as a raised voice on their own. */
  loud: number;
}

function isCaps(word: string, known: ReadonlySet<string>): boolean {
  if (!/^[A-Z][A-Z']*[A-Z]$/.test(word)) return false;
  const bare = word.replace(/'S$/, '');
  return !ACRONYMS.has(bare) && !known.has(bare.toLowerCase());
}

function isLoud(word: string): boolean {
  // Long capitalised words with vowels are rarely acronyms (RIDICULOUS, UNACCEPTABLE).
  return EMPHASIS.has(word) || (word.length >= 7 && /[AEIOU]/.test(word));
}

/** Stretches of capitalised words; a lone "I" or "A" does not break a stretch. */
function capsRuns(doc: ToneDoc, known: ReadonlySet<string>): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  for (const m of doc.norm.matchAll(/[A-Za-z][A-Za-z']*/g)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isCaps(m[0], known)) {
      const gap = current ? doc.norm.slice(current.end, start) : '';
      if (current && /^[\s,;:'"-]*(?:[IA][\s,;:'"-]+)?$/.test(gap)) {
        current.end = end;
        current.words++;
        if (isLoud(m[0])) current.loud++;
      } else {
        if (current) runs.push(current);
        current = { start, end, words: 1, loud: isLoud(m[0]) ? 1 : 0 };
      }
    } else if (current && !/^[IA]$/.test(m[0])) {
      runs.push(current);
      current = null;
    }
  }
  if (current) runs.push(current);
  // Three capitalised words in a row are a raised voice whatever they are; fewer count only
  // when the words themselves are ones people shout.
  return runs.filter((r) => r.words >= 3 || r.loud > 0);
}

export const detectShouting: Detector = (doc) => {
  const known = new Set((doc.options.knownWords ?? []).map((w) => w.toLowerCase()));
  const out: RawFinding[] = [];
  const runs = capsRuns(doc, known);
  const shoutedWords = runs.reduce((n, r) => n + Math.max(r.loud, r.words >= 3 ? r.words : 0), 0);
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
  const stacks = [...doc.norm.matchAll(/[!?]{2,}/g)];
  for (const m of stacks) {
    const marks = m[0];
    const mixed = marks.includes('!') && marks.includes('?');
    // One "!!" is exuberance; "?!", "!!!" or doubled marks again and again read as raised voice.
    const severity = mixed || marks.length >= 3 || stacks.length >= 2 ? 'warning' : 'info';
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
