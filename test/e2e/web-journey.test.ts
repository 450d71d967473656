// The web app end to end: the real `rebound serve` (this run's build, a temporary store, a frozen
// clock) driven by Debian's Chromium through a new user's whole journey, the error states, a
// hostile email, accessibility (axe, keyboard, a phone's width) and screenshots of every screen.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type LaunchedChromium } from '../support/chromium.js';
import { tempDir, type TempDir } from '../support/cli.js';
import { axeViolations, shot } from '../support/page-checks.js';
import { ensureWebBuild, startServer, type Server } from '../support/web.js';

type Scheme = 'light' | 'dark';

// Callbacks given to page.evaluate() run in the browser. The tests' tsconfig has no DOM library,
// so the little of it they touch is declared here, for this file only.
interface BrowserElement {
  id: string;
  textContent: string | null;
  classList: { contains(name: string): boolean };
}
declare const window: { __pwned?: unknown };
declare const document: {
  activeElement: BrowserElement | null;
  documentElement: { scrollWidth: number; dataset: Record<string, string | undefined> };
  querySelector(selector: string): unknown;
};
declare function getComputedStyle(element: BrowserElement): {
  outlineStyle: string;
  outlineWidth: string;
};

/** The newest modification time under the web app's sources. */

let tmp: TempDir;
let server: Server;
let chrome: LaunchedChromium;
/** Content-Security-Policy violations and page errors seen anywhere: each one fails a test. */
const problems: string[] = [];
let dialogs = 0;

