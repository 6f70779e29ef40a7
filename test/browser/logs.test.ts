/**
 * Saved logs in a real Chromium: the exports after a solo run (each download matches the log), a
 * group log opened from a file (the room's votes in the debrief), and ten logs mixed with bad files
 * (picked and dropped) giving the cohort's figures and one clear error per bad file. The logs are made
 * by playing the real stories with the core Session in Node; only the bad files are written by hand.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { ChoiceLog } from '../../src/core/log/choice-log.ts';
import { cohortOf, mostSplit } from '../../src/core/log/cohort.ts';
import { logToJson } from '../../src/core/log/log-files.ts';
import { LOG_LIMITS, parseChoiceLog } from '../../src/core/log/log-schema.ts';
import { interpret } from '../../src/core/patterns/interpret.ts';
import { profileOf } from '../../src/core/patterns/profile.ts';
import { playLog, roomVotes } from '../support/logs.ts';
import { ROOT } from '../support/stories.ts';
import { openBrowser, type OpenBrowser } from './chromium.ts';
import { expectRevealOf, playByKeys, shot, SHOTS } from './drive.ts';
import { expectedLog, expectedPlayThrough } from './story-script.ts';

const FORECAST = 'stories/forecast.ink';
const { version } = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { version: string };

let browser: OpenBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

/** A log with the times left out: a real play-through's times are the browser's own. */
function untimed(log: ChoiceLog) {
  return {
    ...log,
    startedAt: undefined,
    endedAt: undefined,
    decisions: log.decisions.map((d) => ({ ...d, offeredAt: undefined, decidedAt: undefined, msToDecide: undefined })),
  };
}

async function downloaded(page: Page, buttonName: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName, exact: true }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** From the title to the saved logs: by clicking, or by Tab and Enter (which must not start the game). */
async function openLogsScreen(page: Page, by: 'click' | 'keyboard' = 'click'): Promise<void> {
  await page.goto(inject('baseUrl'));
  const entry = page.getByRole('button', { name: 'Open saved logs' });
  if (by === 'click') await entry.click();
  else {
    await page.getByRole('button', { name: 'Press any key or click to start' }).waitFor();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Open saved logs');
    await page.keyboard.press('Enter');
  }
  await page.getByRole('heading', { name: 'Open saved logs', level: 1 }).waitFor();
}

/** Tab until the button named `name` has the focus (at most 40 presses). */
async function focusByTab(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if ((await page.evaluate(() => document.activeElement?.textContent)) === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`“${name}” could not be reached with Tab`);
}

const file = (name: string, text: string | Buffer) => ({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(text) ? text : Buffer.from(text) });
const logFile = (name: string, log: ChoiceLog) => file(name, logToJson(log));

/** Drop files on the page as a person would, by dispatching the drag events with a DataTransfer. */
async function drop(page: Page, files: readonly { name: string; text: string }[], release = true): Promise<void> {
  await page.evaluate(
    ({ files, release }) => {
      const transfer = new DataTransfer();
      for (const f of files) transfer.items.add(new File([f.text], f.name, { type: 'application/json' }));
      const target = document.querySelector('.logs-screen') ?? document.body;
      for (const type of release ? ['dragenter', 'dragover', 'drop'] : ['dragenter', 'dragover']) {
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      }
    },
    { files, release },
  );
}

