// The public contract of the tone check (R9): shapes, offsets, order, verdict and speed.
import { describe, expect, it } from 'vitest';
import { checkTone, checkToneSync, isBridgeBurning } from './index.js';
import type { ToneFinding } from './index.js';

const ANGRY =
  "Hi Mark,\nWhy wasn't I chosen? Your process is broken. I'm begging you, PLEASE RECONSIDER!!! My lawyer will be in touch.";

describe('R9 tone check contract', () => {
  it('R9 gives each finding offsets into the input, its exact excerpt and rule id R9', async () => {
    const findings = await checkTone(ANGRY);
    expect(findings.length).toBeGreaterThan(3);
    for (const f of findings) {
      expect(f.ruleId).toBe('R9');
      expect(f.excerpt).toBe(ANGRY.slice(f.start, f.end));
      expect(f.end).toBeGreaterThan(f.start);
      expect(f.explanation.length).toBeGreaterThan(10);
    }
  });

  it('R9 leaves the greeting out of a highlighted sentence so the calmer one can replace the rest', () => {
    const text = 'Hi Jordan, your team came across as arrogant and rude.';
    const [f] = checkToneSync(text);
    expect(f?.excerpt).toBe('your team came across as arrogant and rude.');
  });

  it('R9 sorts findings by where they start', async () => {
    const starts = (await checkTone(ANGRY)).map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('R9 finds each kind of problem in a message that has several', () => {
    const rules = new Set(checkToneSync(ANGRY).map((f) => f.rule));
    expect([...rules].sort()).toEqual([
      'blame',
      'demanding_justification',
      'pleading',
      'shouting',
      'threat',
    ]);
  });

  it('R9 offers a calmer sentence where one exists and none for a threat', () => {
    const byRule = new Map(checkToneSync(ANGRY).map((f) => [f.rule, f]));
    expect(byRule.get('demanding_justification')?.alternative).toMatch(/grateful/);
    expect(byRule.get('threat')?.alternative).toBeNull();
  });

  it('R9 passes gracious phrases clean', async () => {
    for (const text of [
      'I was disappointed to hear the news, but thank you for letting me know.',
      "Unfortunately I won't be able to make Tuesday.",
      "I'd really appreciate any feedback.",
      'Thank you!',
      "I'd love to stay in touch.",
    ]) {
      expect(await checkTone(text, { kind: 'thank_you' }), text).toEqual([]);
    }
  });

  it('R9 calls a message bridge-burning only when a finding is a warning', () => {
    const info: ToneFinding = {
      rule: 'spelling',
      ruleId: 'R9',
      severity: 'info',
      start: 0,
      end: 1,
      excerpt: 'x',
      explanation: 'A typo.',
      alternative: null,
    };
    expect(isBridgeBurning([])).toBe(false);
    expect(isBridgeBurning([info])).toBe(false);
    expect(isBridgeBurning([info, { ...info, severity: 'warning' }])).toBe(true);
    expect(isBridgeBurning(checkToneSync(ANGRY))).toBe(true);
  });

  it('R9 treats an empty message as fine', async () => {
    expect(await checkTone('')).toEqual([]);
    expect(checkToneSync('   ')).toEqual([]);
  });
});
