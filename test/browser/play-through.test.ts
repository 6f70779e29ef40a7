/**
 * "The forecast" from the title to the end in a real Chromium, twice: by keyboard only, and by
 * clicking buttons found by their role and name. Each choice must lead to the text ink says it
 * leads to, and the console must stay clean. Screenshots of each screen go to test-results/.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, type OpenBrowser } from './chromium.ts';
import { expectPageShown, expectRevealOf as revealOf, keyForChoice, scenarioKey, shot, waitForScenes } from './drive.ts';
import { expectedPlayThrough, type ExpectedStep } from './story-script.ts';

const FORECAST = 'stories/forecast.ink';
let browser: OpenBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

const expectRevealOf = (page: Page, steps: readonly ExpectedStep[]) => revealOf(page, FORECAST, steps);
const forecastKey = () => scenarioKey(FORECAST);

/**
 * Keyboard focus rests on the story panel, the same element from the first page to the last (showing
 * a page moves no focus: see dialoguePanel), and the forward button Enter presses is ringed. `first`
 * marks the panel so that later pages can tell it is the same one.
 */
async function expectFocusOnPanel(page: Page, first: boolean): Promise<void> {
  const seen = await page.evaluate((first) => {
    const panel = document.querySelector<HTMLElement>('.dialogue');
    if (panel && first) panel.dataset.testFirstPanel = 'yes';
    const forward = panel?.querySelector('button.next');
    return {
      focusedOnPanel: panel !== null && document.activeElement === panel,
      samePanel: panel?.dataset.testFirstPanel === 'yes',
      forwardRing: forward ? getComputedStyle(forward).outlineStyle : undefined,
    };
  }, first);
  expect(seen).toEqual({ focusedOnPanel: true, samePanel: true, forwardRing: seen.forwardRing === undefined ? undefined : 'solid' });
}

describe('playing "The forecast"', () => {
  it('by keyboard only, from the title to the end', async () => {
    // Take the first option at even decisions and the last at odd ones, to see more than one branch.
    const steps = expectedPlayThrough(FORECAST, (step, count) => (step % 2 === 0 ? 0 : count - 1));
    browser = await openBrowser({ width: 1280, height: 720 });
    const { page } = browser;
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: 'Press any key or click to start' }).waitFor();
    await shot(page, 'keyboard-01-title');
    await waitForScenes(page); // (the pictures in the screenshots; the other tests here play from the first instant)
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    await shot(page, 'keyboard-02-select');
    await page.keyboard.press(forecastKey());

    for (const [s, step] of steps.entries()) {
      for (let p = 0; p < step.pages.length; p++) {
        await expectPageShown(page, step, p);
        await expectFocusOnPanel(page, s === 0 && p === 0);
        if (p === 0 && s < 2) await shot(page, `keyboard-03-play-${s + 1}`);
        if (p < step.pages.length - 1) await page.keyboard.press(p % 2 === 0 ? 'Enter' : 'ArrowRight');
      }
      if (step.take === undefined) break;
      // The options come shuffled: the key of each is its place on screen.
      const key = await keyForChoice(page, step);
      if (s === 1) {
        // Once by Tab and Enter on the real buttons, the rest by number keys.
        for (let i = 0; i < Number(key); i++) await page.keyboard.press('Tab');
        await expect(page.evaluate(() => document.activeElement?.textContent ?? '')).resolves.toContain(step.choices[step.take]);
        await page.keyboard.press('Enter');
      } else {
        await page.keyboard.press(key);
      }
    }
    await page.getByRole('button', { name: 'See how it went' }).waitFor();
    await shot(page, 'keyboard-04-last-page');
    await page.keyboard.press('Enter');
    await expectRevealOf(page, steps);
    await page.waitForTimeout(2500); // let the chart and gauge finish growing before the picture
    await shot(page, 'keyboard-05-reveal');
    // The debrief, by keyboard: Tab to the Debrief button, then ← and → through the decisions.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Debrief');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Decision 1 of ${steps.length - 1}` }).waitFor();
    await shot(page, 'keyboard-06-debrief-1');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { name: `Decision 2 of ${steps.length - 1}` }).waitFor();
    await expect.poll(() => page.locator('.option.chosen').innerText()).toContain(steps[1]?.choices[steps[1]?.take ?? 0] as string);
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('heading', { name: `Decision 1 of ${steps.length - 1}` }).waitFor();
    expect(browser.consoleProblems).toEqual([]);
  });

  it('by clicking buttons found by their role and name, at 1920×1080', async () => {
    const steps = expectedPlayThrough(FORECAST, (step, count) => (step + 1) % count);
    browser = await openBrowser({ width: 1920, height: 1080 });
    const { page } = browser;
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: 'Press any key or click to start' }).click();
    await page.getByRole('button', { name: /^The forecast/ }).click();

    for (const [s, step] of steps.entries()) {
      for (let p = 0; p < step.pages.length; p++) {
        await expectPageShown(page, step, p);
        if (p === 0 && s === 0) await shot(page, 'mouse-1080p-play-1');
        if (p < step.pages.length - 1) await page.getByRole('button', { name: 'Continue' }).click();
      }
      if (step.take === undefined) break;
      const text = step.choices[step.take] as string;
      await page.getByRole('button', { name: text, exact: true }).click();
    }
    await page.getByRole('button', { name: 'See how it went' }).click();
    await expectRevealOf(page, steps);
    await page.waitForTimeout(2500);
    await shot(page, 'mouse-1080p-reveal');
    await page.getByRole('button', { name: 'Debrief' }).click();
    await page.getByRole('button', { name: 'Next ▶' }).click();
    await page.getByRole('heading', { name: 'Decision 2 of' }).waitFor();
    await shot(page, 'mouse-1080p-debrief-2');
    await page.getByRole('button', { name: 'Back to your pattern' }).click();
    await page.getByRole('button', { name: 'Play again' }).click();
    await expectPageShown(page, steps[0] as ExpectedStep, 0);
    expect(browser.consoleProblems).toEqual([]);
  });
});

describe('on a touch screen', () => {
  it('plays by tapping, at 1024×768', async () => {
    const steps = expectedPlayThrough(FORECAST, () => 1);
    browser = await openBrowser({ width: 1024, height: 768 }, { hasTouch: true });
    const { page } = browser;
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: 'Press any key or click to start' }).tap();
    await page.getByRole('button', { name: /^The forecast/ }).tap();
    const first = steps[0] as ExpectedStep;
    for (let p = 0; p < first.pages.length - 1; p++) await page.getByRole('button', { name: 'Continue' }).tap();
    await shot(page, 'touch-1024x768-decision-1');
    await page.getByRole('button', { name: first.choices[1], exact: true }).tap();
    await expectPageShown(page, steps[1] as ExpectedStep, 0);
    expect(browser.consoleProblems).toEqual([]);
  });
});
