/**
 * The SCORM packages in a real SCORM runtime: scorm-again's 1.2 and 2004 APIs on an LMS page, the
 * package's launch page in an iframe (test/browser/scorm-host.ts). A learner plays part of a scenario,
 * the page is reloaded (the LMS launches it again with what it kept), they resume on the same screen
 * and finish; the test then reads what the LMS holds: an interaction per decision, the score, the
 * status, and a suspend_data well within SCORM 1.2's 4,096 characters while it was playing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodeSuspendData, SCORM12_SUSPEND_LIMIT } from '../../src/core/lms/suspend-data.ts';
import { DIMENSIONS } from '../../src/core/patterns/dimensions.ts';
import { profileOf } from '../../src/core/patterns/profile.ts';
import { buildLmsPackages, type LmsBuild } from '../../tools/lms/build.ts';
import { ROOT } from '../support/stories.ts';
import { openBrowser, type OpenBrowser } from './chromium.ts';
import { shot } from './drive.ts';
import { startScormHost, type CmiData, type ScormHost } from './scorm-host.ts';
import { expectedLog, expectedPlayThrough, type ExpectedStep } from './story-script.ts';

const FILE = 'stories/forecast.ink';
const SCO = 'forecast';
/** Decisions made before the reload. */
const BEFORE_RELOAD = 3;

const outDir = resolve(ROOT, 'test-results/lms');
let built: LmsBuild;
let browser: OpenBrowser | undefined;
let host: ScormHost | undefined;
const unpacked: string[] = [];

