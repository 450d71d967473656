// Length (R9): per-kind word budgets and the connection note's character limit.
import { describe, expect, it } from 'vitest';
import { checkToneSync, WORD_BUDGETS } from '../index.js';

const sentence = 'I enjoyed meeting the team and learning how they plan their work each week. ';

describe('R9 length', () => {
  it('R9 warns when a thank-you runs past its word budget, from the sentence that crosses it', () => {
    const text = sentence.repeat(20);
    const [f] = checkToneSync(text, { kind: 'thank_you' });
    expect(f?.rule).toBe('too_long');
    expect(f?.severity).toBe('warning');
    expect(f?.explanation).toMatch(/280 words/);
    expect(text.slice(0, f?.start)).toMatch(/\. $/);
    expect(f?.end).toBe(text.trimEnd().length);
  });

  it('R9 accepts a note within its budget', () => {
    const words = WORD_BUDGETS.thank_you;
    const text = 'word '.repeat(words).trim();
    expect(checkToneSync(text, { kind: 'thank_you' }).filter((f) => f.rule === 'too_long')).toEqual(
      [],
    );
  });

  it('R9 lets the caller set the word budget', () => {
    const text = sentence.repeat(3);
    expect(checkToneSync(text, { kind: 'thank_you', maxWords: 20 }).map((f) => f.rule)).toEqual([
      'too_long',
    ]);
  });

  it('R9 warns when a connection note passes 300 characters and marks what would be cut', () => {
    const text = `Hi Imogen, ${sentence.repeat(5)}`;
    const [f] = checkToneSync(text, { kind: 'connect' });
    expect(f?.rule).toBe('too_long');
    expect(f?.start).toBe(300);
    expect(f?.explanation).toMatch(/300 characters/);
  });

  it('R9 accepts a connection note of 300 characters or fewer', () => {
    const text = `Hi Imogen, ${sentence.repeat(3)}`.trim();
    expect(text.length).toBeLessThanOrEqual(300);
    expect(checkToneSync(text, { kind: 'connect' })).toEqual([]);
  });
});
