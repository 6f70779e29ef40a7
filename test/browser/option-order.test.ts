/**
 * Option order a room cannot learn, in a real Chromium: each decision's options come in the order
 * drawn from the seed the save holds, the number keys and the room's letters follow that order, a
 * reload shows the same order, the reveal and the debrief read the choices right, the setting brings
 * back the order written, and a decision tagged `order: fixed` is never shuffled.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { shuffledOrder } from '../../src/core/option-order.ts';
import { openBrowser, type OpenBrowser } from './chromium.ts';
import { savedLog } from './saves.ts';
import { choicesShown, expectChoicesOf, expectPageShown, expectRevealOf, openScenario, playByKeys, pressChoice, shot, waitForScenes } from './drive.ts';
import { FORECAST, openGroupScenario, playGroupToReveal, toGroupDecision, voteFor } from './screens.ts';
import { expectedPlayThrough, type ExpectedStep } from './story-script.ts';

let browser: OpenBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

/** The seed of the play-through on screen, once its first save is written. */
async function seedOf(page: Page): Promise<number> {
  await expect.poll(async () => (await savedLog(page))?.shuffleSeed, { timeout: 10_000 }).toBeTypeOf('number');
  return (await savedLog(page))?.shuffleSeed as number;
}

/** The step's options in the order decision `number` shows them under `seed`. */
const shownUnder = (seed: number, number: number, step: ExpectedStep) => shuffledOrder(seed, number, step.choices.length).map((i) => step.choices[i] as string);

/** Turn to the last page of a step's text. */
async function toLastPage(page: Page, step: ExpectedStep): Promise<void> {
  for (let p = 0; p < step.pages.length; p++) {
    await expectPageShown(page, step, p);
    if (p < step.pages.length - 1) await page.keyboard.press('ArrowRight');
  }
}

