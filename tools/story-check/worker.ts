/** A worker thread of the story checker: checks its share of the stories and posts the reports back. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkStoriesHere, type BatchOptions } from './batch.ts';

const { files, root, options } = workerData as { files: string[]; root: string; options: BatchOptions };
parentPort?.postMessage(checkStoriesHere(files, root, options));
