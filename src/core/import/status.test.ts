import { describe, expect, it } from 'vitest';
import { readStatus } from './status.js';

describe('readStatus', () => {
  it('reads Rebound’s own statuses', () => {
    expect(readStatus('interviewing')).toBe('interviewing');
    expect(readStatus('Withdrawn')).toBe('withdrawn');
  });

  it('reads stage names as trackers write them, emoji and case aside', () => {
    expect(readStatus('Bookmarked')).toBe('wishlist');
    expect(readStatus('Not Selected')).toBe('rejected');
    expect(readStatus('No Response 🔕')).toBe('ghosted');
    expect(readStatus('I Withdrew')).toBe('withdrawn');
    expect(readStatus('phone_screen')).toBe('screening');
    expect(readStatus('  Interview ')).toBe('interviewing');
  });

  it('does not guess at a stage it does not know', () => {
    expect(readStatus('Take-home')).toBeNull();
    expect(readStatus('Archived')).toBeNull();
  });
});
