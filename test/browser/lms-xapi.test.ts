/**
 * cmi5 and xAPI launches against a real LRS (test/browser/lrs-host.ts): a scenario played through a
 * cmi5 launch while the LRS goes offline and comes back arrives whole, each decision's statement
 * once; wrong credentials get a plain notice and the game plays on. The game is the LMS build's
 * site (`npm run build:lms`'s site/), whose page is the one whose policy lets it reach an LRS.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSIONS, VERBS } from '../../src/core/lms/xapi-statements.ts';
import { buildLmsPackages } from '../../tools/lms/build.ts';
import { ROOT } from '../support/stories.ts';
import { profileOf } from '../../src/core/patterns/profile.ts';
import { openBrowser, type OpenBrowser } from './chromium.ts';
import { expectPageShown, pressChoice, shot, waitForScenes } from './drive.ts';
import { BAD_AUTH, startLrsHost, type LrsHost, type StoredStatement } from './lrs-host.ts';
import { expectedLog, expectedPlayThrough, type ExpectedStep } from './story-script.ts';

const FILE = 'stories/forecast.ink';
const ACTOR = { objectType: 'Agent', name: 'Ada Okafor', mbox: 'mailto:ada@example.org' };
const AU = 'https://courses.example/manage-or-lead/forecast';

let lrs: LrsHost;
let site: PreviewServer | undefined;
let siteUrl = '';
let browser: OpenBrowser | undefined;
beforeAll(async () => {
  const outDir = resolve(ROOT, 'test-results/dist-lms-xapi');
  await buildLmsPackages({ root: ROOT, outDir, passingPercent: 70, stories: ['forecast'], logLevel: 'warn' });
  site = await preview({ root: ROOT, logLevel: 'warn', build: { outDir: resolve(outDir, 'site') }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  const address = site.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('the preview server has no port');
  siteUrl = `http://127.0.0.1:${address.port}/`;
  lrs = await startLrsHost();
}, 180_000);
afterAll(async () => {
  await lrs?.close();
  await site?.close();
});
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

function launchUrl(params: Record<string, string>): string {
  return `${siteUrl}?${new URLSearchParams({ ...params, actor: JSON.stringify(ACTOR), story: 'forecast' })}`;
}

/** From the title to the scenario's first page (the launch offers that one scenario only). */
async function openFromTitle(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Press any key or click to start' }).waitFor();
  await page.keyboard.press('Space');
  await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
  expect(await page.locator('.scenario-card').count()).toBe(1);
  await page.keyboard.press('1');
}

async function playStep(page: Page, step: ExpectedStep): Promise<void> {
  for (let p = 0; p < step.pages.length; p++) {
    await expectPageShown(page, step, p);
    if (p < step.pages.length - 1) await page.keyboard.press('ArrowRight');
  }
  if (step.take !== undefined) await pressChoice(page, step);
}

const byVerb = (statements: readonly StoredStatement[], verb: string) => statements.filter((s) => s.verb.id === verb);
/**
 * Not the game's problems: connection failures while the test keeps the LRS away, and the browser's
 * report that this LRS has no State API (xapi-statements keeps statements only; the game then goes
 * on with cmi5's default launch data).
 */
const realProblems = (problems: readonly string[]) =>
  problems.filter((p) => !/Failed to load resource|ERR_CONNECTION|Failed to fetch/.test(p) && !/activities\/state\?stateId=LMS\.LaunchData/.test(p));

describe('a cmi5 launch with a real LRS', () => {
  it('sends every decision once, though the LRS goes offline mid-way and comes back', async () => {
    const registration = '3c1d7a52-5b6e-4c1f-9d3a-7e2b8f4a6c10';
    browser = await openBrowser();
    const { page } = browser;
    const steps = expectedPlayThrough(FILE, (_s, count) => count - 1);
    await page.goto(launchUrl({ endpoint: lrs.endpoint, fetch: lrs.fetchUrl, registration, activityId: AU }));
    await openFromTitle(page);
    for (const step of steps.slice(0, 2)) await playStep(page, step);
    await expect.poll(async () => byVerb(await lrs.statements(registration), VERBS.answered).length, { timeout: 15_000 }).toBe(2);

    await lrs.offline();
    for (const step of steps.slice(2, 4)) await playStep(page, step);
    await expect(page.getByRole('status', { name: 'Learning system' }).textContent()).resolves.toContain('cannot be reached');
    await shot(page, 'lms-xapi-offline');
    const waiting = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('manage-or-lead/xapi-queue/')).map((key) => JSON.parse(localStorage.getItem(key) ?? '[]').length));
    expect(waiting.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(2);
    expect(byVerb(await lrs.statements(registration), VERBS.answered)).toHaveLength(2);

    // Back online: the next choice sends what waited, and the rest follows as it is played.
    await lrs.online();
    for (const step of steps.slice(4)) await playStep(page, step);
    const log = expectedLog(FILE, steps);
    await expect.poll(async () => byVerb(await lrs.statements(registration), VERBS.completed).length, { timeout: 20_000 }).toBe(2);
    const stored = await lrs.statements(registration);

    const answered = byVerb(stored, VERBS.answered);
    expect(answered.map((s) => s.context?.extensions?.[EXTENSIONS.decision]).sort()).toEqual(log.decisions.map((d) => d.number));
    expect(new Set(stored.map((s) => s.id)).size).toBe(stored.length);
    expect(byVerb(stored, VERBS.initialized)).toHaveLength(1);
    expect(byVerb(stored, VERBS.attempted)).toHaveLength(1);
    expect(stored.every((s) => s.context?.registration === registration)).toBe(true);
    // The AU's own completed (cmi5) and the scenario's, with the fit and the dimension scores.
    const completed = byVerb(stored, VERBS.completed);
    expect(completed.map((s) => s.object.id).sort()).toEqual([AU, `${AU}/scenarios/forecast`].sort());
    const scenario = completed.find((s) => s.object.id !== AU);
    const profile = profileOf(log);
    expect(scenario?.result?.score).toMatchObject({ raw: profile.fit.percent });
    expect(Object.keys(scenario?.result?.extensions?.[EXTENSIONS.dimensionScores] as object)).toEqual(['control-empower', 'detail-direction', 'tell-ask', 'push-pull']);
    for (const s of answered) expect(s.result?.response).toMatch(/^c-\d+$/);
    // The one-time token address was asked once.
    expect(lrs.fetches).toBe(1);
    await expect.poll(() => page.locator('.lms-notice').count()).toBe(0);
    expect(realProblems(browser.consoleProblems)).toEqual([]);
  }, 180_000);
});

describe('an xAPI launch with wrong credentials', () => {
  it('says plainly that results cannot be sent, keeps them, and the game plays on', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const registration = '9a0e3d4c-2b1f-4e6a-8c7d-5f4e3d2c1b0a';
    const steps = expectedPlayThrough(FILE, () => 0);
    await page.goto(launchUrl({ endpoint: lrs.endpoint, auth: BAD_AUTH, registration }));
    await openFromTitle(page);
    await playStep(page, steps[0] as ExpectedStep);
    await expectPageShown(page, steps[1] as ExpectedStep, 0);
    const notice = page.getByRole('status', { name: 'Learning system' });
    await expect.poll(() => notice.textContent(), { timeout: 15_000 }).toContain("did not accept the game's sign-in (401");
    await expect.poll(() => notice.textContent()).toContain('kept on this computer');
    expect(await lrs.statements(registration)).toEqual([]);
    await waitForScenes(page);
    await shot(page, 'lms-xapi-refused');
    expect(realProblems(browser.consoleProblems)).toEqual([]);
  }, 120_000);
});
