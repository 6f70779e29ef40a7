/**
 * The debrief's story map in a real Chromium: three saved logs of one scenario drawn on it (each way's
 * count as the core counts it, each ending's), moved through with the keyboard, clean under axe; then
 * one log's debrief replayed from decision 2 with another option, to a different ending.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { mapCohort } from '../../src/core/debrief/map-cohort.ts';
import { storyHashOf } from '../../src/core/session.ts';
import { buildGraph } from '../../tools/story-check/explore.ts';
import { buildStoryMap } from '../../tools/story-check/story-map.ts';
import { compiledOnce, playLog } from '../support/logs.ts';
import { expectedCountLabels } from '../support/map-counts.ts';
import { seriousViolations } from './axe.ts';
import { openBrowser, type OpenBrowser } from './chromium.ts';
import { playByKeys, shot, SHOTS } from './drive.ts';
import { openLogsScreen, pickLogs } from './screens.ts';
import { expectedLog, expectedPlayThrough } from './story-script.ts';

const FILE = 'stories/new-crm.ink';
/** One path to each of three endings (test/stories/scripts/new-crm.json, 0-based, in the story's order). */
const PATHS = [
  [0, 0, 0, 1, 1, 3],
  [2, 2, 0, 1, 3, 1],
  [0, 0, 0, 0, 4, 3],
];
const logs = PATHS.map((path, i) => playLog(FILE, { pick: (step) => path[step] ?? 0, alias: ['Ana', 'Ben', 'Cy'][i] as string, start: Date.parse('2026-11-30T09:00:00Z') + i * 3_600_000 }));

let browser: OpenBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

