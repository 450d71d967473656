// The keys of messages already ingested, as 32-byte digests. SeenDigests holds the ones stored
// before a run, sorted, in shared memory: the worker threads look each message up before parsing
// it, so a second run over a mailbox costs its reading and hashing, not its classification.
// SeenKeys adds the ones the run itself remembers, so the store's log never needs a unique
// index (migration 0008). 32 bytes a message either way, and no key strings kept.
import { createHash } from 'node:crypto';
import type { Repos } from '../../store/index.js';

const DIGEST = 32;
const HEX_KEY = /^[0-9a-f]{64}$/;
const PAGE = 10_000;

/**
 * A key's digest in hex. A mailbox key is already a SHA-256 in hex; any other key (IMAP's
 * "folder:uidvalidity:uid") is hashed, which keeps every digest the same size.
 */
function digestHex(key: string): string {
  return HEX_KEY.test(key) ? key : createHash('sha256').update(key).digest('hex');
}

function writeDigest(key: string, into: Buffer, at: number): void {
  into.write(digestHex(key), at, DIGEST, 'hex');
}

export class SeenDigests {
  private readonly all: Buffer;
  private readonly count: number;
  private readonly probe = Buffer.alloc(DIGEST);

  /** `buffer` holds sorted digests back to back (see fromKeys); a shared one crosses to workers as is. */
  constructor(readonly buffer: SharedArrayBuffer | ArrayBuffer) {
    this.all = Buffer.from(buffer);
    this.count = Math.floor(buffer.byteLength / DIGEST);
  }

  get size(): number {
    return this.count;
  }

  static fromKeys(keys: readonly string[]): SeenDigests {
    // Lower-case hex sorts in byte order; a database's collation need not, so sort here.
    const hex = keys.map(digestHex).sort();
    // The log may hold a key twice (two ingests at once): keep one.
    const unique = hex.filter((k, i) => i === 0 || k !== hex[i - 1]);
    const buffer = new SharedArrayBuffer(unique.length * DIGEST);
    const all = Buffer.from(buffer);
    unique.forEach((k, i) => all.write(k, i * DIGEST, DIGEST, 'hex'));
    return new SeenDigests(buffer);
  }

  /** The user's remembered keys, read a page at a time. */
  static async load(repos: Repos, userId: number): Promise<SeenDigests> {
    const keys: string[] = [];
    let after = 0;
    for (;;) {
      const page = await repos.emails.seenKeysAfter(userId, after, PAGE);
      for (const row of page) keys.push(row.key);
      const last = page[page.length - 1];
      if (last === undefined || page.length < PAGE) break;
      after = last.id;
    }
    return SeenDigests.fromKeys(keys);
  }

  has(key: string): boolean {
    if (this.count === 0) return false;
    writeDigest(key, this.probe, 0);
    return this.hasDigest(this.probe);
  }

  /** The same for a digest already written out (32 bytes). */
  hasDigest(digest: Buffer): boolean {
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.all.compare(digest, 0, DIGEST, mid * DIGEST, mid * DIGEST + DIGEST);
      if (c === 0) return true;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

/**
 * Every key a run must not take as new: the ones stored before it, and the ones it has stored
 * since. The second part is an open-addressing set over digests (a digest's first bytes are
 * already a good hash), grown by doubling.
 */
export class SeenKeys {
  private digests = Buffer.alloc(DIGEST * 1024);
  /** Entry index + 1 per slot, 0 for empty; kept at most half full. */
  private slots = new Int32Array(2048);
  private added = 0;
  private readonly probe = Buffer.alloc(DIGEST);

  constructor(readonly before: SeenDigests) {}

  /** Keys added since the run began. */
  get size(): number {
    return this.added;
  }

  has(key: string): boolean {
    writeDigest(key, this.probe, 0);
    return this.before.hasDigest(this.probe) || (this.slots[this.slotOf(this.probe)] ?? 0) !== 0;
  }

  /** Remembers a key for the rest of the run (once its transaction has committed). */
  add(key: string): void {
    writeDigest(key, this.probe, 0);
    const slot = this.slotOf(this.probe);
    if ((this.slots[slot] ?? 0) !== 0) return;
    if ((this.added + 1) * DIGEST > this.digests.length) {
      const bigger = Buffer.alloc(this.digests.length * 2);
      this.digests.copy(bigger);
      this.digests = bigger;
    }
    this.probe.copy(this.digests, this.added * DIGEST);
    this.added++;
    this.slots[slot] = this.added;
    if (this.added * 2 > this.slots.length) this.rehash();
  }

  /** The slot holding the digest, or the empty slot where it would go. */
  private slotOf(d: Buffer): number {
    const mask = this.slots.length - 1;
    for (let slot = d.readUInt32LE(0) & mask; ; slot = (slot + 1) & mask) {
      const entry = (this.slots[slot] ?? 0) - 1;
      if (entry < 0) return slot;
      if (this.digests.compare(d, 0, DIGEST, entry * DIGEST, entry * DIGEST + DIGEST) === 0) return slot;
    }
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let entry = 0; entry < this.added; entry++) {
      let slot = this.digests.readUInt32LE(entry * DIGEST) & mask;
      while ((this.slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = entry + 1;
    }
  }
}
