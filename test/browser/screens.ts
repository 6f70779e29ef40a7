/**
 * Ways to reach the screens that the access and keyboard tests visit: group play and its decisions,
 * and the saved-logs screens with one log or a cohort. Each step is taken by keyboard where a
 * trainer would take it so, and waits until the screen is up.
 */
import type { Page } from 'playwright-core';
import type { ChoiceLog } from '../../src/core/log/choice-log.ts';
import { logToJson } from '../../src/core/log/log-files.ts';
import { playLog, roomVotes } from '../support/logs.ts';
import { expectPageShown, scenarioKey, waitForScenes } from './drive.ts';
import type { ExpectedStep } from './story-script.ts';

export const FORECAST = 'stories/forecast.ink';

/** From the title, once the engine is up, to the first page of `file`, played by a room (the solo-or-room choice set by keyboard). */
export async function openGroupScenario(page: Page, baseUrl: string, file = FORECAST): Promise<void> {
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Press any key or click to start' }).waitFor();
  await waitForScenes(page);
  await page.keyboard.press('Space');
  await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
  await page.getByRole('radio', { name: 'A room, on a projector' }).check();
  await page.getByRole('heading', { name: 'Choose a scenario' }).click(); // out of the radio group, so the digit picks a scenario
  await page.keyboard.press(scenarioKey(file));
  await page.getByRole('region', { name: 'Story' }).waitFor();
}

/** Page through one step's text, then put its decision to the room; returns with the vote panel up. */
export async function toGroupDecision(page: Page, step: ExpectedStep): Promise<void> {
  for (let p = 0; p < step.pages.length; p++) {
    await expectPageShown(page, step, p);
    await page.keyboard.press('ArrowRight');
  }
  await page.getByRole('heading', { name: 'What does the room do?' }).waitFor();
  // The panel puts focus in A's vote box: hands typed before then would go nowhere.
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Votes for A');
}

/**
 * The room's hands, typed into the vote boxes (focus starts on A's): a split, 7 for the step's choice
 * and 5 for the next box. The boxes come in the order shown, so the choice is found by its text.
 */
export async function voteFor(page: Page, step: ExpectedStep): Promise<void> {
  const shown = await page.locator('.vote-option-text').allInnerTexts();
  const take = shown.indexOf(step.choices[step.take ?? 0] as string);
  const count = shown.length;
  if (take < 0) throw new Error(`"${step.choices[step.take ?? 0]}" is not among the options shown: ${shown.join(' | ')}`);
  for (let i = 0; i < count; i++) {
    if (i > 0) await page.keyboard.press('Tab');
    if (i === take) await page.keyboard.type('7');
    else if (i === (take + 1) % count) await page.keyboard.type('5');
  }
  await page.keyboard.press('Enter');
}

/** Play the rest of a group script from a step's first page, up to the room's reveal. */
export async function playGroupToReveal(page: Page, steps: readonly ExpectedStep[]): Promise<void> {
  for (const step of steps) {
    if (step.take !== undefined) {
      await toGroupDecision(page, step);
      await voteFor(page, step);
      continue;
    }
    // The ending: its pages, then the way to the reveal.
    for (let p = 0; p < step.pages.length; p++) {
      await expectPageShown(page, step, p);
      if (p < step.pages.length - 1) await page.keyboard.press('ArrowRight');
    }
  }
  await page.getByRole('button', { name: 'See how it went' }).waitFor();
  await page.keyboard.press('Enter');
}

/** A log file as the file picker takes it. */
export function logFile(name: string, log: ChoiceLog) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(logToJson(log)) };
}

/** Logs of "The forecast" from `count` players, each choosing differently; a room's log when `mode` is group. */
export function forecastLogs(count: number, mode: 'solo' | 'group' = 'solo'): ChoiceLog[] {
  return Array.from({ length: count }, (_, i) =>
    playLog(FORECAST, { alias: mode === 'group' ? `Room ${i + 1}` : `Player ${i + 1}`, mode, pick: (step, choices) => (i + step * (i + 1)) % choices.length, ...(mode === 'group' ? { votes: roomVotes(12) } : {}) }),
  );
}

/** From the title to the saved-logs screen, by its button. */
export async function openLogsScreen(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Open saved logs' }).click();
  await page.getByRole('heading', { name: 'Open saved logs', level: 1 }).waitFor();
}

/** Pick log files with the screen's file picker, whatever its label says now. */
export async function pickLogs(page: Page, logs: readonly ChoiceLog[]): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles(logs.map((log, i) => logFile(`log-${i + 1}.json`, log)));
}
