/**
 * A careless player on a slow network (issue 17): a few hundred keys, drawn from a seeded random
 * sequence, pressed in bursts over every screen (the title, the list, a play-through, the reveal, the
 * debrief, the saved logs), while pictures and code arrive late. Nothing may throw, no crash panel may
 * show, and no play-through's log in storage may ever lose a decision it had (unless the player
 * removed it with the buttons that say so). The seed is printed on failure; MASH_SEED=<n> replays it
 * (the network's timing still varies, so a replay is close, not exact). MASH_KEYS=<n> changes the budget.
 */
import { seededRandom } from '../../src/core/seeded-random.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { logToJson } from '../../src/core/log/log-files.ts';
import { EMPTY_INDEX, serialiseIndex } from '../../src/core/save/save-index.ts';
import { FINISHED_KEY_PREFIX, PLAY_KEY_PREFIX, SAVES_INDEX_KEY } from '../../src/core/save/save-store.ts';
import { playLog } from '../support/logs.ts';
import { ROOT } from '../support/stories.ts';
import { openBrowser, type OpenBrowser } from './chromium.ts';
import { scenarioKey, waitForScenes } from './drive.ts';

let browser: OpenBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

const FORECAST = 'stories/forecast.ink';
const SEED = process.env.MASH_SEED ? Number(process.env.MASH_SEED) : Math.floor(Math.random() * 2 ** 31);
const KEYS = process.env.MASH_KEYS ? Number(process.env.MASH_KEYS) : 320;


/** The keys a player mashes, with how often each comes up. */
const KEY_WEIGHTS: readonly (readonly [string, number])[] = [
  ['ArrowRight', 18], ['1', 9], ['2', 8], ['3', 6], ['4', 2], ['Enter', 10], ['Space', 7], ['Tab', 10], ['Shift+Tab', 4],
  ['Escape', 4], ['ArrowLeft', 5], ['PageDown', 3], ['PageUp', 2], ['ArrowUp', 1], ['ArrowDown', 1], ['Home', 1], ['End', 1],
  ['b', 1], ['h', 1], ['m', 1], ['f', 1], ['a', 1],
];
const TOTAL_WEIGHT = KEY_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);

function pickKey(random: () => number): string {
  let at = random() * TOTAL_WEIGHT;
  for (const [key, weight] of KEY_WEIGHTS) {
    at -= weight;
    if (at < 0) return key;
  }
  return 'ArrowRight';
}

/** What the game keeps of each play-through: its decisions, each as "number:chosen:decidedAt", from its save or its finished log. */
async function storedPlayThroughs(page: Page): Promise<{ stored: Record<string, string[]>; removed: { key: string; by: string }[]; screens: string[] }> {
  return page.evaluate(([playPrefix, finishedPrefix]) => {
    const stored: Record<string, string[]> = {};
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i) ?? '';
      const prefix = [playPrefix, finishedPrefix].find((p) => key.startsWith(p));
      if (!prefix) continue;
      try {
        const data = JSON.parse(window.localStorage.getItem(key) ?? 'null');
        const log = prefix === playPrefix ? data?.snapshot?.log : data;
        const prints = (log?.decisions ?? []).map((d: { number: number; chosen: number; decidedAt: string }) => `${d.number}:${d.chosen}:${d.decidedAt}`);
        const id = key.slice(prefix.length);
        if (prints.length >= (stored[id]?.length ?? 0)) stored[id] = prints;
      } catch {
        // not the game's JSON: nothing to compare
      }
    }
    const removed = ((window as unknown as { __removed?: { key: string; by: string }[] }).__removed ?? []).splice(0);
    const screens = [...((window as unknown as { __screens?: Set<string> }).__screens ?? [])];
    return { stored, removed, screens };
  }, [PLAY_KEY_PREFIX, FINISHED_KEY_PREFIX] as const);
}

/** The buttons with which a player removes a play-through on purpose. */
const REMOVING_BUTTONS = /^(Yes, remove|Yes, delete|Delete the damaged saves?|Start over)$/;

/** The screens seen, by their HTML. */
const SCREENS = ['title-screen', 'select-screen', 'dialogue', 'reveal-screen', 'debrief-screen', 'logs-screen'] as const;

