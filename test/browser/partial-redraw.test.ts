/**
 * The canvas redraws only the parts that changed (src/presentation/render-on-change.ts). What the
 * player sees must be exactly what a whole redraw shows: after a play-through turned quickly (each
 * key pressed while meters slide, faces fade up and places cross-fade), the canvas, once still, is
 * compared pixel for pixel with the same screen drawn whole (a resize forces that).
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, type OpenBrowser } from './chromium.ts';
import { SHOTS, openScenario } from './drive.ts';
import { pngColours } from './pixels.ts';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FORECAST = 'stories/forecast.ink';

let browser: OpenBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

/** The canvas as a PNG data URL (the game keeps its drawing buffer, so it can be read at any time). */
function canvasImage(page: Page): Promise<string> {
  return page.evaluate(() => (document.querySelector('#stage canvas') as HTMLCanvasElement).toDataURL('image/png'));
}

/** How many pixels of two same-sized PNG data URLs differ, and where the first one is. */
async function differingPixels(page: Page, a: string, b: string): Promise<{ count: number; first?: [number, number] }> {
  if (a === b) return { count: 0 };
  const width = 1280; // the canvas at the test's viewport
  const [x, y] = await Promise.all([a, b].map((url) => pngColours(page, url.split(',')[1] ?? '')));
  let count = 0;
  let first: [number, number] | undefined;
  (x ?? []).forEach((colour, i) => {
    if (colour.join() !== (y?.[i] ?? []).join()) {
      count += 1;
      first ??= [i % width, Math.floor(i / width)];
    }
  });
  return { count, first };
}

/** Wait until the canvas has stopped changing: two reads a few frames apart are the same. */
async function stillCanvas(page: Page): Promise<string> {
  let last = await canvasImage(page);
  for (let tries = 0; tries < 50; tries++) {
    await page.waitForTimeout(250);
    const now = await canvasImage(page);
    if (now === last) return now;
    last = now;
  }
  throw new Error('the canvas kept changing for 12 s');
}

describe('partial redraws', () => {
  it('after quick page turns and choices, the canvas is pixel for pixel what a whole redraw shows', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await openScenario(page, inject('baseUrl'), FORECAST);
    let choices = 0;
    // Quick, as a player who knows the story: each key 90 ms after the last, through the animations.
    for (let step = 0; step < 40 && choices < 3; step++) {
      const choice = page.locator('.dialogue .choices button').first();
      if (await choice.count()) {
        await page.keyboard.press('1');
        choices += 1;
      } else await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(90);
    }
    expect(choices).toBe(3);
    const partial = await stillCanvas(page);
    // A resize redraws the whole canvas; back at the same size, the same screen, drawn whole.
    await page.setViewportSize({ width: 1200, height: 700 });
    await page.waitForTimeout(300);
    await page.setViewportSize({ width: 1280, height: 720 });
    const whole = await stillCanvas(page);
    const difference = await differingPixels(page, partial, whole);
    if (difference.count > 0) {
      writeFileSync(resolve(SHOTS, 'partial-redraw-partial.png'), Buffer.from(partial.split(',')[1] ?? '', 'base64'));
      writeFileSync(resolve(SHOTS, 'partial-redraw-whole.png'), Buffer.from(whole.split(',')[1] ?? '', 'base64'));
    }
    expect(difference).toEqual({ count: 0 });
    expect(browser.consoleProblems).toEqual([]);
  });
});
