// The server's defences, called in-process: Host checks against DNS rebinding, Origin checks
// against cross-site writes, the access token (header and cookie), security headers on every
// answer, the web app's files, and the OpenAPI document describing every route.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { LOCAL_USER, openMemoryApp } from '../../src/app/index.js';
import { fixedClock } from '../../src/core/time.js';
import { API_SECURITY_HEADERS, ROUTES, SECURITY_HEADERS, allowedHostsFor, createServer, openApiPath } from '../../src/server/index.js';

const BASE = 'http://127.0.0.1:5178';
const OWN_ORIGIN = 'http://127.0.0.1:5178';
const TOKEN = 'correct-horse-battery-staple';

type Json = any;

let closers: Array<() => Promise<void>> = [];
const tmpDirs: string[] = [];
afterEach(async () => {
  for (const c of closers) await c();
  closers = [];
});
afterAll(() => {
  for (const d of tmpDirs) fs.rmSync(d, { recursive: true, force: true });
});

async function server(options: { token?: string | null; staticDir?: string | null } = {}) {
  const app = await openMemoryApp(fixedClock('2026-11-20T10:00:00Z'));
  closers.push(() => app.close());
  const s = createServer({
    useCases: app.useCases,
    actor: LOCAL_USER,
    token: options.token ?? null,
    allowedHosts: allowedHostsFor('127.0.0.1', 5178),
    staticDir: options.staticDir ?? null,
    now: () => app.now(),
    log: () => undefined,
  });
  return {
    request: (p: string, init: RequestInit = {}) => s.request(p.startsWith('http') ? p : `${BASE}${p}`, init),
    post: (p: string, body: unknown, headers: Record<string, string> = {}) =>
      s.request(`${BASE}${p}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) }),
  };
}

const codeOf = async (res: Response): Promise<string> => ((await res.json()) as Json).error.code as string;

describe('Host checks (DNS rebinding)', () => {
  it('refuses a request whose Host is another name with 403 forbidden_host', async () => {
    const s = await server();
    const res = await s.request('/api/health', { headers: { Host: 'attacker.example:5178' } });
    expect(res.status).toBe(403);
    expect(await codeOf(res)).toBe('forbidden_host');
    const page = await s.request('http://rebind.attacker.example:5178/');
    expect(page.status).toBe(403);
  });

  it('refuses the right name on the wrong port', async () => {
    const s = await server();
    expect((await s.request('/api/health', { headers: { Host: '127.0.0.1:8080' } })).status).toBe(403);
  });

  it('answers to the bound address, localhost and [::1] on its port', async () => {
    const s = await server();
    for (const host of ['127.0.0.1:5178', 'localhost:5178', 'LOCALHOST:5178', '[::1]:5178']) {
      const res = await s.request('/api/health', { headers: { Host: host } });
      expect({ host, status: res.status }).toEqual({ host, status: 200 });
    }
  });
});

describe('Origin checks (cross-site writes)', () => {
  it('refuses a POST from another site with 403 forbidden_origin, and stores nothing', async () => {
    const s = await server();
    const res = await s.post('/api/applications', { company: 'Evil', role: 'Spy' }, { Origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(await codeOf(res)).toBe('forbidden_origin');
    for (const origin of ['null', 'http://localhost:3000', 'http://127.0.0.1:5179']) {
      expect((await s.post('/api/moods', { score: 3 }, { Origin: origin })).status).toBe(403);
    }
    expect(await (await s.request('/api/applications')).json()).toEqual([]);
  });

  it('refuses a cross-site PUT and PATCH as well', async () => {
    const s = await server();
    const headers = { Origin: 'https://evil.example', 'Content-Type': 'application/json' };
    expect((await s.request('/api/profile', { method: 'PATCH', headers, body: '{"name":"x"}' })).status).toBe(403);
    expect((await s.request('/api/steps/1/draft', { method: 'PUT', headers, body: '{"subject":"a","body":"b"}' })).status).toBe(403);
  });

  it('accepts a POST from its own pages, and one with no Origin (a script or curl)', async () => {
    const s = await server();
    expect((await s.post('/api/applications', { company: 'Acme', role: 'Engineer' }, { Origin: OWN_ORIGIN })).status).toBe(201);
    expect((await s.post('/api/applications', { company: 'Acme', role: 'Designer' }, { Origin: 'http://localhost:5178', Host: 'localhost:5178' })).status).toBe(201);
    expect((await s.post('/api/applications', { company: 'Acme', role: 'Analyst' })).status).toBe(201);
  });

  it('lets any page read nothing: no CORS headers are ever sent', async () => {
    const s = await server();
    const res = await s.request('/api/applications', { headers: { Origin: 'https://evil.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the access token', () => {
  it('answers 401 unauthorized without the token, and 200 with it as a bearer header', async () => {
    const s = await server({ token: TOKEN });
    const bare = await s.request('/api/health');
    expect(bare.status).toBe(401);
    expect(bare.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await codeOf(bare)).toBe('unauthorized');
    expect((await s.request('/api/health', { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await s.request('/api/health', { headers: { Authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    expect((await s.request('/', {})).status).toBe(401);
  });

  it('trades ?token= on a page for an HttpOnly SameSite=Strict cookie and takes it out of the address', async () => {
    const s = await server({ token: TOKEN });
    const res = await s.request(`/applications?view=board&token=${TOKEN}`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/applications?view=board');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^rebound_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const pair = cookie.split(';')[0]!;
    expect((await s.request('/api/health', { headers: { Cookie: pair } })).status).toBe(200);
    expect((await s.request('/', { headers: { Cookie: pair } })).status).toBe(200);
    expect((await s.request('/api/health', { headers: { Cookie: 'rebound_token=nope' } })).status).toBe(401);
  });

  it('does not take the token from the query on API calls, nor a wrong one on pages', async () => {
    const s = await server({ token: TOKEN });
    expect((await s.request(`/api/health?token=${TOKEN}`)).status).toBe(401);
    expect((await s.request('/?token=guess')).status).toBe(401);
  });

  it('checks the Host before the token, so a rebinding page learns nothing', async () => {
    const s = await server({ token: TOKEN });
    const res = await s.request('/api/health', { headers: { Host: 'attacker.example:5178', Authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(403);
  });
});

describe('security headers', () => {
  it('sends the CSP and the other headers on pages, API answers and errors alike', async () => {
    const s = await server({ token: TOKEN });
    const auth = { Authorization: `Bearer ${TOKEN}` };
    const pages = [
      await s.request('/', { headers: auth }),
      await s.request('/api/docs', { headers: auth }),
      await s.request('/api/nothing', { headers: auth }),
      await s.request('/api/health'),
      await s.request('/api/health', { headers: { Host: 'evil.example' } }),
    ];
    for (const res of pages) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name)).toBe(value);
    }
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("script-src 'self'");
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    // API answers are never pages: nothing may load from them or frame them.
    const answers = [await s.request('/api/health', { headers: auth }), await s.request('/api/today', { headers: auth })];
    for (const res of answers) {
      expect(res.status).toBe(200);
      for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) expect(res.headers.get(name)).toBe(value);
    }
    expect(API_SECURITY_HEADERS['Content-Security-Policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(answers[0]!.headers.get('cache-control')).toBe('no-store');
  });
});

describe('the web app files', () => {
  function builtApp(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-web-'));
    tmpDirs.push(dir);
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Rebound</title><script type="module" src="/assets/index-AbCd1234.js"></script>');
    fs.writeFileSync(path.join(dir, 'assets', 'index-AbCd1234.js'), 'console.log("app")');
    fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    fs.writeFileSync(path.join(os.tmpdir(), 'rebound-secret.txt'), 'TOP-SECRET-CONTENT');
    return dir;
  }

  it('serves index.html at / and for any app path, hashed assets with a long cache', async () => {
    const s = await server({ staticDir: builtApp() });
    const home = await s.request('/');
    expect(home.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await home.text()).toContain('<title>Rebound</title>');
    const deep = await s.request('/applications/12/plan');
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<title>Rebound</title>');
    const js = await s.request('/assets/index-AbCd1234.js');
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const icon = await s.request('/favicon.svg');
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 404 for a missing file and never serves files outside the web app folder', async () => {
    const s = await server({ staticDir: builtApp() });
    expect((await s.request('/assets/missing-XyZ98765.js')).status).toBe(404);
    for (const p of ['/..%2frebound-secret.txt', '/%2e%2e/rebound-secret.txt', '/assets/..%2f..%2frebound-secret.txt']) {
      const res = await s.request(p);
      expect(await res.text()).not.toContain('TOP-SECRET-CONTENT');
    }
  });

  it('shows how to build the web app when it has not been built, without any script', async () => {
    const s = await server({ staticDir: path.join(os.tmpdir(), 'rebound-no-such-build') });
    const res = await s.request('/');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('npm run build');
    expect(html).not.toMatch(/<script|\sstyle=|\son\w+=/i);
  });
});

describe('the API reference', () => {
  it('publishes an OpenAPI 3.1 document that lists every route with its answers', async () => {
    const s = await server();
    const res = await s.request('/api/openapi.json');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const doc = JSON.parse(await res.text());
    expect(doc.openapi).toBe('3.1.0');
    const listed = Object.entries(doc.paths as Record<string, Record<string, Json>>).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
    expect(listed.sort()).toEqual(ROUTES.map((r) => `${r.method} ${openApiPath(r.path)}`).sort());
    expect(ROUTES.length).toBeGreaterThanOrEqual(29);
    for (const [, ops] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
      for (const op of Object.values(ops)) {
        expect(Object.keys(op.responses).some((st) => st.startsWith('2'))).toBe(true);
        expect(op.operationId).toMatch(/^[a-z]+[A-Za-z]+$/);
      }
    }
  });

  it('resolves every schema reference, and says email content is text only', async () => {
    const s = await server();
    const doc = (await (await s.request('/api/openapi.json')).json()) as Json;
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of new Set(refs)) {
      const name = /#\/components\/schemas\/([^"]+)/.exec(ref)?.[1];
      expect(name && doc.components.schemas[name], ref).toBeTruthy();
    }
    expect(doc.components.schemas.Rejection.properties.emailText.description).toMatch(/never HTML|Plain text only/i);
    expect(doc.components.schemas.JobEmail.properties.body.description).toMatch(/Plain text only/);
    expect(doc.paths['/api/steps/{id}/draft.eml'].get.responses['200'].content).toHaveProperty(['message/rfc822']);
  });

  it('serves a readable reference page with no script and no outside assets', async () => {
    const s = await server();
    const res = await s.request('/api/docs');
    const html = await res.text();
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toContain('POST');
    expect(html).toContain('/api/applications/{id}/rejection');
    expect(html).not.toMatch(/<script|\sstyle=|\son\w+=/i);
    expect(html).not.toMatch(/(src|href)="https?:/);
    const css = await s.request('/api/docs.css');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });
});
