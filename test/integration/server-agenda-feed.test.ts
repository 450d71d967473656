// The agenda's cheap answers (ETag, gzip, a fresh `now`), the calendar feed behind its own
// secret, the journal's reflections, the applied date, and bad input on every route: always a
// 4xx with a stable code, never a 500.
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCAL_USER, openMemoryApp } from '../../src/app/index.js';
import { APPLICATION_STATUSES } from '../../src/core/types.js';
import { ROUTES, allowedHostsFor, createServer } from '../../src/server/index.js';

const NOW = '2026-11-20T10:00:00.000Z';
const BASE = 'http://127.0.0.1:5178';
type Json = any;

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

async function setup(options: { token?: string } = {}) {
  let t = Date.parse(NOW);
  const app = await openMemoryApp({ now: () => new Date(t) });
  close = () => app.close();
  const logs: string[] = [];
  const server = createServer({
    useCases: app.useCases,
    actor: LOCAL_USER,
    token: options.token ?? null,
    allowedHosts: allowedHostsFor('127.0.0.1', 5178),
    staticDir: null,
    now: () => app.now(),
    log: (line) => logs.push(line),
  });
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    Promise.resolve(
      server.request(`${BASE}${path}`, {
        method,
        headers: { ...(body !== undefined && { 'Content-Type': 'application/json' }), ...headers },
        ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      }),
    );
  return { app, call, logs, advance: (ms: number) => (t += ms) };
}

/** Lines of an ICS file, unfolded (RFC 5545 3.1), grouped into events of NAME -> value. */
function parseIcs(text: string): Array<Record<string, string>> {
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: Array<Record<string, string>> = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const i = line.indexOf(':');
      current[line.slice(0, i).split(';')[0]!] = line.slice(i + 1);
    }
  }
  return events;
}

async function withRejection(call: (m: string, p: string, b?: unknown) => Promise<Response>): Promise<number> {
  const app = (await (await call('POST', '/api/applications', { company: 'Northwind Health', role: 'UX Designer', appliedOn: '2026-10-01' })).json()) as Json;
  const contact = (await (await call('POST', '/api/contacts', { name: 'Dana Okafor', kind: 'hiring_manager', email: 'dana@northwind.example', applicationId: app.id })).json()) as Json;
  await call('POST', `/api/applications/${app.id}/interviews`, { at: '2026-11-10', kind: 'hiring_manager', mode: 'in_person', participantIds: [contact.id], finalRound: true });
  expect((await call('POST', `/api/applications/${app.id}/rejection`, { channel: 'call', receivedAt: '2026-11-19T15:00:00Z' })).status).toBe(201);
  return app.id as number;
}

