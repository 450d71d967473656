// Debian's Chromium, driven by playwright-core (never `playwright install`: it downloads a
// browser, which fails here). Each launch gets a fresh temporary profile. A missing Chromium is
// installed with apt-get (CI runs as root); when that fails too, the tests fail loudly: a
// browser suite that skips itself would pass without testing anything.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Makes sure /usr/bin/chromium exists, installing Debian's package if needed. */
export function ensureChromium(): string {
  if (fs.existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  const sh = (cmd: string) =>
    spawnSync('sh', ['-c', cmd], {
      encoding: 'utf8',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  const update = sh('apt-get update');
  const install = update.status === 0 ? sh('apt-get install -y chromium') : update;
  if (!fs.existsSync(CHROMIUM_PATH)) {
    const tail = `${install.stdout ?? ''}\n${install.stderr ?? ''}`
      .trim()
      .split('\n')
      .slice(-15)
      .join('\n');
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}, and "apt-get update && apt-get install -y chromium" did not install it ` +
        `(exit ${String(install.status)}). Install Debian's chromium package (as root) and run the tests again.\n${tail}`,
    );
  }
  return CHROMIUM_PATH;
}

export interface LaunchedChromium {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium. playwright-core's launch() gives every browser a fresh temporary
 * --user-data-dir of its own (and refuses one in `args`); HOME and the XDG folders point into
 * another temporary folder, so nothing of the real home is read or written.
 */
export async function launchChromium(): Promise<LaunchedChromium> {
  const executablePath = ensureChromium();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-chromium-'));
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ARGS,
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: path.join(home, 'config'),
      XDG_CACHE_HOME: path.join(home, 'cache'),
    },
  });
  return {
    browser,
    async close() {
      await browser.close().catch(() => undefined);
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}
