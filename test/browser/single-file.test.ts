/**
 * The single-file build (`npm run build:single`) opened from file:// in Chromium with the network
 * off, as from a USB stick in a room without Wi-Fi: a scenario played to its reveal with its pictures
 * and sounds, a reload that resumes, the debrief and the exports; a story from the player's own files,
 * checked by the worker inside the page; and a room's game to its reveal.
 * Every request the page makes must be the file itself or something made inside it (data:, blob:).
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../support/stories.ts';
import { openBrowser, type OpenBrowser } from './chromium.ts';
import { savedLog } from './saves.ts';
import { buildSingleFile } from './single-build.ts';
import { expectPageShown, expectRevealOf, openScenario, playByKeys, playDecisions, pressChoice, shot } from './drive.ts';
import { distinctColours, pixels } from './pixels.ts';
import { FORECAST, openGroupScenario, playGroupToReveal } from './screens.ts';
import { expectedPlayThrough, type ExpectedStep } from './story-script.ts';

const OUT_DIR = resolve(ROOT, 'test-results/dist-single');
let fileUrl = '';

beforeAll(async () => {
  fileUrl = await buildSingleFile(OUT_DIR);
}, 180_000);

let browser: OpenBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

/** A browser with the network switched off; returns every URL the page asked for. */
async function offlineBrowser(): Promise<{ browser: OpenBrowser; requested: string[] }> {
  const opened = await openBrowser();
  await opened.context.setOffline(true);
  const requested: string[] = [];
  opened.context.on('request', (request) => requested.push(request.url()));
  // Belt and braces: anything that still tries the network is refused (and stays in `requested`).
  await opened.context.route(/^(https?|wss?):/, (route) => route.abort('internetdisconnected'));
  return { browser: opened, requested };
}

/** Requests that went anywhere but the file itself and what the page made inside it. */
const outside = (requested: readonly string[]) => requested.filter((url) => url !== fileUrl && !/^(data|blob):/.test(url));

async function savedDecisions(page: Page): Promise<number | undefined> {
  return (await savedLog(page))?.decisions.length;
}

describe('the single file, from file:// with no network', () => {
  it('plays a scenario with its pictures and sounds, resumes after a reload, and reaches the reveal, debrief and exports', async () => {
    const offline = await offlineBrowser();
    browser = offline.browser;
    const { page } = browser;
    const steps = expectedPlayThrough(FORECAST, (step, count) => (step + 1) % count);
    await openScenario(page, fileUrl, FORECAST);
    await expectPageShown(page, steps[0] as ExpectedStep, 0);

    // The office is drawn from its picture (a stand-in has a handful of colours), and the sounds
    // the first page asks for (a cue, the office's background) decode from inside the file.
    await expect.poll(async () => distinctColours(await pixels(page, { x: 440, y: 80, width: 520, height: 100 })), { timeout: 15_000 }).toBeGreaterThan(100);
    const sounds = () => page.evaluate(() => ((window as unknown as { Howler?: { _howls: { state(): string; _src: string }[] } }).Howler?._howls ?? []).map((howl) => `${howl.state()} ${String(howl._src).slice(0, 22)}`));
    await expect.poll(async () => (await sounds()).filter((sound) => sound.startsWith('loaded')).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    for (const sound of await sounds()) expect(sound).toMatch(/^(loaded|loading) data:audio\/mpeg;base64/);
    await shot(page, 'single-file-play');

    await playDecisions(page, steps, 2);
    await expect.poll(() => savedDecisions(page)).toBe(2);
    await page.reload();
    await page.getByRole('heading', { name: 'Pick up where you left off?' }).waitFor();
    await page.keyboard.press('Enter');
    await expectPageShown(page, steps[2] as ExpectedStep, 0);
    for (let p = 1; p < (steps[2] as ExpectedStep).pages.length; p++) await page.keyboard.press('ArrowRight');
    await pressChoice(page, steps[2] as ExpectedStep);
    await playByKeys(page, steps.slice(3));
    await expectRevealOf(page, FORECAST, steps);
    await shot(page, 'single-file-reveal');

    // The exports work from file:// too: a download, and the report in a tab of its own.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save log (JSON)', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/forecast.*\.json$/);
    const [report] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Printable report' }).click()]);
    await report.waitForLoadState();
    await expect(report.locator('body').innerText()).resolves.toContain('The forecast');
    await report.close();
    await page.getByRole('button', { name: 'Debrief' }).click();
    await page.getByRole('heading', { name: `Decision 1 of ${steps.length - 1}` }).waitFor();

    expect(outside(offline.requested)).toEqual([]);
    expect(browser.consoleProblems).toEqual([]);
  });

  it('checks and plays a story from the player\'s own files, its worker inside the page', async () => {
    const offline = await offlineBrowser();
    browser = offline.browser;
    const { page } = browser;
    const own = (path: string) => ({ name: basename(path), mimeType: 'text/plain', buffer: readFileSync(resolve(FIXTURES, 'own-stories', path)) });
    const steps = expectedPlayThrough('test/fixtures/own-stories/office-visit.ink', () => 0);
    await page.goto(fileUrl);
    await page.getByRole('button', { name: 'Press any key or click to start' }).click();
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    await page.locator('#story-file-input').setInputFiles(['office-visit.ink', 'lib/people.ink', 'lib/places.ink'].map(own));
    await page.getByRole('heading', { name: '“The office visit” is on the list' }).waitFor();
    await page.getByRole('button', { name: /^The office visit/ }).click();
    await playByKeys(page, steps);
    await expectRevealOf(page, 'test/fixtures/own-stories/office-visit.ink', steps);
    expect(outside(offline.requested)).toEqual([]);
    expect(browser.consoleProblems).toEqual([]);
  });

  it('runs a room\'s game to the room\'s reveal', async () => {
    const offline = await offlineBrowser();
    browser = offline.browser;
    const { page } = browser;
    const steps = expectedPlayThrough(FORECAST, () => 0);
    await openGroupScenario(page, fileUrl);
    await playGroupToReveal(page, steps);
    await expect.poll(() => page.locator('.reveal-screen').innerText()).toContain(`The room made ${steps.length - 1} decisions`);
    expect(outside(offline.requested)).toEqual([]);
    expect(browser.consoleProblems).toEqual([]);
  });
});
