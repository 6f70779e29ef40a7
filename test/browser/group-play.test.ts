/**
 * Group play in a real Chromium: a trainer runs "The forecast" for a room from the title to the
 * group reveal by keyboard alone, at 1920×1080 and at 4:3 1024×768 — votes typed and stepped with
 * + and −, one tie settled by the trainer, the timer, the blank screen, the meters and the key help —
 * and the saved log holds every tally and who decided. Then the same controls by mouse, and a
 * resumed group game staying a group game. Screenshots of each screen go to test-results/screenshots.
 * Played with the setting that keeps the options in the order written, so that A is the story's first
 * option; test/browser/option-order.test.ts runs a room with the options shuffled.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { ChoiceLog } from '../../src/core/log/choice-log.ts';
import { parseChoiceLog } from '../../src/core/log/log-schema.ts';
import { interpret } from '../../src/core/patterns/interpret.ts';
import { profileOf } from '../../src/core/patterns/profile.ts';
import { openBrowser, type OpenBrowser } from './chromium.ts';
import { expectPageShown, keepAuthoredOrder, scenarioKey, shot } from './drive.ts';
import { savedLog } from './saves.ts';
import { expectedLog, expectedPlayThrough, type ExpectedStep } from './story-script.ts';

const FORECAST = 'stories/forecast.ink';

let browser: OpenBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

/** What has keyboard focus: its accessible label, or its text. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
const appClasses = (page: Page) => page.evaluate(() => document.getElementById('app')?.className ?? '');
const clock = (page: Page) => page.locator('.timer-clock').innerText();
const seconds = (text: string) => Number(text.split(':')[0]) * 60 + Number(text.split(':')[1]);
/** The computed font size of every element matching `selector`, in CSS pixels. */
const fontSizes = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) => elements.map((e) => Number.parseFloat(getComputedStyle(e).fontSize)));

/** A fresh browser of this size, on the title screen. */
async function atTitle(viewport: { width: number; height: number }): Promise<{ page: Page; problems: string[] }> {
  browser = await openBrowser(viewport);
  // Letters counted from the story's order: option-order.test.ts runs a room with the order shuffled.
  await keepAuthoredOrder(browser.context);
  const { page, consoleProblems } = browser;
  await page.goto(inject('baseUrl'));
  await page.getByRole('button', { name: 'Press any key or click to start' }).waitFor();
  return { page, problems: consoleProblems };
}

/** Counts for the first options, and none for the rest. */
const padded = (counts: readonly number[], length: number) => [...counts, ...Array<number>(length - counts.length).fill(0)];

/** From the title to the first page of the scenario, choosing "A room, on a projector" by keyboard. */
async function openAsGroup(page: Page, shotName?: string): Promise<void> {
  await page.keyboard.press('Space');
  await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
  // Focus starts on the first scenario; one step back is the solo-or-room choice, and → picks the room.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.getByRole('radio', { name: 'A room, on a projector' }).isChecked()).toBe(true);
  if (shotName) await shot(page, shotName);
  await page.keyboard.press(scenarioKey(FORECAST));
  await page.getByRole('region', { name: 'Story' }).waitFor();
}

/** Type each option's count into its vote box, Tab between them (focus starts on A). */
async function typeVotes(page: Page, votes: readonly number[]): Promise<void> {
  for (const [i, count] of votes.entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    if (count > 0) await page.keyboard.type(String(count));
  }
}

/** Counts that make `take` the clear winner, with one hand elsewhere. */
function clearWin(take: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => (i === take ? 9 : i === (take + 1) % count ? 2 : 0));
}

async function downloadedLog(page: Page): Promise<ChoiceLog> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const parsed = parseChoiceLog(readFileSync(await download.path(), 'utf8'), download.suggestedFilename());
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

// The room goes with A at the first decision (7–5), splits 4–4 at the second and the trainer takes B,
// then clearly agrees (9–2) on a different option each time.
const TIE_AT = 1;
const script = () => expectedPlayThrough(FORECAST, (step, count) => (step === 0 ? 0 : step === TIE_AT ? 1 : (step + 1) % count));

