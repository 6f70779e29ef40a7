/**
 * Two opposite play-throughs of "The forecast" — always the most leading option, always the most
 * managing one — must end on reveals whose figures follow from the choices; with reduced motion the
 * chart appears at once.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, type OpenBrowser } from './chromium.ts';
import { expectRevealOf, leaning, openScenario, playByKeys, shot } from './drive.ts';
import { expectedPlayThrough } from './story-script.ts';

const FORECAST = 'stories/forecast.ink';

let browser: OpenBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

/** A picture of the chart area only. */
const chartPicture = (page: Page) => page.screenshot({ clip: { x: 0, y: 0, width: 620, height: 560 } });

describe('the reveal after opposite play-throughs', () => {
  it('always leading: the bars lean to leading, as the core computes', async () => {
    const steps = expectedPlayThrough(FORECAST, (_s, _n, choices) => leaning('lead')(choices));
    browser = await openBrowser();
    await openScenario(browser.page, inject('baseUrl'), FORECAST);
    await playByKeys(browser.page, steps);
    const profile = await expectRevealOf(browser.page, FORECAST, steps);
    const seen = profile.dimensions.flatMap((d) => (d.score === undefined ? [] : [d.score]));
    expect(seen.length).toBeGreaterThan(0);
    // No dimension leans to managing, and together they lean clearly to leading.
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(0);
    expect(seen.reduce((a, b) => a + b, 0) / seen.length).toBeGreaterThan(0.4);
    await browser.page.waitForTimeout(2500);
    await shot(browser.page, 'reveal-always-lead');
    expect(browser.consoleProblems).toEqual([]);
  });

  it('always managing, with reduced motion: the bars lean to managing and appear at once', async () => {
    const steps = expectedPlayThrough(FORECAST, (_s, _n, choices) => leaning('manage')(choices));
    browser = await openBrowser();
    await browser.page.emulateMedia({ reducedMotion: 'reduce' });
    await openScenario(browser.page, inject('baseUrl'), FORECAST);
    await playByKeys(browser.page, steps);
    const profile = await expectRevealOf(browser.page, FORECAST, steps);
    const seen = profile.dimensions.flatMap((d) => (d.score === undefined ? [] : [d.score]));
    expect(Math.max(...seen)).toBeLessThanOrEqual(0);
    expect(seen.reduce((a, b) => a + b, 0) / seen.length).toBeLessThan(-0.4);
    // Two pictures a second and a half apart are the same: nothing was still growing.
    await browser.page.waitForTimeout(300);
    const early = await chartPicture(browser.page);
    await browser.page.waitForTimeout(1500);
    expect((await chartPicture(browser.page)).equals(early)).toBe(true);
    await shot(browser.page, 'reveal-always-manage');
    expect(browser.consoleProblems).toEqual([]);
  });

  it('without reduced motion, the chart is still growing just after it appears', async () => {
    const steps = expectedPlayThrough(FORECAST, () => 0);
    browser = await openBrowser();
    await openScenario(browser.page, inject('baseUrl'), FORECAST);
    await playByKeys(browser.page, steps);
    await expectRevealOf(browser.page, FORECAST, steps);
    const early = await chartPicture(browser.page);
    await browser.page.waitForTimeout(2500);
    expect((await chartPicture(browser.page)).equals(early)).toBe(false);
  });
});