describe('options in a shuffled order', () => {
  it('solo: the order drawn from the saved seed, the number keys at their places, the same order after a reload, and a true reveal and debrief', async () => {
    const steps = expectedPlayThrough(FORECAST, (step, count) => (step * 2 + 1) % count);
    browser = await openBrowser();
    const { page } = browser;
    await openScenario(page, inject('baseUrl'), FORECAST);
    const [first, second] = steps as [ExpectedStep, ExpectedStep];
    await toLastPage(page, first);
    const seed = await seedOf(page);
    expect(await choicesShown(page)).toEqual(shownUnder(seed, 1, first));
    await shot(page, 'option-order-1-shuffled');

    // The number key is the place on screen: the key of the step's option leads to the step's next page.
    await pressChoice(page, first);
    await expectPageShown(page, second, 0);
    await expect.poll(async () => (await savedLog(page))?.decisions.length).toBe(1);
    const record = (await savedLog(page))?.decisions[0];
    expect(record?.chosen).toBe(first.take);
    expect(record?.shownOrder).toEqual(shuffledOrder(seed, 1, first.choices.length));

    // A reload: the same order again, from the seed the save holds.
    await toLastPage(page, second);
    const before = await choicesShown(page);
    expect(before).toEqual(shownUnder(seed, 2, second));
    await page.reload();
    await page.getByRole('heading', { name: 'Pick up where you left off?' }).waitFor();
    await page.keyboard.press('Enter');
    await toLastPage(page, second);
    expect(await choicesShown(page)).toEqual(before);

    // To the end: the reveal is that of the story's choices, whatever places they had.
    await pressChoice(page, second);
    await playByKeys(page, steps.slice(2));
    await expectRevealOf(page, FORECAST, steps);
    // The debrief lists each decision's options in the order they were shown.
    await page.getByRole('button', { name: 'Debrief' }).click();
    await page.getByRole('heading', { name: `Decision 1 of ${steps.length - 1}` }).waitFor();
    const listed = await page.locator('.debrief-options .option-text').allInnerTexts();
    expect(listed.map((text) => text.replace(/^Chosen: /, ''))).toEqual(shownUnder(seed, 1, first));
    expect(browser.consoleProblems).toEqual([]);
  });

  it('a room: the letters follow the order shown, the votes are logged beside their options, and the reveal’s split uses the same letters', async () => {
    const steps = expectedPlayThrough(FORECAST, (step, count) => (step + 2) % count);
    browser = await openBrowser({ width: 1920, height: 1080 });
    const { page } = browser;
    await openGroupScenario(page, inject('baseUrl'));
    const [first, second] = steps as [ExpectedStep, ExpectedStep];
    await toGroupDecision(page, first);
    const seed = await seedOf(page);
    const shown = shownUnder(seed, 1, first);
    await expect.poll(() => page.locator('.vote-option-text').allInnerTexts()).toEqual(shown);
    expect(await page.locator('.option-letter').allInnerTexts()).toEqual(shown.map((_, i) => String.fromCharCode(65 + i)));
    // 7 hands for the step's option, 5 for the box after it.
    const taken = shown.indexOf(first.choices[first.take ?? 0] as string);
    const runnerUp = (taken + 1) % shown.length;
    await voteFor(page, first);
    await expectPageShown(page, second, 0);
    await expect.poll(async () => (await savedLog(page))?.decisions.length).toBe(1);
    const record = (await savedLog(page))?.decisions[0];
    // The log keeps the counts in the story's order, beside the options they were for.
    const storyIndex = (text: string) => first.choices.indexOf(text);
    const tallies = first.choices.map(() => 0);
    tallies[storyIndex(shown[taken] as string)] = 7;
    tallies[storyIndex(shown[runnerUp] as string)] = 5;
    expect(record?.votes).toEqual({ tallies, decidedBy: 'majority' });
    expect(record?.chosen).toBe(first.take);

    await playGroupToReveal(page, steps.slice(1));
    const splits = page.getByRole('list', { name: 'Votes at decision 1' });
    await splits.waitFor();
    expect(await splits.locator('.split-letter').allInnerTexts()).toEqual(shown.map((_, i) => String.fromCharCode(65 + i)));
    expect(await splits.locator('.split-text').allTextContents()).toEqual(shown.map((text, i) => (i === taken ? `${text} The room’s choice` : text)));
    expect(await splits.locator('.split-count').allInnerTexts()).toEqual(shown.map((_, i) => (i === taken ? '7' : i === runnerUp ? '5' : '0')));
    await shot(page, 'option-order-2-room-split');
    // The debrief: the same letters, in the same order, with the hands beside them.
    await page.getByRole('button', { name: 'Debrief' }).click();
    await page.getByRole('heading', { name: `Decision 1 of ${steps.length - 1}` }).waitFor();
    const options = await page.locator('.debrief-options .option-text').allInnerTexts();
    expect(options).toEqual(shown.map((text, i) => `${String.fromCharCode(65 + i)} · ${i === taken ? 'Chosen: ' : ''}${text}`));
    expect(await page.locator('.debrief-options .vote-count').allInnerTexts()).toEqual(shown.map((_, i) => (i === taken ? '7 votes' : i === runnerUp ? '5 votes' : '0 votes')));
    await shot(page, 'option-order-3-room-debrief');
    expect(browser.consoleProblems).toEqual([]);
  });

  it('the setting keeps the order written, from the next scenario on, and is remembered', async () => {
    const steps = expectedPlayThrough(FORECAST, () => 0);
    browser = await openBrowser();
    const { page } = browser;
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: 'Press any key or click to start' }).click();
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    await page.getByRole('button', { name: 'Settings' }).click();
    const box = page.getByRole('checkbox', { name: 'Show the options in the order they were written' });
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await shot(page, 'option-order-4-setting');
    await page.getByRole('button', { name: 'Done' }).click();

    // Remembered: after a reload the box is still ticked, and the story's order is what is shown.
    await page.reload();
    await page.getByRole('button', { name: 'Press any key or click to start' }).click();
    await page.getByRole('button', { name: 'Settings' }).click();
    expect(await page.getByRole('checkbox', { name: 'Show the options in the order they were written' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: /^The forecast/ }).click();
    const first = steps[0] as ExpectedStep;
    for (let p = 0; p < first.pages.length - 1; p++) await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => choicesShown(page)).toEqual(first.choices);
    await expect.poll(async () => (await savedLog(page))?.storyId).toBe('forecast');
    expect((await savedLog(page))?.shuffleSeed).toBeUndefined();
    await page.keyboard.press('1');
    await expect.poll(async () => (await savedLog(page))?.decisions[0]?.chosen).toBe(0);
    expect((await savedLog(page))?.decisions[0]?.shownOrder).toBeUndefined();
    expect(browser.consoleProblems).toEqual([]);
  });
});

