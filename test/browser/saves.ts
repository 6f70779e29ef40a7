/** Reading the game's saves out of a page's localStorage, the way the game keeps them (src/core/save/save-store.ts). */
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import type { ChoiceLog } from '../../src/core/log/choice-log.ts';
import type { SaveIndex } from '../../src/core/save/save-index.ts';
import { FINISHED_KEY_PREFIX, PLAY_KEY_PREFIX, SAVES_INDEX_KEY } from '../../src/core/save/save-store.ts';

/** The index of saves, as stored (empty lists when there is none). */
export async function savesIndex(page: Page): Promise<SaveIndex> {
  const text = await page.evaluate((key) => window.localStorage.getItem(key), SAVES_INDEX_KEY);
  const index = text ? (JSON.parse(text) as Partial<SaveIndex>) : {};
  return { playing: index.playing ?? [], finished: index.finished ?? [], setAside: index.setAside ?? [] };
}

/** The stored text of play-through `id`'s save (in progress or put aside). */
export async function saveText(page: Page, id: string): Promise<string | null> {
  return page.evaluate((key) => window.localStorage.getItem(key), PLAY_KEY_PREFIX + id);
}

/** The log inside the newest save in progress, if any. */
export async function savedLog(page: Page): Promise<ChoiceLog | undefined> {
  const [newest] = (await savesIndex(page)).playing;
  const text = newest ? await saveText(page, newest.id) : null;
  return text ? (JSON.parse(text).snapshot.log as ChoiceLog) : undefined;
}

/** The kept log of finished play-through `id`. */
export async function finishedLog(page: Page, id: string): Promise<ChoiceLog | undefined> {
  const text = await page.evaluate((key) => window.localStorage.getItem(key), FINISHED_KEY_PREFIX + id);
  return text ? (JSON.parse(text) as ChoiceLog) : undefined;
}

/** Click `button` and return the text of the file the game hands over. */
export async function downloadedText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void];
  return { name: download.suggestedFilename(), text: readFileSync((await download.path()) as string, 'utf8') };
}
