/**
 * Screen changes and races (issue 17): a screen change is taken once, whatever is pressed before the
 * next screen is up (a double click, two buttons in the same instant); and anything a screen started
 * that answers late (a picture still loading) does nothing once the screen has gone, even when the
 * same screen is open again by then.
 */
import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { ChoiceLog } from '../../src/core/log/choice-log.ts';
import { logToJson } from '../../src/core/log/log-files.ts';
import { interpret } from '../../src/core/patterns/interpret.ts';
import { profileOf } from '../../src/core/patterns/profile.ts';
import { EMPTY_INDEX, serialiseIndex } from '../../src/core/save/save-index.ts';
import { FINISHED_KEY_PREFIX, SAVES_INDEX_KEY } from '../../src/core/save/save-store.ts';
import { playLog } from '../support/logs.ts';
import { openBrowser, type OpenBrowser } from './chromium.ts';
import { waitForScenes } from './drive.ts';
import { finishedLog, savesIndex } from './saves.ts';
import { logFile } from './screens.ts';

let browser: OpenBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

const FORECAST = 'stories/forecast.ink';
const KEPT_ID = '0123456789abcdef';

/** A finished play-through kept in the browser, as the game keeps one: its log under its key, and the index listing it. */
async function keepFinished(context: BrowserContext, log: ChoiceLog): Promise<void> {
  const index = serialiseIndex({ ...EMPTY_INDEX, finished: [{ id: KEPT_ID, at: new Date().toISOString() }] });
  await context.addInitScript(([indexKey, indexText, key, text]) => {
    if (window.localStorage.getItem(indexKey) !== null) return;
    window.localStorage.setItem(indexKey, indexText);
    window.localStorage.setItem(key, text);
  }, [SAVES_INDEX_KEY, index, FINISHED_KEY_PREFIX + KEPT_ID, logToJson(log)] as const);
}

/**
 * Click the buttons named `names` one after another in a single task, before the game draws another
 * frame: what a double click or two hands on a touch screen do on a busy machine.
 */
async function clickAtOnce(page: Page, names: readonly string[]): Promise<void> {
  await page.evaluate((names) => {
    const buttons = names.map((name) => {
      const found = [...document.querySelectorAll<HTMLButtonElement>('#ui button')].find((button) => button.textContent?.trim() === name);
      if (!found) throw new Error(`no button "${name}" on screen`);
      return found;
    });
    for (const button of buttons) button.click();
  }, names);
}

/** Let the game run `count` frames (a count, not a time: whatever a screen change set going has had its turns). */
async function frames(page: Page, count = 12): Promise<void> {
  await page.evaluate((count) => new Promise<void>((resolve) => {
    let seen = 0;
    const next = () => (++seen >= count ? resolve() : requestAnimationFrame(next));
    requestAnimationFrame(next);
  }), count);
}

/** Hold every request matching `pattern` until the returned function is called. */
async function hold(page: Page, pattern: RegExp): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route: Route) => {
    await held;
    await route.continue().catch(() => undefined); // the page may have moved on
  });
  return release;
}

const problemPanels = (page: Page) => page.locator('.problem-layer').count();

