/**
 * Keyboard focus on every screen: Tab reaches every control, focus never falls to the page's body
 * between controls nor leaves an open dialog, and each control shows that it has focus (an outline
 * or a ring on it, on its label, or on the card around it). The title, the scenario list, the
 * settings dialog, solo play and its decision, the reveal and the debrief; a room's play, its
 * decision and its reveal; the saved logs, one log and a cohort; and the offer to resume.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, type OpenBrowser } from './chromium.ts';
import { expectPageShown, pressChoice, scenarioKey, shot } from './drive.ts';
import { sweepFocus } from './focus-sweep.ts';
import { FORECAST, forecastLogs, openGroupScenario, openLogsScreen, pickLogs, playGroupToReveal, toGroupDecision, voteFor } from './screens.ts';
import { expectedPlayThrough } from './story-script.ts';

let browser: OpenBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

async function open(): Promise<Page> {
  browser = await openBrowser({ width: 1280, height: 720 });
  return browser.page;
}

/** Sweep the screen with Tab and check everything the sweep reports; `controls` must all be among those reached. */
async function expectKeyboardFriendly(page: Page, screen: string, controls: readonly (string | RegExp)[] = []): Promise<void> {
  const sweep = await sweepFocus(page);
  await shot(page, `keyboard-focus-${screen}`);
  expect(sweep.reached.length, `${screen}: controls reached`).toBeGreaterThan(0);
  expect(sweep.missed, `${screen}: controls Tab never reached`).toEqual([]);
  expect(sweep.lostToBody, `${screen}: times focus fell to the body`).toBe(0);
  expect(sweep.escapedDialog, `${screen}: focus left the open dialog`).toEqual([]);
  expect(sweep.noIndicator, `${screen}: focused without a visible sign`).toEqual([]);
  for (const control of controls) expect(sweep.reached.join('\n'), screen).toMatch(control);
}

/** Focus must be on something after a screen changes (never on the body), for the next Tab to start from. */
async function expectFocusHeld(page: Page, what: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement !== document.body && document.activeElement !== null), { message: what }).toBe(true);
}

