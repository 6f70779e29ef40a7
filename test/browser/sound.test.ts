/** Sound through Howler: a story's #sfx tag fetches and plays its cue; volume and mute survive a reload. */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, type OpenBrowser } from './chromium.ts';
import { openScenario, shot } from './drive.ts';

let browser: OpenBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

describe('sound', () => {
  it('plays the cue a story line asks for, through the audio port', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await openScenario(page, inject('baseUrl'), 'stories/forecast.ink');
    // The first page of "The forecast" has "Your phone buzzes on the desk. #sfx: message", in the office.
    await expect.poll(() => page.getByRole('region', { name: 'Story' }).innerText()).toContain('Your phone buzzes on the desk.');
    // The sound is captioned too, for anyone playing without sound.
    await expect(page.getByRole('region', { name: 'Story' }).innerText()).resolves.toContain('[A phone buzzes with a message]');
    await expect.poll(() => requested.some((path) => /\/message[-.][^/]*\.(ogg|mp3)$/.test(path)), { timeout: 10_000 }).toBe(true);
    // …and the office's background sound starts with the scene.
    await expect.poll(() => requested.some((path) => /\/office-[^/]*\.(ogg|mp3)$/.test(path)), { timeout: 10_000 }).toBe(true);
    expect(browser.consoleProblems).toEqual([]);
  });

  it('keeps volume, mute and text size between visits', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: 'Press any key or click to start' }).click();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('slider', { name: 'Music' }).fill('25');
    await page.getByRole('checkbox', { name: 'Mute all sound' }).check();
    await page.getByRole('radio', { name: 'Largest' }).check();
    await shot(page, 'sound-settings');
    await page.getByRole('button', { name: 'Done' }).click();

    await page.reload();
    await page.getByRole('button', { name: 'Press any key or click to start' }).click();
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('slider', { name: 'Music' }).inputValue()).resolves.toBe('25');
    await expect(page.getByRole('checkbox', { name: 'Mute all sound' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('radio', { name: 'Largest' }).isChecked()).resolves.toBe(true);
    await expect(page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--text-scale').trim())).resolves.toBe('1.4');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    expect(browser.consoleProblems).toEqual([]);
  });
});
