// A bounded memo for pure functions of a string that see the same few inputs again and again
// (the senders of one mailbox, a user's company names). Cleared when full: cheaper than tracking
// recency, and a full table means the inputs are not repeating anyway.
export function memoized<T>(fn: (key: string) => T, max: number): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    const hit = known.get(key);
    if (hit !== undefined) return hit;
    const value = fn(key);
    if (known.size >= max) known.clear();
    known.set(key, value);
    return value;
  };
}