describe('running "The forecast" for a room', () => {
  for (const size of [
    { name: '1080p', width: 1920, height: 1080 },
    { name: '768', width: 1024, height: 768 },
  ]) {
    it(`by keyboard only, from the title to the group reveal, at ${size.width}×${size.height}`, async () => {
      const steps = script();
      const decisions = steps.length - 1;
      const { page, problems } = await atTitle(size);
      const picture = (name: string) => shot(page, `group-${size.name}-${name}`);
      await openAsGroup(page, `group-${size.name}-01-select`);
      expect(await appClasses(page)).toContain('group-mode');
      // The meters are hidden until the trainer shows them.
      await expect.poll(() => page.getByRole('button', { name: 'Show meters' }).isVisible()).toBe(true);

      for (const [s, step] of steps.entries()) {
        for (let p = 0; p < step.pages.length; p++) {
          await expectPageShown(page, step, p);
          if (s === 0 && p === 0) {
            if (size.name === '1080p') {
              // Body text at least 32 px at 1080p, for the back of the room.
              for (const px of await fontSizes(page, '.dialogue .line')) expect(px).toBeGreaterThanOrEqual(32);
            }
            // B blanks the screen; the next key only brings it back, without moving on.
            await page.keyboard.press('b');
            await page.locator('.blank-veil').waitFor({ state: 'visible' });
            await picture('05-blanked');
            await page.keyboard.press('ArrowRight');
            await page.locator('.blank-veil').waitFor({ state: 'hidden' });
            await expectPageShown(page, step, 0);
          }
          if (s === 0 && p === 1) {
            // ← and Page Up go back a page of the same text; → and Page Down go on again.
            await page.keyboard.press('ArrowLeft');
            await expectPageShown(page, step, 0);
            await page.keyboard.press('PageDown');
            await expectPageShown(page, step, 1);
          }
          if (p < step.pages.length - 1) await page.keyboard.press(p % 2 === 0 ? 'ArrowRight' : 'PageDown');
        }
        if (step.take === undefined) break;

        // After the text, the decision for the room: lettered options, a vote box each, focus on A's.
        await page.keyboard.press(s % 2 === 0 ? 'Space' : 'ArrowRight');
        await page.getByRole('heading', { name: 'What does the room do?' }).waitFor();
        await expect.poll(() => page.locator('.vote-option-text').allInnerTexts()).toEqual(step.choices);
        expect(await page.locator('.option-letter').allInnerTexts()).toEqual(step.choices.map((_, i) => String.fromCharCode(65 + i)));
        expect(await focused(page)).toBe('Votes for A');

        if (s === 0) {
          if (size.name === '1080p') {
            for (const selector of ['.vote-option-text', '.room-status', '.vote-input', '.decision-header h2']) {
              for (const px of await fontSizes(page, selector)) expect(px, selector).toBeGreaterThanOrEqual(32);
            }
          }
          // Digits type the count; + and − step it; focus stays in the box while the panel updates.
          await page.keyboard.type('8');
          await page.keyboard.press('-');
          await page.keyboard.press('Tab');
          await page.keyboard.type('4');
          await page.keyboard.press('+');
          expect(await focused(page)).toBe('Votes for B');
          await expect.poll(() => page.getByRole('spinbutton', { name: 'Votes for A' }).inputValue()).toBe('7');
          expect(await page.getByRole('spinbutton', { name: 'Votes for B' }).inputValue()).toBe('5');
          await expect.poll(() => page.locator('.vote-option.leading .option-letter').innerText()).toBe('A');
          expect(await page.getByRole('status').filter({ hasText: 'leads' }).innerText()).toBe('A leads with 7 of 12 votes.');
          await picture('02-decision-votes');

          // The timer: T starts it, the countdown moves, T pauses it. The idle pointer hides meanwhile.
          expect(await clock(page)).toBe('1:30');
          await page.mouse.move(size.width / 2, size.height / 2);
          expect(await appClasses(page)).not.toContain('pointer-idle');
          await page.keyboard.press('t');
          await page.waitForTimeout(3400);
          expect(seconds(await clock(page))).toBeLessThan(90);
          expect(await appClasses(page)).toContain('pointer-idle');
          await picture('03-timer-running');
          await page.keyboard.press('t');
          const paused = await clock(page);
          await page.waitForTimeout(1200);
          expect(await clock(page)).toBe(paused);
          expect(await focused(page)).toBe('Votes for B');

          // ? lists the keys; Esc closes the list and focus comes back to the vote box.
          await page.keyboard.press('?');
          await page.getByRole('dialog', { name: 'Presenter keys' }).waitFor();
          await picture('06-keys-help');
          await page.keyboard.press('Escape');
          await page.getByRole('dialog', { name: 'Presenter keys' }).waitFor({ state: 'detached' });
          expect(await focused(page)).toBe('Votes for B');

          // H shows the meters, and hides them again.
          await page.keyboard.press('h');
          await page.getByRole('button', { name: 'Hide meters' }).waitFor();
          await page.waitForTimeout(300);
          await picture('07-meters-shown');
          await page.keyboard.press('h');
          await page.getByRole('button', { name: 'Show meters' }).waitFor();

          // F fills the screen (through the full-screen adapter), and F again leaves it.
          await page.keyboard.press('f');
          await page.getByRole('button', { name: 'Leave full screen' }).waitFor();
          await page.keyboard.press('f');
          await page.getByRole('button', { name: 'Full screen', exact: true }).waitFor();
          expect(await focused(page)).toBe('Votes for B');
        } else if (s === TIE_AT) {
          // A tie: going on asks the trainer to pick between the tied options.
          await typeVotes(page, [4, 4]);
          await page.keyboard.press('Enter');
          await expect.poll(() => focused(page)).toBe('Go with A');
          expect(await page.getByRole('group', { name: 'The trainer’s pick' }).getByRole('button').allInnerTexts()).toEqual(['Go with A', 'Go with B']);
          expect(await page.locator('.vote-option.tied').count()).toBe(2);
          await picture('04-tie');
          await page.keyboard.press('Tab');
          expect(await focused(page)).toBe('Go with B');
        } else {
          await typeVotes(page, clearWin(step.take, step.choices.length));
        }
        await page.keyboard.press('Enter');
      }

      await page.getByRole('button', { name: 'See how it went' }).waitFor();
      await page.keyboard.press('Enter');

      // The room's reveal: its pattern, and the split decisions as discussion starters.
      const words = interpret(profileOf(expectedLog(FORECAST, steps)));
      await page.getByRole('heading', { name: words.headline }).waitFor();
      const reveal = page.locator('.reveal-screen');
      await expect.poll(() => reveal.innerText()).toContain(`The room made ${decisions} decisions`);
      expect(await reveal.textContent()).toContain('The room’s pattern in “The forecast”');
      const splits = page.getByRole('region', { name: 'Where the room split' });
      expect(await splits.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([
        expect.stringContaining(`Decision ${TIE_AT + 1}: the room split 4–4`),
        expect.stringContaining('Decision 1: the room split 7–5'),
      ]);
      expect(await splits.locator('.starter').count()).toBe(2);
      expect(await splits.getByRole('list', { name: 'Votes at decision 1' }).innerText()).toContain(steps[0]?.choices[0] as string);
      await page.waitForTimeout(2500); // the chart and gauge finish growing
      await picture('08-group-reveal');
      // A clicker's Page Down scrolls the text down to the split decisions, wherever the focus is.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('PageDown');
      // (A smooth scroll: on a busy machine its first frame can come a second or two late.)
      await expect.poll(() => page.locator('.reveal-text').evaluate((e) => e.scrollTop), { timeout: 10_000 }).toBeGreaterThan(0);
      await page.waitForTimeout(400);
      await picture('09-group-reveal-splits');

      // The log, saved by keyboard from the reveal: every tally, and who decided.
      for (let i = 0; i < 12 && (await focused(page)) !== 'Save log (JSON)'; i++) await page.keyboard.press('Tab');
      const log = await downloadedLog(page);
      expect(log.mode).toBe('group');
      expect(log.decisions.map((d) => d.chosen)).toEqual(expectedLog(FORECAST, steps).decisions.map((d) => d.chosen));
      expect(log.decisions.map((d) => d.votes)).toEqual(
        steps.slice(0, decisions).map((step, s) => {
          const count = step.choices.length;
          if (s === 0) return { tallies: padded([7, 5], count), decidedBy: 'majority' };
          if (s === TIE_AT) return { tallies: padded([4, 4], count), decidedBy: 'trainer' };
          return { tallies: clearWin(step.take as number, count), decidedBy: 'majority' };
        }),
      );
      expect(problems).toEqual([]);
    });
  }

  it('by mouse: the mode, the vote buttons, the toolbar and the timer; a resumed group game stays one', async () => {
    const steps = expectedPlayThrough(FORECAST, () => 1);
    const { page, problems } = await atTitle({ width: 1280, height: 720 });
    await page.getByRole('button', { name: 'Press any key or click to start' }).click();
    await page.getByText('A room, on a projector').click();
    await page.getByRole('button', { name: /^The forecast/ }).click();
    const first = steps[0] as ExpectedStep;
    await expectPageShown(page, first, 0);

    // The toolbar: a control for every key.
    const toolbar = page.getByRole('toolbar', { name: 'Presenter controls' });
    await toolbar.getByRole('button', { name: 'Blank' }).click();
    await page.locator('.blank-veil').click();
    await page.locator('.blank-veil').waitFor({ state: 'hidden' });
    await toolbar.getByRole('button', { name: 'Keys' }).click();
    await page.getByRole('dialog', { name: 'Presenter keys' }).getByRole('button', { name: 'Close' }).click();
    await toolbar.getByRole('button', { name: 'Show meters' }).click();
    await toolbar.getByRole('button', { name: 'Hide meters' }).click();
    for (let p = 1; p < first.pages.length; p++) await toolbar.getByRole('button', { name: 'Next' }).click();
    await toolbar.getByRole('button', { name: 'Back' }).click();
    await expectPageShown(page, first, first.pages.length - 2);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    // The decision: + and − buttons, typing several digits, and the timer's buttons.
    const votesFor = (letter: string) => page.getByRole('spinbutton', { name: `Votes for ${letter}` });
    await page.getByRole('button', { name: 'One vote more for B' }).click();
    await page.getByRole('button', { name: 'One vote more for B' }).click();
    await page.getByRole('button', { name: 'One vote fewer for B' }).click();
    expect(await votesFor('B').inputValue()).toBe('1');
    expect(await focused(page)).toBe('Votes for B');
    await votesFor('A').click();
    await page.keyboard.type('12');
    expect(await votesFor('A').inputValue()).toBe('12');
    expect(await focused(page)).toBe('Votes for A');
    await page.getByRole('button', { name: '15 seconds more' }).click();
    expect(await clock(page)).toBe('1:45');
    await page.getByRole('button', { name: 'Start timer' }).click();
    await page.getByRole('button', { name: 'Pause timer' }).click();
    await page.getByRole('button', { name: 'Reset' }).click();
    expect(await clock(page)).toBe('1:45');
    await votesFor('A').fill('1');
    await page.getByRole('button', { name: 'Go with B' }).click(); // the trainer's pick on the tie
    await expectPageShown(page, steps[1] as ExpectedStep, 0);

    // Reload and resume: still a group game, with the theme and the room's decisions.
    await page.reload();
    await page.getByRole('heading', { name: 'Pick up where you left off?' }).waitFor();
    await page.getByRole('button', { name: 'Resume' }).click();
    await expectPageShown(page, steps[1] as ExpectedStep, 0);
    expect(await appClasses(page)).toContain('group-mode');
    await toolbar.waitFor();
    await shot(page, 'group-720p-resumed');
    const log = (await savedLog(page)) as ChoiceLog;
    expect(log.mode).toBe('group');
    expect(log.decisions[0]?.votes).toEqual({ tallies: padded([1, 1], steps[0]?.choices.length ?? 2), decidedBy: 'trainer' });
    expect(log.decisions[0]?.chosen).toBe(1);
    expect(problems).toEqual([]);
  });

  it('solo: ← goes back a page too, and nothing of group play shows', async () => {
    const steps = expectedPlayThrough(FORECAST, () => 0);
    const { page, problems } = await atTitle({ width: 1280, height: 720 });
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    await page.keyboard.press(scenarioKey(FORECAST));
    const first = steps[0] as ExpectedStep;
    await expectPageShown(page, first, 0);
    await page.keyboard.press('ArrowRight');
    await expectPageShown(page, first, 1);
    await page.keyboard.press('PageUp');
    await expectPageShown(page, first, 0);
    expect(await appClasses(page)).not.toContain('group-mode');
    expect(await page.getByRole('toolbar', { name: 'Presenter controls' }).count()).toBe(0);
    await page.keyboard.press('b');
    expect(await page.locator('.blank-veil').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
