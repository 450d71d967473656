// Sentence and word spans that the rules rely on for offsets.
import { describe, expect, it } from 'vitest';
import { countWords, normalise, sentenceSpans } from './text.js';

const sentences = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('R9 text helpers', () => {
  it('R9 splits sentences at end marks and line breaks', () => {
    expect(sentences('Hi Dana,\nThank you! I enjoyed it. Best,\nAlex')).toEqual([
      'Hi Dana,',
      'Thank you!',
      'I enjoyed it.',
      'Best,',
      'Alex',
    ]);
  });

  it('R9 does not split after titles or initials', () => {
    expect(sentences('Dear Mr. Keller, thanks. Regards, D. Moss')).toEqual([
      'Dear Mr. Keller, thanks.',
      'Regards, D. Moss',
    ]);
  });

  it('R9 keeps offsets when normalising quotes', () => {
    const text = 'I’m sure “you” know';
    expect(normalise(text)).toHaveLength(text.length);
    expect(normalise(text)).toBe('I\'m sure "you" know');
  });

  it('R9 counts contractions and hyphenated words once', () => {
    expect(countWords("I'm a well-known hire, aren't I?")).toBe(6);
  });
});
