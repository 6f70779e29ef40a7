/** `npm run build:single` into a folder of the test's own; returns the page's file:// address. */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { SINGLE_FILE } from '../../vite.config.ts';
import { ROOT } from '../support/stories.ts';

export async function buildSingleFile(outDir: string): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  await build({ root: ROOT, mode: 'single', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return pathToFileURL(resolve(outDir, SINGLE_FILE.fileName)).href;
}
