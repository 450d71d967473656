// The agenda's fast lane (src/server/fast-lane.ts) answers GET /api/today on a real socket ahead
// of the router. It must answer exactly as the router would, and leave everything it does not
// fully check (a token, a wrong Host, another path) to the router.
import http from 'node:http';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCAL_USER, openMemoryApp } from '../../src/app/index.js';
import { allowedHostsFor, createServer, listen, type Listening } from '../../src/server/index.js';
import { withFastLane } from '../../src/server/fast-lane.js';
import { getRequestListener } from '@hono/node-server';

const NOW = '2026-11-20T10:00:00.000Z';
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One GET as bytes: fetch would decode the body, and the body is what is compared. */
function rawGet(port: number, path: string, headers: Record<string, string>): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

async function serve(token: string | null = null) {
  const app = await openMemoryApp({ now: () => new Date(NOW) });
  cleanups.push(() => app.close());
  const allowedHosts: string[] = [];
  const server = createServer({ useCases: app.useCases, actor: LOCAL_USER, token, allowedHosts, staticDir: null, now: () => app.now(), log: () => {} });
  const listening: Listening = await listen(server, '127.0.0.1', 0);
  cleanups.push(() => listening.close());
  allowedHosts.push(...allowedHostsFor('127.0.0.1', listening.port));
  const host = `127.0.0.1:${listening.port}`;
  // A plan with drafts, so the agenda is big enough to be compressed.
  const a = await app.useCases.addApplication(LOCAL_USER, { company: 'Northwind Health', role: 'UX Designer', appliedOn: '2026-10-01' });
  await app.useCases.recordRejection(LOCAL_USER, { applicationId: a.id, channel: 'call', receivedAt: '2026-11-19T15:00:00Z' });
  // The same app on a second socket with the router alone, as it was before the lane.
  const router = getRequestListener(server.fetch, { hostname: '127.0.0.1' });
  const plain = http.createServer((req, res) => void router(req, res));
  await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => plain.close(() => resolve())));
  const routerPort = (plain.address() as { port: number }).port;
  /** The same request through the router, with the lane's Host. */
  const viaRouter = (path: string, headers: Record<string, string>): Promise<Raw> => rawGet(routerPort, path, { Host: host, ...headers });
  return { port: listening.port, host, viaRouter, server, allowedHosts };
}

// Set by Node's socket layer for every answer, whichever path made it.
const TRANSPORT = new Set(['date', 'connection', 'keep-alive']);
const own = (h: http.IncomingHttpHeaders | Record<string, string>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(h).filter(([k]) => !TRANSPORT.has(k.toLowerCase())).map(([k, v]) => [k.toLowerCase(), v]));

describe('the fast lane for the agenda', () => {
  it('answers plain, brotli, gzip and 304 requests byte for byte as the router does', async () => {
    const s = await serve();
    const first = await rawGet(s.port, '/api/today', {});
    const etag = String(first.headers.etag);
    const cases: Array<Record<string, string>> = [
      {},
      { 'Accept-Encoding': 'gzip, deflate, br' },
      { 'Accept-Encoding': 'gzip' },
      { 'Accept-Encoding': 'identity' },
      { 'If-None-Match': etag },
    ];
    for (const headers of cases) {
      const fast = await rawGet(s.port, '/api/today', headers);
      const routed = await s.viaRouter('/api/today', headers);
      expect(fast.status).toBe(routed.status);
      expect(own(fast.headers)).toEqual(own(routed.headers));
      expect(fast.body.equals(routed.body)).toBe(true);
    }
    const br = await rawGet(s.port, '/api/today', { 'Accept-Encoding': 'br' });
    const agenda = JSON.parse(zlib.brotliDecompressSync(br.body).toString('utf8')) as { now: string; due: unknown[] };
    expect(agenda.now).toBe(NOW);
    expect(agenda.due.length).toBeGreaterThan(0);
    expect(br.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it('leaves a Host it does not answer to, another path or a query string to the router', async () => {
    const s = await serve();
    const rebinding = await rawGet(s.port, '/api/today', { Host: 'attacker.example' });
    expect(rebinding.status).toBe(403);
    expect(JSON.parse(rebinding.body.toString('utf8'))).toMatchObject({ error: { code: 'forbidden_host' } });
    const withQuery = await rawGet(s.port, '/api/today?fresh=1', {});
    expect(withQuery.status).toBe(200);
    expect(JSON.parse(withQuery.body.toString('utf8'))).toMatchObject({ now: NOW });
    expect((await rawGet(s.port, '/api/todays', {})).status).toBe(404);
  });

  it('is not used when the server has a token: every request is checked in full', async () => {
    const s = await serve('s3cret-token-for-tests');
    const without = await rawGet(s.port, '/api/today', {});
    expect(without.status).toBe(401);
    expect(JSON.parse(without.body.toString('utf8'))).toMatchObject({ error: { code: 'unauthorized' } });
    const withIt = await rawGet(s.port, '/api/today', { Authorization: 'Bearer s3cret-token-for-tests' });
    expect(withIt.status).toBe(200);
  });
});

describe('which requests take the lane', () => {
  it('answers only a plain GET /api/today to an allowed Host itself; the router gets the rest', async () => {
    const s = await serve();
    const routed: string[] = [];
    const lane = http.createServer(
      withFastLane(s.server, (req, res) => {
        routed.push(`${req.method ?? ''} ${req.url ?? ''}`);
        res.writeHead(418).end();
      }),
    );
    await new Promise<void>((resolve) => lane.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => lane.close(() => resolve())));
    const port = (lane.address() as { port: number }).port;
    s.allowedHosts.push(`127.0.0.1:${port}`);
    expect((await rawGet(port, '/api/today', { 'Accept-Encoding': 'br' })).status).toBe(200);
    expect(routed).toEqual([]);
    expect((await rawGet(port, '/api/today', { Host: 'attacker.example' })).status).toBe(418);
    expect((await rawGet(port, '/api/today?x=1', {})).status).toBe(418);
    expect((await rawGet(port, '/api/health', {})).status).toBe(418);
    expect(routed).toEqual(['GET /api/today', 'GET /api/today?x=1', 'GET /api/health']);
  });
});
