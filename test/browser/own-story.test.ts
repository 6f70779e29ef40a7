/**
 * Playing your own .ink in the browser, on the scenario list of the hosted game: a story with two
 * INCLUDEs opened with its files, checked in a worker that is fetched only then, played to its end and
 * its reveal, saved and resumed under its own file and hash, and taken off the list; a broken story
 * with every error and its file and line, the list still working; an endless loop stopped while the
 * page answers; and a story with no game tags, whose reveal says it has no dimensions.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { ChoiceLog } from '../../src/core/log/choice-log.ts';
import { storyHashOf } from '../../src/core/session.ts';
import { keyForScenario } from '../../src/presentation/screens/scenario-keys.ts';
import { listScenarioFiles } from '../../tools/vite-plugin-ink.ts';
import { compiledFile, FIXTURES, ROOT } from '../support/stories.ts';
import { openBrowser, type OpenBrowser } from './chromium.ts';
import { saveText, savesIndex } from './saves.ts';
import { expectPageShown, expectRevealOf, playByKeys, playDecisions, shot, waitForScenes } from './drive.ts';
import { expectedPlayThrough, type ExpectedStep } from './story-script.ts';

const OWN = 'test/fixtures/own-stories';
const VISIT = `${OWN}/office-visit.ink`;
/** Own stories are listed after the build's scenarios: a number key picks one only while the list is short. */
const FIRST_OWN_KEY = keyForScenario(listScenarioFiles(resolve(ROOT, 'stories')).length);
const HOW_TO_PLAY_IT = FIRST_OWN_KEY === undefined ? 'Pick its card to play it.' : `Press ${FIRST_OWN_KEY} or pick its card to play it.`;

/** Play the first own story by keyboard: its number key, or past the ninth card End from the first card, then Enter. */
async function playFirstOwnStory(page: Page): Promise<void> {
  if (FIRST_OWN_KEY !== undefined) return page.keyboard.press(String(FIRST_OWN_KEY));
  await page.locator('.scenario-card').first().focus();
  await page.keyboard.press('End');
  await expect(page.evaluate(() => document.activeElement?.textContent ?? '')).resolves.toMatch(/Your story/);
  await page.keyboard.press('Enter');
}

let browser: OpenBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

/** Fixture files as a person picks them: by name, without their folders. */
const files = (...paths: string[]) => paths.map((path) => ({ name: basename(path), mimeType: 'text/plain', buffer: readFileSync(resolve(FIXTURES, 'own-stories', path)) }));

/** From the title to the scenario list, once the engine is up (everything the page loads by itself has loaded). */
async function toList(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Press any key or click to start' }).waitFor();
  await waitForScenes(page);
  await page.keyboard.press('Space');
  await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
}

const openStories = (page: Page, ...paths: string[]) => page.locator('#story-file-input').setInputFiles(files(...paths));
const panel = (page: Page) => page.getByRole('region', { name: 'Your scenario' });

async function saved(page: Page): Promise<{ file: string; storyHash: string; decisions: number } | undefined> {
  const [newest] = (await savesIndex(page)).playing;
  const text = newest ? await saveText(page, newest.id) : null;
  if (!text) return undefined;
  const save = JSON.parse(text) as { file: string; storyHash: string; snapshot: { log: ChoiceLog } };
  return { file: save.file, storyHash: save.storyHash, decisions: save.snapshot.log.decisions.length };
}

