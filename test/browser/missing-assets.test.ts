/**
 * What the player keeps when files go missing or something breaks: a sound that will not load is
 * silence, a picture that will not load is a drawn stand-in, and an error nobody foresaw gets a panel
 * that keeps the progress. The files are taken away at the network, in the real build.
 */
import type { Page, Route } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, type OpenBrowser } from './chromium.ts';
import { expectPageShown, expectRevealOf, openScenario, playByKeys, playDecisions, pressChoice, screenState, shot } from './drive.ts';
import { distinctColours, pixels } from './pixels.ts';
import { expectedPlayThrough, type ExpectedStep } from './story-script.ts';

const FORECAST = 'stories/forecast.ink';

let browser: OpenBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

/** A reply of 404, as from a server where the file was never copied. */
const missing = (route: Route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
/** A reply of 200 with bytes that are not what the name says, as from a half-copied or corrupted file. */
const damaged = (contentType: string) => (route: Route) => route.fulfill({ status: 200, contentType, body: 'these bytes are not a picture or a sound' });

/** The console may report the files taken away, and nothing else. */
function unexpectedConsole(problems: readonly string[]): string[] {
  return problems.filter((problem) => !/Failed to load resource: the server responded with a status of 404/.test(problem));
}


describe('missing and damaged files', () => {
  it('a sound that is missing or will not decode is silence: the scenario plays on to the reveal, captions and all', async () => {
    browser = await openBrowser();
    const { page } = browser;
    // Effects are gone from the server; music and background sound come back as garbage.
    await page.route(/\/assets\/[^/]*\.(ogg|mp3)$/, (route) => (/\/(message|phone|door)[-.]/.test(route.request().url()) ? missing(route) : damaged('audio/ogg')(route)));
    const steps = expectedPlayThrough(FORECAST, () => 0);
    await openScenario(page, inject('baseUrl'), FORECAST);
    // The first page asks for a cue; its caption still tells the player what they would have heard.
    await expect.poll(() => page.getByRole('region', { name: 'Story' }).innerText()).toContain('[A phone buzzes with a message]');
    await playByKeys(page, steps);
    await expectRevealOf(page, FORECAST, steps);
    await expect(page.locator('.unexpected-problem').count()).resolves.toBe(0);
    expect(unexpectedConsole(browser.consoleProblems)).toEqual([]);
  });

  it('a picture that is missing or will not decode leaves a drawn place and the speaker\'s initials, and play goes on', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await page.route(/\/assets\/[^/]*\.svg$/, (route) => (/\/assets\/(office|meeting-room|video-call|cafe|car)-/.test(route.request().url()) ? missing(route) : damaged('image/svg+xml')(route)));
    const steps = expectedPlayThrough(FORECAST, () => 0);
    await openScenario(page, inject('baseUrl'), FORECAST);
    const speaker = await untilSomeoneSpeaks(page, steps);
    await page.waitForTimeout(1500); // time for the pictures to fail and the stand-ins to be drawn
    await shot(page, 'missing-pictures-play');
    // The place is drawn (shapes in a few colours), not a blank canvas.
    expect(distinctColours(await pixels(page, { x: 440, y: 80, width: 520, height: 100 }))).toBeGreaterThan(1);
    // Where the portrait would stand (centre 150, 470 at 1280×720): a disc in the speaker's colour,
    // the same all round its rim, unlike the room behind it.
    const around = await pixels(page, { x: 60, y: 380, width: 181, height: 181 });
    const at = (dx: number, dy: number) => (around[(90 + dy) * 181 + (90 + dx)] ?? []).join(',');
    const rim = [at(-70, 0), at(70, 0), at(0, -70), at(-50, 50)];
    expect(new Set(rim).size, `the disc behind ${speaker}'s initials`).toBe(1);
    expect(at(-90, -90)).not.toBe(rim[0]);
    await expect(page.getByRole('region', { name: 'Story' }).innerText()).resolves.toContain(speaker);
    // The game goes on to the next decision.
    await playDecisionAhead(page);
    await expect(page.locator('.unexpected-problem').count()).resolves.toBe(0);
    expect(unexpectedConsole(browser.consoleProblems)).toEqual([]);
  });
});

/** Page through the script until a page where someone speaks; returns their name. */
async function untilSomeoneSpeaks(page: Page, steps: readonly ExpectedStep[]): Promise<string> {
  for (const step of steps) {
    for (let p = 0; p < step.pages.length; p++) {
      await expectPageShown(page, step, p);
      const speaker = step.pages[p]?.lines.find((line) => line.speaker)?.speaker;
      if (speaker) return speaker;
      if (p < step.pages.length - 1) await page.keyboard.press('ArrowRight');
    }
    await pressChoice(page, step);
  }
  throw new Error('nobody speaks in this play-through');
}

/** Turn pages until choices are offered, then take the first. */
async function playDecisionAhead(page: Page): Promise<void> {
  const choices = page.getByRole('list', { name: 'What do you do?' });
  for (let turns = 0; turns < 20 && !(await choices.isVisible()); turns++) {
    const before = (await screenState(page)).text;
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await screenState(page)).text).not.toBe(before);
  }
  const before = await screenState(page);
  await page.keyboard.press('1');
  await expect.poll(async () => (await screenState(page)).text).not.toBe(before.text);
}

describe('an error nobody foresaw', () => {
  it('shows a plain panel over the game, keeps the progress, and the way back resumes on the same text', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const steps = expectedPlayThrough(FORECAST, () => 1);
    await openScenario(page, inject('baseUrl'), FORECAST);
    await playDecisions(page, steps, 2);
    const before = await screenState(page);

    // A fault in the game's own code, thrown outside anything that catches it…
    await page.evaluate(() => setTimeout(() => {
      throw new Error('Simulated fault in a timer');
    }, 0));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toMatch(/Something went wrong[\s\S]*Your progress is saved up to your last choice[\s\S]*Simulated fault in a timer/);
    await shot(page, 'unexpected-problem');
    // …and a rejected promise nobody handled: still one panel, not a pile of them.
    await page.evaluate(() => void Promise.reject(new Error('Simulated rejection')));
    await page.waitForTimeout(200);
    await expect(page.locator('.unexpected-problem').count()).resolves.toBe(1);
    // The focus is on the way back, so a keyboard player can take it at once.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Back to the title screen');

    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Pick up where you left off?' }).waitFor();
    await page.keyboard.press('Enter'); // Resume
    await page.getByRole('region', { name: 'Story' }).waitFor();
    for (let p = 1; p < (steps[2]?.pages.length ?? 1); p++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => screenState(page)).toEqual(before);
    expect(browser.consoleProblems).toEqual(['page error: Simulated fault in a timer', 'page error: Simulated rejection']);
  });
});