describe('key mashing on a slow network', () => {
  it(`never throws and never loses a decision (seed ${SEED}, ${KEYS} keys)`, async () => {
    const random = seededRandom(SEED);
    browser = await openBrowser();
    const { page, context } = browser;
    const problems: string[] = [];
    const seen = new Set<string>();
    /** What was stored of each play-through at the last look. */
    const known = new Map<string, string[]>();
    const fail = (message: string) => problems.push(message);

    // A finished play-through on the title, to look back on; every removal of a stored key noted with the button that did it.
    const finished = playLog(FORECAST, { pick: (step) => step % 3 });
    const index = serialiseIndex({ ...EMPTY_INDEX, finished: [{ id: 'feedc0ffee000001', at: new Date().toISOString() }] });
    await context.addInitScript(([indexKey, indexText, key, text]) => {
      if (window.localStorage.getItem(indexKey) === null) {
        window.localStorage.setItem(indexKey, indexText);
        window.localStorage.setItem(key, text);
      }
      const removed: { key: string; by: string }[] = [];
      (window as unknown as { __removed: typeof removed }).__removed = removed;
      // Every screen put up, by its class, for the summary.
      const screens = new Set<string>();
      (window as unknown as { __screens: typeof screens }).__screens = screens;
      new MutationObserver(() => {
        for (const child of document.getElementById('ui')?.children ?? []) screens.add(child.className);
      }).observe(document, { childList: true, subtree: true });
      const remove = Storage.prototype.removeItem;
      Storage.prototype.removeItem = function (this: Storage, key: string) {
        removed.push({ key, by: document.activeElement?.textContent?.trim() ?? '' });
        remove.call(this, key);
      };
    }, [SAVES_INDEX_KEY, index, FINISHED_KEY_PREFIX + 'feedc0ffee000001', logToJson(finished)] as const);

    // A slow network: every picture and every piece of code arrives late, each by its own delay.
    await context.route(/\/assets\/[^/]*\.(js|svg|webp|css)$/, async (route) => {
      await new Promise((r) => setTimeout(r, Math.floor(random() * 700)));
      await route.continue().catch(() => undefined);
    });
    // Files for whichever picker a key opens: a good log and a bad file for the saved logs, a story of one's own for the list.
    const goodLog = { name: 'kim.json', mimeType: 'application/json', buffer: Buffer.from(logToJson(playLog(FORECAST, { pick: () => 1, alias: 'Kim' }))) };
    const badLog = { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"schema": [[[[') };
    const ownStory = { name: 'plain.ink', mimeType: 'text/plain', buffer: readFileSync(resolve(ROOT, 'test/fixtures/own-stories/plain.ink')) };
    page.on('filechooser', (chooser) => {
      const chosen = chooser.element().getAttribute('accept').then((accept) => (accept?.includes('.ink') ? [ownStory] : random() < 0.5 ? [goodLog] : [goodLog, badLog]));
      void chosen.then((files) => chooser.setFiles(files)).catch(() => undefined);
    });
    // The printable report opens in a tab of its own: close it.
    context.on('page', (other) => {
      if (other !== page) void other.close().catch(() => undefined);
    });

    const look = async () => {
      if (!page.url().startsWith('http')) return; // not the game yet
      const { stored, removed, screens } = await storedPlayThroughs(page);
      for (const screen of SCREENS) if (screens.some((names) => names.split(' ').includes(screen))) seen.add(screen);
      for (const [id, before] of known) {
        const now = stored[id];
        if (!now) {
          const how = removed.find((r) => r.key.endsWith(id));
          if (!how || !REMOVING_BUTTONS.test(how.by)) fail(`play-through ${id} (${before.length} decisions) disappeared from storage${how ? ` when "${how.by}" was pressed` : ''}`);
          known.delete(id);
          continue;
        }
        if (now.length < before.length || before.some((print, i) => now[i] !== print)) fail(`play-through ${id} lost decisions: had ${before.join(', ')}; now ${now.join(', ')}`);
      }
      for (const [id, prints] of Object.entries(stored)) known.set(id, prints);
      if ((await page.locator('.problem-layer').count()) > 0) fail(`a problem panel: ${await page.locator('.problem-layer').innerText()}`);
    };
    const frames = (count: number) => page.evaluate((count) => new Promise<void>((done) => {
      let n = 0;
      const next = () => (++n >= count ? done() : requestAnimationFrame(next));
      requestAnimationFrame(next);
    }), count);
    let pressed = 0;
    const mash = async (budget: number) => {
      const until = Math.min(KEYS, pressed + budget);
      while (pressed < until && problems.length === 0) {
        const burst = 1 + Math.floor(random() * 6);
        for (let i = 0; i < burst && pressed < until; i++, pressed++) await page.keyboard.press(pickKey(random));
        const pause = Math.floor(random() * 4);
        if (pause > 0) await frames(pause);
        if (pressed % 8 < burst) await look();
      }
      await look();
    };

    /**
     * Ways onto each screen, taken quickly, before the screen has necessarily loaded; then the keys. Best
     * effort: what the keys left on the title (a play-through to resume, say) may offer other buttons.
     */
    const title = async (engine = true) => {
      await page.goto(inject('baseUrl'));
      await page.locator('.title-screen').waitFor();
      // The engine starts once the keys pause (docs/engineering-notes.md): the first rounds mash the screens before it, the others after.
      if (engine) await waitForScenes(page);
    };
    const click = (name: string) => page.locator('#ui').getByRole('button', { name, exact: true }).first().click({ timeout: 8_000 });
    const starts: readonly (() => Promise<void>)[] = [
      () => title(false),
      async () => {
        await title(false);
        await (await page.getByRole('button', { name: 'Resume' }).isVisible() ? click('Resume') : click('Press any key or click to start'));
        if (await page.getByRole('heading', { name: 'Choose a scenario' }).isVisible()) await page.keyboard.press(scenarioKey(FORECAST));
      },
      async () => {
        await title();
        await click('See the pattern');
      },
      async () => {
        await title();
        await click('Debrief');
      },
      async () => {
        await title();
        await click('Open saved logs');
      },
    ];
    const steer = async (start: () => Promise<void>) => {
      try {
        await start();
      } catch (error) {
        if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
      }
    };
    try {
      for (let round = 0; pressed < KEYS && problems.length === 0; round++) {
        const start = starts[round % starts.length] as () => Promise<void>;
        await look(); // before the page goes: what it stored, and what it removed
        await steer(start);
        await mash(Math.ceil(KEYS / (starts.length + 1)));
      }
      await look();
      expect(browser.consoleProblems.filter((problem) => problem.startsWith('page error'))).toEqual([]);
      expect(problems).toEqual([]);
    } catch (error) {
      throw new Error(`Key mashing failed with MASH_SEED=${SEED} after ${pressed} keys (screens seen: ${[...seen].join(', ')}): ${String(error)}`, { cause: error });
    }
    console.log(`key mashing: seed ${SEED}, ${pressed} keys, screens seen: ${[...seen].join(', ')}`);
  }, 170_000);
});
