// The keys of messages already ingested, as sorted SHA-256 digests in shared memory: the worker
// threads look each message up before parsing it, so a second run over a mailbox costs its
// reading and hashing, not its classification. 32 bytes a message, one copy for every thread.
import type { Repos } from '../../store/index.js';

const DIGEST = 32;
const HEX_KEY = /^[0-9a-f]{64}$/;
const PAGE = 10_000;

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

  /** Digests of the hex keys; other keys (IMAP's folder/uid) are left out. */
  static fromKeys(keys: readonly string[]): SeenDigests {
    // Sorted here, not by the store: a database's collation need not be byte order.
    const hex = keys.filter((k) => HEX_KEY.test(k)).sort();
    const buffer = new SharedArrayBuffer(hex.length * DIGEST);
    const all = Buffer.from(buffer);
    hex.forEach((k, i) => all.write(k, i * DIGEST, DIGEST, 'hex'));
    return new SeenDigests(buffer);
  }

  /** The user's remembered keys, read a page at a time. */
  static async load(repos: Repos, userId: number): Promise<SeenDigests> {
    const keys: string[] = [];
    let after = '';
    for (;;) {
      const page = await repos.emails.seenKeysAfter(userId, after, PAGE);
      for (const k of page) if (HEX_KEY.test(k)) keys.push(k);
      const last = page[page.length - 1];
      if (last === undefined || page.length < PAGE) break;
      after = last;
    }
    return SeenDigests.fromKeys(keys);
  }

  /** Whether a message key (SHA-256 hex) is among the digests. */
  has(key: string): boolean {
    if (this.count === 0 || !HEX_KEY.test(key)) return false;
    this.probe.write(key, 0, DIGEST, 'hex');
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.all.compare(this.probe, 0, DIGEST, mid * DIGEST, mid * DIGEST + DIGEST);
      if (c === 0) return true;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}
