/**
 * The Web Worker that runs the story checker's engine off the main thread, so the page stays
 * responsive: it checks a story opened from a person's own files (own-story-report.ts), and it
 * explores a story for the debrief's map (story-map-builder.ts). Loaded only when one of those is
 * asked for, with the ink compiler (inkjs/full) inside it; one worker for both, so the single-file
 * build carries one copy of it.
 */
import type { OwnStoryCheck, OwnStoryFile } from '../core/story/own-stories.ts';
import type { StoryMap } from '../core/debrief/story-map.ts';
import { buildGraph } from '../../tools/story-check/explore.ts';
import { buildStoryMap } from '../../tools/story-check/story-map.ts';
import { checkOwnStoryFiles } from './own-story-report.ts';

/** A request to the worker: check these files, or map this compiled story. */
export type WorkerRequest = { readonly files: OwnStoryFile[] } | { readonly map: { readonly json: string; readonly hash: string; readonly maxMs: number } };
export type MapReply = { readonly ok: true; readonly map: StoryMap } | { readonly ok: false; readonly message: string };

const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage(message: OwnStoryCheck | MapReply): void };
scope.onmessage = (event) => {
  const request = event.data;
  if ('files' in request) {
    scope.postMessage(checkOwnStoryFiles(request.files));
    return;
  }
  try {
    const { json, hash, maxMs } = request.map;
    scope.postMessage({ ok: true, map: buildStoryMap(buildGraph(json, { maxMs }), hash) });
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
