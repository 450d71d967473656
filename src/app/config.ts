// The one configuration schema, read from the environment (and CLI flags) at start-up.
// Each key: one line of documentation. Unknown or malformed values stop start-up with a message.
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { ReboundError } from '../core/errors.js';

export const ConfigSchema = z.object({
  /** Folder holding the database and backups. REBOUND_HOME or --data-dir; default $XDG_DATA_HOME/rebound. */
  dataDir: z.string().min(1),
  /** Freezes the clock at this ISO instant (REBOUND_NOW); for demos and tests. */
  now: z.iso.datetime({ offset: true }).nullable(),
  /** Locale for dates and holiday reasons (REBOUND_LOCALE); default en-US. */
  locale: z.string().min(2),
  /** Colour in terminal output; off when NO_COLOR is set or output is not a terminal. */
  color: z.boolean(),
});
export type Config = z.infer<typeof ConfigSchema>;

export const CONFIG_DOCS: Record<keyof Config, string> = {
  dataDir: 'REBOUND_HOME or --data-dir: folder for the database; default $XDG_DATA_HOME/rebound (~/.local/share/rebound).',
  now: 'REBOUND_NOW: freeze the clock at an ISO instant (demos, tests).',
  locale: 'REBOUND_LOCALE: locale for dates and holiday reasons; default en-US.',
  color: 'NO_COLOR: set to anything to turn colour off.',
};

export function defaultDataDir(env: NodeJS.ProcessEnv): string {
  const xdg = env.XDG_DATA_HOME && path.isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : path.join(os.homedir(), '.local', 'share');
  return path.join(xdg, 'rebound');
}

export interface ConfigOverrides {
  dataDir?: string | undefined;
  color?: boolean | undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv, overrides: ConfigOverrides = {}): Config {
  const raw = {
    dataDir: path.resolve(overrides.dataDir ?? env.REBOUND_HOME ?? defaultDataDir(env)),
    now: env.REBOUND_NOW && env.REBOUND_NOW.trim() !== '' ? env.REBOUND_NOW.trim() : null,
    locale: env.REBOUND_LOCALE ?? 'en-US',
    color: overrides.color ?? !('NO_COLOR' in env),
  };
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? 'config') as keyof Config;
    throw new ReboundError('invalid_input', `Configuration: ${key} is not valid (${CONFIG_DOCS[key] ?? issue?.message ?? ''}).`);
  }
  return parsed.data;
}

export const databaseFile = (c: Config): string => path.join(c.dataDir, 'rebound.db');
