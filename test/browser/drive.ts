/** Shared moves for browser tests: start the game, play a worked-out script, check the reveal. */
import { resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { OPTION_ORDER_KEY } from '../../src/core/option-order-setting.ts';
import { expect } from 'vitest';
import { interpret } from '../../src/core/patterns/interpret.ts';
import { profileOf, signedWeight } from '../../src/core/patterns/profile.ts';
import type { Profile } from '../../src/core/patterns/profile.ts';
import { parseTags } from '../../src/core/story/tags.ts';
import { keyForScenario } from '../../src/presentation/screens/scenario-keys.ts';
import { listScenarioFiles } from '../../tools/vite-plugin-ink.ts';
import { ROOT } from '../support/stories.ts';
import { expectedLog, type ExpectedStep } from './story-script.ts';

export const SHOTS = resolve(ROOT, 'test-results/screenshots');
mkdirSync(SHOTS, { recursive: true });

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: resolve(SHOTS, `${name}.png`) });
}

/** The key that picks a scenario on the select screen (its place in the list). */
export function scenarioKey(file: string): string {
  const index = listScenarioFiles(resolve(ROOT, 'stories')).findIndex((f) => f.endsWith(file.replace(/^stories\//, '')));
  const key = keyForScenario(index);
  if (key === undefined) throw new Error(`${file} has no number key on the scenario list (only the first nine do): pick its card instead`);
  return String(key);
}

/** The text on screen must show every line of this page. */
export async function expectPageShown(page: Page, step: ExpectedStep, pageIndex: number): Promise<void> {
  const dialogue = page.getByRole('region', { name: 'Story' });
  for (const line of step.pages[pageIndex]?.lines ?? []) {
    await expect.poll(() => dialogue.innerText(), { timeout: 10_000 }).toContain(line.text);
  }
}

/**
 * Wait until the engine has taken over the screen: from then on the place, the speaker and the meters
 * are drawn. (Before, the title, the list and the story's text work on their own: test/browser/slow-start.)
 */
export async function waitForScenes(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('scenes-ready').length > 0, null, { timeout: 30_000 });
}

/** From the title, once the engine is up, open a scenario by keyboard. */
export async function openScenario(page: Page, baseUrl: string, file: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Press any key or click to start' }).waitFor();
  await waitForScenes(page);
  await page.keyboard.press('Space');
  await pickScenario(page, file);
}

/** On the scenario list, open a scenario by keyboard. */
export async function pickScenario(page: Page, file: string): Promise<void> {
  await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
  const index = listScenarioFiles(resolve(ROOT, 'stories')).findIndex((f) => f.endsWith(file.replace(/^stories\//, '')));
  if (keyForScenario(index) !== undefined) {
    await page.keyboard.press(scenarioKey(file));
    return;
  }
  // Past the ninth card there is no number key: the keyboard reaches it by the arrow keys, here by focus, then Enter.
  await page.locator('.scenario-card').nth(index).focus();
  await page.keyboard.press('Enter');
}

/** What the player sees: the text of the dialogue and the choices on offer. */
export async function screenState(page: Page): Promise<{ text: string; choices: string[] }> {
  const dialogue = page.getByRole('region', { name: 'Story' });
  await dialogue.waitFor();
  return {
    text: await dialogue.locator('.lines').innerText(),
    choices: await page.getByRole('list', { name: 'What do you do?' }).getByRole('button').allInnerTexts(),
  };
}

/** The texts of the choices on screen, in the order shown (shuffled, unless the authored order is kept). */
export async function choicesShown(page: Page): Promise<string[]> {
  return page.getByRole('list', { name: 'What do you do?' }).locator('.choice-text').allInnerTexts();
}

/** The choices on screen are the step's, in whatever order they are shown. */
export async function expectChoicesOf(page: Page, step: ExpectedStep): Promise<void> {
  const sorted = (texts: readonly string[]) => [...texts].sort();
  await expect.poll(async () => sorted(await choicesShown(page)), { timeout: 10_000 }).toEqual(sorted(step.choices));
}

/** The number key that takes the step's choice: its place on screen, which the shuffle decides. */
export async function keyForChoice(page: Page, step: ExpectedStep): Promise<string> {
  await expectChoicesOf(page, step);
  const place = (await choicesShown(page)).indexOf(step.choices[step.take ?? 0] as string);
  return String(place + 1);
}

/** Take the step's choice with its number key. */
export async function pressChoice(page: Page, step: ExpectedStep): Promise<void> {
  await page.keyboard.press(await keyForChoice(page, step));
}

/**
 * Keep the authored order of the options in this browser (the player's setting, as the settings
 * dialog stores it), for tests that count positions: set before any page of the game loads.
 */
export async function keepAuthoredOrder(context: BrowserContext): Promise<void> {
  await context.addInitScript((key) => window.localStorage.setItem(key, 'authored'), OPTION_ORDER_KEY);
}

/** Play the first `decisions` steps with keys, stopping on the last page of the next decision. */
export async function playDecisions(page: Page, steps: readonly ExpectedStep[], decisions: number): Promise<void> {
  for (let s = 0; s <= decisions; s++) {
    const step = steps[s] as ExpectedStep;
    for (let p = 0; p < step.pages.length; p++) {
      await expectPageShown(page, step, p);
      if (p < step.pages.length - 1) await page.keyboard.press('ArrowRight');
    }
    if (s < decisions) await pressChoice(page, step);
  }
}

/** Play a worked-out script with → and the number keys, checking each page, up to the reveal. */
export async function playByKeys(page: Page, steps: readonly ExpectedStep[]): Promise<void> {
  for (const step of steps) {
    for (let p = 0; p < step.pages.length; p++) {
      await expectPageShown(page, step, p);
      if (p < step.pages.length - 1) await page.keyboard.press('ArrowRight');
    }
    if (step.take === undefined) break;
    await pressChoice(page, step);
  }
  await page.getByRole('button', { name: 'See how it went' }).waitFor();
  await page.keyboard.press('Enter');
}

/** The reveal must show what the core computes from the same choices. Returns that profile. */
export async function expectRevealOf(page: Page, file: string, steps: readonly ExpectedStep[]): Promise<Profile> {
  const profile = profileOf(expectedLog(file, steps));
  const words = interpret(profile);
  await page.getByRole('heading', { name: words.headline }).waitFor();
  const text = await page.locator('.reveal-screen').textContent();
  expect(text).toContain(`You made ${profile.decisions} decision`);
  expect(text).toContain(words.fitLine);
  expect(text).toContain(profile.fit.percent === undefined ? 'No fit figure this time.' : `Fit to the person: ${profile.fit.percent}%.`);
  for (const reading of words.readings) expect(text).toContain(`${reading.name}: ${reading.label}`);
  for (const [name, value] of Object.entries(profile.meters)) expect(text).toMatch(new RegExp(`${name} ${value}`, 'i'));
  return profile;
}

/** A chooser that always takes the option leaning furthest to one side (summed over dimensions). */
export function leaning(side: 'lead' | 'manage') {
  return (choices: readonly { rawTags: readonly string[] }[]): number => {
    const sums = choices.map((choice) => {
      const { tags } = parseTags(choice.rawTags, 'choice', 'test');
      const poles = tags.flatMap((tag) => (tag.kind === 'pattern' ? [tag] : []));
      const total = ['control-empower', 'detail-direction', 'tell-ask', 'push-pull'].reduce((sum, d) => sum + signedWeight({ poles }, d as never), 0);
      return side === 'lead' ? total : -total;
    });
    return sums.indexOf(Math.max(...sums));
  };
}
