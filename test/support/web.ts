// The real `rebound serve` for the browser tests: this run's build with the web app beside it, a
// temporary store, a frozen clock, and a free port on loopback.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { childEnv, DEFAULT_NOW, ROOT, reboundBin, type TempDir } from './cli.js';

const WEB = path.join(ROOT, 'web');
export const WEB_DIST = path.join(WEB, 'dist');
export const SHOTS = path.join(ROOT, 'test-artifacts', 'screenshots');
export const AXE_SOURCE = fs.readFileSync(
  path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'),
  'utf8',
);

function newestSource(): number {
  let newest = 0;
  const walk = (p: string): void => {
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of ['src', 'public', 'index.html', 'vite.config.ts']) {
    if (fs.existsSync(path.join(WEB, p))) walk(path.join(WEB, p));
  }
  return newest;
}

/** Builds web/dist when it is missing or older than its sources. */
export function ensureWebBuild(): void {
  const index = path.join(WEB_DIST, 'index.html');
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= newestSource()) return;
  const r = spawnSync('npm', ['run', 'build:web', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run build:web failed:\n${r.stdout}\n${r.stderr}`);
}

/**
 * The server serves web/dist from beside its own dist/. This run's build lives in a folder of its
 * own (test/support/build.ts), so the web build is copied next to it.
 */
export function placeWebBuild(bin: string): void {
  const target = path.join(path.dirname(bin), '..', 'web', 'dist');
  if (path.resolve(target) === path.resolve(WEB_DIST)) return;
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.cpSync(WEB_DIST, target, { recursive: true });
}

export interface Server {
  url: string;
  child: ChildProcess;
  output(): string;
}

export function startServer(tmp: TempDir): Promise<Server> {
  const bin = reboundBin();
  placeWebBuild(bin);
  const env = childEnv(tmp.file('home'), tmp.file('scratch'), DEFAULT_NOW, { XDG_DATA_HOME: tmp.file('xdg') });
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--no-open'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (out += c.toString('utf8')));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`rebound serve printed no address within 20 s:\n${out}`)),
      20_000,
    );
    const check = (): void => {
      const m = /https?:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.stdout.off('data', check);
      resolve({ url: m[0], child, output: () => out });
    };
    child.stdout.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`rebound serve exited (${String(code)}) before it was ready:\n${out}`));
    });
  });
}
