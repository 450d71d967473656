import { describe, expect, it } from 'vitest';
import { timeLeft } from './format.js';

describe('timeLeft', () => {
  it('says it is still working out the time until a second has passed and some of the mailbox is done', () => {
    expect(timeLeft(0.5, 0.2)).toBe('working out time left');
    expect(timeLeft(10, 0)).toBe('working out time left');
    expect(timeLeft(10, null)).toBe('working out time left');
  });

  it('projects the rest from the pace so far, in seconds, minutes or hours', () => {
    expect(timeLeft(10, 0.5)).toBe('about 10 s left');
    expect(timeLeft(60, 0.25)).toBe('about 3 min left');
    expect(timeLeft(3600, 0.4)).toBe('about 1.5 h left');
  });

  it('says almost done once everything is read but not yet stored', () => {
    expect(timeLeft(30, 1)).toBe('almost done');
  });
});
