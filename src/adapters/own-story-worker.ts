/**
 * The Web Worker that checks a story opened from a person's own files (own-story-report.ts), off the
 * main thread so the page stays responsive. Loaded only when someone opens a story, with the ink
 * compiler (inkjs/full) inside it.
 */
import type { OwnStoryCheck, OwnStoryFile } from '../core/story/own-stories.ts';
import { checkOwnStoryFiles } from './own-story-report.ts';

const scope = self as unknown as { onmessage: ((event: MessageEvent<{ files: OwnStoryFile[] }>) => void) | null; postMessage(message: OwnStoryCheck): void };
scope.onmessage = (event) => scope.postMessage(checkOwnStoryFiles(event.data.files));
