/**
 * SCORM: find the LMS's runtime, report every play-through to it, and resume from the place it kept
 * (the choice path in cmi.suspend_data, replayed: src/core/replay.ts). The browser's own storage is
 * not used for the place: the LMS holds it, wherever the learner logs in next.
 */
import { randomId } from '../adapters/random-id.ts';
import { findScormApi, startScorm } from '../adapters/scorm-api.ts';
import type { ScormVersion } from '../core/lms/ports.ts';
import { ScormReporter } from '../core/lms/scorm-report.ts';
import { decodeSuspendData } from '../core/lms/suspend-data.ts';
import { systemClock } from '../core/ports.ts';
import { err, ok, type Result } from '../core/result.ts';
import { boundedMessage } from '../core/text/excerpt.ts';
import { memoryStorage } from '../core/save/memory-storage.ts';
import { SAVE_SCHEMA, type SaveFile } from '../core/save/save-file.ts';
import { SaveStore } from '../core/save/save-store.ts';
import type { CatalogEntry } from '../core/story/catalog.ts';
import { showLmsNotice } from '../presentation/ui/lms-notice.ts';
import type { LmsMode } from './lms-mode.ts';

const NOT_RECORDED = 'You can play, but your choices and result will not be recorded.';

export async function startScormMode(version: ScormVersion, catalog: readonly CatalogEntry[]): Promise<LmsMode> {
  const unreported: LmsMode = { catalog, saves: undefined, attach: () => undefined };
  const found = findScormApi(window, version);
  if (!found) {
    showLmsNotice(`This scenario was opened as a course, but the learning system that opened it cannot be found. ${NOT_RECORDED}`);
    return unreported;
  }
  const started = startScorm(found);
  if (!started.ok) {
    showLmsNotice(`The learning system did not start this course: ${started.error}. ${NOT_RECORDED}`);
    return unreported;
  }
  const reporter = new ScormReporter(started.value, systemClock, showLmsNotice);
  // Closing or leaving the page ends the session; every choice has already been committed.
  window.addEventListener('pagehide', () => reporter.exit());
  // Kept for the page only: nothing here may say a play-through is kept in this browser.
  const saves = new SaveStore(memoryStorage(), randomId, systemClock, { lasting: false });
  const place = await placeToResume(reporter.launch.suspendData, catalog);
  if (!place.ok) showLmsNotice(place.error);
  else if (place.value) saves.write(saves.createId(), place.value);
  let detach: (() => void) | undefined;
  return {
    catalog,
    saves,
    attach(session) {
      detach?.();
      detach = reporter.attach(session.events);
    },
  };
}

/** The save to offer on the title, rebuilt from the LMS's suspend data; undefined for none. */
async function placeToResume(suspendData: string, catalog: readonly CatalogEntry[]): Promise<Result<SaveFile | undefined, string>> {
  if (suspendData === '') return ok(undefined);
  const decoded = decodeSuspendData(suspendData);
  const lost = (why: string) => err(`Your place in this course could not be restored (${why}), so the scenario starts from the beginning.`);
  if (!decoded.ok) return lost(decoded.error);
  const entry = catalog.find((candidate) => candidate.info.id === decoded.value.storyId);
  if (!entry) return lost(`this version of the game has no scenario “${decoded.value.storyId}”`);
  let json: string;
  let replaySnapshot: typeof import('../core/replay.ts').replaySnapshot;
  try {
    // The story runtime is the game's own chunk, fetched as the plain game fetches it.
    [json, { replaySnapshot }] = await Promise.all([entry.load(), import('../core/replay.ts')]);
  } catch (error) {
    return lost(`the scenario could not be loaded: ${boundedMessage(String(error))}`);
  }
  const replayed = replaySnapshot(json, entry.file, decoded.value.path, { app: { name: 'manage-or-lead', version: __APP_VERSION__ } });
  if (!replayed.ok) return lost(replayed.error.message);
  const decisions = replayed.value.log.decisions;
  if (decisions.length === 0) return ok(undefined);
  return ok({
    schema: SAVE_SCHEMA,
    // Saved when the last choice was taken: what the title's "saved today at …" tells the learner.
    savedAt: decisions.at(-1)?.decidedAt ?? new Date().toISOString(),
    file: entry.file,
    storyId: entry.info.id,
    storyTitle: entry.info.title,
    storyHash: entry.hash,
    snapshot: replayed.value,
  });
}
