/**
 * The one place that imports the checker's worker (own-story-worker.ts): each `?worker` import site gets
 * its own copy of the bundle (0.4 MB with the ink compiler), so the own-story checker and the story map
 * both start it from here.
 */
import CheckWorker from './own-story-worker.ts?worker';

export function startCheckerWorker(): Worker {
  return new CheckWorker();
}
