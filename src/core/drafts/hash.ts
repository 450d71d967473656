// A small, stable string hash (32-bit FNV-1a). Drafts use it to pick a phrasing from a seed, so
// the same facts always give the same text, on every machine and every run.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a over the string's UTF-16 code units, as an unsigned integer. */
export function fnv1a(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** A stable index in [0, count) for the given key. */
export function pickIndex(key: string, count: number): number {
  if (count <= 0) return 0;
  return fnv1a(key) % count;
}
