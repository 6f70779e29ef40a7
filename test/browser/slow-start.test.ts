/**
 * A slow conference-room network: the title answers at once, says so when the player presses start
 * before the game behind it has loaded, and carries on to the scenarios when it has.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, type OpenBrowser } from './chromium.ts';

let browser: OpenBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

describe('a slow start', () => {
  it('the title takes the key at once, says it is getting ready, and then shows the scenarios', async () => {
    browser = await openBrowser();
    const { page } = browser;
    // Hold back the engine and the scenes (the big download behind the title), as a slow network would.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/(phaser|game)-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(inject('baseUrl'));
    const start = page.getByRole('button', { name: 'Press any key or click to start' });
    await start.waitFor();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Getting the game ready…' }).waitFor();
    await expect(page.locator('.title-screen').getAttribute('aria-busy')).resolves.toBe('true');
    release();
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor({ timeout: 30_000 });
    expect(browser.consoleProblems).toEqual([]);
  });
});
