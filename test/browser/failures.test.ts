/** Bad content never blanks the screen: markup shows as text, a runtime error gets a panel and a way back. */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, type OpenBrowser } from './chromium.ts';
import { shot } from './drive.ts';

let browser: OpenBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

describe('when a story misbehaves', () => {
  it('shows markup inside a line literally and runs none of it', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await page.goto(inject('fixturesUrl'));
    await page.getByRole('button', { name: 'Press any key or click to start' }).click();
    await page.getByRole('button', { name: /^Markup fixture/ }).click();
    const dialogue = page.getByRole('region', { name: 'Story' });
    await expect.poll(() => dialogue.innerText()).toContain('<b>bold</b> & <img src="x" onerror="window.pwned = true">');
    await expect(page.getByRole('button', { name: 'Ask him what he meant <script>window.pwned = true</script>' }).isVisible()).resolves.toBe(true);
    expect(await dialogue.locator('img, b, script').count()).toBe(0);
    await page.getByRole('button', { name: /^Ask him what he meant/ }).click();
    await expect.poll(() => dialogue.innerText()).toContain('Just testing the chat.');
    expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
    expect(browser.consoleProblems).toEqual([]);
  });

  it('turns an ink runtime error into a panel with a way back to the scenarios', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await page.goto(inject('fixturesUrl'));
    await page.getByRole('button', { name: 'Press any key or click to start' }).click();
    await page.getByRole('button', { name: /^Runtime error fixture/ }).click();
    await page.getByRole('button', { name: 'Check the numbers' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toMatch(/This scenario hit a problem[\s\S]*RANDOM was called with minimum as 3 and maximum as 1/);
    await shot(page, 'failure-runtime-error');
    await page.getByRole('button', { name: 'Back to the scenarios' }).click();
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
  });
});