describe("today's agenda, answered cheaply while nothing changes", () => {
  it('sends a weak ETag; If-None-Match answers 304 until the data changes, and `now` is always fresh', async () => {
    const { call, advance } = await setup();
    await withRejection(call);
    const first = await call('GET', '/api/today');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    expect(((await first.json()) as Json).now).toBe(NOW);

    const again = await call('GET', '/api/today', undefined, { 'If-None-Match': etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    advance(1000);
    const later = await call('GET', '/api/today');
    expect(later.headers.get('etag')).toBe(etag);
    expect(((await later.json()) as Json).now).toBe('2026-11-20T10:00:01.000Z');

    await call('POST', '/api/moods', { score: 3 });
    const changed = await call('GET', '/api/today', undefined, { 'If-None-Match': etag! });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(((await changed.json()) as Json).lastMood.score).toBe(3);
  });

  it('compresses the agenda as the client allows (brotli first, then gzip) to the same JSON', async () => {
    const { call } = await setup();
    await withRejection(call);
    const plain = await (await call('GET', '/api/today', undefined, { 'Accept-Encoding': 'identity' })).arrayBuffer();
    const same: unknown = JSON.parse(Buffer.from(plain).toString('utf8'));
    const br = await call('GET', '/api/today', undefined, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(JSON.parse(zlib.brotliDecompressSync(brBytes).toString('utf8'))).toEqual(same);
    const gz = await call('GET', '/api/today', undefined, { 'Accept-Encoding': 'gzip, deflate' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const gzBytes = Buffer.from(await gz.arrayBuffer());
    expect(JSON.parse(zlib.gunzipSync(gzBytes).toString('utf8'))).toEqual(same);
    expect(brBytes.length).toBeLessThan(gzBytes.length);
    expect(gzBytes.length).toBeLessThan(plain.byteLength);
  });

  it('lists each step with its draft subject and recipient, not the text, which is one call away', async () => {
    const { call } = await setup();
    await withRejection(call);
    type Listed = { step: { id: number; draft: { subject: string } | null } };
    const agenda = (await (await call('GET', '/api/today')).json()) as { due: Listed[]; upcoming: Listed[] };
    const withDraft = [...agenda.due, ...agenda.upcoming].find((i) => i.step.draft !== null);
    expect(withDraft).toBeDefined();
    expect(Object.keys(withDraft?.step.draft ?? {}).sort()).toEqual(['subject', 'toName']);
    const draft = (await (await call('GET', `/api/steps/${withDraft!.step.id}/draft`)).json()) as { draft: { subject: string; body: string } };
    expect(draft.draft.subject).toBe(withDraft!.step.draft!.subject);
    expect(draft.draft.body.length).toBeGreaterThan(50);
  });

  it("says the server's clock on /api/health", async () => {
    const { call } = await setup();
    expect(await (await call('GET', '/api/health')).json()).toEqual({ ok: true, now: NOW });
  });
});

describe('the calendar feed', () => {
  it('serves pending steps as ICS at its secret address, each event linking back to its step', async () => {
    const { app, call } = await setup();
    const appId = await withRejection(call);
    expect((await call('GET', '/calendar/abcdefghijklmnopqrstuvwx.ics')).status).toBe(404);
    const token = await app.useCases.calendarFeedToken(LOCAL_USER);
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await app.useCases.calendarFeedToken(LOCAL_USER)).toBe(token);

    const res = await call('GET', `/calendar/${token}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const events = parseIcs(await res.text());
    const plan = (await (await call('GET', `/api/applications/${appId}/plan`)).json()) as Json;
    const open = (plan.steps as Json[]).filter((s) => s.status === 'pending' || s.status === 'snoozed');
    expect(events.map((e) => e['UID']).sort()).toEqual(open.map((s) => `rebound-step-${s.id}@rebound.local`).sort());
    for (const e of events) {
      const step = open.find((s) => e['UID'] === `rebound-step-${s.id}@rebound.local`);
      expect(e['URL']).toBe(step.draft ? `${BASE}/steps/${step.id}/draft` : `${BASE}/applications/${appId}`);
      expect(e['DTSTART']).toBe(step.dueAt.slice(0, 10).replace(/-/g, ''));
      expect(e['SUMMARY']).toContain('Northwind Health');
    }
    expect(events.some((e) => e['URL']?.endsWith('/draft'))).toBe(true);
  });

  it('answers 404 for a wrong or retired token, and needs no API token of its own', async () => {
    const { app, call } = await setup({ token: 'the-api-token' });
    const auth = { Authorization: 'Bearer the-api-token' };
    const old = await app.useCases.calendarFeedToken(LOCAL_USER);
    expect((await call('GET', `/calendar/${old}.ics`)).status).toBe(200);
    expect((await call('GET', '/api/health')).status).toBe(401);
    const wrong = await call('GET', `/calendar/${old.slice(0, -1)}${old.endsWith('A') ? 'B' : 'A'}.ics`);
    expect(wrong.status).toBe(404);
    expect(((await wrong.json()) as Json).error.code).toBe('route_not_found');
    const fresh = await app.useCases.calendarFeedToken(LOCAL_USER, { rotate: true });
    expect(fresh).not.toBe(old);
    expect((await call('GET', `/calendar/${old}.ics`)).status).toBe(404);
    expect((await call('GET', `/calendar/${fresh}.ics`)).status).toBe(200);
    expect((await call('GET', `/calendar/${fresh}.ics.txt`, undefined, auth)).status).toBe(404);
  });
});

describe('the journal and the applied date', () => {
  it('lists every reflection, newest first, with the application it is about', async () => {
    const { call, advance } = await setup();
    const a = (await (await call('POST', '/api/applications', { company: 'Acme', role: 'Analyst' })).json()) as Json;
    const b = (await (await call('POST', '/api/applications', { company: 'Globex', role: 'Designer' })).json()) as Json;
    expect(await (await call('GET', '/api/reflections')).json()).toEqual([]);
    await call('POST', `/api/applications/${a.id}/reflections`, { wentWell: 'The case study.' });
    advance(60_000);
    await call('POST', `/api/applications/${b.id}/reflections`, { wentBadly: 'Rambled on salary.', pauseQuestions: ['Why this role?'] });
    const list = (await (await call('GET', '/api/reflections')).json()) as Json[];
    expect(list.map((r) => [r.application.company, r.wentWell ?? r.wentBadly])).toEqual([
      ['Globex', 'Rambled on salary.'],
      ['Acme', 'The case study.'],
    ]);
    expect(list[0]).toMatchObject({ applicationId: b.id, application: { id: b.id, role: 'Designer' }, pauseQuestions: ['Why this role?'] });
  });

  it('keeps an empty applied date empty instead of making it today; left out, it is today', async () => {
    const { call } = await setup();
    const post = async (extra: object): Promise<Json> => (await call('POST', '/api/applications', { company: 'Acme', role: 'Analyst', ...extra })).json();
    expect((await post({})).appliedOn).toBe('2026-11-20');
    expect((await post({ appliedOn: null })).appliedOn).toBeNull();
    expect((await post({ appliedOn: '' })).appliedOn).toBeNull();
    const dated = await post({ appliedOn: '2026-11-02' });
    expect(dated.appliedOn).toBe('2026-11-02');
    const cleared = (await (await call('PATCH', `/api/applications/${dated.id}`, { appliedOn: '' })).json()) as Json;
    expect(cleared.appliedOn).toBeNull();
  });
});

describe('bad input', () => {
  it('names the field as the client sent it, in plain words, with the path in `field`', async () => {
    const { call } = await setup();
    const a = (await (await call('POST', '/api/applications', { company: 'Acme', role: 'Analyst' })).json()) as Json;
    const cases: Array<[string, string, unknown, string, string]> = [
      ['POST', `/api/applications/${a.id}/interviews`, { at: '2026-11-10', kind: 'onsite', mode: 'video', questions: [{ text: '' }] }, 'questions, item 1, text: cannot be empty.', 'questions.0.text'],
      ['POST', `/api/applications/${a.id}/interviews`, { at: '2026-11-10', kind: 'onsite', mode: 'video', participantIds: [1, 'x'] }, 'participantIds, item 2: must be a number.', 'participantIds.1'],
      ['POST', '/api/applications', { role: 'Analyst' }, 'company: is missing.', 'company'],
      ['POST', '/api/applications', { company: 'A', role: 'B', status: 'maybe' }, `status: must be one of ${APPLICATION_STATUSES.map((x) => `"${x}"`).join(', ')}.`, 'status'],
      ['POST', '/api/classify', { subject: 'Hi' }, 'body: is missing.', 'body'],
      ['POST', '/api/tone', { text: 7 }, 'text: must be text.', 'text'],
      ['POST', '/api/moods', { score: 'great' }, 'score: must be a number.', 'score'],
    ];
    for (const [method, path, body, message, field] of cases) {
      const res = await call(method, path, body);
      expect({ path, status: res.status, error: ((await res.json()) as Json).error }).toEqual({ path, status: 400, error: { code: 'invalid_input', message, field } });
    }
  });

  it('answers every route with a 4xx and a stable code for empty, odd, binary, huge or missing input: never a 500', async () => {
    const { app, call, logs } = await setup();
    await app.useCases.loadDemo(LOCAL_USER);
    const bodies: Array<string | undefined> = [
      undefined,
      '',
      'null',
      '42',
      '"text"',
      '[]',
      '{}',
      '\u0000\u0001\u00ff\ufffd',
      '{"a":',
      JSON.stringify({ subject: { a: 1 }, body: [1], text: { x: 1 }, score: 'abc', company: 123, at: 'soon', kind: 'nope', action: 'explode', label: 7, email: 5 }),
      JSON.stringify({ text: 'a'.repeat(60_000), body: 'b'.repeat(2_100_000), subject: 's'.repeat(400), company: 'c'.repeat(300), email: 'x'.repeat(30) }),
      JSON.stringify({ __proto__: { polluted: 1 }, constructor: { prototype: { x: 1 } } }),
    ];
    const ids = ['0', '-1', 'abc', '99999999', '1e400', '%00'];
    const codes = new Set<string>();
    for (const r of ROUTES) {
      const method = r.method.toUpperCase();
      const paths = r.path.includes(':') ? ids.map((i) => r.path.replace(/:[a-z]+/gi, i)) : [r.path];
      for (const p of paths) {
        for (const body of method === 'GET' || method === 'DELETE' ? [undefined] : bodies) {
          const res = await call(method, method === 'GET' ? `${p}?status=weird&days=-5&search=${'x'.repeat(300)}` : p, body);
          const text = await res.text();
          expect({ route: `${method} ${p}`, body: body?.slice(0, 40), status: res.status < 500 }).toEqual({ route: `${method} ${p}`, body: body?.slice(0, 40), status: true });
          if (res.status >= 400) {
            const code = JSON.parse(text).error.code as string;
            expect(['invalid_input', 'not_found', 'unsupported', 'conflict', 'empty_email', 'binary_email', 'route_not_found', 'payload_too_large']).toContain(code);
            codes.add(code);
          }
        }
      }
    }
    expect(codes.has('invalid_input')).toBe(true);
    expect(logs).toEqual([]);
  });
});
