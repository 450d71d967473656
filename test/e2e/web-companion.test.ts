// The web app as a companion for the whole search (issue 6), end to end: the real `rebound serve`
// (this run's build, a temporary store holding the demo search, a frozen clock) driven by Debian's
// Chromium. Insights charts with their takeaways and text alternatives, the Today guard, silence
// and touch-bases, the practice drill, keeping in touch on Contacts, articles and milestones in
// Settings; axe on every new screen in light and dark, a phone's width, and screenshots.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type LaunchedChromium } from '../support/chromium.js';
import { DEFAULT_NOW, tempDir, type TempDir } from '../support/cli.js';
import { axeViolations, shot } from '../support/page-checks.js';
import { ensureWebBuild, startServer, type Server } from '../support/web.js';

type Scheme = 'light' | 'dark';

// Callbacks given to page.evaluate() run in the browser; the tests' tsconfig has no DOM library.
declare const document: {
  activeElement: { id: string; tagName: string; textContent: string | null } | null;
  documentElement: { scrollWidth: number };
  querySelector(selector: string): unknown;
};

let tmp: TempDir;
let server: Server;
let chrome: LaunchedChromium;
/** Content-Security-Policy violations and page errors seen anywhere: each one fails a test. */
const problems: string[] = [];

async function newContext(scheme: Scheme = 'light', width = 1280): Promise<BrowserContext> {
  const ctx = await chrome.browser.newContext({
    baseURL: server.url,
    viewport: { width, height: 900 },
    colorScheme: scheme,
    reducedMotion: 'reduce',
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  ctx.on('page', (p) => {
    p.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(`CSP: ${m.text()}`);
    });
    p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  });
  return ctx;
}

/** Waits until the screen has its heading and no loading line. */
async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.loading'));
  await page.waitForLoadState('networkidle');
}

async function getJson<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(`${server.url}${url}`);
  expect(res.status(), `GET ${url}`).toBe(200);
  return (await res.json()) as T;
}

// ---------- The shapes the tests read from the API (docs/API.md) ----------

interface Section {
  takeaway: string;
  enoughData: boolean;
}
interface InsightsJson {
  funnel: Section & { applications: number; stages: Array<{ stage: string; reached: number }> };
  sources: Section & { sources: Array<{ source: string; applications: number; screen: number }> };
  rejectionStages: Section & {
    total: number;
    mostCommon: string | null;
    focus: string | null;
    stages: Array<{ stage: string; count: number }>;
  };
  feedbackThemes: Section & {
    feedback: number;
    themes: Array<{ theme: string }>;
    months: unknown[];
  };
  responses: Section & { thankYou: { sent: number; replied: number } };
  decisions: Section & { companies: Array<{ company: string }> };
  resumes: Section & { versions: Array<{ version: string }> };
  mood: Section & { weeks: unknown[] };
}
interface TodayJson {
  pipeline: {
    active: number;
    target: number;
    interviewsUnderway: boolean;
    level?: string;
    nudge: string | null;
  };
  practiceDue?: number;
  touchBases?: Array<{ contact: { id: number; name: string }; reason: { text: string } }>;
  ghosting?: Array<{ application: { company: string }; state: string }>;
}
interface PracticeJson {
  today: string;
  dueCount: number;
  items: Array<{
    id: number;
    question: string;
    outline: string | null;
    reviews: number;
    dueOn: string;
    rating: string | null;
  }>;
}

const SECTION_TITLES: Record<keyof InsightsJson, string> = {
  rejectionStages: 'Where rejections happen',
  feedbackThemes: 'What feedback says',
  funnel: 'How far applications get',
  sources: 'Where applications come from',
  resumes: 'Resume versions',
  responses: 'Replies to your notes',
  decisions: 'Time to decision and silence',
  mood: 'Mood beside activity',
};

