/**
 * Builds a story's map for the debrief (src/core/debrief/story-map.ts) in the checker's worker
 * (own-story-worker.ts), with the checker's own explorer: the same caps, the same view of the story.
 * Fetched only when a map is first opened.
 */
import type { StoryMap } from '../core/debrief/story-map.ts';
import { err, ok, type Result } from '../core/result.ts';
import type { MapReply, WorkerRequest } from './own-story-worker.ts';
import { startCheckerWorker } from './checker-worker.ts';

/** The explorer's time cap for a map: past it the map says it is partial. */
export const MAP_EXPLORE_MS = 8_000;
/** Past this the worker is stopped (the explorer stops itself long before). */
const TIMEOUT_MS = 60_000;

export function buildMapInWorker(json: string, hash: string): Promise<Result<StoryMap, string>> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = startCheckerWorker();
    } catch (error) {
      resolve(err(`The map could not be drawn in this browser: ${String(error)}`));
      return;
    }
    const finish = (result: Result<StoryMap, string>) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish(err(`Working out the map took more than ${TIMEOUT_MS / 1000} seconds, so it was stopped.`)), TIMEOUT_MS);
    worker.onmessage = (event: MessageEvent<MapReply>) => finish(event.data.ok ? ok(event.data.map) : err(`The map could not be worked out: ${event.data.message}`));
    worker.onerror = (event) => {
      event.preventDefault();
      finish(err(`The map could not be worked out: ${event.message || 'an error in the worker'}`));
    };
    const request: WorkerRequest = { map: { json, hash, maxMs: MAP_EXPLORE_MS } };
    worker.postMessage(request);
  });
}
