/**
 * Checks a story from a person's own files in a Web Worker (own-story-worker.ts), off the main thread.
 * This module, and the worker with the ink compiler in it, are fetched only when someone opens a story;
 * the single-file build carries the worker inside the page (`?worker&inline`, see vite.config.ts).
 */
import type { OwnStoryCheck, OwnStoryFile } from '../core/story/own-stories.ts';
import { startCheckerWorker } from './checker-worker.ts';

/** Longer than the checker's own caps (a few seconds) by far: past it the worker is stopped. */
const TIMEOUT_MS = 60_000;

export function checkOwnStory(files: readonly OwnStoryFile[], timeoutMs = TIMEOUT_MS): Promise<OwnStoryCheck> {
  const failed = (file: string, text: string): OwnStoryCheck => ({ file, problems: [{ severity: 'error', text }], story: undefined });
  const file = files[0]?.name ?? '';
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = startCheckerWorker();
    } catch (error) {
      resolve(failed(file, `The story checker could not start in this browser: ${String(error)}`));
      return;
    }
    const finish = (check: OwnStoryCheck) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(check);
    };
    const timer = setTimeout(() => finish(failed(file, `Checking the story took more than ${timeoutMs / 1000} seconds, so it was stopped.`)), timeoutMs);
    worker.onmessage = (event: MessageEvent<OwnStoryCheck>) => finish(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      finish(failed(file, `The story checker stopped: ${event.message || 'an error in the worker'}`));
    };
    worker.postMessage({ files });
  });
}
