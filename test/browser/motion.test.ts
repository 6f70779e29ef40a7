/**
 * Transitions: a new page of text fades in briefly and is fully there a moment later; a player who
 * asks the system to reduce motion gets every page at once, with nothing moving.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, type OpenBrowser } from './chromium.ts';
import { expectPageShown, openScenario } from './drive.ts';
import { expectedPlayThrough, type ExpectedStep } from './story-script.ts';

const FORECAST = 'stories/forecast.ink';

let browser: OpenBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

/** The CSS animations running on the story's text just now, and how opaque the text is. */
function textMotion(page: Page): Promise<{ animations: string[]; opacity: number }> {
  return page.evaluate(() => {
    const lines = document.querySelector('.dialogue .lines');
    const animations = document
      .getAnimations()
      .filter((animation) => animation instanceof CSSAnimation && animation.effect instanceof KeyframeEffect && animation.effect.target === lines)
      .map((animation) => (animation as CSSAnimation).animationName);
    return { animations, opacity: lines ? Number(getComputedStyle(lines).opacity) : Number.NaN };
  });
}

/** Open the forecast and turn to its second page, returning straight after the key. */
async function turnToSecondPage(page: Page): Promise<void> {
  const steps = expectedPlayThrough(FORECAST, () => 0);
  await openScenario(page, inject('baseUrl'), FORECAST);
  await expectPageShown(page, steps[0] as ExpectedStep, 0);
  await page.keyboard.press('ArrowRight');
  await expectPageShown(page, steps[0] as ExpectedStep, 1);
}

describe('motion', () => {
  it('a new page of text fades in, and is fully shown a moment later', async () => {
    browser = await openBrowser();
    const { page } = browser;
    // Slow the page's clock for the animations only, so the check does not race a busy machine.
    const cdp = await browser.context.newCDPSession(page);
    await turnToSecondPage(page);
    await cdp.send('Animation.enable');
    await cdp.send('Animation.setPlaybackRate', { playbackRate: 0.05 });
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await textMotion(page)).animations).toEqual(['mol-fade-in']);
    await cdp.send('Animation.setPlaybackRate', { playbackRate: 1 });
    await expect.poll(async () => (await textMotion(page)).opacity, { timeout: 5_000 }).toBe(1);
    expect(browser.consoleProblems).toEqual([]);
  });

  it('with reduced motion, each page is there at once and nothing moves', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await turnToSecondPage(page);
    expect(await textMotion(page)).toEqual({ animations: [], opacity: 1 });
  });
});