describe('after a solo run', () => {
  it('the name goes into the log, and the JSON, the spreadsheet and the report each match it', async () => {
    const steps = expectedPlayThrough(FORECAST, (step, count) => (step * 2 + 1) % count);
    browser = await openBrowser();
    const { page } = browser;
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: 'Press any key or click to start' }).click();
    const alias = page.getByLabel('Your name or group (optional)');
    await alias.fill('Zoë Müller 3');
    await shot(page, 'logs-01-select-with-name');
    await page.getByRole('button', { name: /^The forecast/ }).click();
    await playByKeys(page, steps);
    const profile = await expectRevealOf(page, FORECAST, steps);
    await page.waitForTimeout(2500);
    await shot(page, 'logs-02-reveal-exports');

    // The log: the game's JSON parses back to the same log the core makes from the same choices.
    const json = await downloaded(page, 'Save log (JSON)');
    expect(json.name).toMatch(/^forecast-\d{4}-\d\d-\d\d-\d{4}-zoe-muller-3\.json$/);
    const parsed = parseChoiceLog(json.bytes.toString('utf8'), json.name);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const log = parsed.value;
    // Shuffled, from a seed the game drew: the same order as the core draws from that seed.
    expect(log.shuffleSeed).toBeTypeOf('number');
    const expected = { ...expectedLog(FORECAST, steps, log.shuffleSeed), alias: 'Zoë Müller 3', app: { name: 'manage-or-lead', version } };
    expect(untimed(log)).toEqual(untimed(expected));
    await expect.poll(() => page.locator('.export-status').innerText()).toContain(json.name);

    // The spreadsheet: BOM, then one row per decision with the choices made.
    const csv = await downloaded(page, 'Spreadsheet (CSV)');
    expect(csv.name).toBe(json.name.replace(/\.json$/, '.csv'));
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<Record<string, string>>(csv.bytes.toString('utf8').slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((row) => row['Chosen text'])).toEqual(steps.filter((s) => s.take !== undefined).map((s) => s.choices[s.take as number]));
    expect(rows.map((row) => Number(row['Time to decide (ms)']))).toEqual(log.decisions.map((d) => d.msToDecide));
    expect(new Set(rows.map((row) => row.Player))).toEqual(new Set(['Zoë Müller 3']));

    // The report opens in a new tab, with the same profile, and prints to A4.
    const [report] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Printable report' }).click()]);
    await report.waitForLoadState();
    await report.getByRole('heading', { name: 'The forecast', level: 1 }).waitFor();
    const text = await report.locator('body').innerText();
    expect(text).toContain(interpret(profile).headline);
    expect(text).toContain('Played by Zoë Müller 3');
    expect(await report.locator('article.decision').count()).toBe(log.decisions.length);
    await report.setViewportSize({ width: 1000, height: 1300 });
    await report.screenshot({ path: `${SHOTS}/logs-03-report.png` });
    await report.emulateMedia({ media: 'print' });
    expect(await report.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    await report.pdf({ path: `${SHOTS}/logs-03-report.pdf`, format: 'A4', printBackground: true });
    await report.close();

    // The debrief has the same buttons.
    await page.getByRole('button', { name: 'Debrief' }).click();
    await page.getByRole('heading', { name: `Decision 1 of ${log.decisions.length}` }).waitFor();
    await expect.poll(() => page.getByRole('group', { name: 'Keep a copy' }).getByRole('button').allInnerTexts()).toEqual(['Save log (JSON)', 'Spreadsheet (CSV)', 'Printable report']);
    await shot(page, 'logs-04-debrief-exports');
    const again = await downloaded(page, 'Save log (JSON)');
    expect(again.bytes.toString('utf8')).toBe(json.bytes.toString('utf8'));
    expect(browser.consoleProblems).toEqual([]);
  });
});