describe('a decision tagged order: fixed', () => {
  it('keeps its order on every play-through, while the next decision is shuffled', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const scale = ['Not at all sure', 'A little unsure', 'Fairly sure', 'Completely sure'];
    const seeds = new Set<number>();
    for (let run = 0; run < 3; run++) {
      await page.goto(inject('fixturesUrl'));
      await page.evaluate(() => window.localStorage.clear());
      await page.reload();
      await page.getByRole('button', { name: 'Press any key or click to start' }).click();
      await page.getByRole('button', { name: /^Option order fixture/ }).click();
      await expect.poll(() => choicesShown(page)).toEqual(scale);
      const seed = await seedOf(page);
      seeds.add(seed);
      if (run === 0) {
        await waitForScenes(page);
        await shot(page, 'option-order-5-fixed-scale');
      }
      await page.keyboard.press('2');
      const next = { pages: [], take: 0, choices: ['Give her the three questions to open with, and listen in on the call', 'Explain why you would open with the pilot, and ask what worries her about it', 'Ask her how she wants to run it, and back her plan', 'Run the meeting yourself; Ana takes notes'] };
      await expectChoicesOf(page, next);
      expect(await choicesShown(page)).toEqual(shownUnder(seed, 2, next));
      await expect.poll(async () => (await savedLog(page))?.decisions[0]?.shownOrder).toEqual([0, 1, 2, 3]);
      expect((await savedLog(page))?.decisions[0]?.chosen).toBe(1);
    }
    expect(seeds.size).toBe(3); // three different play-throughs, each drawing its own order
    expect(browser.consoleProblems).toEqual([]);
  });
});

describe('doing the task yourself (approach none)', () => {
  it('the reveal says how many times and that no fit is scored for it; the debrief labels it so', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await page.goto(inject('fixturesUrl'));
    await page.getByRole('button', { name: 'Press any key or click to start' }).click();
    await page.getByRole('button', { name: /^Option order fixture/ }).click();
    await page.getByRole('button', { name: 'Not at all sure', exact: true }).click();
    await page.getByRole('button', { name: 'Run the meeting yourself; Ana takes notes', exact: true }).click();
    await page.getByRole('button', { name: 'Ask what she would do differently next time', exact: true }).click();
    await page.getByRole('button', { name: 'See how it went' }).click();
    const fitLine = page.locator('.reveal-screen .fit-line');
    await expect.poll(() => fitLine.innerText(), { timeout: 15_000 }).toBe(
      'Your approach fitted the person in front of you 100% of the time. Every time, how closely you worked with someone matched how ready they were. ' +
        'Once you did the work yourself instead of the person: no fit is scored for that decision.',
    );
    await waitForScenes(page);
    await page.waitForTimeout(2500); // the chart and the gauge finish growing
    await shot(page, 'option-order-6-took-over-reveal');
    await page.getByRole('button', { name: 'Debrief' }).click();
    await page.getByRole('button', { name: 'Next ▶' }).click();
    await page.getByRole('heading', { name: 'Decision 2 of 3' }).waitFor();
    await expect.poll(() => page.locator('.debrief-situation .readiness').innerText()).toBe('Ana, for this task: R2, unable but willing, or unable but confident.');
    const chosen = page.locator('.debrief-options .option.chosen');
    expect(await chosen.innerText()).toContain('Approach · None: doing the task yourself, so no fit is scored');
    expect(await chosen.locator('.chip.fit').count()).toBe(0);
    await shot(page, 'option-order-7-took-over-debrief');
    expect(browser.consoleProblems).toEqual([]);
  });
});
