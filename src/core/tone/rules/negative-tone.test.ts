// Negative tone (R9): raw hurt or anger overall, when no single phrase explains it.
import { describe, expect, it } from 'vitest';
import { checkTone, checkToneSync } from '../index.js';

const rules = (text: string, kind: 'other' | 'support' | 'thank_you' = 'other') =>
  checkToneSync(text, { kind }).map((f) => f.rule);

describe('R9 negative tone', () => {
  it('R9 flags a message that is raw with hurt and anger', () => {
    expect(rules("I'm honestly devastated and angry about how this turned out.")).toEqual([
      'negative_tone',
    ]);
  });

  it('R9 flags despair sent to an employer', () => {
    expect(
      rules("This is crushing news and I'm struggling to see the point of applying.", 'thank_you'),
    ).toEqual(['negative_tone']);
  });

  it('R9 lets gracious disappointment through', () => {
    expect(rules('I was disappointed to hear the news, but I understand.')).toEqual([]);
    expect(rules("Of course I'm a little sad, but I'm grateful for the chance.")).toEqual([]);
    expect(rules("Unfortunately I won't be able to make Tuesday.")).toEqual([]);
  });

  it('R9 ignores negated feelings', () => {
    expect(rules("I'm not angry or upset at all, just grateful.")).toEqual([]);
  });

  it('R9 lets a note to a friend be sad', () => {
    expect(rules("I'm gutted and honestly pretty miserable today.", 'support')).toEqual([]);
  });

  it('R9 leaves the mood to a named problem when there is one', () => {
    expect(rules("I'm devastated. Please reconsider.")).toEqual(['pleading']);
  });

  it('R9 keeps the same verdict with the sentiment pipeline', async () => {
    const text = "I'm upset. I really thought it went well and now I feel humiliated.";
    expect((await checkTone(text)).map((f) => f.rule)).toEqual(['negative_tone']);
  });
});