async function newContext(scheme: Scheme = 'light', width = 1280): Promise<BrowserContext> {
  const ctx = await chrome.browser.newContext({
    baseURL: server.url,
    viewport: { width, height: 900 },
    colorScheme: scheme,
    reducedMotion: 'reduce',
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  ctx.on('page', (p) => watch(p));
  return ctx;
}

function watch(page: Page): void {
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(`CSP: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
}

/** Clicks `button` and waits for the address to match `url`; an error line on the way fails with its text. */
async function submitTo(page: Page, button: string, url: RegExp): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  const alert = page.getByRole('alert');
  const outcome = await Promise.race([
    page.waitForURL(url, { timeout: 20_000 }).then(
      () => 'navigated',
      () => 'no navigation within 20 s',
    ),
    alert.waitFor({ timeout: 20_000 }).then(
      async () => `error line: ${await alert.innerText()}`,
      () => 'no error line either',
    ),
  ]);
  if (outcome !== 'navigated' && !url.test(page.url()))
    throw new Error(`"${button}" did not lead to ${String(url)}; ${outcome}`);
}

/** Waits until the screen has its heading and no loading line. */
async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.loading'));
  await page.waitForLoadState('networkidle');
}

const REJECTION_EMAIL = `From: Dana Okafor <dana.okafor@northwind.example>
Subject: Your application for Senior UX Designer

Hi Alex,

Thank you for meeting with us, and for the care you put into the portfolio review.

I'm sorry to say that we have decided to move forward with another candidate for the Senior UX Designer role. It was a close decision.

Best regards,
Dana Okafor
Head of Design, Northwind Health`;

const HOSTILE_EMAIL = `From: Careers <careers@bluefin.example>
Subject: Update on your application

Thank you for applying. We will not be moving forward.
<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script><svg onload="alert(1)"></svg>
<iframe src="javascript:alert(2)"></iframe>
Regards, the Bluefin team`;

beforeAll(async () => {
  ensureWebBuild();
  tmp = tempDir('rebound-web-');
  server = await startServer(tmp);
  chrome = await launchChromium();
}, 180_000);

afterAll(async () => {
  await chrome?.close();
  if (server?.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
  }
  tmp?.remove();
});

describe('the web app, for a new user', () => {
  let page: Page;
  let appUrl = '';
  let thankYouUrl = '';

  beforeAll(async () => {
    page = await (await newContext()).newPage();
  });

  it('is served with a strict Content-Security-Policy and no inline script', async () => {
    const res = await page.request.get(`${server.url}/`);
    expect(res.status()).toBe(200);
    const csp = res.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await res.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/);
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('welcomes a first-time user with ways to start instead of an empty screen', async () => {
    await page.goto('/');
    await settled(page);
    await expect.poll(() => page.getByRole('heading', { name: /welcome/i }).count()).toBe(1);
    await expect
      .poll(() => page.getByRole('link', { name: 'Start with a rejection' }).count())
      .toBe(1);
    await expect.poll(() => page.getByRole('link', { name: 'Add an application' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: 'Load demo data' }).count()).toBe(1);
    const text = await page.locator('main').innerText();
    expect(text).toContain('rebound ingest PATH');
    expect(text).toContain('Your data stays on this computer');
    expect(text).toContain('Nothing is sent until you send it');
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [1280, 360]) {
        const p = await (await newContext(scheme, width)).newPage();
        await p.goto('/');
        await settled(p);
        await shot(p, `first-run-${scheme}-${width === 360 ? 'phone' : 'desktop'}`);
        expect(await axeViolations(p), `axe on the first run, ${scheme}, ${width}px`).toEqual([]);
        await p.context().close();
      }
    }
  });

  it('adds an application and lands on its page', async () => {
    await page.getByRole('link', { name: 'Add an application' }).click();
    await page.waitForURL(/\/applications\?add=1$/);
    await settled(page);
    await page.getByLabel('Company').fill('Northwind Health');
    await page.getByLabel('Role').fill('Senior UX Designer');
    await page.getByLabel('Applied on').fill('2026-02-02');
    await submitTo(page, 'Save application', /\/applications\/\d+$/);
    appUrl = new URL(page.url()).pathname;
    await settled(page);
    expect(await page.locator('h1').innerText()).toBe('Northwind Health');
    expect(await page.locator('main').innerText()).toContain('Senior UX Designer');
  });

  it('adds an interview with a hiring manager, creating the contact on the way', async () => {
    await page.getByRole('button', { name: 'Add an interview' }).click();
    const form = page.locator('#panel-interview');
    await form.getByLabel('Date').fill('2026-02-20');
    await form.getByLabel('Kind of interview').selectOption('hiring_manager');
    await form.getByLabel('Video').check();
    await form.getByLabel('Name').fill('Dana Okafor');
    await form.getByLabel('Their role').selectOption('hiring_manager');
    await form.getByLabel('Email').fill('dana.okafor@northwind.example');
    await form.getByLabel('This was the final round').check();
    await form.getByRole('button', { name: 'Save interview' }).click();
    await page.locator('#panel-interview').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.timeline').innerText()).toContain('With Dana Okafor');
    expect(await page.locator('.people').innerText()).toContain('Dana Okafor');
  });

  it('refuses an empty rejection with one line that says what to do', async () => {
    await page.getByRole('link', { name: 'I got turned down' }).first().click();
    await page.waitForURL(/\/rejected/);
    await settled(page);
    await page.getByRole('button', { name: 'Make my plan' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const message = (await alert.innerText()).trim();
    expect(message).toMatch(/email is empty/i);
    expect(message).not.toContain('\n');
    expect(page.url()).toContain('/rejected');
  });

  it("shows the server's one-line message when the rejection date is in the future, and changes nothing", async () => {
    await page.getByLabel('Paste the email').fill(REJECTION_EMAIL);
    await page.getByText('A few details').click();
    await page.getByLabel('When you heard').fill('2027-01-01');
    await page.getByRole('button', { name: 'Make my plan' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/in the future/);
    expect((await page.getByRole('alert').innerText()).trim()).not.toContain('\n');
    expect(page.url()).toContain('/rejected');
    // A fresh form for the next test: nothing typed here (the future date) carries over.
    await page.reload();
    await settled(page);
  });

  it('reads a pasted rejection, shows which application it belongs to, and then the plan with a reason on every step', async () => {
    await page.getByLabel('Paste the email').fill(REJECTION_EMAIL);
    const select = page.getByLabel('Application', { exact: true });
    await expect
      .poll(async () => (await select.locator('option:checked').innerText()).trim())
      .toContain('Northwind Health, Senior UX Designer');
    await submitTo(page, 'Make my plan', /\/applications\/\d+\?plan=new$/);
    expect(new URL(page.url()).pathname).toBe(appUrl);
    await settled(page);
    expect(await page.locator('main').innerText()).toContain('Take a breath');
    const steps = page.locator('.plan-steps .step');
    expect(await steps.count()).toBeGreaterThanOrEqual(3);
    for (const why of await steps.locator('.step-why').allInnerTexts())
      expect(why.replace(/^Why:\s*/, '').trim().length).toBeGreaterThan(10);
    const titles = await steps.locator('.step-title').allInnerTexts();
    expect(titles).toContain('Send a thank-you to Dana Okafor');
    expect(await page.locator('.timeline').innerText()).toMatch(/Turned down by email/);
  });

  it('opens the thank-you draft with copy, .eml download and a mail link, saves an edit, and marks it sent', async () => {
    const thankYou = page.locator('.plan-steps .step', {
      hasText: 'Send a thank-you to Dana Okafor',
    });
    await thankYou.getByRole('link', { name: /draft/ }).click();
    await page.waitForURL(/\/steps\/\d+\/draft$/);
    thankYouUrl = new URL(page.url()).pathname;
    await settled(page);
    expect(await page.locator('h1').innerText()).toBe('Send a thank-you to Dana Okafor');
    expect(await page.locator('main').innerText()).toContain('Why:');
    const body = page.getByLabel('Message');
    expect(await body.inputValue()).toContain('Dana');
    await expect.poll(() => page.getByRole('button', { name: 'Copy message' }).count()).toBe(1);

    const mailto = await page
      .getByRole('link', { name: 'Open in your mail app' })
      .getAttribute('href');
    expect(mailto).toMatch(/^mailto:dana\.okafor%40northwind\.example\?subject=/);

    await body.fill(`${await body.inputValue()}\n\nP.S. I enjoyed the portfolio review.`);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect
      // The first tone check warms its dictionaries on the same server thread: allow it time.
      .poll(
        async () =>
          (await page.getByRole('alert').count()) > 0
            ? `error line: ${await page.getByRole('alert').innerText()}`
            : page.locator('.saved-state').count(),
        { timeout: 30_000 },
      )
      .toBe(1);

    const eml = await page.getByRole('link', { name: 'Download .eml' }).getAttribute('href');
    expect(eml).toMatch(/^\/api\/steps\/\d+\/draft\.eml$/);
    const download = await page.request.get(`${server.url}${eml}`);
    expect(download.status()).toBe(200);
    const raw = await download.text();
    expect(raw).toMatch(/^Subject:/m);
    expect(raw).toContain('portfolio review');

    await page.getByRole('button', { name: 'Mark as sent' }).click();
    await expect.poll(() => page.locator('main').innerText()).toContain('Marked as sent');
    const stepId = Number(/\/steps\/(\d+)\//.exec(thankYouUrl)?.[1]);
    const plan = (await (
      await page.request.get(
        `${server.url}/api/applications${appUrl.replace('/applications', '')}/plan`,
      )
    ).json()) as {
      steps: Array<{ id: number; status: string }>;
    };
    expect(plan.steps.find((s) => s.id === stepId)?.status).toBe('done');
  });

  it('shows a not-found message with a way back for an unknown application or page', async () => {
    await page.goto('/applications/99999');
    await settled(page);
    expect(await page.locator('h1').innerText()).toBe('Application not found');
    await expect
      .poll(() => page.getByRole('link', { name: 'See all applications' }).count())
      .toBe(1);
    await page.goto('/steps/99999/draft');
    await settled(page);
    expect(await page.locator('h1').innerText()).toBe('Draft not found');
    await page.goto('/no/such/page');
    await settled(page);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
  });

  it('shows a hostile email as plain text and never runs its script', async () => {
    await page.goto('/rejected');
    await settled(page);
    await page.getByLabel('A new one').check();
    await page.getByLabel('Company').fill('Bluefin Analytics');
    await page.getByLabel('Role').fill('Product Designer');
    await page.getByLabel('Paste the email').fill(HOSTILE_EMAIL);
    await submitTo(page, 'Make my plan', /\/applications\/\d+\?plan=new$/);
    await settled(page);
    await page.getByText('Show the message').click();
    const shown = await page.locator('.email-text pre').innerText();
    expect(shown).toContain('We will not be moving forward');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(await page.locator('main img, main script, main iframe, main svg[onload]').count()).toBe(
      0,
    );
    expect(dialogs).toBe(0);
  });

  it('reads an .eml file chosen from disk instead of pasted text', async () => {
    await page.goto('/rejected');
    await settled(page);
    await page.getByLabel('A new one').check();
    await page.getByLabel('Company').fill('Harbor & Co');
    await page.getByLabel('Role').fill('Interaction Designer');
    const eml = [
      'From: Mia Chen <mia.chen@harbor.example>',
      'To: Alex <alex@example.com>',
      'Subject: Interaction Designer',
      'Date: Mon, 9 Mar 2026 15:00:00 +0000',
      'Message-ID: <abc123@harbor.example>',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hi Alex, thank you for your time. We have decided not to move forward with your application.',
      'Kind regards, Mia Chen, Harbor & Co',
      '',
    ].join('\r\n');
    await page
      .getByLabel('Or choose an .eml file')
      .setInputFiles({ name: 'harbor.eml', mimeType: 'message/rfc822', buffer: Buffer.from(eml) });
    await expect.poll(() => page.locator('.file-chip').innerText()).toContain('harbor.eml');
    await submitTo(page, 'Make my plan', /\/applications\/\d+\?plan=new$/);
    await settled(page);
    expect(await page.locator('.timeline').innerText()).toContain('Subject: Interaction Designer');
    expect(await page.locator('.people').innerText()).toContain('Mia Chen');
  });

  it('logs a rejection by phone, with the reason given, and makes a plan without any email', async () => {
    await page.goto('/applications?add=1');
    await settled(page);
    await page.getByLabel('Company').fill('Kestrel Bank');
    await page.getByLabel('Role').fill('UX Researcher');
    await submitTo(page, 'Save application', /\/applications\/\d+$/);
    await settled(page);
    await page.getByRole('link', { name: 'I got turned down' }).last().click();
    await page.waitForURL(/\/rejected\?app=\d+$/);
    await settled(page);
    expect(
      (
        await page.getByLabel('Application', { exact: true }).locator('option:checked').innerText()
      ).trim(),
    ).toContain('Kestrel Bank');
    await page.getByRole('radio', { name: /^Phone\b/ }).check();
    await page.getByLabel('Did they give a reason?').fill('They chose an internal candidate');
    await submitTo(page, 'Make my plan', /\/applications\/\d+\?plan=new$/);
    await settled(page);
    expect(await page.locator('.timeline').innerText()).toContain('Turned down by phone');
    expect(await page.locator('.plan-steps .step').count()).toBeGreaterThan(0);
  });

  it('finds applications by search and status, on the board and in the list', async () => {
    await page.goto('/applications');
    await settled(page);
    await expect.poll(() => page.locator('.board .tile').count()).toBe(4);
    await page.getByLabel('Search').fill('kestrel');
    await expect
      .poll(() => page.locator('.board .tile').allInnerTexts())
      .toEqual([expect.stringContaining('Kestrel Bank')]);
    await page.getByLabel('Search').fill('');
    await page.getByRole('button', { name: 'List' }).click();
    expect(await page.getByRole('button', { name: 'List' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await page.getByLabel('Status').selectOption('rejected');
    await expect.poll(() => page.locator('.app-list li').count()).toBe(4);
    await page.getByLabel('Search').fill('no such company');
    await expect
      .poll(() => page.locator('main').innerText())
      .toContain('Nothing matches that search');
  });

  it('edits an application and records feedback and a reflection on its timeline', async () => {
    await page.goto(appUrl);
    await settled(page);
    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.locator('#panel-edit').getByLabel('Where you found it').fill('A referral from Sam');
    await page.locator('#panel-edit').getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(() => page.locator('.detail-side').innerText())
      .toContain('A referral from Sam');

    await page.getByRole('button', { name: 'Add feedback' }).click();
    await page.getByLabel('What they said').fill('We went in a different direction.');
    await page.getByLabel('From').selectOption({ label: 'Dana Okafor' });
    await page.getByRole('button', { name: 'Save feedback' }).click();
    await expect
      .poll(() => page.locator('.timeline').innerText())
      .toContain('We went in a different direction.');

    await page.getByRole('button', { name: 'Reflect', exact: true }).click();
    await page.getByLabel('What went well?').fill('The portfolio walkthrough');
    await page
      .getByLabel('Questions that gave you pause')
      .fill('How do you handle conflict?\nWhy this company?');
    await page.getByLabel('Partly').check();
    await page.getByRole('button', { name: 'Save reflection' }).click();
    await expect
      .poll(() => page.locator('.timeline').innerText())
      .toContain('How do you handle conflict?');
  });

  it('takes a mood check-in on Today, and shows it in the journal with a one-sentence takeaway', async () => {
    await page.goto('/');
    await settled(page);
    await page.locator('#mood').getByRole('radio', { name: '4 Good' }).check();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect
      .poll(() => page.locator('#mood').innerText())
      .toContain('You checked in today: 4 out of 5');
    await page.getByRole('link', { name: 'Journal' }).click();
    await settled(page);
    expect(await page.locator('.takeaway').innerText()).toMatch(/check-in/i);
    expect(await page.locator('.mood-chart-card circle.mood-dot').count()).toBe(1);
    expect(await page.getByRole('img', { name: /Mood check-ins, 1 to 5: 1 from/ }).count()).toBe(1);
    expect(await page.locator('.reflections').innerText()).toContain('The portfolio walkthrough');
  });

  it('skips a step with Undo instead of a confirmation', async () => {
    await page.goto(appUrl);
    await settled(page);
    const open = page.locator('.plan-steps .step.step-pending').first();
    const title = await open.locator('.step-title').innerText();
    await open.getByRole('button', { name: /^Skip/ }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Skipped' }).count())
      .toBe(1);
    const skipped = page.locator('.plan-steps .step', { hasText: title });
    await expect.poll(() => skipped.getAttribute('class')).toContain('step-skipped');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => skipped.getAttribute('class')).toContain('step-pending');
  });

  it('adds a contact and saves settings that the plans then follow', async () => {
    await page.goto('/contacts');
    await settled(page);
    await page.getByRole('button', { name: 'Add a contact' }).click();
    await page.getByLabel('Name').fill('Jordan Lee');
    await page.getByLabel('Who they are to you').selectOption('friend');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await expect.poll(() => page.locator('.contact-list').innerText()).toContain('Jordan Lee');

    await page.goto('/settings');
    await settled(page);
    await page.getByLabel('Your name').fill('Alex Rivera');
    await page.getByLabel('Active applications to aim for').fill('6');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.locator('main').innerText()).toContain('Saved');
    await page.getByLabel('Active applications to aim for').fill('0');
    await page.getByRole('button', { name: 'Save settings' }).click();
    expect((await page.getByRole('alert').innerText()).trim()).toMatch(
      /whole number from 1 to 100/,
    );
    await page.goto('/');
    await settled(page);
    expect(await page.locator('.pipeline-card').innerText()).toContain('of your target 6');
  });

  it('switches to the dark theme from the toggle and remembers it', async () => {
    await page.goto('/');
    await settled(page);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(
      await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await page.getByRole('button', { name: 'Dark theme' }).click();
  });

  it('lets the keyboard reach the skip link and then the primary action, with a visible focus ring', async () => {
    for (const screen of ['/', '/applications', thankYouUrl]) {
      await page.goto(screen);
      await settled(page);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
        'Skip to content',
      );
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      let reached = false;
      for (let i = 0; i < 25 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(
          () => document.activeElement?.classList.contains('btn-primary') ?? false,
        );
      }
      expect(reached, `Tab reaches the primary action on ${screen}`).toBe(true);
      const ring = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement!);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      expect(ring.style).not.toBe('none');
      expect(ring.width).toBeGreaterThanOrEqual(2);
    }
  });

  it('passes axe on every screen in light and dark, fits a 360 px phone without sideways scrolling, and keeps screenshots', async () => {
    const apps = (await (
      await page.request.get(`${server.url}/api/applications`)
    ).json()) as Array<{ id: number }>;
    // A little more to show: a contact, a mood check-in and a reflection.
    await page.request.post(`${server.url}/api/contacts`, {
      data: { name: 'Sam Patel', kind: 'mentor', email: 'sam@example.com' },
    });
    await page.request.post(`${server.url}/api/moods`, {
      data: { score: 3, note: 'Tired but okay' },
    });
    await page.request.post(`${server.url}/api/applications/${apps[0]!.id}/reflections`, {
      data: { wentWell: 'The portfolio review', pauseQuestions: ['Tell me about a conflict'] },
    });
    const screens: Array<[string, string]> = [
      ['today', '/'],
      ['applications', '/applications'],
      ['applications-list', '/applications?view=list'],
      ['application', appUrl],
      ['rejected', '/rejected'],
      ['draft', thankYouUrl],
      ['journal', '/journal'],
      ['contacts', '/contacts'],
      ['settings', '/settings'],
      ['not-found', '/applications/99999'],
    ];
    const failures: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [1280, 360]) {
        const ctx = await newContext(scheme, width);
        const p = await ctx.newPage();
        for (const [name, url] of screens) {
          await p.goto(url);
          await settled(p);
          const label = `${name}-${scheme}-${width === 360 ? 'phone' : 'desktop'}`;
          await shot(p, label);
          for (const v of await axeViolations(p)) failures.push(`${label}: ${v}`);
          if (width === 360) {
            const scrollWidth = await p.evaluate(() => document.documentElement.scrollWidth);
            if (scrollWidth > 360)
              failures.push(`${label}: scrolls sideways (${scrollWidth}px wide)`);
          }
        }
        await ctx.close();
      }
    }
    expect(failures).toEqual([]);
  }, 240_000);

  it('met no Content-Security-Policy violation or page error on the way', () => {
    expect(problems).toEqual([]);
  });
}, 60_000);
