// Shouting (R9): capitals beyond acronyms and stacked punctuation.
import { describe, expect, it } from 'vitest';
import { checkToneSync } from '../index.js';

const shouting = (text: string, knownWords?: string[]) =>
  checkToneSync(text, { kind: 'other', knownWords }).filter((f) => f.rule === 'shouting');

describe('R9 shouting', () => {
  it('R9 warns about a sentence in capitals and offers it in lower case', () => {
    const [f] = shouting('I WAS THE BEST CANDIDATE YOU INTERVIEWED.');
    expect(f?.severity).toBe('warning');
    expect(f?.alternative).toBe(f?.excerpt.toLowerCase());
  });

  it('R9 warns about two stressed words in capitals', () => {
    const found = shouting('This is NOT how you treat people who gave you THREE days.');
    expect(found.map((f) => f.severity)).toEqual(['warning', 'warning']);
  });

  it('R9 only notes a single stressed word, without calling it bridge-burning', () => {
    expect(shouting("I'm REALLY disappointed, but I understand.").map((f) => f.severity)).toEqual([
      'info',
    ]);
  });

  it('R9 ignores acronyms and unknown short capitals', () => {
    expect(shouting('I passed the AWS, SQL and CIPD assessments and met HR on Monday.')).toEqual(
      [],
    );
  });

  it('R9 ignores capitals the caller names as known words', () => {
    expect(
      shouting('Thanks for the tour of the HALCYON LABS office.', ['HALCYON', 'LABS']),
    ).toEqual([]);
  });

  it('R9 warns about "?!" and "!!!" and suggests a single mark', () => {
    const found = shouting('Are you serious?! It is Thursday!!!');
    expect(found.map((f) => [f.excerpt, f.severity, f.alternative])).toEqual([
      ['?!', 'warning', '?'],
      ['!!!', 'warning', '!'],
    ]);
  });

  it('R9 only notes a single "!!" and leaves one "!" alone', () => {
    expect(shouting('Thank you for the call!!').map((f) => f.severity)).toEqual(['info']);
    expect(shouting('Thank you!')).toEqual([]);
  });
});
