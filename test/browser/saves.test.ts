/**
 * Nothing lost, nothing crashes (issue 17, saves): a finished play-through outlives a reload on its
 * reveal; two tabs never compete for one save; a save however hostile leaves the title usable; a save
 * whose place is damaged still gives its choices back; and the crash panel says only what is true.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { ChoiceLog } from '../../src/core/log/choice-log.ts';
import { interpret } from '../../src/core/patterns/interpret.ts';
import { profileOf } from '../../src/core/patterns/profile.ts';
import { LEGACY_SAVE_KEY, PLAY_KEY_PREFIX, SAVES_INDEX_KEY } from '../../src/core/save/save-store.ts';
import { openBrowser, type OpenBrowser } from './chromium.ts';
import { expectPageShown, expectRevealOf, openScenario, playByKeys, playDecisions, pressChoice, shot, waitForScenes } from './drive.ts';
import { downloadedText, finishedLog, savedLog, saveText, savesIndex } from './saves.ts';
import { expectedLog, expectedPlayThrough, type ExpectedStep } from './story-script.ts';

let browser: OpenBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

const FORECAST = 'stories/forecast.ink';
/** Panels fade in for a quarter of a second: let them, before a screenshot. */
const settle = (page: Page) => page.waitForTimeout(400);
const PUSH = 'stories/push-or-pull.ink';
/** A save is written once the next text is painted: on a busy machine that can take longer than a poll's default second. */
const SAVE_WRITTEN = { timeout: 10_000 };

describe('a finished play-through', () => {
  it('outlives a reload on its reveal: listed on the title with its pattern, its debrief and its file, and removed only when asked', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const steps = expectedPlayThrough(FORECAST, (step) => step % 2);
    await openScenario(page, inject('baseUrl'), FORECAST);
    await playByKeys(page, steps);
    await expectRevealOf(page, FORECAST, steps);
    await expect.poll(() => page.locator('.kept-note').innerText()).toContain('Kept in this browser');
    const [kept] = (await savesIndex(page)).finished;
    const log = (await finishedLog(page, kept?.id ?? '')) as ChoiceLog;
    expect(log.decisions.map((d) => d.chosen)).toEqual(expectedLog(FORECAST, steps).decisions.map((d) => d.chosen));
    expect(log.decisions.every((d) => d.metersAfter !== undefined)).toBe(true);
    expect((await savesIndex(page)).playing).toEqual([]);

    // Reloaded (or closed and opened again) on the reveal: the play-through is on the title.
    await page.reload();
    const row = page.locator('.saved-row').filter({ hasText: '“The forecast”' });
    await expect.poll(() => row.innerText()).toContain(`finished today`);
    await expect(page.locator('.saved-games').innerText()).resolves.toContain('The last 10 finished play-throughs are kept in this browser until you remove them');
    await expect(page.getByRole('button', { name: 'Press any key or click to start' }).isVisible()).resolves.toBe(true);
    await settle(page);
    await shot(page, 'title-recent');
    await waitForScenes(page);

    await row.getByRole('button', { name: 'See the pattern' }).click();
    await page.getByRole('heading', { name: interpret(profileOf(log)).headline }).waitFor();
    await expect(page.locator('.kept-note').count()).resolves.toBe(0); // looked back on, not just finished
    await page.getByRole('button', { name: 'Back to the title screen' }).click();
    await row.getByRole('button', { name: 'Debrief' }).click();
    await page.getByRole('heading', { name: `Decision 1 of ${log.decisions.length}` }).waitFor();
    await page.getByRole('button', { name: 'Back to the title screen' }).click();

    const file = await downloadedText(page, () => row.getByRole('button', { name: 'Save as file' }).click());
    expect(JSON.parse(file.text)).toEqual(log);
    expect(file.name).toMatch(/^forecast-\d{4}-\d\d-\d\d-\d{4}\.json$/);

    await row.getByRole('button', { name: 'Remove' }).click();
    await row.getByRole('button', { name: 'Keep it' }).click(); // asks first, and can be taken back
    await row.getByRole('button', { name: 'Remove' }).click();
    await row.getByRole('button', { name: 'Yes, remove' }).click();
    await expect.poll(() => page.locator('.saved-games').count()).toBe(0);
    await page.reload();
    await page.getByRole('button', { name: 'Press any key or click to start' }).waitFor();
    await expect(page.locator('.saved-games').count()).resolves.toBe(0);
    expect((await savesIndex(page)).finished).toEqual([]);
    expect(await finishedLog(page, kept?.id ?? '')).toBeUndefined();
    expect(browser.consoleProblems).toEqual([]);
  }, 240_000);
});

