/**
 * Every ending of the stories written for issue 19, played in the real game in Chromium: each script
 * of test/stories/scripts/ whose story is not one of the six the game first shipped with. Each play
 * checks every page the way ink says it reads, the reveal shows what the core computes from the same
 * choices, and the play-through the game keeps reached that script's ending.
 *
 * Bounded for a shared two-core machine: one browser for the whole file, and each new play-through
 * started from the last reveal, by "Play again" for the same story and "Another scenario" for the
 * next. A fresh browser only after a failure, so one broken ending does not spill into the next.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../support/stories.ts';
import { openBrowser, type OpenBrowser } from './chromium.ts';
import { expectRevealOf, openScenario, pickScenario, playByKeys, shot } from './drive.ts';
import { finishedLog, savesIndex } from './saves.ts';
import { expectedPlayThrough } from './story-script.ts';

/** The stories before issue 19; test/stories/play-throughs.test.ts plays their scripts in Node. */
const FIRST_SIX = ['forecast', 'new-hire', 'star-closer', 'push-or-pull', 'new-crm', 'missed-quarter'].map((id) => `stories/${id}.ink`);

interface EndingScript {
  readonly story: string;
  /** Ending id → the choice to take at each decision, counted from 1 in the story's own order. */
  readonly endings: Record<string, number[]>;
}

const SCRIPTS_DIR = resolve(ROOT, 'test/stories/scripts');
const scripts = readdirSync(SCRIPTS_DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(resolve(SCRIPTS_DIR, name), 'utf8')) as EndingScript)
  .filter((script) => !FIRST_SIX.includes(script.story));

/** The steps of one ending's script, with a clear message when the script and the story disagree. */
function stepsOf(story: string, ending: string, choices: readonly number[]) {
  return expectedPlayThrough(story, (step, count) => {
    const number = choices[step];
    if (number === undefined || number < 1 || number > count) {
      throw new Error(`test/stories/scripts: ${story}'s "${ending}" script has no choice 1–${count} for decision ${step + 1} (it gives ${number ?? 'nothing'})`);
    }
    return number - 1;
  });
}

let browser: OpenBrowser | undefined;
/** The story whose reveal is on screen, when the last play-through got there. */
let revealOf: string | undefined;

afterEach(async (context) => {
  if (context.task.result?.state !== 'fail') return;
  await browser?.close();
  browser = undefined;
  revealOf = undefined;
});
afterAll(async () => browser?.close());

/** Start a new play-through of `story` from the last reveal, or from the title when there is none. */
async function startPlayThrough(story: string): Promise<OpenBrowser> {
  if (browser && revealOf === story) {
    await browser.page.getByRole('button', { name: 'Play again' }).click();
  } else if (browser && revealOf) {
    await browser.page.getByRole('button', { name: 'Another scenario' }).click();
    await pickScenario(browser.page, story);
  } else {
    await browser?.close();
    browser = await openBrowser({ width: 1280, height: 720 });
    await openScenario(browser.page, inject('baseUrl'), story);
  }
  revealOf = undefined;
  return browser;
}

it('plays the stories of issue 19, and none of the first six', () => {
  expect(scripts.map((s) => s.story)).toEqual(expect.arrayContaining(['stories/ride-along.ink', 'stories/remote-patch.ink', 'stories/three-quarters.ink', 'stories/the-promise.ink', 'stories/whose-deal.ink']));
  expect(scripts.filter((s) => FIRST_SIX.includes(s.story))).toEqual([]);
});

describe.each(scripts)('$story', ({ story, endings }) => {
  it.each(Object.entries(endings))('reaches "%s" in the browser, and the reveal shows it', async (ending, choices) => {
    const steps = stepsOf(story, ending, choices);
    const { page, consoleProblems } = await startPlayThrough(story);
    // One picture of a reveal, drawn at once: on a loaded machine the chart and the gauge can take
    // far longer than their two seconds to grow, and a picture mid-way shows the gauge at 0%.
    const picture = story === scripts[0]?.story && ending === Object.keys(endings)[0];
    if (picture) await page.emulateMedia({ reducedMotion: 'reduce' });
    await playByKeys(page, steps);
    await expectRevealOf(page, story, steps);
    revealOf = story;
    const [kept] = (await savesIndex(page)).finished;
    expect((await finishedLog(page, kept?.id ?? ''))?.ending, 'the ending the game kept').toBe(ending);
    if (picture) {
      await shot(page, `story-endings-${ending}-reveal`);
      await page.emulateMedia({ reducedMotion: 'no-preference' });
    }
    expect(consoleProblems).toEqual([]);
  });
});
