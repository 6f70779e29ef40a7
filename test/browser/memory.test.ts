/**
 * A finished play-through lets its story go. The session of a play-through holds the whole ink story
 * (about half a megabyte here); the reveal needs only its log. The heap is counted in a real Chromium
 * through a heap snapshot, after forced garbage collection: ink's Story objects are recognised by a
 * property only they carry (inkjs's names survive the build's minifying).
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, type OpenBrowser } from './chromium.ts';
import { expectRevealOf, openScenario, playByKeys } from './drive.ts';
import { takeHeapSnapshot } from './heap-snapshot.ts';
import { expectedPlayThrough } from './story-script.ts';

const FORECAST = 'stories/forecast.ink';
let browser: OpenBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

/** How many live objects have a property called `name`, after garbage collection. */
async function liveObjectsWith(cdp: CDPSession, name: string): Promise<number> {
  const heap = await takeHeapSnapshot(cdp);
  const { node_fields: nodeFields, edge_fields: edgeFields, edge_types: [edgeTypes] } = heap.snapshot.meta;
  const edgeCountAt = nodeFields.indexOf('edge_count');
  const [typeAt, nameAt] = [edgeFields.indexOf('type'), edgeFields.indexOf('name_or_index')];
  const property = edgeTypes.indexOf('property');
  let count = 0;
  let edge = 0;
  for (let node = 0; node < heap.nodes.length; node += nodeFields.length) {
    const edges = heap.nodes[node + edgeCountAt] ?? 0;
    let has = false;
    for (let i = 0; i < edges; i++, edge += edgeFields.length) {
      if (heap.edges[edge + typeAt] === property && heap.strings[heap.edges[edge + nameAt] ?? 0] === name) has = true;
    }
    if (has) count += 1;
  }
  return count;
}

const storiesAlive = (cdp: CDPSession) => liveObjectsWith(cdp, '_mainContentContainer');

async function playAgain(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Play again' }).click();
  await page.getByRole('region', { name: 'Story' }).waitFor();
}

describe('memory', () => {
  it('keeps no story alive once a play-through has ended, however many are played', async () => {
    const steps = expectedPlayThrough(FORECAST, () => 0);
    browser = await openBrowser();
    const { page } = browser;
    const cdp = await page.context().newCDPSession(page);
    await openScenario(page, inject('baseUrl'), FORECAST);
    await page.getByRole('region', { name: 'Story' }).waitFor();
    expect(await storiesAlive(cdp), 'during the play-through').toBe(1);
    await playByKeys(page, steps);
    await expectRevealOf(page, FORECAST, steps);
    expect(await storiesAlive(cdp), 'at the first reveal').toBe(0);
    await playAgain(page);
    await playByKeys(page, steps);
    await expectRevealOf(page, FORECAST, steps);
    expect(await storiesAlive(cdp), 'at the second reveal').toBe(0);
    expect(browser.consoleProblems).toEqual([]);
  });
});
