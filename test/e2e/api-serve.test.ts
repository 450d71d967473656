// `rebound serve` as a user runs it: the built CLI on a free loopback port with its own
// REBOUND_HOME, answering real HTTP, then stopping cleanly on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, newUser, reboundBin, type CliUser } from '../support/cli.js';

const users: CliUser[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const u of users) u.cleanup();
});

function user(): CliUser {
  const u = newUser('rebound-serve-');
  users.push(u);
  return u;
}

interface Running {
  child: ChildProcess;
  url: string;
  stdout(): string;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `rebound serve ARGS` and waits for the line with its address. */
function serve(u: CliUser, args: string[]): Promise<Running> {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('REBOUND_') && !k.startsWith('VITEST') && k !== 'NODE_OPTIONS') env[k] = v;
  }
  Object.assign(env, { REBOUND_HOME: u.home, NO_COLOR: '1', TZ: 'UTC', CI: 'true', HOME: u.tmp.dir, XDG_DATA_HOME: path.join(u.tmp.dir, 'xdg') });
  const child = spawn(process.execPath, [reboundBin(), 'serve', ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`rebound serve did not start in 20 s; stdout:\n${out}\nstderr:\n${err}`)), 20_000);
    const check = (): void => {
      const m = /Rebound is running at (http:\/\/\S+) — your data stays on this computer\. Press Ctrl\+C to stop\./.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: m[1], stdout: () => out, stderr: () => err, exited });
      }
    };
    child.stdout.on('data', check);
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`rebound serve exited ${String(code)} before starting; stderr:\n${err}`));
    });
  });
}

describe('rebound serve', () => {
  it('answers /api/health over real HTTP on loopback, then stops on SIGTERM with exit 0', async () => {
    const u = user();
    const s = await serve(u, ['--port', '0', '--no-open']);
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(s.url).not.toMatch(/:0$/);

    const health = await fetch(`${s.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, now: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(health.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");

    const added = await fetch(`${s.url}/api/applications`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: s.url },
      body: JSON.stringify({ company: 'Acme Robotics', role: 'Data Engineer' }),
    });
    expect(added.status).toBe(201);
    const page = await fetch(`${s.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);

    s.child.kill('SIGTERM');
    expect(await s.exited).toEqual({ code: 0, signal: null });
    expect(s.stderr()).toBe('');
    // The store was closed cleanly: the application is there for the CLI.
    const list = await u.json<Array<{ company: string }>>(['app', 'list']);
    expect(list.map((a) => a.company)).toEqual(['Acme Robotics']);
  });

  it('refuses a rebinding Host over real HTTP', async () => {
    const u = user();
    const s = await serve(u, ['--port', '0', '--no-open']);
    const port = new URL(s.url).port;
    const res = await new Promise<number>((resolve, reject) => {
      // fetch() will not send a foreign Host header; node:http will.
      import('node:http')
        .then((http) => {
          const req = http.request({ host: '127.0.0.1', port: Number(port), path: '/api/health', headers: { Host: `attacker.example:${port}` } }, (r) => {
            r.resume();
            resolve(r.statusCode ?? 0);
          });
          req.on('error', reject);
          req.end();
        })
        .catch(reject);
    });
    expect(res).toBe(403);
    s.child.kill('SIGINT');
    expect((await s.exited).code).toBe(0);
  });

  it('serves the calendar feed at the address `rebound calendar feed` prints, and only there; --rotate retires it', async () => {
    const u = user();
    await u.run(['app', 'add', '--company', 'Northwind Health', '--role', 'UX Designer', '--applied', '2026-10-01']);
    await u.run(['reject', '1', '--channel', 'call']);
    const s = await serve(u, ['--port', '0', '--no-open', '--token', 'api-secret-for-this-test']);
    const port = new URL(s.url).port;
    const { url } = await u.json<{ url: string }>(['calendar', 'feed', '--port', port]);
    expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/calendar/[A-Za-z0-9_-]{32}\\.ics$`));

    // Calendar apps cannot send the API token: the feed's own secret is enough.
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = await feed.text();
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('Northwind Health');
    expect(ics).toMatch(new RegExp(`URL:http://127\\.0\\.0\\.1:${port}/(steps/\\d+/draft|applications/1)`));
    expect((await fetch(`${s.url}/api/health`)).status).toBe(401);
    expect((await fetch(`${s.url}/calendar/not-the-token-at-all-0000.ics`)).status).toBe(404);

    const rotated = await u.json<{ url: string }>(['calendar', 'feed', '--rotate', '--port', port]);
    expect(rotated.url).not.toBe(url);
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(rotated.url)).status).toBe(200);
    s.child.kill('SIGTERM');
    expect((await s.exited).code).toBe(0);
  });

  it('refuses to listen beyond this computer without a token, in one line with exit 2', async () => {
    const u = user();
    const r = await u.run(['serve', '--host', '0.0.0.0', '--port', '0', '--no-open']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--token/);
  });

  it('says so when the port is taken, with exit 4', async () => {
    const u = user();
    const first = await serve(u, ['--port', '0', '--no-open']);
    const port = new URL(first.url).port;
    const r = await user().run(['serve', '--port', port, '--no-open']);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(new RegExp(`Port ${port} is already in use`));
    first.child.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);
  });
});
