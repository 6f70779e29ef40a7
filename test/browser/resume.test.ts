/**
 * Never lose a player's progress: reload mid-scenario and resume on the same text, choices and log;
 * a damaged save gets a clear message and is kept aside; without storage the game plays on and says so.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { ChoiceLog } from '../../src/core/log/choice-log.ts';
import { SAVE_KEY, SET_ASIDE_KEY } from '../../src/core/save/save-store.ts';
import { listScenarioFiles } from '../../tools/vite-plugin-ink.ts';
import { ROOT } from '../support/stories.ts';
import { openBrowser, type OpenBrowser } from './chromium.ts';
import { expectPageShown, keyForChoice, openScenario, playDecisions, pressChoice, screenState, shot } from './drive.ts';
import { expectedPlayThrough, type ExpectedStep } from './story-script.ts';

let browser: OpenBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

const STORIES = listScenarioFiles(resolve(ROOT, 'stories')).map((file) => `stories/${file.split('/').pop()}`);

/** A small seeded generator, so the "random" reload points are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function savedLog(page: Page): Promise<ChoiceLog | undefined> {
  const text = await page.evaluate((key) => window.localStorage.getItem(key), SAVE_KEY);
  return text ? (JSON.parse(text).snapshot.log as ChoiceLog) : undefined;
}

describe('autosave and resume', () => {
  it('reloading at random points in 20 play-throughs resumes on the same text, choices and log', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const random = seeded(20261128);
    for (let run = 0; run < 20; run++) {
      const file = STORIES[run % STORIES.length] as string;
      const steps = expectedPlayThrough(file, (_s, count) => Math.floor(random() * count));
      const stopAt = Math.floor(random() * Math.min(4, steps.length - 1)); // decisions made before the reload
      await page.goto(inject('baseUrl'));
      await page.evaluate(() => window.localStorage.clear());
      await openScenario(page, inject('baseUrl'), file);
      await playDecisions(page, steps, stopAt);
      const before = await screenState(page);
      // Saved once the text is painted (a frame, or more while the first pictures load).
      await expect.poll(async () => (await savedLog(page))?.decisions.length, { message: `${file} run ${run}` }).toBe(stopAt);
      const logBefore = await savedLog(page);

      await page.reload();
      await page.getByRole('heading', { name: 'Pick up where you left off?' }).waitFor();
      if (run === 0) await shot(page, 'resume-offer');
      await page.keyboard.press('Enter'); // focus starts on Resume
      await expectPageShown(page, steps[stopAt] as ExpectedStep, 0);
      for (let p = 1; p < (steps[stopAt] as ExpectedStep).pages.length; p++) await page.keyboard.press('ArrowRight');
      expect(await screenState(page), `${file} run ${run}`).toEqual(before);

      // The log carries on from where it was: the earlier decisions untouched, the next one added.
      await pressChoice(page, steps[stopAt] as ExpectedStep);
      await expect.poll(async () => (await savedLog(page))?.decisions.length ?? -1).toBe(stopAt + 1);
      const logAfter = (await savedLog(page)) as ChoiceLog;
      // (The save made just after a choice has no meters-after for it yet; the next save adds them.)
      expect(logAfter.decisions.slice(0, stopAt)).toMatchObject(logBefore?.decisions ?? []);
      expect(logAfter.startedAt).toBe(logBefore?.startedAt);
    }
    expect(browser.consoleProblems).toEqual([]);
  }, 600_000);

  it('a choice is saved once its text is painted, and at once when the page is left before that', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const steps = expectedPlayThrough('stories/forecast.ink', () => 0);
    await openScenario(page, inject('baseUrl'), 'stories/forecast.ink');
    await playDecisions(page, steps, 0);
    // The options are shuffled: the key of the one the script takes, wherever it is shown.
    const choiceKey = await keyForChoice(page, steps[0] as ExpectedStep);
    // In one go, with no frame between: the choice's key, then the page being left.
    const decisions = await page.evaluate(({ key, choiceKey }) => {
      const saved = () => (JSON.parse(window.localStorage.getItem(key) ?? '{}').snapshot?.log.decisions.length as number | undefined) ?? 0;
      window.dispatchEvent(new KeyboardEvent('keydown', { key: choiceKey }));
      const beforePaint = saved();
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      return { beforePaint, onLeaving: saved() };
    }, { key: SAVE_KEY, choiceKey });
    expect(decisions).toEqual({ beforePaint: 0, onLeaving: 1 });
    await page.reload();
    await page.getByRole('button', { name: 'Resume' }).click();
    await expectPageShown(page, steps[1] as ExpectedStep, 0);
  });

  it('"Start over" puts the save aside and begins afresh', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const steps = expectedPlayThrough('stories/forecast.ink', () => 0);
    await openScenario(page, inject('baseUrl'), 'stories/forecast.ink');
    await playDecisions(page, steps, 1);
    await page.reload();
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    expect(await page.evaluate((key) => window.localStorage.getItem(key), SET_ASIDE_KEY)).toContain('"storyId":"forecast"');
  });
});

describe('bad saves and missing storage', () => {
  it('a save damaged by hand gets a clear message, is kept aside, and nothing else is lost', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await page.goto(inject('baseUrl'));
    await page.evaluate(([key, other]) => {
      window.localStorage.setItem(key, '{"schema":1,"savedAt":"2026-');
      window.localStorage.setItem(other, 'the player keeps this');
    }, [SAVE_KEY, 'someone-else/setting'] as const);
    await page.reload();
    await page.getByRole('heading', { name: 'Your saved game could not be opened' }).waitFor();
    await expect.poll(() => page.locator('.resume-panel').innerText()).toContain('damaged');
    await shot(page, 'resume-damaged-save');
    expect(await page.evaluate((key) => window.localStorage.getItem(key), SET_ASIDE_KEY)).toBe('{"schema":1,"savedAt":"2026-');
    expect(await page.evaluate(() => window.localStorage.getItem('someone-else/setting'))).toBe('the player keeps this');
    await page.getByRole('button', { name: 'Start fresh' }).click();
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    expect(browser.consoleProblems).toEqual([]);
  });

  it('a save made with an earlier version of the story says so and offers to start over', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const steps = expectedPlayThrough('stories/forecast.ink', () => 1);
    await openScenario(page, inject('baseUrl'), 'stories/forecast.ink');
    await playDecisions(page, steps, 1);
    await expect.poll(async () => (await savedLog(page))?.decisions.length).toBe(1);
    await page.evaluate((key) => {
      const save = JSON.parse(window.localStorage.getItem(key) as string);
      save.storyHash = 'an-older-version';
      save.snapshot.log.storyHash = 'an-older-version';
      window.localStorage.setItem(key, JSON.stringify(save));
    }, SAVE_KEY);
    await page.reload();
    await page.getByRole('heading', { name: 'This scenario has changed' }).waitFor();
    // The choices made so far are not lost: they can be saved as a log file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save my choices as a file' }).click()]);
    const saved = JSON.parse(readFileSync((await download.path()) as string, 'utf8')) as ChoiceLog;
    expect(saved).toMatchObject({ storyId: 'forecast', storyHash: 'an-older-version' });
    expect(saved.decisions).toHaveLength(1);
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
  });

  it('with storage refused on every call, the game plays on and says progress is not kept', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const steps = expectedPlayThrough('stories/forecast.ink', () => 0);
    await page.goto(inject('baseUrl'));
    await page.getByRole('status').filter({ hasText: 'not letting the game save' }).waitFor();
    await shot(page, 'no-storage-title');
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    await page.getByRole('button', { name: /^The forecast/ }).click();
    await playDecisions(page, steps, 1);
    await expect(page.getByRole('status').filter({ hasText: 'not letting the game save' }).isVisible()).resolves.toBe(true);
    expect(browser.consoleProblems).toEqual([]);
  });
});