describe('a screen change is taken once', () => {
  it('Debrief and See the pattern pressed twice the first time (their code still on its way) open one screen, with no error, and the log kept', async () => {
    browser = await openBrowser();
    const { page, context } = browser;
    const log = playLog(FORECAST, { pick: (step) => step % 2 });
    await keepFinished(context, log);
    const release = await hold(page, /\/assets\/later-scenes-[^/]*\.js$/);
    await page.goto(inject('baseUrl'));
    await waitForScenes(page);
    const row = page.locator('.saved-row').filter({ hasText: '“The forecast”' });
    await row.getByRole('button', { name: 'See the pattern' }).waitFor();
    await clickAtOnce(page, ['See the pattern', 'See the pattern']);
    release();
    const headline = interpret(profileOf(log)).headline;
    await page.getByRole('heading', { name: headline }).waitFor();
    // The reveal's Debrief is the debrief's first opening: its scene is still a stand-in.
    await clickAtOnce(page, ['Debrief', 'Debrief']);
    await page.getByRole('heading', { name: `Decision 1 of ${log.decisions.length}` }).waitFor();
    await frames(page);
    expect(browser.consoleProblems).toEqual([]);
    expect(await problemPanels(page)).toBe(0);
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { name: `Decision 2 of ${log.decisions.length}` }).waitFor();
    expect(await finishedLog(page, KEPT_ID)).toEqual(log);
  });

  it('from the saved logs too: Debrief, then See the pattern, each pressed twice, each open once', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const log = playLog(FORECAST, { pick: () => 0, alias: 'Kim' });
    await page.goto(inject('baseUrl'));
    await waitForScenes(page);
    await page.getByRole('button', { name: 'Open saved logs' }).click();
    await page.getByRole('heading', { name: 'Open saved logs', level: 1 }).waitFor();
    await page.getByLabel('Choose log files…').setInputFiles([logFile('kim.json', log)]);
    await page.getByRole('heading', { name: 'Kim’s play-through' }).waitFor();
    await clickAtOnce(page, ['Debrief', 'Debrief']);
    await page.getByRole('heading', { name: `Decision 1 of ${log.decisions.length}` }).waitFor();
    await frames(page);
    await clickAtOnce(page, ['Back to the logs', 'Back to the logs']);
    await page.getByRole('heading', { name: 'Kim’s play-through' }).waitFor();
    await clickAtOnce(page, ['See the pattern', 'See the pattern']);
    await page.getByRole('heading', { name: interpret(profileOf(log)).headline }).waitFor();
    await frames(page);
    expect(browser.consoleProblems).toEqual([]);
    expect(await problemPanels(page)).toBe(0);
  });

  it('Debrief and Play again in the same instant: the first is taken, and no hidden play-through takes keys or saves', async () => {
    browser = await openBrowser();
    const { page } = browser;
    // The fixtures' markup story: one decision, then the end.
    await page.goto(inject('fixturesUrl'));
    await waitForScenes(page);
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    await page.getByRole('button', { name: /^Markup fixture/ }).click();
    await page.getByRole('list', { name: 'What do you do?' }).getByRole('button').first().click();
    await page.getByRole('button', { name: 'See how it went' }).click();
    await page.getByRole('button', { name: 'Play again' }).waitFor();
    await clickAtOnce(page, ['Debrief', 'Play again']);
    await page.getByRole('heading', { name: 'Decision 1 of 1' }).waitFor();
    await frames(page);
    await expect(page.getByRole('region', { name: 'Story' }).count()).resolves.toBe(0);
    for (const key of ['1', 'ArrowRight', '2', 'Enter']) await page.keyboard.press(key);
    await frames(page);
    await expect(page.getByRole('heading', { name: 'Decision 1 of 1' }).isVisible()).resolves.toBe(true);
    expect((await savesIndex(page)).playing).toEqual([]);
    expect(browser.consoleProblems).toEqual([]);
  });
});

describe('late answers to a screen that has gone', () => {
  it('leaving the saved logs and opening them again while the office picture loads: no error, and the picture arrives', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const release = await hold(page, /\/assets\/office-[^/]*\.svg$/);
    await page.goto(inject('baseUrl'));
    await waitForScenes(page);
    for (let visit = 0; visit < 2; visit++) {
      await page.getByRole('button', { name: 'Open saved logs' }).click();
      await page.getByRole('heading', { name: 'Open saved logs', level: 1 }).waitFor();
      await frames(page, 4); // the backdrop asks for its picture after a paint
      if (visit === 0) {
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'Press any key or click to start' }).waitFor();
      }
    }
    release();
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => /\/office-[^/]*\.svg$/.test(entry.name)));
    await frames(page, 30);
    expect(browser.consoleProblems).toEqual([]);
    expect(await problemPanels(page)).toBe(0);
  });
});