describe('playing your own story', () => {
  it('opens a story with two INCLUDEs (fetching the checker only then), plays it to its reveal, resumes it after a reload, and takes it off the list', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const hash = storyHashOf(compiledFile(VISIT));
    const steps = expectedPlayThrough(VISIT, (step) => (step === 0 ? 0 : 1));
    await toList(page, inject('baseUrl'));
    expect(requested.filter((url) => /own-story/.test(url))).toEqual([]);

    await openStories(page, 'lib/places.ink', 'office-visit.ink', 'lib/people.ink');
    await panel(page).getByRole('heading', { name: '“The office visit” is on the list' }).waitFor();
    expect(requested.filter((url) => /own-story-worker/.test(url))).toHaveLength(1);
    await expect(panel(page).innerText()).resolves.toContain(`${HOW_TO_PLAY_IT} The check found nothing to fix.`);
    const card = page.getByRole('button', { name: /^The office visit/ });
    await expect(card.innerText()).resolves.toContain(`Your story, office-visit.ink · About 2 minutes${FIRST_OWN_KEY === undefined ? '' : ` · key ${FIRST_OWN_KEY}`}`);
    await shot(page, 'own-story-on-the-list');

    await playFirstOwnStory(page);
    await playDecisions(page, steps, 1);
    // Saved like any story: its file and its hash.
    await expect.poll(() => saved(page)).toEqual({ file: 'office-visit.ink', storyHash: hash, decisions: 1 });
    await page.reload();
    await page.getByRole('heading', { name: 'Pick up where you left off?' }).waitFor();
    await page.keyboard.press('Enter');
    await expectPageShown(page, steps[1] as ExpectedStep, 0);
    await playByKeys(page, steps.slice(1));
    await expectRevealOf(page, VISIT, steps);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save log (JSON)', exact: true }).click()]);
    const log = JSON.parse(readFileSync(await download.path(), 'utf8')) as ChoiceLog;
    expect({ storyId: log.storyId, storyHash: log.storyHash, ending: log.ending }).toEqual({ storyId: 'office-visit', storyHash: hash, ending: 'good-visit' });

    // Still on the list for this session, until it is removed.
    await page.getByRole('button', { name: 'Another scenario' }).click();
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    await page.getByRole('button', { name: 'Remove “The office visit” from the list' }).click();
    await expect(page.getByRole('button', { name: /^The office visit/ }).count()).resolves.toBe(0);
    expect(requested.filter((url) => /own-story-worker/.test(url))).toHaveLength(1);
    expect(browser.consoleProblems).toEqual([]);
  });

  it('shows every error of a broken story with its file and line, and the list goes on working', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await toList(page, inject('baseUrl'));
    await openStories(page, 'broken.ink', 'lib/broken-part.ink');
    await panel(page).getByRole('heading', { name: 'broken.ink cannot be played yet' }).waitFor();
    await expect(panel(page).getByRole('listitem').allInnerTexts()).resolves.toEqual([
      "broken.ink line 6: Divert target not found: '-> nowhere'",
      "broken-part.ink line 3: Divert target not found: '-> also_nowhere'",
    ]);
    await expect(page.getByRole('button', { name: /^Broken/ }).count()).resolves.toBe(0);
    await page.getByRole('heading', { name: 'Choose a scenario' }).scrollIntoViewIfNeeded();
    await panel(page).scrollIntoViewIfNeeded();
    await shot(page, 'own-story-errors');
    // The rest of the list still works, by key and by click.
    await page.keyboard.press('1');
    await page.getByRole('region', { name: 'Story' }).waitFor();
    expect(browser.consoleProblems).toEqual([]);
  });

  it('stops a story that loops for ever with a clear message, and the page answers while it is checked', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await toList(page, inject('baseUrl'));
    await openStories(page, 'endless-loop.ink');
    // The page shows (and so runs) while the worker works on the loop.
    await page.getByText('Checking endless-loop.ink…').waitFor();
    await panel(page).getByRole('heading', { name: 'endless-loop.ink cannot be played yet' }).waitFor();
    await expect(panel(page).innerText()).resolves.toMatch(/endless-loop\.ink line 11: the story ran 200,000 steps without reaching a choice or an end, so it seems to loop for ever .*\(reached by choices 1\)/);
    await panel(page).getByRole('button', { name: 'Close', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'endless-loop.ink cannot be played yet' }).count()).resolves.toBe(0);
    expect(browser.consoleProblems).toEqual([]);
  });

  it('plays a story with no game tags, and its reveal says there are no dimensions to show', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const steps = expectedPlayThrough(`${OWN}/plain.ink`, () => 1);
    await toList(page, inject('baseUrl'));
    await openStories(page, 'plain.ink');
    await panel(page).getByRole('heading', { name: '“plain” is on the list' }).waitFor();
    await expect(panel(page).innerText()).resolves.toContain('the reveal will have no dimensions to show');
    await playFirstOwnStory(page);
    await playByKeys(page, steps);
    await page.getByRole('heading', { name: 'No pattern to show: this story has no manage or lead tags' }).waitFor();
    await shot(page, 'own-story-untagged-reveal');
    expect(browser.consoleProblems).toEqual([]);
  });
});
