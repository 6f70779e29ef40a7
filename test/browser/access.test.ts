/**
 * Access: axe-core on every screen reports no serious or critical violation, at 1280×720 and at
 * 1920×1080, and each screen is pictured for review.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, type OpenBrowser } from './chromium.ts';
import { openScenario, playByKeys, shot } from './drive.ts';
import { expectedPlayThrough } from './story-script.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: OpenBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Run axe-core on the page as it is now; return the serious and critical violations, described. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

async function checkScreen(page: Page, name: string, size: string): Promise<void> {
  await page.waitForTimeout(400); // let fades settle
  await shot(page, `access-${size}-${name}`);
  expect(await seriousViolations(page), name).toEqual([]);
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  const size = `${viewport.width}x${viewport.height}`;
  describe(`every screen at ${size}`, () => {
    it('has no serious or critical axe-core violation', async () => {
      browser = await openBrowser(viewport);
      const { page } = browser;
      const steps = expectedPlayThrough('stories/forecast.ink', () => 0);
      await page.goto(inject('baseUrl'));
      await page.getByRole('button', { name: 'Press any key or click to start' }).waitFor();
      await checkScreen(page, '01-title', size);
      await page.keyboard.press('Space');
      await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
      await checkScreen(page, '02-select', size);
      await page.getByRole('button', { name: 'Settings' }).click();
      await checkScreen(page, '03-sound-settings', size);
      await page.keyboard.press('Escape');
      await openScenario(page, inject('baseUrl'), 'stories/forecast.ink');
      await page.getByRole('region', { name: 'Story' }).waitFor();
      await checkScreen(page, '04-play', size);
      await playByKeys(page, steps);
      await page.getByRole('button', { name: 'Debrief' }).waitFor();
      await page.waitForTimeout(2500);
      await checkScreen(page, '05-reveal', size);
      await page.getByRole('button', { name: 'Debrief' }).click();
      await page.getByRole('heading', { name: /^Decision 1 of/ }).waitFor();
      await checkScreen(page, '06-debrief', size);
      // The resume offer, after leaving a story part-way.
      await openScenario(page, inject('baseUrl'), 'stories/forecast.ink');
      await page.getByRole('region', { name: 'Story' }).waitFor();
      await page.reload();
      await page.getByRole('heading', { name: 'Pick up where you left off?' }).waitFor();
      await checkScreen(page, '07-resume', size);
      expect(browser.consoleProblems).toEqual([]);
    });
  });
}