beforeAll(async () => {
  ensureWebBuild();
  tmp = tempDir('rebound-web-companion-');
  server = await startServer(tmp);
  chrome = await launchChromium();
  const res = await fetch(`${server.url}/api/demo`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  if (res.status !== 201)
    throw new Error(`loading the demo failed: ${res.status} ${await res.text()}`);
}, 180_000);

afterAll(async () => {
  await chrome?.close();
  if (server?.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
  }
  tmp?.remove();
});

describe('the web app over the demo search (twenty rejections)', () => {
  let page: Page;

  beforeAll(async () => {
    page = await (await newContext()).newPage();
  });

  it('draws every insight as a named chart under the takeaway the insights use case wrote, with its numbers as a table', async () => {
    const insights = await getJson<InsightsJson>(page, '/api/insights');
    // The demo tells a story worth telling: twenty answers, most of them after first interviews.
    expect(insights.rejectionStages.total).toBe(20);
    expect(insights.rejectionStages.mostCommon).toBe('interview');

    await page.goto('/insights');
    await settled(page);
    expect(await page.locator('h1').innerText()).toBe('Insights');
    for (const [key, title] of Object.entries(SECTION_TITLES) as [keyof InsightsJson, string][]) {
      const card = page.locator(`#insight-${key}`);
      expect(await card.getByRole('heading', { level: 2 }).innerText()).toBe(title);
      expect((await card.locator('.takeaway').innerText()).trim()).toBe(insights[key].takeaway);
      expect(insights[key].enoughData, `${key} has enough demo data to chart`).toBe(true);
      const charts = card.getByRole('img');
      expect(await charts.count(), `${key} draws a chart`).toBeGreaterThan(0);
      for (const name of await charts.evaluateAll((els) =>
        els.map(
          (e) =>
            (e as unknown as { getAttribute(n: string): string | null }).getAttribute(
              'aria-label',
            ) ?? '',
        ),
      ))
        expect(name.length, `${key}: every chart has a sentence for a name`).toBeGreaterThan(20);
      expect(await card.locator('details.data-table table').count()).toBeGreaterThan(0);
    }

    // Where rejections happen: the stage most of them come at stands out, with what it points at.
    const stages = page.locator('#insight-rejectionStages');
    expect(await stages.getByRole('img', { name: /after first interviews, 11/i }).count()).toBe(1);
    expect(await stages.locator('.bar-row-emphasis .bar-label').innerText()).toBe(
      'After first interviews',
    );
    expect(await stages.locator('.points-at').innerText()).toMatch(/What this points at/);
    await stages.getByText('Show the numbers').click();
    const rows = stages.locator('details.data-table tbody tr');
    expect(await rows.count()).toBe(insights.rejectionStages.stages.length);
    expect(await rows.nth(2).innerText()).toMatch(/After first interviews\s+11\s+55%/);

    // The funnel, sources and resume versions name their numbers in the chart's accessible name.
    const funnel = insights.funnel.stages[0]!;
    expect(
      await page
        .locator('#insight-funnel')
        .getByRole('img', { name: new RegExp(`applied, ${funnel.reached}`, 'i') })
        .count(),
    ).toBe(1);
    for (const s of insights.sources.sources)
      expect(await page.locator('#insight-sources .bar-label').allInnerTexts()).toContain(s.source);
    for (const v of insights.resumes.versions)
      expect(await page.locator('#insight-resumes .bar-label').allInnerTexts()).toContain(
        v.version,
      );
    for (const c of insights.decisions.companies)
      expect(await page.locator('#insight-decisions').innerText()).toContain(c.company);

    // The summary at the top leads with the same sentences, linking to their charts.
    const short = page.locator('.insights-short');
    expect(await short.innerText()).toContain(insights.rejectionStages.takeaway);
    await short.getByRole('link', { name: 'Where rejections happen' }).click();
    expect(page.url()).toMatch(/#insight-rejectionStages$/);
  });

  it('follows "what this points at" to the practice questions', async () => {
    await page.goto('/insights');
    await settled(page);
    await page.getByRole('link', { name: /Practise those questions/ }).click();
    await page.waitForURL(/\/practice$/);
    await settled(page);
    expect(await page.locator('h1').innerText()).toBe('Practice');
  });

  it('shows the pipeline guard on Today, louder while interviews are under way, and the practice questions due', async () => {
    const today = await getJson<TodayJson>(page, '/api/today');
    await page.goto('/');
    await settled(page);
    const guard = page.locator('.pipeline-card');
    const text = await guard.innerText();
    expect(text).toContain(`active of your target ${today.pipeline.target}`);
    expect(text).toContain(String(today.pipeline.active));
    // The demo has interviews under way with fewer active applications than the target.
    expect(today.pipeline.interviewsUnderway).toBe(true);
    expect(today.pipeline.active).toBeLessThan(today.pipeline.target);
    expect(await guard.getAttribute('class')).toContain('pipeline-loud');
    expect(text).toMatch(/Interviews are under way/);
    expect(await guard.getByRole('heading').innerText()).toBe('Keep your search going');
    // Louder means first: the guard comes before the mood check-in.
    const sideOrder = await page
      .locator('.today-side > section')
      .evaluateAll((els) => els.map((e) => (e as unknown as { id: string }).id || 'card'));
    expect(sideOrder[0]).not.toBe('mood');

    expect(today.practiceDue).toBeGreaterThan(0);
    const practice = page.locator('.practice-card');
    expect(await practice.innerText()).toContain(`${today.practiceDue} questions`);
    await practice.getByRole('link', { name: /Practise now/ }).click();
    await page.waitForURL(/\/practice$/);
  });

  it('lists silent applications and touch-bases on Today, each with its reason, and notes a touch-base with Undo', async () => {
    // A weekly cadence on someone last in touch weeks ago makes a touch-base due now.
    const day = DEFAULT_NOW.slice(0, 10);
    const contacts = await getJson<Array<{ id: number; name: string }>>(page, '/api/contacts');
    let chosen: { id: number; name: string } | null = null;
    for (const c of contacts) {
      const res = await page.request.put(`${server.url}/api/contacts/${c.id}/cadence`, {
        data: { everyDays: 7 },
      });
      expect(res.status()).toBe(200);
      const detail = (await res.json()) as { cadence: { idealOn: string } | null };
      if (detail.cadence && detail.cadence.idealOn <= day) {
        chosen = c;
        break;
      }
      await page.request.delete(`${server.url}/api/contacts/${c.id}/cadence`);
    }
    expect(chosen, 'a demo contact last seen more than a week ago').not.toBeNull();
    const person = chosen!;

    const today = await getJson<TodayJson>(page, '/api/today');
    expect(today.ghosting!.length).toBeGreaterThan(0);
    const touch = today.touchBases!.find((t) => t.contact.id === person.id);
    expect(touch, `${person.name} is due a touch-base`).toBeDefined();

    await page.goto('/');
    await settled(page);
    expect(await page.locator('.quiet-list > li').count()).toBe(today.ghosting!.length);
    for (const g of today.ghosting!)
      expect(await page.locator('.quiet-list').innerText()).toContain(g.application.company);

    const item = page.locator('.touch-list .touch', { hasText: person.name });
    expect(await item.locator('.step-why').innerText()).toContain(touch!.reason.text);
    expect(await page.locator('.touch-list').innerText()).toContain('Why now');
    const dueLine = item.locator('.step-due');
    expect(await dueLine.innerText()).not.toMatch(/^Around/);
    // Being in touch today moves the next touch-base a week out: no longer due, still in view.
    await item.getByRole('button', { name: 'I was in touch' }).click();
    await expect.poll(() => dueLine.innerText()).toMatch(/^Around /);
    const detail = await getJson<{ interactions: unknown[] }>(page, `/api/contacts/${person.id}`);
    expect(detail.interactions.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => dueLine.innerText()).not.toMatch(/^Around/);
  });

  it('drills one question at a time: the question, a new outline, a rating, and the next date', async () => {
    const before = await getJson<PracticeJson>(page, '/api/practice');
    expect(before.dueCount).toBeGreaterThan(1);
    const first = before.items[0]!;
    const second = before.items[1]!;

    await page.goto('/practice');
    await settled(page);
    expect(await page.getByRole('heading', { level: 2, name: /Due today/ }).innerText()).toContain(
      `${before.dueCount} questions`,
    );
    expect(await page.locator('#drill-question').innerText()).toBe(first.question);
    await page
      .getByLabel('A new outline')
      .fill('Situation: a clinic app.\nResult: 30% fewer calls.');
    await page.getByRole('button', { name: /^Good/ }).click();
    const status = page.locator('.drill-result');
    await status.waitFor();
    expect(await status.innerText()).toMatch(
      /Saved as Good\. It comes back (tomorrow|in \d+ days)/,
    );

    const after = await getJson<PracticeJson>(page, '/api/practice?all=true');
    const reviewed = after.items.find((i) => i.id === first.id)!;
    expect(reviewed.reviews).toBe(1);
    expect(reviewed.rating).toBe('good');
    expect(reviewed.outline).toContain('30% fewer calls');
    expect(reviewed.dueOn > before.today).toBe(true);

    // The next question takes focus, so a keyboard user carries on where they are.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(
      /Next question/,
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#drill-question').innerText()).toBe(second.question);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('drill-question');
    expect(await page.locator('.drill-count').innerText()).toContain('Question 2 of');
  });

  it('adds a question by hand, and removes one with Undo instead of a confirmation', async () => {
    await page.goto('/practice');
    await settled(page);
    const q = 'What would you change about our onboarding?';
    await page.getByLabel('A question you want to answer better').fill(q);
    await page.getByRole('button', { name: 'Add to practice' }).click();
    await expect.poll(() => page.locator('.bank').innerText()).toContain(q);
    await page.getByRole('button', { name: `Remove “${q}”` }).click();
    await expect.poll(() => page.locator('.bank').innerText()).not.toContain(q);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator('.bank').innerText()).toContain(q);
  });

  it('keeps in touch from Contacts: cadence dates, a logged interaction, news and tags', async () => {
    const contacts = await getJson<Array<{ id: number; name: string }>>(page, '/api/contacts');
    const today = await getJson<TodayJson>(page, '/api/today');
    const person =
      contacts.find((c) => today.touchBases?.some((t) => t.contact.id === c.id)) ?? contacts[0]!;

    await page.goto('/contacts');
    await settled(page);
    await page.getByRole('button', { name: `Keep in touch with ${person.name}` }).click();
    const panel = page.locator(`#contact-panel-${person.id}`);
    await panel.locator('.contact-panel').waitFor();
    await page.waitForFunction(() => !document.querySelector('.contact-panel-wrap .loading'));

    await panel.getByLabel('How', { exact: true }).selectOption('call');
    await panel.getByLabel('A note').first().fill('Coffee chat about the new team');
    await panel.getByRole('button', { name: 'Log it' }).click();
    await expect
      .poll(() => panel.locator('.mini-list').first().innerText())
      .toContain('Coffee chat about the new team');
    const detail = await getJson<{
      interactions: Array<{ note: string | null; kind: string }>;
      cadence: { idealOn: string; latestOn: string } | null;
    }>(page, `/api/contacts/${person.id}`);
    expect(detail.interactions[0]).toMatchObject({
      kind: 'call',
      note: 'Coffee chat about the new team',
    });

    await panel.getByLabel('How often').selectOption('90');
    await expect.poll(() => panel.locator('.cadence-dates').innerText()).toMatch(/Ideal day/);
    const withCadence = await getJson<{ cadence: { idealOn: string; latestOn: string } }>(
      page,
      `/api/contacts/${person.id}`,
    );
    expect(withCadence.cadence.latestOn > withCadence.cadence.idealOn).toBe(true);

    await panel.getByLabel('What', { exact: true }).selectOption('promotion');
    await panel.getByLabel('When', { exact: true }).last().fill('2026-03-01');
    await panel.getByRole('button', { name: 'Save news' }).click();
    await expect.poll(() => panel.innerText()).toContain('A promotion');

    await panel.getByLabel('Tags, separated by commas').fill('Design, Health');
    await panel.getByRole('button', { name: 'Save tags' }).click();
    await expect
      .poll(
        async () => (await getJson<{ tags: string[] }>(page, `/api/contacts/${person.id}`)).tags,
      )
      .toEqual(['design', 'health']);
  });

  it('saves an article and a milestone in Settings', async () => {
    await page.goto('/settings');
    await settled(page);
    await page.getByLabel('Web address').fill('https://example.com/design-systems-in-health');
    await page.getByLabel('Title', { exact: true }).fill('Design systems in health care');
    await page.getByLabel('Tags, separated by commas').fill('health');
    await page.getByRole('button', { name: 'Save article' }).click();
    await expect
      .poll(() => page.locator('.saved-list').first().innerText())
      .toContain('Design systems in health care');
    await page.getByLabel('What you did').fill('Finished a course on accessibility audits');
    await page.getByRole('button', { name: 'Add milestone' }).click();
    await expect
      .poll(() => page.locator('main').innerText())
      .toContain('Finished a course on accessibility audits');
  });

  it('passes axe on the new screens in light and dark, fits a 360 px phone, and keeps screenshots', async () => {
    const contacts = await getJson<Array<{ id: number }>>(page, '/api/contacts');
    const screens: Array<[string, string]> = [
      ['insights', '/insights'],
      ['practice', '/practice'],
      ['today-guard', '/'],
      ['journal-all', '/journal'],
      ['contacts-touch', `/contacts#contact-${contacts[0]!.id}`],
      ['settings-touch', '/settings'],
    ];
    const failures: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [1280, 360]) {
        const ctx = await newContext(scheme, width);
        const p = await ctx.newPage();
        for (const [name, url] of screens) {
          await p.goto(url);
          await settled(p);
          if (name === 'insights') {
            // Open every table, so axe reads them too.
            for (const d of await p.locator('details.data-table summary').all()) await d.click();
          }
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
