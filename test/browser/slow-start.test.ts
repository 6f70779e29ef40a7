/**
 * A slow conference-room network: the engine (Phaser and the scenes, the big download) is held back.
 * The title, the scenario list and the story's text do not need it: a player reaches and takes the
 * first decision before it arrives, and when it does, the pictures join the same page without a
 * restart. Screens that need the engine (the saved logs) say that the game is getting ready.
 */
import type { Page, Route } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, type OpenBrowser } from './chromium.ts';
import { expectChoicesOf, expectPageShown, expectRevealOf, playByKeys, pressChoice, scenarioKey, shot, waitForScenes } from './drive.ts';
import { toGroupDecision, voteFor } from './screens.ts';
import { expectedPlayThrough, type ExpectedStep } from './story-script.ts';

const FORECAST = 'stories/forecast.ink';
let browser: OpenBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

/** Hold the engine's download until the returned function is called. */
async function holdEngine(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/(phaser|game)-[^/]*\.js$/, async (route: Route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** From the title to the scenario list at once, by keyboard. */
async function toScenarioList(page: Page): Promise<void> {
  await page.goto(inject('baseUrl'));
  await page.getByRole('button', { name: 'Press any key or click to start' }).waitFor();
  await page.keyboard.press('Space');
  await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
}

/** The portraits `pages` show, as their files are named ("priya-worried"): a speaker's first name and mood. */
function portraitsOf(pages: readonly ExpectedStep['pages'][number][]): string[] {
  const names = pages.flatMap((page) => page.lines.flatMap((line) => (line.speaker ? [line] : [])));
  const plain = (name: string) => (name.split(' ')[0] ?? '').normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
  return [...new Set(names.map((line) => `${plain(line.speaker ?? '')}-${line.mood ?? 'neutral'}`))];
}

/** The SVG pictures the page has fetched, by name without the build's hash. */
const picturesFetched = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').flatMap((entry) => /\/([\w-]+)-[\w-]{8}\.svg$/.exec(entry.name)?.slice(1, 2) ?? []));

const engineStarted = (page: Page) => page.evaluate(() => performance.getEntriesByName('engine-ready').length > 0);
const canvases = (page: Page) => page.locator('#stage canvas').count();

describe('a slow start', () => {
  it('plays the first decision before the engine has loaded, and draws the pictures around the same page when it has', async () => {
    const steps = expectedPlayThrough(FORECAST, (step, count) => (step % 2 === 0 ? 0 : count - 1));
    browser = await openBrowser();
    const { page } = browser;
    const release = await holdEngine(page);
    await toScenarioList(page);
    await page.getByRole('textbox', { name: 'Your name or group (optional)' }).fill('Table 3');
    await page.getByRole('heading', { name: 'Choose a scenario' }).click();
    await page.keyboard.press(scenarioKey(FORECAST));

    // The first decision's pages, then the decision itself, all without the engine.
    const [first, second] = steps;
    if (!first || !second || first.take === undefined) throw new Error('the forecast script needs two steps');
    for (let p = 0; p < first.pages.length; p++) {
      await expectPageShown(page, first, p);
      if (p < first.pages.length - 1) await page.keyboard.press('ArrowRight');
    }
    await expectChoicesOf(page, first);
    await shot(page, 'slow-start-1-text-before-engine');
    await pressChoice(page, first);
    await expectPageShown(page, second, 0);
    expect(await engineStarted(page)).toBe(false);
    expect(await canvases(page)).toBe(0);
    // Saved, under the name given, once the text is painted: a reload now would resume here.
    const savedAs = (name: string) => page.evaluate((name) => Object.keys(localStorage).filter((key) => localStorage.getItem(key)?.includes(`"alias":"${name}"`)).length, name);
    await expect.poll(() => savedAs('Table 3')).toBe(1);

    // The engine arrives: the same page stays, with its focus, and the place and the speaker are drawn behind it.
    const textBefore = await page.locator('.dialogue .lines').innerText();
    release();
    await waitForScenes(page);
    await page.waitForTimeout(1500); // the place's picture loads and fades in
    expect(await canvases(page)).toBe(1);
    expect(await page.locator('.dialogue .lines').innerText()).toBe(textBefore);
    await expect(page.evaluate(() => document.activeElement?.closest('.dialogue') !== null)).resolves.toBe(true);
    await shot(page, 'slow-start-2-pictures-joined');

    // Each beat's pictures are fetched as its first page is drawn, those of the pages not yet turned
    // to included, so that turning on finds each speaker's portrait ready rather than their initials.
    const [, , third] = steps;
    if (!third || second.take === undefined) throw new Error('the forecast script needs three steps');
    for (let p = 0; p < second.pages.length; p++) {
      await expectPageShown(page, second, p);
      if (p < second.pages.length - 1) await page.keyboard.press('ArrowRight');
    }
    await pressChoice(page, second);
    await expectPageShown(page, third, 0);
    const wanted = portraitsOf(third.pages);
    expect(wanted.length).toBeGreaterThan(2);
    await expect.poll(() => picturesFetched(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(wanted));
    await expectPageShown(page, third, 0);

    // And the rest plays on, through the scenes, to the reveal of exactly these choices.
    await playByKeys(page, steps.slice(2));
    await expectRevealOf(page, FORECAST, steps);
    expect(browser.consoleProblems).toEqual([]);
  });

  it('a room can take its first decision before the engine has loaded: votes, the timer and the presenter keys work', async () => {
    const steps = expectedPlayThrough(FORECAST, () => 0);
    browser = await openBrowser({ width: 1920, height: 1080 });
    const { page } = browser;
    const release = await holdEngine(page);
    await toScenarioList(page);
    await page.getByRole('radio', { name: 'A room, on a projector' }).check();
    await page.getByRole('heading', { name: 'Choose a scenario' }).click(); // out of the radio group, so the digit picks a scenario
    await page.keyboard.press(scenarioKey(FORECAST));
    const [first, second] = steps;
    if (!first || !second || first.take === undefined) throw new Error('the forecast script needs two steps');
    await toGroupDecision(page, first);
    // The discussion timer counts down on the browser's own frames (no engine to tick it).
    const before = await page.locator('.timer-clock').innerText();
    await page.keyboard.press('t');
    await expect.poll(() => page.locator('.timer-clock').innerText(), { timeout: 5000 }).not.toBe(before);
    await page.keyboard.press('t');
    await page.getByRole('spinbutton', { name: 'Votes for A' }).focus();
    await voteFor(page, first);
    await expectPageShown(page, second, 0);
    expect(await engineStarted(page)).toBe(false);
    release();
    await waitForScenes(page);
    await expectPageShown(page, second, 0);
    expect(await page.evaluate(() => document.getElementById('app')?.className ?? '')).toContain('group-mode');
    expect(browser.consoleProblems).toEqual([]);
  });

  it('the saved logs wait for the engine, saying so, then open', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const release = await holdEngine(page);
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: 'Open saved logs' }).click();
    await page.getByRole('button', { name: 'Getting the game ready…' }).waitFor();
    await expect(page.locator('.title-screen').getAttribute('aria-busy')).resolves.toBe('true');
    release();
    await page.getByRole('heading', { name: 'Saved logs' }).waitFor({ timeout: 30_000 });
    expect(browser.consoleProblems).toEqual([]);
  });
});