describe('by keyboard alone, focus is visible and reaches every control', () => {
  it('on the title, the scenarios, the settings, solo play, the reveal and the debrief', async () => {
    const page = await open();
    const steps = expectedPlayThrough(FORECAST, () => 0);
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: 'Press any key or click to start' }).waitFor();
    await expectKeyboardFriendly(page, '01-title', ['Press any key', 'Open saved logs']);

    await page.getByRole('button', { name: 'Press any key or click to start' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    await expectFocusHeld(page, 'select');
    await expectKeyboardFriendly(page, '02-select', ['Settings', 'input[text]', 'input[radio]', 'The forecast']);

    await page.getByRole('button', { name: 'Settings' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    await expectKeyboardFriendly(page, '03-settings', ['input[radio]', 'input[range]', 'input[checkbox]', 'Done']);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Settings');

    await page.getByRole('heading', { name: 'Choose a scenario' }).click();
    await page.keyboard.press(scenarioKey(FORECAST));
    await page.getByRole('region', { name: 'Story' }).waitFor();
    await expectPageShown(page, steps[0] ?? { pages: [], choices: [], take: 0 }, 0);
    await expectFocusHeld(page, 'play');
    await expectKeyboardFriendly(page, '04-play', ['Continue']);
    const first = steps[0];
    for (let p = 1; p < (first?.pages.length ?? 0); p++) await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: first?.choices[0] ?? '' }).waitFor();
    await expectKeyboardFriendly(page, '05-play-decision', (first?.choices ?? []).map((choice) => choice.slice(0, 30)));

    // On to the end: the rest of the story by keys.
    for (const [s, step] of steps.entries()) {
      if (s === 0) {
        await pressChoice(page, step);
        continue;
      }
      for (let p = 0; p < step.pages.length; p++) {
        await expectPageShown(page, step, p);
        if (p < step.pages.length - 1) await page.keyboard.press('ArrowRight');
      }
      if (step.take !== undefined) await pressChoice(page, step);
    }
    await page.getByRole('button', { name: 'See how it went' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Debrief' }).waitFor();
    await expectFocusHeld(page, 'reveal');
    await expectKeyboardFriendly(page, '06-reveal', ['Your pattern, in words', 'Save log', 'Debrief', 'Play again', 'Another scenario']);

    await page.getByRole('button', { name: 'Debrief' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Decision 1 of/ }).waitFor();
    await expectFocusHeld(page, 'debrief');
    await expectKeyboardFriendly(page, '07-debrief', ['This decision', 'Next', 'Back to your pattern', 'Printable report']);
    // Moving on re-draws the screen: focus comes to its heading, not to the body.
    await page.getByRole('button', { name: 'Next ▶' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Decision 2 of/ }).waitFor();
    await expectFocusHeld(page, 'next decision');
    await expectKeyboardFriendly(page, '08-debrief-2', ['Previous', 'Next']);
    // Back on the title, the play-through is among the recent ones, every action reachable.
    await page.goto(inject('baseUrl'));
    await page.locator('.saved-row').waitFor();
    await expectKeyboardFriendly(page, '08-title-recent', ['Press any key', 'Open saved logs', 'See the pattern', 'Debrief', 'Save as file', 'Remove']);
    expect(browser?.consoleProblems).toEqual([]);
  });

  it('on the scenario list, the arrow keys, Home and End move between the cards, and Enter plays the one in focus', async () => {
    const page = await open();
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: 'Press any key or click to start' }).waitFor();
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    const cards = page.locator('.scenario-card');
    const titles = await cards.locator('.card-title').allInnerTexts();
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.querySelector('.card-title')?.textContent ?? '');
    const tops = await cards.evaluateAll((all) => all.map((card) => Math.round(card.getBoundingClientRect().top)));
    const perRow = tops.filter((top) => top === tops[0]).length;
    await cards.first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(focused()).resolves.toBe(titles[1]);
    await page.keyboard.press('ArrowDown');
    await expect(focused()).resolves.toBe(titles[Math.min(titles.length - 1, 1 + perRow)]);
    await page.keyboard.press('End');
    await expect(focused()).resolves.toBe(titles.at(-1));
    await page.keyboard.press('ArrowRight'); // the last card stays put
    await expect(focused()).resolves.toBe(titles.at(-1));
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowLeft'); // and so does the first
    await expect(focused()).resolves.toBe(titles[0]);
    // Only the first nine cards name a number key.
    const metas = await cards.locator('.card-meta').allInnerTexts();
    metas.forEach((meta, i) => expect(meta.includes(`key ${i + 1}`), meta).toBe(i < 9));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Story' }).waitFor();
    expect(browser?.consoleProblems).toEqual([]);
  });

  it('in a room’s play, its decision and its reveal', async () => {
    const page = await open();
    const steps = expectedPlayThrough(FORECAST, () => 0);
    await openGroupScenario(page, inject('baseUrl'));
    await expectFocusHeld(page, 'group play');
    await expectKeyboardFriendly(page, '09-group-play', ['Back', 'Next', 'Blank', 'Show meters', 'Full screen', 'Keys']);
    const [first, ...rest] = steps;
    if (!first || first.take === undefined) throw new Error('the forecast has no first decision');
    await toGroupDecision(page, first);
    await expectKeyboardFriendly(page, '10-group-decision', ['Votes for A', 'Votes for B', 'Start timer', '15 seconds more', 'Reset']);
    await page.getByRole('spinbutton', { name: 'Votes for A' }).focus();
    await voteFor(page, first);
    await playGroupToReveal(page, rest);
    await page.locator('.reveal-screen h1').waitFor();
    await expectFocusHeld(page, 'group reveal');
    await expectKeyboardFriendly(page, '11-group-reveal', ['The room’s pattern, in words', 'Debrief', 'Blank', 'Keys']);
    expect(browser?.consoleProblems).toEqual([]);
  });

  it('on the saved logs: empty, one log and a cohort', async () => {
    const page = await open();
    await openLogsScreen(page, inject('baseUrl'));
    await expectKeyboardFriendly(page, '12-logs', ['input[file]', 'Back to the title screen']);
    const logs = forecastLogs(3);
    await pickLogs(page, logs.slice(0, 1));
    await page.getByRole('heading', { name: 'Player 1’s play-through', level: 1 }).waitFor();
    await expectFocusHeld(page, 'one log');
    await expectKeyboardFriendly(page, '13-logs-one', ['input[file]', 'See the pattern', 'Save log']);
    await pickLogs(page, logs.slice(1));
    await page.getByRole('heading', { name: '3 players', level: 1 }).waitFor();
    await expectFocusHeld(page, 'cohort');
    await expectKeyboardFriendly(page, '14-logs-cohort', ['input[file]', 'Spreadsheet of all', 'Debrief of Player 3']);
    expect(browser?.consoleProblems).toEqual([]);
  });

  it('on the offer to pick up a saved game', async () => {
    const page = await open();
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: 'Press any key or click to start' }).waitFor();
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    await page.keyboard.press(scenarioKey(FORECAST));
    await page.getByRole('region', { name: 'Story' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Pick up where you left off?' }).waitFor();
    await expectKeyboardFriendly(page, '15-resume', ['Resume', 'Start over', 'Open saved logs']);
    expect(browser?.consoleProblems).toEqual([]);
  });
});
