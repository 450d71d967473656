import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BETTER_BROTLI_MIN_BYTES, betterBrotli, brotliWithNow, crc32, gzipWithNow, jsonWithNow, matchesEtag, pickCoding, prepareJson } from './agenda-body.js';

const agenda = {
  now: '2026-11-20T10:00:00.000Z',
  due: Array.from({ length: 40 }, (_, i) => ({ id: i, note: `Send the thank-you to person ${i} — “quoted”, ünïcödé` })),
  pipeline: { active: 3, nudge: null },
};

describe('the agenda body kept between requests', () => {
  it('computes the CRC-32 gzip uses, and continues it across pieces', () => {
    const whole = Buffer.from('The quick brown fox jumps over the lazy dog');
    expect(crc32(whole)).toBe(0x414fa339);
    expect(crc32(whole.subarray(10), crc32(whole.subarray(0, 10)))).toBe(0x414fa339);
  });

  it('writes the same JSON as JSON.stringify would, with `now` moved last and set per request', () => {
    const p = prepareJson(agenda);
    for (const now of ['2026-11-20T10:00:00.000Z', '2026-11-21T23:59:59.999Z']) {
      const text = jsonWithNow(p, now).toString('utf8');
      expect(JSON.parse(text)).toEqual({ ...agenda, now });
      expect(text.endsWith(`"now":"${now}"}`)).toBe(true);
    }
    expect(JSON.parse(jsonWithNow(prepareJson({ now: 'x' }), 'y').toString())).toEqual({ now: 'y' });
  });

  it('gzips to a stream any gunzip reads back exactly, for every `now`', () => {
    const p = prepareJson(agenda);
    for (const now of ['2026-11-20T10:00:00.000Z', '2027-01-01T00:00:00.000Z']) {
      const gz = gzipWithNow(p, now);
      expect(gz).not.toBeNull();
      expect(gz!.length).toBeLessThan(jsonWithNow(p, now).length / 2);
      expect(zlib.gunzipSync(gz!).toString('utf8')).toBe(jsonWithNow(p, now).toString('utf8'));
    }
  });

  it('writes brotli any decoder reads back exactly, for every `now`, smaller than the gzip form', () => {
    const p = prepareJson(agenda);
    for (const now of ['2026-11-20T10:00:00.000Z', '2027-01-01T00:00:00.000Z', 'x'.repeat(300)]) {
      const br = brotliWithNow(p, now);
      expect(br).not.toBeNull();
      expect(br!.length).toBeLessThan(gzipWithNow(p, now)!.length);
      expect(zlib.brotliDecompressSync(br!).toString('utf8')).toBe(jsonWithNow(p, now).toString('utf8'));
    }
  });

  it('makes a smaller brotli form of a big agenda off the event loop, to the same JSON', async () => {
    const big = { ...agenda, due: Array.from({ length: 600 }, (_, i) => ({ id: i, note: `Thank person ${i * 7919} for their time` })) };
    const p = prepareJson(big);
    expect(p.prefix.length).toBeGreaterThan(BETTER_BROTLI_MIN_BYTES);
    const better = await betterBrotli(p);
    expect(better).not.toBeNull();
    const now = '2026-11-20T10:00:00.000Z';
    expect(brotliWithNow(better!, now)!.length).toBeLessThan(brotliWithNow(p, now)!.length);
    expect(zlib.brotliDecompressSync(brotliWithNow(better!, now)!).toString('utf8')).toBe(jsonWithNow(p, now).toString('utf8'));
    expect(await betterBrotli(prepareJson(agenda))).toBeNull();
  });

  it('leaves a small body uncompressed', () => {
    expect(gzipWithNow(prepareJson({ now: 'x', ok: true }), 'y')).toBeNull();
    expect(brotliWithNow(prepareJson({ now: 'x', ok: true }), 'y')).toBeNull();
  });

  it('reads Accept-Encoding and If-None-Match as browsers send them', () => {
    expect(pickCoding('gzip, deflate, br')).toBe('br');
    expect(pickCoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pickCoding('br;q=0, gzip;q=0.8')).toBe('gzip');
    expect(pickCoding('gzip, deflate')).toBe('gzip');
    expect(pickCoding('x-gzip')).toBe('gzip');
    expect(pickCoding('*')).toBe('br');
    expect(pickCoding('*, br;q=0')).toBe('gzip');
    expect(pickCoding('gzip;q=0')).toBe('identity');
    expect(pickCoding('identity')).toBe('identity');
    expect(pickCoding(undefined)).toBe('identity');
    expect(matchesEtag('W/"a-1"', 'W/"a-1"')).toBe(true);
    expect(matchesEtag('"x", "a-1"', 'W/"a-1"')).toBe(true);
    expect(matchesEtag('*', 'W/"a-1"')).toBe(true);
    expect(matchesEtag('W/"a-2"', 'W/"a-1"')).toBe(false);
    expect(matchesEtag(undefined, 'W/"a-1"')).toBe(false);
  });
});