describe('two tabs', () => {
  /** The forecast, one decision in, open in a first tab; a second tab's title says so. */
  async function openInTwoTabs(): Promise<{ opened: OpenBrowser; first: Page; second: Page; forecast: ExpectedStep[] }> {
    const opened = (browser = await openBrowser());
    const first = browser.page;
    const forecast = expectedPlayThrough(FORECAST, () => 0);
    await openScenario(first, inject('baseUrl'), FORECAST);
    await playDecisions(first, forecast, 1);
    await expect.poll(async () => (await savedLog(first))?.decisions.length, SAVE_WRITTEN).toBe(1);
    const second = await opened.context.newPage();
    await second.goto(inject('baseUrl'));
    await second.getByRole('status').filter({ hasText: '“The forecast” is open in another tab of this browser' }).waitFor();
    return { opened, first, second, forecast };
  }

  it('a tab that crashed (and so never said it closed) lets its play-through go: the other offers it a few seconds later', async () => {
    const { opened, first, second, forecast } = await openInTwoTabs();
    // A crash: no pagehide, so no "closed" message. Before the roll call, the second waited for ever.
    const cdp = await opened.context.newCDPSession(first);
    void cdp.send('Page.crash').catch(() => undefined); // not awaited: the answer never comes, the page is gone
    await second.getByRole('heading', { name: 'Pick up where you left off?' }).waitFor({ timeout: 20_000 });
    await expect(second.locator('.resume-panel').innerText()).resolves.toContain('“The forecast”: 1 decision made');
    await second.getByRole('button', { name: 'Resume' }).click();
    await expectPageShown(second, forecast[1] as ExpectedStep, 0);
  }, 240_000);

  it('the second says the play-through is open in the first instead of offering it, plays its own apart, and offers it once the first is closed', async () => {
    const { opened, first, second, forecast } = await openInTwoTabs();
    await expect(second.getByRole('button', { name: 'Resume' }).count()).resolves.toBe(0);
    await settle(second);
    await shot(second, 'title-open-elsewhere');
    // The second tab plays a play-through of its own: each is saved under its own key.
    const push = expectedPlayThrough(PUSH, () => 1);
    await second.getByRole('button', { name: 'Press any key or click to start' }).click();
    await second.getByRole('button', { name: /^Push or pull/ }).click();
    await playDecisions(second, push, 2);
    await expect.poll(async () => (await savesIndex(second)).playing.length, SAVE_WRITTEN).toBe(2);

    // The first finishes: its log is kept, and the second's progress is untouched.
    await first.bringToFront();
    await pressChoice(first, forecast[1] as ExpectedStep);
    await playByKeys(first, forecast.slice(2));
    await expectRevealOf(first, FORECAST, forecast);
    const index = await savesIndex(second);
    expect(index.finished).toHaveLength(1);
    expect(index.playing).toHaveLength(1);
    const pushSave = JSON.parse((await saveText(second, index.playing[0]?.id ?? '')) ?? '{}');
    expect(pushSave.snapshot.log).toMatchObject({ storyId: 'push-or-pull' });
    expect(pushSave.snapshot.log.decisions).toHaveLength(2);

    // A third tab sees the second's play-through as open elsewhere, and is offered it the moment the second closes.
    const third = await opened.context.newPage();
    await third.goto(inject('baseUrl'));
    await third.getByRole('status').filter({ hasText: '“Push or pull” is open in another tab' }).waitFor();
    await second.close();
    await third.getByRole('heading', { name: 'Pick up where you left off?' }).waitFor();
    await expect(third.locator('.resume-panel').innerText()).resolves.toContain('“Push or pull”: 2 decisions made');
    await third.getByRole('button', { name: 'Resume' }).click();
    await expectPageShown(third, push[2] as ExpectedStep, 0);
    expect(opened.consoleProblems).toEqual([]);
  }, 240_000);
});

