// Today's agenda as bytes, made once per computed agenda and reused for every request until the
// agenda changes (npm run bench:api). Only `now` differs between two answers, so it is written
// last: the JSON is a kept prefix plus `"…now…"}`, and each compressed form is a kept compressed
// prefix flushed to a byte boundary, ended by a tiny uncompressed block holding that tail.
// Clients see ordinary JSON, ordinary gzip (RFC 1952: header, deflate data, CRC-32, size) and
// ordinary brotli (RFC 7932: meta-blocks, the last one empty).
import zlib from 'node:zlib';

/** Bodies smaller than this are sent as they are: compressing them gains nothing. */
export const GZIP_MIN_BYTES = 1024;

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 (as in gzip) of `bytes`, continuing from the CRC of what came before them. */
export function crc32(bytes: Uint8Array, previous = 0): number {
  let c = ~previous;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

// ID1 ID2, deflate, no flags, no mtime, no extra flags, OS unknown.
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

export interface PreparedJson {
  /** The JSON up to (not including) the value of its last member, `now`. */
  readonly prefix: Buffer;
  /** GZIP_HEADER + the prefix deflated and flushed to a byte boundary (not final), or null. */
  readonly gzipPrefix: Buffer | null;
  readonly prefixCrc: number;
  /** The prefix as a brotli stream flushed to a byte boundary (not final), or null. */
  readonly brotliPrefix: Buffer | null;
}

/**
 * Prepares `value` (an object with a string member `now`) to be sent many times with
 * different `now`s. `now` is moved to the end; the other members keep their order.
 */
export function prepareJson<T extends { now: string }>(value: T): PreparedJson {
  const { now: _now, ...rest } = value;
  const inner = JSON.stringify(rest);
  const prefix = Buffer.from(`${inner.length > 2 ? `${inner.slice(0, -1)},` : '{'}"now":`, 'utf8');
  if (prefix.length < GZIP_MIN_BYTES) return { prefix, gzipPrefix: null, prefixCrc: 0, brotliPrefix: null };
  const deflated = zlib.deflateRawSync(prefix, { level: 6, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  // Quality 5 is within 1% of 9 on agenda JSON at a tenth of the time (about 2 ms for 100 KB),
  // and this runs on the request that follows each change; see betterBrotli for more.
  const brotliPrefix = zlib.brotliCompressSync(prefix, brotliOptions(5, prefix.length));
  return { prefix, gzipPrefix: Buffer.concat([GZIP_HEADER, deflated]), prefixCrc: crc32(prefix), brotliPrefix };
}

function brotliOptions(quality: number, size: number): zlib.BrotliOptions {
  return {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size,
    },
    finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
  };
}

/** Below this, quality 11 saves too few bytes to be worth its time. */
export const BETTER_BROTLI_MIN_BYTES = 32 * 1024;

/**
 * The same prepared JSON with its brotli prefix at quality 11: about 15% smaller, at about 2 ms
 * per KB, so it is made off the event loop (zlib's thread pool) and swapped in when ready.
 * Resolves to null for small bodies.
 */
export function betterBrotli(p: PreparedJson): Promise<PreparedJson | null> {
  if (p.brotliPrefix === null || p.prefix.length < BETTER_BROTLI_MIN_BYTES) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    zlib.brotliCompress(p.prefix, brotliOptions(11, p.prefix.length), (e, better) => (e ? reject(e) : resolve({ ...p, brotliPrefix: better })));
  });
}

const tailOf = (now: string): Buffer => Buffer.from(`${JSON.stringify(now)}}`, 'utf8');

/** The JSON text with this `now`. */
export function jsonWithNow(p: PreparedJson, now: string): Buffer {
  return Buffer.concat([p.prefix, tailOf(now)]);
}

/** The same JSON, gzipped; null when the body is too small to be worth it. */
export function gzipWithNow(p: PreparedJson, now: string): Buffer | null {
  if (p.gzipPrefix === null) return null;
  const tail = tailOf(now);
  const n = tail.length;
  const total = p.prefix.length + n;
  const end = Buffer.allocUnsafe(5 + n + 8);
  // A final stored block: BFINAL=1, BTYPE=00, then LEN and its one's complement.
  end[0] = 1;
  end.writeUInt16LE(n, 1);
  end.writeUInt16LE(~n & 0xffff, 3);
  tail.copy(end, 5);
  end.writeUInt32LE(crc32(tail, p.prefixCrc), 5 + n);
  end.writeUInt32LE(total % 0x100000000, 9 + n);
  return Buffer.concat([p.gzipPrefix, end]);
}

/** The same JSON as brotli; null when the body is too small to be worth it. */
export function brotliWithNow(p: PreparedJson, now: string): Buffer | null {
  if (p.brotliPrefix === null) return null;
  const tail = tailOf(now);
  const n = tail.length;
  // An uncompressed meta-block, bits from the lowest: ISLAST=0, MNIBBLES=4 (code 0), MLEN-1 in
  // 16 bits, ISUNCOMPRESSED=1, then zero bits to the byte boundary. After the tail, the last
  // meta-block: ISLAST=1, ISLASTEMPTY=1.
  const head = ((n - 1) << 3) | (1 << 19);
  const end = Buffer.allocUnsafe(3 + n + 1);
  end[0] = head & 0xff;
  end[1] = (head >>> 8) & 0xff;
  end[2] = (head >>> 16) & 0xff;
  tail.copy(end, 3);
  end[3 + n] = 0b11;
  return Buffer.concat([p.brotliPrefix, end]);
}

export type Coding = 'br' | 'gzip' | 'identity';

/**
 * The coding to answer with, from an Accept-Encoding header: brotli (smaller) over gzip, each
 * unless refused with q=0; a bare `*` allows either.
 */
export function pickCoding(header: string | undefined): Coding {
  if (!header) return 'identity';
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (!coding) continue;
    const given = params.map((x) => x.trim()).find((x) => x.startsWith('q='));
    q.set(coding === 'x-gzip' ? 'gzip' : coding, given === undefined ? 1 : Number(given.slice(2)) || 0);
  }
  const allows = (c: string): boolean => (q.get(c) ?? q.get('*') ?? 0) > 0;
  if (allows('br')) return 'br';
  if (allows('gzip')) return 'gzip';
  return 'identity';
}

/** True when an If-None-Match header names `etag` (compared weakly, as RFC 9110 asks for GET). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (t: string): string => t.trim().replace(/^W\//, '');
  const mine = opaque(etag);
  return header.split(',').some((t) => opaque(t) === mine);
}