describe('the story map', () => {
  it('draws three logs with the counts the core finds, moves by keyboard, passes axe, and a replay from decision 2 ends elsewhere', async () => {
    const json = compiledOnce(FILE);
    const map = buildStoryMap(buildGraph(json, { maxMs: 60_000 }), storyHashOf(json));
    const cohort = mapCohort(map, logs);
    expect(new Set(logs.map((log) => log.ending)).size).toBe(3);

    // Options of one decision that lead to the same box share one label, with their total.
    const expectedCounts = expectedCountLabels(cohort);

    // A laptop first: the map folds to the width of its area, so nothing scrolls sideways.
    browser = await openBrowser({ width: 1366, height: 768 });
    const { page } = browser;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openLogsScreen(page, inject('baseUrl'));
    await pickLogs(page, logs);
    await page.getByRole('heading', { name: '3 players', level: 1 }).waitFor();
    const openMap = async () => {
      await page.getByRole('button', { name: 'See on the map' }).click();
      await page.getByRole('heading', { name: 'The ways 3 play-throughs went', level: 1 }).waitFor({ timeout: 30_000 });
    };
    const sideways = () => page.locator('.map-scroll').evaluate((el) => el.scrollWidth - el.clientWidth);
    await openMap();
    expect(await sideways()).toBeLessThanOrEqual(0);
    expect((await page.locator('.map-count').allTextContents()).sort()).toEqual(expectedCounts);
    await shot(page, 'story-map-1366');

    // The projector: wider bands, still no sideways scrolling.
    await page.getByRole('button', { name: 'Back to the logs' }).click();
    await page.getByRole('heading', { name: '3 players', level: 1 }).waitFor();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openMap();
    expect(await sideways()).toBeLessThanOrEqual(0);

    // Every way someone took carries its count, as the core counts it; every ending says how many reached it.
    const counts = await page.locator('.map-count').allTextContents();
    expect(counts.sort()).toEqual(expectedCounts);
    for (const ending of map.endings) {
      const reached = cohort.endings.get(ending) ?? 0;
      await expect.poll(() => page.locator(`[data-key="ending:${ending}"]`).getAttribute('aria-label')).toContain(reached === 1 ? '1 ended here' : `${reached} ended here`);
    }
    await shot(page, 'story-map-cohort');

    // The printable report: the same drawing, its counts, on an A4 landscape page; the list after it.
    const [report] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Printable report' }).click()]);
    await report.waitForLoadState();
    await report.getByRole('heading', { name: 'The ways 3 play-throughs went', level: 1 }).waitFor();
    await report.emulateMedia({ media: 'print' });
    await report.setViewportSize({ width: 1123, height: 794 }); // A4 landscape at 96 dpi
    expect(await report.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    expect((await report.locator('.map-count').allTextContents()).sort()).toEqual(expectedCounts);
    const figure = await report.locator('.map-figure svg').boundingBox();
    expect(figure?.width).toBeGreaterThan(900);
    expect(await report.locator('.map-list').innerText()).toContain('3 play-throughs met it.');
    await report.screenshot({ path: `${SHOTS}/story-map-report-print.png` });
    await report.pdf({ path: `${SHOTS}/story-map-report.pdf`, preferCSSPageSize: true, printBackground: true });
    await report.close();

    // The keyboard: the first decision takes the focus, → follows the busiest way on, Enter opens it.
    const first = page.locator(`[data-key="decision:${map.start}"]`);
    await first.focus();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toContain('3 play-throughs met it');
    await page.keyboard.press('ArrowRight');
    const second = map.decisions[1];
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toContain(second?.label);
    await page.keyboard.press('Enter');
    await page.locator('.map-detail h2', { hasText: second?.label ?? '' }).waitFor();
    // The same map as a list, for screen readers.
    await page.getByText('The map as a list').click();
    expect(await page.locator('.map-list li').first().textContent()).toContain('3 play-throughs met it');
    expect(await seriousViolations(page)).toEqual([]);

    // One player's debrief, decision 2, play from here with another option.
    await page.getByRole('button', { name: 'Back to the logs' }).click();
    await page.getByRole('heading', { name: '3 players', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Debrief of Ana' }).click();
    await page.getByRole('heading', { name: 'Decision 1 of 6' }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { name: 'Decision 2 of 6' }).waitFor();
    await page.getByRole('button', { name: 'Play from here' }).click();

    const original = logs[0];
    const path = [PATHS[0]?.[0] ?? 0, 2, 0, 1, 3, 1];
    const steps = expectedPlayThrough(FILE, (step) => path[step] ?? 0);
    const replayed = expectedLog(FILE, steps);
    expect(replayed.ending).not.toBe(original?.ending);
    await playByKeys(page, steps.slice(1));
    const note = (await page.locator('.replay-note').textContent({ timeout: 10_000 })) ?? '';
    expect(note).toContain('This was a replay from decision 2 of an earlier play-through (Ana).');
    expect(note).toContain('This time the way parted at decision 2');
    await shot(page, 'story-map-replay-reveal');
  });

  it('in a cohort, plays from a decision with the choices of the player picked from the logs’ players', async () => {
    const json = compiledOnce(FILE);
    const map = buildStoryMap(buildGraph(json, { maxMs: 60_000 }), storyHashOf(json));
    browser = await openBrowser({ width: 1920, height: 1080 });
    const { page } = browser;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openLogsScreen(page, inject('baseUrl'));
    await pickLogs(page, logs);
    await page.getByRole('button', { name: 'See on the map' }).click();
    await page.getByRole('heading', { name: 'The ways 3 play-throughs went', level: 1 }).waitFor({ timeout: 30_000 });
    const second = map.decisions[1];
    await page.locator(`[data-key="decision:${second?.id}"]`).focus();
    await page.keyboard.press('Enter');
    await page.locator('.map-detail h2', { hasText: second?.label ?? '' }).waitFor();

    // The players who met it, to pick whose choices the replay follows up to here.
    const who = page.getByLabel('Whose choices to replay');
    expect(await who.locator('option').allTextContents()).toEqual(['Ana', 'Ben', 'Cy']);
    expect(await seriousViolations(page)).toEqual([]);
    await who.selectOption({ label: 'Ben' });
    await shot(page, 'story-map-replay-pick');
    await page.getByRole('button', { name: 'Play from here' }).click();

    // Ben's first choice is kept (the story goes on as it did for him); decision 2 goes another way.
    const ben = logs[1];
    const path = [PATHS[1]?.[0] ?? 0, 0, 0, 0, 4, 3];
    const steps = expectedPlayThrough(FILE, (step) => path[step] ?? 0);
    expect(expectedLog(FILE, steps).ending).not.toBe(ben?.ending);
    await playByKeys(page, steps.slice(1));
    const note = (await page.locator('.replay-note').textContent({ timeout: 10_000 })) ?? '';
    expect(note).toContain('This was a replay from decision 2 of an earlier play-through (Ben).');
    expect(note).toContain('This time the way parted at decision 2');
  });
});