describe('two tabs opening one play-through in the same instant', () => {
  it('the later one stops saving it and says so; the keys reach nothing behind the panel', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const steps = expectedPlayThrough(FORECAST, () => 0);
    await openScenario(page, inject('baseUrl'), FORECAST);
    await playDecisions(page, steps, 1);
    await expect.poll(async () => (await savedLog(page))?.decisions.length, SAVE_WRITTEN).toBe(1);
    const [playing] = (await savesIndex(page)).playing;
    // Another page announces that it opened this play-through earlier (as a tab that resumed it a moment before would).
    await page.evaluate((id) => new BroadcastChannel('manage-or-lead/play-throughs').postMessage({ type: 'open', tab: 'another-tab', id, since: 0 }), playing?.id);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toMatch(/This play-through is open in another tab[\s\S]*this tab has stopped saving it/);
    await settle(page);
    await shot(page, 'play-open-elsewhere');
    const text = await page.locator('.lines').innerText();
    await page.keyboard.press('1');
    expect(await page.locator('.lines').innerText()).toBe(text);
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide'))); // writes any save still waiting
    expect((await savedLog(page))?.decisions).toHaveLength(1);
    expect(browser.consoleProblems).toEqual([]);
  });
});

describe('saves that cannot be read', () => {
  it('a 10 KB save nested 5,000 deep in the old slot: the title still appears, the save is put aside and said so, and can be saved as a file', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const deep = `{"schema":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    await page.goto(inject('baseUrl'));
    await page.evaluate(([key, text]) => window.localStorage.setItem(key, text), [LEGACY_SAVE_KEY, deep] as const);
    await page.reload();
    await page.getByRole('heading', { name: 'Your saved game could not be opened' }).waitFor();
    await expect(page.locator('.resume-panel').innerText()).resolves.toMatch(/not in a form this game understands\. It has been put to one side, not deleted/);
    await settle(page);
    await shot(page, 'title-hostile-save');
    const [aside] = (await savesIndex(page)).setAside;
    expect(await saveText(page, aside?.id ?? '')).toBe(deep);
    expect(await page.evaluate((key) => window.localStorage.getItem(key), LEGACY_SAVE_KEY)).toBeNull();
    const row = page.locator('.saved-row').filter({ hasText: 'A saved game that could not be read' });
    const file = await downloadedText(page, () => row.getByRole('button', { name: 'Save as file' }).click());
    expect(file.text).toBe(deep);
    // Loaded again, it is not reported again: it stays listed, and the game starts as usual.
    await page.reload();
    await page.getByRole('button', { name: 'Press any key or click to start' }).waitFor();
    await expect(row.count()).resolves.toBe(1);
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    expect(browser.consoleProblems).toEqual([]);
  });

  it('a save with a sound outline but garbage decisions is not offered: it is put aside and the reason named', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const steps = expectedPlayThrough(FORECAST, () => 0);
    await openScenario(page, inject('baseUrl'), FORECAST);
    await playDecisions(page, steps, 2);
    await expect.poll(async () => (await savedLog(page))?.decisions.length, SAVE_WRITTEN).toBe(2);
    const [playing] = (await savesIndex(page)).playing;
    await page.evaluate((key) => {
      const save = JSON.parse(window.localStorage.getItem(key) as string);
      save.snapshot.log.decisions[1].chosen = 'the second one';
      save.snapshot.log.decisions[1].options = null;
      window.localStorage.setItem(key, JSON.stringify(save));
    }, PLAY_KEY_PREFIX + playing?.id);
    await page.reload();
    await page.getByRole('heading', { name: 'Your saved game could not be opened' }).waitFor();
    await expect(page.locator('.resume-panel').innerText()).resolves.toContain('Parts of the saved game are missing or damaged (decision 2: options should be an array; decision 2: chosen should be a number)');
    await expect(page.getByRole('button', { name: 'Resume' }).count()).resolves.toBe(0);
    expect((await savesIndex(page)).setAside.map((entry) => entry.id)).toEqual([playing?.id]);
  });

  it('a save whose place in the story is damaged offers its intact choices: at the title, or on resuming, never a raw error', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const steps = expectedPlayThrough(FORECAST, () => 1);
    await openScenario(page, inject('baseUrl'), FORECAST);
    await playDecisions(page, steps, 2);
    await expect.poll(async () => (await savedLog(page))?.decisions.length, SAVE_WRITTEN).toBe(2);
    const [playing] = (await savesIndex(page)).playing;
    const key = PLAY_KEY_PREFIX + playing?.id;
    const original = (await saveText(page, playing?.id ?? '')) as string;

    // ink's state cut short: seen at the title.
    await page.evaluate((k) => {
      const save = JSON.parse(window.localStorage.getItem(k) as string);
      save.snapshot.runner.ink = save.snapshot.runner.ink.slice(0, 100);
      window.localStorage.setItem(k, JSON.stringify(save));
    }, key);
    await page.reload();
    await page.getByRole('heading', { name: 'Your place in this scenario can’t be restored' }).waitFor();
    await expect(page.locator('.resume-panel').innerText()).resolves.toContain('Your 2 choices so far are intact');
    await settle(page);
    await shot(page, 'title-place-damaged');
    let file = await downloadedText(page, () => page.getByRole('button', { name: 'Save my choices as a file' }).click());
    expect((JSON.parse(file.text) as ChoiceLog).decisions.map((d) => d.chosen)).toEqual(JSON.parse(original).snapshot.log.decisions.map((d: { chosen: number }) => d.chosen));

    // ink's state whole in shape but pointing nowhere: only restoring finds out.
    await page.evaluate(([k, text]) => {
      const save = JSON.parse(text);
      save.snapshot.runner.ink = save.snapshot.runner.ink.replace(/"previousContentObject":"[^"]*"/, '"previousContentObject":"nowhere.99"');
      window.localStorage.setItem(k, JSON.stringify(save));
    }, [key, original] as const);
    await page.reload();
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByRole('heading', { name: 'Your place in this scenario could not be restored' }).waitFor();
    const panel = await page.getByRole('alert').innerText();
    expect(panel).toContain('Your 2 choices so far are intact. They have been put to one side with the save, not deleted');
    expect(panel).not.toMatch(/nowhere|Failed to find|Cannot read/);
    await settle(page);
    await shot(page, 'play-place-damaged');
    file = await downloadedText(page, () => page.getByRole('button', { name: 'Save my choices as a file' }).click());
    expect((JSON.parse(file.text) as ChoiceLog).decisions).toHaveLength(2);
    expect((await savesIndex(page)).setAside).toMatchObject([{ id: playing?.id, why: 'its place in the story could not be restored' }]);
    // The next play is a new play-through: the damaged save is not overwritten.
    await page.getByRole('button', { name: 'Back to the scenarios' }).click();
    await page.getByRole('button', { name: /^The forecast/ }).click();
    await expectPageShown(page, steps[0] as ExpectedStep, 0);
    await expect.poll(async () => (await savesIndex(page)).playing.length).toBe(1);
    expect((await savesIndex(page)).playing[0]?.id).not.toBe(playing?.id);
    expect(await saveText(page, playing?.id ?? '')).toContain('nowhere.99');
    expect(browser.consoleProblems).toEqual([]);
  });
});

describe('saves put to one side', () => {
  it('with storage full, a damaged save is said to be left where it was, never "put to one side"; once there is room it is put aside', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const id = '0123456789abcdef';
    await page.goto(inject('baseUrl'));
    await page.evaluate(([index, key, playing]) => {
      window.localStorage.setItem(key, '{"schema":1,"savedAt":');
      window.localStorage.setItem(index, JSON.stringify({ version: 1, playing: [{ id: playing, at: '2026-12-01T10:00:00.000Z' }], finished: [], setAside: [] }));
    }, [SAVES_INDEX_KEY, PLAY_KEY_PREFIX + id, id] as const);
    // Full: every write refused, until the tab is told there is room again (window.name outlives a reload).
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (window.name !== 'room') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await page.reload();
    await page.getByRole('heading', { name: 'Your saved game could not be opened' }).waitFor();
    const said = await page.locator('.resume-panel').innerText();
    expect(said).toContain('It could not be put to one side, because this browser is not letting the game save just now; it is left where it was');
    expect(said).not.toMatch(/been put to one side|not deleted/);
    expect(await savesIndex(page)).toMatchObject({ playing: [{ id }], setAside: [] });

    await page.evaluate(() => {
      window.name = 'room';
    });
    await page.reload();
    await page.getByRole('heading', { name: 'Your saved game could not be opened' }).waitFor();
    await expect(page.locator('.resume-panel').innerText()).resolves.toContain('It has been put to one side, not deleted');
    expect((await savesIndex(page)).setAside.map((entry) => entry.id)).toEqual([id]);
    expect(await saveText(page, id)).toBe('{"schema":1,"savedAt":');
    expect(browser.consoleProblems).toEqual([]);
  });
});

describe('the crash panel', () => {
  /** An error nobody catches, as a fault in the game's code would throw. */
  const fault = (page: Page, where: string) => page.evaluate((w) => setTimeout(() => {
    throw new Error(`Simulated fault ${w}`);
  }, 0), where);

  it('says progress is saved, and a finished play-through kept, and both are so when the player goes back', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const alert = page.getByRole('alert');
    const steps = expectedPlayThrough(FORECAST, () => 0);
    await openScenario(page, inject('baseUrl'), FORECAST);
    await playDecisions(page, steps, 1);
    await expect.poll(async () => (await savedLog(page))?.decisions.length, SAVE_WRITTEN).toBe(1);
    await fault(page, 'in play');
    await expect(alert.innerText()).resolves.toContain('Your progress is saved up to your last choice, so you can pick up where you left off.');
    await alert.getByRole('button', { name: 'Back to the title screen' }).click();
    await page.getByRole('heading', { name: 'Pick up where you left off?' }).waitFor();
    await page.getByRole('button', { name: 'Resume' }).click();
    await playByKeys(page, steps.slice(1));
    await expectRevealOf(page, FORECAST, steps);
    await fault(page, 'on the reveal');
    await expect(alert.innerText()).resolves.toContain('Your finished play-through is kept: you will find it on the title screen under “Recent play-throughs”.');
    await alert.getByRole('button', { name: 'Back to the title screen' }).click();
    await expect.poll(() => page.locator('.saved-row').filter({ hasText: '“The forecast”' }).innerText()).toContain('finished today');
  }, 240_000);

  it('no longer says a finished play-through is kept once it has been removed on the title (in another tab)', async () => {
    browser = await openBrowser();
    const { page } = browser;
    const steps = expectedPlayThrough(FORECAST, () => 1);
    await openScenario(page, inject('baseUrl'), FORECAST);
    await playByKeys(page, steps);
    await expectRevealOf(page, FORECAST, steps);
    const other = await browser.context.newPage();
    await other.goto(inject('baseUrl'));
    const row = other.locator('.saved-row').filter({ hasText: '“The forecast”' });
    await row.getByRole('button', { name: 'Remove' }).click();
    await row.getByRole('button', { name: 'Yes, remove' }).click();
    await expect.poll(() => other.locator('.saved-games').count()).toBe(0);
    await page.bringToFront();
    await fault(page, 'on the reveal');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toContain('Going back to the title screen starts the game again.');
    await expect(alert.innerText()).resolves.not.toMatch(/kept|saved/i);
  }, 240_000);

  it('claims no saved progress on the title, nor when the browser refused to save it', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: 'Press any key or click to start' }).waitFor();
    await fault(page, 'on the title');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toMatch(/Something went wrong[\s\S]*Going back to the title screen starts the game again\./);
    await expect(alert.innerText()).resolves.not.toMatch(/progress is saved/i);

    // Storage that reads but refuses every write, as when it is full.
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const steps = expectedPlayThrough(FORECAST, () => 0);
    await openScenario(page, inject('baseUrl'), FORECAST);
    await playDecisions(page, steps, 1);
    await fault(page, 'in play');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toMatch(/This browser could not save your progress, so going back to the title screen starts the scenario afresh\./);
    await expect(alert.innerText()).resolves.not.toMatch(/progress is saved/i);
  });
});

