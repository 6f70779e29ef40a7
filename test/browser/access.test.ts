/**
 * Access: axe-core on every screen reports no serious or critical violation, at 1280×720 and at
 * 1920×1080 — solo play, a room's play, its decisions and reveal, and the saved logs — and no text
 * laid on the painted backdrops (which axe-core cannot see through) falls below the contrast AA asks.
 * Each screen is pictured for review, as it settles: with reduced motion, so charts are complete.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { openBrowser, type OpenBrowser } from './chromium.ts';
import { backdropContrastProblems } from './backdrop-contrast.ts';
import { openScenario, playByKeys, shot } from './drive.ts';
import { FORECAST, forecastLogs, openGroupScenario, openLogsScreen, pickLogs, playGroupToReveal, toGroupDecision, voteFor } from './screens.ts';
import { expectedPlayThrough } from './story-script.ts';

let browser: OpenBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

async function checkScreen(page: Page, name: string, size: string): Promise<void> {
  await page.waitForTimeout(400); // let fades settle
  await shot(page, `access-${size}-${name}`);
  expect(await seriousViolations(page), name).toEqual([]);
  expect(await backdropContrastProblems(page), `${name}: text on the backdrop`).toEqual([]);
}

/** A browser of this size that asks for reduced motion (one of the settings the game must honour). */
async function open(viewport: { width: number; height: number }): Promise<Page> {
  browser = await openBrowser(viewport);
  await browser.page.emulateMedia({ reducedMotion: 'reduce' });
  return browser.page;
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  const size = `${viewport.width}x${viewport.height}`;
  describe(`every screen at ${size}`, () => {
    it('has no serious or critical axe-core violation', async () => {
      const page = await open(viewport);
      const steps = expectedPlayThrough(FORECAST, () => 0);
      await page.goto(inject('baseUrl'));
      await page.getByRole('button', { name: 'Press any key or click to start' }).waitFor();
      await checkScreen(page, '01-title', size);
      await page.keyboard.press('Space');
      await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
      await checkScreen(page, '02-select', size);
      await page.getByRole('button', { name: 'Settings' }).click();
      await checkScreen(page, '03-sound-settings', size);
      await page.keyboard.press('Escape');
      await openScenario(page, inject('baseUrl'), 'stories/forecast.ink');
      await page.getByRole('region', { name: 'Story' }).waitFor();
      await checkScreen(page, '04-play', size);
      await playByKeys(page, steps);
      await page.getByRole('button', { name: 'Debrief' }).waitFor();
      await page.waitForTimeout(2500);
      await checkScreen(page, '05-reveal', size);
      await page.getByRole('button', { name: 'Debrief' }).click();
      await page.getByRole('heading', { name: /^Decision 1 of/ }).waitFor();
      await checkScreen(page, '06-debrief', size);
      // The resume offer, after leaving a story part-way.
      await openScenario(page, inject('baseUrl'), 'stories/forecast.ink');
      await page.getByRole('region', { name: 'Story' }).waitFor();
      await page.reload();
      await page.getByRole('heading', { name: 'Pick up where you left off?' }).waitFor();
      await checkScreen(page, '07-resume', size);
      expect(browser?.consoleProblems).toEqual([]);
    });

    it('has none in a room’s play, its decisions and its reveal', async () => {
      const page = await open(viewport);
      const steps = expectedPlayThrough(FORECAST, (step, count) => step % count);
      await openGroupScenario(page, inject('baseUrl'));
      await checkScreen(page, '08-group-play', size);
      const [first, ...rest] = steps;
      if (!first || first.take === undefined) throw new Error('the forecast has no first decision');
      await toGroupDecision(page, first);
      await checkScreen(page, '09-group-decision', size);
      await voteFor(page, first);
      await playGroupToReveal(page, rest);
      await page.locator('.reveal-screen h1').waitFor();
      await checkScreen(page, '10-group-reveal', size);
      expect(browser?.consoleProblems).toEqual([]);
    });

    it('has none on the saved-logs screens: empty, one log, and a cohort', async () => {
      const page = await open(viewport);
      await openLogsScreen(page, inject('baseUrl'));
      await checkScreen(page, '11-logs', size);
      const [room, ...players] = [...forecastLogs(1, 'group'), ...forecastLogs(8)];
      await pickLogs(page, room ? [room] : []);
      await page.getByRole('heading', { name: 'Room 1’s play-through', level: 1 }).waitFor();
      await checkScreen(page, '12-logs-one', size);
      await pickLogs(page, players);
      await page.getByRole('heading', { name: '9 players', level: 1 }).waitFor();
      await checkScreen(page, '13-logs-cohort', size);
      expect(browser?.consoleProblems).toEqual([]);
    });
  });
}