describe('opening saved logs', () => {
  it('a group log from a file: its debrief shows how the room voted', async () => {
    const log = playLog(FORECAST, { pick: (step, choices) => (step + 1) % choices.length, mode: 'group', alias: 'Room B', votes: roomVotes(14) });
    browser = await openBrowser();
    const { page } = browser;
    await openLogsScreen(page, 'keyboard');
    await shot(page, 'logs-05-open-saved-logs');
    await page.getByLabel('Choose log files…').setInputFiles([logFile('room-b.json', log)]);
    await page.getByRole('heading', { name: 'Room B’s play-through' }).waitFor();
    expect(await page.locator('.single-headline').innerText()).toBe(interpret(profileOf(log)).headline);
    expect(await page.locator('.story-notice').count()).toBe(0); // the same story as in this build
    await shot(page, 'logs-06-one-group-log');
    await page.getByRole('button', { name: 'Debrief', exact: true }).click();
    for (const [i, record] of log.decisions.slice(0, 2).entries()) {
      await page.getByRole('heading', { name: `Decision ${i + 1} of ${log.decisions.length}` }).waitFor();
      const tallies = record.votes?.tallies ?? [];
      await expect.poll(() => page.locator('.option-votes .vote-count').allInnerTexts()).toEqual(tallies.map((n) => `${n} ${n === 1 ? 'vote' : 'votes'}`));
      const widths = await page.locator('.vote-fill').evaluateAll((bars) => bars.map((bar) => (bar as HTMLElement).style.width));
      const total = tallies.reduce((a, b) => a + b, 0);
      expect(widths).toEqual(tallies.map((n) => `${Math.round((n / total) * 100)}%`));
      expect(await page.locator('.decided-by').innerText()).toContain(record.votes?.decidedBy === 'trainer' ? 'The trainer decided' : 'The room’s vote decided');
      if (i === 0) await shot(page, 'logs-07-debrief-group-votes');
      await page.keyboard.press('ArrowRight');
    }
    await page.getByRole('button', { name: 'Back to the logs' }).click();
    await page.getByRole('heading', { name: 'Room B’s play-through' }).waitFor();
    await page.getByRole('button', { name: 'See the pattern' }).click();
    await page.getByRole('heading', { name: interpret(profileOf(log)).headline }).waitFor();
    await page.getByRole('button', { name: 'Back to the logs' }).click();
    await page.getByRole('heading', { name: 'Room B’s play-through' }).waitFor();
    expect(browser.consoleProblems).toEqual([]);
  });

  it('ten logs and five bad files, picked and dropped: the cohort’s figures and one clear error per bad file', async () => {
    const logs = Array.from({ length: 10 }, (_, i) =>
      playLog(FORECAST, { alias: ['Ana', 'Ben', 'Chloé', 'Dev', 'Ema', 'Femi', 'Gus', 'Hana', 'Ivo', 'Jo'][i], pick: (step, choices) => (i * 3 + step * (i + 1)) % choices.length, start: Date.parse('2026-03-02T09:00:00Z') + i * 60_000 }),
    );
    const other = playLog('stories/star-closer.ink', { pick: () => 0, alias: 'Kim' });
    const damaged = JSON.parse(logToJson(logs[0] as ChoiceLog));
    delete damaged.storyHash;
    delete damaged.decisions[1].chosen;
    const bad = [
      file('notes.txt', 'Remember to book the room for Thursday.'),
      file('future.json', JSON.stringify({ ...JSON.parse(logToJson(logs[1] as ChoiceLog)), schema: 2 })),
      file('damaged.json', JSON.stringify(damaged)),
      file('huge.json', Buffer.alloc(6 * 1024 * 1024, 0x20)),
    ];
    browser = await openBrowser();
    const { page } = browser;
    await openLogsScreen(page);
    // Nine good files and four bad ones through the file picker, mixed.
    const picked = [logFile('ana.json', logs[0] as ChoiceLog), bad[0], ...logs.slice(1, 5).map((log, i) => logFile(`p${i + 2}.json`, log)), bad[1], bad[2], ...logs.slice(5, 9).map((log, i) => logFile(`p${i + 6}.json`, log)), bad[3]];
    await page.getByLabel('Choose log files…').setInputFiles(picked.filter((f) => f !== undefined));
    await page.getByRole('heading', { name: '9 players', level: 1 }).waitFor();
    const problems = page.getByRole('alert').getByRole('listitem');
    await expect.poll(() => problems.allInnerTexts()).toEqual([
      '“notes.txt” is not a saved log: it is not a JSON file.',
      '“future.json” was saved by a newer version of the game (log format 2; this version reads format 1). Open it with the newer version.',
      '“damaged.json” is a log, but parts of it are missing or damaged: storyHash is missing; decision 2: chosen is missing.',
      '“huge.json” is too large to be a saved log (6 MB; the limit is 5 MB).',
    ]);
    expect(await page.getByRole('alert').getByRole('heading').innerText()).toBe('4 files could not be opened');

    // The tenth log by drag and drop, with a log of another story that does not belong here.
    await drop(page, [{ name: 'jo.json', text: logToJson(logs[9] as ChoiceLog) }], false);
    await page.locator('.logs-screen.dragging').waitFor();
    await shot(page, 'logs-08-dropping');
    await drop(page, [
      { name: 'jo.json', text: logToJson(logs[9] as ChoiceLog) },
      { name: 'kim.json', text: logToJson(other) },
    ]);
    await page.getByRole('heading', { name: '10 players', level: 1 }).waitFor();
    expect(await page.locator('.log-notes').innerText()).toBe(`“kim.json” is a log of “${other.storyTitle}”, not of “The forecast”: it is kept under All stories.`);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('.logs-screen.dragging').count()).toBe(0);

    // The figures are the core's, for the same ten logs in the same order.
    const cohort = cohortOf(logs);
    expect(await page.locator('.cohort-fit').textContent()).toBe(`${cohort.averageFit}% average fit to the person, over 10 players`);
    const shown = await page.locator('.cohort-right .cohort-decision').evaluateAll((items) =>
      items.map((item) => ({
        situation: item.querySelector('.cohort-situation')?.textContent ?? '',
        counts: [...item.querySelectorAll('.tally')].map((t) => `${t.querySelector('.tally-text')?.textContent} = ${t.querySelector('.tally-count')?.textContent}`),
      })),
    );
    expect(shown).toEqual(
      cohort.decisions.map((d) => {
        const total = d.options.reduce((sum, o) => sum + o.chosen, 0);
        return { situation: d.situation, counts: d.options.map((o) => `${o.text} = ${o.chosen} of ${total}`) };
      }),
    );
    const split = mostSplit(cohort);
    expect(split.length).toBeGreaterThan(0);
    expect(await page.locator('.most-split .cohort-situation').allInnerTexts()).toEqual(split.map((d) => d.situation));
    const seen = cohort.dimensions.reduce((sum, d) => sum + d.scores.filter((s) => s !== undefined).length, 0);
    // A dot per player and dimension seen (several in one place share a dot with their number).
    const dots = await page.locator('.chart-dot').evaluateAll((marks) => marks.map((m) => ({ players: (m.getAttribute('data-players') ?? '').split('|'), count: Number(m.getAttribute('data-count')) })));
    expect(dots.reduce((sum, dot) => sum + dot.count, 0)).toBe(seen);
    expect(dots.filter((dot) => dot.players.includes('Chloé'))).toHaveLength(cohort.dimensions.filter((d) => d.scores[2] !== undefined).length);
    const means = await page.locator('.chart-mean').evaluateAll((marks) => marks.map((m) => Number(m.getAttribute('data-mean'))));
    expect(means).toEqual(cohort.dimensions.flatMap((d) => (d.mean === undefined ? [] : [Number(d.mean.toFixed(2))])));
    await shot(page, 'logs-09-cohort');
    await page.locator('.logs-screen').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await shot(page, 'logs-10-cohort-scrolled');

    // A spreadsheet of all ten: one row per decision of every player.
    const csv = await downloaded(page, 'Spreadsheet of all (CSV)');
    const rows = Papa.parse<Record<string, string>>(csv.bytes.toString('utf8').slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(logs.reduce((sum, log) => sum + log.decisions.length, 0));

    // One player's debrief, and back to the cohort as it was.
    await page.getByRole('button', { name: 'Debrief of Chloé' }).click();
    await page.getByRole('heading', { name: /^Decision 1 of/ }).waitFor();
    await page.getByRole('button', { name: 'Back to the logs' }).click();
    await page.getByRole('heading', { name: '10 players', level: 1 }).waitFor();

    // Kim's log was kept: All stories, reached from the keyboard, lists both stories with every log.
    await focusByTab(page, 'All stories');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '11 logs from 2 scenarios', level: 1 }).waitFor();
    expect(await page.locator('.log-stories .card-summary').allInnerTexts()).toEqual(['10 logs: how the group chose', 'One log: its pattern and its debrief']);
    expect(browser.consoleProblems).toEqual([]);
  });

  it('a cohort is named from the game’s own scenarios, not its first log, and says where its logs disagree', async () => {
    const pilot = { ...playLog(FORECAST, { pick: () => 1, alias: 'Ana' }), storyTitle: 'Forecast (pilot)', storyHash: '00000000000000' };
    const ben = playLog(FORECAST, { pick: () => 0, alias: 'Ben' });
    browser = await openBrowser();
    const { page } = browser;
    await openLogsScreen(page);
    await page.getByLabel('Choose log files…').setInputFiles([logFile('ana.json', pilot), logFile('ben.json', ben)]);
    await page.getByRole('heading', { name: '2 players', level: 1 }).waitFor();
    expect(await page.locator('.logs-header .eyebrow').textContent()).toBe('Saved logs · The forecast');
    const intro = await page.locator('.logs-intro').innerText();
    expect(intro).toContain('One of these 2 logs was saved from an earlier version of “The forecast”');
    expect(intro).toContain('These logs give the scenario 2 different titles (“Forecast (pilot)”, “The forecast”)');
    expect(browser.consoleProblems).toEqual([]);
  });

  it('Esc and “Back to the title screen” with logs open ask first, in the page; staying keeps every log', async () => {
    const logs = [playLog(FORECAST, { pick: () => 0, alias: 'Ana' }), playLog(FORECAST, { pick: () => 1, alias: 'Ben' })];
    browser = await openBrowser();
    const { page } = browser;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => void (dialogs.push(dialog.message()), dialog.dismiss()));
    await openLogsScreen(page);
    await page.getByLabel('Choose log files…').setInputFiles(logs.map((log, i) => logFile(`p${i}.json`, log)));
    await page.getByRole('heading', { name: '2 players', level: 1 }).waitFor();
    const ask = page.getByRole('alertdialog', { name: 'Close these 2 logs?' });

    // Esc asks; Esc again (or "Keep them open") cancels, and the cohort is as it was.
    await page.keyboard.press('Escape');
    await ask.waitFor();
    expect(await ask.innerText()).toContain('They are still in their files');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Keep them open');
    await shot(page, 'logs-13-ask-before-closing');
    await page.keyboard.press('Escape');
    await ask.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Back to the title screen' }).click();
    await ask.getByRole('button', { name: 'Keep them open' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await page.locator('.player-name').allInnerTexts()).toEqual(['Ana', 'Ben']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Back to the title screen');

    // Confirming goes to the title; no window.confirm anywhere.
    await page.getByRole('button', { name: 'Back to the title screen' }).click();
    await ask.getByRole('button', { name: 'Close them and go back' }).click();
    await page.getByRole('button', { name: 'Open saved logs' }).waitFor();
    expect(dialogs).toEqual([]);
    expect(browser.consoleProblems).toEqual([]);
  });

  it('a valid-looking log of 150,000 options is refused with its limit, and the good files of its batch still open', async () => {
    const good = [playLog(FORECAST, { pick: () => 0, alias: 'Ana' }), playLog(FORECAST, { pick: () => 1, alias: 'Ben' })];
    const huge = JSON.parse(logToJson(good[0] as ChoiceLog));
    huge.alias = 'Mallory';
    huge.decisions[0].options = Array.from({ length: 150_000 }, () => ({ index: 0, text: '', tags: [] }));
    const hugeText = JSON.stringify(huge);
    expect(hugeText.length).toBeGreaterThan(4_500_000); // under the 5 MB size check, so only the limits refuse it
    browser = await openBrowser();
    const { page } = browser;
    await openLogsScreen(page);
    await page.getByLabel('Choose log files…').setInputFiles([logFile('ana.json', good[0] as ChoiceLog), file('options.json', hugeText), logFile('ben.json', good[1] as ChoiceLog)]);
    await page.getByRole('heading', { name: '2 players', level: 1 }).waitFor();
    expect(await page.getByRole('alert').getByRole('listitem').allInnerTexts()).toEqual([
      `“options.json” is larger than any log this game saves: decision 1 has 150,000 options, and the limit is ${LOG_LIMITS.optionsPerDecision}.`,
    ]);
    expect(await page.locator('.player-name').allInnerTexts()).toEqual(['Ana', 'Ben']);
    expect(browser.consoleProblems).toEqual([]);
  });

  it('logs of several stories: a choice of story, and a story this build does not have', async () => {
    const forecast = playLog(FORECAST, { pick: () => 0, alias: 'Ana' });
    const star = playLog('stories/star-closer.ink', { pick: () => 1, alias: 'Ben' });
    const retired = { ...playLog('stories/push-or-pull.ink', { pick: () => 0, alias: 'Cy' }), storyId: 'old-pitch', storyTitle: 'The old pitch' };
    const changed = { ...playLog(FORECAST, { pick: () => 1, alias: 'Dee' }), storyHash: '00000000000000' };
    browser = await openBrowser({ width: 1920, height: 1080 });
    const { page } = browser;
    await openLogsScreen(page);
    await page.getByLabel('Choose log files…').setInputFiles([logFile('ana.json', forecast), logFile('ben.json', star), logFile('cy.json', retired)]);
    await page.getByRole('heading', { name: '3 logs from 3 scenarios' }).waitFor();
    await shot(page, 'logs-11-story-picker-1080p');
    await page.getByRole('button', { name: /^The old pitch/ }).click();
    await page.getByRole('heading', { name: 'Cy’s play-through' }).waitFor();
    expect(await page.locator('.story-notice').innerText()).toContain('“The old pitch” is not in this version of the game');
    expect(await page.getByRole('button', { name: 'See the pattern' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Debrief', exact: true }).click();
    await page.getByRole('heading', { name: `Decision 1 of ${retired.decisions.length}` }).waitFor();
    expect(await page.locator('.debrief-header').innerText()).toContain('The old pitch');
    expect(await page.locator('.debrief-header .story-notice').innerText()).toContain('is not in this version of the game');
    await shot(page, 'logs-12-debrief-story-missing-1080p');
    await page.getByRole('button', { name: 'Back to the logs' }).click();
    await page.getByRole('button', { name: 'All stories' }).click();
    await page.getByRole('button', { name: /^The forecast/ }).click();
    await page.getByRole('heading', { name: 'Ana’s play-through' }).waitFor();
    // Adding a changed-version log of the same story makes a cohort of two, with a note.
    await page.getByLabel('Add logs of this story…').setInputFiles([logFile('dee.json', changed)]);
    await page.getByRole('heading', { name: '2 players', level: 1 }).waitFor();
    expect(await page.locator('.logs-intro').innerText()).toContain('2 versions of the scenario');
    expect(browser.consoleProblems).toEqual([]);
  });
});
