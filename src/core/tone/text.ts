// Text helpers shared by the rules: a same-length normalised copy (so offsets stay valid),
// sentence spans, and word spans.

export interface Span {
  start: number;
  end: number;
}

/**
 * Same length as the input, so every offset found in it is an offset into the original.
 * Curly quotes become straight ones so patterns can be written once.
 */
export function normalise(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

// Tokens before a full stop that do not end a sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'approx',
  'dept',
  'inc',
  'ltd',
  'co',
]);

/** Sentence-like units: split at . ! ? followed by space, and at every line break. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i;
    while (j + 1 < text.length && /[.!?"')\]]/.test(text[j + 1] ?? '')) j++;
    const next = text[j + 1];
    if (next !== undefined && !/\s/.test(next)) continue;
    if (ch === '.' && j === i && endsWithAbbreviation(text, start, i)) continue;
    push(j + 1);
    start = j + 1;
    i = j;
  }
  push(text.length);
  return spans;
}

function endsWithAbbreviation(text: string, from: number, dot: number): boolean {
  const before = text.slice(from, dot);
  const m = /([A-Za-z][A-Za-z.]*)$/.exec(before);
  if (!m?.[1]) return false;
  const token = m[1];
  // A lone capital is an initial ("D. Moss").
  if (/^[A-Z]$/.test(token)) return true;
  return ABBREVIATIONS.has(token.toLowerCase());
}

export function sentenceAt(spans: readonly Span[], offset: number): Span {
  for (const s of spans) {
    if (offset >= s.start && offset < s.end) return s;
  }
  return { start: offset, end: offset };
}

export interface WordSpan extends Span {
  word: string;
}

/** Words: letters with inner apostrophes or hyphens; digits are words too for counting. */
export function wordSpans(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  const re = /[A-Za-z0-9\u00C0-\u024F]+(?:['\u2019-][A-Za-z0-9\u00C0-\u024F]+)*/g;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    out.push({ start, end: start + m[0].length, word: m[0] });
  }
  return out;
}

export function countWords(text: string): number {
  return wordSpans(text).length;
}
