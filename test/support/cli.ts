// Runs the built `rebound` binary as a child process, the way a user would: its own temporary
// REBOUND_HOME, a frozen clock (REBOUND_NOW), NO_COLOR, and no terminal. Nothing reaches the
// real home folder: HOME and XDG_DATA_HOME point into the temporary folder too. TZ is UTC so
// pasted dates without a zone read the same on every machine.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { inject } from 'vitest';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The launcher to run: this test run's own build (see test/support/build.ts), or bin/rebound.js
 * over dist/ when the tests run without that global setup.
 */
export function reboundBin(): string {
  let provided: string | undefined;
  try {
    provided = inject('reboundBin');
  } catch {
    provided = undefined;
  }
  return provided ?? path.join(ROOT, 'bin', 'rebound.js');
}

/** A module of the same build as reboundBin(), e.g. 'app/index.js', as a file: URL to import. */
export function builtModule(relative: string): string {
  return pathToFileURL(path.join(path.dirname(reboundBin()), '..', 'dist', relative)).href;
}

/** The instant every test's clock is frozen at, unless a test says otherwise. */
export const DEFAULT_NOW = '2026-03-10T09:00:00.000Z';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout read as JSON (for --json runs); throws with the output when it is not JSON. */
  json<T = unknown>(): T;
  /** stderr read as JSON (the error object of a failed --json run). */
  errorJson(): { error: { code: string; message: string } };
}

export interface RunOptions {
  /** Written to the child's stdin, which is then closed. Without it stdin is empty. */
  input?: string | Buffer;
  /** Overrides the frozen clock for this run. */
  now?: string;
  /** Extra environment; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
}

/** A temporary folder for one test's data; remove() deletes it. */
export interface TempDir {
  readonly dir: string;
  /** A path inside the folder. */
  file(name: string): string;
  remove(): void;
}

export function tempDir(prefix = 'rebound-e2e-'): TempDir {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    file: (name) => path.join(dir, name),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

function parse(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${what} is not JSON:\n${text}`);
  }
}

/** The child's environment: the parent's, minus anything that would change Rebound's behaviour. */
export function childEnv(
  home: string,
  scratch: string,
  now: string,
  extra: Record<string, string | undefined>,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (
      k.startsWith('REBOUND_') ||
      k === 'FORCE_COLOR' ||
      k === 'NODE_OPTIONS' ||
      k.startsWith('VITEST')
    )
      continue;
    env[k] = v;
  }
  Object.assign(env, {
    REBOUND_HOME: home,
    REBOUND_NOW: now,
    NO_COLOR: '1',
    TZ: 'UTC',
    HOME: scratch,
    XDG_DATA_HOME: path.join(scratch, 'xdg'),
  });
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/** Runs `rebound ...args` with the given data folder. Never rejects on a non-zero exit. */
export function runCli(
  home: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<CliResult> {
  const scratch = path.join(path.dirname(home), `${path.basename(home)}-scratch`);
  fs.mkdirSync(scratch, { recursive: true });
  const env = childEnv(home, scratch, options.now ?? DEFAULT_NOW, options.env ?? {});
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [reboundBin(), ...args], {
      cwd: ROOT,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 90_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (signal) {
        reject(new Error(`rebound ${args.join(' ')} was killed (${signal}); stderr:\n${stderr}`));
        return;
      }
      resolve({
        code: code ?? -1,
        stdout,
        stderr,
        json: <T>() => parse(stdout, `stdout of rebound ${args.join(' ')}`) as T,
        errorJson: () =>
          parse(stderr, `stderr of rebound ${args.join(' ')}`) as {
            error: { code: string; message: string };
          },
      });
    });
    child.stdin.on('error', () => {
      // The CLI may exit before reading its input; that is its business, not a test failure.
    });
    child.stdin.end(options.input ?? '');
  });
}

/** A new user: an empty REBOUND_HOME inside a temporary folder, and a runner bound to it. */
export interface CliUser {
  readonly home: string;
  readonly tmp: TempDir;
  run(args: readonly string[], options?: RunOptions): Promise<CliResult>;
  /** Runs with --json, expects exit 0, and returns the parsed output. */
  json<T = unknown>(args: readonly string[], options?: RunOptions): Promise<T>;
  /** The database file of this user's store. */
  readonly dbFile: string;
  cleanup(): void;
}

export function newUser(prefix = 'rebound-e2e-'): CliUser {
  const tmp = tempDir(prefix);
  const home = tmp.file('home');
  const run = (args: readonly string[], options?: RunOptions) => runCli(home, args, options);
  return {
    home,
    tmp,
    dbFile: path.join(home, 'rebound.db'),
    run,
    async json<T = unknown>(args: readonly string[], options?: RunOptions): Promise<T> {
      const r = await run(['--json', ...args], options);
      if (r.code !== 0)
        throw new Error(`rebound --json ${args.join(' ')} exited ${r.code}:\n${r.stderr}`);
      return r.json<T>();
    },
    cleanup: () => {
      tmp.remove();
      fs.rmSync(`${home}-scratch`, { recursive: true, force: true });
    },
  };
}

/** Every row of every table, in a stable order: equal dumps mean an unchanged store. */
export function dumpStore(dbFile: string): Record<string, unknown[]> {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("select name from sqlite_master where type = 'table' order by name")
      .all() as Array<{ name: string }>;
    const dump: Record<string, unknown[]> = {};
    for (const { name } of tables) {
      const quoted = `"${name.replace(/"/g, '""')}"`;
      // Rebound's tables all have rowids (none is declared WITHOUT ROWID).
      dump[name] = db.prepare(`select rowid as _rowid, * from ${quoted} order by rowid`).all();
    }
    return dump;
  } finally {
    db.close();
  }
}