beforeAll(async () => {
  built = await buildLmsPackages({ root: ROOT, outDir, passingPercent: 70, logLevel: 'warn' });
}, 180_000);
afterEach(async () => {
  await browser?.close();
  await host?.close();
  browser = undefined;
  host = undefined;
});
afterAll(() => unpacked.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The SCO's own document, inside the LMS's page. */
const sco = (page: Page): FrameLocator => page.frameLocator('#sco');

async function showsPage(frame: FrameLocator, step: ExpectedStep, index: number): Promise<void> {
  const dialogue = frame.getByRole('region', { name: 'Story' });
  for (const line of step.pages[index]?.lines ?? []) await expect.poll(() => dialogue.innerText(), { timeout: 15_000 }).toContain(line.text);
}

/** The number key of the step's choice: its place on screen (the options are shown shuffled). */
async function keyFor(page: Page, step: ExpectedStep): Promise<string> {
  const shown = sco(page).getByRole('list', { name: 'What do you do?' }).locator('.choice-text');
  const sorted = (texts: readonly string[]) => [...texts].sort();
  await expect.poll(async () => sorted(await shown.allInnerTexts()), { timeout: 10_000 }).toEqual(sorted(step.choices));
  return String((await shown.allInnerTexts()).indexOf(step.choices[step.take ?? 0] as string) + 1);
}

/** Read every page of the step with → and, unless it is the last step, take its choice by number. */
async function playStep(page: Page, step: ExpectedStep): Promise<void> {
  for (let p = 0; p < step.pages.length; p++) {
    await showsPage(sco(page), step, p);
    if (p < step.pages.length - 1) await page.keyboard.press('ArrowRight');
  }
  if (step.take !== undefined) await page.keyboard.press(await keyFor(page, step));
}

async function screen(page: Page): Promise<{ text: string; choices: string[] }> {
  const frame = sco(page);
  return {
    text: await frame.locator('.lines').innerText(),
    choices: await frame.getByRole('list', { name: 'What do you do?' }).getByRole('button').allInnerTexts(),
  };
}

const interactionsOf = (cmi: CmiData | undefined) => Object.values(cmi?.interactions ?? {});

describe.each(['1.2', '2004'] as const)('the SCORM %s package in scorm-again', (version) => {
  it('reports each decision, keeps the place, resumes after a reload, and ends with score and status', async () => {
    const dir = mkdtempSync(join(tmpdir(), `mol-scorm-${version}-`));
    unpacked.push(dir);
    host = await startScormHost(built.packages[version], version, dir, SCO);
    expect(host.launchData).toEqual(version === '1.2' ? { student_data: { mastery_score: '70' } } : { scaled_passing_score: '0.70' });
    browser = await openBrowser();
    const { page } = browser;
    // The last option at each decision: a path whose fit the test works out below.
    const steps = expectedPlayThrough(FILE, (_s, count) => count - 1);
    await page.goto(host.playerUrl(SCO));
    await sco(page).getByRole('button', { name: 'Press any key or click to start' }).click();
    // The SCO offers its own scenario only.
    await sco(page).getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    expect(await sco(page).locator('.scenario-card').count()).toBe(1);
    await page.keyboard.press('1');
    for (const step of steps.slice(0, BEFORE_RELOAD)) await playStep(page, step);
    await showsPage(sco(page), steps[BEFORE_RELOAD] as ExpectedStep, 0);

    // Committed after each choice: the LMS already holds the decisions and the place.
    await expect.poll(() => interactionsOf(host?.stored()).length).toBe(BEFORE_RELOAD);
    const midway = host.stored() as CmiData;
    const suspendData = String(midway.suspend_data);
    expect(suspendData.length).toBeLessThan(SCORM12_SUSPEND_LIMIT / 20);
    const kept = decodeSuspendData(suspendData);
    expect(kept.ok && kept.value.path.choices).toEqual(steps.slice(0, BEFORE_RELOAD).map((s) => s.take));
    // The options are shuffled, and the seed is kept with the place: the resumed screen below shows the same order.
    expect(kept.ok && kept.value.path.shuffleSeed).toBeTypeOf('number');
    expect(version === '1.2' ? midway.core?.lesson_status : midway.completion_status).toBe('incomplete');
    expect(version === '1.2' ? midway.core?.exit : midway.exit).toBe('suspend');
    for (let p = 1; p < (steps[BEFORE_RELOAD] as ExpectedStep).pages.length; p++) await page.keyboard.press('ArrowRight');
    const before = await screen(page);

    // The learner closes the course and the LMS launches it again.
    await page.reload();
    await sco(page).getByRole('heading', { name: 'Pick up where you left off?' }).waitFor();
    if (version === '1.2') await shot(page, 'lms-resume-offer');
    await sco(page).getByRole('button', { name: /resume/i }).click();
    await showsPage(sco(page), steps[BEFORE_RELOAD] as ExpectedStep, 0);
    for (let p = 1; p < (steps[BEFORE_RELOAD] as ExpectedStep).pages.length; p++) await page.keyboard.press('ArrowRight');
    expect(await screen(page)).toEqual(before);
    await page.keyboard.press(await keyFor(page, steps[BEFORE_RELOAD] as ExpectedStep));
    for (const step of steps.slice(BEFORE_RELOAD + 1)) await playStep(page, step);

    const log = expectedLog(FILE, steps, kept.ok ? kept.value.path.shuffleSeed : undefined);
    const profile = profileOf(log);
    const status = (cmi: CmiData | undefined) => (version === '1.2' ? cmi?.core?.lesson_status : cmi?.success_status);
    await expect.poll(() => status(host?.stored()), { timeout: 15_000 }).toMatch(/^(passed|failed)$/);
    const final = host.stored() as CmiData;
    const passed = (profile.fit.percent ?? 0) >= 70;
    expect(status(final)).toBe(passed ? 'passed' : 'failed');
    const interactions = interactionsOf(final);
    expect(interactions).toHaveLength(log.decisions.length);
    expect(interactions.map((i) => i.type)).toEqual(log.decisions.map(() => 'choice'));
    const response = version === '1.2' ? 'student_response' : 'learner_response';
    expect(interactions.every((i) => /^(c-)?[0-9a-z]+$/.test(String(i[response])))).toBe(true);
    const fits = log.decisions.map((d) => profile.fit.decisions.find((f) => f.decision === d.number)?.fit);
    expect(interactions.map((i) => i.result)).toEqual(fits.map((fit) => (fit === undefined ? 'neutral' : version === '1.2' ? String(Math.round(fit * 100)) : fit.toFixed(7))));
    if (version === '1.2') {
      expect(final.core?.score).toMatchObject({ raw: String(profile.fit.percent) });
    } else {
      expect(final.score).toMatchObject({ raw: String(profile.fit.percent), scaled: ((profile.fit.percent ?? 0) / 100).toFixed(2) });
      expect(final.completion_status).toBe('completed');
      const objectives = Object.values(final.objectives ?? {});
      expect(objectives.map((o) => o.id)).toEqual(DIMENSIONS.map((d) => d.id));
    }
    expect(final.suspend_data).toBe('');
    expect(browser.consoleProblems.filter((p) => !/Synchronous XMLHttpRequest/.test(p))).toEqual([]);
  }, 240_000);
});
