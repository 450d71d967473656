import { describe, expect, it } from 'vitest';
import { memoized } from './memo.js';

describe('memoized', () => {
  it('computes each key once while it is remembered, and starts afresh once the table is full', () => {
    const calls: string[] = [];
    const upper = memoized((k) => (calls.push(k), k.toUpperCase()), 2);
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(calls).toEqual(['a', 'b']);
    // A third key fills the table past its size: the table is cleared, so 'a' is computed again.
    expect(upper('c')).toBe('C');
    expect(upper('a')).toBe('A');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
